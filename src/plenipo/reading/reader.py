"""The reader: from a letter's text to a ``Reading``, every value with its evidence. Pure."""

from __future__ import annotations

import dataclasses
import re

from plenipo.core.partialdates import UNKNOWN
from plenipo.reading import (
    addressee_forms,
    addressee_lines,
    addressing,
    group_salutations,
    head_blocks,
    headings,
    invitations,
    loose_signatures,
    note_foot,
    people,
    references,
    signoff,
)
from plenipo.reading.annexed_names import with_annexed_names
from plenipo.reading.caseless import holds_any, lowered
from plenipo.reading.dated_references import reference_after_date
from plenipo.reading.dates import find_dates, past_dates, scanned_dates
from plenipo.reading.deadline_glosses import in_english
from plenipo.reading.deadline_meetings import tied_deadlines
from plenipo.reading.edition_headings import (
    dated_letter_post,
    edition_heading_writer,
    possessive_heading_writer,
)
from plenipo.reading.enclosures import enclosures
from plenipo.reading.files import read_path
from plenipo.reading.first_person_posts import as_post
from plenipo.reading.from_the_post import from_the_post
from plenipo.reading.from_to_headings import from_to_writer
from plenipo.reading.headings import reported_message
from plenipo.reading.instruments import canonical_instruments
from plenipo.reading.invited_lists import invited_list
from plenipo.reading.layout import zone_segments, zones
from plenipo.reading.learned_references import chosen_reference
from plenipo.reading.letter_to_headings import letter_to_addressee
from plenipo.reading.letterhead_orgs import with_letterhead_organization
from plenipo.reading.letterhead_posts import letterhead_post
from plenipo.reading.lines import line_of
from plenipo.reading.mail_forms import without_quoted_replies
from plenipo.reading.meeting_words import meeting_word
from plenipo.reading.meetings import meetings
from plenipo.reading.model import OwnDate, Reading
from plenipo.reading.news_copies import is_headline, is_page_chrome
from plenipo.reading.not_references import not_the_letters
from plenipo.reading.note_numbers import numbered_note_heading, with_its_note_kind
from plenipo.reading.oficio_references import oficio_reference
from plenipo.reading.other_references import other_references
from plenipo.reading.own_clauses import deadlines_on_their_own, requests_on_their_own
from plenipo.reading.own_dates import DATELINE_CONFIDENCE, own_date, published_own_date
from plenipo.reading.page_chrome import after_menu, letter_end
from plenipo.reading.participants import participants
from plenipo.reading.places import letterhead_place
from plenipo.reading.reading_values import as_written, shifted, tidied
from plenipo.reading.requests import actions, deadlines
from plenipo.reading.short_requests import shortened
from plenipo.reading.signatory_forms import bare_name
from plenipo.reading.text import (
    in_capitals,
    language_of,
    normalised,
    ocr_repaired,
    recased,
    sentences,
    similar_mention,
    unflattened,
    unwrapped,
    whole_sentences,
)
from plenipo.reading.unclosed_signatures import name_and_post_line, not_a_contact
from plenipo.reading.zones import doc_type


