"""Who wrote a letter, and to whom, where a heading, a "From:" line, a cable's "FM" line or
the letter's own prose says it rather than a signature: the sender of a note verbale, the
post in a document heading, a memorandum's writer, a circular in the third person. Pure."""

import re
from functools import lru_cache

from plenipo.reading.caseless import caseless
from plenipo.reading.compliment_senders import flat_compliments_sender
from plenipo.reading.mail_forms import name_in_order
from plenipo.reading.model import Mention, Person, Span
from plenipo.reading.people import (
    NOT_A_NAME,
    PARTICLE,
    TITLE_LINE,
    TITLE_WORDS,
    signatory_match,
)
from plenipo.reading.places import WRITING_CITIES
from plenipo.reading.reported_letters import reported_letter


def note_verbale_sender(text) -> Person | None:
    """The authority that "presents its compliments", named by its post."""
    match = re.search(
        r"^[ \t]*(?:The\s+|Le\s+|La\s+|L['’]|El\s+)?(?P<who>[^\n]{5,160}?)\s+(?:presents?\s+\w+|"
        r"pr[ée]sente(?:nt)?\s+(?:ses|leurs))\s+compliments|"
        r"^[ \t]*(?:La\s+|El\s+)?(?P<es>[^\n]{5,160}?)\s+saluda\s+(?:muy\s+)?atentamente",
        text,
        re.IGNORECASE | re.MULTILINE,
    )
    flat = flat_compliments_sender(text)  # "… se celebrarán. 1. El Director … saluda …"
    if not match:
        return flat
    group = "who" if match.group("who") else "es"
    if flat and match.start(group) < flat.evidence.start < match.end(group):
        return flat  # a flattened line's letterhead or heading before the compliments
    who = match.group(group).strip()
    organization = re.search(r"\b(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]\s*)?(.+)$", who)
    return Person(
        name=None,
        title=re.sub(r"^(?:the\s+)", "", who, flags=re.I),
        organization=organization.group(1).strip() if organization else None,
        evidence=Span(*match.span(group)),
        confidence=0.8,
    )


POST_IN_HEADING = re.compile(
    # the connecting words in any case: a letter in capitals reads "Letter Dated … Addressed to"
    r"\b(?:Letter|Note\s+verbale|Note|Lettre|Carta|Nota\s+verbal)\s+(?i:dated)\s+[^\n]{4,30}?\s+"
    r"(?i:from)\s+(?:the\s+)?(?P<post>[^\n]{6,160}?)\s+(?i:addressed)\s+to\b"
    # a paper's heading naming the writer's post after "from", whoever it is written to:
    # "Letter to the Chairman from the Secretary of State for …", "Letter from the Minister
    # for Europe, Foreign & Commonwealth Office"
    r"|^[^\n]{0,30}?\b(?i:letter)\s+(?:(?i:to)\s+[^\n]{3,120}?\s+)?(?i:from)\s+(?i:the)\s+"
    r"(?P<from>[A-Z][^\n,;:]{5,120}?)(?=\s*(?:,|$|\s(?i:to|on|about|concerning)\s))"
    # in capitals, or each word capitalised, not the one written to: "The President of the
    # General Assembly", not "… to the Chairman"
    r"|^[^\n]{0,40}?\b(?<!\b(?i:to)\s)(?i:THE)\s+(?P<head>(?i:PRESIDENT|SECRETARY-GENERAL|SECRETARY\s+GENERAL|CHAIR(?:MAN)?|"
    r"DIRECTOR-GENERAL|EXECUTIVE\s+SECRETARY)(?:\s+(?i:OF\s+THE)(?:[ \t]+[A-Z][A-Za-z]+){1,5})?)",
    re.MULTILINE,
)


def post_in_heading(text) -> Person | None:
    """The writer's post as a document heading states it ("Letter dated … from the
    Permanent Representative of … addressed to …") or a letterhead ("THE PRESIDENT OF THE
    GENERAL ASSEMBLY"), for a letter whose signature is not in the text."""
    match = POST_IN_HEADING.search(text[:1500])
    if not match:
        return None
    if match.group("from") is not None:
        post = " ".join(match.group("from").split())
        if not TITLE_WORDS.search(post):
            return None  # "Letter from Jane Roe": a name, not a post
        return Person(None, post, None, Span(*match.span("from")), 0.5)
    group = "post" if match.group("post") else "head"
    post = " ".join(match.group(group).split())
    if group == "head":
        post = " ".join(
            w.lower() if w.upper() in {"OF", "THE"} else w.title() for w in post.split()
        )
    return Person(None, post, None, Span(*match.span(group)), 0.5)


