"""The block of address at the head of a letter, however its lines are cut: the lines above
the salutation or the subject line, under the date or the reference, joined into the post
or the name written to (a flattened copy's block run together on one line too). Pure."""

import re

from plenipo.reading.addressee_forms import office_block
from plenipo.reading.addressing import (
    ARTICLE_POST,
    BARE_POST_OPENS,
    DATELINE,
    JOINING_WORDS,
    POST_OPENS,
    PROSE_MARK,
    SALUTATION_LINE,
    joined_address,
)
from plenipo.reading.model import Mention, Span
from plenipo.reading.people import NAME, NOT_A_NAME, PARTICLE, TITLE_WORDS

# A salutation by post run into the first sentence of a flattened copy: "Monsieur le
# Secrétaire général, J'ai l'honneur …", "Señor Ministro: Tengo el honor …".
PROSE_SALUTATION = re.compile(
    r"^[ \t]*(?:(?:(?:Monsieur|Madame)\s+l[ea]|Señora?|(?:Mr\.?|Madam)(?=\s+[A-Z]))\s+"
    r"[^\n,:.]{3,40}"
    # also "Dear Dr. Santos: Thank you …", "Estimada Señora Ministra: Me dirijo …",
    # "Excellency, I have the honour …"
    r"|(?:Dear|Estimad[oa]s?)\s+[^\n,:]{3,40}|(?:Your\s+)?Excellency|Excelencia"
    # the Spanish greeting of courtesy: "De mi mayor consideración: Tengo el agrado …"
    r"|De\s+(?:mi|nuestra)\s+(?:(?:mayor|m[áa]s\s+alta|alta|distinguida)\s+)?consideraci[óo]n)"
    r"[,:][ \t]+(?=[A-ZÀ-Ý])",
    re.MULTILINE,
)
# A line that opens the name of the person or post written to: an honorific or a courtesy
# title, or a post ("The Secretary-General", "Minister of Foreign Affairs").
ADDRESS_OPENS = re.compile(
    r"^(?:(?:To|TO|À|A|Para)\s*:?\s+)?(?:[HS]\.\s?E\.(?:M\.)?(?=\s)|(?:(?:His|Her|Your)\s+Excellency|"
    r"Son\s+Excellence|(?:A\s+)?Su\s+Excelencia|Excm[oa]\.?|Excelent[íi]sim[oa]|"
    r"The\s+Hono(?:u)?rable|(?:The\s+)?R(?:igh)?t\.?\s+Hon(?:ou?rable)?|(?:The\s+)?Hon|Messrs|Mr|Mrs|Ms|Miss|Dr|Dra|Prof|M|Mme|Mlle|Sr|Sra|Srta|Señor|Señora|Señores|Don|"
    r"Doña|Monsieur|Madame|Ambassador|Ambassadeur|Embajador[a]?)\b\.?)"
)
# Lines that are no part of a block of address: a field, a date with its year, a sentence.
NOT_ADDRESS = re.compile(
    r"^(?:Subject|Re|Objet|Asunto|Ref|R[ée]f|Our|Your\s+ref|No\.|Date|Fecha)\b|"
    # a full stop and lower case, but not after a courtesy title: "M. le Ministre des …",
    # "Messrs. the Members of …", "The Hon. the Minister of …"
    r"\b(?:1[89]|20)\d\d\b[^\n]{0,5}$|(?<!\bMessrs)(?<!\bMM)(?<!\bM)(?<!\bHon)"
    # nor after "S.E." (Su Excelencia): "A S.E. el Señor …"
    r"(?<![HS]\.E)(?<!\bExcm[oa])(?<!\bSr)(?<!\bSra)[.;]\s+(?-i:[a-z])",
    re.IGNORECASE,
)
FIELD_LINE = re.compile(r"^(?:Subject|Re|Objet|Asunto|Ref|R[ée]f)\.?\s*:", re.IGNORECASE)
ADDRESS_LINES = 8
# The other fields of a memorandum's head, under its "To:" line: "From:", "De :", "cc:".
OTHER_FIELD = re.compile(
    r"^(?:From|De|Cc|c\.c\.?|Copy|Copie|Copia|Sent|Envoy[ée]|Enviado)\s*:", re.IGNORECASE
)


def _lines_above(text, end):
    """(start, stripped line) of the lines above offset ``end``, nearest first."""
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        yield start + (len(text[start:end]) - len(text[start:end].lstrip())), line
        end = start


