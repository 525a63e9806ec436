"""The review screen of a received letter, as an officer uses it: correcting a read meeting
or deadline before accepting it, undoing a decision, and what each decision says."""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db
NOTE = (
    "Lyon, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
    "Missions and has the honour to inform them that the fifth meeting of the Working "
    "Group will be held at 10:00 on 14 October 2031 in Room 42, Lyon.\n\n"
    "Replies to the questionnaire are requested by 1 July 2031 at 17:00.\n\n"
    "Enclosed: the provisional agenda of 1 June 2031.\n\n"
    "The Secretariat follows the Convention on Wetlands (Ramsar, Iran, 1971).\n"
)


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", NOTE.encode())})
    return IncomingLetter.objects.get()


def _read_meeting(**changes):
    """The meeting's correction form as the page fills it, with the officer's changes."""
    values = {
        "title": "fifth meeting of the Working Group",
        "start": "2031-10-14",
        "end": "2031-10-14",
        "start_time": "10:00",
        "status": "scheduled",
        "room": "Room 42",
        "venue": "",
        "city": "Lyon",
        "timezone": "",
        **changes,
    }
    return {f"meetings-0-{name}": value for name, value in values.items()}


def _flash(html):
    return html.split('<p class="notice" role="status">')[1].split("</p>")[0]


def test_each_read_meeting_and_deadline_offers_its_values_to_correct(client, letter):
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert "<summary>Edit before accepting</summary>" in html
    assert 'name="meetings-0-title" value="Fifth meeting of the Working Group"' in html
    assert 'name="meetings-0-start" value="2031-10-14"' in html
    assert 'name="deadlines-0-due" value="2031-07-01"' in html
    assert 'name="deadlines-0-time" value="17:00"' in html
    # Lyon's zone is not in the registry: the officer is told before accepting
    assert "The time zone of Lyon is not known" in html


def _chosen_bodies(html) -> list[str]:
    select = html.split('<select name="body"')[1].split("</select>")[0]
    return re.findall(r'<option value="([^"]*)" selected>', select)


def test_the_body_a_meetings_title_names_exactly_is_chosen_in_advance(client, letter):
    named = NOTE.replace("the Working Group", "the Working Group on Trafficking in Persons")
    client.post("/office/inbox/", {"file": SimpleUploadedFile("named.txt", named.encode())})
    received = IncomingLetter.objects.get(name="named.txt")
    html = client.get(f"/office/inbox/{received.pk}/").content.decode()
    assert _chosen_bodies(html) == ["WG-TIP"]


def test_no_body_is_chosen_when_the_title_could_name_several(client, letter):
    # "the Working Group": every working group's name holds it
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert _chosen_bodies(html) == []


