"""A received file's text: plain text, PDF, DOCX, e-mail, or a scan through Tesseract."""

from __future__ import annotations

import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from plenipo.reading.html_text import html_text

MAX_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_PAGES = 60
OCR_SECONDS = 120
OCR_HINT = (
    "install Tesseract to read scans "
    "(apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa)"
)


class ReadError(ValueError):
    """A file that cannot be read, with the reason."""


# The kinds of file the reader reads, as said to whoever sends it another.
READ_KINDS = (
    "text, a web page (HTML), PDF, Word (.docx), e-mail (.eml) or a scan (PDF, PNG, JPEG, TIFF)"
)

# A drawing or another XML document is no letter, whatever its name, by what it begins with,
# and by a name that says it is one whatever it holds. An HTML page is read as the text a
# browser shows of it (its file is only ever downloaded, never shown as a page).
DRAWING = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:\?xml\b|!doctype\s+svg\b|svg\b)",
    re.IGNORECASE | re.DOTALL,
)
DRAWING_ENDINGS = (".svg", ".svgz", ".xml")
PAGE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html\b|html\b|head\b|body\b)",
    re.IGNORECASE | re.DOTALL,
)
PAGE_ENDINGS = (".html", ".htm", ".xhtml", ".shtml")


def _refuse_drawing(name: str, data: bytes) -> None:
    if name.lower().endswith(DRAWING_ENDINGS) or DRAWING.match(data[:4096]):
        raise ReadError(
            f"{name} is a drawing or an XML document (SVG or XML), not a letter the reader "
            f"reads; it reads {READ_KINDS}"
        )


def _is_page(name: str, data: bytes) -> bool:
    return name.lower().endswith(PAGE_ENDINGS) or bool(PAGE.match(data[:4096]))


def read_path(path) -> tuple[str, str]:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot open {path.name}: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise ReadError(
            f"{path.name} is {size / 1_048_576:.0f} MB; the limit is {MAX_BYTES // 1_048_576} MB"
        )
    return read_bytes(path.name, path.read_bytes())


def read_bytes(name: str, data: bytes, *, depth: int = 0) -> tuple[str, str]:
    """(text, kind) of one file; ReadError naming what is wrong."""
    if len(data) > MAX_BYTES:
        raise ReadError(
            f"{name} is {len(data) / 1_048_576:.0f} MB; the limit is {MAX_BYTES // 1_048_576} MB"
        )
    if not data.strip():
        raise ReadError(f"{name} is empty")
    _check_named_kind(name, data)
    _refuse_drawing(name, data)
    if data.startswith(b"%PDF"):
        return _pdf(name, data), "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _docx(name, data), "docx"
    if data.startswith(IMAGE_STARTS):
        return _ocr_image(name, data), "image"
    text = _decode(name, data)
    if _is_page(name, data):
        return html_text(text), "html"
    if depth == 0 and (
        name.lower().endswith(".eml")
        or re.match(
            r"(?:(?:Return-Path|Received|From|To|Subject|Date|MIME-Version|Message-ID):[^\n]*\n){2,}",
            text[:2000],
            re.IGNORECASE,
        )
    ):
        return _email(name, data), "email"
    return text, "text"


# What a file named as a PDF, a Word document or an image begins with: a file whose name
# says one kind and whose content is another (an HTML page saved as "x.pdf") is refused
# rather than read as what it is not.
NAMED_KINDS = {
    ".pdf": ((b"%PDF",), "a PDF"),
    ".docx": ((b"PK\x03\x04",), "a Word document (.docx)"),
}
# an image named as another kind of image is still read as the image it is
IMAGE_STARTS = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
NAMED_KINDS |= dict.fromkeys((".png", ".jpg", ".jpeg", ".tif", ".tiff"), (IMAGE_STARTS, "an image"))


def _check_named_kind(name: str, data: bytes) -> None:
    ending = "." + name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if ending in NAMED_KINDS:
        starts, kind = NAMED_KINDS[ending]
        if not data.lstrip(b"\x00\t\n\r ").startswith(starts):
            raise ReadError(f"{name} is named as {kind} but is not one: save it again as {kind}")


TEXT_ENDINGS = (".txt", ".text")
OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of .doc, .xls, .msg


def _decode(name, data: bytes) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if data.startswith(OLD_WORD):
        raise ReadError(f"{name} is a Word 97-2003 file; save it as .docx or PDF")
    # A text in an encoding without a byte-order mark never holds a NUL byte: a program,
    # an archive or an image the reader does not know does, near its start.
    if b"\x00" in data[:4096]:
        if name.lower().endswith(TEXT_ENDINGS):
            # Named as text: the sender should hear what is wrong with it, not what is read.
            position = data.index(b"\x00")
            raise ReadError(
                f"{name} contains binary data (a NUL byte at position {position}): not a text file"
            )
        raise ReadError(f"{name} looks like binary data, not a letter")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:4000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:4000]) // 50):
        raise ReadError(f"{name} looks like binary data, not a letter")
    return text


def _pdf(name, data) -> str:
    from pypdf import PdfReader  # noqa: PLC0415
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReadError(f"{name} is an encrypted PDF; ask for an unprotected copy")
        pages = reader.pages[:MAX_PAGES]
        text = "\n".join((page.extract_text() or "") for page in pages)
    except ReadError:
        raise
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
    ) as exc:
        raise ReadError(f"{name} is not a readable PDF ({type(exc).__name__})") from None
    if len(text.strip()) < 20:
        return _ocr_pdf(name, data)
    return text


