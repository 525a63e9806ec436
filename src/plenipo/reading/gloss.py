"""A request read in French or Spanish, rendered as a short English phrase. Pure.

The phrase is the requested verb and its object, glossed word for word through the
bilingual lexicon of ``plenipo.reading.lexicon``: "Ruego a ustedes confirmar su asistencia"
is "confirm attendance", "Les Parties sont priées de désigner leurs points focaux nationaux"
is "designate national focal points". The verb is the first the lexicon
knows from the request's cue on: an infinitive ("confirmer", "enviarnos"), a French
imperative ("envoyez"), or a Spanish subjunctive after "que" ("a que presenten"). Its
object runs up to a clause, a time, a purpose or a second verb ("et de soumettre …", a
request of its own); an adjective the lexicon knows goes before its noun, as in English.
Words the lexicon does not know (names, acronyms, numbers, the rest) are kept as written.
Without a verb the lexicon knows there is no gloss, and the request stays as written.
"""

import re
import unicodedata
from functools import lru_cache

from plenipo.reading.gloss_forms import (
    TIME_ALLOWED_OPENS,
    spanish_subjunctive_stem,
    time_allowed_at,
)
from plenipo.reading.lexicon import (
    ADJECTIVES_ES,
    ADJECTIVES_FR,
    FUNCTION_WORDS,
    NOUNS_ES,
    NOUNS_FR,
    OBJECT_ENDS_ES,
    OBJECT_ENDS_FR,
    VERBS_ES,
    VERBS_FR,
)

LANGUAGES = ("fr", "es")
MOST_OBJECT_WORDS = 12
LONGEST_ENTRY = 4  # words in the lexicon's longest entry ("dans les meilleurs délais")
# a courtesy title's abbreviation ("Sra.", "Mme.") ends no object
TOKEN = re.compile(r"\b(?:Sra?|Srta|Dra?|Mme|Mlle|Mr|Mrs|Ms|M)\.|\w+(?:[-/.@]\w+)*|[^\w\s]")
# Pronouns a Spanish infinitive carries: "confirmarnos", "enviárselos", "invitarle".
CLITICS = (
    *("selos", "selas", "selo", "sela", "nos", "les", "los", "las", "le", "lo", "la", "me", "se"),
)
# Uncountable or plural-only English glosses keep their form in the plural.
SAME_IN_PLURAL = {
    "information",
    "data",
    "attendance",
    "participation",
    "support",
    "assistance",
    "funding",
    "progress",
    "equality",
    "staff",
    "work",
    "credentials",
    "condolences",
    "congratulations",
    "fees",
    "gender",
    "travel",
    "contact details",
    "details",
    "email",
    "interest",
    "implementation",
    "accreditation",
    "registration",
    "technical assistance",
    "financial assistance",
    "acknowledgement of receipt",
    "receipt",
    "series",
}


def fold(word: str) -> str:
    """A word lower-cased without its accents: the lexicon's keys as looked up."""
    word = word.lower().replace("œ", "oe").replace("’", "'")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _english_plural(word: str) -> str:
    if word in SAME_IN_PLURAL:
        return word
    head, _, tail = word.rpartition(" ")
    if re.search(r"[^aeiou]y$", tail):
        tail = tail[:-1] + "ies"
    elif re.search(r"(?:s|x|ch|sh)$", tail):
        tail += "es"
    else:
        tail += "s"
    return f"{head} {tail}".strip()


def _plural(word: str, language: str) -> set[str]:
    """The plurals of a French or Spanish word (folded)."""
    if language == "fr":
        if word.endswith(("s", "x", "z")):
            return {word}
        if word.endswith("al"):
            return {word[:-2] + "aux", word + "s"}
        if word.endswith(("eau", "eu")):
            return {word + "x"}
        return {word + "s"}
    if word.endswith(("s", "x")) and not word.endswith(("es", "is")):
        return {word}
    if word.endswith("z"):
        return {word[:-1] + "ces"}
    return {word + "s"} if word[-1] in "aeiou" else {word + "es"}


