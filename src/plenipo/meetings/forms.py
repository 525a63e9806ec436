"""Forms shared by the portal and the office for delegations."""

from django import forms
from django.forms.utils import pretty_name

from plenipo.meetings.models import LimitPolicy, ParticipantRole


class ParticipantForm(forms.Form):
    role = forms.ChoiceField(choices=ParticipantRole.choices)
    name = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(required=False, label="E-mail")
    phone = forms.CharField(max_length=40, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The rows sit under one header row, with no label of their own: each field names
        # itself and its row for those who cannot see the header.
        index = (self.prefix or "").rsplit("-", 1)[-1]
        row = f", participant {int(index) + 1}" if index.isdigit() else ""
        for name, field in self.fields.items():
            field.widget.attrs["aria-label"] = f"{field.label or pretty_name(name)}{row}"


ParticipantFormSet = forms.formset_factory(ParticipantForm, extra=0, max_num=200)


class DelegationForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    nomination_letter = forms.FileField(
        required=False,
        help_text="The note verbale or letter nominating the delegation (PDF, DOCX or image)",
    )


def participants_from(formset) -> list[dict]:
    """The filled rows of a participant formset, in order."""
    return [dict(form.cleaned_data) for form in formset.forms if form.cleaned_data.get("name")]


def quota_of(delegation) -> int | None:
    """How many participants the delegation may register; None where no quota is set."""
    return delegation.quota or delegation.meeting.default_quota


def quota_refused(delegation) -> bool:
    """Whether a registration beyond the quota is refused (else it is flagged)."""
    return delegation.meeting.limit_policy != LimitPolicy.FLAG


def initial_rows(delegation, blank=3, quota=None, refused=True):
    """The registered participants, then ``blank`` empty rows. Where registrations beyond
    ``quota`` are ``refused``, never more rows than it (the registered ones are always
    shown, even beyond it); where they are only flagged, rows up to ``blank`` beyond it."""
    rows = [
        {"role": p.role, "name": p.name, "title": p.title, "email": p.email, "phone": p.phone}
        for p in delegation.participants.all()
    ]
    if not rows:
        rows.append({"role": ParticipantRole.HEAD})
    if quota is not None and refused:
        blank = max(0, min(blank, quota - len(rows)))
    elif quota is not None:
        blank = max(blank, quota + blank - len(rows))
    return rows + [{"role": ParticipantRole.ADVISER} for _ in range(blank)]
