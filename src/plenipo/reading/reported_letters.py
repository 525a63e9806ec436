"""Who wrote the letter a news article reproduces, and to whom, as the article's
introduction says it: "Foreign Minister Jane Roe wrote to …", "Nota dirigida por el
Ministro … al …". Pure."""

import dataclasses
import re
from functools import lru_cache

from plenipo.reading.caseless import caseless
from plenipo.reading.model import Mention, Person, Span
from plenipo.reading.news_copies import INTRODUCTION, LETTER_BEGINS
from plenipo.reading.people import NAME, NOT_A_NAME, TITLE_WORDS

# A news article introducing the letter it reproduces: "In a letter dated 3 May, Foreign
# Minister Jane Roe wrote to the Secretary-General, urging …", "Le Président de la République,
# M. Jean Roe, a adressé une lettre au Secrétaire général …", "La Canciller, Sra. Ana Roe,
# envió una carta al Secretario General …".
# a full stop that ends an honorific or an initial, not a sentence: "M. Jean Roe", "Sra. Ana"
_ABBREVIATED = r"(?:[^\n.;:()]|(?<=\bM)\.|(?<=\b[MD]r)\.|(?<=\b[MS]s)\.|(?<=\bSr)\.|(?<=\bMrs)\.|"
_ABBREVIATED += r"(?<=\bSra)\.|(?<=\bMme)\.|(?<=\b[A-Z])\.)"
_LETTER_TO = (
    r"\s+(?:to\s+(?:the\s+)?|au\s+|aux\s+|[àa]\s+(?:la\s+|l['’]|los\s+|las\s+)?|al\s+)"
    r"(?P<to>" + _ABBREVIATED + r"{3,200}?)"
    r"(?=,\s+(?-i:[a-zà-ÿ])|\s+(?:ahead|urging|asking|calling|on\s+the\s+occasion|in\s+which|"
    r"about|regarding|concerning|dans|pour|en\s+la\s+que|para|sobre)\b|"
    # when it was sent: "… to the Secretary-General on Monday, urging …", "… au Président
    # mardi", "… al Secretario General el lunes"
    r",?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"(?:last|this)\s+week|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"(?:el|este)\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))\b|"
    # a participle clause after the name: "… John Doe inviting him to Lima", "… invitándolo"
    r"\s+(?-i:[a-z]{3,}ing|[a-zá-ú]{2,}[áa]ndol[oa]s?|[a-zá-ú]{2,}i[ée]ndol[oa]s?)\b|"
    r"(?<!\b[A-Z])(?<!\b[MDS]r)(?<!\bMs)(?<!\bSra)(?<!\bMme)[.:;](?=[\s)]|$))"
)
# a letter the writer reads out or makes public before the verb of sending: "leyó una carta
# que envió a …", "read out a letter he had sent to …", "a rendu publique une lettre qu'il a
# adressée à …"
_READ_A_LETTER_IT_SENT = (
    r"(?:le[ií]d[oa]|ley[óo]|read(?:\s+out)?|published|released|made\s+public|public[óo]|"
    r"dio\s+a\s+conocer|(?:a\s+)?(?:lu|publi[ée]|rendu\s+publique))\s+"
    r"(?:una|la|a|the|une|la)\s+(?:carta|misiva|letter|lettre|missive|mensaje|message)\s+"
    r"(?:que|that|which|qu['’](?:il|elle))\s+(?:(?:he|she)\s+)?(?:had\s+|hab[ií]a\s+)?"
)
# When a news article says the letter was sent, between the writer and the verb or the verb
# and its object: "on Wednesday", "yesterday", "earlier this week", "mardi", "ce lundi",
# "este martes", "el lunes", "ayer".
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
)
_WHEN = (
    r"(?:on\s+(?:" + _WEEKDAY + r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|yesterday|today|"
    r"(?:earlier\s+)?(?:this|last)\s+(?:week|month)|earlier\s+today|recently|"
    r"(?:ce\s+)?" + _WEEKDAY + r"(?:\s+dernier)?|hier|r[ée]cemment|(?:este|el)\s+" + _WEEKDAY + r"|"
    r"ayer|hoy|recientemente)"
)
REPORTED_LETTER = re.compile(
    # the writer opens a line, a sentence or a clause, or follows a dateline ("NEW YORK: …",
    # "VALDORA, Feb 14 (Wire) - Foreign Minister Jane Roe …")
    r"(?:^|(?<=[.\n])\s*|(?<=[,:])\s|(?<=[-–—]\s))(?P<writer>(?:The\s+|Le\s+|La\s+|L['’]|El\s+)?"
    r"[A-ZÀ-Ý]" + _ABBREVIATED + r"{4,160}?)"
    r"(?:,?\s+" + _WHEN + r")?\s+(?:" + _READ_A_LETTER_IT_SENT + r")?"
    r"(?:wrote|ha(?:s|d|ve)\s+written|(?:ha(?:s|ve)\s+)?(?:sent|addressed)|"
    r"(?:a|ont)\s+(?:adress[ée]e?|envoy[ée]e?|[ée]crite?)|envi[óo]|dirigi[óo]|remiti[óo]|"
    # several writers: "Los gobernadores … enviaron una carta a …"
    r"enviaron|dirigieron|remitieron|ha(?:n)?\s+(?:enviado|dirigido))"
    # the day between the verb and its object: "a adressé, mercredi, un message …", "envió
    # este martes una carta"
    r"(?:,[^,\n]{1,25},|\s+" + _WHEN + r"(?=\s+(?:an?|une?|una?)\s))?"
    r"(?:\s+(?:an?|une?|una?)\s+(?:[\w’'-]+\s+){0,3}?(?:letter|message|note|lettre|carta|mensaje|"
    r"nota)(?:\s+(?:of|de)\s+[\w’'-]+)?)?" + _LETTER_TO,
    re.MULTILINE,
)
# A heading naming who sent the letter and to whom in the passive ("Texto de la convocatoria
# a la Cumbre …, enviada por el presidente …, a los Jefes de Estado …"): "Nota dirigida por el
# Ministro de Relaciones Exteriores don Jaime Roe, al Embajador de …", "Letter addressed by
# the Minister …, Mr. John Doe, to the …".
LETTER_BY = re.compile(
    r"\b(?i:Letter|Note|Message|Lettre|Nota|Carta|Mensaje|Convocatoria|Convocation|Invitation|"
    r"Invitaci[óo]n)"
    # what the letter is for, set off by a comma: "la convocatoria a la I Reunión …, enviada por"
    r"(?:\s+(?i:a|à|to|for|pour|para|de|of)\s[^\n.,;]{3,100},)?"
    r"\s+(?i:addressed|sent|written|"
    r"dirigida|enviada|remitida|escrita|adress[ée]e|envoy[ée]e|[ée]crite)\s+(?i:by|por|par)\s+"
    r"(?P<writer>[^\n()]{4,160}?),?" + _LETTER_TO
)
_THROUGH_ITS = (
    r"(?i:par\s+la\s+voix\s+de\s+(?:son|sa|leur)|(?:through|via)\s+(?:its|their)|"
    r"(?:por\s+(?:medio\s+de\s+)?|a\s+trav[ée]s\s+de\s+)su|"
    r"par\s+l['’]interm[ée]diaire\s+de\s+(?:son|sa|leur))"
)
# A news article naming the one written to before the writer: "Dans un courrier adressé au
# Premier ministre, M. Paul Roe, le maire de …, M. Jean Roe, réclame …", "In a letter sent to
# the Minister …, the Chair of …, Jane Roe, asks …".
ADDRESSED_BEFORE_WRITER = re.compile(
    r"\b(?i:In|Dans|En)\s+(?i:an?|une?|una)\s+(?i:letter|courrier|lettre|carta|misiva|message|"
    r"mensaje|correspondance|correspondencia|communication|comunicaci[óo]n)\s+"
    r"(?i:addressed|sent|adr[ée]ss[ée]e?|envoy[ée]e?|dirigid[oa]|enviad[oa])\s+"
    r"(?i:to\s+(?:the\s+)?|au\s+|aux\s+|[àa]\s+(?:la\s+|l['’])?|al\s+)"
    r"(?P<to>" + _ABBREVIATED + r"{3,200}?),\s+"
    r"(?P<writer>(?i:the|le|la|el|l['’])\s*" + _ABBREVIATED + r"{4,160}?"
    # a body writing through its officer: "la Fédération, par la voix de son Président,"
    r"(?:,?\s+" + _THROUGH_ITS + r"\s+[^,\n]{4,100}?)?),\s+(?=[a-zà-ÿ])"
)
# Every verb of sending either pattern needs, for a cheap test before them.
SENDING_VERB = re.compile(
    r"\b(?:wrote|written|sent|addressed|adr[ée]ss[ée]e?|envoy[ée]e?|[ée]crite?|envi[óo]|enviad[oa]|"
    r"dirigi[óo]|dirigid[oa]|remiti[óo]|remitid[oa]|escrita|enviaron|dirigieron|remitieron|received|re[çc]ue?|recibi[óo]|recibido)\b",
    re.IGNORECASE,
)
WRITER_HONORIFIC = re.compile(
    r"^(?:(?:His|Her)\s+Excellency|Son\s+Excellence|Su\s+Excelencia|H\.\s?E\.|S\.\s?E\.|Mr|Ms|Mrs|"
    r"Dr|Prof|M|Mme|Sr|Sra|Monsieur|Madame|Señora?|Don|Doña|don|doña)\.?\s+"
)
# Spanish "D." (don) and "Dña." before a name: "D. Fernando Roe"
DON = re.compile(r"^(?:D|Dña|Dª)\.\s+(?=(?-i:[A-ZÀ-Ý])[\w’'-]+\s+(?-i:[A-ZÀ-Ý]))")
# an honorific within the writer's words, between the post and the name: "el Ministro … don
# Jaime Roe"
HONORIFIC_BETWEEN = re.compile(
    r"\s(?:don|doña|Don|Doña|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.?|Sra\.?|Monsieur|Madame|Señora?)\s+"
)


