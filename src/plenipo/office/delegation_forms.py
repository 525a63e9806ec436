"""The form of the office's delegation entry: whose delegation, and from what it was
entered. The participants are the portal's own rows (``meetings.forms``)."""

from django import forms

from plenipo.core.limits import LARGEST_INTEGER
from plenipo.correspondence.meeting_letters import letter_words
from plenipo.meetings.queries import DELEGATION_CATEGORIES
from plenipo.meetings.services.delegations import REPLY_CHANNELS

# Not offered: the portal is the focal point's own channel; "not stated" is the empty choice.
NOT_OFFERED = ("portal", "not stated")


class DelegationEntryForm(forms.Form):
    party = forms.CharField(
        max_length=16,
        label="State or organization",
        help_text=(
            "Its code, e.g. FRA, or EU for an organization; one not invited is added as not invited"
        ),
        widget=forms.TextInput(attrs={"list": "parties", "autocomplete": "off"}),
    )
    category = forms.ChoiceField(
        required=False,
        choices=[
            ("", "as an invitation would (member State, organization)"),
            *DELEGATION_CATEGORIES,
        ],
        help_text="Only for a state or organization not yet invited",
    )
    source = forms.CharField(
        max_length=300,
        required=False,
        help_text="What announced the delegation, e.g. note verbale No. 123 of 2 May (optional)",
    )
    letter = forms.ChoiceField(
        required=False,
        label="Received letter",
        help_text="A received letter linked to this meeting, if the delegation came in it",
    )
    reply_channel = forms.ChoiceField(
        required=False,
        label="The reply came by",
        choices=[("", "not stated"), *((c, c) for c in REPLY_CHANNELS if c not in NOT_OFFERED)],
        help_text="An invited party with no reply recorded has answered by this delegation: "
        "its reply is recorded on the day of entry",
    )
    nomination_letter = forms.FileField(
        required=False,
        help_text="The note verbale or letter nominating the delegation (PDF, DOCX or image); "
        "seen only by the secretariat and the state's own focal points",
    )
    version = forms.IntegerField(
        widget=forms.HiddenInput, required=False, max_value=LARGEST_INTEGER
    )

    def __init__(self, *args, letters=(), existing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["letter"].choices = [("", "none")] + [
            (str(letter.pk), letter_words(letter)) for letter in letters
        ]
        if existing:  # whose delegation it is was settled when it was invited
            self.fields["version"].required = True
            del self.fields["party"]
            del self.fields["category"]