def _adjective_forms(word: str, language: str) -> set[str]:
    """Every gender and number of an adjective (folded)."""
    if language == "fr":
        feminine = {
            "al": word + "e",
            "if": word[:-1] + "ve",
            "el": word + "le",
            "er": word[:-2] + "ere",
            "en": word + "ne",
            "et": word + "e",
            "eau": word[:-2] + "lle",
        }
        suffix = next((s for s in feminine if word.endswith(s)), None)
        female = feminine[suffix] if suffix else (word if word.endswith("e") else word + "e")
        return {word, female, female + "s", *_plural(word, "fr")}
    if word.endswith("o"):
        return {word, word[:-1] + "a", word + "s", word[:-1] + "as"}
    if word.endswith("er"):  # "primer", "tercer" before a noun
        return {word, word + "a", word + "os", word + "as"}
    return {word, *_plural(word, "es")}


# A request may be put in the passive: "Solicito que la presente nota sea distribuida como
# documento oficial", "… que cette lettre soit distribuée": the participle after its
# auxiliary is the verb asked, and the words between "que" and the auxiliary its object.
PARTICIPLE = "participle"
PASSIVE = ("se", "sea", "sean", "fuera", "fueran", "soit", "soient")
# a passive after a duty: "Les formulaires doivent être renvoyés", "deberán ser enviadas"
BE = ("etre", "ser")
PERFECT = ("avoir", "haber")


def _french_plural_subjunctive(infinitive: str) -> str:
    """ "communiquent", "fournissent", "soumettent", "remplissent"."""
    if infinitive.endswith("ir"):
        return infinitive[:-2] + "issent"
    return infinitive[:-2] + "ent"


def _verb_forms(infinitive: str, language: str) -> dict[str, bool | str]:
    """An infinitive's forms, each with whether it is finite (a Spanish subjunctive, read
    as the request only after "que") or a participle (read only after a passive's
    auxiliary)."""
    if language == "fr":
        forms = {infinitive: False}
        # the subjunctive after "que": "Il serait apprécié que les Parties communiquent …"
        forms[_french_plural_subjunctive(infinitive)] = True
        if infinitive.endswith("er"):
            forms[infinitive[:-2] + "ez"] = False  # "envoyez", "veuillez" aside
            forms |= {infinitive[:-2] + end: PARTICIPLE for end in ("e", "ee", "es", "ees")}
        # "soumis", "transmis", "rempli", "inscrit": the participles of the other verbs
        for ending, done in (
            ("mettre", "mis"),
            ("prendre", "pris"),
            ("crire", "crit"),
            ("ir", "i"),
        ):
            if infinitive.endswith(ending):
                stem = infinitive[: -len(ending)] + done
                forms |= {
                    stem + end: PARTICIPLE
                    for end in ("", "e", "s", "es")
                    if stem + end not in forms
                }
                break
        return forms
    base = infinitive[:-2] if infinitive.endswith("se") else infinitive
    forms = {base: False, **{base + clitic: False for clitic in CLITICS}}
    stem, ending = base[:-2], base[-2:]
    if ending == "ar":
        # "comuniquen", "entreguen", "organicen": one change each ("autorizar" is not
        # "autoriquen")
        stem = re.sub(r"z$", "c", re.sub(r"c$", "qu", re.sub(r"g$", "gu", stem)))
        vowel = "e"
    else:
        stem = spanish_subjunctive_stem(stem)
        vowel = "a"
    for person in (vowel, vowel + "n", vowel + "se", vowel + "nse"):
        forms[stem + person] = True
    # the past subjunctive after a conditional: "le agradeceríamos que nos proporcionara …"
    past = base[:-2] + ("ara" if ending == "ar" else "iera")
    forms[past], forms[past + "n"] = True, True
    done = base[:-2] + ("ad" if ending == "ar" else "id")
    forms |= {done + end: PARTICIPLE for end in ("o", "a", "os", "as")}
    return forms


def _entry_words(entry: str) -> list[str]:
    """A lexicon entry's words as a text's tokens are: "cérémonie d'ouverture" is four."""
    return fold(entry).replace("'", " ' ").split()