def head_block(text) -> list[Mention]:
    """The block of address over the salutation, wherever the layout puts its zone: the
    short lines just above it (a subject line aside), from the first that names a person
    or a post ("H.E. Mr. John Doe / Minister of Foreign Affairs / …"); a letter to several
    persons may have a block for each above it, each opening with an honorific."""
    salutation = SALUTATION_LINE.search(text[:4000]) or PROSE_SALUTATION.search(text[:4000])
    if not salutation:
        return above_subject(text) or above_by_hand(text)
    found, end, subject = [], salutation.start(), None
    while len(found) < MAX_BLOCKS:
        block = _block_above(text, end, skip=not found)
        letterhead = block and _letterhead_post(text, block)
        mention = _addressed_block(block) if block and not letterhead else None
        if mention is None and not found:
            mention = office_block(text, block)  # "Ministry of … / Treaty Division / …"
        if mention is None and not found and subject is None and len(block) == 1:
            # a subject without its label between the date and the salutation: the block
            # of address is above them ("… / B-1049 Brussels / Strasbourg, 3 May 2031 /
            # Own-initiative inquiry … / Dear Mr President,")
            subject, end = block[0], block[0][0]
            continue
        if mention is None or (found and not ADDRESS_OPENS.match(block[0][1])):
            break
        found.insert(0, mention)
        end = block[0][0]
    return found or above_subject(text, salutation.start())


SUBJECT_LINE = re.compile(r"^[ \t]*(?:Subject|Objet|Asunto|Re|Ref)\.?[ \t]*:", re.I | re.M)


def above_subject(text, salutation=None) -> list[Mention]:
    """The block of address right over the subject where no salutation follows it
    ("Genève, le 13 janvier 2031 / Monsieur le Ministre des Affaires étrangères / Objet: …"),
    its first line opening with a courtesy title or an honorific."""
    subject = SUBJECT_LINE.search(text, 0, 1500)
    if not subject or (salutation is not None and salutation < subject.start()):
        return []
    block = _block_above(text, subject.start(), skip=True)
    if not block or not ADDRESS_OPENS.match(block[0][1]) or _letterhead_post(text, block):
        return []
    mention = _addressed_block(block)
    return [mention] if mention else []


MAX_BLOCKS = 3
# The Spanish block of address ends with "Presente" (delivered by hand), the body under it
# with no salutation between: "Señor Presidente de la República / Don Luis Ortega / Presente".
BY_HAND_LINE = re.compile(r"^[ \t]*(?:Presente|PRESENTE|Pte)\.?[ \t]*-?[ \t]*$", re.MULTILINE)


def above_by_hand(text) -> list[Mention]:
    """The block of address closed by its "Presente" line, where no salutation follows."""
    by_hand = BY_HAND_LINE.search(text, 0, 2500)
    if not by_hand:
        return []
    block = _block_above(text, by_hand.start(), skip=False)
    if not block or _letterhead_post(text, block):
        return []
    mention = _addressed_block(block)
    return [mention] if mention else []


def _letterhead_post(text, block) -> bool:
    """Whether ``block`` opens the text with the writer's post printed in capitals ("THE
    SECRETARY-GENERAL / OF THE … ORGANIZATION"), not an address."""
    first = block[0][1]
    return (
        not text[: block[0][0]].strip()
        and first.isupper()
        and bool(ARTICLE_POST.match(first))
        and not ADDRESS_OPENS.match(first)
    )


FLAT_BLOCK = 200


def _after_date(line) -> str:
    """``line`` without the date that opens it ("14 October 2031 Dr. Maria Santos …")."""
    dated = DATELINE.match(line)
    return line[dated.end() :].strip() if dated and DIGIT_END.search(dated.group(0)) else line


DIGIT_END = re.compile(r"\d\.?$")


def _flat_block(line, dated=False) -> bool:
    """Whether ``line`` is a whole block of address run together on one long line ("Dr.
    Maria Santos Chair, Scientific Committee Instituto … Guayaquil, Ecuador"), no sentence."""
    # an address's words are capitalised but for its joining words; a sentence's are not
    lower = [w for w in re.findall(r"\b[a-zà-ÿ][\w’'-]*", line) if w not in JOINING_WORDS]
    return (
        (40 if dated else 90) < len(line) <= FLAT_BLOCK
        and bool(ADDRESS_OPENS.match(line))
        and not PROSE_MARK.search(line)
        and not NOT_ADDRESS.search(line)
        and len(lower) <= 2
    )