_HEADING_SENDER = re.compile(
    r"^(?!Letter|Note|Lettre|Carta|Nota)(?:The\s+)?(?P<title>[A-Z][^\n()]{2,100}?)\s*"
    r"(?:\((?P<name>[A-Z][\w’'\- ]{1,40})\))?\d*\s+to\s+the\s+[A-Z]",
    re.MULTILINE,
)


# A printed collection's numbered heading over each letter: "2. LE GREFFIER AU MINISTRE DES
# AFFAIRES ÉTRANGÈRES …", "14. THE AMBASSADOR IN PERU TO THE SECRETARY OF STATE".
COLLECTION_HEADING = re.compile(
    r"^[ \t]*\d{1,3}\.[ \t]+(?i:the|le|la|el)[ \t]+(?P<title>[^\n()]{3,80}?)[ \t]+"
    r"(?i:to[ \t]+the|au|aux|à[ \t]+la|al|a[ \t]+la)[ \t]+[A-ZÀ-Ý]",
    re.MULTILINE,
)
# a salutation alone on its line: "Monsieur le Ministre,", "Sir,", "Excelencia:"
SHORT_SALUTATION = re.compile(r"^[ \t]*[A-ZÀ-Ý][^\n.]{1,40}[,:][ \t]*$", re.MULTILINE)


def collection_heading_sender(text) -> Person | None:
    """The post a printed collection's numbered heading gives the writer of the letter
    under it: the last such heading above the letter's salutation."""
    salutation = SHORT_SALUTATION.search(text, 0, 4000)
    if not salutation:
        return None
    headings = list(COLLECTION_HEADING.finditer(text, 0, salutation.start()))
    if not headings or not TITLE_WORDS.search(headings[-1].group("title")):
        return None
    title = headings[-1].group("title").strip()
    return Person(None, title, None, Span(*headings[-1].span("title")), 0.5)


def heading_sender(text) -> Person | None:
    """The writer as a heading names them: "The Chargé in Switzerland (Moffat) to the …", or
    a printed collection's numbered heading over the letter."""
    match = _HEADING_SENDER.search(text[:400])
    if match is None:
        return collection_heading_sender(text)
    if (
        not match
        or not TITLE_WORDS.search(match.group("title"))
        # a sentence telling of a letter is no heading: "The Minister … has written a letter to …"
        or re.search(
            r"\b(?:dated|from|addressed|letter|wrote|written|writes|sent)\b", match.group("title")
        )
    ):
        return None
    name = match.group("name")
    return Person(name, match.group("title").strip(), None, Span(*match.span("title")), 0.6)


# "Message from the Chairman of the Committee of Ministers …, Mr Brian Cowen, Minister for
# Foreign Affairs of Ireland, to his colleagues", "Lettre de félicitations de M. Jacques
# Chirac, Président de la République, adressée à …": a heading naming the writer.
NAMED_IN_HEADING = re.compile(
    r"\b(?:Letter|Message|Note|Lettre|Carta|Mensaje|Nota)\b[^\n]{0,60}?\b(?:from|de|del)\s+"
    r"(?:(?:the|la|le|el)\s+(?P<before>[^\n,]{3,120}),\s+)?"
    r"(?:M\.|Mr\.?|Ms\.?|Mrs\.?|Mme|H\.\s?E\.|Dr\.?|Sr\.?|Sra\.?)\s+"
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,4}}),\s+"
    r"(?P<after>[^\n,]{3,120}?)(?=,|\s+(?:to|addressed|adress[ée]e|dirigid[ao])\b)"
)


def named_in_heading(text) -> Person | None:
    """The writer a heading names, with the post written beside the name."""
    match = NAMED_IN_HEADING.search(text[:1500])
    if not match or not TITLE_WORDS.search(match.group("before") or match.group("after")):
        return None
    posts = [
        p for p in (match.group("before"), match.group("after")) if p and TITLE_WORDS.search(p)
    ]
    return Person(
        match.group("name"),
        ", ".join(" ".join(p.split()) for p in posts),
        None,
        Span(*match.span("name")),
        0.6,
    )


# A memorandum's or an e-mail's "From:" line: "From: Executive Secretary", "De : Jean Dupont,
# Directeur", "From: John Smith <john.smith@example.org>".
FROM_LINE = re.compile(
    r"^[ \t]*(?:From|FROM|De|DE|Exp[ée]diteur|Remitente)[ \t]*:[ \t]*(?P<who>[^\n<\[]{3,120}?)"
    r"[ \t]*(?:<[^\n>]*>|\[mailto:[^\n\]]*\])?[ \t]*$",
    re.MULTILINE,
)


