"""Text refused, with one line, when it would not fit the model field it is for.

SQLite stores an over-long string without complaint; PostgreSQL refuses it with a database
error, which would reach the user as a server error. Services check what surfaces pass them
(forms check lengths, the API and hand-written POSTs do not), so the answer is the same
clear refusal on either database."""

from plenipo.core.errors import InvalidInput

# The largest number an integer column holds on every supported database (SQLite takes up
# to 2**63 - 1 and answers an OverflowError beyond; PostgreSQL's integer stops here).
LARGEST_INTEGER = 2_147_483_647


def check_text(model, field: str, value, *, what: str = "") -> str:
    """``value`` if it is plain text that fits ``model.field``; InvalidInput otherwise."""
    label = what or f"the {field}"
    if not isinstance(value, str) or "\x00" in value:
        raise InvalidInput(f"{label} is not plain text")
    limit = model._meta.get_field(field).max_length
    if limit is not None and len(value) > limit:
        raise InvalidInput(f"{label} is {len(value)} characters long (at most {limit})")
    return value
