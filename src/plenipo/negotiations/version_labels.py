"""What a version's label may be: it names the version in lists, letters and its address
(``/versions/<label>/``), so it must be there, short, and without a slash."""

MAX_LENGTH = 60  # Version.label's column


class LabelError(ValueError):
    """A label no version may carry; the message names the problem in one line."""


def clean_label(label) -> str:
    """The label without its surrounding spaces, or LabelError."""
    text = str(label or "").strip()
    if not text:
        raise LabelError("a version needs a label, e.g. Zero draft or Rev.1")
    if len(text) > MAX_LENGTH:
        raise LabelError(f"a version label has at most {MAX_LENGTH} characters ({len(text)} given)")
    if "/" in text:
        raise LabelError(f"a version label cannot contain '/' ({text!r})")
    if any(not character.isprintable() for character in text):
        raise LabelError(f"a version label is one line of text ({text!r})")
    return text