# A cable's "FM" line names the sending office, its own reference between double slashes:
# "FM THE SITUATION ROOM//TOHAK 21//", "FM AMEMBASSY PARIS"; OCR reads the F as a P.
CABLE_FROM = re.compile(
    r"^[ \t]*(?:FM|PM(?=[^\n]*//))[ \t]+(?P<who>[A-Za-z][^/\n]{2,80}?)[ \t]*(?://|$)",
    re.MULTILINE,
)


def cable_sender(text) -> Person | None:
    match = CABLE_FROM.search(text[:3000])
    if not match:
        return None
    return Person(None, match.group("who"), None, Span(*match.span("who")), 0.55)


# A telegram's or a fax's "Sent by:" field gives the post; the name typed just before it
# ("E. WYNDHAM WHITE SENT BY : Executive Secretary, GATT").
SENT_BY = re.compile(
    r"(?<!\S)(?:Sent\s+by|Envoy[ée]\s+par|Enviado\s+por)[ \t]?:[ \t]*"
    r"(?P<post>[^\W\d_][^\n,;]{2,60})",
    re.IGNORECASE,
)
NAME_BEFORE = re.compile(
    r"(?<!\S)(?P<name>(?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+$"
)


def sent_by(text) -> Person | None:
    match = caseless(SENT_BY).search(text)
    if not match or not TITLE_WORDS.search(match.group("post")):
        return None
    before = max(0, match.start() - 60)
    name = NAME_BEFORE.search(text, before, match.start())
    span = Span(*(name.span("name") if name else match.span("post")))
    return Person(name and name.group("name"), match.group("post").strip(), None, span, 0.55)


# A memorandum's "TO … FROM … SUBJECT" heading run together in OCR, its labels in capitals
# without their colons: "TO William L. Langer Special Assistant … FROM William W. Quinn, …".
FLAT_FROM = re.compile(
    r"(?<!\S)FROM:?[ \t]+(?P<name>(?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t](?:[A-Z][a-z]+|[A-Z]\.)){1,3})"
    r"(?=[,\s])"
)


def flat_memo_sender(text) -> Person | None:
    match = caseless(FLAT_FROM).search(text[:3000])
    if not match or not re.search(r"[a-z]", match.group("name")):
        return None
    return Person(match.group("name"), None, None, Span(*match.span("name")), 0.5)


def memo_sender(text) -> Person | None:
    """The writer a "From:" line at the head names: a name (with its post after a comma)
    or a post alone; else the office a cable's "FM" line names."""
    match = FROM_LINE.search(text[:1500])
    if not match:
        return cable_sender(text) or sent_by(text) or flat_memo_sender(text)
    who = match.group("who").strip(' ,."“”')  # "From: \"Jane Roe\" <jane@…>"
    ordered = name_in_order(who, lambda words: bool(TITLE_WORDS.search(words)))
    if ordered:  # "From: Okonkwo, Chidi (OLA)"
        return Person(ordered, None, None, Span(*match.span("who")), 0.6)
    name, _, post = who.partition(",")
    person = signatory_match(name)
    span = Span(*match.span("who"))
    if person and not TITLE_LINE.match(name):
        return Person(person.group("name").strip(), post.strip() or None, None, span, 0.6)
    if TITLE_WORDS.search(who) or NOT_A_NAME.search(who):
        return Person(None, who, None, span, 0.55)
    return None


# A circular written in the third person by its signatory's post: "The Secretary-General
# has the honour to invite …", "Le Directeur général a l'honneur de …".
THIRD_PERSON = re.compile(
    r"(?:^|[.\n]\s*|\d\s+)(?:The|Le|La|El)\s+(?P<post>[A-Z][^\n.,;()]{2,100}?)\s+"
    r"(?:has\s+the\s+(?:honou?r|pleasure)\s+to|a\s+l['’]honneur\s+de|a\s+le\s+plaisir\s+de|"
    r"tiene\s+el\s+(?:honor|placer|agrado|gusto)\s+de|"
    # a circular's other third-person openings: "The Secretary refers to his letter of …",
    # "The Executive Secretary wishes to inform …", "… presents his compliments to …"
    r"refers\s+to\s+(?:his|her|its)|wishes\s+to\s+(?:inform|draw|remind|announce|advise)|"
    r"is\s+pleased\s+to|presents\s+(?:his|her)\s+compliments|"
    r"souhaite\s+informer|desea\s+informar|"
    # an invitation card's host: "The Secretary-General … requests the pleasure of the
    # company of …", "Le Directeur général … prie …"
    r"requests?\s+the\s+(?:pleasure|honou?r)\s+of|prie(?=\s+[A-ZÀ-Ýa-zà-ÿ]))\b"
)


