"""Record a treaty action a state deposited (a signature, a consent, a denunciation…) from a
campaign's page: the one record an import of the treaty data would make, through the same
service and its rules, so the campaign's progress and the status pages follow it."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render

from plenipo.campaigns.queries import get_campaign
from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.sources import cited_source
from plenipo.office.roles import office_permission
from plenipo.registry.queries import get_state
from plenipo.treaties.queries import action_kinds
from plenipo.treaties.services.actions import record_new_action

CAN_RECORD = office_permission("treaties.add_action")
DAY_HELP = "YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"


class ActionForm(forms.Form):
    state = forms.CharField(max_length=3, help_text="ISO 3166-1 alpha-3 code, e.g. FRA")
    kind = forms.ChoiceField(choices=action_kinds)
    date = forms.CharField(required=False, help_text=DAY_HELP)
    not_before = forms.CharField(
        required=False, label="Or: not before", help_text="When the source only bounds it"
    )
    not_after = forms.CharField(required=False, label="Not after")
    source = forms.CharField(label="Source URL or document symbol")
    source_title = forms.CharField(label="Source title")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        day = (data.get("date") or "").strip()
        bounds = {
            key: data.get(key, "").strip()
            for key in ("not_before", "not_after")
            if (data.get(key) or "").strip()
        }
        if day and bounds:
            raise forms.ValidationError("give either a date or its bounds, not both")
        if not day and not bounds:
            raise forms.ValidationError("give the date, or the bounds the source gives")
        data["when"] = day or bounds
        return data


@CAN_RECORD
def record_action_view(request, code):
    try:
        campaign = get_campaign(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    form = ActionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        action = _record(request, campaign, form) if form.is_valid() else None
        if action is not None:
            messages.success(request, f"Recorded: {action}.")
            return redirect("office:campaign", code=campaign.code)
        status = 400  # the form, with the reason above it
    context = {"form": form, "campaign": campaign}
    return render(request, "office/record_action.html", context, status=status)


def _record(request, campaign, form):
    data = form.cleaned_data
    try:
        with transaction.atomic():  # the source cited is not kept when the action is refused
            return record_new_action(
                instrument=campaign.instrument,
                party=get_state(data["state"]),
                kind=data["kind"],
                date=data["when"],
                note=data["note"],
                source=cited_source(reference=data["source"], title=data["source_title"]),
                by=request.user,
            )
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        return None
