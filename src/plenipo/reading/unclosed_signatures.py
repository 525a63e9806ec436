"""Signatures of letters and notices that no closing formula marks, in the forms the
layout model may miss on pages it was not trained on. Pure."""

import re

from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.lines import start_of_line
from plenipo.reading.model import Person, Span
from plenipo.reading.people import (
    ADDRESSED_BELOW,
    NOT_A_NAME,
    PARTICLE,
    TITLE_START,
    TITLE_WORDS,
    signatory_match,
)

PROSE_LINE = 100
TAIL_LINES = 6
POST_LENGTH = 160
# the line over a contact person's name, who answers questions and signs nothing
CONTACT_CUE = re.compile(
    r"\b(?:contact|contacter|contactar|contacto|enquiries|inquiries|(?:more|further)\s+"
    r"information|plus\s+d['’]informations?|m[áa]s\s+informaci[óo]n)\b",
    re.IGNORECASE,
)
# or any label over a name and post on one line under a notice's last paragraph
CONTACT = re.compile(CONTACT_CUE.pattern + r"|:\s*$", re.IGNORECASE)


def name_and_post_line(letter: str) -> Person | None:
    """Under the last paragraph, a line holding a name and its post ("Jane Roe, Executive
    Secretary", "Dr Jane Roe | Executive Secretary", "Jane Roe Executive Secretary"); the
    text given ends where the letter does (``page_chrome.letter_end``)."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", letter)]
    prose = [i for i, (_, line) in enumerate(lines) if len(line.strip()) >= PROSE_LINE]
    if not prose:
        return None
    for index in range(prose[-1] + 1, min(len(lines), prose[-1] + 1 + TAIL_LINES)):
        start, line = lines[index]
        if _contact_label(lines[index - 1][1], CONTACT) or ADDRESSED_BELOW.match(line.strip()):
            # "For further information, please contact:" / a press officer; "Monsieur Paul
            # Roe, Président …" under the signature, the one written to
            return None
        match = signatory_match(line.strip())
        if match is None:
            continue
        post = line.strip()[match.end("name") :].strip(" ,|;–-")
        if not post or len(post) > POST_LENGTH or not TITLE_WORDS.search(post):
            continue
        name = match.group("name").strip()
        begin = letter.find(name, start)
        return Person(name, post, None, Span(begin, begin + len(name)), 0.5)
    return None


# A signature block run into the closing formula's line, as flattened copies print it:
# "… my highest consideration. Jacques CHIRAC Monsieur Gerhard SCHROEDER …", "Accept [etc.]
# Hans Sulzer", "… renewed assurances of my highest consideration. Alternate Representative
# Ernesto Campos Tenorio Chargé d'Affaires …". The block opens after a full stop, a comma, a
# colon or a cut formula.
BLOCK_OPENS = re.compile(
    # not the full stop of an initial: "Jomph R. Sean L" (OCR's reading of a signature)
    r"(?:(?<!\b[A-Z])[.,:;]|\[etc\.?\]|&c\.?)\s+(?=[A-ZÀ-Ý])|\n[ \t]*(?=[A-ZÀ-Ý])"
)
RUN_IN_REACH = 600
MOST_OPENINGS = 3
# the word of a sign-off a comma ends before the name: "Yours sincerely, Jane Roe"
SIGN_OFF_WORD = re.compile(
    r"(?:sincerely|faithfully|truly|regards|wishes|yours|respectfully|atentamente|cordialement|"
    r"cordialmente|saludos?|consideration|consid[ée]ration|consideraci[óo]n|v[ôo]tre|amicalement|"
    r"amiti[ée]|sentiments|servant|serviteur|servidor)\W*$",
    re.IGNORECASE,
)
NAME_WORD = re.compile(rf"^(?:[A-ZÀ-Ý][\w’'-]*\.?|[A-ZÀ-Ý]\.(?:[A-ZÀ-Ý]\.)*|{PARTICLE})$")
# words that end the name: the addressee's courtesy title after it, an article, a word that
# opens an organisation's name ("Commonwealth Parliamentary Association")
AFTER_NAME = re.compile(
    r"^(?:Monsieur|Madame|Mr|Mrs|Ms|Dr|H\.E\.|His|Her|Son|Sa|Su|Excelent[íi]sim[oa]|Se[ñn]or|"
    r"Se[ñn]ora|Don|Do[ñn]a|The|Le|La|Les|El|Los|Las|All|To|Al|Aux?|Yours|United|World|Global|"
    r"European|"
    r"African|Asian|American|Arab|Commonwealth|Parliamentary|National|Regional|Permanent)\.?$"
)
MOST_NAME_WORDS = 5
# the one written to, named after the signature or in a note's foot: "H.E. Mr. …"
WRITTEN_TO = re.compile(
    r"^(?:H\.\s?E\.|S\.\s?E\.|His|Her|Son|Su|Excelent[íi]sim[oa]|Mr\.?|Mrs\.?|Ms\.?)$"
)


def run_in_signature(text: str, formula_start: int) -> Person | None:
    """The signatory whose name a flattened copy runs on after the closing formula on its
    line or the next, with the post before or after the name."""
    line_end = text.find("\n", formula_start)
    if line_end >= 0:
        next_line = re.compile(r"\n\s*\S[^\n]*").match(text, line_end)
        line_end = next_line.end() if next_line else line_end
    line_end = len(text) if line_end < 0 else line_end
    stop = min(line_end, formula_start + RUN_IN_REACH)
    # the block follows the formula: within its first openings, not further in the prose
    openings = list(BLOCK_OPENS.finditer(text, formula_start, min(stop, formula_start + 250)))
    for opening in openings[:MOST_OPENINGS]:
        if opening.group(0).startswith(",") and not SIGN_OFF_WORD.search(
            text, max(0, opening.start() - 40), opening.start()
        ):
            continue  # a comma of the prose's list ("Foreign Affairs, Economic Development")
        person = _run_in_person(text, opening.end(), stop)
        if person is not None:
            return person or None  # the first run of capitalised words is the block's
    return None


def _run_in_person(text, start, stop) -> Person | bool | None:
    """The person whose name opens ``text[start:stop]``, after the post some print first;
    False where capitalised words that are no signatory's name open it (a place, an
    organisation, the one written to after "H.E. Mr."), None where no run of them does."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    if words and WRITTEN_TO.match(words[0].group(0)):
        return False
    index, post = 0, []
    while index < len(words) and _post_word(words[index].group(0)):
        post.append(words[index].group(0))
        index += 1
    name = []
    for word in words[index : index + MOST_NAME_WORDS + 1]:
        token = word.group(0)
        bare = token.rstrip(",;:-–")
        if not NAME_WORD.match(bare) or _post_word(bare) or AFTER_NAME.match(bare):
            break
        if NOT_A_NAME.search(bare) or NOT_A_NAME.search(bare.title()):
            return False  # an organisation's name, not a person's
        name.append(word)
        if bare != token:
            break
    if len(name) < 2:
        return None
    if len(name) > MOST_NAME_WORDS or len(name[-1].group(0).strip(",;:.-–")) < 2:
        return False  # a surname is no initial
    following = words[index + len(name)].group(0) if index + len(name) < len(words) else ""
    if following[:1].islower():
        return False  # a sentence goes on: "… Economic Development and …"
    begin, end = start + name[0].start(), start + name[-1].end()
    if DATE_SHAPE.match(text[end : end + 40].strip()):
        return False  # a note's place over its date: "CANBERRA ACT / 3 March 2031"
    written = text[begin:end].rstrip(",;:-–")
    if not signatory_match(written) or signatory_match(written).group("name").strip() != written:
        return False
    return Person(written, " ".join(post) or None, None, Span(begin, begin + len(written)), 0.5)


