"""Letters as plain text, PDF (WeasyPrint, from HTML), DOCX (python-docx) and ZIP."""

import io
import zipfile

from django.template.loader import render_to_string

from plenipo.correspondence.formulas import (
    Genre,
    continued,
    enclosures_heading,
    french_spacing,
    reference_line,
)


def paragraphs(letter) -> list[str]:
    """The body's paragraphs; a note verbale's first one continues its opening formula."""
    parts = [p.strip() for p in letter.body.split("\n\n") if p.strip()]
    if letter.genre == Genre.NOTE_VERBALE and letter.opening:
        first = parts[0] if parts else ""
        parts = [continued(letter.opening, first, letter.language).strip(), *parts[1:]]
    if letter.language == "fr":
        parts = [french_spacing(p) for p in parts]
    return parts


def _enclosure_lines(letter):
    return [
        e.description + (f" ({_day(letter, e.date)})" if e.date else "")
        for e in letter.enclosures.all()
    ]


def letter_text(letter) -> str:
    lines = []
    if letter.reference:
        lines += [reference_line(letter.reference, letter.language), ""]
    if letter.genre != Genre.NOTE_VERBALE:
        lines += [f"{letter.place}, {_day(letter)}", ""]
        lines += [letter.opening, ""]
    for paragraph in paragraphs(letter):
        lines += [paragraph, ""]
    lines += [letter.closing, ""]
    if letter.genre == Genre.NOTE_VERBALE:
        lines += [f"{letter.place}, {_day(letter)}", ""]
    elif letter.signatory_name:
        lines += [letter.signatory_name, ""]
    lines += [
        line
        for line in (letter.recipient_name, letter.recipient_post, letter.recipient_address)
        if line
    ]
    enclosures = _enclosure_lines(letter)
    if enclosures:
        heading = enclosures_heading(len(enclosures), letter.language)
        lines += ["", heading, *[f"- {e}" for e in enclosures]]
    if letter.office.letterhead:
        lines += ["", letter.office.letterhead]
    return "\n".join(lines).rstrip() + "\n"


def _day(letter, day=None):
    from plenipo.correspondence.facts import day_text  # noqa: PLC0415

    return day_text(day or letter.date, letter.language)


def _html_item(letter) -> dict:
    enclosures = _enclosure_lines(letter)
    return {
        "letter": letter,
        "reference": reference_line(letter.reference, letter.language),
        "paragraphs": paragraphs(letter),
        "day": _day(letter),
        "enclosures": enclosures,
        "enclosures_heading": enclosures_heading(len(enclosures), letter.language),
        "note_verbale": letter.genre == Genre.NOTE_VERBALE,
    }


def letter_html(letters) -> str:
    """One HTML document, one letter per page group; every value is escaped by the template."""
    items = [_html_item(letter) for letter in letters]
    return render_to_string("correspondence/letters.html", {"items": items})


def letters_pdf(letters) -> list[bytes]:
    """One PDF per letter, laid out in a single WeasyPrint pass (fonts and styles once)."""
    from weasyprint import HTML

    letters = list(letters)
    if not letters:
        return []
    document = HTML(string=letter_html(letters)).render()
    first_page = {}  # a letter running over several pages carries its anchor on each
    for number, page in enumerate(document.pages):
        for anchor in page.anchors:
            if anchor.startswith("letter-"):
                first_page.setdefault(anchor, number)
    starts = sorted(first_page.values())
    ends = [*starts[1:], len(document.pages)]
    return [
        document.copy(document.pages[a:b]).write_pdf() for a, b in zip(starts, ends, strict=True)
    ]


def letter_pdf(letter) -> bytes:
    return letters_pdf([letter])[0]


def letter_docx(letter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    if letter.reference:
        document.add_paragraph(reference_line(letter.reference, letter.language))
    if letter.genre != Genre.NOTE_VERBALE:
        document.add_paragraph(
            f"{letter.place}, {_day(letter)}"
        ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        document.add_paragraph(letter.opening)
    for paragraph in paragraphs(letter):
        document.add_paragraph(paragraph)
    document.add_paragraph(letter.closing)
    if letter.genre == Genre.NOTE_VERBALE:
        document.add_paragraph(
            f"{letter.place}, {_day(letter)}"
        ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif letter.signatory_name:
        document.add_paragraph(letter.signatory_name)
    for line in (letter.recipient_name, letter.recipient_post, letter.recipient_address):
        if line:
            document.add_paragraph(line)
    enclosures = _enclosure_lines(letter)
    if enclosures:
        document.add_paragraph(enclosures_heading(len(enclosures), letter.language))
        for line in enclosures:
            document.add_paragraph(line, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_all(letters, fmt) -> list[tuple[object, bytes]]:
    letters = list(letters)
    if fmt == "txt":
        return [(letter, letter_text(letter).encode("utf-8")) for letter in letters]
    if fmt == "pdf":
        return list(zip(letters, letters_pdf(letters), strict=True))
    if fmt == "docx":
        return [(letter, letter_docx(letter)) for letter in letters]
    raise ValueError(f"unknown format {fmt!r} (use pdf, docx or txt)")


# The formats a single letter is downloaded in, with the type each is served as.
FILE_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def letter_file(letter, fmt) -> tuple[str, str, bytes]:
    """One letter as a file to download: (name, content type, content). ValueError for a
    format that is not one of ``FILE_TYPES``."""
    if fmt not in FILE_TYPES:
        raise ValueError(f"unknown format {fmt!r} (use pdf, docx or txt)")
    [(_, content)] = render_all([letter], fmt)
    name = (letter.reference or f"letter-{letter.pk}").replace("/", "-").replace(" ", "_")
    return f"{name}.{fmt}", FILE_TYPES[fmt], content


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