def _people(text, kind, labelled):
    """(sender, co-signatories, addressees named below the signature)."""
    closing, signed, named_below = signoff.signed_under_closing(text)
    signed = signoff.side_by_side(text, signed)
    if not signed:
        signed = loose_signatures.signed_names(text)
    memo = headings.memo_sender(text) or from_the_post(text, named=True)  # "From the Chair"
    if signed and signed[0].name and memo and memo.name and _first_name_of(signed[0], memo):
        signed[0] = memo  # an e-mail signed with the first name its "From:" line gives in full
    if not signed:
        signed = [memo] if memo else []
    if not signed:
        signed = _outside_blocks(
            people.from_signature_zone(zone_segments(labelled, "signature")),
            _address_blocks(text),  # the name written to, however its lines are cut
        )
        signed[:1] = [loose_signatures.name_beside(text, person) for person in signed[:1]]
        signed = signed if signed and not_a_contact(text, signed[0]) else []
    # the signature is above a web page's matter or a page's footer that follows the letter
    letter = text[: _letter_end(text)]
    if not signed:
        tail = not_a_contact(letter, loose_signatures.tail_signature(letter)) or name_and_post_line(
            letter
        )
        signed = [tail] if tail else []
    if not signed or signed[0].name is None:
        last = _named_elsewhere(text, letter)
        if last:
            signed = [
                dataclasses.replace(last, title=last.title or (signed[0].title if signed else None))
            ]
    at_foot = signed and closing and note_foot.addressee_at_foot(text, signed[0], closing.end())
    if kind == "note_verbale" and at_foot:
        signed = []  # the addressee's block of address at the note's foot
    if kind == "note_verbale" and not signed:
        sender = headings.note_verbale_sender(text)
        signed = [sender] if sender else []
    if not signed:
        signed = headings.joint_posts(text)
    if not signed:
        post = _writers_post(text)
        signed = [post] if post else []
    elif signed[0].title is None:
        signed[0] = _with_post_in_heading(text, signed[0])
    # a letter signed without a formula may still name whom it writes to under the signature
    # ("Jacques CHIRAC / Monsieur Vaclav KLAUS / Président de la République …"); a writer a
    # heading names has the letter, not an address, under that heading
    below = signed and signed[0].evidence and signed[0].evidence.start > len(text) // 2
    if not closing and below and signed[0].name:
        named_below = people.signature(text, signed[0].evidence.start)[1]
    # a joint signature found without a closing formula still reads column by column
    signed = [
        bare_name(_without_trailing_dash(person)) for person in signoff.side_by_side(text, signed)
    ]
    return (signed[0] if signed else None), tuple(signed[1:]), named_below


def _with_post_in_heading(text, person):
    """``person`` (who signs, without a post) with the post a heading or a news article's
    introduction gives them; unchanged when none does, or only the addressee's block."""
    reported = reported_message(text)[0]
    same = reported and person.name and _same_name(reported.name, person.name)
    post = reported if same else headings.post_in_heading(text)
    if post and _outside_blocks([post], head_blocks.head_block(text)):
        return dataclasses.replace(person, title=post.title)
    return person


def _named_elsewhere(text, letter):
    """The writer named where no signature block is read: alone on the last lines of the
    letter (``letter``, the text without the page's matter after it), in a heading or a
    news article's introduction; not a name of the block of address (a short letter's
    last)."""
    found = (
        not_a_contact(letter, loose_signatures.last_line_name(letter))
        or headings.named_in_heading(text)
        or reported_message(text)[0]
        or headings.message_from(text)
        or edition_heading_writer(text)
        or possessive_heading_writer(text, named=True)
        or from_to_writer(text)
    )
    outside = _outside_blocks([found], _address_blocks(text)) if found else []
    return outside[0] if outside else None


def _letter_end(text) -> int:
    """Where the letter ends: before a page's matter after it, or before the block of
    address under the signature ("Juan Pérez / Embajador / A Su Excelencia el Señor / …")."""
    end = letter_end(text)
    below = [
        block.evidence.start
        for block in _address_blocks(text)
        if len(text) // 2 < block.evidence.start < end
    ]
    return min(below, default=end)


def _address_blocks(text):
    """The blocks of address whose names are those written to: the block at the head, and
    one of several lines under "His Excellency" or "A Su Excelencia" wherever it stands."""
    return head_blocks.head_block(text) + [
        block
        for block in addressing.excellency_blocks(text)
        if "\n" in text[block.evidence.start : block.evidence.end]
    ]


def _writers_post(text):
    """The writer's post where no one signs: a heading's, or the one the letter gives in the
    third or the first person."""
    return (
        headings.heading_sender(text)
        or headings.post_in_heading(text)
        or dated_letter_post(text)
        or possessive_heading_writer(text, named=False)
        or headings.third_person_sender(text)
        or headings.first_person_post(text)
        or as_post(text)
        or from_the_post(text, named=False)
        or letterhead_post(text)
    )


# Typists end a signed name with a dash or a stop and a dash: "OBIANG NGUEMA MBASOGO.-".
TRAILING_DASH = re.compile(r"\s*[.,;:]?\s*[-–—]+\s*$")


def _without_trailing_dash(person):
    if not person.name or not TRAILING_DASH.search(person.name):
        return person
    return dataclasses.replace(person, name=TRAILING_DASH.sub("", person.name))


