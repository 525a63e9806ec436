"""Silence notices: drafted from a letter template to every permanent mission at the
process's place, linked to the process and its silence, left as drafts."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import Letter, LetterStatus
from plenipo.negotiations.models import ProcessLetter, Visibility
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import notices, processes, silence, texts
from plenipo.negotiations.texts import import_text
from plenipo.registry.models import PermanentMission
from plenipo.registry.queries import get_organization
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = pytest.mark.django_db
NEW_YORK = ZoneInfo("America/New_York")
DAY = dt.date(2026, 3, 20)


@pytest.fixture
def process():
    """A process among the UN's members, consulting in New York (a real 2017 meeting
    linked as its consultation: the city is what decides where the notices go)."""
    process = processes.create_process(
        code="NY-TEXT",
        title="Draft declaration on cooperation",
        visibility=Visibility.MEMBER_STATES,
        audience=get_organization("UN"),
        timezone="America/New_York",
        by=None,
    )
    real = get_process("GPA-DECLARATION-2017").consultations.first().meeting
    processes.link_consultation(process=process, meeting=real, by=None)
    draft = import_text(ZERO_DRAFT, label="Rev.1", date=DAY, symbol="A/81/L.99").version
    texts.import_version(process=process, imported=draft, expected_revision=1, by=None)
    return get_process("NY-TEXT")


def _start(process):
    until = dt.datetime(2026, 3, 27, 18, 0, tzinfo=NEW_YORK)
    return silence.start_silence(
        process=process, version=process.versions.get(), until=until,
        timezone="America/New_York", by=None, now=until - dt.timedelta(days=2),
    )  # fmt: skip


def test_the_start_notice_goes_to_every_mission_in_new_york_as_a_draft(process):
    under = _start(process)
    result = notices.draft_silence_notice(silence=under, kind="start", day=DAY, by=None)
    missions = PermanentMission.objects.filter(place__code="UN-NY").count()
    assert len(result.letters) + len(result.refused) == missions > 190
    assert not result.refused
    letter = Letter.objects.get(pk=result.letters[0].pk)
    assert letter.status == LetterStatus.DRAFT
    assert letter.office.code == "UN-PGA"
    assert letter.opening.startswith("The President of the General Assembly presents his")
    assert "Rev.1, A/81/L.99" in letter.body
    assert "under silence procedure until 18:00 New York time on Friday, 27 March 2026" in (
        letter.body
    )
    links = ProcessLetter.objects.filter(process=process, silence=under, notice="start")
    assert links.count() == len(result.letters)


def test_a_notice_is_drafted_once(process):
    under = _start(process)
    notices.draft_silence_notice(silence=under, kind="start", day=DAY, by=None)
    with pytest.raises(InvalidInput, match="already drafted"):
        notices.draft_silence_notice(silence=under, kind="start", day=DAY, by=None)


def test_the_result_notice_waits_for_the_result_and_names_who_broke_it(process):
    under = _start(process)
    with pytest.raises(InvalidInput, match="no result yet"):
        notices.draft_silence_notice(silence=under, kind="result", day=DAY, by=None)
    at = dt.datetime(2026, 3, 26, 11, 0, tzinfo=NEW_YORK)
    silence.break_silence(process=process, party="USA", at=at, by=None)
    under.refresh_from_db()
    result = notices.draft_silence_notice(silence=under, kind="result", day=DAY, by=None)
    body = result.letters[0].body
    assert "was broken by the United States of America on 26 March 2026" in body
    assert "not agreed" in body
    with pytest.raises(InvalidInput, match="is over \\(broken\\): announce its result"):
        notices.draft_silence_notice(silence=under, kind="start", day=DAY, by=None)


def test_a_passed_silence_is_announced_as_agreed(process):
    under = _start(process)
    silence.close_silence(process=process, now=under.until, by=None)
    under.refresh_from_db()
    result = notices.draft_silence_notice(silence=under, kind="result", day=DAY, by=None)
    assert "was not broken. The text is therefore considered agreed." in result.letters[0].body


def test_the_place_comes_from_the_consultations_or_is_named(process):
    assert notices.missions_place(get_process("GPA-DECLARATION-2017")) == "UN-NY"
    assert notices.missions_place(process, "un-vie") == "UN-VIE"
    lonely = processes.create_process(code="NOWHERE", title="No consultation", by=None)
    with pytest.raises(InvalidInput, match="name the missions' place"):
        notices.missions_place(lonely)


def test_an_unknown_notice_or_template_is_refused_and_nothing_is_written(process):
    under = _start(process)
    with pytest.raises(InvalidInput, match="start or result"):
        notices.draft_silence_notice(silence=under, kind="reminder", day=DAY, by=None)
    with pytest.raises(Exception, match="no-such-template"):
        notices.draft_silence_notice(
            silence=under, kind="start", day=DAY, by=None, template="no-such-template"
        )
    assert not ProcessLetter.objects.filter(process=process).exists()
