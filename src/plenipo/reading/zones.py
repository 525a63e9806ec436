"""The parts of a letter: what kind of document it is, its own date and place, its
salutation and closing formula. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.model import OwnDate, Span
from plenipo.reading.news_copies import reported_letters_date
from plenipo.reading.notices import (
    INFORMATION_NOTE,
    NOTE_HEADING,
    NOTICE_HEADING,
    NOTIFICATION,
    THIRD_PERSON_NOTICE,
    heading_circular,
    heading_end,
)
from plenipo.reading.places import (  # noqa: F401 -- letterhead_place is read from here
    PLACE_BEFORE_DATE,
    WRITING_CITY,
    letterhead_place,
)
from plenipo.reading.writing_places import (
    WRITTEN_AT,
    done_at,
    place_of_writing,
    town_above,
    town_before,
    written_at,
)

NOTE_VERBALE = re.compile(
    # the possessive as OCR reads its capital I: "PRESENTS lTS COMPLIMENTS"
    # the possessive may be left out, and OCR reads the m as "rn": "presents compliments",
    # "presents its cornpliments"
    r"presents?\s+(?:(?:his|her|[il1|]ts|their)\s+)?(?:\w+\s+)?co(?:m|rn)pl[il1]ments|"
    r"pr[ée]sente(?:nt)?\s+(?:ses|leurs)\s+(?:\w+\s+)?co(?:m|rn)pl[il1]ments|"
    # "La Misión … saluda atentamente a la Secretaría", "… al Ministerio", "saluda con toda
    # atención a …"; a letter's "Le saluda atentamente," closes it
    r"saluda(?:n)?\s+(?:muy\s+)?(?:atentamente|cordialmente|con\s+(?:toda|la\s+mayor|su\s+m[áa]s\s+"
    r"distinguida)\s+(?:atenci[óo]n|consideraci[óo]n))\s+al?\b|tiene\s+el\s+honor\s+de\s+saludar|"
    # a Portuguese note's: "A Embaixada … cumprimenta o Ministério"
    r"\bcumprimenta(?:m)?\s+(?:atenciosamente\s+)?(?:a|o|as|os)\b",
    re.IGNORECASE,
)
# The third person's honour, a note's as much as a notice's: "The Ministry has the honour to
# inform …" (a letter's "I have the honour" is the first person).
# So in French and Spanish: "La Mission … a l'honneur de transmettre", "La Embajada … tiene
# el honor de informar" (a letter's "J'ai l'honneur", "Tengo el honor").
HONOUR_THIRD = re.compile(
    r"\bhas\s+the\s+honou?r\s+to\s+(?:inform|transmit|refer|forward|convey|enclose|request|"
    r"acknowledge|communicate|notify|submit|bring|draw|advise|confirm)|"
    r"(?<!['’])\ba\s+l['’]honneur\s+de\s+(?:l['’]|lui|leur|vous|porter|transmettre|faire|"
    r"communiquer|se\s+r[ée]f[ée]rer|solliciter|demander|notifier|confirmer|signaler)|"
    r"\btiene(?:n)?\s+el\s+honor\s+de\s+(?:informar|remitir|transmitir|comunicar|referirse|"
    r"solicitar|hacer|poner|notificar|confirmar|acusar)|"
    # one authority referring another to a text: "The Department of State refers the
    # Embassy of … to the Agreement …"
    r"\brefers\s+the\s+(?:[\w-]+\s+){0,2}(?:Embassy|Ministry|Department|Mission|Legation|"
    r"Consulate|Secretariat)\s+(?:of|to)\b",
    re.IGNORECASE,
)
SALUTATION = re.compile(
    r"(?:^|\d{4}\s+)\s*(?:Mr\.?\s+(?:Secretary|President|Minister|Chairman|Ambassador)(?:\s+of\s+State)?|"
    r"(?:Most\s+Excellent\s+)?Sir(?:\s*/\s*Madam)?|Madam(?:\s*/\s*Sir)?|"
    r"Excellency|Your\s+Excellency|Dear\s+[^\n,]{1,60}|Excellence|Monsieur[^\n,]{0,40}|"
    # several addressees, and the Spanish address by the dignity
    r"(?:Your\s+)?Excellencies|(?:Vuestra\s+)?Excelencia|(?:Distinguished|Honou?rable)\s+[^\n,]{1,60}|"
    r"Mesdames[^\n,]{0,40}|Messieurs|Gentlemen|"
    r"Madame[^\n,]{0,40}|Señor[^\n,]{0,40}|Excelent[ií]simo[^\n,]{0,40}|Estimad[oa][^\n,]{0,40})\s*[,:]",
    re.IGNORECASE | re.MULTILINE,
)
# More salutations, for the kind of document only (the layout model's features keep the
# ones above): by the dignity and the post, "Su Excelencia,", "Excellences,", "Madam
# President,", "Ladies and Gentlemen,", "Your Majesty,", "Muy señor mío:", "My dear Colleague,";
# and the ones of certificates and of Latin America.
DIGNITY_SALUTATION = re.compile(
    r"^\s*(?:Su\s+Excelencia|Excellences|Ladies\s+and\s+Gentlemen|Sirs|"
    # "To whom it may concern:", "De mi mayor consideración:"
    r"To\s+whom\s+it\s+may\s+concern|De\s+(?:mi|nuestra)\s+(?:mayor\s+|m[áa]s\s+alta\s+|"
    r"distinguida\s+)?consideraci[óo]n|"
    r"Your\s+(?:Royal\s+)?(?:Majesty|Highness)|"
    r"Madam\s+(?:President|Chair(?:person|woman)?|Secretary|Minister|Ambassador|Director)[^\n,]{0,40}|"
    r"Muy\s+(?:señor|señora|señores|estimad[oa]s?)[^\n,]{0,40}|My\s+dear\s+[^\n,]{1,60})\s*[,:]",
    re.IGNORECASE | re.MULTILINE,
)
CLOSING = re.compile(
    r"(?:Yours\s+(?:sincerely|faithfully|truly)|assurances?\s+of\s+(?:my|our|his|her|its)\s+"
    r"(?:highest|high|the highest)\s+consideration|Sincerely|Best\s+regards|Kind\s+regards|"
    r"(?:Veuillez|Je\s+vous\s+prie\s+d)[^\n]{0,200}consid[ée]ration|Atentamente|Cordialement|"
    r"(?:las\s+seguridades|el\s+testimonio)\s+de\s+su\s+(?:m[áa]s\s+)?(?:alta|distinguida)\s+consideraci[óo]n|"
    r"aprovecho\s+la\s+oportunidad[^\n]{0,200}|Accept,?\s+(?:Sir|Excellency)[^\n]{0,200}|"
    r"I\s+(?:avail\s+myself|take\s+this\s+opportunity)[^\n]{0,200}|Respectfully\s+yours|Very\s+truly\s+yours|"
    # Printed collections cut the formula short: "Accept [etc.]", "I have, etc.,", "I am, &c.".
    r"(?:Accept|I\s+have(?:\s+the\s+honou?r\s+to\s+be)?|I\s+am|I\s+take|Be\s+pleased\s+to\s+accept)"
    r",?\s*(?:\[etc\.?\]|etc\.|&c\.?)|Je\s+saisis\s+cette\s+occasion[^\n]{0,200}|"
    r"Hago\s+propicia\s+la\s+oportunidad[^\n]{0,200})"
    r"[^\n]*",
    re.IGNORECASE,
)


# More of a letter's closings than the formulas the signature is found under: "Yours
# respectfully", "Warm regards", "Salutations distinguées", "Reciba un cordial saludo".
LETTER_CLOSING = re.compile(
    r"\bYours\s+(?:respectfully|cordially|ever)|\b(?:Warm|Warmest|Best|Kindest)\s+regards|"
    r"\bsalutations\s+(?:distingu[ée]es|les\s+meilleures)|\bRecevez,?\s+(?:Madame|Monsieur|"
    r"Excellence|cher|ch[èe]re)|\b(?:Saludos\s+cordiales|Cordiales\s+saludos)|\bRecib(?:a|an)\s+"
    r"(?:un|mi)\s+cordial\s+saludo|\bLe\s+saluda\s+(?:muy\s+)?atentamente",
    re.IGNORECASE,
)


# A letter cut short before its salutation or closing still speaks as one: a heading
# "Letter dated …", a first person "I have the honour", a "(Signed)" name.
LETTER_CUES = re.compile(
    r"\b(?:Letter\s+(?:dated|from)|Lettre\s+(?:dat[ée]e|de\s+f[ée]licitations)|Carta\s+de\s+fecha|"
    r"(?:I|We)\s+have\s+the\s+honou?r|J['’]ai\s+l['’]honneur|Nous\s+avons\s+l['’]honneur|"
    r"Tengo\s+el\s+honor|Tenemos\s+el\s+honor|"
    r"\((?:Signed|Firmado|Sign[ée])\)|(?:I|We)\s+(?:am|are)\s+(?:writing|pleased|glad)|"
    r"(?:I|We)\s+(?:write|wish|would\s+like)\s+to|Message\s+from\s+the\s+[A-Z]|"
    r"J['’]ai\s+le\s+plaisir|Nous\s+avons\s+le\s+plaisir|Me\s+(?:es\s+grato|complace)|"
    r"Tengo\s+el\s+(?:agrado|gusto)|Nos\s+(?:es\s+grato|complace)|Ruego\s+a\s+usted|"
    # the first person inside a sentence: "… me permito invitarlo a …"
    r"\b[Mm]e\s+(?:permito|dirijo)\b|\b[Nn]os\s+(?:permitimos|dirigimos)\b|"
    # an invitation card's host in the third person
    r"requests?\s+the\s+pleasure\s+of\s+(?:the\s+)?company|"
    r"prie\s+[^.;]{0,120}?de\s+(?:lui\s+)?faire\s+l['’]honneur|"
    # a press release reproducing the message it reports
    r"(?:ha(?:s|ve)\s+sent|sends?)\s+(?:a\s+)?(?:message|letter)\b[^\n]{0,400}\n(?:[ \t]*\n)?"
    r"[^\n]{0,80}\breads\s+as\s+follows)",
)
# A news article giving the text of the letter it reports: "Following is the full text of
# the letter:", "The letter reads:", "Voici le texte intégral de la lettre", "El texto
# íntegro de la carta es el siguiente".
LETTER_TEXT_FOLLOWS = re.compile(
    r"\b(?:full\s+|complete\s+)?text\s+of\s+the\s+(?:Minister['’]s\s+|President['’]s\s+)?letter\b"
    r"[^\n.]{0,40}(?:[:;]|\bfollows\b|\breads\b|$)|\bthe\s+letter\s+reads\s*(?:as\s+follows)?\s*[:,]|"
    r"\btexte\s+(?:int[ée]gral\s+|complet\s+)?de\s+(?:la|cette)\s+lettre\b|"
    r"\btexto\s+(?:[íi]ntegro\s+|completo\s+)?de\s+la\s+carta\b",
    re.IGNORECASE | re.MULTILINE,
)
# A document reproducing a letter or a note says which in its heading; a letter may
# transmit a note verbale, whose formulas then follow.
_POSSESSIVE = (
    r"(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!my\s)(?<!sa\s)(?<!son\s)(?<!votre\s)"
    r"(?<!su\s)(?<!the\s)(?<!a\s)(?<!la\s)(?<!una\s)(?<!une\s)"
)
_FROM_TO = r"(?=[^\n]{0,120}?\b(?:from|addressed|dirigida|adress[ée]e|de\s+la|del|de\s+l['’]))"
KIND_IN_HEADING = re.compile(
    _POSSESSIVE
    + r"\b(?P<letter>Letter|Lettre|Carta)\s+(?:dated|dat[ée]e|de\s+fecha)\b"
    + _FROM_TO
    + r"|"
    + _POSSESSIVE
    + r"\b(?P<note>Note\s+verbale|Nota\s+verbal)\s+(?:dated|dat[ée]e|de\s+fecha)\b"
    + _FROM_TO
    + r"|^\s*(?P<info>Info(?:rmation)?\s+note|Note\s+d['’]information|Nota\s+informativa)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A heading naming a letter by its writer or addressee: "Letter to the Clerk from the
# Committee Specialist", "Open letter to the Prime Minister", "Lettre adressée à …", "Carta
# dirigida al …".
LETTER_HEADING = re.compile(
    r"^[ \t]*(?:(?:Open|Joint)\s+)?(?:Letter|Lettre(?:\s+ouverte)?|Carta(?:\s+abierta)?)\s+"
    r"(?:to|from|addressed|adress[ée]e|envoy[ée]e|dirigida|enviada|de\s+(?:M\.|Mme|Monsieur|"
    r"Madame|S\.E\.))\b",
    re.IGNORECASE | re.MULTILINE,
)
# "Dear Sir/Madam," inside a flat line of text
FLAT_DEAR = re.compile(r"(?<=\s)Dear\s+[A-Z][^\n,.]{1,60},")
# A salutation on a line of its own without its comma: "Estimados compañeros (as)",
# "Estimada Embajadora Roe".
BARE_SALUTATION = re.compile(
    r"^[ \t]*(?:Dear|Estimad[oa]s?|Apreciad[oa]s?|Distinguid[oa]s?|Chers?|Ch[èe]res?)\s+"
    r"[^\n.;:]{1,60}$|"
    # an e-mail's greeting on its line: "Hi all,", "Hello Maria,", "Bonjour,", "Hola a todos:"
    r"^[ \t]*(?:Hi|Hello|Hola|Bonjour|Good\s+(?:morning|afternoon))\b[^\n.;:!?]{0,40}[,:!]?[ \t]*$",
    re.MULTILINE,
)


# Third-person formulas of a note verbale's close: the authority "avails itself of this
# opportunity to renew …", "saisit cette occasion pour renouveler …", "hace propicia la
# ocasión para reiterar …" (the first person, "I avail myself", "Je saisis", "Hago
# propicia", closes a letter).
NOTE_CLOSING = re.compile(
    r"\bavails?\s+(?:itself|himself|herself|themselves)\s+of\s+th(?:is|e)\s+opportunity|"
    r"\b(?:takes|take)\s+this\s+opportunity\s+to\s+renew|"
    r"\b(?:assurances?|expression)\s+of\s+(?:its|their)\s+(?:highest|high|most\s+distinguished)"
    r"\s+consideration|\b(?:saisit|saisissent|se\s+sert|profite\s+de)\s+(?:de\s+)?cette\s+occasion|"
    r"l['’]assurance\s+de\s+(?:sa|leur)\s+(?:tr[èe]s\s+)?haute\s+consid[ée]ration|"
    r"\b(?:hace|hacen)\s+propicia\s+la\s+(?:ocasi[óo]n|oportunidad)|"
    r"\b(?:aprovecha|aprovechan)\s+(?:la|esta)\s+(?:ocasi[óo]n|oportunidad)",
    re.IGNORECASE,
)
# A letter is written from "I" or "we" to "you": "I ask you to take steps …", "Me dirijo a
# usted", "Je vous écris".
FIRST_PERSON = re.compile(
    r"\b(?:I|We)\s+(?:would|should|wish|ask|request|hope|trust|beg|am|are|have|write|refer|"
    r"propose|suggest|enclose|invite|take|must|shall|will|look|thank|regret|welcome|note)\b|"
    r"\bJe\s+(?:vous|me|tiens|souhaite|voudrais|suis|sais|prends)\b|"
    r"\b(?:Me|Nos)\s+(?:dirijo|dirigimos|permito|permitimos)\b|\bLe\s+ruego\b",
)
# Both persons in two Spanish words: "Le informo que …", "les agradecemos".
TO_YOU_ES = re.compile(
    r"\b(?:le|les)\s+(?:informo|informamos|escribo|agradezco|agradecemos|invito|invitamos|"
    r"comunico|comunicamos|reitero|reiteramos|expreso|felicito|transmito|solicito|pido)\b",
    re.IGNORECASE,
)
SECOND_PERSON = re.compile(r"\b(?:you|your|vous|votre|vos|usted|ustedes|Vuestra)\b", re.IGNORECASE)
# A cable's or an airgram's own heading: the kind the corpus calls "other".
WIRE_HEADING = re.compile(
    r"\A\W*(?:AIRGRAM|TELEGRAM|CABLEGRAM|TELEX|T[ÉE]L[ÉE]GRAMME|TELEGRAMA)\b|"
    # a printed collection's mark of the kind under its heading (or joined to it): "[Telegram]"
    r"(?:^|[ \t])[\[(](?:Telegram|Cablegram|Airgram|T[ée]l[ée]gramme|Telegrama)[\])][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
QUOTE_MARKS = re.compile(r"(?m)^([ \t]*)[“\"«]")
KINDS = ("letter", "note_verbale", "information_note", "other")


def doc_type(text, in_capitals=False) -> tuple[str, float]:
    """The kind of document, by a small scored decision over the cues of each kind: the
    heading that names it, the formulas it speaks in (a note verbale's third person, a
    letter's salutation, first person and closing, a notice's third person) and its
    headings ("Circular Letter No. …", "NOTIFICATION TO PARTIES"). The strongest evidence
    wins; weak cues add up where a strong one is missing. ``in_capitals``: the text was
    written all in capitals (and is read recased)."""
    scores = dict.fromkeys(KINDS, 0.0)
    for kind, weight in _kind_cues(text):
        scores[kind] += weight
    best = max(KINDS, key=lambda kind: scores[kind])  # ties: the order of KINDS
    if scores[best] <= 0:
        # no salutation, closing, compliments or first person: in capitals throughout, a
        # wire (cables and airgrams are typed so); else a text that informs whoever reads it
        # (a press release, a media advisory, a communiqué, practical information)
        return ("other" if in_capitals else "information_note"), 0.4
    second = max(scores[k] for k in KINDS if k != best)
    return best, round(min(0.95, 0.6 + 0.05 * (scores[best] - second)), 2)


def _kind_cues(text):
    """(kind, weight) of each cue the text gives. A heading naming the kind outweighs every
    formula; a note's compliments outweigh a circular's heading (a depositary notification
    that "presents his compliments" is a note); a circular's or a notification's heading
    outweighs a salutation and a closing together; a notice's heading alone outweighs a
    salutation alone; the weak cues break ties between the rest."""
    # a salutation may open a quotation, as a news article reproduces a letter ("“Dear
    # Minister,"); the marks become spaces so that offsets stay
    head = QUOTE_MARKS.sub(r"\1 ", text[:1500])
    heading = caseless(KIND_IN_HEADING).search(text[:800])
    if heading:
        kind = next(name for name in ("letter", "note", "info") if heading.group(name))
        yield {"letter": "letter", "note": "note_verbale", "info": "information_note"}[kind], 12
    elif caseless(LETTER_HEADING).search(text[:800]):
        yield "letter", 10
    salutation = (
        caseless(SALUTATION).search(head)
        or FLAT_DEAR.search(head)
        or BARE_SALUTATION.search(head)
        or DIGNITY_SALUTATION.search(head)
    )
    compliments = caseless(NOTE_VERBALE).search(head)
    if compliments:
        # a note's compliments open its text; after a salutation, a letter quotes a note
        quoted = salutation and salutation.start() < compliments.start()
        yield "note_verbale", 3 if quoted else 10
    above = text[: heading_end(text, salutation)]
    if caseless(NOTE_HEADING).search(above):
        yield "note_verbale", 9
    # one heading, one piece of evidence: its words are not counted twice
    if heading_circular(above) or caseless(NOTICE_HEADING).search(above):
        yield "information_note", 9
    elif caseless(INFORMATION_NOTE).search(above) or caseless(NOTIFICATION).search(above):
        yield "information_note", 6
    honour = caseless(HONOUR_THIRD).search(head)
    if honour:
        # after a salutation, the third person is a quoted note's or a named body's
        yield "note_verbale", 1 if salutation and salutation.start() < honour.start() else 5
    if salutation or LETTER_TEXT_FOLLOWS.search(head):
        yield "letter", 4
    if caseless(NOTE_CLOSING).search(text):
        yield "note_verbale", 3
    elif caseless(CLOSING).search(text) or caseless(LETTER_CLOSING).search(text):
        yield "letter", 2
    if WIRE_HEADING.search(text):
        yield "other", 3
    if caseless(LETTER_CUES).search(head):
        yield "letter", 1
    if (FIRST_PERSON.search(head) and SECOND_PERSON.search(head)) or TO_YOU_ES.search(head):
        yield "letter", 1
    if caseless(THIRD_PERSON_NOTICE).search(head):
        yield "information_note", 1


# Not a dateline's "a" after its place: "Madrid, a 12 de marzo de 2015".
# A date beside these words is a meeting's, another letter's or the web page's, not the
# letter's own ("Published on 10/05/2017", "Last updated: …").
PAGE_WORDS = (
    r"\b(?:published|posted|updated|modified|printed|retrieved|accessed|publi[ée]e?|"
    r"mis\s+[àa]\s+jour|publicad[oa]|actualizad[oa]|source|"
    # an archive's record of the document: "Document Creation Date:", "Release Date:"
    r"creation|created|release|released|publication|declassifi\w*|"
    # a web page's or a registry's own dates: "Prepared 14 June 2009", "RECEIVED 8 FEB 2016",
    # "Downloaded on …", "Reçu le …", "Recibido el …"
    r"prepared|generated|downloaded|archived|captured|received|re[çc]u|recibid[oa])\b"
)
# a form's "WHEN: Thursday, 22 May 2031" dates the event it announces; a treaty's record:
# "Entered into force 9 October 1962", "Entrée en vigueur le …"
PAGE_DATE_WORDS = (
    r"\b(?:letter|meeting|held|dated|when|quand|cu[áa]ndo|into\s+force|en\s+vigueur|en\s+vigor)\b|"
    + PAGE_WORDS
)
RANGE_END = re.compile(r"(?:[-–—]|(?:^|(?<![,;:]))\s*\b(?:to|au|al|a))\s*$")


def _dates_alone_on_their_line(text, dates):
    """Full single dates (else months, "December 2017") with at most a place or a
    reference beside them on their line."""
    found = []
    for date in dates:
        if not date.has_year or (date.first != date.last and not date.month_only):
            continue
        line_start = text.rfind("\n", 0, date.start) + 1
        line_end = text.find("\n", date.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start : date.start]
        if RANGE_END.search(before):
            continue  # the end of a range: "28 October - 4 November 2008"
        if len(before.split()) >= 3 and IN_A_SENTENCE.search(before):
            continue  # a short sentence's: "The action was effected on 14 April 2031."
        if _sentence_goes_on(text, line_start, before):
            continue
        rest = (before + text[date.end : line_end]).strip(" ,.\t")
        if len(rest) <= 40 and not re.search(
            PAGE_DATE_WORDS, rest + _label_above(text, line_start), re.I
        ):
            found.append((date, rest))
    days = [(date, rest) for date, rest in found if not date.month_only]
    return days or found


# A date a sentence gives something else: "notification 2023-016 dated 24 February 2023",
# "a conference held on November 16, 1917", "committed … on 21 April 2019"; not a letter's
# "Letter of 14 July 2016" nor a flattened header's "Page 1 of 21 February 2012"; a
# heading's "Deadlines extended to 18 July 2016" is the new deadline's.
IN_A_SENTENCE = re.compile(
    r"\b(?:dated|on|(?<!letter\s)(?<!note\s)(?<!page\s\d\s)(?<!page\s\d\d\s)of|since|until|"
    # the letter a reply answers: "In reply to your letter of 3 May" (and "votre lettre du",
    # "su carta del" by their "du", "del")
    r"(?:your|our|his|her|its|their|my)\s+(?:letter|note|communication)\s+of|"
    r"by|before|after|from|in|du|del|depuis|desde|to|jusqu['’]au|hasta(?:\s+el)?|"
    # a deadline's or a start's: "avant le 1er mars", "antes del 15 de agosto", "a partir del"
    r"(?:avant|apr[èe]s|d[èe]s|[àa]\s+partir\s+du|au\s+plus\s+tard)(?:\s+le)?|"
    r"(?:antes|despu[ée]s|a\s+partir|a\s+m[áa]s\s+tardar)(?:\s+del?)?(?:\s+el)?)\s*$",
    re.IGNORECASE,
)


def _sentence_goes_on(text, line_start, before) -> bool:
    """Whether the date's line goes on with a sentence the line above leaves open, as a
    hard-wrapped text cuts it: "… will host the workshop / on 12 October 2020.", "… are
    requested to register by / 15 April 2021."."""
    if line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    if len(above.split()) < 3 or above.endswith((".", ":", ";", "!", "?", ",")):
        return False
    return bool(IN_A_SENTENCE.search(above[-40:] + " " + before))