@lru_cache(maxsize=2)
def _tables(language: str):
    """(verbs, words): each folded form, as a tuple of words, to its English and kind."""
    fr = language == "fr"
    verbs, words = {}, {}
    for entry, english in (VERBS_FR if fr else VERBS_ES).items():
        head, *tail = fold(entry).split()
        for form, finite in _verb_forms(head, language).items():
            verbs[(form, *tail)] = (english, finite)
    for entry, english in (ADJECTIVES_FR if fr else ADJECTIVES_ES).items():
        head, *tail = _entry_words(entry)
        for form in _adjective_forms(head, language):
            words[(form, *tail)] = (english, "adjective")
    for entry, english in (NOUNS_FR if fr else NOUNS_ES).items():
        head, *tail = _entry_words(entry)
        words[(head, *tail)] = (english, "noun")
        for form in _plural(head, language):
            plural = [form, *tail]
            words.setdefault(tuple(plural), (_english_plural(english), "noun"))
            # "points focaux", "puntos focales": the adjective agrees too
            for agreeing in _plural(tail[-1], language) if tail else ():
                plural[-1] = agreeing
                words.setdefault(tuple(plural), (_english_plural(english), "noun"))
    for word, english in FUNCTION_WORDS.items():
        # "un ou plusieurs", "uno o varios": "one or more", a phrase of small words
        words.setdefault(tuple(_entry_words(word)), (english, "function"))
    ends = {
        tuple(fold(end).replace("'", " ' ").split()): True
        for end in (OBJECT_ENDS_FR if fr else OBJECT_ENDS_ES)
    }
    return verbs, words, ends


def _longest(table, folded, index):
    """The longest entry of ``table`` starting at ``folded[index]``: (length, value)."""
    for length in range(min(LONGEST_ENTRY, len(folded) - index), 0, -1):
        value = table.get(tuple(folded[index : index + length]))
        if value is not None:
            return length, value
    return 0, None


# A purpose or a condition after the cue says why or when, not what is asked: the verb of
# "… sont priés d'arriver tôt afin que les séances puissent commencer" is not "commencer".
CLAUSES = {("afin",), ("lorsque",), ("quand",), ("cuando",)}
CLAUSES |= {("pour", "que"), ("a", "fin"), ("para", "que")}


def _find_verb(folded, verbs, words=None):
    """(index, length, English) of the requested verb, or None; a form after an article
    that the lexicon knows as a noun is the noun ("en la Sala de Conferencias")."""
    said_que = False
    for index, word in enumerate(folded):
        if {tuple(folded[index : index + 1]), tuple(folded[index : index + 2])} & CLAUSES:
            return None
        length, value = _longest(verbs, folded, index)
        if value and words and _verb_is_noun(folded, index) and (word,) in words:
            continue
        if value and value[1] == PARTICIPLE:
            # "que … sea enviado", "… doivent être renvoyés", "… deberán ser enviadas"
            if index > 0 and (
                (said_que and folded[index - 1] in PASSIVE)
                or _after_be(folded, index)
                # a perfect infinitive: "sont priés d'avoir rempli le formulaire"
                or folded[index - 1] in PERFECT
            ):
                return index, length, value[0]
        elif value and (not value[1] or (said_que and not _adjective_after_que(folded, index))):
            return index, length, value[0]
        # "Por favor, envíen el formulario": the subjunctive of a polite command
        said_que = said_que or word in ("que", "favor")
    return None


def _after_be(folded, index):
    """Whether a participle follows "être" or "ser", an adverb between ("doivent être
    officiellement présentées")."""
    before = folded[max(0, index - 2) : index]
    return before[-1:] in (["etre"], ["ser"]) or (
        len(before) == 2 and before[0] in BE and before[1].endswith(("ment", "mente"))
    )


def _adjective_after_que(folded, index):
    """A subjunctive's form between an article and its noun is an adjective: "que la
    presente carta se distribuya" asks to circulate the letter, not to present it."""
    after = folded[index + 1 : index + 2]
    return (
        _verb_is_noun(folded, index)
        and bool(after)
        and after[0].isalpha()
        and after[0] not in ("a", "al", "de", "del", "en", "por", "con", "antes", "lo", "los")
    )


# "que la presente carta se distribuya como documento oficial": the subject of a passive
# "se" is what the English verb acts on.
# A duty in the passive: "Les demandes doivent être présentées à Ottawa", "Las candidaturas
# deberán enviarse a la Secretaría": the words before the modal are what is acted on.
MODALS = {"doit", "doivent", "debe", "deben", "debera", "deberan", "deberia", "deberian"}
# the future and the conditional: "Leurs nom et adresse devront être communiqués …"
MODALS |= {"devra", "devront", "devrait", "devraient", "ha", "han"}
# what must reach the writers: "Les candidatures doivent parvenir au Secrétariat"
ARRIVING = ("parvenir", "llegar")