def _post_word(word) -> bool:
    return bool(TITLE_START.match(word) or TITLE_WORDS.fullmatch(word.strip(",;:")))


# Two signatories named on one line under the formula, their common post under them: "Jane
# Roe and John Doe" / "Co-Chairs", "Jean Roe et Paul Doe", "Ana Roe y Juan Doe".
JOINED = re.compile(r"[ \t]+(?:and|&|et|y)[ \t]+")
JOINED_LINES = 3
JOINED_REACH = 600


def joined_names(text: str, formula_end: int) -> list[Person]:
    """The signatories a line under the closing formula joins with "and", each a name."""
    under = text[formula_end : formula_end + JOINED_REACH]
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", under)]
    for index, (start, line) in enumerate(lines[:JOINED_LINES]):
        parts = JOINED.split(line.strip())
        if len(parts) < 2:
            continue
        if any(len(part.split()) < 2 for part in parts):
            return []  # "Research and Development", "Jane Roe and Associates"
        matches = [signatory_match(part) for part in parts]
        if not all(
            m and m.group("name").strip() == part for m, part in zip(matches, parts, strict=True)
        ):
            return []
        below = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
        post = below if TITLE_WORDS.search(below) and len(below) < POST_LENGTH else None
        found, at = [], formula_end + start
        for part in parts:
            begin = text.find(part, at)
            found.append(Person(part, post, None, Span(begin, begin + len(part)), 0.5))
            at = begin + len(part)
        return found
    return []


def not_a_contact(letter: str, person: Person | None) -> Person | None:
    """``person`` unless the line over their name asks readers to contact them ("For more
    information, please contact:", "Media contact:"): a press officer signs nothing."""
    if person is None or person.evidence is None:
        return person
    line_start = start_of_line(letter, person.evidence.start)
    above_end = line_start
    while above_end > 0 and letter[above_end - 1].isspace():
        above_end -= 1
    above = letter[start_of_line(letter, above_end) : above_end]
    same_line = letter[line_start : person.evidence.start]
    contact = _contact_label(above, CONTACT_CUE) or CONTACT_CUE.search(same_line)
    return None if contact else person


def _contact_label(line: str, cue) -> bool:
    """Whether ``line`` is a short label asking readers to contact whom it names, not a
    paragraph that mentions "further information"."""
    return len(line.strip()) < PROSE_LINE and bool(cue.search(line))
