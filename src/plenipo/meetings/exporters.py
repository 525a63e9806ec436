"""Calendars (iCalendar) and lists of participants (CSV, PDF)."""

import csv
import datetime as dt
import io

from django.template.loader import render_to_string
from django.utils import translation
from icalendar import Calendar, Event

from plenipo.core.cells import plain_cell
from plenipo.meetings.labels import CATEGORIES, ROLES, TITLE, label
from plenipo.meetings.queries import list_of_participants
from plenipo.meetings.schedule import local_datetime


def calendar(meetings, *, name: str) -> bytes:
    """An iCalendar file; timed meetings carry their venue's time zone (with VTIMEZONE)."""
    cal = Calendar()
    cal.add("prodid", "-//Plenipo//Meetings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for meeting in meetings:
        start, end = meeting.start, meeting.end
        if not (start.is_exact and end.is_exact):
            continue  # a meeting without settled days has no place in a calendar yet
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@plenipo")
        event.add("summary", meeting.title)
        event.add("dtstamp", dt.datetime.now(tz=dt.UTC))
        begins = local_datetime(start.day, meeting.start_time, meeting.timezone)
        if begins:
            event.add("dtstart", begins)
            if meeting.end_time:  # an unknown end is left out, not guessed
                event.add("dtend", local_datetime(end.day, meeting.end_time, meeting.timezone))
        else:
            event.add("dtstart", start.day)
            event.add("dtend", end.day + dt.timedelta(days=1))
        place = ", ".join(
            filter(None, [*(room.name for room in meeting.rooms), meeting.venue, meeting.city])
        )
        if place:
            event.add("location", place)
        event.add(
            "status",
            {"cancelled": "CANCELLED", "tentative": "TENTATIVE"}.get(
                meeting.shown.status, "CONFIRMED"
            ),
        )
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def participants_csv(meeting) -> bytes:
    """The list of participants as CSV, headings and names in the meeting's language. Like
    every published list, it carries no e-mail address or telephone number. Names and titles
    come from the focal points: none is written so that a spreadsheet reads it as a formula."""
    language = meeting.language or "en"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["category", "delegation", "role", "name", "title"])
    with translation.override(language):
        for category, delegations in list_of_participants(meeting):
            for delegation, people in delegations:
                for person in people:
                    writer.writerow(
                        [
                            label(CATEGORIES, category, language),
                            plain_cell(delegation.display_name),
                            label(ROLES, person.role, language),
                            plain_cell(person.name),
                            plain_cell(person.title),
                        ]
                    )
    return buffer.getvalue().encode("utf-8")


def participants_html(meeting) -> str:
    """The official list of participants, in the meeting's language, as the HTML printed to
    PDF: the same list gives the same text, so the text also says which list a PDF shows."""
    language = meeting.language or "en"
    with translation.override(language):
        groups = [
            (
                label(CATEGORIES, category, language),
                [
                    (delegation, [(p, label(ROLES, p.role, language)) for p in people])
                    for delegation, people in items
                ],
            )
            for category, items in list_of_participants(meeting)
        ]
        return render_to_string(
            "meetings/list_of_participants.html",
            {
                "meeting": meeting,
                "groups": groups,
                "title": label(TITLE, "", language),
                "rtl": language == "ar",
            },
        )


def participants_pdf(meeting, *, html: str | None = None) -> bytes:
    """The official list of participants as PDF (WeasyPrint), from ``html`` when given."""
    from weasyprint import HTML

    return HTML(string=html if html is not None else participants_html(meeting)).write_pdf()
