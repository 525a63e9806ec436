"""The portal's proposal form: the four forms of the command line's ``negotiation propose``
(replace words, insert words after words, delete the paragraph, add a paragraph after it)."""

from django import forms

from plenipo.core.limits import LARGEST_INTEGER

ACTIONS = [
    ("replace", "Replace words"),
    ("insert", "Insert words after words"),
    ("delete", "Delete the paragraph"),
    ("add", "Add a new paragraph after it"),
]


class ProposeForm(forms.Form):
    version = forms.CharField(widget=forms.HiddenInput)
    party = forms.ChoiceField(help_text="Your state, or a group you are registered to speak for")
    paragraph = forms.ChoiceField()
    action = forms.ChoiceField(choices=ACTIONS, widget=forms.RadioSelect, initial="replace")
    words = forms.CharField(
        required=False,
        max_length=2000,
        help_text="Replace: the words replaced. Insert: the words after which to insert.",
    )
    text = forms.CharField(
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The new words, or the new paragraph.",
    )
    occurrence = forms.IntegerField(
        min_value=1,
        max_value=LARGEST_INTEGER,
        initial=1,
        help_text="Which occurrence of the words, when they repeat",
    )

    def __init__(self, *args, parties=(), labels=(), **kwargs):
        super().__init__(*args, **kwargs)
        # (code, name) pairs: the name is shown, the code is sent.
        self.fields["party"].choices = list(parties)
        self.fields["paragraph"].choices = [(label, label) for label in labels]

    def clean(self):
        data = super().clean()
        action, words, text = data.get("action"), data.get("words", ""), data.get("text", "")
        if action in {"replace", "insert"} and not words.strip():
            self.add_error("words", f"name the words to {action}{' after' * (action == 'insert')}")
        if action in {"insert", "add"} and not text.strip():
            self.add_error("text", "give the new words")
        return data

    def change(self) -> dict:
        """The service's arguments: action, old and new words."""
        data = self.cleaned_data
        action = data["action"]
        old = data["words"] if action in {"replace", "insert"} else ""
        new = data["text"] if action != "delete" else ""
        return {"action": action, "old": old, "new": new, "occurrence": data["occurrence"]}
