"""Forms of the office's meeting screens. They read input; the meetings services decide."""

import datetime as dt

from django import forms

from plenipo.bodies import queries as bodies
from plenipo.meetings import queries as meetings
from plenipo.meetings.spec import MAX_QUOTA, UN_LANGUAGES
from plenipo.meetings.transitions import MEETING

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}
DATE_HELP = "YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"


class RoomChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.venue.name})"


class StatusField(forms.ChoiceField):
    """Offers the allowed next statuses; accepts any known one so that the status table,
    not the form, refuses an impossible move (with its reason)."""

    def valid_value(self, value):
        return value in MEETING.statuses


class MeetingForm(forms.Form):
    required_css_class = "required"  # marked "(required)" by core/form_rows.html
    body = forms.ModelChoiceField(bodies.all_bodies(), to_field_name="code")
    kind = forms.ChoiceField(choices=meetings.MEETING_KINDS)
    title = forms.CharField(max_length=300)
    status = StatusField()
    start = forms.CharField(help_text=DATE_HELP)
    end = forms.CharField(required=False, help_text="Last day; empty for a one-day meeting")
    start_time = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(required=False, widget=forms.TimeInput(attrs={"type": "time"}))
    venue = forms.ModelChoiceField(meetings.all_venues(), required=False, to_field_name="code")
    written_venue = forms.CharField(
        required=False,
        max_length=200,
        label="Venue as written",
        help_text="The place in words when it is not a recorded venue or room (as a received "
        "letter gives it); empty: the recorded venue's name. Choosing another recorded venue "
        "or room replaces it, unless it is changed too",
    )
    room = RoomChoiceField(meetings.all_rooms(), required=False)
    second_room = RoomChoiceField(meetings.all_rooms(), required=False)
    timezone = forms.CharField(
        required=False,
        label="Time zone",
        help_text="IANA name, only for a meeting without a room: a room gives its venue's zone",
    )
    city = forms.CharField(required=False, max_length=100)
    languages = forms.MultipleChoiceField(
        choices=[(code, LANGUAGE_NAMES[code]) for code in UN_LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    document = forms.CharField(
        required=False, max_length=80, help_text="Symbol of the document that publishes it"
    )
    registration_deadline = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    default_quota = forms.IntegerField(required=False, min_value=1, max_value=MAX_QUOTA)
    limit_policy = forms.ChoiceField(choices=meetings.LIMIT_POLICIES)
    requires_credentials = forms.BooleanField(required=False)
    participants_published = forms.BooleanField(
        required=False, label="List of participants published"
    )
    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Shown on the public meeting page",
    )
    source = forms.CharField(label="Source URL or document symbol")
    source_title = forms.CharField(label="Source title")

    def __init__(self, *args, current_status=None, room_timezone="", **kwargs):
        super().__init__(*args, **kwargs)
        if current_status is None:
            statuses = MEETING.statuses
        else:
            allowed = MEETING.allowed[current_status]
            statuses = [current_status, *(s for s in MEETING.statuses if s in allowed)]
        self.fields["status"].choices = [(s, MEETING.labels[s].capitalize()) for s in statuses]
        if room_timezone:
            # The room settles the zone: shown, not typed.
            self.fields["timezone"].disabled = True
            self.fields["timezone"].initial = room_timezone
            self.fields["timezone"].help_text = "From the room's venue"

    def clean(self):
        data = super().clean()
        venue, rooms = data.get("venue"), [data.get("room"), data.get("second_room")]
        for room in filter(None, rooms):
            if venue is not None and room.venue_id != venue.pk:
                raise forms.ValidationError(f"{room.name} is not at {venue.name}")
        return data

    def _recorded_place_changed(self) -> bool:
        return bool({"venue", "room"} & set(self.changed_data))

    def changes(self) -> dict:
        """The spec fields the form sets (the source is cited by the view)."""
        data = self.cleaned_data
        venue, room = data["venue"], data["room"]
        place = venue or (room.venue if room else None)
        written = data["written_venue"].strip()
        if place is not None and self._recorded_place_changed():
            written = written if "written_venue" in self.changed_data else ""
        return {
            "body": data["body"],
            "kind": data["kind"],
            "title": data["title"].strip(),
            "status": data["status"],
            "start": data["start"].strip(),
            "end": data["end"].strip() or None,
            "start_time": data["start_time"],
            "end_time": data["end_time"],
            "room": room,
            "second_room": data["second_room"],
            "timezone": "" if room else (data["timezone"] or (venue.timezone if venue else "")),
            "venue": written or (place.name if place else ""),
            "city": data["city"] or (place.city if place else ""),
            "languages": tuple(data["languages"]),
            "document": data["document"],
            "registration_deadline": data["registration_deadline"],
            "default_quota": data["default_quota"],
            "limit_policy": data["limit_policy"],
            "requires_credentials": data["requires_credentials"],
            "participants_published": data["participants_published"],
            "note": data["note"],
        }


def initial_of(meeting, *, with_dates=True) -> dict:
    """A form's initial values from a meeting (a copy leaves out the dates)."""
    room = meeting.room
    # The meeting keeps its venue as text: a recorded venue's name, or words as written.
    recorded = room.venue if room else meetings.venue_named(meeting.venue)
    written = "" if recorded and meeting.venue == recorded.name else meeting.venue
    initial = {
        "body": meeting.body.code,
        "kind": meeting.kind,
        "title": meeting.title,
        "status": meeting.status,
        "venue": recorded.code if recorded else None,
        "written_venue": written,
        "room": room.pk if room else None,
        "second_room": meeting.second_room_id,
        "timezone": meeting.timezone,
        "city": meeting.city,
        "languages": list(meeting.languages),
        "limit_policy": meeting.limit_policy,
        "requires_credentials": meeting.requires_credentials,
    }
    if with_dates:
        initial |= {
            "start": _bounds_text(meeting.start),
            "end": _bounds_text(meeting.end),
            "start_time": meeting.start_time,
            "end_time": meeting.end_time,
            "document": meeting.document,
            "registration_deadline": meeting.registration_deadline,
            "default_quota": meeting.default_quota,
            "participants_published": meeting.participants_published,
            "note": meeting.note,
            "source": meeting.source.url or meeting.source.symbol,
            "source_title": meeting.source.title,
        }
    return initial


def _bounds_text(bounds) -> str:
    if bounds is None:
        return ""
    if bounds.is_exact:
        return bounds.day.isoformat()
    return str(bounds)


class AgendaItemForm(forms.Form):
    number = forms.CharField(max_length=10)
    title = forms.CharField(max_length=400)

    def __init__(self, *args, **kwargs):
        # Its own ids: it shares the meeting's page with the meeting's form, which has a title too.
        super().__init__(*args, auto_id="agenda_%s", **kwargs)


class DocumentForm(forms.Form):
    symbol = forms.CharField(required=False, max_length=80)
    title = forms.CharField(max_length=400)
    kind = forms.ChoiceField(choices=meetings.DOCUMENT_KINDS)
    agenda_item = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    issued_on = forms.DateField(
        label="Day of issue",
        initial=dt.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The day it becomes public: a later day keeps it for the secretariat until then.",
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, auto_id="document_%s", **kwargs)
        self.meeting = meeting
        self.fields["agenda_item"].choices = [("", "—")] + [
            (item.pk, str(item)) for item in meeting.agenda.all()
        ]
        statuses = [("", "not stated"), *meetings.LANGUAGE_STATUSES]
        for code in meeting.languages:
            name = LANGUAGE_NAMES.get(code, code)
            self.fields[f"status_{code}"] = forms.ChoiceField(
                choices=statuses, required=False, label=f"{name}: status"
            )
            self.fields[f"file_{code}"] = forms.FileField(required=False, label=f"{name}: file")

    def languages(self) -> dict:
        """{language: status} for the languages given a status or a file: the status chosen,
        else "available" for a file given with none."""
        data = self.cleaned_data
        statuses = {}
        for code in self.meeting.languages:
            if data.get(f"status_{code}"):
                statuses[code] = data[f"status_{code}"]
            elif data.get(f"file_{code}"):
                statuses[code] = meetings.LANGUAGE_STATUS_AVAILABLE
        return statuses

    def uploads(self) -> dict:
        return {
            code: self.cleaned_data[f"file_{code}"]
            for code in self.meeting.languages
            if self.cleaned_data.get(f"file_{code}")
        }