def _person_name(name) -> str | None:
    """``name`` if it is one ("Mohamed Ould Cheikh El Ghazouani": particles in capitals)."""
    match = NAME.match(name or "")
    bare = re.sub(r"\b(?:El|Le|La|Les|Los)\b", "", name or "")
    if not match or TITLE_WORDS.search(name) or NOT_A_NAME.search(bare):
        return None
    found = match.group("name").strip()
    return found if found == name.strip().rstrip(".") else None


# A body writing through its officer, as articles put it: "la FIFA, par la voix de son
# Secrétaire Général", "the Federation, through its President", "la Federación, por medio de
# su Presidente", "a través de su Secretario General".
THROUGH_ITS_POST = re.compile(
    r"^(?P<org>[^,\n]{2,80}?),?\s+" + _THROUGH_ITS + r"\s+(?P<post>[^,\n]{4,100}?),?$",
    re.IGNORECASE,
)


def _body_through_its_post(words: str) -> Person | None:
    match = THROUGH_ITS_POST.match(words.strip(" ,"))
    if not match or not TITLE_WORDS.search(match.group("post")):
        return None
    org = re.sub(r"^(?:The|the|Le|le|La|la|L['’]|El|el)\s+", "", match.group("org").strip())
    return Person(None, match.group("post").strip(), org, None, 0.5)