def _addressees(text, labelled, named_below, sender=None):
    """Every addressee once: the circular's "All Permanent Representatives …" line, the
    note's "compliments to …", those named below the signature, in a heading or a "To:"
    line, and the runs of the layout model's addressee zone."""
    found = []
    heading = addressee_lines.heading_addressees(text)
    listed = addressee_lines.listed_addressees(text) + invited_list(text)  # "Sont conviés : …"
    # a "To:" field listing persons one a line is no one block of address
    blocks = [b for b in head_blocks.head_block(text) if not _holds_several(b, listed)]
    groups = addressee_forms.all_lines(text)
    # the items of a "To:" list are each an addressee, however alike their words, and so
    # are the blocks of address of a letter to several persons
    several = blocks if len(blocks) > 1 else []
    items = {id(mention) for mention in heading + listed + groups + several}
    # an invitation card names its guests, and has no block of address for the layout model
    invited = invitations.invited_addressee(text)
    zoned = [] if invited else addressing.zone_addressees(labelled)
    zoned = [m for m in zoned if not is_headline(m.text) and not _holds_several(m, listed)]
    writer, reported = reported_message(text)
    if sender and sender.name and writer and not _same_name(writer.name, sender.name):
        reported = None  # a letter the body tells of, not this one
    candidates = (
        addressing.addressees(text)
        + named_below
        + heading
        + letter_to_addressee(text)  # "Official letter to UN on …"
        # the one a news article's introduction says the letter is written to
        + ([reported] if reported else [])
        + addressing.excellency_blocks(text)
        + listed
        + blocks
        + ([invited] if invited else [])
        + invitations.convened_addressees(text)
        + zoned
        + addressee_lines.memo_addressee(text)
        + addressee_lines.post_to_post_addressee(text)
        + groups
        + addressee_forms.note_closing_addressee(text)
    )
    for mention in _outside_blocks(candidates, blocks):
        if is_page_chrome(mention.text):
            continue  # a news page's "À lire aussi" under the letter it quotes
        listed_next = id(mention) in items and _next_in_list(text, mention, found)
        if listed_next or not any(similar_mention(mention.text, known.text) for known in found):
            found.append(mention)
    return found or _saluted_groups(text)


def _saluted_groups(text):
    """Where nothing else says to whom, the group a salutation names ("Dear IPBES Member
    States and Observers,", "Dear Colleagues from National Statistical Offices,"), a note
    informs or invites, a heading over "Dear Members," names, or a news article reports."""
    guess = (
        next(iter(group_salutations.colleagues_from(text)), None)
        or addressing.salutation_addressee(text)
        or addressing.informed_addressee(text)
    )
    if guess:
        return [guess]
    return group_salutations.group_over_salutation(text) or addressee_forms.reported_addressees(
        text
    )


def _holds_several(block, listed) -> bool:
    """Whether a block of address spans more than one of the items a list gives."""
    span = block.evidence
    inside = [m for m in listed if span and m.evidence and span.start <= m.evidence.start]
    return len([m for m in inside if m.evidence.end <= span.end]) > 1


def _outside_blocks(candidates, blocks):
    """The candidates (mentions or persons) but the parts of a block of address read
    whole: its first line a heading took for a name, a line the layout model took apart
    ("Mr John Roe" and "Minister" of "Mr John Roe / Minister / Republic of Utopia")."""
    spans = [block.evidence for block in blocks if block.evidence]
    return [
        mention
        for mention in candidates
        if not mention.evidence
        or not any(
            span.start <= mention.evidence.start
            and mention.evidence.end <= span.end
            and (span.start, span.end) != (mention.evidence.start, mention.evidence.end)
            for span in spans
        )
    ]


def _first_name_of(signed, memo) -> bool:
    """Whether ``signed`` is a name of one word that opens the name ``memo`` gives."""
    return " " not in signed.name.strip() and memo.name.split()[0] == signed.name.strip()


