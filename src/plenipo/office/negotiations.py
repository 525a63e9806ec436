"""The office's negotiation screens, for the facilitators and the secretariat: the process,
drafts uploaded as versions, the compilation text with the proposals beside it and the
decisions on them, the next revision, the silence procedure.

Reads go through ``negotiations.queries``, writes through its services with
``by=request.user``. Every writing form carries the process's revision as read: when
someone else saved in between, the services refuse the save and the form comes back as typed.
"""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.negotiations import exporters
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.docx_import import read_draft
from plenipo.negotiations.payloads import process_payload
from plenipo.negotiations.services import silence as silence_services
from plenipo.negotiations.services import texts as text_services
from plenipo.negotiations.texts import TextError
from plenipo.office.negotiation_forms import (
    DECISIONS,
    BreakForm,
    DecideForm,
    ReviseForm,
    SilenceForm,
    UploadForm,
)

PERMISSION = "negotiations.change_process"
DOWNLOADS = {
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xml": "application/akn+xml",
}


def _process_or_404(code):
    try:
        return negotiations.get_process(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def _version_or_404(process, label):
    try:
        return negotiations.get_version(process, label)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@permission_required(PERMISSION, raise_exception=True)
def process_list(request):
    processes = negotiations.all_processes()
    return render(request, "office/negotiations.html", {"processes": processes})


@permission_required(PERMISSION, raise_exception=True)
def process_detail(request, code):
    return _render_process(request, _process_or_404(code))


def _render_process(request, process, status=200, **forms):
    labels = [v.label for v in negotiations.versions_of(process)]
    revision = {"revision": process.revision}
    context = {
        "process": process,
        "payload": process_payload(process),
        "upload_form": forms.get("upload_form") or UploadForm(initial=revision),
        "silence_form": forms.get("silence_form")
        or SilenceForm(
            versions=labels,
            initial={"timezone": process.timezone, "version": labels[-1] if labels else None},
        ),
        "break_form": forms.get("break_form") or BreakForm(),
    }
    return render(request, "office/negotiation.html", context, status=status)


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def version_upload(request, code):
    process = _process_or_404(code)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_process(request, process, status=400, upload_form=form)
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
        return _render_process(request, process, status=409, upload_form=form)
    except (PlenipoError, TextError) as exc:
        form.add_error(None, f"{name}: {exc}" if form.cleaned_data.get("file") else str(exc))
        return _render_process(request, process, status=400, upload_form=form)
    for warning in imported.warnings:
        messages.warning(request, warning)
    messages.success(request, f"Version {version.label}: {version.paragraphs.count()} paragraphs.")
    return redirect("office:negotiation-text", code=process.code, label=version.label)


@permission_required(PERMISSION, raise_exception=True)
def version_text(request, code, label):
    process = _process_or_404(code)
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


@permission_required(PERMISSION, raise_exception=True)
def compilation_file(request, code, label, fmt):
    process = _process_or_404(code)
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
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def decide(request, code, pk):
    process = _process_or_404(code)
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
        )
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Proposal {proposal.pk} ({proposal.party}): {decision}.")
    return redirect(back)


def _text_url(process, label):
    return reverse("office:negotiation-text", kwargs={"code": process.code, "label": label})


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def revise(request, code):
    process = _process_or_404(code)
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


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def silence_start(request, code):
    process = _process_or_404(code)
    labels = [v.label for v in negotiations.versions_of(process)]
    form = SilenceForm(request.POST, versions=labels)
    if form.is_valid():
        data = form.cleaned_data
        try:
            silence_services.start_silence(
                process=process,
                version=_version_or_404(process, data["version"]),
                until=data["until"],
                timezone=data["timezone"],
                by=request.user,
            )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return _render_process(request, process, status=400, silence_form=form)
    messages.success(request, f"{data['version']} is under silence until {data['until']}.")
    return redirect("office:negotiation", code=process.code)


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def silence_break(request, code):
    process = _process_or_404(code)
    form = BreakForm(request.POST, timezone=process.timezone)
    if form.is_valid():
        try:
            entry = silence_services.break_silence(
                process=process,
                party=form.cleaned_data["party"],
                at=form.cleaned_data["at"],
                by=request.user,
            )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return _render_process(request, process, status=400, break_form=form)
    messages.success(request, f"Silence on {entry.silence.version.label} broken by {entry.party}.")
    return redirect("office:negotiation", code=process.code)


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def circulate(request, code, label):
    process = _process_or_404(code)
    version = _version_or_404(process, label)
    try:
        text_services.circulate(version=version, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{version.label} is circulated to the parties.")
    return redirect("office:negotiation-text", code=process.code, label=version.label)
