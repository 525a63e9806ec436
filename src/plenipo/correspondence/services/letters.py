"""Writing letters from data (mail merge), approving, sending and recording replies."""

import datetime as dt
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template import Context, Template
from django.utils import timezone

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.correspondence import facts as fact_sources
from plenipo.correspondence.formulas import Genre, closing, opening, the_post
from plenipo.correspondence.models import (
    DeliveryAttempt,
    Enclosure,
    Letter,
    LetterStatus,
    Reply,
    SendChannel,
)
from plenipo.correspondence.queries import no_email_reason
from plenipo.correspondence.services.numbering import allocate_reference
from plenipo.correspondence.services.status import set_status
from plenipo.correspondence.titles import city
from plenipo.correspondence.transitions import LETTER
from plenipo.meetings.services.delegations import record_invitations

MAX_ATTEMPTS = 5
# A sender holds a letter for seconds; one held longer than this died while sending.
STALE_CLAIM = dt.timedelta(minutes=10)


@dataclass
class MergeResult:
    letters: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # (recipient key, reason)
    undeliverable: list = field(default_factory=list)  # recipient keys with no address/e-mail


PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _render(body: str, facts: dict) -> tuple[str, set]:
    """Plain text (every output escapes it, or writes it as text), and the paths of the
    facts the template printed although the data lacks them. A paragraph the template
    leaves out (no documents, no information note) leaves no gap: blank lines collapse."""
    printed = set()
    text = Template(body).render(
        Context(fact_sources.with_missing(facts, printed), autoescape=False)
    )
    return PARAGRAPH_GAP.sub("\n\n", text).strip(), printed


@transaction.atomic
def merge(
    *,
    template,
    recipients,
    day: dt.date,
    by,
    instrument=None,
    organization=None,
    meeting=None,
    earlier=None,
    expects_reply_by=None,
    extra_facts=None,
    office=None,
) -> MergeResult:
    """One draft letter per recipient, with that recipient's facts (and ``extra_facts``,
    the same for every recipient: what another app knows of the letter's subject).

    A recipient for whom the data lacks a fact the template prints gets no letter; the
    reason names the recipient and the fact. The others proceed. Letters are numbered in
    the order of the recipients. ``office`` writes them from another office than the
    template's (numbered by the template's scheme only where it is that office's).
    """
    result = MergeResult()
    office = office or template.office
    check_meeting_office(office, meeting)
    scheme = template.scheme if template.scheme and template.scheme.office_id == office.pk else None
    about = {"instrument": instrument, "meeting": meeting, "earlier": earlier}
    for recipient in recipients:
        facts = fact_sources.build(
            office=office,
            recipient=recipient,
            day=day,
            language=template.language,
            organization=organization,
            **about,
        )
        facts.update(extra_facts or {})
        facts["reference"] = "(reference)"  # numbered below, once the letter will be written
        missing = _missing_facts(template, recipient, facts, day)
        if missing:
            result.refused.append(
                (recipient.key, f"letter to {recipient.post}: {'; '.join(missing)}")
            )
            continue
        with transaction.atomic():
            reference = allocate_reference(scheme, day.year) if scheme else None
            facts["reference"] = reference
            letter = _create(
                template,
                recipient,
                facts,
                day,
                reference,
                office=office,
                reply_by=expects_reply_by,
                **about,
            )
        result.letters.append(letter)
        if not recipient.deliverable:
            result.undeliverable.append(recipient.key)
        data = {"template": template.name, "to": recipient.key, "reference": reference}
        log_action(letter, "correspondence.letter.drafted", by=by, data=data)
    return result


def check_meeting_office(office, meeting) -> None:
    """Refuse to write about a meeting from an office of another organization than the
    meeting's body's: a Council of Europe body's invitation never goes out on a United
    Nations letterhead."""
    if meeting is None:
        return
    body = meeting.body
    if body.organization_id is None or office.organization_id == body.organization_id:
        return
    writes_for = office.organization.code if office.organization else "no organization"
    owner = body.organization.code
    raise InvalidInput(
        f"{office.code} writes for {writes_for}; the meeting's body {body.code} belongs to "
        f"{owner}: write from a template or office of {owner}"
    )


def _missing_facts(template, recipient, facts: dict, day: dt.date) -> list[str]:
    """What the letter would print that the data does not give: a letter (not a note
    verbale, which names no person) also needs the signatory by name, and a personal letter
    the addressee's; a formal letter ("Excellency,") may go to a post whose holder is not
    recorded, addressed to the post."""
    _, printed = _render(template.body, facts)
    missing = fact_sources.explain(printed, recipient=recipient, day=day)
    if template.genre != Genre.NOTE_VERBALE and facts["sender"]["name"] is None:
        missing.append(f"nobody is recorded as holding the signatory's post on {day}")
    if template.genre == Genre.PERSONAL_LETTER and facts["recipient"]["name"] is None:
        missing.append(f"no holder of the post “{recipient.post}” is recorded on {day}")
    return missing


