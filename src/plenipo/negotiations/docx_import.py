"""Import a draft from a Word document. Pure (python-docx, no Django).

Word's automatic numbering is not part of the paragraph text: it lives in the paragraph's
(or its style's) numbering properties, ``w:numPr`` (a list id and a level), resolved through
the numbering part to a number format per level. Decimal numbering at the first level marks
operative paragraphs; letters (or roman numerals) at a deeper level mark sub-paragraphs.
Numbers typed by hand ("1. ...") are read as in plain text. A document with neither imports
as unnumbered paragraphs, with a warning.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from plenipo.negotiations.texts import (
    ANNEX,
    Block,
    Imported,
    TextError,
    build,
    classify,
    import_text,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A draft's parts unpacked, at most: a few megabytes of ZIP can unpack to gigabytes of XML
# (a ZIP bomb), which python-docx would parse whole in memory.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
SUB_FORMATS = {"lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


def import_docx(
    source,
    *,
    label: str,
    date: dt.date | None = None,
    symbol: str | None = None,
    title: str | None = None,
) -> Imported:
    """Read a draft from a .docx file (a path, a file object or bytes)."""
    # python-docx is imported here, not at module level: it is slow to import.
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if isinstance(source, bytes):
        source = io.BytesIO(source)
    _check_unpacked_size(source)
    try:
        document = docx.Document(source)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise TextError(f"not a readable Word document: {error}") from None
    formats = _level_formats(document)
    blocks, counters = [], {}
    for index, paragraph in enumerate(document.paragraphs, start=1):
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        level = _numbering(paragraph, formats)
        if level is None or ANNEX.match(text):
            blocks.append(classify(text, index))
            continue
        blocks.append(_numbered_block(text, index, level, counters))
    warnings = []
    numbered = any(b.form in {"numbered", "lettered"} for b in blocks)
    if not numbered:
        warnings.append(
            "no recognisable paragraph numbering (neither Word numbering nor typed numbers); "
            f"imported {len(blocks)} unnumbered paragraphs"
        )
    if not blocks:
        raise TextError("the document has no text")
    return build(blocks, label=label, date=date, symbol=symbol, title=title, warnings=warnings)


def _numbered_block(text: str, line: int, level, counters: dict) -> Block:
    num_id, ilvl, number_format = level
    key = (num_id, ilvl)
    counters[key] = counters.get(key, 0) + 1
    for deeper in [k for k in counters if k[0] == num_id and k[1] > ilvl]:
        del counters[deeper]
    if ilvl > 0 and number_format in SUB_FORMATS:
        letter = chr(ord("a") + (counters[key] - 1) % 26)
        return Block("lettered", text, printed=letter, line=line)
    if number_format == "decimal":
        return Block("numbered", text, printed=str(counters[key]), line=line)
    return classify(text, line)  # bullets and other formats carry no paragraph number


def _level_formats(document) -> dict[tuple[str, int], str]:
    """(numId, level) → number format ("decimal", "lowerLetter", "bullet", ...)."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {}
    for node in numbering.iter(f"{W}abstractNum"):
        levels = {}
        for lvl in node.iter(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            levels[int(lvl.get(f"{W}ilvl"))] = fmt.get(f"{W}val") if fmt is not None else ""
        abstract[node.get(f"{W}abstractNumId")] = levels
    formats = {}
    for num in numbering.iter(f"{W}num"):
        abstract_id = num.find(f"{W}abstractNumId")
        if abstract_id is None:
            continue
        for ilvl, number_format in abstract.get(abstract_id.get(f"{W}val"), {}).items():
            formats[(num.get(f"{W}numId"), ilvl)] = number_format
    return formats


def _numbering(paragraph, formats):
    """(numId, level, format) from the paragraph or, failing that, its styles; or None."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for properties in candidates:
        if properties is None or properties.numPr is None:
            continue
        num_pr = properties.numPr
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        if num_id is None or str(num_id) == "0":  # numId 0 switches numbering off
            return None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return str(num_id), int(ilvl), formats.get((str(num_id), int(ilvl)), "")
    return None


def _check_unpacked_size(source) -> None:
    """Refuse a document whose parts unpack to more than ``MAX_UNPACKED_BYTES`` (the sizes
    its ZIP directory declares, which reading never goes beyond)."""
    try:
        with zipfile.ZipFile(source) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise TextError(f"not a readable Word document: {error}") from None
    finally:
        if hasattr(source, "seek"):
            source.seek(0)
    if unpacked > MAX_UNPACKED_BYTES:
        raise TextError(
            f"the document unpacks to {unpacked / 1_048_576:.0f} MB; "
            f"the limit is {MAX_UNPACKED_BYTES // 1_048_576} MB"
        )


def read_draft(name: str, data: bytes, *, label: str, date=None, symbol=None) -> Imported:
    """A draft uploaded as a file: a Word document by its name, anything else as UTF-8 text."""
    if name.lower().endswith(".docx"):
        return import_docx(data, label=label, date=date, symbol=symbol)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TextError(f"{name} is neither a Word document (.docx) nor UTF-8 text") from None
    return import_text(text, label=label, date=date, symbol=symbol)
