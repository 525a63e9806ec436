"""Forms shared by the portal and the office for delegations."""

from django import forms
from django.forms.utils import pretty_name

from plenipo.meetings.models import ParticipantRole


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


def initial_rows(delegation, blank=3):
    rows = [
        {"role": p.role, "name": p.name, "title": p.title, "email": p.email, "phone": p.phone}
        for p in delegation.participants.all()
    ]
    if not rows:
        rows.append({"role": ParticipantRole.HEAD})
    return rows + [{"role": ParticipantRole.ADVISER} for _ in range(blank)]
