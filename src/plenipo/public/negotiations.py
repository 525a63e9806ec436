"""The public pages of negotiations whose visibility is public: the process, the text of
each version with its downloads (text, DOCX, PDF with line numbers, Akoma Ntoso), the
differences between two versions and the outcome. Proposals are for the parties alone:
they are not shown here. Any other process is a 404, as one that does not exist."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.negotiations import exporters
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.diff import Change, diff_versions
from plenipo.negotiations.payloads import process_payload, version_detail_payload
from plenipo.ops.pagecache import public_page

DOWNLOADS = {
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xml": "application/akn+xml",
}


def _public_process(code):
    try:
        return negotiations.get_process(code, user=None, system=False)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def _version(process, label):
    try:
        return negotiations.get_version_for(process, label, None)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@public_page
def process_list(request):
    processes = negotiations.processes_listed_for(None)
    return render(request, "public/negotiation_list.html", {"processes": processes})


@public_page
def process_detail(request, code):
    process = _public_process(code)
    return render(
        request,
        "public/negotiation_detail.html",
        {
            "process": process,
            "payload": process_payload(process, versions=negotiations.versions_for(process, None)),
        },
    )


@public_page
def version_detail(request, code, label):
    process = _public_process(code)
    version = _version(process, label)
    labels = [v.label for v in negotiations.versions_for(process, None)]
    context = {
        "process": process,
        "version": version,
        "text": version_detail_payload(version),
        "others": [other for other in labels if other != version.label],
    }
    return render(request, "public/negotiation_version.html", context)


def version_file(request, code, label, fmt):
    process = _public_process(code)
    version = _version(process, label)
    if fmt not in DOWNLOADS:
        raise Http404(f"no {fmt} download: txt, docx, pdf or xml (Akoma Ntoso)")
    try:
        content = {
            "txt": lambda: exporters.version_txt(version).encode("utf-8"),
            "docx": lambda: exporters.version_docx(version),
            "pdf": lambda: exporters.version_pdf(version),
            "xml": lambda: exporters.version_akn(version).encode("utf-8"),
        }[fmt]()
    except InvalidInput as exc:  # Akoma Ntoso names a document by its symbol
        raise Http404(str(exc)) from None
    response = HttpResponse(content, content_type=DOWNLOADS[fmt])
    name = f"{process.code}-{version.label}.{fmt}".replace(" ", "-")
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@public_page
def version_diff(request, code):
    """``?from=LABEL&to=LABEL``: paragraph by paragraph, with word-level changes."""
    process = _public_process(code)
    old_label, new_label = request.GET.get("from", ""), request.GET.get("to", "")
    if not old_label or not new_label:
        labels = [v.label for v in negotiations.versions_for(process, None)]
        if len(labels) < 2:
            raise Http404(f"{process.code} has fewer than two versions to compare")
        old_label, new_label = old_label or labels[-2], new_label or labels[-1]
    old, new = _version(process, old_label), _version(process, new_label)
    old_text, new_text = negotiations.pure_version(old), negotiations.pure_version(new)
    result = diff_versions(old_text, new_text)
    rows = [
        {
            "change": entry.change.value,
            "old_label": entry.old_label,
            "new_label": entry.new_label,
            "words": entry.words,
            "text": (
                new_text.paragraph(entry.new_id).text
                if entry.new_id
                else old_text.paragraph(entry.old_id).text
            ),
        }
        for entry in result.paragraphs
    ]
    context = {
        "process": process,
        "old": old,
        "new": new,
        "rows": rows,
        "renumbered": sorted(result.renumbering.items()),
        "counts": {c.value: len(result.of_change(c)) for c in Change},
        "labels": [v.label for v in negotiations.versions_for(process, None)],
    }
    return render(request, "public/negotiation_diff.html", context)
