"""A heading that names a letter by who writes it and to whom, the writer's name and post
taken apart: "Letter from the Minister for Foreign Affairs of Norland, Jane Roe, to the
Secretary-General", "Letter from Foreign Minister Jane Roe to …", "Lettre du Président Jean
Roe au …", "Carta del canciller Juan Roe a …". Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import NOT_A_NAME, PARTICLE, TITLE_WORDS

# The heading on a line of its own: its kind, "from"/"du"/"del", the writer, "to"/"au"/"a"
# and whom it is written to.
FROM_TO_HEADING = re.compile(
    r"^[ \t]*(?:(?i:open)\s+)?(?i:letter|message|lettre|carta|mensaje|misiva)"
    r"(?:\s+(?i:ouverte|abierta))?\s+(?:from|de\s+la|de\s+l['’]|del|du|de)\s+"
    r"(?P<writer>[^\n]{4,160}?),?\s+(?:to|à|au|aux|a|al)\s+(?P<to>[^\n]{3,200})$",
    re.MULTILINE,
)
# The courtesy before a name: "H.E. Ms Jane Roe", "M. Jean Roe", "Sr. Juan Roe", "don Juan Roe"
_COURTESY = (
    r"(?:(?:H\.\s?E\.|S\.\s?E\.|Excm[oa]|Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra|Monsieur|Madame|Señora?|"
    r"[Dd]on|[Dd]oña)\.?\s+)*"
)
_NAME_WORDS = rf"[A-ZÀ-Ý][\w’'\-.]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,4}}"
# A name alone, its courtesy aside.
NAME_ALONE = re.compile(rf"{_COURTESY}(?P<name>{_NAME_WORDS})")
# A post, then the name after its last post word: "Foreign Minister Jane Roe".
POST_THEN_NAME = re.compile(
    rf"(?P<post>.*\b(?:{TITLE_WORDS.pattern})[\w-]*)\s+{_COURTESY}(?P<name>{_NAME_WORDS})",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|le|la|el|l['’])\s*", re.IGNORECASE)


def _name(words) -> str | None:
    """``words`` as a person's name, its courtesy aside; not a post nor an organisation."""
    match = NAME_ALONE.fullmatch(words)
    if not match:
        return None
    name = match.group("name")
    if TITLE_WORDS.search(name) or NOT_A_NAME.search(name):
        return None
    return name


def _name_and_post(writer) -> tuple[str, str] | None:
    """The writer's name and post, set off by commas ("the Minister …, Jane Roe", "Jane
    Roe, Minister …") or the post before the name ("Foreign Minister Jane Roe")."""
    parts = [part.strip() for part in _ARTICLE.sub("", writer).split(",") if part.strip()]
    if len(parts) > 1:
        names = [name for name in map(_name, parts) if name]
        posts = [part for part in parts if not _name(part) and TITLE_WORDS.search(part)]
        if len(names) == 1 and posts:
            return names[0], ", ".join(posts)
        return None
    match = POST_THEN_NAME.fullmatch(parts[0]) if parts else None
    if not match or not match.group("name")[0].isupper():
        return None
    name = _name(match.group("name"))
    return (name, match.group("post").strip()) if name else None


def from_to_writer(text) -> Person | None:
    """The writer a heading "Letter from X to Y" names, with the post it gives beside the
    name; none where the heading names a post or a body alone."""
    for match in FROM_TO_HEADING.finditer(text[:1500]):
        writer = " ".join(match.group("writer").split())
        found = _name_and_post(writer)
        if found:
            name, post = found
            start = match.start("writer") + match.group("writer").find(name.split()[0])
            return Person(name, post, None, Span(start, start + len(name)), 0.55)
    return None
