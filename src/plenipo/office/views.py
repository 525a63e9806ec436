"""The secretariat's screens. Every write goes through the owning app's service."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.shortcuts import redirect, render

from plenipo.core.errors import PlenipoError
from plenipo.core.sources import cited_source
from plenipo.monitoring import queries as monitoring
from plenipo.monitoring.models import Mechanism
from plenipo.monitoring.services.steps import record_step
from plenipo.office.forms import StepForm
from plenipo.registry.queries import get_state
from plenipo.treaties.queries import status_of


@login_required
def dashboard(request):
    mechanisms = Mechanism.objects.select_related("instrument")
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    rows = [(m, monitoring.overdue(m, today)) for m in mechanisms]
    return render(request, "office/dashboard.html", {"rows": rows})


@permission_required("monitoring.add_step", raise_exception=True)
def record_step_view(request, code):
    mechanism = monitoring.get_mechanism(code)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    parties = status_of(mechanism.instrument, today).parties
    states = [{"state": p.code, "name": p.name} for p in parties if not p.is_organization]
    form = StepForm(request.POST or None, rounds=mechanism.rounds.all(), states=states)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                step = record_step(
                    evaluation_round=monitoring.get_round(mechanism, data["round"]),
                    state=get_state(data["state"]),
                    kind=data["kind"],
                    date=data["date"],
                    end=data["end"] or None,
                    document=data["document"],
                    note=data["note"],
                    source=cited_source(reference=data["source"], title=data["source_title"]),
                    by=request.user,
                )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Recorded: {step.state.name}, {step.get_kind_display()}.")
            return redirect("office:record-step", code=mechanism.code)
    return render(request, "office/record_step.html", {"form": form, "mechanism": mechanism})
