"""The draft letter's edit form; ``drafts.edit_draft`` checks and records the change."""

from django import forms

from plenipo.correspondence.services.drafts import EDITABLE


class DraftLetterForm(forms.Form):
    date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "give a day as YYYY-MM-DD"},
    )
    place = forms.CharField(required=False, max_length=100)
    subject = forms.CharField(required=False, max_length=300)
    opening = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    body = forms.CharField(label="Text", strip=False, widget=forms.Textarea(attrs={"rows": 14}))
    closing = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    recipient_name = forms.CharField(label="Recipient", required=False, max_length=200)
    recipient_post = forms.CharField(label="Recipient's post", required=False, max_length=300)
    recipient_address = forms.CharField(
        label="Recipient's address", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    recipient_email = forms.EmailField(
        label="Recipient's e-mail address",
        required=False,
        max_length=254,
        error_messages={"invalid": "not an e-mail address (e.g. mission@example.org)"},
    )
    signatory_name = forms.CharField(
        label="Signatory",
        required=False,
        max_length=200,
        help_text="Printed under the closing of a letter; a note verbale names nobody",
    )

    def clean_body(self):
        if not self.cleaned_data["body"].strip():
            raise forms.ValidationError("the text of the letter cannot be left empty")
        return self.cleaned_data["body"]


def draft_form(letter, data=None) -> DraftLetterForm:
    return DraftLetterForm(data, initial={name: getattr(letter, name) for name in EDITABLE})


class RecipientTicks(forms.Form):
    """Who on a resolved list the drafts are written to: every recipient is a box to tick,
    those who can be reached and have no letter about the meeting yet ticked at first."""

    only = forms.MultipleChoiceField(
        label="Write to",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "tick at least one recipient to write to"},
    )

    def __init__(self, *args, recipients=(), invited=None, written=None, **kwargs):
        invited, written = invited or {}, written or {}
        if not args and "initial" not in kwargs:
            kwargs["initial"] = {
                "only": [r.key for r in recipients if r.reachable and r.key not in written]
            }
        super().__init__(*args, **kwargs)
        self.fields["only"].choices = [
            (r.key, _recipient_label(r, invited.get(r.key), written.get(r.key))) for r in recipients
        ]


def _recipient_label(recipient, delegation, letter) -> str:
    label = f"{recipient.key} — {recipient.post}"
    if delegation is not None:
        label += f" · invited {delegation.invited_on or '(date not stated)'}"
    if letter is not None:
        label += f" · letter {letter.reference or '(no reference)'}"
        label += f" {letter.get_status_display().lower()}"
    if not recipient.reachable:
        label += " · cannot be reached: " + (
            "; ".join(recipient.problems) or "no address or e-mail is recorded"
        )
    return label
