"""Checking uploaded files by their content, not their name. Pure."""

import io
import re
import unicodedata
import zipfile

from plenipo.core.errors import InvalidInput

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
KINDS = {
    "pdf": "PDF",
    "docx": "Word document (DOCX)",
    "png": "PNG image",
    "jpeg": "JPEG image",
}
# The endings a file of each kind may keep; the first is added to a name that has none of them.
SUFFIXES = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "png": (".png",),
    "jpeg": (".jpg", ".jpeg"),
}


class UploadError(InvalidInput, ValueError):
    pass


def _too_big(name: str, size: int, max_bytes: int) -> str:
    return f"{name} is {size / 1_048_576:.1f} MB; the limit is {max_bytes // 1_048_576} MB"


def read_upload(upload, *, max_bytes: int = MAX_UPLOAD_BYTES) -> bytes:
    """The bytes of an uploaded file (anything with ``name``, ``size`` and ``read``), refused
    by its size before any of it is read into memory: a large upload waits on disk, and
    reading it whole only to refuse it would put it in every worker's memory."""
    name = getattr(upload, "name", None) or "the file"
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise UploadError(_too_big(name, size, max_bytes))
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UploadError(_too_big(name, len(data), max_bytes))
    return data


def sniff(head: bytes, data: bytes | None = None) -> str | None:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04") and data is not None:
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return "docx"
    return None


def check_upload(
    name: str, data: bytes, *, allowed=("pdf", "docx", "png", "jpeg"), max_bytes=MAX_UPLOAD_BYTES
) -> str:
    """The file's kind, or UploadError naming what is wrong."""
    if len(data) > max_bytes:
        raise UploadError(_too_big(name, len(data), max_bytes))
    if not data:
        raise UploadError(f"{name} is empty")
    kind = sniff(data[:16], data)
    if kind not in allowed:
        accepted = ", ".join(KINDS[k] for k in allowed)
        raise UploadError(f"{name} is not an accepted file (accepted: {accepted})")
    return kind


# Letters, digits, dot, hyphen and underscore, in any script: nothing a path, a header or a
# shell reads as syntax.
UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


def safe_file_name(name: str, *, fallback: str, suffixes: tuple[str, ...] = ()) -> str:
    """``name`` as a file may be called on any disk and in a Content-Disposition header: its
    last path part, spaces as underscores, no control characters, quotes or separators, no
    leading dot, at most 100 characters; ``fallback`` when nothing is left. When
    ``suffixes`` are given and the name ends in none of them, the first is added (so that a
    text file called ``x.html`` is saved as ``x.html.txt``)."""
    last = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    cleaned = UNSAFE_IN_NAME.sub("_", last.strip()).strip("._")[:100] or fallback
    if suffixes and not cleaned.lower().endswith(suffixes):
        cleaned += suffixes[0]
    return cleaned


def stored_name(name: str, kind: str) -> str:
    """The name an upload of ``kind`` is kept and served under: ``safe_file_name`` ending as
    its content reads, so that a PDF sent as ``letter.html`` is served as a PDF
    (``letter.html.pdf``), never under a type a browser would run."""
    return safe_file_name(name, fallback="file", suffixes=SUFFIXES[kind])
