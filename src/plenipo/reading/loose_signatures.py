"""Signatories read where no closing formula marks the signature block: after a "(Signed)"
mark, alone on one of the last lines, beside a post the layout model found alone, and under
a notice's last paragraph. Pure."""

import re

from plenipo.reading.lines import end_of_line, start_of_line
from plenipo.reading.model import Person, Span
from plenipo.reading.news_bylines import after_reported_speech
from plenipo.reading.people import (
    DIGIT,
    NAME,
    NOT_A_NAME,
    PARTICLE,
    SIGNED,
    SIGNED_HONORIFIC,
    SIGNED_MARK,
    TITLE_LINE,
    TITLE_START,
    TITLE_WORDS,
    place_over_date,
    signatory_match,
    title_of,
)

SIGNED_NAME = re.compile(
    r"(?i:" + SIGNED_MARK + SIGNED_HONORIFIC + r")"
    rf"(?P<name>(?:(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})[ \t]+){{1,4}}[A-ZÀ-Ý][\w’'\-]+)"
)


def signed_names(text) -> list[Person]:
    """Names after "(Signed)", as documents reproducing a signed letter print them."""
    found = []
    for match in SIGNED_NAME.finditer(text):
        words = match.group("name").split()
        cut = next((i for i, w in enumerate(words) if i >= 1 and TITLE_START.match(w)), None)
        lines = text[match.start("name") :].split("\n", 4)
        following = next((line for line in lines[1:4] if line.strip()), "")
        title = None
        rest = lines[0][len(match.group("name")) :]
        if cut is not None:
            title = " ".join(lines[0].split()[cut:])[:120] or None
            words = words[:cut]
        elif re.match(r"\s*,\s*\S", rest) and TITLE_WORDS.search(rest) and len(rest) < 120:
            title = " ".join(rest.split()).strip(" ,")  # "(Signed) Jane Roe, Ambassador"
        elif TITLE_WORDS.search(following) and len(following) < 160:
            title = " ".join(following.split()).strip(" ,")
        if words and words[-1] in {"Annex", "Anexo", "Annexe"}:
            words.pop()
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.start("name")
        found.append(Person(name, title, None, Span(start, start + len(name)), 0.6))
    return found


# A web page's link under the text it cuts short, its words capitalised like a name's: "See
# Full Page", "Read Full Story", "Continue Reading", "Lire La Suite", "Ver Nota Completa".
WEB_LINK = re.compile(
    r"^(?:See|View|Read|Show|Open|Print|Download|Continue|Back|Go|Voir|Lire|Afficher|"
    r"Imprimer|T[ée]l[ée]charger|Ver|Leer|Mostrar|Imprimir|Descargar|Seguir|Volver)\b"
    r"(?:\s+(?:Full|The|This|More|Whole|Entire|Complete|Page|Article|Story|Text|Letter|Reading|"
    r"To|Top|Plus|La|Le|Suite|Page|Compl[èe]te|Article|Texte|M[áa]s|Nota|Noticia|P[áa]gina|"
    r"Completa|Leyendo|Arriba|Art[íi]culo|Carta|Lettre))+\W*$",
    re.IGNORECASE,
)


def last_line_name(text) -> Person | None:
    """A name standing alone on one of the last lines, as printed collections and archive
    copies end a letter ("F. du Martheray."), with the post on the line after it."""
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[-400:])]
    lines = [(start, line) for start, line in lines if line]
    offset = max(0, len(text) - 400)
    for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        start, line = lines[index]
        line = SIGNED.sub("", line)
        match = NAME.match(line)
        if match is None or len(line) > 60 or TITLE_WORDS.search(line) or NOT_A_NAME.search(line):
            continue
        if WEB_LINK.match(line):
            continue
        if index and after_reported_speech(lines[index - 1][1]):
            continue  # "… », précise la note. / Jean Roe": the news article's author
        if NOT_A_NAME.search(line.title()) or place_over_date(line, lines[index + 1 :]):
            continue  # a heading in capitals: "PRESS RELEASE"; a note's place over its date
        # a name holds no digit: "B-1000 Brussels" is an address
        if len(match.group("name").split()) < 2 or line.endswith((":", ",")) or DIGIT.search(line):
            continue
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        name = match.group("name").strip().rstrip(".")
        begin = offset + start + text[offset + start :].find(name)
        return Person(
            name, title_of(line, match, following), None, Span(begin, begin + len(name)), 0.5
        )
    return None


# A rank some sign with before the name ("Ambassador Jane Roe"): the line is a name all the
# same, not a post.
RANK_BEFORE = re.compile(
    r"^(?:Ambassador|Ambassadeur|Ambassadrice|Embajadora?|Professor|Professeur|Profesora?)"
    r"\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
)


def _line_name(text, start, end):
    """The signatory's name if the line ``text[start:end]`` is one."""
    line = RANK_BEFORE.sub("", text[start:end].strip())
    match = signatory_match(SIGNED.sub("", line)) if line else None
    if match is None or TITLE_LINE.match(line) or len(match.group("name").split()) < 2:
        return None
    name = match.group("name").strip()
    begin = text.find(name, start)
    return name, Span(begin, begin + len(name))


def name_beside(text, person: Person) -> Person:
    """A post found alone in the signature block with the signatory's name on the line
    just above it ("Blasco M. Peñaherrera P." / "Ambassador, Permanent Representative") or
    just under it ("Alternate Representative" / "Ernesto Campos Tenorio"), where no
    closing formula marked the block."""
    if person.name is not None or person.evidence is None:
        return person
    line_start = start_of_line(text, person.evidence.start)
    above_end = max(0, line_start - 1)
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    above = _line_name(text, start_of_line(text, above_end), above_end)
    line_end = end_of_line(text, person.evidence.end)
    below_start = min(len(text), line_end + 1)
    below = _line_name(text, below_start, end_of_line(text, below_start))
    found = above or below
    if found is None:
        return person
    return Person(found[0], person.title, person.organization, found[1], 0.55)


PROSE_LINE = 100
TAIL_LINES = 8


def tail_signature(text) -> Person | None:
    """The signatory of a notice with no closing formula: under its last paragraph, a
    name on its line with a post on the line under or above it ("Elizabeth Maruma Mrema"
    / "Executive Secretary")."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"^[^\S\n]*\S[^\n]*", text, re.M)]
    prose = [i for i, (start, end) in enumerate(lines) if end - start >= PROSE_LINE]
    if not prose:
        return None
    after = lines[prose[-1] + 1 : prose[-1] + 1 + TAIL_LINES]
    for index, (start, end) in enumerate(after):
        found = _line_name(text, start, end)
        if found is None:
            continue
        neighbours = [after[j] for j in (index + 1, index - 1) if 0 <= j < len(after)]
        for near_start, near_end in neighbours:
            post = text[near_start:near_end].strip()
            is_post = TITLE_WORDS.search(post) and len(post) < 120
            if is_post and _line_name(text, near_start, near_end) is None:
                post = re.sub(r"^(?:The|Le|La|El|L')\s*(?=[A-ZÀ-Ý])", "", post.strip(" ,"))
                return Person(found[0], post, None, found[1], 0.5)
    return None
