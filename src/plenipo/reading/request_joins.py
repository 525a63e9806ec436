"""A second request joined to the first in its sentence: "… to nominate experts and to
submit their views", "Sírvase comunicar los nombres … y registrar sus datos", "… examine
the proposal and communicate its views". Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.gloss import opens_with_verb
from plenipo.reading.lexicon import VERBS_FR

# A second request joined to the first: "… to nominate experts and to submit their views",
# "… de réviser le projet et de soumettre leurs commentaires".
ALSO = re.compile(
    r"(?:,|;)?\s+(?:and|as\s+well\s+as|et|y)\s+(?:also\s+|aussi\s+)?(?:to|(?:de|d['’]|à|a)"
    # in French and Spanish an infinitive follows ("Jefes de Estado y de Gobierno" joins none)
    r"(?=\s+(?:(?:le|la|les|leur|lui|nous|vous|me)\s+)?[a-zà-ÿ]{2,}(?:er|ir|re|ar)\b))\s+"
    # a pronoun before the verb: "… et de le renvoyer au Secrétariat", "et de nous transmettre"
    r"(?:(?:le|la|les|leur|lui|nous|vous|me)\s+(?=[a-zà-ÿ]{3,}(?:er|ir|re)\b))?(?=[a-zà-ÿ]{3})",
    re.IGNORECASE,
)
# French and Spanish join a second infinitive without a preposition: "Sírvase comunicar
# los nombres … y registrar sus datos en el sitio web", "… de remplir le formulaire et
# renvoyer …"; a join whose next word the lexicon knows as a verb.
JOINED_INFINITIVE = re.compile(r"(?:,|;)?\s+(?:y|e|et)\s+(?=[a-zà-ÿ]{4})", re.IGNORECASE)
# English joins a second verb without "to": "… could give favourable consideration to this
# request and communicate its decision …" (a verb the lexicon glosses, then its object).
JOINED_VERB_EN = re.compile(
    r"\s+and\s+(?=(?:"
    + "|".join(sorted({v for v in VERBS_FR.values() if " " not in v}, key=len, reverse=True))
    # the object a pronoun: "… acknowledge receipt of the response and include it in …"
    + r")\s+(?:the|its|their|a|an|your|this|these|any|all|his|her|our|it|them)\s)",
    re.IGNORECASE,
)
# A second passive request joined to the first: "… if the present letter were brought to
# the attention of the Council and issued as a document of the Council".
JOINED_PASSIVE_EN = re.compile(
    r"\s+and\s+(?:be\s+|also\s+)?(?=(?:issued|circulated|distributed|published)\s+as\s)",
    re.IGNORECASE,
)
# A second request of the writer's own joined by "and I …": "I appeal to the United Nations
# to mobilize assistance, and I request that a flash appeal be launched", "…, et je vous
# prie de …", "…, y le solicito que …" (its words from the asking verb on).
JOINED_ASKING = re.compile(
    r"[,;]\s+(?:and|et|y)\s+(?:(?:I|we)\s+(?:also\s+|further\s+)?(?=(?:request|ask|urge|call\s+"
    r"(?:up)?on|appeal\s+to|invite)\b)|(?:je|nous)\s+(?=vous\s+(?:prie|prions|demande|demandons|"
    r"invite|invitons)\b)|(?=(?:le|les)\s+(?:solicito|solicitamos|ruego|rogamos|pido|pedimos)\b))",
    re.IGNORECASE,
)
# An infinitive joined after a purpose is the purpose's: "… de se réunir pour discuter de
# la proposition et soumettre leurs commentaires".
PURPOSE_BEFORE = re.compile(
    r"\b(?:pour|afin\s+de|para|a\s+fin\s+de|con\s+el\s+fin\s+de)\s", re.IGNORECASE
)


# The English verbs of requests ("send", "return", "complete" …) and their gerunds.
ENGLISH_VERBS = {v for v in VERBS_FR.values() if " " not in v}


def _gerund(verb: str) -> str:
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"  # "completing"
    if verb in ("submit", "permit", "admit"):
        return verb + "ting"
    return verb + "ing"


GERUNDS = {_gerund(verb): verb for verb in ENGLISH_VERBS}
# A second step joined in the gerund after "by": "Please register by completing the form
# and returning it to the Secretariat" asks to return it too.
JOINED_GERUND_EN = re.compile(
    r"\bby\s+[a-z]+ing\b[^.;]{0,150}?\s+and\s+(?:then\s+|by\s+)?(?=(?:"
    + "|".join(sorted(GERUNDS, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)


def as_asked(rest: str) -> str:
    """A joined request opening on a gerund said with its verb: "returning it to …" is
    "return it to …"."""
    first, _, others = rest.partition(" ")
    verb = GERUNDS.get(first.lower())
    return f"{verb} {others}".strip() if verb else rest


def joined_starts(sentence, after, language):
    """Where each second request joined to the first begins, after ``after``."""
    starts = [also.end() for also in caseless(ALSO).finditer(sentence, after)]
    starts += [join.end() for join in JOINED_ASKING.finditer(sentence, after)]
    if language in (None, "en"):
        starts += [join.end() for join in JOINED_GERUND_EN.finditer(sentence, after)]
        starts += [join.end() for join in JOINED_VERB_EN.finditer(sentence, after)]
        starts += [join.end() for join in JOINED_PASSIVE_EN.finditer(sentence, after)]
    if language:
        starts += [
            join.end()
            for join in JOINED_INFINITIVE.finditer(sentence, after)
            if opens_with_verb(sentence[join.end() : join.end() + 60], language)
            and not PURPOSE_BEFORE.search(sentence, after, join.start() + 1)
            and _joins_in(join, language)
        ]
    return sorted(starts)


# The word that joins two infinitives in each language: French "y" is a pronoun ("pour y
# participer"), not Spanish "and".
JOINING_WORDS = {"fr": ("et",), "es": ("y", "e")}


def _joins_in(join, language) -> bool:
    word = join.group().strip(" \t\n,;").lower()
    return word in JOINING_WORDS.get(language, ("y", "e", "et"))