def _label_above(text, line_start) -> str:
    """The line above a value standing on its own line, where it is the value's label
    ("Document Creation Date:" / "December 12, 2016"); else nothing."""
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start].strip()
    return " " + above if above.endswith(":") and len(above) <= 60 else ""


# "Note verbale dated 4 April 2006 from the Permanent Mission …": a document reproducing a
# letter gives the letter's own date in its heading (the page's date is the issue's).
DATED_HEADING = re.compile(
    r"(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!my\s)(?<!sa\s)(?<!son\s)(?<!votre\s)"
    r"(?<!su\s)(?<!the\s)\b(?:Letter|Note\s+verbale|Note|Lettre|Carta|Nota\s+verbal|Nota)\s+"
    r"(?:dated|dat[ée]e\s+du|de\s+fecha)\s+$",
    re.IGNORECASE,
)
FROM_AFTER = re.compile(r"^\s*,?\s*(?:from|de|del|addressed|adress[ée]e)\b", re.IGNORECASE)


# How sure a date found by its place on the page is (a dateline, a line of its own); a date
# taken only for being first near the top is less sure.
DATELINE_CONFIDENCE = 0.85


def own_date(text, dates, symbol_end=None):
    """(the found date, its OwnDate) of the document: the date written after its symbol
    (``symbol_end``) or that a heading gives the letter it reproduces; a dateline opening
    its line ("Washington, D.C. / September 15, 2001"); a date standing alone on a line,
    preferring the top of the page, then the bottom; else the first full date near the
    top, with less confidence."""
    for date in dates:
        if date.start > 1500:
            break
        if (
            symbol_end is not None
            and 0 <= date.start - symbol_end <= 3
            and "\n" not in text[symbol_end : date.start]
            and date.has_year
        ):
            return date, _own(date, None, 0.85)  # "CM(2000)72 4 May 2000"
        if (
            date.has_year
            and not date.month_only
            and DATED_HEADING.search(text[max(0, date.start - 40) : date.start])
            and FROM_AFTER.match(text[date.end : date.end + 20])
        ):
            return date, _own(date, None, 0.9)
    line_dates = [
        d for d in _dates_alone_on_their_line(text, dates) if not _under_a_title(text, d[0])
    ]
    datelines = [d for d in _datelines(text, dates) if not _under_a_title(text, d)]
    # "Washington, D.C. / September 15, 2001" under the issue date of the page that
    # reproduces the letter: the place of writing marks the letter's own date.
    written = [d for d in datelines if _starts_line(text, d)]
    if written:
        return written[0], _own(written[0], place_of_writing(text, written[0], ""), 0.85)
    top = [d for d in line_dates if d[0].start < max(600, len(text) * 0.3)]
    if top:
        found, rest = top[0]
        # the same day written elsewhere after its place ("…, Paris le 16 décembre 1996")
        place = (
            place_of_writing(text, found, rest)
            or next(
                (place_of_writing(text, d, "") for d in datelines if d.last == found.last), None
            )
            or (None if rest else town_above(text, found))
        )
        return found, _own(found, place, 0.9)
    if datelines:
        return datelines[0], _own(datelines[0], place_of_writing(text, datelines[0], ""), 0.85)
    if line_dates:
        found, rest = line_dates[-1]
        return found, _own(found, place_of_writing(text, found, rest), 0.9)
    reported = reported_letters_date(text, dates)
    if reported:
        return reported, _own(reported, None, 0.6)
    head = _first_at_top(text, dates)
    if head:
        return head, _own(head, place_of_writing(text, head, ""), 0.5)
    return None, None


