"""The office's negotiation forms. Each carries the process's ``revision`` as read when the
page was drawn: a save made after someone else's is refused by the services, and the form
comes back with what was typed."""

import datetime as dt

from django import forms

from plenipo.core.limits import LARGEST_INTEGER
from plenipo.core.uploads import read_upload
from plenipo.meetings import schedule
from plenipo.negotiations.queries import VISIBILITIES
from plenipo.negotiations.services.processes import MAX_VOTES

DECISIONS = {"accept": "accepted", "reject": "rejected"}


class RevisionForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=LARGEST_INTEGER)


class UploadForm(RevisionForm):
    label = forms.CharField(max_length=60, help_text="e.g. Zero draft, Rev.1")
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    symbol = forms.CharField(max_length=60, required=False)
    file = forms.FileField(required=False, help_text="A Word document (.docx) or plain text")
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Or paste the text: paragraphs separated by blank lines, “1.” or “OP1.” for OP1",
    )
    keep_to_secretariat = forms.BooleanField(
        required=False, help_text="Not circulated to the parties until you circulate it"
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("file")) == bool((data.get("text") or "").strip()):
            raise forms.ValidationError("give either a file or the text, not both")
        return data

    def draft(self) -> tuple[str, bytes]:
        """The uploaded draft as (file name, bytes)."""
        upload = self.cleaned_data.get("file")
        if upload:
            return upload.name, read_upload(upload)
        return "pasted.txt", self.cleaned_data["text"].encode("utf-8")


class NewProcessForm(forms.Form):
    """What ``plenipo negotiation new`` takes; the references are resolved by the view."""

    code = forms.CharField(max_length=60, help_text="Letters, digits and '-', e.g. TIP-RES")
    title = forms.CharField(max_length=400)
    mandate = forms.CharField(
        max_length=120, required=False, help_text="The decision giving it, e.g. A/RES/71/287 OP10"
    )
    visibility = forms.ChoiceField(choices=VISIBILITIES, initial="secretariat")
    audience = forms.CharField(
        max_length=40,
        required=False,
        help_text="Organization whose member states are the parties, e.g. UN; empty: any state",
    )
    timezone = forms.CharField(
        max_length=64, required=False, help_text="The venue's time zone, e.g. America/New_York"
    )


class DecideForm(RevisionForm):
    decision = forms.ChoiceField(choices=[(k, k) for k in DECISIONS])


class ReviseForm(RevisionForm):
    base = forms.CharField(widget=forms.HiddenInput)
    label = forms.CharField(max_length=60, help_text="e.g. Rev.1")
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    symbol = forms.CharField(
        max_length=60,
        required=False,
        help_text="The revision's own symbol, e.g. A/81/L.99/Rev.1; left empty if it has none",
    )
    keep_to_secretariat = forms.BooleanField(
        required=False, help_text="Not circulated to the parties until you circulate it"
    )


class MomentField(forms.CharField):
    """A local date and time, read in the zone given next to it."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"})


def local_moment(text: str, timezone: str) -> dt.datetime:
    try:
        return schedule.local_moment(text, timezone)
    except schedule.ScheduleError as exc:
        raise forms.ValidationError(str(exc)) from None


class SilenceForm(forms.Form):
    version = forms.ChoiceField()
    until = MomentField(help_text="Local time at the venue")
    timezone = forms.CharField(max_length=64, help_text="IANA zone, e.g. America/New_York")

    def __init__(self, *args, versions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [(label, label) for label in versions]

    def clean(self):
        data = super().clean()
        if data.get("until") and data.get("timezone"):
            data["until"] = local_moment(data["until"], data["timezone"])
        return data


class BreakForm(forms.Form):
    party = forms.CharField(max_length=40, help_text="A state's code (USA) or a group's (EU)")
    at = MomentField(required=False, help_text="Local time at the venue; empty: now")

    def __init__(self, *args, timezone="", **kwargs):
        super().__init__(*args, **kwargs)
        self.timezone = timezone

    def clean_at(self):
        text = self.cleaned_data.get("at")
        if not text:
            return dt.datetime.now(dt.UTC)
        return local_moment(text, self.timezone)


class CloseForm(forms.Form):
    """Record an unbroken silence as passed, once its deadline is behind."""


class NoticeForm(forms.Form):
    silence = forms.TypedChoiceField(coerce=int)
    kind = forms.ChoiceField(choices=[("start", "start"), ("result", "result")])
    date = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The notes' date; empty: today",
    )
    place = forms.ChoiceField(
        required=False, help_text="The permanent missions written to, by their place"
    )

    def __init__(self, *args, silences=(), places=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["silence"].choices = [(s["id"], s["version"]) for s in silences]
        # The codes alone: the form sits in a table cell that must hold on a phone.
        self.fields["place"].choices = [("", "choose the place")] + [
            (code, code) for code, _ in places
        ]

    def clean_date(self):
        return self.cleaned_data.get("date") or dt.date.today()  # noqa: DTZ011 -- calendar day


class OutcomeForm(forms.Form):
    symbol = forms.CharField(max_length=60, help_text="e.g. A/RES/72/1")
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    method = forms.ChoiceField(
        choices=[("consensus", "Without a vote (by consensus)"), ("vote", "By a recorded vote")]
    )
    votes_for = forms.IntegerField(
        required=False, min_value=0, max_value=MAX_VOTES, label="In favour"
    )
    votes_against = forms.IntegerField(
        required=False, min_value=0, max_value=MAX_VOTES, label="Against"
    )
    abstentions = forms.IntegerField(required=False, min_value=0, max_value=MAX_VOTES)

    def __init__(self, *args, **kwargs):
        # Its own ids: the upload form on the same page has a symbol and a date too.
        super().__init__(*args, auto_id="outcome_%s", **kwargs)
