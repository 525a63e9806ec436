"""Editing a draft letter before it is approved: its date, place, subject, text, signatory
and recipient."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.core.transitions import RefusedTransition
from plenipo.correspondence.models import Letter
from plenipo.correspondence.transitions import letter_edit_refusal

# What a draft's editor may change, as the fields are named on the letter.
EDITABLE = (
    "date",
    "place",
    "subject",
    "opening",
    "body",
    "closing",
    "recipient_name",
    "recipient_post",
    "recipient_address",
    "recipient_email",
    "signatory_name",
)
WORDS = {
    "date": "the date",
    "place": "the place",
    "subject": "the subject",
    "opening": "the opening",
    "body": "the text",
    "closing": "the closing",
    "recipient_name": "the recipient's name",
    "recipient_post": "the recipient's post",
    "recipient_address": "the recipient's address",
    "recipient_email": "the recipient's e-mail address",
    "signatory_name": "the signatory",
}


def _checked_date(letter, value):
    """A day of the year the letter's reference was numbered in (the numbers run by year)."""
    try:
        day = parse_iso_day(value)
    except DateError as exc:
        raise InvalidInput(f"the date: {exc}") from None
    numbered = letter.date.year
    if letter.reference and day.year != numbered:
        raise InvalidInput(
            f"{letter.reference} was numbered in {numbered}: a letter dated in {day.year} "
            "is drafted again, to be numbered in that year"
        )
    return day


def _checked(name, value) -> str:
    value = check_text(Letter, name, "" if value is None else value, what=WORDS[name])
    value = value.strip() if name != "body" else value.strip("\n")
    if name == "body" and not value.strip():
        raise InvalidInput("the text of the letter cannot be left empty")
    if name == "recipient_email" and value:
        try:
            validate_email(value)
        except ValidationError:
            raise InvalidInput(f"{WORDS[name]} {value!r} is not an e-mail address") from None
    return value


@transaction.atomic
def edit_draft(*, letter, by, changes: dict) -> list[str]:
    """Change the draft's fields in ``changes`` (among ``EDITABLE``); refused, whole, once
    the letter is not a draft (``letter_edit_refusal``) or for a value that does not fit.
    The fields changed, recorded in the audit entry."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput(f"a letter has no {', '.join(unknown)} to edit")
    locked = Letter.objects.select_for_update().get(pk=letter.pk)
    refusal = letter_edit_refusal(locked.status)
    if refusal:
        raise RefusedTransition(f"{locked}: {refusal}")
    checked = {
        name: _checked_date(locked, value) if name == "date" else _checked(name, value)
        for name, value in changes.items()
    }
    changed = [
        name for name in EDITABLE if name in checked and checked[name] != getattr(locked, name)
    ]
    if not changed:
        return []
    for name in changed:
        setattr(locked, name, checked[name])
        setattr(letter, name, checked[name])
    locked.save(update_fields=changed)
    log_action(locked, "correspondence.letter.edited", by=by, data={"fields": changed})
    return changed