def _datelines(text, dates):
    """Single full dates written after their place ("Geneva, 24 August 2009"), in the top
    part of the text or under the closing formula, not where something else was done."""
    return [
        d
        for d in dates
        if d.has_year
        and not d.month_only
        and d.first == d.last
        # a note's place and date under its closing formula ("… highest consideration.
        # New York. 12 April 2006"), or after the formula that dates a text ("Fait à
        # Abidjan le 7 août 2007"), however far down
        and (
            d.start < max(800, len(text) * 0.6)
            or CLOSING.search(text[max(0, d.start - 250) : d.start])
            or written_at(text, d)
        )
        and (PLACE_BEFORE_DATE.search(text[max(0, d.start - 45) : d.start]) or town_before(text, d))
        and not re.search(
            r"\b(?:held|meeting|in|at|from|to)\s*$", text[max(0, d.start - 60) : d.start]
        )
        and not done_at(text, d)
        and not _in_brackets(text, d)
    ]


def _in_brackets(text, date) -> bool:
    """Whether the place and date stand in a sentence's brackets, as a meeting's do: "the
    Regional Seminar (Lima, 3 May 2031)"."""
    line_start = text.rfind("\n", 0, date.start) + 1
    opened = text.rfind("(", line_start, date.start)
    return (
        opened >= 0
        and ")" not in text[opened : date.start]
        and text[date.end : date.end + 3].lstrip().startswith(")")
    )