def test_a_refused_correction_keeps_the_body_the_officer_chose(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    corrected = _read_meeting(start="2031-02-30")
    response = client.post(url, {"decision": "accept", "body": "WG-TA", **corrected})
    assert response.status_code == 400
    assert _chosen_bodies(response.content.decode()) == ["WG-TA"]


def test_a_corrected_meeting_is_created_as_corrected_and_the_page_says_so(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    corrected = _read_meeting(
        title="Fifth meeting of the Working Group", start="2031-10-15", timezone="Europe/Zurich"
    )
    response = client.post(url, {"decision": "accept", "body": "WG-TIP", **corrected}, follow=True)
    meeting = Meeting.objects.get(title="Fifth meeting of the Working Group")
    assert (meeting.start.day, meeting.start_time, meeting.timezone) == (
        dt.date(2031, 10, 15),
        dt.time(10, 0),
        "Europe/Zurich",
    )
    html = response.content.decode()
    assert _flash(html) == escape(
        "Meeting “Fifth meeting of the Working Group” created (corrected: first day)."
    )
    # what was made is linked to its office page
    made = f'<a class="made" href="/office/meetings/{meeting.pk}/edit/">{meeting.title}</a>'
    assert made in html
    assert escape("first day “2031-10-14” → “2031-10-15”") in html
    letter.refresh_from_db()
    assert letter.decisions["meetings/0"]["corrected"]["start"]["read"] == "2031-10-14"


def test_a_meeting_accepted_as_the_form_proposes_it_opens_with_a_capital(client, letter):
    # the letter reads "the fifth meeting of the Working Group": the form proposes a title
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert 'name="meetings-0-title" value="Fifth meeting of the Working Group"' in html
    proposed = _read_meeting(title="Fifth meeting of the Working Group", timezone="Europe/Zurich")
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    client.post(url, {"decision": "accept", "body": "WG-TIP", **proposed})
    assert Meeting.objects.filter(title="Fifth meeting of the Working Group").count() == 1
    letter.refresh_from_db()
    # the title as the form proposed it: nothing was corrected
    assert "corrected" not in letter.decisions["meetings/0"]


def test_a_title_the_officer_changes_is_corrected_against_the_reading(client, letter):
    changed = _read_meeting(title="Fifth meeting of the Finance Group", timezone="Europe/Zurich")
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    html = client.post(url, {"decision": "accept", "body": "WG-TIP", **changed}, follow=True)
    assert "(corrected: title)" in _flash(html.content.decode())
    letter.refresh_from_db()
    assert letter.decisions["meetings/0"]["corrected"]["title"] == {
        "read": "fifth meeting of the Working Group",
        "given": "Fifth meeting of the Finance Group",
    }


def test_a_title_the_officer_writes_back_in_lower_case_is_kept_as_read(client, letter):
    kept = _read_meeting(title="fifth meeting of the Working Group", timezone="Europe/Zurich")
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    client.post(url, {"decision": "accept", "body": "WG-TIP", **kept})
    assert Meeting.objects.filter(title="fifth meeting of the Working Group").count() == 1
    letter.refresh_from_db()
    assert "title" not in letter.decisions["meetings/0"].get("corrected", {})


def test_a_time_zone_given_for_a_meeting_without_a_time_is_kept(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    corrected = _read_meeting(start_time="", timezone="Europe/Zurich")
    response = client.post(url, {"decision": "accept", "body": "WG-TIP", **corrected})
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="fifth meeting of the Working Group")
    assert (meeting.start_time, meeting.timezone) == (None, "Europe/Zurich")


def test_a_bad_date_is_refused_with_a_clear_message_and_the_officers_input_kept(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    corrected = _read_meeting(title="Fifth meeting, corrected", start="2031-02-30")
    response = client.post(url, {"decision": "accept", "body": "WG-TIP", **corrected})
    assert response.status_code == 400
    html = response.content.decode()
    assert "not a day: give it as YYYY-MM-DD" in html
    assert 'name="meetings-0-title" value="Fifth meeting, corrected"' in html
    assert '<details class="correct" open>' in html
    assert not Meeting.objects.filter(title__startswith="Fifth meeting").exists()
    letter.refresh_from_db()
    assert letter.decisions == {}


def test_a_refusal_of_a_corrected_meeting_keeps_the_officers_input(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    corrected = _read_meeting(title="Fifth meeting, corrected")
    response = client.post(url, {"decision": "accept", **corrected})  # no body chosen
    assert response.status_code == 400
    html = response.content.decode()
    assert "choose the body the meeting belongs to" in html
    assert 'name="meetings-0-title" value="Fifth meeting, corrected"' in html


def test_a_dropped_time_is_said_in_the_message_and_the_decision_column(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    response = client.post(url, {"decision": "accept", "body": "WG-TIP"}, follow=True)
    html = response.content.decode()
    said = "Time 10:00 not recorded: the time zone of Lyon is not known"
    assert _flash(html).startswith(
        escape(f"Meeting “fifth meeting of the Working Group” created. {said}")
    )
    decision = html.split('id="extracted-meetings"')[1].split("</table>")[0]
    assert said in decision


def test_a_corrected_deadline_makes_the_corrected_task_and_the_message_gives_its_time(
    client, letter
):
    url = f"/office/inbox/{letter.pk}/deadlines/0/"
    corrected = {
        "deadlines-0-what": "Reply to the questionnaire",
        "deadlines-0-due": "2031-07-04",
        "deadlines-0-time": "17:00",
    }
    html = client.post(url, {"decision": "accept", **corrected}, follow=True).content.decode()
    task = letter.tasks.get()
    assert (task.what, task.due_on) == ("Reply to the questionnaire", dt.date(2031, 7, 4))
    assert _flash(html) == escape(
        "Deadline “Reply to the questionnaire”: a task due 2031-07-04 at 17:00 created "
        "(corrected: what is due, due day)."
    )
    assert f'made <a class="made" href="/office/tasks/{task.pk}/">task {task.pk}</a>' in html


def test_every_decision_is_said_in_words_and_undone(client, letter):
    base = f"/office/inbox/{letter.pk}"
    said = {}
    for item, choice in (("enclosures/0", "accept"), ("deadlines/0", "reject")):
        html = client.post(f"{base}/{item}/", {"decision": choice}, follow=True).content.decode()
        said[item, choice] = _flash(html)
    letter.refresh_from_db()
    enclosure = letter.decisions["enclosures/0"]["letter"]
    assert said["enclosures/0", "accept"] == escape(
        f"Enclosure “the provisional agenda of 1 June 2031.” recorded as received letter "
        f"{enclosure}."
    )
    assert said["deadlines/0", "reject"] == escape(
        "Deadline “Replies to the questionnaire are requested” rejected."
    )
    page = client.get(f"{base}/").content.decode()
    assert (
        f'<a class="made" href="/office/inbox/{enclosure}/">received letter {enclosure}</a>' in page
    )
    assert page.count('<button name="decision" value="reopen" class="undo">Undo</button>') == 2
    for item in ("enclosures/0", "deadlines/0"):
        html = client.post(f"{base}/{item}/", {"decision": "reopen"}, follow=True).content.decode()
        said[item, "reopen"] = _flash(html)
    assert said["enclosures/0", "reopen"] == escape(
        "Enclosure “the provisional agenda of 1 June 2031.” reopened; received letter "
        f"{enclosure} (“the provisional agenda of 1 June 2031.”) removed."
    )
    assert said["deadlines/0", "reopen"] == escape(
        "Deadline “Replies to the questionnaire are requested” reopened."
    )
    letter.refresh_from_db()
    assert letter.decisions == {}
    assert not IncomingLetter.objects.filter(pk=enclosure).exists()
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.reopened").count() == 2


def test_an_undo_that_would_lose_what_refers_to_the_meeting_is_refused(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    client.post(url, {"decision": "accept", "body": "WG-TIP"})
    meeting = Meeting.objects.get(title="fifth meeting of the Working Group")
    AgendaItem.objects.create(meeting=meeting, number="1", title="Opening", position=0)
    html = client.post(url, {"decision": "reopen"}, follow=True).content.decode()
    assert (
        escape(
            "meeting “fifth meeting of the Working Group” is not removed: agenda items refer to it"
        )
        in html
    )
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    html = client.post(
        f"/office/inbox/{letter.pk}/meetings/0/", {"decision": "reopen"}, follow=True
    ).content.decode()
    assert "Undo</button>" in html


def test_a_new_instrument_is_new_to_the_registry_without_a_confidence(client, letter):
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    table = html.split('<table id="cited-instruments">')[1].split("</table>")[0]
    row = table.split('<tr data-status="new">')[1].split("</tr>")[0]
    assert "new to the registry" in row
    assert "%" not in row
    assert "not in the registry" not in table


def test_a_meeting_kind_nothing_says_is_asked_for_on_the_form_and_recorded_as_chosen(
    client, letter
):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    page = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert '<option value="" selected>as the title or the body says</option>' in page
    refused = client.post(url, {"decision": "accept", "body": "COP-UNTOC", **_read_meeting()})
    assert refused.status_code == 400
    assert escape("neither the letter nor the body (COP-UNTOC, conference of the parties)") in (
        refused.content.decode()
    )
    assert not Meeting.objects.filter(title="fifth meeting of the Working Group").exists()
    chosen = _read_meeting(kind="formal_session")
    html = client.post(
        url, {"decision": "accept", "body": "COP-UNTOC", **chosen}, follow=True
    ).content.decode()
    meeting = Meeting.objects.get(title="fifth meeting of the Working Group")
    assert (meeting.body.code, meeting.kind) == ("COP-UNTOC", "formal_session")
    assert escape("kind “—” → “Formal session”") in html


def _where(html) -> str:
    table = html.split('id="extracted-meetings"')[1].split("</table>")[0]
    return table.split('<td data-label="Where">')[1].split("</td>")[0]


def test_where_shows_the_room_venue_and_city_as_read_then_as_corrected(client, letter):
    venued = NOTE.replace(
        "in Room 42, Lyon", "in Conference Room M3, Vienna International Centre, Vienna"
    )
    client.post("/office/inbox/", {"file": SimpleUploadedFile("venue.txt", venued.encode())})
    received = IncomingLetter.objects.get(name="venue.txt")
    item = received.reading["meetings"][0]
    read = ", ".join(item[name] for name in ("room", "venue", "city") if item.get(name))
    assert "Vienna International Centre" in read
    html = client.get(f"/office/inbox/{received.pk}/").content.decode()
    assert _where(html) == escape(read)
    url = f"/office/inbox/{received.pk}/meetings/0/"
    corrected = {
        **_read_meeting(room=item["room"], venue="Vienna International Centre", city="Wien"),
        "meetings-0-timezone": "Europe/Vienna",
    }
    html = client.post(
        url, {"decision": "accept", "body": "WG-TIP", **corrected}, follow=True
    ).content.decode()
    assert _where(html) == escape(f"{item['room']}, Vienna International Centre, Wien")


def test_a_meeting_matching_a_recorded_one_offers_no_kind_and_a_kind_sent_is_refused(
    client, letter
):
    from tests.factories.meetings import meeting as recorded_meeting  # noqa: PLC0415

    recorded = recorded_meeting(title="Fifth meeting", start="2031-10-14", end="2031-10-14")
    page = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert escape("matches “Fifth meeting”") in page
    assert 'name="meetings-0-kind"' not in page
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", **_read_meeting(kind="formal_session")}
    response = client.post(url, posted)
    assert response.status_code == 400
    assert escape("change its kind on the meeting's own page") in response.content.decode()
    recorded.refresh_from_db()
    assert recorded.kind == "working_group"
    letter.refresh_from_db()
    assert letter.decisions == {}
    # as the page sends it, without a kind: linked
    response = client.post(url, {"decision": "accept", **_read_meeting()})
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.decisions["meetings/0"] == {"status": "linked", "meeting": recorded.pk}