def _writer(words: str) -> Person | None:
    """The name and post of a reported letter's writer: "Foreign Minister Jane Roe" (the
    post before the name) or "Le Président de la République, M. Jean Roe" (set off by
    commas)."""
    # "In a letter dated 3 May, Foreign Minister …": the clause before the writer
    words = re.sub(r"^(?:In|Dans|En)\s+(?:a|an|une|un|una)\s+[^,]{0,80},\s*", "", words.strip(" ,"))
    # a news item's dateline before it: "NAIROBI, 4 June - Foreign Minister …"
    words = re.split(r"\s(?:[-–—]|--)\s+", words)[-1]
    through = _body_through_its_post(words)
    if through:
        return through
    words = WRITER_HONORIFIC.sub("", words)
    words = re.sub(r"^(?:The|the|Le|le|La|la|L['’]|El|el)\s+", "", words)
    parts = [part.strip() for part in words.split(",") if part.strip()]
    between = HONORIFIC_BETWEEN.search(words)
    if len(parts) == 1 and between:
        parts = [words[: between.start()], words[between.end() :]]
    if len(parts) >= 2:
        post = next((part for part in parts if TITLE_WORDS.search(part)), None)
        others = [part for part in parts if part is not post]
        # the part an honorific opens is the name: "El ministro de Asuntos Exteriores, Unión
        # Europea y Cooperación, D. Fernando Roe"; else the name among the posts set off by
        # commas: "L'ambassadeur, Représentant permanent …, Omar Hilale"
        honoured = [part for part in others if WRITER_HONORIFIC.match(part) or DON.match(part)]
        names = [DON.sub("", WRITER_HONORIFIC.sub("", part)) for part in honoured or others]
        name = next((_person_name(n) for n in names if _person_name(n)), None) if post else None
        return Person(name, post, None, None, 0.5) if name else None
    tokens = words.split()
    last = max((i for i, t in enumerate(tokens) if _POST_WORD.fullmatch(t.strip())), default=-1)
    name = _person_name(" ".join(tokens[last + 1 :])) if len(tokens) - last > 2 else None
    if last < 0 or not name:
        return None
    return Person(name, " ".join(tokens[: last + 1]), None, None, 0.5)