# A treaty's title, whose place and date of adoption stand on the line under it in a
# depositary notification ("CONVENTION ON … / NEW YORK, 1 MARCH 2030"): not the document's.
TREATY_TITLE = re.compile(
    # not a letterhead's "SECRÉTARIAT DE LA CONVENTION DE BERNE", "Secretariat of the Convention"
    r"^[ \t]*(?!(?:the[ \t]+)?(?:secretariat|secr[ée]tariat|secretar[íi]a)\b)"
    r"(?:[\w'’-]+[ \t]+){0,3}(?:Convention|Protocol|Agreement|Treaty|Covenant|Charter|"
    r"Protocole|Accord|Trait[ée]|Pacte|Convenio|Convenci[óo]n|Protocolo|Acuerdo|Tratado)\b|"
    # amendments are instruments too: "Amendments to the Schedule to the … Convention …"
    r"^[ \t]*(?:Amendments?|Amendements?|Enmiendas?)\s+(?:to|of|[àa]|de)\s[^\n]*?"
    r"\b(?:Convention|Protocol|Agreement|Treaty|Convenio|Convenci[óo]n|Protocole|Trait[ée])\b",
    re.IGNORECASE,
)
# Lines of a page's rules: "________", "=======".
RULE_LINES = re.compile(r"(?:\n[ \t]*[_=*-]{5,}[ \t]*)+(?=\n|$)")
ABOVE_REACH = 2000


