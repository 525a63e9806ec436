"""The office's negotiation screens, for the facilitators and the secretariat: the process,
drafts uploaded as versions, the compilation text with the proposals beside it and the
decisions on them, the next revision, the silence procedure.

Reads go through ``negotiations.queries``, writes through its services with
``by=request.user``. Every writing form carries the process's revision as read: when
someone else saved in between, the services refuse the save and the form comes back as typed.
"""

import datetime as dt

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import get_mandate
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.moments import moment_text
from plenipo.negotiations import exporters
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.cautions import NeedsConfirmation
from plenipo.negotiations.docx_import import read_draft
from plenipo.negotiations.payloads import process_payload
from plenipo.negotiations.services import notices as notice_services
from plenipo.negotiations.services import processes as process_services
from plenipo.negotiations.services import silence as silence_services
from plenipo.negotiations.services import texts as text_services
from plenipo.negotiations.texts import TextError
from plenipo.office.confirmations import ask_to_confirm
from plenipo.office.drafting import batch_url
from plenipo.office.negotiation_forms import (
    DECISIONS,
    BreakForm,
    CloseForm,
    DecideForm,
    NewProcessForm,
    NoticeForm,
    OutcomeForm,
    ReviseForm,
    SilenceForm,
    UploadForm,
)
from plenipo.office.negotiation_setup_forms import SETUP_STEPS, setup_forms
from plenipo.office.roles import office_permission
from plenipo.registry.queries import get_organization

PERMISSION = "negotiations.change_process"
DOWNLOADS = {
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xml": "application/akn+xml",
}