def _same_name(one, other) -> bool:
    """Whether two names are one, whatever their case ("Jean ROE" signs what "Jean Roe" wrote);
    a writer known by the post alone has no name to be one with."""
    if not one or not other:
        return False
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def _next_in_list(text, mention, found) -> bool:
    """Whether ``mention`` is the next item of a list one of ``found`` ends (nothing but
    spaces, bullets and commas between them): an addressee of its own however alike their
    words ("All IMO Members" / … / "Contracting Governments … not Members of IMO")."""
    if not mention.evidence:
        return False
    if any(mention.text in known.text for known in found):
        return False  # a line of a block of address already read whole
    spans = [known.evidence for known in found if known.evidence]
    if any(s.start < mention.evidence.end and mention.evidence.start < s.end for s in spans):
        return False
    return any(
        0 <= mention.evidence.start - s.end <= LIST_GAP
        and not text[s.end : mention.evidence.start].strip(" \t\n,;-–•*▪·")
        for s in spans
    )


LIST_GAP = 12


SURE_OWN_DATE = 0.8


def _is_own(date, own) -> bool:
    """Whether ``date`` is where the letter is dated: its dateline, a date alone on its
    line or given by a heading, not a date merely taken as the letter's for want of one."""
    return bool(
        own
        and own.evidence
        and own.confidence >= SURE_OWN_DATE
        and date.start == own.evidence.start
    )


def read_text(text: str) -> Reading:
    """Everything the schema asks for that ``text`` states, with evidence and confidence;
    a web page's menu before the letter is passed over (the offsets stay the page's); a
    letter in capitals is read in the usual case, its values given as written; digits and
    letters that OCR confused are read as meant; a flattened heading's fields each on a line."""
    text = ocr_repaired(unwrapped(without_quoted_replies(normalised(text))))
    start = after_menu(text)
    letter = text[start:]
    try:
        if in_capitals(letter):
            # Names of instruments are told by their capitals, which every word of the
            # capitalised copy has: they are read from the copy whose prose is in sentence case.
            copies = tuple(unflattened(recased(letter, sentence_case=s)) for s in (False, True))
            reading = as_written(_read(*copies), copies, letter)
        else:
            reading = _read(unflattened(letter))
        return tidied(tied_deadlines(text, shifted(reading, start) if start else reading))
    finally:
        # What one reading scans once for several of its parts (the dates, the sentences,
        # the lower-cased text) is not kept for the next: it could be 20 MB.
        for scanned in (scanned_dates, sentences, whole_sentences, lowered, reported_message):
            scanned.cache_clear()
        meeting_word.cache_clear()
        holds_any.cache_clear()


def _past_own_date(text):
    """The own date of a letter of the seventeenth to nineteenth centuries, where its
    dateline or a line of its own gives it ("Paris, le 12 mars 1868"); a date of that age
    found anywhere else is what the letter speaks of, not when it was written."""
    found, own = own_date(text, past_dates(text))
    return (found, own) if own and own.confidence >= DATELINE_CONFIDENCE else (None, None)


def _meetings(text, dates, own_day, guessed):
    """The meetings of the letter; one without a date of its own also has those that come
    after the first full day it gives near its top (a page's date, the date of a letter it
    answers)."""
    found = meetings(text, dates, own_day, guessed=guessed)
    first = None if own_day else _first_day(dates)
    if first is None:
        return found
    days = {repr(m.start) for m in found}
    ahead = meetings(text, dates, first, guessed=True)
    return found + [m for m in ahead if repr(m.start) not in days]


FIRST_DAY_REACH = 800  # the head of the letter, before the body's account of past events


def _first_day(dates):
    return next(
        (
            d.last
            for d in dates
            if d.start < FIRST_DAY_REACH and d.has_year and not d.month_only and d.first == d.last
        ),
        None,
    )


def _addressed_at(text) -> int | None:
    """Where the block of address at the head starts: the city in it is the addressee's."""
    blocks = head_blocks.head_block(text)
    return blocks[0].evidence.start if blocks and blocks[0].evidence else None


def _addressees_city(text, own) -> bool:
    """Whether the place read beside the own date is the city that ends the block of
    address above it ("The Secretary-General / United Nations / New York / 3 May 2031"),
    not one its dateline gives."""
    blocks = head_blocks.head_block(text)
    if not blocks or not own.evidence or not blocks[0].evidence:
        return False
    dateline = line_of(text, own.evidence.start, own.evidence.end)
    return (
        blocks[0].evidence.end <= own.evidence.start
        and blocks[0].text.rstrip(" .").endswith(own.place)
        and own.place not in dateline
    )


