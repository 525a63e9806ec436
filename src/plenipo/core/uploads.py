"""Checking uploaded files by their content, not their name. Pure."""

import io
import zipfile

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
KINDS = {
    "pdf": "PDF",
    "docx": "Word document (DOCX)",
    "png": "PNG image",
    "jpeg": "JPEG image",
}


class UploadError(ValueError):
    pass


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
        raise UploadError(
            f"{name} is {len(data) / 1_048_576:.1f} MB; the limit is {max_bytes // 1_048_576} MB"
        )
    if not data:
        raise UploadError(f"{name} is empty")
    kind = sniff(data[:16], data)
    if kind not in allowed:
        accepted = ", ".join(KINDS[k] for k in allowed)
        raise UploadError(f"{name} is not an accepted file (accepted: {accepted})")
    return kind
