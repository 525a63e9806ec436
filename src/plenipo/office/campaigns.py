"""Ratification campaigns in the office: start one from a status query, follow each target's
stage, letters, replies and next step, and the targets that became parties over time."""

import datetime as dt

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from plenipo.campaigns.queries import (
    all_campaigns,
    campaign_targets,
    get_campaign,
    progress,
    targets_parties_over_time,
)
from plenipo.campaigns.services.campaigns import start_campaign_for
from plenipo.core.charts import step_chart
from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.partialdates import DateError
from plenipo.office.roles import office_permission
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import all_instruments, get_instrument, parse_day_since_opening

CAN_READ = office_permission("campaigns.change_campaign")
ORGANIZATIONS = [("COE", "Council of Europe"), ("UN", "United Nations"), ("EU", "European Union")]


class StartForm(forms.Form):
    instrument = forms.ChoiceField()
    members_of = forms.ChoiceField(choices=ORGANIZATIONS, label="Members of")
    as_of = forms.CharField(
        label="As of",
        help_text="The targets are the members that are not parties on that day",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    title = forms.CharField(required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = [
            (i.code, f"{i.code} {i.short_title}".strip()) for i in all_instruments()
        ]


@CAN_READ
def campaign_list(request):
    form = StartForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("campaigns.add_campaign"):
            raise PermissionDenied(
                "starting a campaign needs the campaigns.add_campaign permission"
            )
        if form.is_valid():
            campaign = _start(request, form)
            if campaign is not None:
                messages.success(request, f"Started: {campaign.title}.")
                return redirect("office:campaign", code=campaign.code)
        status = 400  # the form, with the reason beside it
    else:
        status = 200
    context = {"form": form, "campaigns": all_campaigns()}
    return render(request, "office/campaigns.html", context, status=status)


def _start(request, form):
    data = form.cleaned_data
    try:
        instrument = get_instrument(data["instrument"])
        organization = get_organization(data["members_of"])
        day = parse_day_since_opening(data["as_of"], instrument)
        return start_campaign_for(
            instrument=instrument,
            organization=organization,
            started_on=day,
            title=data["title"],
            by=request.user,
        )
    except (PlenipoError, DateError) as exc:
        form.add_error(None, str(exc))
        return None


@CAN_READ
def campaign_view(request, code):
    try:
        campaign = get_campaign(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    until = max(today, campaign.started_on)
    draft = reverse("office:draft") + (
        f"?to=campaign:{campaign.code}&template="
        f"{campaign.template.name if campaign.template else 'campaign-ratification-en'}"
    )
    context = {
        "campaign": campaign,
        "progress": progress(campaign),
        "rows": campaign_targets(campaign, today),
        "chart": step_chart(targets_parties_over_time(campaign, until), until=until),
        "draft_url": draft,
    }
    return render(request, "office/campaign.html", context)
