"""An adoption needs a text and comes after it; a silence runs on the current version and is
broken within its span; messages state moments as people read them."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.moments import moment_text
from plenipo.negotiations.models import Visibility
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import processes, silence, texts
from plenipo.negotiations.texts import import_text
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def empty():
    processes.create_process(code="EMPTY-1", title="A process without text", by=None)
    return get_process("EMPTY-1")


def _with_versions(code, *dates):
    processes.create_process(
        code=code, title="Two drafts", visibility=Visibility.MEMBER_STATES, by=None
    )
    process = get_process(code)
    for number, day in enumerate(dates):
        draft = import_text(ZERO_DRAFT, label=f"Draft {number}", date=day).version
        texts.import_version(process=process, imported=draft, expected_revision=None, by=None)
    return get_process(code)


def test_no_adoption_of_a_process_without_any_version(empty):
    assert "has no text yet" in processes.outcome_refusal(empty)
    with pytest.raises(InvalidInput, match="EMPTY-1 has no text yet: upload its draft"):
        processes.record_outcome(process=empty, symbol="X/9", date="2025-05-05",
                                 method="consensus", by=None)  # fmt: skip
    empty.refresh_from_db()
    assert empty.outcome_symbol == ""


def test_an_adoption_dated_before_the_latest_version_is_refused():
    process = _with_versions("TWO-DRAFTS", dt.date(2025, 1, 10), dt.date(2025, 2, 14))
    assert processes.outcome_refusal(process) is None
    expected = r"1900-01-01 is before Draft 1, the latest version, dated 2025-02-14"
    with pytest.raises(InvalidInput, match=expected):
        processes.record_outcome(process=process, symbol="X/8", date="1900-01-01",
                                 method="consensus", by=None)  # fmt: skip
    with pytest.raises(InvalidInput, match="dated 2025-02-14"):
        processes.record_outcome(process=process, symbol="X/8", date="2025-02-13",
                                 method="consensus", by=None)  # fmt: skip
    # the month of the version: it may have been adopted later that month
    processes.record_outcome(process=process, symbol="X/8", date="2025-02",
                             method="consensus", by=None)  # fmt: skip
    process.refresh_from_db()
    assert process.outcome_symbol == "X/8"


def test_a_silence_runs_on_the_current_version_only():
    process = _with_versions("TWO-DRAFTS", dt.date(2025, 1, 10), dt.date(2025, 2, 14))
    until = dt.datetime(2025, 3, 7, 18, tzinfo=PARIS)
    superseded = process.versions.get(label="Draft 0")
    with pytest.raises(InvalidInput, match=r"current version of TWO-DRAFTS \(Draft 1\)"):
        silence.start_silence(process=process, version=superseded, until=until,
                              timezone="Europe/Paris", by=None,
                              now=until - dt.timedelta(days=2))  # fmt: skip
    assert not process.silences.exists()


def test_a_break_before_the_silence_started_is_refused():
    process = _with_versions("TWO-DRAFTS", dt.date(2025, 1, 10))
    started = dt.datetime(2025, 3, 5, 9, tzinfo=dt.UTC)
    until = dt.datetime(2025, 3, 7, 18, tzinfo=PARIS)
    silence.start_silence(process=process, version=process.versions.get(), until=until,
                          timezone="Europe/Paris", by=None, now=started)  # fmt: skip
    early = dt.datetime(2025, 3, 1, 10, tzinfo=PARIS)
    expected = (
        r"the silence started at 5 March 2025, 10:00 \(UTC\+01:00\); a break at "
        r"1 March 2025, 10:00 \(UTC\+01:00\) comes before it"
    )
    with pytest.raises(InvalidInput, match=expected):
        silence.break_silence(process=process, party="FRA", at=early, by=None)
    late = dt.datetime(2025, 3, 8, 9, tzinfo=PARIS)
    with pytest.raises(InvalidInput, match=r"ended at 7 March 2025, 18:00 \(UTC\+01:00\)"):
        silence.break_silence(process=process, party="FRA", at=late, by=None)
    assert not process.silences.get().breaks.exists()
    entry = silence.break_silence(process=process, party="FRA", at=started, by=None)
    assert entry.silence.status == "broken"


def test_a_past_deadline_is_named_as_people_read_it():
    process = _with_versions("TWO-DRAFTS", dt.date(2025, 1, 10))
    until = dt.datetime(2025, 11, 20, 18, tzinfo=PARIS)
    with pytest.raises(InvalidInput, match=r"deadline 20 November 2025, 18:00 \(UTC\+01:00\) is"):
        silence.start_silence(process=process, version=process.versions.get(), until=until,
                              timezone="Europe/Paris", by=None, now=until)  # fmt: skip


@pytest.mark.parametrize(
    ("moment", "zone", "text"),
    [
        (dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC), "America/New_York",
         "1 July 2026, 18:30 (UTC-04:00)"),
        (dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC), "", "2 January 2026, 03:04 (UTC)"),
        (dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC), "Asia/Kolkata",
         "2 January 2026, 08:34 (UTC+05:30)"),
    ],
)  # fmt: skip
def test_moment_text(moment, zone, text):
    assert moment_text(moment, zone) == text