# A ministry's protocol service in its letterhead names no treaty: "Direction du Protocole",
# "Office of Protocol", "Dirección General de Protocolo".
PROTOCOL_SERVICE = re.compile(r"\b(?:of|du|de|del)\s+(?:the\s+)?Protoc(?:ol|ole|olo)\b", re.I)


# A meeting's heading, whose place and single day stand on the line under it in an
# invitation ("Informal consultations on … / Geneva, 14 June 2019", "Atelier régional sur …
# / Dakar, 14 juin 2019"): the meeting's, not the letter's. Not a body named in a
# letterhead ("Secretariat of the Meeting of the Parties"): no "of" before the word.
MEETING_TITLE = re.compile(
    r"^[ \t]*(?:(?!(?:of|for|to|de|du|des|del|pour|para)\b)[\w'’-]+[ \t]+){0,4}"
    r"(?:consultations|meeting|workshop|seminar|webinar|symposium|round[ \t-]table|briefing|"
    r"retreat|atelier|r[ée]union|s[ée]minaire|colloque|table[ \t]ronde|taller|seminario|"
    r"reuni[óo]n|consultas|simposio|mesa[ \t]redonda)s?\b",
    re.IGNORECASE,
)


def _under_a_title(text, date) -> bool:
    """Whether a treaty's or a meeting's title heads the date: on the line above, or (a
    meeting's, its lines run together) before the place on the date's line."""
    line_start = text.rfind("\n", 0, date.start) + 1
    # a page's rules between the title and its record are no break: "… Whaling, 1951 /
    # ______ / Done at Cape Town 27 July 1951"
    # the lines just above, not the whole text again for each date
    above = text[max(0, line_start - 1 - ABOVE_REACH) : max(0, line_start - 1)]
    above = RULE_LINES.sub("", above).rstrip("\n \t")
    line = above[above.rfind("\n") + 1 :]
    if (
        TREATY_TITLE.match(line)
        and not line.rstrip().endswith((".", ":"))
        and not PROTOCOL_SERVICE.search(line)
    ):
        return True
    # a meeting's heading stands right above its place and day, no blank line between
    right_above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
    return bool(
        MEETING_TITLE.match(right_above) and not right_above.rstrip().endswith((".", ":"))
    ) or bool(MEETING_TITLE.match(text[line_start : date.start]))