def process_or_404(code):
    try:
        return negotiations.get_process(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def _version_or_404(process, label):
    try:
        return negotiations.get_version(process, label)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@office_permission(PERMISSION)
def process_list(request):
    processes = negotiations.all_processes()
    return render(request, "office/negotiations.html", {"processes": processes})


@office_permission(PERMISSION)
def process_create(request):
    """Start a negotiation, as ``plenipo negotiation new`` does; then its page, where the
    first draft is uploaded."""
    form = NewProcessForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                process = process_services.create_process(
                    code=data["code"],
                    title=data["title"],
                    mandate=get_mandate(data["mandate"]) if data["mandate"] else None,
                    visibility=data["visibility"],
                    audience=get_organization(data["audience"]) if data["audience"] else None,
                    timezone=data["timezone"],
                    by=request.user,
                )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Started {process.code}: {process.title}.")
            return redirect("office:negotiation", code=process.code)
    status = 400 if form.errors else 200
    return render(request, "office/negotiation_new.html", {"form": form}, status=status)


@office_permission(PERMISSION)
def process_detail(request, code):
    return render_process(request, process_or_404(code))


def render_process(request, process, status=200, **forms):
    """The process page; ``forms`` are the forms sent back with their errors, by name."""
    payload = process_payload(process, user=request.user)
    context = {
        "process": process,
        "payload": payload,
        "silence_open": silence_services.open_silence(process) is not None,
        "upload_form": UploadForm(initial={"revision": process.revision}),
        "outcome_form": OutcomeForm(initial=_outcome_initial(process)),
        # the form is offered only when the services would take an adoption now
        "outcome_refusal": process_services.outcome_refusal(process),
    }
    context |= {f"{action}_form": form for action, form in _silence_forms(process).items()}
    context |= {f"{name}_form": form for name, form in setup_forms(process).items()}
    context |= forms
    # the text's forms refused, shown even when the forms are not (an adopted text's); the
    # setup forms are always shown, their errors with them
    setup = {f"{name}_form" for name in SETUP_STEPS}
    context["refused_forms"] = [form for name, form in forms.items() if name not in setup]
    return render(request, "office/negotiation.html", context, status=status)


def _outcome_initial(process) -> dict:
    if not process.outcome_symbol:
        return {"method": "consensus"}
    day = process.outcome_date
    return {
        "symbol": process.outcome_symbol,
        "date": day.day if day is not None and day.is_exact else None,
        "method": process.outcome_method or "consensus",
        "votes_for": process.votes_for,
        "votes_against": process.votes_against,
        "abstentions": process.abstentions,
    }


@require_POST
@office_permission(PERMISSION)
def version_upload(request, code):
    process = process_or_404(code)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_process(request, process, status=400, upload_form=form)
    data = form.cleaned_data
    name, content = form.draft()
    try:
        imported = read_draft(
            name, content, label=data["label"], date=data["date"], symbol=data["symbol"] or None
        )
        with transaction.atomic():
            version = text_services.import_version(
                process=process,
                imported=imported.version,
                expected_revision=data["revision"],
                circulated=not data["keep_to_secretariat"],
                by=request.user,
            )
    except text_services.ConcurrentEdit as exc:
        form.add_error(None, str(exc))
        return render_process(request, process, status=409, upload_form=form)
    except (PlenipoError, TextError) as exc:
        form.add_error(None, f"{name}: {exc}" if form.cleaned_data.get("file") else str(exc))
        return render_process(request, process, status=400, upload_form=form)
    for warning in imported.warnings:
        messages.warning(request, warning)
    count = version.paragraphs.count()
    messages.success(request, f"Version {version.label}: {count} paragraph{pluralize(count)}.")
    return redirect("office:negotiation-text", code=process.code, label=version.label)


@office_permission(PERMISSION)
def version_text(request, code, label):
    process = process_or_404(code)
    version = _version_or_404(process, label)
    return _render_text(request, process, version)


def _render_text(request, process, version, status=200, revise_form=None):
    latest = negotiations.latest_version(process)
    compilation = exporters.compilation_of(process, version)
    stored = negotiations.proposals_by_id(process)
    rows = side_by_side(compilation, stored, version)
    context = {
        "process": process,
        "version": version,
        "is_latest": latest is not None and latest.pk == version.pk,
        "rows": rows,
        "stale": [(s.stale, stored.get(s.proposal.id)) for s in compilation.stale],
        "revise_form": revise_form
        or ReviseForm(initial={"revision": process.revision, "base": version.label}),
        "revision": process.revision,
        "party_labels": negotiations.party_labels(stored.values(), day=version.date),
    }
    return render(request, "office/negotiation_text.html", context, status=status)


def side_by_side(compilation, by_id, version):
    """(paragraph, proposals beside it): pending ones as the compilation places them,
    those decided on ``version`` (not yet applied by a revision) beside the paragraph they
    act on. ``by_id``: the open proposals keyed by their id as text."""
    proposals = by_id.values()
    placed = {pid for row in compilation.paragraphs for pid in row.proposals}
    stale = {s.proposal.id for s in compilation.stale}
    decided = {}
    for proposal in proposals:
        key = str(proposal.pk)
        if key not in placed and key not in stale and proposal.made_on_id == version.pk:
            decided.setdefault(proposal.paragraph, []).append(proposal)
    return [
        (row, [by_id[i] for i in row.proposals if i in by_id] + decided.get(row.pid, []))
        for row in compilation.paragraphs
    ]


@office_permission(PERMISSION)
def compilation_file(request, code, label, fmt):
    process = process_or_404(code)
    version = _version_or_404(process, label)
    if fmt not in DOWNLOADS:
        raise Http404(f"no {fmt} download: txt, docx, pdf or xml (Akoma Ntoso)")
    if fmt == "xml":
        try:
            content = exporters.version_akn(version).encode("utf-8")
        except InvalidInput as exc:  # Akoma Ntoso names a document by its symbol
            raise Http404(str(exc)) from None
    else:
        compilation = exporters.compilation_of(process, version)
        content = {
            "txt": lambda: compilation.render(line_numbers=True).encode("utf-8"),
            "docx": lambda: exporters.compilation_docx(compilation),
            "pdf": lambda: exporters.compilation_pdf(compilation),
        }[fmt]()
    response = HttpResponse(content, content_type=DOWNLOADS[fmt])
    name = f"{process.code}-{version.label}-compilation.{fmt}".replace(" ", "-")
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@require_POST
@office_permission(PERMISSION)
def decide(request, code, pk):
    process = process_or_404(code)
    try:
        proposal = negotiations.get_proposal(process, pk)
    except PlenipoError as exc:
        raise Http404(str(exc)) from None
    form = DecideForm(request.POST)
    # Decisions are taken on the latest version's page, where a pending proposal is shown.
    latest = negotiations.latest_version(process)
    back = _text_url(process, latest.label) + f"#proposal-{proposal.pk}"
    if not form.is_valid():
        messages.error(request, "choose accept or reject, from the page as last read")
        return redirect(back)
    decision = DECISIONS[form.cleaned_data["decision"]]
    try:
        text_services.set_proposal_status(
            proposal=proposal,
            status=decision,
            expected_revision=form.cleaned_data["revision"],
            by=request.user,
            confirmed=_confirmed(request),
        )
    except NeedsConfirmation as exc:
        what = f"accept proposal {proposal.pk} ({proposal.party})"
        return ask_to_confirm(request, process=process, warning=exc, what=what, back=back)
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Proposal {proposal.pk} ({proposal.party}): {decision}.")
    return redirect(back)


def _confirmed(request) -> bool:
    """Whether the step was sent from the page asking to confirm it."""
    return request.POST.get("confirm") == "1"


def _text_url(process, label):
    return reverse("office:negotiation-text", kwargs={"code": process.code, "label": label})


@require_POST
@office_permission(PERMISSION)
def revise(request, code):
    process = process_or_404(code)
    form = ReviseForm(request.POST)
    if not form.is_valid():
        latest = negotiations.latest_version(process)
        if latest is None:
            messages.error(request, f"{process.code} has no version to revise")
            return redirect("office:negotiation", code=process.code)
        return _render_text(request, process, latest, status=400, revise_form=form)
    data = form.cleaned_data
    base = _version_or_404(process, data["base"])
    try:
        version = text_services.issue_revision(
            process=process,
            base=base,
            label=data["label"],
            date=data["date"],
            symbol=data["symbol"] or None,
            expected_revision=data["revision"],
            circulated=not data["keep_to_secretariat"],
            by=request.user,
        )
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        status = 409 if isinstance(exc, text_services.ConcurrentEdit) else 400
        process.refresh_from_db()
        return _render_text(request, process, base, status=status, revise_form=form)
    messages.success(request, f"{version.label} issued from {base.label}.")
    return redirect("office:negotiation-text", code=process.code, label=version.label)


def _silence_forms(process, data=None) -> dict:
    """The silence procedure's forms by action, bound to ``data`` when given."""
    # a silence runs on the current version only (``start_silence``)
    current = negotiations.latest_version(process)
    labels = [current.label] if current else []
    silences = [{"id": s.pk, "version": s.version.label} for s in negotiations.silences_of(process)]
    start_initial = {"timezone": process.timezone, "version": labels[-1] if labels else None}
    return {
        "start": SilenceForm(data, versions=labels, initial=start_initial),
        "break": BreakForm(data, timezone=silence_services.zone_of_breaks(process)),
        "close": CloseForm(data),
        "notice": NoticeForm(
            data,
            silences=silences,
            places=notice_services.missions_places(),
            initial={"kind": "start", "place": notice_services.suggested_missions_place(process)},
        ),
    }


def _start_silence(request, process, data):
    silence_services.start_silence(
        process=process,
        version=_version_or_404(process, data["version"]),
        until=data["until"],
        timezone=data["timezone"],
        by=request.user,
        confirmed=_confirmed(request),
    )
    until = f"{moment_text(data['until'])}, {data['timezone']}"
    messages.success(request, f"{data['version']} is under silence until {until}.")


def _break_silence(request, process, data):
    entry = silence_services.break_silence(
        process=process, party=data["party"], at=data["at"], by=request.user
    )
    messages.success(request, f"Silence on {entry.silence.version.label} broken by {entry.party}.")


def _close_silence(request, process, data):
    now = dt.datetime.now(dt.UTC)
    silence = silence_services.close_silence(process=process, now=now, by=request.user)
    messages.success(request, f"Silence on {silence.version.label}: passed.")


def _draft_notice(request, process, data):
    """Draft the notes to the missions, then show them where drafts are approved and sent."""
    try:
        silence = negotiations.get_silence(process, data["silence"])
    except NotFound as exc:
        raise InvalidInput(str(exc)) from None
    result = notice_services.draft_silence_notice(
        silence=silence, kind=data["kind"], day=data["date"], place=data["place"], by=request.user
    )
    written = len(result.letters)
    messages.success(
        request, f"{written} draft notice{pluralize(written)} to the missions written."
    )
    for key, reason in result.refused:
        messages.error(request, f"{key}: {reason}")
    if result.undeliverable:
        messages.warning(request, "No address or e-mail for: " + ", ".join(result.undeliverable))
    template = result.letters[0].template.name
    return redirect(batch_url({"template": template, "date": data["date"].isoformat()}))


SILENCE_STEPS = {
    "start": _start_silence,
    "break": _break_silence,
    "close": _close_silence,
    "notice": _draft_notice,
}


@require_POST
@office_permission(PERMISSION)
def silence(request, code, action):
    """One step of the silence procedure: start it, record a break, record it passed, or
    draft the notice of its start or result to all missions."""
    process = process_or_404(code)
    if action not in SILENCE_STEPS:
        raise Http404(f"no silence step {action!r}: {', '.join(SILENCE_STEPS)}")
    form = _silence_forms(process, request.POST)[action]
    if form.is_valid():
        try:
            with transaction.atomic():
                response = SILENCE_STEPS[action](request, process, form.cleaned_data)
        except NeedsConfirmation as exc:
            what = f"place {form.cleaned_data['version']} under silence"
            back = reverse("office:negotiation", args=[process.code])
            return ask_to_confirm(request, process=process, warning=exc, what=what, back=back)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return render_process(request, process, status=400, **{f"{action}_form": form})
    return response or redirect("office:negotiation", code=process.code)


@require_POST
@office_permission(PERMISSION)
def outcome(request, code):
    """Record the adopted text: its symbol, day and how it was adopted."""
    process = process_or_404(code)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            process_services.record_outcome(
                process=process,
                symbol=data["symbol"],
                date=data["date"].isoformat(),
                method=data["method"],
                votes_for=data["votes_for"],
                votes_against=data["votes_against"],
                abstentions=data["abstentions"],
                by=request.user,
            )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return render_process(request, process, status=400, outcome_form=form)
    messages.success(request, f"Outcome recorded: {data['symbol']}, {data['date']}.")
    return redirect("office:negotiation", code=process.code)


@require_POST
@office_permission(PERMISSION)
def circulate(request, code, label):
    process = process_or_404(code)
    version = _version_or_404(process, label)
    try:
        text_services.circulate(version=version, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{version.label} is circulated to the parties.")
    return redirect("office:negotiation-text", code=process.code, label=version.label)