def third_person_sender(text) -> Person | None:
    """The post that writes a circular in the third person, where no one signs it."""
    for match in THIRD_PERSON.finditer(text[:3000]):
        post = " ".join(match.group("post").split())
        if TITLE_LINE.match(post) or (TITLE_WORDS.match(post) and len(post.split()) <= 12):
            return Person(None, post, None, Span(*match.span("post")), 0.5)
    return None


# "During my tenure as Director-General", "in my capacity as Chair of the Committee", "En mi
# condición de Jefe de Estado de …"
FIRST_PERSON_POST = re.compile(
    r"\b(?:my|mi|ma|mon)\s+(?i:capacity|tenure|term|role|mandate|qualit[ée]|calidad|"
    r"condici[óo]n)\s+"
    r"(?:as|of|de|en\s+tant\s+que)\s+(?:the\s+|l[ae]\s+|el\s+)?"
    r"(?P<post>[A-ZÀ-Ý][\w’'-]+(?:\s+(?:of|for|on|the|and|de|du|des|la|del|[A-ZÀ-Ý][\w’'-]+)){0,8})"
)


def first_person_post(text) -> Person | None:
    """The post the writer names as their own, where no one signs: "During my tenure as
    Director-General, I …"."""
    for match in FIRST_PERSON_POST.finditer(text):
        post = re.sub(r"\s+(?:of|for|on|the|and|de|du|des|la|del)$", "", match.group("post"))
        if TITLE_WORDS.match(post) or TITLE_LINE.match(post):
            return Person(
                None, post, None, Span(match.start("post"), match.start("post") + len(post)), 0.4
            )
    return None


# Writers of a joint letter naming their posts in the first person plural: "We have the
# honour to write to you in our respective capacities as Special Rapporteur on …, Chair of
# …, and Special Rapporteur on …." (each post its own person).
OUR_CAPACITIES = re.compile(
    r"\b(?:our|nuestras?|nos)\s+(?:respective\s+|respectivas?\s+|respectives\s+)?"
    r"(?i:capacities|capacity|calidades|calidad|qualit[ée]s|mandates)\s+(?:respectivas?\s+)?"
    r"(?:as|de|en\s+tant\s+que)\s+(?P<posts>[A-ZÀ-Ý][^.;]{10,800}?)[.;]"
)
_NEXT_POST = re.compile(r",\s+(?:and\s+|et\s+|y\s+)?(?=[A-ZÀ-Ý])")


def joint_posts(text) -> list[Person]:
    """The posts the writers of a joint letter name as theirs, in order, where no one
    signs; none unless each part is a post."""
    match = OUR_CAPACITIES.search(text[:5000])
    if not match:
        return []
    # a post broken at its hyphen over two lines: "Chairperson-\n Rapporteur"
    words = " ".join(re.sub(r"(?<=\w)-\s+(?=[A-ZÀ-Ý])", "-", match.group("posts")).split())
    posts = [post.strip() for post in _NEXT_POST.split(words) if post.strip()]
    if len(posts) < 2 or not all(TITLE_WORDS.search(post) for post in posts):
        return []
    return [Person(None, post, None, Span(*match.span("posts")), 0.4) for post in posts]


# A press release reporting a message: "The Minister of Foreign Affairs of the Republic of
# Maldives, His Excellency Moosa Zameer has sent a message of felicitations to the Deputy
# Prime Minister …, His Excellency Narayan Kaji Shrestha, on the occasion of …".
REPORTED_MESSAGE = re.compile(
    r"^[ \t]*(?:The\s+)?(?P<post>[A-Z][^\n,]{4,120}),\s+(?:(?:His|Her)\s+Excellency\s+|"
    r"(?:H\.\s?E\.|Dr|Mr|Ms|Mrs|Prof)\.?\s+)*"
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,4}})\s+"
    r"(?:has\s+sent|sends|sent|has\s+addressed|addressed|has\s+written|wrote)\s+(?:an?\s+)?"
    r"(?:\w+\s+){0,2}(?:message|letter|note)\b[^\n]{0,80}?\bto\s+(?:the\s+)?"
    r"(?P<to>[^\n]{3,200}?)(?=,?\s+on\s+the\s+occasion\b|\.(?:\s|$)|,\s+(?:in|on)\s"
    # when, or what for: "… to the Secretary-General on Monday, urging …"
    r"|,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+week|"
    r"this\s+week|yesterday|today|urging|asking|calling|requesting|to\s+(?:ask|urge|request|"
    r"express|call|demand))\b)",
    re.MULTILINE,
)