def _addressee(recipient, genre, language, gender) -> tuple[str, str]:
    """(The post the letter is to, as the formulas name it.) A note verbale to a person in
    a role (a focal point) is to the state's mission or government instead."""
    if genre == Genre.NOTE_VERBALE and recipient.state_addressee:
        fallback = recipient.state_addressee["en"]
        post, feminine = recipient.state_addressee.get(language, fallback)
        titled = language == "en" or language in recipient.state_addressee
    else:
        post, feminine = recipient.post_in(language), gender == "f"
        # A post kept in English where the letter's language has no title for it is bare.
        titled = language == "en" or language in recipient.titles
    return post, the_post(post, language, feminine=feminine) if titled else post


def _create(
    template, recipient, facts, day, reference, *, office, instrument, meeting, earlier, reply_by
):
    genre, language = template.genre, template.language
    gender = recipient.gender or "m"
    sender = facts["sender"]
    post, addressee = _addressee(recipient, genre, language, gender)
    letter = Letter.objects.create(
        office=office,
        template=template,
        genre=genre,
        language=language,
        reference=reference,
        date=day,
        place=city(office.city, language),
        recipient_state=recipient.state,
        recipient_key=recipient.key,
        recipient_name=facts["recipient"]["form_of_address"] or "",
        recipient_post=post,
        recipient_address=recipient.address,
        recipient_email=recipient.email,
        signatory_name=sender["name"] or "",
        subject=_render(template.subject, facts)[0] if template.subject else "",
        opening=opening(
            genre,
            language,
            sender=sender["third_person"],
            recipient=addressee,
            gender=gender,
        ),
        body=_render(template.body, facts)[0],
        closing=closing(
            genre,
            language,
            sender=sender["third_person"],
            recipient=addressee,
            gender=gender,
        ),
        instrument=instrument,
        meeting=meeting,
        refers_to=earlier,
        expects_reply=bool(reply_by) or (genre == Genre.NOTE_VERBALE and meeting is not None),
        expects_reply_by=reply_by,
    )
    for description in template.enclosures:
        Enclosure.objects.create(letter=letter, description=description)
    if meeting is not None:
        for document in meeting.documents.filter(kind="information_note"):
            Enclosure.objects.create(
                letter=letter,
                description=document.title,
                document=document,
                date=document.issued_on,
            )
    return letter


@transaction.atomic
def enclose(*, letter, by, description="", enclosed_letter=None, document=None, date=None):
    if letter.status != LetterStatus.DRAFT:
        raise InvalidInput(f"{letter} is no longer a draft")
    enclosure = Enclosure.objects.create(
        letter=letter,
        enclosed_letter=enclosed_letter,
        document=document,
        description=description or str(enclosed_letter or document),
        date=date or (enclosed_letter.date if enclosed_letter else None),
    )
    log_action(
        letter, "correspondence.letter.enclosed", by=by, data={"what": enclosure.description}
    )
    return enclosure


@transaction.atomic
def approve(*, letter, by) -> Letter:
    return set_status(
        letter,
        LetterStatus.APPROVED,
        by=by,
        event="correspondence.letter.approved",
        changes={"approved_by": by, "approved_at": timezone.now()},
    )


@transaction.atomic
def queue(*, letters, by) -> tuple[list, list]:
    """Queue approved letters for e-mail. Returns (queued, refused with reasons)."""
    queued, refused = [], []
    for letter in letters:
        reason = LETTER.refusal(letter.status, LetterStatus.QUEUED) or no_email_reason(letter)
        if reason:
            refused.append((letter, f"{letter}: {reason}"))
        else:
            set_status(letter, LetterStatus.QUEUED, by=by, event="correspondence.letter.queued")
            queued.append(letter)
    invite_recipients(queued, by=by)
    return queued, refused


def invite_recipients(letters, *, by) -> int:
    """A meeting's letters on their way to states are its invitations: the reply matrix and
    the focal points' portal follow from them, however the letters were sent (the office,
    the CLI, a job). A state already invited keeps its first invitation."""
    by_meeting = {}
    for letter in letters:
        if letter.meeting_id and letter.recipient_state_id:
            by_meeting.setdefault(letter.meeting_id, (letter.meeting, []))[1].append(
                (letter.recipient_state, letter.date, letter.reference)
            )
    return sum(
        record_invitations(meeting=meeting, invitations=invitations, by=by)
        for meeting, invitations in by_meeting.values()
    )


