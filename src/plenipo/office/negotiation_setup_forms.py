"""Forms that set up a process on its office page: its facilitators, milestones and
consultations. They read input; the negotiations services decide. Each has its own ids
(``auto_id``): they share the page with the text's forms, and two of them cite a source."""

from django import forms

from plenipo.meetings import queries as meetings
from plenipo.negotiations import queries as negotiations
from plenipo.office.venue_forms import SOURCE_LABELS

DAY_HELP = "YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year"


class _Cited(forms.Form):
    """A fact entered by an officer cites its source, as a meeting or a venue does."""

    source = forms.CharField(label=SOURCE_LABELS["source"])
    source_title = forms.CharField(label=SOURCE_LABELS["source_title"])


class FacilitatorForm(_Cited):
    state = forms.CharField(max_length=10, help_text="The state's code, e.g. QAT")
    role = forms.ChoiceField(choices=negotiations.FACILITATOR_ROLES)
    phase = forms.CharField(
        max_length=80, help_text="The phase they serve in, e.g. negotiation of the declaration"
    )
    person = forms.CharField(
        max_length=200,
        required=False,
        help_text="The person's name or record key as in the registry; empty: not stated",
    )
    appointed_by = forms.CharField(
        max_length=200, required=False, help_text="Who appointed them; empty: not stated"
    )
    appointed_on = forms.CharField(
        max_length=10, required=False, help_text=f"{DAY_HELP}; empty: not stated"
    )
    field_order = ["state", "role", "phase", "person", "appointed_by", "appointed_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="facilitator_%s", **kwargs)


class MilestoneForm(_Cited):
    kind = forms.ChoiceField(choices=negotiations.MILESTONE_KINDS)
    title = forms.CharField(max_length=300, help_text="As announced, e.g. Zero draft circulated")
    date = forms.CharField(max_length=10, required=False, help_text=DAY_HELP)
    not_before = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Or, when the source only bounds the day: the first day it may fall on",
    )
    not_after = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The last day it may fall on",
    )
    time_text = forms.CharField(
        max_length=40, required=False, label="Time", help_text='As stated, e.g. "COB", 10:00'
    )
    status = forms.ChoiceField(choices=negotiations.MILESTONE_STATUSES, initial="planned")
    field_order = ["kind", "title", "date", "not_before", "not_after", "time_text", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="milestone_%s", **kwargs)

    def clean(self):
        data = super().clean()
        day = (data.get("date") or "").strip()
        bounds = {k: data[k].isoformat() for k in ("not_before", "not_after") if data.get(k)}
        if bool(day) == bool(bounds):
            raise forms.ValidationError(
                "give the milestone's day (or month, or year), or the bounds of its day, not both"
            )
        data["when"] = day or bounds  # as the data files write a date: user_bounds reads it
        return data


def _milestone_label(milestone) -> str:
    return f"{milestone.date} · {milestone.title} ({milestone.get_status_display().lower()})"


class MilestoneStatusForm(forms.Form):
    milestone = forms.TypedChoiceField(coerce=int)
    status = forms.ChoiceField(choices=negotiations.MILESTONE_STATUSES, initial="done")

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, auto_id="milestone_status_%s", **kwargs)
        self.fields["milestone"].choices = [
            (m.pk, _milestone_label(m)) for m in negotiations.milestones_of(process)
        ]


class RemovalForm(forms.Form):
    facilitator = forms.TypedChoiceField(coerce=int)

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, auto_id="removal_%s", **kwargs)
        self.fields["facilitator"].choices = [
            (f.pk, f"{f.state.code}, {f.get_role_display().lower()}, {f.phase}")
            for f in negotiations.facilitators_of(process)
        ]


def _meeting_label(meeting, linked) -> str:
    label = f"{meeting.start or 'date not stated'} · {meeting.body.code} · {meeting.title}"
    return f"{label} (already linked)" if meeting.pk in linked else label


class ConsultationForm(forms.Form):
    meeting = forms.TypedChoiceField(
        coerce=int, help_text="A meeting of the office's meetings list, the latest first"
    )

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, auto_id="consultation_%s", **kwargs)
        linked = negotiations.consulted_meeting_ids(process)
        # Those already linked stay listed: choosing one again is refused by the service,
        # which says so, rather than by the list.
        self.fields["meeting"].choices = [("", "choose a meeting")] + [
            (m.pk, _meeting_label(m, linked)) for m in meetings.find_meetings(latest_first=True)
        ]


SETUP_FORMS = {
    "facilitator": lambda process, data: FacilitatorForm(data),
    "removal": lambda process, data: RemovalForm(data, process=process),
    "milestone": lambda process, data: MilestoneForm(data),
    "milestone_status": lambda process, data: MilestoneStatusForm(data, process=process),
    "consultation": lambda process, data: ConsultationForm(data, process=process),
}
SETUP_STEPS = tuple(SETUP_FORMS)


def setup_form(name, process, data=None) -> forms.Form:
    """One of the forms, by its name on the page (``<name>_form``), bound to ``data``."""
    return SETUP_FORMS[name](process, data)


def setup_forms(process) -> dict:
    """Every form, unbound, by its name on the page."""
    return {name: setup_form(name, process) for name in SETUP_FORMS}
