"""Things a letter names with the annex they are in, without a verb of sending: "complete
the “Nominee’s form” (see Annex 2)", "The membership of the group (see Annex 3) includes
…", "The registration form is in Annex 2", "le formulaire d’inscription (voir annexe 1)",
"el formulario de inscripción (véase el anexo 1)". Each is an enclosure, named with its
annex. Pure."""

from __future__ import annotations

import re

from plenipo.reading.enclosure_sequels import sequels_apart
from plenipo.reading.model import Enclosure, Span

_ANNEX = (
    r"(?P<annex>(?:Annex|Appendix|Attachment|Annexe|Anexo|Ap[ée]ndice)"
    r"(?:[ \t]*\d{1,2}|[ \t]+(?-i:[IVX]{1,4}|[A-H]))\b)"
    # not the annex of another text: "Annex 2 to the Convention", "Anexo 2 del Reglamento"
    r"(?![ \t]+(?:to|of|del?|du|des|al|à|a)\b)"
)
# The short name before it: a quoted title, or an article and four words at most.
_NAME = (
    r"(?:[“\"«][ \t]*(?P<quoted>[^”\"»\n]{3,80}?)[ \t]*[”\"»]|"
    r"\b(?:the|a|an|le|la|les|l['’]|un|une|el|los|las|un|una)[ \t]*"
    r"(?P<what>[\w’'-]+(?:[ \t]+[\w’'-]+){0,3}?))"
)
ANNEXED = re.compile(
    _NAME
    + r"[ \t]*\((?:see|cf\.|voir|v[ée]ase|ver)?[ \t]*(?:(?:the|l['’]|el)[ \t]*)?"
    + _ANNEX
    + r"[^()\n]{0,120}(?:\)|\n|$)"
    # "The registration form is in Annex 2", "… is given in Appendix A"
    r"|" + _NAME.replace("?P<", "?P<is_") + r"[ \t]+(?:is|are|figure|figuran?)[ \t]+"
    r"(?:(?:given|set[ \t]+out|contained|reproduced|provided|found)[ \t]+)?(?:in|en)[ \t]+"
    r"(?:(?:the|l['’]|el)[ \t]*)?" + _ANNEX.replace("?P<annex>", "?P<is_annex>"),
    re.IGNORECASE,
)
# Not a thing: "the Parties (see Annex I)", "the countries listed in Annex I", a section.
NOT_A_THING = re.compile(
    r"(?:.*\b)?(?:Part(?:ie)?s|Partes|countries|pays|pa[íi]ses|States|[ÉE]tats|Estados|Members|"
    r"membres|miembros|economies|section|paragraph|page|above|below)$",
    re.IGNORECASE,
)
# "A draft agenda is attached (Annex 1)": a clause, not a name
VERB = re.compile(r"\b(?:is|are|was|were|est|sont|es|son)\b", re.IGNORECASE)


def annexed_names(text: str) -> list[Enclosure]:
    """What the letter names with its annex, each once, as "name (Annex N)"."""
    found, seen = [], set()
    for match in _around_annex_words(text):
        parts = match.groupdict()
        name = parts["quoted"] or parts["what"] or parts["is_quoted"] or parts["is_what"]
        annex = " ".join((parts["annex"] or parts["is_annex"]).split())
        name = " ".join(name.split())
        if NOT_A_THING.match(name) or VERB.search(name) or annex.lower() in seen:
            continue
        seen.add(annex.lower())
        quoted = parts["quoted"] or parts["is_quoted"]
        described = f"“{name}” ({annex})" if quoted else f"{name} ({annex})"
        found.append(Enclosure(described, None, Span(*match.span()), 0.6))
    return found


# Only near the word "annex" is the pattern sought, which costs far less than trying it at
# every article of the text.
ANNEX_WORD = re.compile(r"\b(?:annex|appendix|attachment|anexo|ap[ée]ndice)", re.IGNORECASE)
NAME_REACH = 200


def _around_annex_words(text):
    """The matches of ANNEXED over an annex word, each once, in the text's order."""
    last_end = 0
    for word in ANNEX_WORD.finditer(text):
        if word.start() < last_end:
            continue
        start = max(last_end, word.start() - NAME_REACH)
        for match in ANNEXED.finditer(text, start, word.end() + NAME_REACH):
            if match.start() <= word.start() < match.end():
                last_end = match.end()
                yield match
                break


def with_annexed_names(text: str, found: list[Enclosure]) -> list[Enclosure]:
    """``found`` (a paper and its sequel apart) and the things named with their annex that
    no enclosure found names."""
    found = sequels_apart(found)
    more = [
        extra
        for extra in annexed_names(text)
        if not any(_same(extra, enclosure) for enclosure in found)
    ]
    return sorted([*found, *more], key=lambda enclosure: enclosure.evidence.start)


def _same(extra: Enclosure, enclosure: Enclosure) -> bool:
    """Whether an enclosure already found is the annexed thing: over its words, or naming
    half its words or more."""
    one, other = extra.evidence, enclosure.evidence
    if one.start < other.end and other.start < one.end:
        return True
    words = _words(extra.description)
    return bool(words) and len(words & _words(enclosure.description)) >= max(1, len(words) // 2)


def _words(description: str) -> set[str]:
    return {w for w in re.findall(r"\w{3,}", description.lower()) if w not in {"the", "annex"}}