def _passive_subject(folded, index):
    """(start, end) of the words between "que" and a passive "se" before the verb, or of
    those before the modal of a passive duty."""
    if index >= 2 and folded[index - 1] == "a" and folded[index - 2] in ("est", "sont"):
        return (0, index - 2)  # "Les réponses sont à adresser …": a duty, its subject first
    modal = next((i for i in range(max(0, index - 3), index) if folded[i] in MODALS), None)
    passive = _after_be(folded, index) or folded[index].endswith("se") or folded[index] in ARRIVING
    if modal and passive:
        return (0, modal)
    if index < 3 or folded[index - 1] not in PASSIVE:
        return None
    que = next((i for i in range(index - 2, max(-1, index - 10), -1) if folded[i] == "que"), None)
    return (que + 1, index - 1) if que is not None and que + 1 < index - 1 else None


# Those who act for themselves: a "se" after them is reflexive ("los participantes deberán
# inscribirse en línea": they register), not a passive's.
PERSONS = {"delegation", "participant", "delegate", "state", "party", "member", "representative"}
PERSONS |= {"government", "mission", "observer", "expert", "candidate", "head", "minister"}


def _singular(english: str) -> str:
    return english[:-3] + "y" if english.endswith("ies") else english.removesuffix("s")


def _names_persons(folded, words) -> bool:
    """Whether the words ``folded`` name those who act: delegations, Parties, members."""
    return any(_singular(words.get((word,), ("",))[0].lower()) in PERSONS for word in folded)


# A purpose ends the object: "faire usage de ces locaux pour s'entendre sur …".
INFINITIVE = {
    "fr": re.compile(r"\w{2,}(?:er|ir|re)$"),
    "es": re.compile(r"\w{2,}(?:ar|er|ir)(?:se|le|les|lo|la|los|las|nos)?$"),
}
PRONOUNS = ("s", "se", "'", "l", "le", "la", "les", "y", "en", "nous", "vous")


def _purpose_at(folded, index, language):
    if folded[index] not in ("pour", "para"):
        return False
    after = index + 1
    while after < len(folded) and folded[after] in PRONOUNS:
        after += 1
    return after < len(folded) and bool(INFINITIVE[language].match(folded[after]))


def _object_end(folded, start, tables, language):
    """Where the verb's object ends: a mark, a clause, a time or a purpose, or a second
    verb."""
    verbs, _, ends = tables
    for index in range(start, len(folded)):
        word = folded[index]
        if not re.match(r"\w", word) and word != "'":
            return index
        if _longest(ends, folded, index)[0] or _purpose_at(folded, index, language):
            return index
        if word in TIME_ALLOWED_OPENS and time_allowed_at(folded, index):
            return index
        if word in ("et", "y", "e", "ou", "o"):
            after = index + 1 + (folded[index + 1 : index + 2] in (["de"], ["d"], ["a"]))
            after += folded[after : after + 1] == ["'"]
            # a pronoun before the second verb: "… et de le renvoyer"
            # (or the writer's or reader's: "… et de nous transmettre")
            after += folded[after : after + 1] in (["le"], ["la"], ["les"], ["leur"], ["lui"])
            after += folded[after : after + 1] in (["nous"], ["me"], ["m"], ["vous"])
            after += folded[after : after + 1] == ["'"]
            if after < len(folded) and _longest(verbs, folded, after)[0]:
                return index
        verb = _longest(verbs, folded, index)[1]
        if verb and verb[1] == PARTICIPLE and folded[index - 1] not in PASSIVE:
            continue  # "le formulaire complété" names a thing
        if index > start and verb and not _verb_is_noun(folded, index):
            return index
    return len(folded)


def _verb_is_noun(folded, index):
    """A verb's form that is here a noun's or adjective's: "un parecer", "la presente"."""
    return index > 0 and folded[index - 1] in ("le", "la", "el", "un", "una", "les", "los", "las")


