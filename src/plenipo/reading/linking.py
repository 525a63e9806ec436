"""Names read in a letter matched to the names a registry knows, with a confidence. Pure.

A registry entry is ``(code, names)``: its code and every name it goes by (titles in each
language, short title, aliases). A name written exactly as one of them, case, spaces and
dashes aside, is certain; otherwise the confidence is a fuzzy comparison of the words
(``rapidfuzz``), which gives less where one name only shares a part of the other's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

LINK_THRESHOLD = 0.85
# Below this a registry entry is not even proposed: the name is new to the registry.
PROPOSAL_FLOOR = 0.6
# Two entries this close are both plausible: the officer chooses.
AMBIGUITY_MARGIN = 0.05
# A name found inside a longer one says whose the longer one is ("the Embassy of Japan"),
# sure enough to link when it is the only name found, only proposed beside another.
NAMED_ALONE = 0.9
NAMED_AMONG_OTHERS = 0.7
# A long name shares a few words with many short ones ("the United Nations" and "the United
# States"): a likeness this weak is no proposal once names inside it are looked for.
NAMED_FUZZY_FLOOR = 0.75
# Shorter names ("UN", "EU") are abbreviations that also occur as ordinary words.
MIN_NAMED_LENGTH = 4


def _words_of(text: str) -> list[str]:
    return text.split()


# Words that many instruments' titles share: the kind of instrument, who made it, and the
# words between. "Convention on Wetlands" and "Palermo Convention" share only these, and so
# are not alike at all; a title is like another only through a word of its own (spelt
# nearly the same: "Palerme", "Palermo"). A French treaty, accents aside, is written as
# trafficking is ("traité", "traite"): it is no word of a title's own either.
INSTRUMENT_WORDS = frozenset(
    _words_of(
        """convention conventions convenio convencion protocol protocole protocolo agreement
        accord acuerdo treaty treaties traite traites tratado tratados covenant pacte pacto
        charter charte carta declaration declaracion programme program programa plan action
        statute statut estatuto amendment amendement enmienda united nations unies unidas
        naciones council conseil consejo europe europa international internationale
        internacional supplementing additionnel complementa the of on for and to in at by
        against between with a an de la le les des du d l sur contre et en el los las del y
        sobre contra para entre por que"""
    )
)
OWN_WORD_LIKENESS = 80


@dataclass(frozen=True)
class Candidate:
    code: str
    confidence: float


# Letters that Unicode does not decompose into a Latin letter and an accent, and that
# "ascii" would drop: "Thorbjørn" is "Thorbjorn" when written without the stroke.
UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


# The registry's names are keyed again for every name read: remember them.
@lru_cache(maxsize=16384)
def _key(name: str) -> str:
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED))
    text = name.encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", re.sub(r"\bno\b\.?\s*", "", text)).split())


def _similarity(written: str, known: str) -> float:
    one, other = _key(written), _key(known)
    if not one or not other:
        return 0.0
    if one == other:
        return 1.0
    # token_set_ratio forgives words one name lacks; token_sort_ratio does not. Their mean
    # keeps "Convention" alone far from every convention's full title.
    return (fuzz.token_set_ratio(one, other) + fuzz.token_sort_ratio(one, other)) / 200


def _own_words(name: str, common: frozenset) -> set[str]:
    return set(_key(name).split()) - common


DIGITS = re.compile(r"\d+")


def _other_numbers(written: str, known: str) -> bool:
    """Whether the two names are numbered otherwise: "CETS No. 185" is not "CETS No. 197",
    nor "decision 4/4" "decision 4/3". A number one name gives and the other leaves out
    ("resolution 55/25 of 15 November 2000", "A/RES/55/25") is no difference."""
    one, other = Counter(DIGITS.findall(written)), Counter(DIGITS.findall(known))
    return bool(one and other) and not (one <= other or other <= one)


def _likeness(written: str, known: str, common: frozenset) -> float:
    """``_similarity``, but nothing where the two are numbered otherwise, or share no word
    of their own beyond ``common``: a likeness of their common words alone is a coincidence."""
    found = _similarity(written, known)
    if found < 1.0 and _other_numbers(written, known):
        return 0.0
    if not common or found < PROPOSAL_FLOOR or found == 1.0:
        return found
    own, others = _own_words(written, common), _own_words(known, common)
    shared = any(fuzz.ratio(one, other) >= OWN_WORD_LIKENESS for one in own for other in others)
    return found if shared else 0.0


def candidates(
    written: str, registry, limit: int = 3, common: frozenset = frozenset()
) -> list[Candidate]:
    """The registry entries ``written`` may name, best first, at most ``limit``; with
    ``common``, only those sharing a word outside it."""
    ranked = [
        Candidate(code, round(max((_likeness(written, n, common) for n in names), default=0.0), 2))
        for code, names in registry
    ]
    ranked.sort(key=_rank)
    return [c for c in ranked[:limit] if c.confidence >= PROPOSAL_FLOOR]


def named_within(written: str, registry) -> list[Candidate]:
    """The registry entries named word for word inside ``written`` ("the Permanent Mission
    of Japan" names Japan), best first. A name inside a longer name found here is not
    counted ("Republic of Korea" inside "Democratic People's Republic of Korea")."""
    text = f" {_key(written)} "
    spans = {}
    for code, names in registry:
        span = _longest_named_span(text, names)
        if span:
            spans[code] = span
    outermost = [
        code
        for code, (start, end) in spans.items()
        if not any(
            other != code and s <= start and end <= e and e - s > end - start
            for other, (s, e) in spans.items()
        )
    ]
    sure = NAMED_ALONE if len(outermost) == 1 else NAMED_AMONG_OTHERS
    return [Candidate(code, sure) for code in sorted(outermost)]


def _longest_named_span(text: str, names) -> tuple[int, int] | None:
    found = None
    for name in names:
        key = _key(name)
        if len(key) < MIN_NAMED_LENGTH or (found and len(key) <= found[1] - found[0]):
            continue
        start = text.find(f" {key} ")
        if start >= 0:
            found = (start, start + len(key))
    return found


def link(written: str, registry, common: frozenset = frozenset()) -> dict:
    """The best match of ``written`` and the alternatives: ``linked`` at or above the
    threshold and clearly ahead of the next, else ``proposed`` (never linked silently),
    ``new`` when nothing is close. With ``common`` (``INSTRUMENT_WORDS`` for instruments),
    a likeness that rests on those words alone counts for nothing."""
    return _decided(written, candidates(written, registry, common=common))


def link_named(written: str, registry) -> dict:
    """Like ``link``, and an entry named inside a longer name counts too: an addressee
    "Minister for Foreign Affairs of the Russian Federation" is linked to the Russian
    Federation, the name as a whole to nothing."""
    best = {c.code: c.confidence for c in named_within(written, registry)}
    for found in candidates(written, registry):
        if found.confidence >= NAMED_FUZZY_FLOOR:
            best[found.code] = max(found.confidence, best.get(found.code, 0.0))
    ranked = sorted((Candidate(code, sure) for code, sure in best.items()), key=_rank)
    return _decided(written, ranked[:3])


# A person's name spelt otherwise ("Sergei V. Lavrov", "Peter Thompson") may be another
# person's: it is at most proposed, at this confidence.
PERSON_SPELT_OTHERWISE = 0.84
# Name words that say nothing of whose name it is.
NAME_PARTICLES = frozenset(_words_of("de da del di van von der den la le al bin ben y e"))


def link_person(written: str, registry) -> dict:
    """Like ``link_named`` for people's names, stricter where the name is not written as the
    registry writes it: every word written (initials and particles aside) must be a word of
    the registry's name spelt nearly the same ("Thomas Peter" is not "Peter Thomson", nor
    "Catherine Boulanger" "Catherine Boura"), and the match is only proposed."""
    best = {c.code: c.confidence for c in named_within(written, registry)}
    for code, names in registry:
        for name in names:
            found = _similarity(written, name)
            if found < 1.0 and (found < NAMED_FUZZY_FLOOR or not _words_within(written, name)):
                continue
            found = found if found == 1.0 else round(min(found, PERSON_SPELT_OTHERWISE), 2)
            best[code] = max(found, best.get(code, 0.0))
    ranked = sorted((Candidate(code, sure) for code, sure in best.items()), key=_rank)
    return _decided(written, ranked[:3])


def _words_within(written: str, known: str) -> bool:
    words = [w for w in _key(written).split() if len(w) > 1 and w not in NAME_PARTICLES]
    others = _key(known).split()
    return bool(words) and all(
        any(fuzz.ratio(word, other) >= OWN_WORD_LIKENESS for other in others) for word in words
    )


def _rank(candidate: Candidate):
    return (-candidate.confidence, candidate.code)


def _decided(written: str, found: list[Candidate]) -> dict:
    best = found[0] if found else None
    runner_up = found[1].confidence if len(found) > 1 else 0.0
    if best is None:
        status = "new"
    elif best.confidence >= LINK_THRESHOLD and best.confidence - runner_up >= AMBIGUITY_MARGIN:
        status = "linked"
    else:
        status = "proposed"
    why = ""
    if status == "proposed":
        why = "below the threshold" if best.confidence < LINK_THRESHOLD else "as close as another"
    others = found[1:]
    if best is not None and best.confidence == 1.0:
        # Written as the registry writes it: a name merely like it is no alternative.
        others = [c for c in others if c.confidence == 1.0]
    return {
        "cited": written,
        "code": best.code if best else None,
        "confidence": best.confidence if best else 0.0,
        "status": status,
        "why": why,
        "alternatives": [{"code": c.code, "confidence": c.confidence} for c in others],
    }