def _undated_place(text) -> OwnDate | None:
    """The place of writing of a letter that gives no date of its own: its letterhead's
    city, as a dated letter's whose dateline names none."""
    place = letterhead_place(text, addressed_at=_addressed_at(text))
    return OwnDate(UNKNOWN, place, None, 0.5) if place else None


def _read(text: str, names: str | None = None) -> Reading:
    # ``names``, the copy in sentence case, is given when the letter is in capitals
    kind, kind_confidence = doc_type(text, in_capitals=names is not None)
    all_dates = find_dates(text)
    labelled = zones(text)
    reference = reference_after_date(text, references.own_reference(text, labelled))
    oficio = oficio_reference(text)  # "Oficio DM-123-2031": surer than an unlabelled guess
    if oficio and (reference is None or reference.confidence < oficio.confidence):
        reference = oficio
    if reference and not_the_letters(text, reference):
        reference = None  # a period of years, a day, a gazette act's number
    # the learned scorer weighs the rules' choice against the other symbols of head and foot
    reference = chosen_reference(text, labelled, reference)
    if reference and not_the_letters(text, reference):
        reference = None
    # written as the note cites itself, its kind kept: "Note verbale No. 45/2031"
    reference = with_its_note_kind(text, reference) if reference else numbered_note_heading(text)
    found, own = own_date(text, all_dates, reference.evidence.end if reference else None)
    if found is None:
        found, own = _past_own_date(text)
    if found is None and kind == "information_note":
        found, own = published_own_date(text, all_dates)
    if own and (own.place is None or _addressees_city(text, own)):
        dated_at = own.evidence.start if own.evidence else None
        own = dataclasses.replace(own, place=letterhead_place(text, dated_at, _addressed_at(text)))
    own_day = found.last if found and not found.month_only else None
    # A date taken as the letter's only for being first near the top may be a meeting's or a
    # deadline's own day: it does not make the meetings and deadlines before it past.
    guessed = bool(own and own.confidence < SURE_OWN_DATE)
    # An undated notice still speaks of its own time: year-less dates take the year of the
    # first full date it gives.
    full = (d.last for d in all_dates if d.has_year and d.last and not d.month_only)
    context = own_day or next(full, None)
    dates = find_dates(text, reference=context, ahead=own_day is not None)
    sender, co_signatories, named_below = _people(text, kind, labelled)
    sender = with_letterhead_organization(text, sender)
    year_less = next((d.text for d in all_dates if not d.has_year), None)
    language = language_of(text)
    others = other_references(text, reference)
    return Reading(
        doc_type=kind,
        language=language,
        doc_type_confidence=kind_confidence,
        date=own or _undated_place(text),
        date_text=year_less if own is None else None,
        reference=reference,
        # the letter's own other references are not documents it cites
        other_references=tuple(others),
        sender=sender,
        co_signatories=co_signatories,
        addressees=tuple(_addressees(text, labelled, named_below, sender)),
        enclosures=tuple(with_annexed_names(names or text, enclosures(names or text, dates))),
        instruments=tuple(canonical_instruments(names or text, text if names else None)),
        documents=tuple(
            d
            for d in references.document_symbols(text, reference)
            if all(d.text != other.text for other in others)
        ),
        # the letter's own date is not a meeting's
        meetings=tuple(
            _meetings(text, [d for d in dates if not _is_own(d, own)], own_day, guessed)
        ),
        deadlines=tuple(
            in_english(
                deadlines_on_their_own(text, deadlines(text, dates, own_day, guessed=guessed)),
                language,
            )
        ),
        # requests as short English phrases, also a French or Spanish letter's
        actions=tuple(shortened(requests_on_their_own(actions(text, language)))),
        participants=tuple(participants(text)),
    )


def read_file(path) -> tuple[Reading, str, str]:
    """(reading, text, kind of file) of a file on disk; ReadError naming what is wrong."""
    text, kind = read_path(path)
    return read_text(text), text, kind