def flush_outbox(*, render_pdf, limit=None, stale_after=STALE_CLAIM) -> dict:
    """Send queued letters by e-mail, the PDF attached; a failure leaves the letter queued
    with its error (retried next time, failed after MAX_ATTEMPTS). A letter claimed by a
    sender that never came back (older than ``stale_after``) is not sent again."""
    counts = {"sent": 0, "failed": 0, "retry": 0, "interrupted": 0, "skipped": 0}
    pending = (
        Letter.objects.filter(status=LetterStatus.QUEUED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    interrupted_before = timezone.now() - stale_after
    for pk in list(pending[:limit] if limit else pending):
        outcome = send_letter(pk, render_pdf=render_pdf, interrupted_before=interrupted_before)
        counts[outcome] += 1
    return counts


def send_letter(pk, *, render_pdf, interrupted_before) -> str:
    """Send one queued letter at most once: sent, retry, failed, interrupted or skipped.

    The letter is claimed (``sending_since``, committed) before the mail server is spoken
    to, and released in the same transaction that records the outcome. A claim older than
    ``interrupted_before`` means a sender died between the two: the mail may or may not
    have gone, so the letter is failed for an officer to check rather than sent twice."""
    letter = Letter.objects.filter(pk=pk).select_related("office").first()
    if letter is None or letter.status != LetterStatus.QUEUED:
        return "skipped"
    if letter.sending_since is not None:
        if letter.sending_since >= interrupted_before:
            return "skipped"  # another sender has it now
        return _interrupted(letter)
    pdf = render_pdf(letter)  # before the claim: the claim spans the SMTP exchange alone
    with transaction.atomic():
        claimed = Letter.objects.filter(
            pk=pk, status=LetterStatus.QUEUED, sending_since__isnull=True
        ).update(sending_since=timezone.now())
    if not claimed:
        return "skipped"
    letter.refresh_from_db()
    return _deliver(letter, pdf)


@transaction.atomic
def _interrupted(letter) -> str:
    note = (
        f"interrupted while being sent at {letter.sending_since:%Y-%m-%d %H:%M:%S} UTC: it may "
        "have reached the recipient; check before sending it again by hand, fax or post"
    )
    set_status(
        letter,
        LetterStatus.FAILED,
        by=None,
        note=note,
        event="correspondence.letter.failed",
        changes={"sending_since": None, "last_error": note},
    )
    DeliveryAttempt.objects.create(
        letter=letter, channel=SendChannel.EMAIL, succeeded=False, error=note
    )
    return "interrupted"


def _deliver(letter, pdf: bytes) -> str:
    message = EmailMessage(
        subject=letter.subject or f"{letter.reference or 'Letter'}",
        body=f"Please find attached {letter.reference or 'a letter'} of {letter.office.name}.\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[letter.recipient_email],
        # The idempotency key a receiving server can also see: one letter, one Message-ID.
        headers={"Message-ID": f"<letter-{letter.pk}@plenipo.invalid>"},
    )
    message.attach(
        f"{(letter.reference or f'letter-{letter.pk}').replace('/', '-')}.pdf",
        pdf,
        "application/pdf",
    )
    letter.attempts += 1
    try:
        message.send()
    except Exception as exc:
        return _record_failure(letter, f"{type(exc).__name__}: {exc}"[:1000])
    with transaction.atomic():
        set_status(
            letter,
            LetterStatus.SENT,
            by=None,
            event="correspondence.letter.sent",
            changes={
                "attempts": letter.attempts,
                "last_error": "",
                "sent_at": timezone.now(),
                "channel": SendChannel.EMAIL,
                "sending_since": None,
            },
            data={"to": letter.recipient_email},
        )
        DeliveryAttempt.objects.create(letter=letter, channel=SendChannel.EMAIL, succeeded=True)
    return "sent"


@transaction.atomic
def _record_failure(letter, error: str) -> str:
    letter.last_error = error
    letter.sending_since = None
    letter.save(update_fields=["attempts", "last_error", "sending_since"])
    DeliveryAttempt.objects.create(
        letter=letter, channel=SendChannel.EMAIL, succeeded=False, error=error
    )
    if letter.attempts < MAX_ATTEMPTS:
        return "retry"  # it stays queued
    set_status(
        letter, LetterStatus.FAILED, by=None, note=error, event="correspondence.letter.failed"
    )
    return "failed"


@transaction.atomic
def record_sent(*, letter, channel, by, on=None) -> Letter:
    """Record a letter sent by hand, fax or post."""
    if channel not in {SendChannel.HAND, SendChannel.FAX, SendChannel.POST}:
        raise InvalidInput(f"record e-mail by sending it; {channel!r} is not hand, fax or post")
    set_status(
        letter,
        LetterStatus.SENT,
        by=by,
        event="correspondence.letter.sent",
        changes={"channel": channel, "sent_at": on or timezone.now()},
        data={"channel": channel},
    )
    DeliveryAttempt.objects.create(letter=letter, channel=channel, succeeded=True)
    invite_recipients([letter], by=by)
    return letter


@transaction.atomic
def record_reply(*, letter, received_on, channel, by, summary="", received_letter=None) -> Reply:
    """The reply to a sent letter; ``received_letter``: the received letter it is, where it
    came through the inbox."""
    if letter.status != LetterStatus.SENT:
        raise InvalidInput(f"{letter} was not sent; a reply cannot answer it")
    if received_on < letter.date:
        raise InvalidInput(
            f"a reply received on {received_on} cannot answer a letter of {letter.date}"
        )
    reply = Reply.objects.create(
        letter=letter,
        received_on=received_on,
        channel=channel,
        summary=summary,
        recorded_by=by,
        received_letter=received_letter,
    )
    log_action(letter, "correspondence.letter.replied", by=by, data={"on": str(received_on)})
    return reply