def _block_above(text, end, skip) -> list[tuple[int, str]]:
    """The short lines just above ``end`` up to a blank line (a subject or a date right
    above ``end`` passed over when ``skip``)."""
    block = []
    for start, line in _lines_above(text, end):
        if not line:
            if block:
                break
            continue
        if skip and not block and (FIELD_LINE.match(line) or DATELINE.fullmatch(line)):
            continue  # the subject or the date between the address and the salutation
        if not block and _flat_block(_after_date(line), dated=_after_date(line) != line):
            # a flattened copy's block of address on one line, its date before it
            rest = _after_date(line)
            return [(start + len(line) - len(rest), rest)]
        if OTHER_FIELD.match(line):
            if block:
                break  # "From: …" over the address ends it
            continue  # the memorandum's other fields between the address and the salutation
        if len(line) > 90 or NOT_ADDRESS.search(line) or len(block) >= ADDRESS_LINES:
            break
        block.insert(0, (start, line))
    return block


def _groups_under_to(line) -> bool:
    """Whether ``line`` is a "To:" line naming a group (not a person or a post): a list."""
    envelope = ENVELOPE_TO.match(line)
    first = line[envelope.end() :] if envelope and ":" in envelope.group(0) else ""
    return bool(first.strip()) and not (ADDRESS_OPENS.match(first) or POST_OPENS.match(first))


# The envelope's "To:" or "A" before the one written to: "To: Ms. Jane Roe", "A S.E. el Señor …".
ENVELOPE_TO = re.compile(
    r"^(?:(?:To|TO|À|A|Para)\s*:\s*|(?:To|À|A)\s+(?=[HS]\.\s?E\.|S\.E\.M\.|Monsieur\s|Madame\s)"
    # "To the Chairperson of … / Mr. Tom Hill"
    rf"|To\s+(?=the\s+{TITLE_WORDS.pattern}))"
)


# A post of a few capitalised words, then a name: "Prime Minister Jane Roe", "Foreign
# Minister Tom Hill" (not a heading's "Message from … President Jane Roe", nor capitals).
POST_THEN_NAME = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,2}(?:President|Minister|Secretary(?:-General)?|Ambassador|Director|"
    r"Chair(?:man|woman|person)?|Commissioner|Governor|Mayor|Senator|Presidente|Ministr[oa]|"
    r"Président|Ministre|Secrétaire|Secretari[oa]|Embajador[a]?|Ambassadeur)"
    rf"\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s+(?:[A-ZÀ-Ý][\w’'.-]*|{PARTICLE})){{1,3}})"
)


def _post_then_name(line) -> bool:
    """Whether ``line`` is a post, then a person's name ("Prime Minister Jane Roe")."""
    match = POST_THEN_NAME.fullmatch(line)
    return bool(match) and not NOT_A_NAME.search(match.group("name"))


def _addressed_block(block) -> Mention | None:
    for index, (start, line) in enumerate(block):
        if index == 1 and _groups_under_to(block[0][1]):
            return None  # a circular's list: "To: All Member States / Observer States / …"
        # "To the Chairperson of … / Mr. Tom Hill": the envelope's "To" before a post
        envelope = ENVELOPE_TO.match(line)
        to_post = bool(envelope) and line[envelope.end() :].startswith("the ")
        named = ADDRESS_OPENS.match(line) or POST_OPENS.match(line) or to_post
        # or the post before the name: "Prime Minister Jane Roe / Office of …"
        named = named or (index == 0 and len(block) > 1 and _post_then_name(line))
        if index + 1 == len(block) and ARTICLE_POST.match(line) and not ADDRESS_OPENS.match(line):
            named = None
        # a name alone, the next line opening with its post: "Jane Roe / Director, …"
        person = NAME.match(line) and not NOT_A_NAME.search(line)
        post_next = index + 1 < len(block) and BARE_POST_OPENS.match(block[index + 1][1])
        if named or (person and post_next):
            lines = [text_line for _, text_line in block[index:]]
            if not (named or TITLE_WORDS.search(" ".join(lines))):
                return None
            envelope = ENVELOPE_TO.match(lines[0])
            skip = envelope.end() if envelope else 0
            lines[0] = lines[0][skip:]
            who = joined_address(lines)
            end = block[-1][0] + len(block[-1][1])
            return Mention(who[:250], Span(start + skip, end), 0.55)
    return None
