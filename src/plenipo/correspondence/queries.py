"""Reads of correspondence shared by the office, the API and the CLI."""

from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, Lower, Replace

from plenipo.core.errors import NotFound
from plenipo.core.listing import fold, words_q
from plenipo.core.uploads import safe_file_name
from plenipo.correspondence.models import (
    IncomingLetter,
    Letter,
    LetterStatus,
    LetterTemplate,
    Reply,
    SendingOffice,
    Task,
)
from plenipo.correspondence.transitions import TASK, TASK_DONE, TASK_OPEN, UNDECIDED
from plenipo.meetings.models import Delegation, Meeting
from plenipo.reading import ITEM_KINDS


def get_template(name) -> LetterTemplate:
    template = LetterTemplate.objects.select_related("office", "scheme").filter(name=name).first()
    if template is None:
        known = ", ".join(LetterTemplate.objects.values_list("name", flat=True))
        raise NotFound(f"unknown template {name!r} (known: {known})")
    return template


def all_templates():
    return LetterTemplate.objects.order_by("name")


# The general invitations, for a body that has no invitation of its own: each is written
# from an office of one organization (its template's office).
GENERAL_INVITATION = "meeting-invitation-"


def invitation_templates_for(meeting) -> list[LetterTemplate]:
    """The templates a meeting's invitations may be written from: those whose office belongs
    to the organization of the meeting's body, the body's own invitation first
    (``wg-tip-invitation-nv-en`` for the WG-TIP), then the general ones; none where the
    project has no invitation template for that organization."""
    own = f"{meeting.body.code.lower()}-invitation-"
    organization = meeting.body.organization_id
    if organization is None:
        return []
    found = LetterTemplate.objects.filter(
        Q(name__startswith=own) | Q(name__startswith=GENERAL_INVITATION),
        office__organization_id=organization,
    ).select_related("office", "scheme")
    return sorted(found, key=lambda t: (not t.name.startswith(own), t.name))


def invitation_template_for(meeting) -> LetterTemplate | None:
    """The template a meeting's invitations are written from by default (the first of
    ``invitation_templates_for``), or None."""
    return next(iter(invitation_templates_for(meeting)), None)


def get_office(code) -> SendingOffice:
    office = SendingOffice.objects.select_related("organization").filter(code=code).first()
    if office is None:
        known = ", ".join(SendingOffice.objects.order_by("code").values_list("code", flat=True))
        raise NotFound(f"unknown office {code!r} (known: {known})")
    return office


def offices_of(organization_id) -> list:
    """The sending offices recorded for an organization, by code."""
    return list(SendingOffice.objects.filter(organization_id=organization_id).order_by("code"))


def recent_letters(*, status=None, limit=200):
    """The latest letters first, each with its office, enclosures and ``reply_count``, in a
    constant number of queries."""
    letters = (
        Letter.objects.select_related("office", "instrument")
        .prefetch_related("enclosures")
        .annotate(reply_count=Count("replies"))
        .order_by("-date", "-pk")
    )
    if status:
        letters = letters.filter(status=status)
    return letters[:limit]


