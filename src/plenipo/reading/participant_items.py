"""One member of an announced delegation, as a letter writes it: "H.E. Ms Anna Berg,
Ambassador, Permanent Representative (Head of Delegation)", "Mr Jon Dahl – Counsellor",
"Ola Nes<TAB>Second Secretary<TAB>ola.nes@mfa.no", "Sr. Juan Pérez, Jefe de Delegación".
The name (without its honorific), the title or function as written, the role the letter
gives, the e-mail it writes. (Where such a list stands: ``participants``.) Pure."""

import re

from plenipo.reading.model import Participant, Span
from plenipo.reading.name_words import NOT_A_NAME
from plenipo.reading.people import PARTICLE, TITLE_WORDS
from plenipo.reading.signatory_forms import HONORIFICS_BEFORE

# What opens a person's name in a list or a sentence, in English, French and Spanish;
# never a post ("Ambassador", "General"), which a title after a name's comma opens too.
PERSON_OPENS = (
    r"(?:(?:H\.\s?E\.|S\.\s?E\.|Excm[oa]\.?|(?:His|Her)\s+Excellency|Son\s+Excellence|"
    r"Su\s+Excelencia)\s+|(?:Mr|Ms|Mrs|Miss|Dr|Dra|Prof|Mme|Mlle|Sr|Sra|Srta)\.?\s+|"
    r"M\.\s+)"
)
OPENS_PERSON = re.compile(rf"^{PERSON_OPENS}(?=[A-ZÀ-Ý])")
# A list item's mark: "-", "•", "1.", "(a)", "ii)".
BULLET = re.compile(r"^[ \t]*(?:[-–—•*·▪●○►]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}[.)])[ \t]+")
NAME = re.compile(
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]*\.?(?:[ ](?:[A-ZÀ-Ý][\w’'\-]*\.?|{PARTICLE}(?=[ ])))" + r"{0,5})"
)
HONORIFICS = re.compile(rf"^(?:{PERSON_OPENS}|{HONORIFICS_BEFORE})+")
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
EMAIL_LABEL = re.compile(
    r"(?i:\b(?:e-?mail(?:\s+address)?|courriel|adresse\s+[ée]lectronique|correo"
    r"(?:\s+electr[óo]nico)?|email)\s*[:.]?\s*)$"
)
# Where the name ends and the title starts in a table's row or a list's line.
CELL = re.compile(r"\t+|[ ]{2,}|[ ]+[|/–—-][ ]+|[ ]*\|[ ]*")

DELEGATION_WORD = r"(?:the\s+|la\s+)?(?:[Dd]elegation|[Dd][ée]l[ée]gation|[Dd]elegaci[óo]n)"
# The roles a letter gives, surest first: a deputy head is an alternate, not a head.
ROLES = (
    (
        "alternate",
        re.compile(
            rf"\b(?i:(?:Deputy|Alternate)\s+Head\s+of\s+{DELEGATION_WORD}|Chef\s+adjoint\s+de\s+"
            rf"{DELEGATION_WORD}|Chef\s+de\s+{DELEGATION_WORD}\s+adjoint|Jef[ae]\s+(?:adjunt[oa]|"
            rf"altern[oa])(?:\s+de\s+{DELEGATION_WORD})?|Alternates?(?:\s+Representatives?)?|"
            r"Suppl[ée]ante?s?|Suplentes?|Altern[oa]s?)\b"
        ),
    ),
    (
        "head",
        re.compile(
            rf"\b(?i:Head\s+of\s+{DELEGATION_WORD}|Chef\s+de\s+{DELEGATION_WORD}|"
            rf"Chef\s+de\s+la\s+d[ée]l[ée]gation|Jef[ae]\s+de\s+{DELEGATION_WORD}|"
            r"Jef[ae]\s+de\s+la\s+delegaci[óo]n)\b"
        ),
    ),
    (
        "adviser",
        re.compile(
            r"\b(?i:Advis[eo]rs?|Conseill(?:er|[eè]re)s?\s+techniques?|Asesor(?:a|es|as)?|"
            r"Expert(?:e|s|es)?|Expert[oa]s?)\b"
        ),
    ),
    (
        "member",
        re.compile(
            rf"\b(?i:Members?\s+of\s+{DELEGATION_WORD}|Membres?\s+de\s+{DELEGATION_WORD}|"
            rf"Miembros?\s+de\s+{DELEGATION_WORD}|Delegates?|D[ée]l[ée]gu[ée]e?s?|Delegad[oa]s?)\b"
        ),
    ),
)
# The head's and the alternates' roles are the delegation's, not the person's title: left
# out of the title ("Ambassador (Head of Delegation)" → "Ambassador"). An adviser's or a
# delegate's is the function as written, and stays.
ROLES_LEFT_OUT = ("head", "alternate")
# A line that only says the role of those under it: "Head of Delegation:", "Suppléants :",
# "Asesores", "Representative:" (a list of the United Nations' kind).
ROLE_HEADING = re.compile(r"^[ \t]*(?P<label>[^\W\d][^:\n]{0,60}?)[ \t]*:?[ \t]*$")
TABLE_HEADER = re.compile(
    r"^[ \t]*(?i:Names?|Noms?|Nombres?|Surname|Apellidos?)\b[^\n]{0,80}\b"
    r"(?i:Titles?|Functions?|Fonctions?|Titres?|Cargos?|Funci[óo]n|Positions?|Designations?|"
    r"Posts?|Ranks?|Rangs?|Grades?|Qualit[ée]s?|E-?mail|Courriel|Correo)\b[^\n]{0,120}$"
)
TRIM = " \t\n,;:.–—-/|"
JOINS = re.compile(r"(?:,|\s)+(?:and|et|y|e)\s*$", re.IGNORECASE)
HONORIFIC_CONFIDENCE, BARE_CONFIDENCE = 0.8, 0.6


def role_heading(line: str) -> str | None:
    """The role a heading line gives those listed under it ("Alternates:"), or None."""
    found = ROLE_HEADING.match(line)
    if not found or OPENS_PERSON.match(line.strip()):
        return None
    label = found["label"].strip()
    for role, pattern in ROLES:
        whole = pattern.fullmatch(label)
        if whole:
            return role
    return None


def is_table_header(line: str) -> bool:
    return bool(TABLE_HEADER.match(line))


def starts_person(line: str) -> bool:
    """Whether ``line`` opens a person: with an honorific, or a name before a comma, a
    tab or a cell's spaces (a bare name in a list, never a post like "Second Secretary")."""
    body = BULLET.sub("", line, count=1).strip()
    if OPENS_PERSON.match(body):
        return True
    head = CELL.split(body, maxsplit=1)[0].split(",", 1)[0].strip()
    return _bare_name(head) is not None and (head != body or "," in body or len(body) < 60)


def _bare_name(words: str) -> str | None:
    """A name of two words or more with no word of a post or an office in it."""
    found = NAME.fullmatch(words.strip())
    if not found or " " not in found["name"]:
        return None
    if NOT_A_NAME.search(found["name"]) or TITLE_WORDS.search(found["name"]):
        return None
    if any(pattern.search(found["name"]) for _, pattern in ROLES):
        return None
    return found["name"]


def _name_and_rest(body: str) -> tuple[str, str, bool] | None:
    """(name, what follows it, whether an honorific opened it) of one item's text."""
    opened = HONORIFICS.match(body)
    after = body[opened.end() :] if opened else body
    found = NAME.match(after)
    if not found:
        return None
    name = found["name"]
    # A title run on after the name without a comma: "Mr Jon Dahl Counsellor".
    post = TITLE_WORDS.search(name)
    if post and post.start() > 0 and opened:
        name = name[: post.start()].rstrip()
    rest = after[len(name) :]
    if not opened and _bare_name(name) is None:
        return None
    if opened and (NOT_A_NAME.search(name) or not name):
        return None
    return name.rstrip(" ."), rest, bool(opened)


def _role_and_title(rest: str, given_role: str) -> tuple[str, str | None]:
    """The role ``rest`` says (else ``given_role``) and the title left once the head's or
    an alternate's role is taken out of it."""
    title = CELL.sub(", ", rest)
    role = given_role
    for found_role, pattern in ROLES:
        said = pattern.search(title)
        if said is None:
            continue
        role = found_role
        if found_role in ROLES_LEFT_OUT:
            title = _without(title, said)
        break
    title = re.sub(r"\(\s*\)", "", title)
    title = JOINS.sub("", title.strip(TRIM)).strip(TRIM)
    title = re.sub(r"\s*,\s*(?:,\s*)+", ", ", title)
    return role, (title or None)


def _without(title: str, said: re.Match) -> str:
    """``title`` without the role phrase ``said``, and the brackets around it."""
    before, after = title[: said.start()], title[said.end() :]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    return f"{before.rstrip(' ,;–—-')}, {after.lstrip(' ,;–—-')}"


def participant(text: str, start: int, end: int, role="not stated") -> Participant | None:
    """The person written in ``text[start:end]`` (a list's item, a sentence's part), with
    ``role`` when the item does not say its own (the list's heading gave it); None when
    the item opens with no name."""
    chunk = text[start:end]
    bullet = BULLET.match(chunk)
    offset = bullet.end() if bullet else 0
    body = chunk[offset:]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    heading = re.match(r"^(?P<label>[^\W\d][^:\n]{0,60}?)[ \t]*:[ \t]*", body)
    if heading and (given := role_heading(heading["label"])):
        role, body, lead = given, body[heading.end() :], lead + heading.end()
    read = _name_and_rest(body)
    if read is None:
        return None
    name, rest, honorific = read
    email = EMAIL.search(rest)
    if email:
        before = EMAIL_LABEL.sub("", rest[: email.start()].rstrip(" ,;:(<["))
        rest = before + " " + rest[email.end() :].lstrip(" )>]")
    role, title = _role_and_title(rest, role)
    first = start + offset + lead
    return Participant(
        name=" ".join(name.split()),
        title=" ".join(title.split()) if title else None,
        role=role,
        email=email.group(0).rstrip(".") if email else None,
        evidence=Span(first, max(first, start + len(chunk.rstrip(TRIM + " ")))),
        confidence=HONORIFIC_CONFIDENCE if honorific else BARE_CONFIDENCE,
    )
