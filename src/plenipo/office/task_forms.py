"""The form of the office's tasks: what is to be done, the day and time due. It reads input;
the correspondence services decide."""

from django import forms

from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.correspondence.services.tasks import MAX_WHAT, TIME


class TaskForm(forms.Form):
    what = forms.CharField(
        label="What is to be done",
        max_length=MAX_WHAT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    due_on = forms.CharField(
        label="Due on", help_text="YYYY-MM-DD", widget=forms.DateInput(attrs={"type": "date"})
    )
    due_time = forms.CharField(
        label="Time",
        required=False,
        help_text="HH:MM, when the deadline names an hour",
        widget=forms.TimeInput(attrs={"type": "time"}),
    )

    def __init__(self, *args, task=None, **kwargs):
        if task is not None:
            kwargs.setdefault("initial", {}).update(
                what=task.what, due_on=task.due_on.isoformat(), due_time=task.due_time
            )
        super().__init__(*args, **kwargs)

    def clean_due_on(self):
        try:
            return parse_iso_day(self.cleaned_data["due_on"])
        except DateError as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean_due_time(self):
        time = self.cleaned_data["due_time"].strip()
        # A browser's time field may send seconds ("17:00:00"); a task keeps the minute.
        if len(time) == len("17:00:00") and time.endswith(":00"):
            time = time[:5]
        if time and not TIME.fullmatch(time):
            raise forms.ValidationError(
                f"{time[:20]!r} is not a time of day: give HH:MM, e.g. 17:00"
            )
        return time