# A sentence's article before its day, as a dateline's comma is not: "… entrée en vigueur le
# 1er mars 1999", "… entró en vigor el 1 de marzo" (not "Paris, le 3 mai").
MID_SENTENCE = re.compile(r"[a-zà-ÿ][ \t]+(?:le|el)[ \t]+$")


def _runs_into(text, date) -> bool:
    before = text[text.rfind("\n", 0, date.start) + 1 : date.start]
    article = date.text[:3] if date.text[:3].lower() == "le " else ""
    return bool(MID_SENTENCE.search(before + article))


def _first_at_top(text, dates):
    """The first full date near the top, for want of any other: not a range (a meeting's),
    not an archive record's, a sentence's ("dated …", "held on …") nor a source note's."""
    for d in dates:
        if (
            d.has_year
            and d.start < 400
            and not d.month_only
            and d.first == d.last
            and not re.search(
                PAGE_DATE_WORDS, _label_above(text, text.rfind("\n", 0, d.start) + 1), re.I
            )
            and not IN_A_SENTENCE.search(text[max(0, d.start - 30) : d.start])
            and not _runs_into(text, d)
            and not _in_brackets(text, d)
            and not _under_a_title(text, d)
            and not re.search(PAGE_WORDS, text[text.rfind("\n", 0, d.start) + 1 : d.start], re.I)
        ):
            return d
    return None


def _starts_line(text, date):
    """Whether the place before ``date`` opens its line (or the line above)."""
    line_start = text.rfind("\n", 0, date.start) + 1
    before = text[line_start : date.start]
    if not before.strip():
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        before = text[above:line_start]
    place = PLACE_BEFORE_DATE.search(before)
    # or after the formula the writer dates with: "Fait à Abidjan le 7 août 2007"
    return bool(place) and (
        not before[: place.start()].strip(" \t/|")
        or bool(WRITTEN_AT.fullmatch(before[: place.start()].lstrip(" \t/|")))
    )


def _own(found, place, confidence) -> OwnDate:
    return OwnDate(
        bounds=found.last_bounds(),
        place=place,
        evidence=Span(found.start, found.end),
        confidence=confidence,
    )