def _render(tokens, folded, words):
    """The object's words in English: (text, kind) for each unit."""
    units, index = [], 0
    while index < len(tokens):
        if folded[index] == "'":
            index += 1
            continue
        length, value = _longest(words, folded, index)
        if value is None:
            units.append((tokens[index], "kept"))
            index += 1
            continue
        english, kind = value
        # a partitive after the verb ("fournir des informations") says nothing in English
        partitive = kind == "function" and folded[index] in ("de", "d", "des", "du")
        if partitive and (not units or units[-1][1] not in ("noun", "adjective", "kept")):
            english = ""
        if tokens[index][:1].isupper() and not tokens[index].isupper() and kind != "function":
            english = " ".join(w[:1].upper() + w[1:] for w in english.split())
        if english:
            units.append((english, kind))
        index += length
    return units


def _in_english_order(units):
    """Adjectives after their noun moved before it: "points focaux nationaux"."""
    ordered = []
    for text, kind in units:
        if kind == "adjective" and ordered and ordered[-1][1] == "noun":
            noun_at = len(ordered) - 1
            while noun_at > 0 and ordered[noun_at - 1][1] == "moved":
                noun_at -= 1
            ordered.insert(noun_at, (text, "moved"))
            continue
        ordered.append((text, kind))
    return [text for text, _ in ordered]


def opens_with_verb(text: str, language: str) -> bool:
    """Whether ``text`` opens with an infinitive the lexicon knows: a second request joined
    to the first without a preposition ("… y registrar sus datos", "… et envoyer")."""
    if language not in LANGUAGES:
        return False
    verbs, _, _ = _tables(language)
    folded = [fold(t) for t in TOKEN.findall(text.replace("’", "'"))[:LONGEST_ENTRY]]
    _, value = _longest(verbs, folded, 0)
    return bool(value) and not value[1]


# An invitation to a meeting asks the invited to attend it: "a le plaisir d'inviter Son
# Excellence le Président au Sommet extraordinaire …", "tiene el honor de invitar a Su
# Excelencia a la Reunión Ministerial …" ("attend the …").
# A convocation summons them to it: "convoca a Ud. para la Sesión Extraordinaria", "vous
# êtes convoqué à la réunion".
INVITED = re.compile(
    r"(?:invit|convoc|convoqu)(?:er|ar|arle|arles|arlo|arla|arlos|arlas|e|a|ons|an|ee?s?|ados?|adas?)$"
)
INVITED_TO = {("au",): 1, ("aux",): 1, ("al",): 1, ("a", "la"): 1, ("a", "l"): 1, ("a", "las"): 1}
INVITED_TO |= {("a", "los"): 1, ("a", "el"): 1, ("a", "un"): 1, ("a", "una"): 1}
INVITED_TO |= {("para", "la"): 1, ("para", "el"): 1}
MOST_INVITEE_WORDS = 12


def _invited_to(tokens, folded, tables, language) -> str | None:
    """The meeting an invitation names, as "attend …", or None."""
    _, words, _ = tables
    at = next((i for i, word in enumerate(folded[:6]) if INVITED.match(word)), None)
    if at is None:
        return None
    for index in range(at + 1, min(len(folded), at + MOST_INVITEE_WORDS)):
        pair = tuple(folded[index : index + 2])
        if pair in INVITED_TO or pair[:1] in INVITED_TO:
            start = index + (pair[:1] not in INVITED_TO)  # "a la": from the article on
            start += folded[start] in ("au", "aux", "al")
            end = _object_end(folded, start, tables, language)
            units = _in_english_order(_render(tokens[start:end], folded[start:end], words))
            meeting = " ".join(" ".join(units).split()[:MOST_OBJECT_WORDS])
            attend = f"attend the {meeting}".replace("the the ", "the ").replace("the a ", "a ")
            return attend if meeting else None
    return None


# One takes part "in" a meeting and attends it: "participer au sommet", "prendre part audit
# sommet", "participar de la Cumbre" are "participate in the summit", "take part in the
# summit", "participate in the Summit", not "… to the summit".
TAKING_PART = {"participate": "in", "take part": "in", "attend": ""}
TAKING_PART_PREPOSITIONS = {"a": "", "en": "", "de": "", "au": "the", "aux": "the", "al": "the"}
TAKING_PART_PREPOSITIONS |= {"del": "the", "audit": "the", "auxdits": "the", "a la": ""}


def _taking_part(verb, folded, start) -> tuple[int, str]:
    """(where the object starts, the English words before it) after a verb of taking part
    in a meeting and its preposition."""
    if verb not in TAKING_PART or start >= len(folded):
        return start, ""
    article = TAKING_PART_PREPOSITIONS.get(folded[start])
    if article is None:
        return start, ""
    return start + 1, " ".join(filter(None, (TAKING_PART[verb], article)))


