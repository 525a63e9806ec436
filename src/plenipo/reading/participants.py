"""The members of a delegation a letter announces: "the delegation of Norland … will be
composed as follows: …", "la délégation … sera composée comme suit :", "la delegación …
estará integrada por: …", "Norland will be represented by Mr X, Director, and Ms Y,
Adviser", in a list (bullets, numbers, one a line, a table of names and titles) or in the
sentence. Read only after such words: a signature, a list of copies, the speakers of a
panel or those an invitation asks about are no delegation's members. (Each member as
written: ``participant_items``.) Pure."""

import re

from plenipo.reading.lines import LINE_REACH, end_of_line
from plenipo.reading.model import Participant
from plenipo.reading.participant_items import (
    EMAIL,
    OPENS_PERSON,
    PERSON_OPENS,
    is_table_header,
    participant,
    role_heading,
    starts_person,
)
from plenipo.reading.people import ORGANIZATION_LINE, TITLE_WORDS

# The words that announce a delegation's members, after a delegation is named in the
# sentence: "(will|shall) be composed as follows", "will consist of", "sera composée de",
# "estará integrada por", "la composition de la délégation est la suivante".
COMPOSED = re.compile(
    r"\b(?i:(?:will|shall)\s+be\s+(?:composed|comprised|constituted|made\s+up)\s+"
    r"(?:as\s+follows|of)|(?:is|are)\s+(?:composed|comprised|made\s+up)\s+(?:as\s+follows|of)|"
    r"will\s+(?:consist\s+of|comprise|include)|(?:is|will\s+be)\s+as\s+follows|"
    r"(?:sera|est|seront|sont)\s+compos[ée]e?s?\s+(?:comme\s+suit|de|des|d['’])|"
    r"se\s+composera\s+(?:comme\s+suit|de|des|d['’])|(?:est|sera)\s+la\s+suivante|"
    r"(?:estar[áa]n?|est[áa]n?|ser[áa]n?|queda)\s+(?:integrad[ao]s?|compuest[ao]s?|"
    r"conformad[ao]s?|constituid[ao]s?)\s+(?:de\s+la\s+(?:manera|forma)\s+siguiente|"
    r"como\s+sigue|por|de)|(?:es|ser[áa])\s+la\s+siguiente)"
)
# "… will be represented (at the session) by", "sera représentée … par", "estará
# representada … por", "will be attended by".
REPRESENTED = re.compile(
    r"\b(?i:(?:will|shall)\s+be\s+(?:represented|attended)|ser[ao]\s+repr[ée]sent[ée]e?|"
    r"(?:estar[áa]|ser[áa])\s+representad[oa])\b(?P<gap>[^.;:\n]{0,160}?)\b(?i:by|par|por)\s+"
)
# "the following persons will attend", "les personnes suivantes participeront", "las
# siguientes personas asistirán": a list that needs no delegation named before it.
FOLLOWING = re.compile(
    r"\b(?i:the\s+following\s+(?:persons?|officials?|delegates?|representatives?|"
    r"participants?|members?)\s+will\s+(?:attend|participate|represent)|les\s+"
    r"(?:personnes|d[ée]l[ée]gu[ée]s|repr[ée]sentants)\s+suivant(?:e?s)\s+(?:participeront|"
    r"assisteront|repr[ée]senteront)|l[ao]s\s+siguientes\s+(?:personas|delegad[oa]s|"
    r"representantes|funcionari[oa]s)\s+(?:participar[áa]n|asistir[áa]n|representar[áa]n))"
    # and what they attend, up to the colon before the list
    r"(?:[^.:;\n]{0,120}(?=:))?"
)
# A delegation, or who sends one, named in the sentence before "will be composed".
DELEGATION = re.compile(r"\b(?i:d[ée]l[ée]gations?|delegaci[óo]n(?:es)?)\b")
SENDERS = re.compile(
    r"\b(?i:delegations?|d[ée]l[ée]gations?|delegaci[óo]n|Government|Gouvernement|Gobierno|"
    r"Mission|Misi[óo]n|Republic|R[ée]publique|Rep[úu]blica|Kingdom|Royaume|Reino|"
    r"Ministry|Minist[èe]re|Ministerio|country|pays|pa[íi]s)\b"
)
# Who is represented in a sentence about others than a delegation: "the Secretariat will
# be represented by", "the panel will be attended by".
NOT_SENDERS = re.compile(
    r"\b(?i:Secretariat|Secr[ée]tariat|Secretar[íi]a|panels?|speakers?|moderat\w*|"
    r"intervenants?|ponentes?|oradores?|debate|d[ée]bat|Chair|Pr[ée]siden\w*|Bureau)\b"
)
THAT = re.compile(r"\b(?i:that|que|qu['’])\s")
# What may stand between those words and the first member: "as follows:", "the following
# officials:", "des personnes suivantes :", "las siguientes personas:".
LEAD_IN = re.compile(
    r"(?:[ \t]*(?i:as\s+follows|comme\s+suit|como\s+sigue|de\s+la\s+(?:manera|forma)\s+"
    r"siguiente|the|following|les|las|los|des|persons|personnes|personas|people|officials|"
    r"members|membres|miembros|delegates|d[ée]l[ée]gu[ée]s|delegad[oa]s|representatives|"
    r"repr[ée]sentants|representantes|funcionari[oa]s|suivante?s|siguientes)\b){0,6}"
    r"[ \t]*[:：]?[ \t]*"
)
SENTENCE_REACH = 300  # back from the words, to the delegation they speak of
ITEMS_REACH = 1500  # a sentence of members
MOST_LINES = 80  # a list of members
ABBREVIATED = re.compile(
    r"(?:\b[A-Za-z]|Mr|Ms|Mrs|Dr|Dra|Prof|Profa|Sr|Sra|Srta|Mme|Mlle|Excmo|Excma|No|Nos|St|"
    r"Amb|Lic|Ing|Mtro|Mtra|etc)$"
)
SENTENCE_END = re.compile(r"\.(?=\s)|\n[ \t]*\n")
ITEM_SPLIT = re.compile(
    r"(?:[;,][ \t\n]*(?:(?:and|et|y|e)[ \t\n]+)?|[ \t\n]+(?:and|et|y|e)[ \t\n]+)"
    rf"(?={PERSON_OPENS}[A-ZÀ-Ý])"
)


