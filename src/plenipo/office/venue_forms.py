"""Forms of the office's venue screens. They read input; the meetings services decide."""

from django import forms

from plenipo.meetings.schedule import ScheduleError, zone
from plenipo.meetings.services.venues import MAX_CAPACITY

CODE_HELP = "Letters, digits, '.', '-' or '_'; commands name a room VENUE/ROOM by these codes"
SOURCE_LABELS = {"source": "Source URL or document symbol", "source_title": "Source title"}


class _Cited(forms.Form):
    """A record entered by an officer cites its source, as a meeting does."""

    source = forms.CharField(label=SOURCE_LABELS["source"])
    source_title = forms.CharField(label=SOURCE_LABELS["source_title"])

    def __init__(self, *args, record=None, **kwargs):
        if record is not None:
            kwargs.setdefault("initial", {}).update(self.initial_of(record))
        super().__init__(*args, **kwargs)

    def initial_of(self, record) -> dict:
        own = {name: getattr(record, name) for name in self.base_fields if hasattr(record, name)}
        return own | {
            "source": record.source.url or record.source.symbol,
            "source_title": record.source.title,
        }


class VenueForm(_Cited):
    code = forms.CharField(max_length=32, help_text=CODE_HELP)
    name = forms.CharField(max_length=200)
    city = forms.CharField(max_length=100)
    timezone = forms.CharField(
        max_length=64, label="Time zone", help_text="IANA name, e.g. Europe/Vienna"
    )
    field_order = ["code", "name", "city", "timezone", "source", "source_title"]

    def clean_timezone(self):
        name = self.cleaned_data["timezone"].strip()
        try:
            zone(name)
        except ScheduleError as exc:
            raise forms.ValidationError(str(exc)) from None
        return name


class RoomForm(_Cited):
    code = forms.CharField(max_length=32, help_text=CODE_HELP)
    name = forms.CharField(max_length=200)
    capacity = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_CAPACITY,
        help_text="Seats; empty when no source gives it",
    )
    field_order = ["code", "name", "capacity", "source", "source_title"]

    def __init__(self, *args, **kwargs):
        # Its own ids: it shares the venue's page with the venue's form, which has a code too.
        super().__init__(*args, auto_id="room_%s", **kwargs)