# "Solicito sus buenos oficios a fin de que esta comunicación sea distribuida …", "je
# sollicite vos bons offices afin que la présente lettre soit distribuée …": the clause the
# good offices are asked for is the request.
GOOD_OFFICES = ("oficios", "offices")
FOR_THAT = (("a", "fin", "de", "que"), ("para", "que"), ("afin", "que"), ("pour", "que"))


def _good_offices_asked(folded) -> int:
    """Where the clause asked of someone's good offices starts ("que …"), or 0."""
    for index, word in enumerate(folded):
        if word in GOOD_OFFICES:
            for words in FOR_THAT:
                if tuple(folded[index + 1 : index + 1 + len(words)]) == words:
                    return index + len(words)
    return 0


# "communiquer dès que possible les noms …", "enviar a la mayor brevedad los nombres …":
# a time said between the verb and its object is passed over.
AS_SOON = {
    tuple(phrase.split())
    for phrase in (
        "des que possible",
        "dans les meilleurs delais",
        "dans les plus brefs delais",
        "le plus tot possible",
        "sans delai",
        "lo antes posible",
        "a la brevedad",
        "a la mayor brevedad",
        "a la brevedad posible",
        "cuanto antes",
        "sin demora",
    )
}


MOST_ASIDE_WORDS = 10


def _past_time(folded, start) -> int:
    """Where the object starts when a time comes first, or an aside between commas ("me
    faire connaître, avant le 31 mars, le nom …", "enviar, a la mayor brevedad, la
    lista …")."""
    for words in sorted(AS_SOON, key=len, reverse=True):
        if tuple(folded[start : start + len(words)]) == words:
            return start + len(words)
    if folded[start : start + 1] == [","]:
        aside = folded[start + 1 : start + 2 + MOST_ASIDE_WORDS]
        if "," in aside and not {".", ";", ":"} & set(aside[: aside.index(",")]):
            return start + 2 + aside.index(",")
    return start


def gloss(text: str, language: str) -> str | None:
    """``text`` (a request in French or Spanish, from its cue on) as a short English
    phrase: the requested verb and its object; None when no verb the lexicon knows is
    asked."""
    if language not in LANGUAGES:
        return None
    verbs, words, _ = tables = _tables(language)
    tokens = TOKEN.findall(text.replace("’", "'"))
    folded = [fold(t) for t in tokens]
    clause = _good_offices_asked(folded)
    tokens, folded = tokens[clause:], folded[clause:]
    found = _find_verb(folded, verbs, words)
    if found is None or found[2] == "convene":
        # "convocar a la Reunión": those summoned attend it; "convocar la Reunión": convene it
        invited = _invited_to(tokens, folded, tables, language)
        if invited or found is None:
            return invited
    index, length, verb = found
    start = _past_time(folded, index + length)
    end = _object_end(folded, start, tables, language)
    subject = _passive_subject(folded, index)
    if subject and _names_persons(folded[subject[0] : subject[1]], words):
        subject = None  # "que las delegaciones se inscriban": they register, are not registered
    if subject and folded[index] == "dirigirse":
        verb = "send"  # "las solicitudes deberán dirigirse a …": things addressed are sent
    if language == "es" and folded[start : start + 1] == ["a"] and not subject:
        start += 1  # the "a" before a person or a body: "contactar a la Secretaría"
    start, lead = _taking_part(verb, folded, start) if not subject else (start, "")
    units = _in_english_order(_render(tokens[start:end], folded[start:end], words))
    units = [lead, *units] if lead else units
    if subject:
        first, last = subject
        units = _in_english_order(_render(tokens[first:last], folded[first:last], words)) + units
    object_words = " ".join(units).split()[:MOST_OBJECT_WORDS]
    small = {word for english in FUNCTION_WORDS.values() for word in english.split()}
    while object_words and object_words[-1] in small:
        object_words.pop()  # "… envoyer leurs commentaires à": what it is sent to is cut
    # "Jefas y Jefes de Estado": both genders glossed to one English word, said once
    return re.sub(r"\b(\w+) and \1\b", r"\1", " ".join([verb, *object_words]))
