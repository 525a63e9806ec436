"""The portal's negotiation pages: a focal point reads the current text of a process open
to its state, proposes for its state or a group it is registered for, supports or objects.

A process the focal point may not read is a 404, the same answer as for one that does not
exist (``negotiations.queries.get_process`` with the user decides)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.negotiations import exporters
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.payloads import process_payload, silence_payload
from plenipo.negotiations.services import texts as text_services
from plenipo.portal.negotiation_forms import ProposeForm
from plenipo.portal.views import focal_point_required


def _visible_process(request, code):
    try:
        return negotiations.get_process(code, user=request.user, system=False)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@focal_point_required
def process_list(request):
    processes = negotiations.processes_listed_for(request.user)
    return render(request, "portal/negotiations.html", {"processes": processes})


@focal_point_required
def process_detail(request, code):
    return _render(request, _visible_process(request, code))


def _render(request, process, form=None, status=200):
    version = negotiations.latest_version_for(process, request.user)
    versions = negotiations.versions_for(process, request.user)
    context = {
        "process": process,
        "payload": process_payload(process, versions=versions, user=request.user),
        "version": version,
    }
    if running := negotiations.open_silence(process):
        context["silence"] = silence_payload(running)  # its deadline in the venue's zone
    if version is not None:
        compilation = exporters.compilation_of(process, version, circulated_only=True)
        stored = negotiations.proposals_by_id(process, circulated_only=True)
        parties = negotiations.parties_for(request.user)
        names = negotiations.party_labels(stored.values(), parties=parties, day=version.date)
        # Decided but not yet applied: shown apart, so a party sees what became of them.
        decided = negotiations.decided_proposals(process, version, circulated_only=True)
        context |= {
            "party_labels": names,
            "rows": [
                (row, [stored[i] for i in row.proposals if i in stored])
                for row in compilation.paragraphs
            ],
            "decided": decided,
            "parties": parties,
            "form": form or _form(process, version, parties, names=names),
        }
    return render(request, "portal/negotiation.html", context, status=status)


def _form(process, version, parties, data=None, names=None):
    pure = negotiations.pure_version(version)
    labels = [pure.label_of(p.pid) for p in pure.paragraphs]
    names = names or negotiations.party_labels(parties=parties, day=version.date)
    return ProposeForm(
        data,
        parties=[(code, names.get(code, code)) for code in parties],
        labels=labels,
        initial={"version": version.label},
    )


@require_POST
@focal_point_required
def propose(request, code):
    process = _visible_process(request, code)
    version = negotiations.latest_version_for(process, request.user)
    if version is None:
        raise Http404(f"{process.code} has no text yet")
    parties = negotiations.parties_for(request.user)
    form = _form(process, version, parties, data=request.POST)
    if not form.is_valid():
        return _render(request, process, form, status=400)
    try:
        proposal = text_services.propose(
            process=process,
            version=negotiations.get_version_for(
                process, form.cleaned_data["version"], request.user
            ),
            label=form.cleaned_data["paragraph"],
            party=form.cleaned_data["party"],
            by=request.user,
            **form.change(),
        )
    except PlenipoError as exc:
        # What was typed stays on the page, with the one-line reason.
        form.add_error(None, str(exc))
        return _render(request, process, form, status=400)
    author = negotiations.party_names({proposal.party}, version.date).get(proposal.party)
    messages.success(
        request, f"Proposal {proposal.pk} ({author or proposal.party}) recorded on {version.label}."
    )
    return redirect("portal:negotiation", code=process.code)


@require_POST
@focal_point_required
def stance(request, code, pk, stance):
    process = _visible_process(request, code)
    try:
        proposal = negotiations.get_proposal(process, pk)
    except PlenipoError as exc:
        raise Http404(str(exc)) from None
    try:
        text_services.take_stance(
            proposal=proposal, party=request.POST.get("party", ""), stance=stance, by=request.user
        )
    except NotFound as exc:  # on a version kept to the secretariat: as if it did not exist
        raise Http404(str(exc)) from None
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        verb = "supports" if stance == "support" else "objects to"
        messages.success(request, f"{request.POST['party']} {verb} proposal {proposal.pk}.")
    return redirect("portal:negotiation", code=process.code)
