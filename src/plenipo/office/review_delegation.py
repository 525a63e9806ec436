"""The review page's part on the members of a delegation a received letter announces:
the members read (name, title, role, e-mail: the page is the secretariat's alone), and the
decision to add them to the delegation of the sender's state to the meeting the letter is
linked to, to reject them, or to undo that (``incoming_delegations``)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.core.errors import PlenipoError
from plenipo.correspondence.services import incoming_delegations
from plenipo.office.inbox import CAN_READ

BAD_INPUT = 400


def delegation_context(letter, reading) -> dict:
    """What the page shows of the letter's members and the decision on them."""
    if not reading.participants:
        return {"participants": ()}
    decision = (letter.decisions or {}).get(incoming_delegations.KEY)
    offered = None if decision else incoming_delegations.proposal(letter, reading)
    return {
        "participants": reading.participants,
        "participants_decision": decision,
        "participants_offer": offered,
        "participants_head_named": any(p.role == "head" for p in reading.participants),
    }


@require_POST
@CAN_READ
def decide_delegation(request, pk):
    """Add the letter's members to the delegation, reject them, or undo the decision; a
    refusal is said on the page in one line, answered 400."""
    # review imports this module's context: imported when called, not when loaded
    from plenipo.office.review import received_or_404, review_page  # noqa: PLC0415

    letter = received_or_404(pk)
    try:
        said = _decided(request.POST, letter, request.user)
    except PlenipoError as exc:
        messages.error(request, f"Not done: {exc}")
        return review_page(request, letter, status=BAD_INPUT)
    messages.success(request, said)
    return redirect(f"{reverse('office:review', args=[letter.pk])}#participants")


def _decided(posted, letter, by) -> str:
    choice = posted.get("decision", "")
    if choice == "reopen":
        undone = incoming_delegations.undo_participants(letter=letter, by=by)
        removed = f"; {undone['removed']} undone" if undone.get("removed") else ""
        return f"Done: the delegation's members are undecided again{removed}."
    if choice == "reject":
        incoming_delegations.reject_participants(letter=letter, by=by)
        return "Done: the delegation's members are not added."
    if choice != "add":
        raise PlenipoError("choose “Add to the delegation”, “Reject” or “Undo”")
    decision = incoming_delegations.add_participants(
        letter=letter,
        by=by,
        meeting=posted.get("meeting") or None,
        head=posted.get("head") or None,
    )
    return added_message(decision)


def added_message(decision) -> str:
    said = f"Done: {', '.join(decision['added'])} added to the delegation."
    if decision.get("already"):
        said += f" Already in it, not added again: {', '.join(decision['already'])}."
    if decision.get("as_adviser"):
        said += (
            f" No role given by the letter, entered as adviser: "
            f"{', '.join(decision['as_adviser'])}."
        )
    if decision.get("flags"):
        said += f" Flagged: {'; '.join(decision['flags'])}."
    return said
