"""`plenipo inbox`: receive a letter and accept what was read, as the office does."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter, Task

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def receive(name):
    return json.loads(run("inbox", "receive", str(CORPUS / name), "--json"))


def test_receive_prints_the_stored_letter_with_its_id_and_reading():
    stored = receive("seed_002.txt")
    letter = IncomingLetter.objects.get(pk=stored["id"])
    assert (stored["name"], stored["format"]) == ("seed_002.txt", "text")
    assert stored["reading"] == letter.reading
    assert stored["reading"]["date"] == "2017-06-19"
    assert {m["start_date"] for m in stored["reading"]["meetings"]} >= {"2017-06-29"}
    plain = run("inbox", "receive", str(CORPUS / "seed_002.txt"), "--again")
    assert plain.startswith(
        f"Received letter {stored['id'] + 1}: seed_002.txt (letter, 2017-06-19)"
    )
    assert "meetings/0: meeting 2017-09-27" in plain


def test_receive_says_undated_for_a_letter_that_gives_only_where_it_was_written(tmp_path):
    circular = tmp_path / "circular.txt"
    circular.write_text(
        "SECRETARIAT OF THE REGIONAL FISHERIES COMMISSION\n12 Harbour Road, Nairobi, Kenya\n\n"
        "To all Members of the Commission\n\nThe Secretariat wishes to inform Members that "
        "the list of focal points has been updated.\n",
        encoding="utf-8",
    )
    plain = run("inbox", "receive", str(circular))
    assert plain.splitlines()[0].endswith(": circular.txt (information_note, undated)")


def test_accept_links_a_meeting_as_the_office_does_with_an_audit_entry():
    stored = receive("seed_002.txt")
    index = next(
        i for i, m in enumerate(stored["reading"]["meetings"]) if m["start_date"] == "2017-06-29"
    )
    out = json.loads(run("inbox", "accept", str(stored["id"]), f"meetings/{index}", "--json"))
    assert out["decision"]["status"] == "linked"
    letter = IncomingLetter.objects.get(pk=stored["id"])
    assert letter.decisions[f"meetings/{index}"] == out["decision"]
    entry = ActivityLog.objects.filter(action_type="correspondence.incoming.decided").get()
    assert (entry.actor, entry.data["item"]) == (None, f"meetings/{index}")


# A development letter of the corpus (the test part is only scored, never a fixture).
WITH_A_DEADLINE = "p5_27_cbd-notification-2023-029-soi-workshop-new-dates.txt"


def test_accept_turns_a_deadline_into_a_task():
    stored = receive(WITH_A_DEADLINE)
    out = run("inbox", "accept", str(stored["id"]), "deadlines/0")
    letter = IncomingLetter.objects.get(pk=stored["id"])
    [task] = letter.tasks.all()
    assert str(task.due_on) == "2023-04-30"  # "no later than 30 April 2023"
    assert out.startswith(f"deadlines/0 of letter {letter.pk}: task")


@pytest.mark.parametrize(
    ("letter_id", "item", "message"),
    [
        ("abc", "meetings/0", "bad letter id 'abc'"),
        ("999999", "meetings/0", "no received letter 999999"),
        ("{id}", "meeting", "bad item 'meeting': give KIND/NUMBER"),
        ("{id}", "deadlines/7", "has no deadlines item 7"),
        ("{id}", "meetings/3", "choose the body the meeting belongs to"),
    ],
)
def test_bad_ids_and_items_get_one_line_and_exit_status_2(letter_id, item, message):
    stored = receive("seed_002.txt")
    with pytest.raises(CommandError, match=message) as failure:
        run("inbox", "accept", letter_id.format(id=stored["id"]), item)
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)


def test_an_item_is_accepted_once():
    stored = receive(WITH_A_DEADLINE)
    run("inbox", "accept", str(stored["id"]), "deadlines/0")
    with pytest.raises(CommandError, match="already decided"):
        run("inbox", "accept", str(stored["id"]), "deadlines/0")


def test_receiving_a_missing_file_names_it():
    with pytest.raises(CommandError, match=r"cannot open /nonexistent/letter\.pdf"):
        run("inbox", "receive", "/nonexistent/letter.pdf")


def test_an_accepted_deadline_is_undone_and_its_task_removed():
    stored = receive(WITH_A_DEADLINE)
    run("inbox", "accept", str(stored["id"]), "deadlines/0")
    out = run("inbox", "undo", str(stored["id"]), "deadlines/0")
    assert out.startswith(f"deadlines/0 of letter {stored['id']}: reopened (was task); task “")
    assert not Task.objects.exists()
    with pytest.raises(CommandError, match="the item is not decided: there is nothing to undo"):
        run("inbox", "undo", str(stored["id"]), "deadlines/0")


def test_accept_takes_corrections_as_the_review_page_does():
    stored = receive(WITH_A_DEADLINE)
    out = json.loads(
        run(
            "inbox", "accept", str(stored["id"]), "deadlines/0", "--json",
            "--set", "due=2023-05-02", "--set", "time=09:30", "--set", "what=Register",
        )
    )  # fmt: skip
    [task] = Task.objects.all()
    assert (str(task.due_on), task.due_time, task.what) == ("2023-05-02", "09:30", "Register")
    assert out["decision"]["corrected"]["due"] == {"read": "2023-04-30", "given": "2023-05-02"}
    assert set(out["decision"]["corrected"]) == {"due", "time", "what"}


@pytest.mark.parametrize(
    ("item", "given", "message"),
    [
        ("deadlines/0", ["due"], "bad --set 'due': give FIELD=VALUE"),
        ("deadlines/0", ["=x"], "bad --set '=x': give FIELD=VALUE"),
        ("deadlines/0", ["time=9:00", "time=10:00"], "--set time is given twice"),
        ("deadlines/0", ["room=Room 4"], "deadlines items have no 'room' to correct"),
        ("deadlines/0", ["due=2023-02-30"], "the due day: "),
        ("deadlines/0", ["time=25:00"], "the time: malformed time '25:00': expected HH:MM"),
        ("deadlines/0", ["what="], "the what cannot be left empty"),
        ("deadlines/0", ["what=" + "x" * 2001], r"the task is 2001 characters long \(at most"),
    ],
)
def test_a_bad_correction_gets_one_line_and_nothing_is_decided(item, given, message):
    stored = receive(WITH_A_DEADLINE)
    options = [part for setting in given for part in ("--set", setting)]
    with pytest.raises(CommandError, match=message) as failure:
        run("inbox", "accept", str(stored["id"]), item, *options)
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)
    assert IncomingLetter.objects.get(pk=stored["id"]).decisions == {}
    assert not Task.objects.exists()


def test_an_enclosure_takes_no_correction():
    stored = receive("seed_002.txt")
    with pytest.raises(CommandError, match="an enclosure is linked as the letter describes it"):
        run("inbox", "accept", str(stored["id"]), "enclosures/0", "--set", "title=x")


GENEVA_NOTE = (
    "Geneva, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
    "Missions and has the honour to inform them that the fifth meeting of the Working "
    "Group will be held at 10:00 on 14 October 2031 in Room 42, Geneva.\n"
)


def test_accept_takes_the_meetings_time_zone_as_the_review_page_does(tmp_path):
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    note = tmp_path / "geneva.txt"
    note.write_text(GENEVA_NOTE, encoding="utf-8")
    letter_id = str(json.loads(run("inbox", "receive", str(note), "--json"))["id"])
    with pytest.raises(CommandError, match=r"unknown time zone 'Europe/Genf'") as failure:
        run("inbox", "accept", letter_id, "meetings/0", "--body", "WG-TIP", "--timezone",
            "Europe/Genf")  # fmt: skip
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)
    assert IncomingLetter.objects.get(pk=letter_id).decisions == {}
    assert not Meeting.objects.filter(title="fifth meeting of the Working Group").exists()
    run("inbox", "accept", letter_id, "meetings/0", "--body", "WG-TIP", "--timezone",
        "Europe/Zurich")  # fmt: skip
    meeting = Meeting.objects.get(title="fifth meeting of the Working Group")
    assert (str(meeting.start_time), meeting.timezone) == ("10:00:00", "Europe/Zurich")


def test_accept_links_a_read_meeting_to_the_recorded_one_named(tmp_path):
    from tests.factories.meetings import meeting as recorded_meeting  # noqa: PLC0415

    recorded = recorded_meeting(title="Working Group session", start="2031-10-13", end="2031-10-15")
    note = tmp_path / "geneva.txt"
    note.write_text(GENEVA_NOTE, encoding="utf-8")
    letter_id = str(json.loads(run("inbox", "receive", str(note), "--json"))["id"])
    with pytest.raises(CommandError, match="no meeting 999999") as failure:
        run("inbox", "accept", letter_id, "meetings/0", "--meeting", "999999")
    assert failure.value.returncode == 2
    with pytest.raises(CommandError, match="--meeting links to the recorded meeting as it is"):
        run("inbox", "accept", letter_id, "meetings/0", "--meeting", str(recorded.pk),
            "--body", "WG-TIP")  # fmt: skip
    out = json.loads(
        run("inbox", "accept", letter_id, "meetings/0", "--meeting", str(recorded.pk), "--json")
    )
    assert out["decision"] == {"status": "linked", "meeting": recorded.pk}
    assert ActivityLog.objects.filter(
        action_type="correspondence.incoming.decided", object_id=letter_id
    ).exists()
