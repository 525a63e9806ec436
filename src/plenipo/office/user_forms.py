"""Forms of the office's users page. They read input; the registry services decide."""

from django import forms

ROLES = (("focal_point", "Focal point of a State"), ("secretariat", "Secretariat officer"))


class NewUserForm(forms.Form):
    username = forms.CharField(max_length=150)
    email = forms.EmailField(required=False)
    role = forms.ChoiceField(choices=ROLES)
    state = forms.CharField(
        required=False, max_length=3, help_text="A focal point's State: ISO alpha-3, e.g. AUT"
    )
    mission = forms.CharField(required=False, max_length=32, help_text="e.g. UN-VIE")
    language = forms.CharField(
        max_length=8, initial="en", help_text="Language of correspondence, e.g. fr"
    )


class FocalPointForm(forms.Form):
    state = forms.CharField(max_length=3, help_text="ISO alpha-3, e.g. AUT")
    mission = forms.CharField(required=False, max_length=32, help_text="e.g. UN-VIE; may be empty")
    active = forms.BooleanField(
        required=False, label="Account open", help_text="A closed account cannot sign in"
    )


class FocalPointGroupForm(forms.Form):
    """Registers a focal point to speak for a group its State belongs to, or no longer."""

    group = forms.CharField(max_length=32, help_text="A group its State is a member of, e.g. EU")
    change = forms.ChoiceField(choices=(("register", "Register"), ("unregister", "Unregister")))


class AccountOpenForm(forms.Form):
    """Opens or closes an account (not one's own)."""

    open = forms.ChoiceField(choices=(("open", "Open"), ("close", "Close")))
