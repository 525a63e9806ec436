"""Compilation texts as plain text, DOCX (python-docx) and PDF with line numbers
(WeasyPrint, as letters are); versions as Akoma Ntoso; the letter announcing the next
consultations."""

from __future__ import annotations

import dataclasses
import io
import textwrap

from django.template.loader import render_to_string

from plenipo.core.errors import InvalidInput
from plenipo.negotiations.akn import NOT_STATED, AknError, body_author, to_akn
from plenipo.negotiations.compile import Compilation, compile_text
from plenipo.negotiations.queries import (
    author_body,
    history_of,
    is_agreed,
    open_proposals,
    pure_proposal,
    pure_version,
)
from plenipo.negotiations.texts import number_of, render_text


def compilation_of(process, version, *, circulated_only=False) -> Compilation:
    """``version`` with every pending proposal of the process bracketed and attributed
    (``circulated_only``: those made on versions the parties have seen)."""
    proposals = open_proposals(process, circulated_only=circulated_only)
    pure = pure_version(version)
    # A draft uploaded without a title line is the process's text all the same.
    return compile_text(
        dataclasses.replace(pure, title=pure.title or process.title),
        [pure_proposal(p) for p in proposals],
        history=history_of(process),
        agreed=is_agreed(process, version),
    )


def compilation_docx(compilation: Compilation) -> bytes:
    from docx import Document  # slow to import; only when asked for

    version = compilation.version
    document = Document()
    document.add_heading(f"{version.title or 'Untitled'} — compilation of {version.label}", 1)
    if version.formula:
        document.add_paragraph(version.formula)
    for paragraph in compilation.paragraphs:
        head = document.add_paragraph()
        head.add_run(f"{paragraph.label} — {paragraph.status.value}").bold = True
        if paragraph.conflicting:
            head.add_run(" (conflicting: " + ", ".join(paragraph.conflicting) + ")")
        body = f"{paragraph.number} {paragraph.text}" if paragraph.number else paragraph.text
        document.add_paragraph(body)
    if compilation.stale:
        document.add_paragraph("Stale proposals (not applied):")
        for placement in compilation.stale:
            document.add_paragraph(
                f"{placement.proposal.id} ({placement.proposal.by}): {placement.stale}",
                style="List Bullet",
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def compilation_pdf(compilation: Compilation) -> bytes:
    """A PDF whose every line carries its number, as negotiators cite them."""
    from weasyprint import HTML

    lines = compilation.render(line_numbers=False).splitlines()
    html = render_to_string(
        "negotiations/compilation.html",
        {"title": lines[0], "lines": list(enumerate(lines, start=1))},
    )
    return HTML(string=html).write_pdf()


def version_akn(version) -> str:
    """The version in Akoma Ntoso, its author the process's body ("not stated" where the
    records name none)."""
    body = author_body(version.process)
    author = body_author(body.code, body.names.get("en") or body.code) if body else NOT_STATED
    try:
        return to_akn(pure_version(version), author=author)
    except AknError as exc:
        raise InvalidInput(str(exc)) from None


def html_pdf(template: str, context: dict) -> bytes:
    from weasyprint import HTML

    return HTML(string=render_to_string(template, context)).write_pdf()


# -- a version's own text, without proposals (what the public site offers) -------------------


def version_txt(version) -> str:
    return render_text(pure_version(version))


def version_docx(version) -> bytes:
    from docx import Document  # slow to import; only when asked for

    pure = pure_version(version)
    document = Document()
    heading = pure.title or version.process.title
    document.add_heading(f"{heading} — {pure.label}", 1)
    if pure.symbol:
        document.add_paragraph(pure.symbol)
    if pure.formula:
        document.add_paragraph(pure.formula)
    for paragraph in pure.paragraphs:
        number = number_of(pure, paragraph.pid)
        document.add_paragraph(f"{number} {paragraph.text}" if number else paragraph.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def version_pdf(version) -> bytes:
    """The version's text with numbered lines, as the compilation's PDF is laid out."""
    from weasyprint import HTML

    lines = []
    for block in version_txt(version).split("\n\n"):
        lines.extend(textwrap.wrap(block, width=78) or [""])
        lines.append("")
    html = render_to_string(
        "negotiations/compilation.html",
        {"title": lines[0], "lines": list(enumerate(lines, start=1))},
    )
    return HTML(string=html).write_pdf()