# The reader asks for the sender and for the addressees of the same text: read it once.
@lru_cache(maxsize=4)
def reported_message(text) -> tuple[Person | None, Mention | None]:
    """(the writer, the person written to) of a message a press release reports."""
    match = REPORTED_MESSAGE.search(text[:2000])
    if not match or not TITLE_WORDS.search(match.group("post")):
        return reported_letter(text)
    writer = Person(
        match.group("name"),
        " ".join(match.group("post").split()),
        None,
        Span(*match.span("name")),
        0.6,
    )
    to = " ".join(match.group("to").split())
    return writer, Mention(to, Span(*match.span("to")), 0.5)


# A heading naming the writer after the post: "Message from NATO PA President Attila
# Mesterhazy", "Letter from the Executive Secretary Jane Roe".
MESSAGE_FROM = re.compile(
    r"^[ \t]*(?:Message|Letter|Lettre|Mensaje|Carta)\s+(?:from|de|del)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+)?"
    r"(?P<post>[^\n]{0,60}?\b(?:President|Chair(?:man|person)?|Secretary[- ]General|"
    r"Director[- ]General|Executive\s+(?:Secretary|Director)|Président|Presidente|"
    r"Secretario\s+General))"
    rf"\s+(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,3}})[ \t]*$",
    re.MULTILINE,
)


WRITTEN_TO = re.compile(r"\s(?:to|au|aux|[àa]|al)\s")


# A heading naming the writer alone: "Letter from Jane Roe", "Carta de Joe Biden" (not a
# city's: "Carta de Buenos Aires").
LETTER_FROM_NAME = re.compile(
    r"^[ \t]*(?:Message|Letter|Lettre|Mensaje|Carta|Misiva)\s+(?:from|de|del|du)\s+"
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,3}})[ \t]*$",
    re.MULTILINE,
)


# A heading naming the writer, then the post, then whom it was written to: "Message of
# congratulations from His Excellency Mr. John ROE, Minister of Foreign Affairs of …,
# addressed to …", "Message de félicitations de Son Excellence Monsieur Jean ROE, Ministre
# …, adressé à …", "Carta del Excmo. Sr. Juan Roe, Presidente de …, dirigida a …".
MESSAGE_FROM_NAME_POST = re.compile(
    r"\b(?:Message|Letter|Lettre|Mensaje|Carta|Misiva|Missive)(?:\s+(?i:of|de)\s+[\w’'-]+)?\s+"
    r"(?i:from|de|del|du)\s+(?:(?:His|Her|Son|Su)\s+(?:Excellency|Excellence|Excelencia)\s+|"
    r"(?:H\.\s?E\.|S\.\s?E\.|Excmo\.|Excma\.)\s+)?"
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|M|Mme|Monsieur|Madame|Señora?|Sr|Sra|Don|Doña)\.?\s+)?"
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,3}}),\s+"
    r"(?P<post>[^\n,;:()]{4,160}?),?\s+(?i:addressed|sent|adress[ée]e?|envoy[ée]e?|dirigid[oa]|"
    r"enviad[oa])\s+(?i:to|[àa]|au|aux|al)\b"
)


def message_from(text) -> Person | None:
    """The writer a heading names after the post ("Message from … President Jane Roe"),
    before it ("Message de … Monsieur Jean ROE, Ministre …, adressé à …"), or alone ("Carta
    de Joe Biden")."""
    named = MESSAGE_FROM_NAME_POST.search(text[:1500])
    if (
        named
        and TITLE_WORDS.search(named.group("post"))
        and not NOT_A_NAME.search(named.group("name"))
    ):
        post = " ".join(named.group("post").split())
        return Person(named.group("name"), post, None, Span(*named.span("name")), 0.55)
    match = MESSAGE_FROM.search(text[:1500])
    # "Letter from President Jane Roe to President Tom Hill": the name after "to" is whom
    # it is written to, the writer's a heading from and to gives
    to = match and WRITTEN_TO.search(match.group("post"))
    if match and not to and not NOT_A_NAME.search(match.group("name")):
        post = " ".join(match.group("post").split())
        return Person(match.group("name"), post, None, Span(*match.span("name")), 0.55)
    match = LETTER_FROM_NAME.search(text[:1500])
    name = match.group("name") if match else ""
    if not match or TITLE_WORDS.search(name) or NOT_A_NAME.search(name) or name in WRITING_CITIES:
        return None
    return Person(name, None, None, Span(*match.span("name")), 0.5)