def _docx(name, data) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ReadError(f"{name} is a damaged ZIP/DOCX file") from None
    if "word/document.xml" not in names:
        raise ReadError(f"{name} is a ZIP archive, not a Word document")
    if total > MAX_DOCX_UNCOMPRESSED:
        raise ReadError(f"{name} unpacks to {total / 1_048_576:.0f} MB; refused (a ZIP bomb?)")
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(f"{name} is not a readable Word document ({type(exc).__name__})") from None
    # paragraphs and tables in the order the page shows them (a table of contacts stands
    # above the closing formula, not after the addressee's block)
    parts = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = ["\t".join(cell.text for cell in row.cells) for row in block.rows]
            parts.append(("table", "\n".join(rows)))
        else:
            parts.append(("paragraph", block.text))
    return docx_text(parts)


# A paragraph this long is running text, not a line of an address, a list or a signature.
RUNNING_TEXT = 70


def docx_text(parts) -> str:
    """A Word document's paragraphs and tables (``(kind, text)``) as a plain-text letter
    writes them. Word sets paragraphs apart by spacing, not by empty paragraphs, so a blank
    line goes beside a paragraph of running text and around a table, as a typed letter has
    it; none between the short paragraphs of an address, a list or a signature block."""
    lines, previous_kind = [], None
    for kind, text in parts:
        previous = lines[-1] if lines else ""
        if previous.strip() and text.strip():
            a_table = "table" in (kind, previous_kind)
            if a_table or max(len(previous), len(text)) >= RUNNING_TEXT:
                lines.append("")
        lines.append(text)
        previous_kind = kind
    return "\n".join(lines)


def _email(name, data) -> str:
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = []
    for header in ("From", "To", "Date", "Subject"):
        if message[header]:
            parts.append(f"{header}: {message[header]}")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        if body.get_content_type() == "text/html":
            content = html_text(content)
        parts.append(content)
    for attachment in message.iter_attachments():
        payload = attachment.get_payload(decode=True) or b""
        filename = attachment.get_filename() or "attachment"
        try:
            text, _ = read_bytes(filename, payload, depth=1)
        except ReadError as exc:
            parts.append(f"[attachment {filename}: {exc}]")
        else:
            parts.append(f"\n--- Attachment: {filename} ---\n{text}")
    return "\n".join(parts)


def _tesseract():
    return shutil.which("tesseract")


def _ocr_image(name, data) -> str:
    if not _tesseract():
        raise ReadError(f"{name} is an image; {OCR_HINT}")
    _refuse_unless_image(name, data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan"
        path.write_bytes(data)
        return _run_tesseract(name, path)


def _refuse_unless_image(name, data) -> None:
    """Tesseract takes a file it cannot decode as an image for a list of files to read, one
    path a line: only what decodes as an image, and not a decompression bomb, reaches it."""
    from PIL import Image  # noqa: PLC0415 -- only scans need it

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except Image.DecompressionBombError:
        raise ReadError(f"{name} is an image too large to read") from None
    except Exception:  # Pillow's decoders raise many kinds; all mean the same
        raise ReadError(f"{name} is not a readable image") from None


def _ocr_pdf(name, data) -> str:
    if not (_tesseract() and shutil.which("pdftoppm")):
        raise ReadError(f"{name} has no text layer (a scan?); {OCR_HINT}")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "scan.pdf"
        pdf.write_bytes(data)
        try:
            subprocess.run(
                ["pdftoppm", "-r", "200", "-l", "10", "-png", str(pdf), str(Path(folder) / "page")],
                check=False,
                capture_output=True,
                timeout=OCR_SECONDS,
            )
        except subprocess.TimeoutExpired:
            raise ReadError(f"{name}: the scanned pages could not be rendered in time") from None
        pages = sorted(Path(folder).glob("page*.png"))
        if not pages:
            raise ReadError(f"{name}: the scanned pages could not be rendered")
        return "\n".join(_run_tesseract(name, page) for page in pages)


def _run_tesseract(name, path) -> str:
    result = _tesseract_on(name, path, "-l", "eng+fra+spa")
    if result.returncode != 0:
        # The language packs may be missing: try English only before giving up.
        result = _tesseract_on(name, path)
    if result.returncode != 0:
        raise ReadError(f"{name}: OCR failed ({result.stderr.strip()[:120]})")
    return paragraphs_rejoined(result.stdout)


# A line that ends in the middle of a sentence: on a word, a comma or a hyphen.
ENDS_MID_SENTENCE = re.compile(r"[\w,\-–]\s*$")
FULL_LINE = 0.7


def paragraphs_rejoined(text: str) -> str:
    """Tesseract's text without the blank lines it puts inside a paragraph: a blank line
    under a line that fills most of the page's width and ends in the middle of a sentence
    ("… the United Nations Convention against Transnational" / "" / "Organized Crime by 20
    November 2026.") is no break between paragraphs. A heading in capitals keeps its own."""
    lines = text.split("\n")
    widest = max((len(line.rstrip()) for line in lines), default=0)
    kept = []
    for index, line in enumerate(lines):
        above = kept[-1] if kept else ""
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            not line.strip()
            and len(above.rstrip()) >= max(40, FULL_LINE * widest)
            and ENDS_MID_SENTENCE.search(above)
            and not above.isupper()
            and below[:1].isalnum()
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def _tesseract_on(name, path, *options):
    try:
        return subprocess.run(
            [_tesseract(), str(path), "-", *options],
            capture_output=True,
            # its messages about a damaged file may quote the file's bytes
            encoding="utf-8",
            errors="replace",
            timeout=OCR_SECONDS,
            check=False,
            # one thread per page: a server reads several letters at once, and Tesseract's own
            # threads then only compete for the same cores (twice as slow on a busy machine)
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired:
        raise ReadError(f"{name}: OCR gave up after {OCR_SECONDS} seconds a page") from None