def _near_sending(pattern, head):
    """``pattern``'s matches in ``head``, in order, tried only from the line before each line
    with a verb of sending to 300 characters after it: both patterns backtrack from every
    line and clause of a text."""
    found = []
    for start, end in _sending_windows(head):
        found += [
            m
            for m in caseless(pattern).finditer(head, start, min(len(head), end + 300))
            if m.start() <= end
        ]
    return found


@lru_cache(maxsize=4)
def _sending_windows(head) -> tuple[tuple[int, int], ...]:
    """(start, end) of the stretches of ``head`` from the line before each line with a verb
    of sending to the end of that line, those that touch joined (found once for each of the
    patterns tried in them)."""
    windows = []
    for verb in caseless(SENDING_VERB).finditer(head):
        line_start = head.rfind("\n", 0, verb.start()) + 1
        start = head.rfind("\n", 0, max(0, line_start - 1)) + 1
        end = head.find("\n", verb.end())
        end = len(head) if end < 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return tuple(map(tuple, windows))


# a word of a post, in the feminine too: "la presidenta Ana Roe", "la Présidente Marie Roe"
_POST_WORD = re.compile(r"(?:" + TITLE_WORDS.pattern + r")[ae]?", re.IGNORECASE)

# The one written to as "his counterpart": the name after it is the addressee ("su homólogo
# estadounidense, Joseph Biden", "son homologue français M. Jean Roe", "her Norwegian
# counterpart Jane Roe").
COUNTERPART = re.compile(
    r"^(?:su|sus|son|sa|ses|his|her|their)\s+(?:(?-i:[A-Z][\w-]+)\s+)?"
    r"(?:hom[óo]log[oa]s?|homologues?|counterparts?)(?:\s+(?-i:[a-zà-ÿ][\w-]*)){0,2},?\s+"
    r"(?=(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)

# A news article handing over the letter's text: "A continuación transmitimos la misiva del
# Presidente …, Jaime Roe al Secretario General …, Ana Roe, en …", "Below is the letter from
# Foreign Minister Jane Roe to …", "Voici la lettre du Ministre …, M. Jean Roe, au …".
HANDED_OVER = re.compile(
    r"\b(?:transmitimos|trasmitimos|reproducimos|publicamos|we\s+publish|we\s+reproduce|"
    r"below\s+is|following\s+is|here\s+is|voici|nous\s+publions|nous\s+reproduisons)\s+"
    r"(?:the\s+(?:full\s+)?text\s+of\s+|el\s+texto\s+(?:[ií]ntegro\s+)?de\s+|"
    r"le\s+texte\s+(?:int[ée]gral\s+)?de\s+)?(?:the|la|el|le)\s+"
    r"(?:letter|carta|misiva|lettre|missive|message|mensaje)\s+(?:from|of|del|de\s+la|du|de)\s+"
    r"(?P<writer>" + _ABBREVIATED + r"{4,160}?)" + _LETTER_TO,
    re.IGNORECASE,
)

# A news article telling who received the letter from whom, both named: "The President of
# Norland, Jane Roe, has received a letter from the Prime Minister …, John Doe, …", "Le
# Président …, Jean Roe a reçu une invitation officielle de la commission …, Ana Roe, à …".
RECEIVED_FROM = re.compile(
    r"(?:^|(?<=[.\n])\s*)(?:The\s+|Le\s+|La\s+|El\s+)?"
    r"(?P<to>[A-ZÀ-Ý](?:" + _ABBREVIATED + r"|[()]){4,200}?),?\s+"
    r"(?:(?:has\s+)?received|a\s+re[çc]u|(?:ha\s+)?recibi(?:[óo]|do))\s+(?:an?|une?|una?)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:letter|invitation|message|lettre|carta|invitaci[óo]n|mensaje|nota)"
    r"(?:\s+(?-i:[a-zà-ÿ][\w-]*)){0,2}\s+(?:from|de|del)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
    r"(?P<writer>(?:" + _ABBREVIATED + r"|[()]){4,200}?)"
    r"(?=,?\s+(?:to|à|a|para|inviting|l['’]invitant|invit[áa]ndol[oa])\s|[.;:]\s)",
    re.MULTILINE,
)

# The verbs RECEIVED_FROM must hold, for a cheap test before it.
RECEIVING = re.compile(r"received|re[çc]u|recibi")

# The writer named after the words the article quotes: "…», a écrit M. Jean Roe dans sa
# lettre", "…,” wrote Jane Roe in her letter", "…”, escribió Ana Roe en su carta".
WROTE_IN_LETTER = re.compile(
    r"\b(?:a\s+[ée]crit|[ée]crit|wrote|writes|escribi[óo]|escribe)\s+"
    r"(?:(?:M|Mr|Ms|Mrs|Mme|Dr|Sr|Sra)\.?\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+(?:\s+(?-i:[A-ZÀ-Ý])"
    r"[\w’'-]+){1,3})\s+(?:dans\s+(?:sa|cette|la)\s+(?:lettre|missive|correspondance)|"
    r"in\s+(?:his|her|the|this)\s+letter|en\s+(?:su|la|esta)\s+(?:carta|misiva))\b",
    re.IGNORECASE,
)


# A news article telling what the writer says in the letter: "Foreign Minister Jane Roe said
# in a letter to …", "In a letter to the Secretary-General, Foreign Minister Jane Roe said …",
# "The letter, signed by Foreign Minister Jane Roe, …", "Dans une lettre adressée au …, le
# ministre Jean Roe affirme …", "En una carta dirigida al …, el canciller Juan Roe afirmó …".
_A_LETTER = (
    r"(?:a|an|his|her|the|this|une|sa|cette|la|una|su|esta)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:letter|lettre|carta|missive|misiva)"
)
_SAYS = (
    r"(?:said|says|stated|states|wrote|writes|warned|argued|urged|asked|noted|told|called|"
    r"declared|explained|stressed|expressed|a\s+(?:d[ée]clar[ée]|affirm[ée]|soulign[ée]|"
    r"[ée]crit|demand[ée])|affirme|d[ée]clare|souligne|demande|afirm[óo]|dijo|señal[óo]|"
    r"declar[óo]|expres[óo]|pidi[óo]|escribi[óo]|afirma|dice|señala|pide)"
)
_WRITER = r"(?P<writer>" + _ABBREVIATED + r"{4,160}?)"
SIGNED_BY = re.compile(
    r"\b(?i:letter|lettre|carta),?\s+(?:signed|sign[ée]e|firmada)\s+(?:by|par|por)\s+"
    + _WRITER
    + r"(?=,|\s+(?:was|is|has|to|a\s|est|fue|es|al|au)\b)"
)
WRITER_SAID_IN_LETTER = re.compile(
    r"(?:^|(?<=[.\n:])\s*)" + _WRITER + r",?\s+" + _SAYS + r"\s+(?:in|dans|en)\s+" + _A_LETTER,
    re.MULTILINE,
)
# What that pattern must hold: tried first, it spares the writer's lazy search from every
# line and sentence of a head that says nothing "in a letter".
SAYS_IN_A_LETTER = re.compile(_SAYS + r"\s+(?:in|dans|en)\s+" + _A_LETTER)
SAID_IN_LETTER = (
    WRITER_SAID_IN_LETTER,
    re.compile(
        r"\b(?i:In|Dans|En)\s+" + _A_LETTER + r"\s+(?:(?:addressed|sent|adress[ée]e|envoy[ée]e|"
        r"dirigida|enviada)\s+)?(?:to|au|aux|[àa]|al|a\s+la)\s+[^\n.;]{3,160}?,\s+"
        + _WRITER
        + r",?\s+"
        + _SAYS
        + r"\b"
    ),
    SIGNED_BY,
)


def _fullest_name(text, name) -> str:
    """The name as the article first gives it in full: "Moussa Faki" is "Moussa Faki
    Mahamat" where the article wrote that before."""
    longer = re.search(re.escape(name) + r"(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]+){1,2}(?=[,.;)\s])", text)
    if longer and _person_name(longer.group(0)):
        return longer.group(0)
    return name


def _addressed(match) -> Mention:
    """The one written to, as the article names them, without "his counterpart"."""
    to = " ".join(match.group("to").split())
    stripped = COUNTERPART.sub("", to)
    start = match.start("to") + len(match.group("to")) - len(match.group("to").lstrip())
    return Mention(stripped, Span(start + (len(to) - len(stripped)), match.end("to")), 0.5)


def _received(head) -> tuple[Person | None, Mention | None]:
    """(the writer, the one written to) where the article says who received the letter."""
    if not RECEIVING.search(head):
        return None, None
    for match in _near_sending(RECEIVED_FROM, head):
        writer, addressee = _writer(match.group("writer")), _writer(match.group("to"))
        if writer is None:
            last = match.group("writer").split(",")[-1].strip()
            writer = Person(last, None, None, None, 0.5) if _person_name(last) else None
        if writer is not None and addressee is not None:
            return writer, _addressed(match)
    return None, None


def _with_evidence(text, writer, start) -> Person:
    # a body writing through its officer is known by the post alone
    words = writer.name or writer.title
    at = text.find(words, start)
    return dataclasses.replace(writer, evidence=Span(at, at + len(words)))


def reported_letter(text) -> tuple[Person | None, Mention | None]:
    """(the writer, the person written to) of a letter a news article introduces."""
    head = text[:2000]
    for match in [
        *_near_sending(LETTER_BY, head),
        *_near_sending(REPORTED_LETTER, head),
        *caseless(HANDED_OVER).finditer(head),
    ]:
        writer = _writer(match.group("writer"))
        if writer is not None:
            return _with_evidence(text, writer, match.start("writer")), _addressed(match)
    writer, addressee = _received(head)
    if writer is not None:
        return _with_evidence(text, writer, 0), addressee
    for pattern in SAID_IN_LETTER:
        if pattern is WRITER_SAID_IN_LETTER and not SAYS_IN_A_LETTER.search(head):
            continue
        for match in pattern.finditer(head):
            writer = _writer(match.group("writer"))
            named = _person_name(match.group("writer")) if pattern is SIGNED_BY else None
            writer = writer or (Person(named, None, None, None, 0.5) if named else None)
            if writer is not None:
                return _with_evidence(text, writer, match.start("writer")), None
    return _group_or_named_later(text, head)


# A news article naming who signed the letter it quotes, after it or before: "The letter was
# signed by Ms. Jane Roe", "Firman la carta los gobernadores Juan Roe (Río Alto), …", "La
# lettre est signée par le maire, M. Jean Roe".
SIGNER_NAMED = re.compile(
    r"\b(?:(?i:the\s+letter|la\s+lettre|la\s+carta|la\s+misiva)\s+(?:was|is|est|a\s+[ée]t[ée]|"
    r"fue|est[áa])\s+(?i:signed|sign[ée]e|firmada)\s+(?:by|par|por)|(?i:firman|firma)\s+"
    r"(?i:la\s+carta|la\s+misiva)|(?i:sign(?:e|ent))\s+(?i:la\s+lettre))\s+"
    r"(?:(?:the|le|la|les|el|los|las)\s+(?-i:[a-zà-ÿ][\w-]*)\s+){0,2}"
    r"(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]+){1,3})"
)


def _signed_by(text) -> Person | None:
    match = SIGNER_NAMED.search(text)
    if not match:
        return None
    start, name = match.start("name"), match.group("name")
    post = re.match(r"[\w’'-]+\s+", name)
    if post and _POST_WORD.fullmatch(post.group(0).strip()):
        start, name = start + post.end(), name[post.end() :]  # "signed by Mayor Jane Roe"
    if not _person_name(name):
        return None
    return Person(name, None, None, Span(start, start + len(name)), 0.5)


def _group_or_named_later(text, head) -> tuple[Person | None, Mention | None]:
    """A writer the article names after the one written to, or one it names as the signer
    of a letter its introduction says writers it does not name sent ("Los gobernadores de
    seis provincias enviaron …"; "Firman la carta …")."""
    for match in _near_sending(ADDRESSED_BEFORE_WRITER, head):
        writer = _writer(match.group("writer"))
        return (
            (_with_evidence(text, writer, match.start("writer")) if writer else None),
            _addressed(match),
        )
    begins = LETTER_BEGINS.search(text, 0, INTRODUCTION)
    if begins:
        # whom they wrote to, addressee_forms.reported_addressees says
        for _match in _near_sending(REPORTED_LETTER, text[: begins.start()]):
            return _signed_by(text), None
    quoted = WROTE_IN_LETTER.search(text)
    if quoted and _person_name(quoted.group("name")):
        name = _fullest_name(text, quoted.group("name"))
        return _with_evidence(text, Person(name, None, None, None, 0.5), 0), None
    return None, None
