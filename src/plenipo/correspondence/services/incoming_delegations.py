"""The members of a delegation a received letter announces (``Reading.participants``),
added by the officer to the delegation of the letter's state (its sender, linked to the
registry) to the meeting the letter is linked to, or proposes, through the meetings app's
``letter_participants``; one decision for them all, under ``participants``, undone like
the items' decisions."""

from django.db import transaction

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.correspondence.models import IncomingLetter
from plenipo.correspondence.services.incoming import reading_of, record_decision
from plenipo.correspondence.services.incoming_links import decided_links
from plenipo.correspondence.services.letter_venues import matching_meeting
from plenipo.correspondence.transitions import UNDECIDED
from plenipo.meetings.models import Meeting, ParticipantRole
from plenipo.meetings.services.letter_participants import add_from_letter, undo_from_letter
from plenipo.registry.queries import get_state

KEY = "participants"
# The roles of a delegation's participants; a member the letter gives no role, or calls a
# member or delegate, is entered as an adviser (the officer changes it on its page), and
# the decision says so.
ROLES = {"head": ParticipantRole.HEAD, "alternate": ParticipantRole.ALTERNATE}
NOT_STATED_AS = ParticipantRole.ADVISER


def sender_state(letter, reading=None):
    """The state the letter's sender speaks for, as linked to the registry (by the
    officer, or computed with confidence); None when it is not linked."""
    links = decided_links(letter, reading)
    for row in links["correspondents"]:
        if row["role"] != "From":
            continue
        for match in row["links"]:
            if match["kind"] != "state":
                continue
            decided = match["decision"]
            if decided:
                return get_state(decided["code"]) if decided["status"] == "linked" else None
            return get_state(match["code"]) if match["status"] == "linked" else None
    return None


def letter_meetings(letter, reading=None) -> list[Meeting]:
    """The recorded meetings the letter is linked to (its meetings accepted or linked),
    else those its undecided meetings match (proposed), in the letter's order."""
    reading = reading or reading_of(letter)
    decided = [
        d.get("meeting")
        for key, d in (letter.decisions or {}).items()
        if key.startswith("meetings/") and d.get("meeting")
    ]
    found = {m.pk: m for m in Meeting.objects.filter(pk__in=decided)}
    meetings = [found[pk] for pk in dict.fromkeys(decided) if pk in found]
    if meetings:
        return meetings
    proposed = []
    for index, item in enumerate(reading.meetings):
        if f"meetings/{index}" not in letter.decisions and (match := matching_meeting(item)):
            proposed.append(match)
    return list({m.pk: m for m in proposed}.values())


def proposal(letter, reading=None) -> dict:
    """What the review page offers: the state, the meetings to choose from, and why
    nothing can be added (one line) when that is so."""
    reading = reading or reading_of(letter)
    state = sender_state(letter, reading)
    meetings = letter_meetings(letter, reading)
    why = None
    if not reading.participants:
        why = "the letter names no members of a delegation"
    elif state is None:
        why = "the sender's state is not linked to the registry: link it under “Who”"
    elif not meetings:
        why = "the letter is linked to no recorded meeting: accept or link its meeting first"
    return {"state": state, "meetings": meetings, "why_not": why}


def _people(reading, head):
    """The letter's members as a delegation's participants; ``head``: the index of the
    one the officer makes head where the letter names none."""
    people, not_stated = [], []
    for index, person in enumerate(reading.participants):
        role = ROLES.get(person.role, NOT_STATED_AS)
        if head is not None and index == head:
            role = ParticipantRole.HEAD
        elif role == NOT_STATED_AS and person.role != "adviser":
            not_stated.append(person.name)
        people.append(
            {
                "role": role,
                "name": person.name,
                "title": (person.title or "")[:200],
                "email": person.email or "",
                "phone": "",
            }
        )
    return people, not_stated


def _head_index(reading, head):
    if head in (None, ""):
        return None
    try:
        index = int(head)
    except (TypeError, ValueError):
        raise InvalidInput(f"bad head {head!r}: give the number of a member") from None
    if not 0 <= index < len(reading.participants):
        raise InvalidInput(f"the letter names no member {index}")
    if any(p.role == "head" for p in reading.participants):
        raise InvalidInput("the letter names the head of delegation itself")
    return index


@transaction.atomic
def add_participants(*, letter, by, meeting=None, head=None) -> dict:
    """Add the letter's members to its state's delegation to ``meeting`` (one of
    ``letter_meetings``; may be left out when there is one), with ``head`` (a member's
    index) as head where the letter names none. Refused in one line when the letter
    names none, its state or its meeting is not linked, or the delegation refuses them.
    The decision (and its audit entry) records who was added and who was already there."""
    letter.decisions = _locked_decisions(letter)
    if letter.decisions.get(KEY):
        raise InvalidInput(f"{letter}: the delegation's members are already decided")
    reading = reading_of(letter)
    offered = proposal(letter, reading)
    if offered["why_not"]:
        raise InvalidInput(f"not added: {offered['why_not']}")
    meeting = _chosen_meeting(offered["meetings"], meeting)
    people, not_stated = _people(reading, _head_index(reading, head))
    state = offered["state"]
    done = add_from_letter(
        meeting=meeting,
        state=state,
        people=people,
        letter=letter.pk,
        source=f"Received letter {letter.pk} ({letter.name})"[:200],
        by=by,
    )
    decision = {"status": "added", "meeting": meeting.pk, "state": state.code, **done}
    decision |= {"as_adviser": not_stated} if not_stated else {}
    record_decision(letter, KEY, decision, by)
    return decision


def _chosen_meeting(meetings, meeting):
    if meeting is None:
        if len(meetings) > 1:
            raise InvalidInput("the letter names several recorded meetings: choose one")
        return meetings[0]
    pk = getattr(meeting, "pk", meeting)
    for candidate in meetings:
        if str(candidate.pk) == str(pk):
            return candidate
    raise InvalidInput(f"meeting {pk} is not one the letter is linked to")


@transaction.atomic
def reject_participants(*, letter, by) -> None:
    """The members are not to be added (the officer enters them otherwise, or not at all)."""
    letter.decisions = _locked_decisions(letter)
    if not reading_of(letter).participants:
        raise NotFound(f"{letter} names no members of a delegation")
    if letter.decisions.get(KEY):
        raise InvalidInput(f"{letter}: the delegation's members are already decided")
    record_decision(letter, KEY, {"status": "rejected"}, by)


@transaction.atomic
def undo_participants(*, letter, by) -> dict:
    """Undo the decision: the delegation as it was before (refused when it changed since),
    the decision reopened. ``{"undone": decision, "removed": in words}``."""
    letter.decisions = _locked_decisions(letter)
    decision = letter.decisions.get(KEY)
    if not decision:
        raise InvalidInput(f"{letter}: the delegation's members are not decided: nothing to undo")
    removed = ""
    if decision["status"] == "added":
        removed = undo_from_letter(
            delegation_pk=decision["delegation"],
            version=decision["version"],
            before=decision["before"],
            why=f"the decision on the delegation of received letter {letter.pk} was undone",
            by=by,
        )
    data = {"undone": decision, "removed": removed} if removed else {"undone": decision}
    record_decision(
        letter, KEY, {"status": UNDECIDED}, by, action="correspondence.incoming.reopened", data=data
    )
    return {"undone": decision, "removed": removed}


def _locked_decisions(letter):
    """The letter's decisions as stored, its row locked until the transaction ends (only its
    own row: PostgreSQL locks no outer join's nullable side)."""
    return IncomingLetter.objects.select_for_update(of=("self",)).get(pk=letter.pk).decisions
