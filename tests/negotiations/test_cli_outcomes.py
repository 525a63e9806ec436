"""How a text ends, from the command line: the silence procedure with its notices to all
missions, and the adoption with its tally; bad input refused in one line."""

import datetime as dt
import re

import pytest
from django.core.management.base import CommandError

from plenipo.correspondence.models import Letter
from plenipo.negotiations.models import ProcessLetter, Silence
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import silence as silence_services
from plenipo.registry.models import PermanentMission
from tests.negotiations.test_cli import draft_file, imported, run, run_json  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.usefixtures("imported")
def test_a_silence_notified_to_all_missions_then_broken_and_notified_again():
    started = run(
        "silence", "TIP-RES", "--version", "Zero draft", "--until", "2036-03-25 18:00",
        "--notify", "--place", "UN-NY", "--date", "2036-03-20",
    )  # fmt: skip
    missions = PermanentMission.objects.filter(place__code="UN-NY").count()
    assert f"{missions} draft start notices" in started
    assert "silence-start-nv-en, 2036-03-20" in started
    note = Letter.objects.filter(template__name="silence-start-nv-en").first()
    assert "until 18:00 New York time on Tuesday, 25 March 2036" in note.body
    assert note.status == "draft"
    run("break-silence", "TIP-RES", "--by", "USA", "--at", "2036-03-24 12:00")
    result = run_json("notice", "TIP-RES", "--kind", "result", "--place", "UN-NY",
                      "--date", "2036-03-24")  # fmt: skip
    assert (result["notice"], result["drafted"], result["refused"]) == ("result", missions, [])
    broken = Letter.objects.filter(template__name="silence-result-nv-en").first()
    assert "was broken by the United States of America on 24 March 2036" in broken.body
    assert ProcessLetter.objects.filter(process__code="TIP-RES").count() == 2 * missions
    shown = run_json("show", "TIP-RES")
    assert shown["silence"][0]["notices"] == {"start": missions, "result": missions}
    assert shown["letters"] == []  # the notices are counted with their silence, not listed


@pytest.mark.usefixtures("imported")
def test_a_passed_silence_and_its_notice():
    run("silence", "TIP-RES", "--version", "Zero draft", "--until", "2036-03-25 18:00")
    with pytest.raises(CommandError, match="runs until"):
        run("close-silence", "TIP-RES", "--at", "2036-03-25 17:59")
    closed = run("close-silence", "TIP-RES", "--at", "2036-03-25 18:00", "--notify",
                 "--place", "UN-NY", "--date", "2036-03-26")  # fmt: skip
    assert "Silence on Zero draft: passed" in closed
    body = Letter.objects.filter(template__name="silence-result-nv-en").first().body
    assert "was not broken. The text is therefore considered agreed." in body


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "start"], "has no silence procedure"),
        (["--kind", "start", "--silence", "999999"], "no silence procedure 999999"),
    ],
)
@pytest.mark.usefixtures("imported")
def test_a_notice_without_its_silence_is_refused(args, message):
    with pytest.raises(CommandError, match=message):
        run("notice", "TIP-RES", *args)
    assert not Letter.objects.filter(template__name__startswith="silence-").exists()


@pytest.mark.usefixtures("imported")
def test_a_notice_with_nowhere_to_go_is_refused_and_nothing_is_written():
    run("silence", "TIP-RES", "--version", "Zero draft", "--until", "2036-03-25 18:00")
    with pytest.raises(CommandError, match="name the missions' place"):
        run("notice", "TIP-RES", "--kind", "start")
    with pytest.raises(CommandError, match="unknown mission place 'MOON'"):
        run("notice", "TIP-RES", "--kind", "start", "--place", "moon")
    assert not Letter.objects.filter(template__name__startswith="silence-").exists()


@pytest.mark.usefixtures("imported")
def test_the_adoption_by_vote_with_its_tally():
    tally = ["--for", "120", "--against", "8", "--abstentions", "40"]
    printed = run("adopt", "TIP-RES", "--symbol", "A/RES/81/1", "--date", "2026-04-02",
                  "--method", "vote", *tally)  # fmt: skip
    assert "adopted as A/RES/81/1 on 2026-04-02, by a recorded vote of 120 to 8" in printed
    outcome = run_json("show", "TIP-RES")["outcome"]
    assert outcome["tally"] == {"for": 120, "against": 8, "abstentions": 40}
    assert run_json("list")[-1]["outcome"] == "A/RES/81/1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--method", "vote"], "needs its tally"),
        (["--method", "vote", "--against", "3"], "needs its tally"),
        (["--method", "vote", "--for", "3", "--against", "5"], "does not adopt a text"),
        (["--method", "vote", "--for", "-3"], "none negative"),
        (["--method", "consensus", "--for", "3"], "by consensus has no tally"),
        (["--method", "consensus", "--symbol", " "], "needs its symbol"),
        (["--method", "consensus", "--date", "2026-13-40"], "outcome date"),
    ],
)
@pytest.mark.usefixtures("imported")
def test_a_bad_adoption_is_refused_and_nothing_is_recorded(args, message):
    base = {"--symbol": "A/RES/81/1", "--date": "2026-04-02"}
    given = dict(zip(args[::2], args[1::2], strict=True))
    flat = [x for key, value in (base | given).items() for x in (key, value)]
    with pytest.raises(CommandError, match=message):
        run("adopt", "TIP-RES", *flat)
    assert run_json("show", "TIP-RES")["outcome"] is None


def test_the_built_in_declaration_adopted_by_consensus():
    outcome = run_json("show", "GPA-DECLARATION-2017")["outcome"]
    assert (outcome["symbol"], outcome["date"], outcome["method"]) == (
        "A/RES/72/1", "2017-09-27", "consensus",
    )  # fmt: skip


@pytest.mark.usefixtures("imported")
def test_a_silence_whose_deadline_is_past_is_refused():
    past = "the deadline 25 March 2020, 18:00 (UTC-04:00) is already past"
    with pytest.raises(CommandError, match=re.escape(past)):
        run("silence", "TIP-RES", "--version", "Zero draft", "--until", "2020-03-25 18:00")
    assert not Silence.objects.exists()


@pytest.mark.usefixtures("imported")
def test_a_silence_past_its_deadline_is_shown_as_not_yet_recorded():
    process = get_process("TIP-RES")
    until = dt.datetime(2026, 3, 25, 22, tzinfo=dt.UTC)
    silence_services.start_silence(process=process, version=latest_version(process),
                                   until=until, timezone="America/New_York", by=None,
                                   now=until - dt.timedelta(days=1))  # fmt: skip
    assert "2026-03-25T18:00:00-04:00: deadline passed, not yet recorded" in run("show", "TIP-RES")
    run("close-silence", "TIP-RES")
    assert "2026-03-25T18:00:00-04:00: passed" in run("show", "TIP-RES")
