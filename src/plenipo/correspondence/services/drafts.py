"""Editing a draft letter before it is approved: its subject, text and recipient."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.transitions import RefusedTransition
from plenipo.correspondence.models import Letter
from plenipo.correspondence.transitions import letter_edit_refusal

# What a draft's editor may change, as the fields are named on the letter.
EDITABLE = (
    "subject",
    "opening",
    "body",
    "closing",
    "recipient_name",
    "recipient_post",
    "recipient_address",
    "recipient_email",
)
WORDS = {
    "subject": "the subject",
    "opening": "the opening",
    "body": "the text",
    "closing": "the closing",
    "recipient_name": "the recipient's name",
    "recipient_post": "the recipient's post",
    "recipient_address": "the recipient's address",
    "recipient_email": "the recipient's e-mail address",
}


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
    checked = {name: _checked(name, value) for name, value in changes.items()}
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
