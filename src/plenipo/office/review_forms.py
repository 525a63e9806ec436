"""The officer's corrections of a read meeting or deadline, made before accepting it. The
forms read input; ``incoming.accept`` checks and records what changed."""

from django import forms

from plenipo.bodies.queries import BODY_KINDS
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.services.incoming import proposed_title
from plenipo.correspondence.services.letter_venues import checked_time_zone
from plenipo.meetings.queries import MEETING_KINDS
from plenipo.meetings.spec import implied_meeting_kind
from plenipo.meetings.transitions import MEETING
from plenipo.registry.queries import ORGANIZATION_KINDS, all_organizations

DAY_ERRORS = {"invalid": "not a day: give it as YYYY-MM-DD (e.g. 2031-06-26)"}
TIME_ERRORS = {"invalid": "not a time: give it as HH:MM (e.g. 10:00)"}


def _day(label):
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages=DAY_ERRORS,
    )


def _time(label):
    return forms.TimeField(
        label=label,
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages=TIME_ERRORS,
    )


class MeetingCorrection(forms.Form):
    """A day left empty keeps what the letter says (a month, or no day at all)."""

    title = forms.CharField(max_length=300)
    start = _day("First day")
    end = _day("Last day")
    start_time = _time("Starts at")
    status = forms.ChoiceField(choices=[(s, s.capitalize()) for s in MEETING.statuses])
    room = forms.CharField(required=False, max_length=200)
    venue = forms.CharField(required=False, max_length=200)
    city = forms.CharField(required=False, max_length=100)
    kind = forms.ChoiceField(
        required=False,
        choices=[("", "as the title or the body says"), *MEETING_KINDS],
        help_text="Needed where neither the title nor the body's kind says",
    )
    timezone = forms.CharField(
        required=False,
        label="Time zone",
        help_text="IANA name (Europe/Vienna), where the venue's is not known",
    )

    def clean_timezone(self):
        try:
            return checked_time_zone(self.cleaned_data["timezone"])
        except InvalidInput as exc:
            raise forms.ValidationError(str(exc)) from None


class NewBody(forms.Form):
    """A body the registry lacks, added where a read meeting names it; ``add_body`` checks
    the code and the name."""

    # Its fields are needed only when the officer opens it: marked required in the page, an
    # empty one would stop the browser from sending the row's Accept at all.
    use_required_attribute = False

    code = forms.CharField(
        max_length=32, help_text="Short and unique, letters, digits and hyphens (e.g. WG-FIN)"
    )
    name = forms.CharField(max_length=300, label="Name (English)")
    name_fr = forms.CharField(max_length=300, required=False, label="Name (French)")
    name_es = forms.CharField(max_length=300, required=False, label="Name (Spanish)")
    kind = forms.ChoiceField(choices=[("", "kind…"), *BODY_KINDS])
    organization = forms.ModelChoiceField(
        queryset=None, required=False, to_field_name="code", empty_label="none"
    )
    # An organization the registry lacks too, added first (``add_organization``).
    organization_code = forms.CharField(
        max_length=16,
        required=False,
        label="or a new organization: code",
        help_text="Where it is not in the list (e.g. OSCE)",
    )
    organization_name = forms.CharField(
        max_length=300, required=False, label="New organization's name (English)"
    )
    organization_kind = forms.ChoiceField(
        required=False,
        label="New organization's kind",
        choices=[("", "kind…"), *ORGANIZATION_KINDS],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = all_organizations()


def new_body_form(index, data=None) -> NewBody:
    return NewBody(data, prefix=f"meetings-{index}-new-body")


def new_body(form) -> dict | None:
    """What ``incoming.accept`` takes as ``new_body``; None when nothing was filled in."""
    if form is None or not form.has_changed():
        return None
    given = dict(form.cleaned_data)
    organization = {name: given.pop(f"organization_{name}") for name in ("code", "name", "kind")}
    if any(organization.values()):
        given["new_organization"] = organization
    return given


class DeadlineCorrection(forms.Form):
    what = forms.CharField(label="What is due", widget=forms.Textarea(attrs={"rows": 2}))
    due = _day("Due on")
    time = _time("At")


def correction_form(kind, index, item, data=None):
    """The correction form of one read item, prefilled with the reading; None for an
    enclosure (linked as the letter describes it)."""
    prefix = f"{kind}-{index}"
    if kind == "meetings":
        initial = {
            "title": proposed_title(item.title),
            "start": item.start.day,
            "end": item.end.day,
            "start_time": item.start_time,
            "status": item.status,
            "room": item.room,
            "venue": item.venue,
            "city": item.city,
            "kind": implied_meeting_kind(item.title, ""),
        }
        return MeetingCorrection(data, initial=initial, prefix=prefix)
    if kind == "deadlines":
        initial = {"what": " ".join(item.what.split()), "due": item.due.day, "time": item.time}
        return DeadlineCorrection(data, initial=initial, prefix=prefix)
    return None


def submitted(form, data) -> bool:
    """Whether ``data`` carries the form's fields (an accept button pressed without them,
    from the API's shape or an old page, corrects nothing)."""
    return form is not None and any(key.startswith(f"{form.prefix}-") for key in data)


def corrections(form) -> tuple[dict, str]:
    """The values the officer changed (what ``incoming.accept`` takes), and the time zone."""
    changed = {name: form.cleaned_data[name] for name in form.changed_data if name != "timezone"}
    if isinstance(form, MeetingCorrection):
        # The title as sent, also when left as proposed (capitalised, so not as read); one
        # the same as read or as proposed is no correction (``incoming.corrected``).
        changed["title"] = form.cleaned_data["title"]
    return changed, form.cleaned_data.get("timezone", "")
