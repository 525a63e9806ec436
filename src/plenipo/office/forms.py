from django import forms

from plenipo.monitoring.procedure import LABELS, StepKind


class StepForm(forms.Form):
    round = forms.TypedChoiceField(coerce=int)
    state = forms.ChoiceField()
    kind = forms.ChoiceField(choices=[(k.value, LABELS[k]) for k in StepKind], label="Step")
    date = forms.CharField(help_text="YYYY-MM-DD, or YYYY-MM / YYYY when only that is known")
    end = forms.CharField(required=False, help_text="Last day, for a country visit")
    document = forms.CharField(required=False, help_text="e.g. GRETA(2015)18")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    source = forms.CharField(label="Source URL or document symbol")
    source_title = forms.CharField(label="Source title")

    def __init__(self, *args, rounds, states, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].choices = [(r.number, f"Round {r.number}") for r in rounds]
        self.fields["state"].choices = [(s["state"], s["name"]) for s in states]