def queued_letter_ids() -> list[int]:
    """The letters waiting in the outbox, oldest first."""
    return list(
        Letter.objects.filter(status=LetterStatus.QUEUED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


LETTER_SEARCH = ("reference", "recipient_name", "recipient_post", "recipient_key", "subject")
RECEIVED_SEARCH = ("folded",)  # the name and text, accents and case aside


def letter_status_choices() -> list[tuple[str, str]]:
    return list(LetterStatus.choices)


def find_letters(*, q="", status="", start=None, end=None):
    """The letters of the office's list, latest first, narrowed by words of the reference,
    recipient or subject, a status and the letter's date; constant queries per page."""
    letters = (
        Letter.objects.select_related("office")
        .prefetch_related("enclosures")
        .annotate(reply_count=Count("replies"))
        .filter(words_q(q, LETTER_SEARCH))
        .order_by("-date", "-pk")
    )
    if status:
        letters = letters.filter(status=status)
    if start:
        letters = letters.filter(date__gte=start)
    if end:
        letters = letters.filter(date__lte=end)
    return letters


def find_received(*, q="", start=None, end=None):
    """Received letters, newest first, narrowed by words of the file name or text (accents
    and case aside: "reunion" finds "réunion" and the other way round) and the day
    received; each enclosure recorded from a letter is listed just after that letter, with
    it (``enclosed_in``) read in the same query."""
    letters = (
        IncomingLetter.objects.filter(words_q(fold(q), RECEIVED_SEARCH))
        .select_related("enclosed_in")
        .defer(
            "text",  # a list shows neither text: each may be long
            "folded",
            "enclosed_in__text",
            "enclosed_in__folded",
            "enclosed_in__reading",
            "enclosed_in__decisions",
        )
        .annotate(covering=Coalesce("enclosed_in_id", "pk"))
        .order_by("-received_on", "-covering", F("enclosed_in_id").asc(nulls_first=True), "pk")
    )
    if start:
        letters = letters.filter(received_on__gte=start)
    if end:
        letters = letters.filter(received_on__lte=end)
    return letters


def letters_expecting_reply(*, q=""):
    """Sent letters that expect a reply, latest first (a draft or a letter still in the
    outbox awaits nothing yet); ``q`` narrows them as ``find_letters``."""
    letters = Letter.objects.filter(expects_reply=True, status=LetterStatus.SENT)
    letters = letters.filter(words_q(q, LETTER_SEARCH))
    return letters.select_related("office", "meeting").order_by("-date", "-pk")


def received_letters(limit=100):
    """Received letters, newest first; enclosures are listed under their covering letter."""
    return IncomingLetter.objects.filter(enclosed_in__isnull=True)[:limit]


def letters_sent_to_state(state, *, pk=None):
    """The letters the secretariat sent to ``state`` -- never a draft, nor one still in the
    outbox, nor another state's -- newest first, each with its meeting and instrument, in
    one query: what the state's focal point reads in the portal and the API. ``pk`` narrows
    them to that one letter (none when it is not one of them)."""
    letters = (
        Letter.objects.filter(recipient_state=state, status=LetterStatus.SENT)
        .select_related("office", "meeting", "instrument")
        .prefetch_related("enclosures")
        .annotate(reply_count=Count("replies"))
        .order_by("-date", "-pk")
    )
    if pk is not None:
        letters = letters.filter(pk=pk)
    return letters


def get_letter_sent_to(state, pk) -> Letter:
    """One letter sent to ``state``; NotFound for any other, as though it did not exist."""
    letter = letters_sent_to_state(state, pk=pk).first()
    if letter is None:
        raise NotFound(f"no letter {pk} was sent to your state")
    return letter


def reference_key(reference) -> str:
    """A reference as compared: spaces and case aside ("cu 2026/23(A)" is "CU 2026/23 (A)")."""
    return "".join(str(reference or "").split()).casefold()


def references_read(incoming) -> list[str]:
    """The references a received letter's reading found: its own, then those it cites."""
    reading = incoming.reading or {}
    found = [reading.get("reference"), *(reading.get("other_references") or [])]
    return [reference for reference in found if reference and str(reference).strip()]


def sent_letter_cited_by(incoming) -> Letter | None:
    """The sent letter a received one answers, as its reading gives away: the first whose
    reference is the letter's own or one it cites, spaces and case aside; None when no
    sent letter has any of them. What the review page proposes as "Reply to …?"."""
    keys = [reference_key(reference) for reference in references_read(incoming)]
    found = _sent_letters_by_key(keys)
    return next((found[key] for key in keys if key in found), None)


def get_sent_letter(reference_or_id) -> Letter:
    """A sent letter named by its reference (spaces and case aside) or its number: the
    letter a received one is recorded as the reply to. NotFound for any other."""
    named = str(reference_or_id).strip()
    if named.isdigit() and len(named) <= 10:
        letter = Letter.objects.filter(pk=int(named), status=LetterStatus.SENT).first()
    else:
        letter = _sent_letters_by_key([reference_key(named)]).get(reference_key(named))
    if letter is None:
        raise NotFound(f"no sent letter {named!r}")
    return letter


def _sent_letters_by_key(keys) -> dict:
    if not keys:
        return {}
    # references are numbered with plain or no-break spaces (formulas, French)
    spaceless = Replace(Replace("reference", Value(" "), Value("")), Value("\u00a0"), Value(""))
    return {
        reference_key(letter.reference): letter
        for letter in Letter.objects.filter(status=LetterStatus.SENT, reference__isnull=False)
        .annotate(key=Lower(spaceless))
        .filter(key__in=keys)
        .select_related("office")
    }


def get_letter(pk) -> Letter:
    letter = Letter.objects.select_related("office", "template").filter(pk=pk).first()
    if letter is None:
        raise NotFound(f"no letter {pk}")
    return letter


def addressee(letter) -> str:
    """Whom the letter is to, as the secretariat names them: the post, else the person."""
    return letter.recipient_post or letter.recipient_name or f"letter {letter.pk}"


def no_email_reason(letter) -> str:
    """Why the letter cannot go by e-mail ("" when it can, as far as its address goes)."""
    if letter.recipient_email:
        return ""
    return f"no e-mail address for {addressee(letter)}: print or send it by hand"


def get_incoming(letter_id) -> IncomingLetter:
    letter = IncomingLetter.objects.filter(pk=letter_id).first()
    if letter is None:
        raise NotFound(f"no received letter {letter_id}")
    return letter


# The type a received file is served as, and the endings its name may have (the first is
# added to a name without one of them), by the reader's kind of file.
ORIGINAL_TYPES = {
    "pdf": ("application/pdf", (".pdf",)),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (".docx",),
    ),
    "email": ("message/rfc822", (".eml",)),
    "text": ("text/plain", (".txt", ".text")),
    # A web page is kept as it came but handed back as text, under a text name: a page
    # saved from elsewhere never opens as one.
    "html": ("text/plain", (".txt", ".text")),
}
IMAGE_TYPES = {
    b"\x89PNG": ("image/png", (".png",)),
    b"\xff\xd8\xff": ("image/jpeg", (".jpg", ".jpeg")),
    b"II*\x00": ("image/tiff", (".tif", ".tiff")),
    b"MM\x00*": ("image/tiff", (".tif", ".tiff")),
}
UNKNOWN_TYPE = ("application/octet-stream", ())


@dataclass(frozen=True)
class OriginalFile:
    """A received letter's file as it came, ready to be served: open ``stored``."""

    stored: object
    name: str
    content_type: str


def original_file(letter) -> OriginalFile:
    """The file a received letter came as, under a name safe to download and with its
    type; NotFound when none is kept (an enclosure, a letter received before files were)."""
    if not letter.original or not letter.original.storage.exists(letter.original.name):
        raise NotFound(f"no file is kept for received letter {letter.pk}")
    content_type, suffixes = ORIGINAL_TYPES.get(letter.format, UNKNOWN_TYPE)
    if letter.format == "image":
        with letter.original.open("rb") as handle:
            head = handle.read(8)
        found = (types for magic, types in IMAGE_TYPES.items() if head.startswith(magic))
        content_type, suffixes = next(found, UNKNOWN_TYPE)
    name = safe_file_name(letter.name, fallback=f"received-letter-{letter.pk}", suffixes=suffixes)
    return OriginalFile(stored=letter.original, name=name, content_type=content_type)


def reply_matrix(letters, today):
    """Letters that expect a reply, each with every reply received to it (a letter may be
    answered more than once) and, where none came yet and the meeting it invites to has a
    registration deadline, that day to reply by and whether it passed before ``today``. A
    state that answered an invitation another way (its focal point registered on the
    portal, a reply recorded on its delegation) has answered that letter too."""
    rows = []
    replies = Prefetch("replies", queryset=Reply.objects.select_related("received_letter"))
    letters = list(letters.prefetch_related(replies))
    answered = _delegation_replies(letters)
    for letter in letters:
        received = list(letter.replies.all())
        meeting = letter.meeting
        by_delegation = answered.get((letter.meeting_id, letter.recipient_state_id))
        waiting = not received and by_delegation is None
        reply_by = meeting.registration_deadline if waiting and meeting is not None else None
        rows.append(
            {
                "letter": letter,
                "replied": bool(received),
                "replies": received,
                "delegation_reply": by_delegation,
                "reply_by": reply_by,
                "overdue": bool(reply_by and reply_by < today),
            }
        )
    return rows


def _delegation_replies(letters) -> dict:
    """The replies recorded on the delegations the letters invite, by (meeting, state)."""
    pairs = {(x.meeting_id, x.recipient_state_id) for x in letters if x.meeting_id}
    pairs = {pair for pair in pairs if pair[1] is not None}
    if not pairs:
        return {}
    found = Delegation.objects.filter(
        meeting_id__in={meeting for meeting, _ in pairs},
        state_id__in={state for _, state in pairs},
        replied_on__isnull=False,
    ).only("meeting_id", "state_id", "replied_on", "reply_channel")
    return {(d.meeting_id, d.state_id): d for d in found if (d.meeting_id, d.state_id) in pairs}


def awaiting_reply(day):
    """Sent letters whose reply date has passed with no reply: the reminders. An invitation
    whose state answered on its delegation (the portal) needs no reminder."""
    answered_on_delegation = Delegation.objects.filter(
        meeting_id=OuterRef("meeting_id"),
        state_id=OuterRef("recipient_state_id"),
        replied_on__isnull=False,
    )
    return (
        Letter.objects.filter(
            status=LetterStatus.SENT, expects_reply_by__lt=day, replies__isnull=True
        )
        .exclude(Exists(answered_on_delegation))
        .select_related("office")
        .order_by("expects_reply_by")
    )


def thread(letter) -> list[Letter]:
    """The chain of letters this one refers to, oldest first, then those that follow it."""
    chain, seen = [], set()
    current = letter
    while current is not None and current.pk not in seen:
        chain.insert(0, current)
        seen.add(current.pk)
        current = current.refers_to
    chain += list(Letter.objects.filter(refers_to=letter).order_by("date"))
    return chain


def waiting_items(letter) -> int:
    """How many items the reader found (meetings, deadlines, enclosures) still wait for the
    officer's decision: those with no decision, or one returned to undecided. The one count
    of the inbox's list and the office's home."""
    reading, decisions = letter.reading or {}, letter.decisions or {}
    return sum(
        1
        for kind in ITEM_KINDS
        for index in range(len(reading.get(kind) or []))
        if (decisions.get(f"{kind}/{index}") or {}).get("status", UNDECIDED) == UNDECIDED
    )


# The reader's kinds of letter (docs/reading.md, doc_type) as the office names them.
KIND_LABELS = {
    "note_verbale": "Note verbale",
    "letter": "Letter",
    "information_note": "Information note",
    "other": "Other",
}


def kind_label(letter) -> str:
    kind = (letter.reading or {}).get("doc_type") or ""
    return KIND_LABELS.get(kind) or kind.replace("_", " ").capitalize() or "Unknown"


def received_rows(letters) -> list[dict]:
    """The inbox's rows: each letter with its kind in words and how many items wait."""
    return [
        {"letter": letter, "kind": kind_label(letter), "waiting": waiting_items(letter)}
        for letter in letters
    ]


def letters_to_review(limit=100) -> list[dict]:
    """Received letters with items the reader found and nobody has accepted or rejected yet,
    oldest first, each with that count, in one query."""
    received = IncomingLetter.objects.filter(enclosed_in__isnull=True).only(
        "pk", "name", "received_on", "reading", "decisions"
    )
    rows = [
        {"letter": letter, "undecided": undecided}
        for letter in received.order_by("received_on", "pk")
        if (undecided := waiting_items(letter))
    ]
    return rows[:limit]


def open_tasks_due_by(end):
    """Open tasks, read from letters or added by hand, due by ``end`` (inclusive) -- those
    past due stay until they are done -- soonest first."""
    return (
        Task.objects.filter(done=False, due_on__lte=end)
        .select_related("from_letter")
        .defer("from_letter__text", "from_letter__reading")
        .order_by("due_on", "due_time", "pk")
    )


TASK_SEARCH = ("what", "from_letter__name")


def task_state_choices() -> list[tuple[str, str]]:
    return [(state, TASK.labels[state].capitalize()) for state in TASK.statuses]


def _tasks():
    # The letter a task came from is named and linked, never read: its text stays behind.
    return Task.objects.select_related("from_letter", "done_by").defer(
        "from_letter__text", "from_letter__reading", "from_letter__decisions"
    )


def find_tasks(*, q="", status="", start=None, end=None):
    """The secretariat's tasks: open ones first, then those done, each soonest due first;
    narrowed by words of the task or of its letter's name, by state (``open``/``done``, or
    both when empty) and by the day due. Each with its letter and who did it, in one query."""
    tasks = _tasks().filter(words_q(q, TASK_SEARCH)).order_by("done", "due_on", "due_time", "pk")
    if status:
        tasks = tasks.filter(done=status == TASK_DONE)
    if start:
        tasks = tasks.filter(due_on__gte=start)
    if end:
        tasks = tasks.filter(due_on__lte=end)
    return tasks


def get_task(pk) -> Task:
    task = _tasks().filter(pk=pk).first()
    if task is None:
        raise NotFound(f"no task {pk}")
    return task


def task_as_dict(task, today) -> dict:
    """A task as the API and the command line give it (``overdue`` as of ``today``)."""
    return {
        "id": task.pk,
        "what": task.what,
        "due_on": task.due_on,
        "due_time": task.due_time,
        "overdue": not task.done and task.due_on < today,
        "state": TASK_DONE if task.done else TASK_OPEN,
        "done_by": task.done_by.get_username() if task.done_by else None,
        "done_on": task.done_on,
        "from_letter": task.from_letter_id,
        "from_letter_name": task.from_letter.name if task.from_letter else None,
    }


@dataclass(frozen=True)
class InvitationLetters:
    """Of one meeting: whether any letter about it is sent or in the outbox (a draft is not
    yet an invitation), and how many invited states have no such letter yet."""

    any_sent: bool
    unsent: int


def invitation_letters(meeting_ids) -> dict[int, InvitationLetters]:
    """{meeting id: InvitationLetters} for these meetings, in one query. An invited state
    has its letter when one about the meeting is sent or queued to it, or when its
    invitation names the letter's reference (sent outside Plenipo)."""
    on_its_way = [LetterStatus.QUEUED, LetterStatus.SENT]
    letters = Letter.objects.filter(meeting_id=OuterRef("pk"), status__in=on_its_way)
    lettered = Letter.objects.filter(
        meeting_id=OuterRef("meeting_id"),
        recipient_state_id=OuterRef("state_id"),
        status__in=on_its_way,
    )
    unsent = (
        Delegation.objects.filter(
            meeting_id=OuterRef("pk"),
            invited_on__isnull=False,
            state__isnull=False,
            invitation_reference="",
        )
        .exclude(Exists(lettered))
        .order_by()
        .values("meeting_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = Meeting.objects.filter(pk__in=list(meeting_ids)).annotate(
        any_sent=Exists(letters), unsent=Coalesce(Subquery(unsent), 0)
    )
    return {
        row["pk"]: InvitationLetters(row["any_sent"], row["unsent"])
        for row in rows.values("pk", "any_sent", "unsent")
    }


def letters_of_batch(*, template, day, meeting_id=None):
    """The letters one merge wrote: one template, one date (and meeting), by recipient."""
    letters = Letter.objects.filter(template__name=template, date=day).annotate(
        reply_count=Count("replies")
    )
    if meeting_id:
        letters = letters.filter(meeting_id=meeting_id)
    return letters.select_related("office", "meeting", "recipient_state").order_by(
        "recipient_key", "pk"
    )


def letters_to_states_about(meeting) -> dict[str, Letter]:
    """{state code: its latest letter about ``meeting``, whatever its status}, in one query:
    whom a meeting's letters were already written to."""
    letters = (
        Letter.objects.filter(meeting=meeting, recipient_state__isnull=False)
        .select_related("recipient_state")
        .order_by("date", "pk")
    )
    return {letter.recipient_state.code: letter for letter in letters}