def participants(text: str) -> list[Participant]:
    """The members of each delegation ``text`` announces, in the letter's order; none
    where it announces none."""
    found: list[Participant] = []
    read_to = 0
    for start, end, inline in _announcements(text):
        if start < read_to:
            continue
        members, read_to = (_in_sentence if inline else _in_list)(text, end)
        names = {person.name.casefold() for person in found}
        found += [p for p in members if p.name.casefold() not in names]
    return found


def _announcements(text):
    """(start, end, whether the members follow on the same line) of each announcement."""
    cues = []
    for pattern in (COMPOSED, REPRESENTED, FOLLOWING):
        for match in pattern.finditer(text):
            if pattern is FOLLOWING or _of_a_delegation(text, match, pattern is REPRESENTED):
                cues.append((match.start(), match.end()))
    for start, cue_end in sorted(cues):
        lead = LEAD_IN.match(text, cue_end, end_of_line(text, cue_end))
        end = lead.end() if lead else cue_end
        line_left = text[end : end_of_line(text, end)].strip()
        yield start, end, bool(line_left)


def _of_a_delegation(text, match, represented) -> bool:
    """Whether the sentence before ``match`` names a delegation (its state, its government,
    its mission for "will be represented by"), and not a secretariat's or a panel's."""
    back = max(0, match.start() - SENTENCE_REACH)
    before = text[back : match.start()]
    sentence = before[_last_sentence_end(before) :]
    if represented:
        subject = sentence[max((m.end() for m in THAT.finditer(sentence)), default=0) :]
        subject += match["gap"]
        return bool(SENDERS.search(sentence)) and not NOT_SENDERS.search(subject)
    # the words after the delegation named last, up to "will be composed"
    named = [m.end() for m in DELEGATION.finditer(sentence)]
    return bool(named) and not NOT_SENDERS.search(sentence[named[-1] :])


def _last_sentence_end(before: str) -> int:
    ends = [m.end() for m in SENTENCE_END.finditer(before) if not _abbreviated(before, m)]
    return ends[-1] if ends else 0


def _abbreviated(text, stop) -> bool:
    """Whether the full stop ``stop`` ends an abbreviation ("Mr.", "H.E."), not a sentence."""
    word = text[max(0, stop.start() - 12) : stop.start()]
    return stop.group(0) == "." and bool(ABBREVIATED.search(word))


def _in_sentence(text, start) -> tuple[list[Participant], int]:
    """The members named in the rest of the sentence after ``start``: "Mr X, Director, and
    Ms Y, Adviser"; each opens with an honorific."""
    limit = min(len(text), start + ITEMS_REACH)
    end = next(
        (m.start() for m in SENTENCE_END.finditer(text, start, limit) if not _abbreviated(text, m)),
        limit,
    )
    if not OPENS_PERSON.match(text[start:end]):
        return [], end
    splits = list(ITEM_SPLIT.finditer(text, start, end))
    firsts = [start] + [m.end() for m in splits]
    lasts = [m.start() for m in splits] + [end]
    found = []
    for first, last in zip(firsts, lasts, strict=True):
        person = participant(text, first, last)
        if person is not None:
            found.append(person)
    return found, end


def _in_list(text, start) -> tuple[list[Participant], int]:
    """The members listed on the lines after ``start``, one an item (its title, role or
    e-mail may follow on lines of their own), under headings that give their role; the
    list ends at the first line that is none of these, or at two blank lines."""
    position = end_of_line(text, start) + 1
    found, role, blanks, item = [], "not stated", 0, None
    for _ in range(MOST_LINES):
        if position >= len(text):
            break
        line_end = end_of_line(text, position)
        line = text[position:line_end]
        kind = _line_kind(line, item is not None)
        if kind == "blank":
            blanks += 1
            if blanks > 1 and found:
                break
        elif kind in ("header", "role"):
            role = role_heading(line) if kind == "role" else role
            item = _closed(text, item, found)
        elif kind == "person":
            item = _closed(text, item, found)
            item = [position, line_end, role]
        elif kind == "more":
            item[1] = line_end
        else:
            break
        blanks = 0 if kind != "blank" else blanks
        if line_end - position >= LINE_REACH:
            break  # no list's line is that long
        position = line_end + 1
    _closed(text, item, found)
    return found, position


def _line_kind(line, after_item) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if is_table_header(line):
        return "header"
    if role_heading(line):
        return "role"
    if starts_person(line):
        return "person"
    if after_item and (EMAIL.search(stripped) or _a_post(stripped)):
        return "more"
    return "end"


def _a_post(line) -> bool:
    """A line that only gives a post or a role: "Ambassador, Permanent Representative"."""
    post = TITLE_WORDS.search(line) or ORGANIZATION_LINE.match(line)
    return bool(post) and not OPENS_PERSON.match(line) and len(line) < 120


def _closed(text, item, found):
    """The item read so far added to ``found``, when it holds a person; None."""
    if item is not None:
        person = participant(text, item[0], item[1], item[2])
        if person is not None:
            found.append(person)
