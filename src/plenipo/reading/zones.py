"""The parts of a letter: what kind of document it is, its salutation and closing formula.
Its own date and place are read in ``own_dates``. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.kind_forms import LETTER_TO_OR_FROM_HEADING, more_kind_cues
from plenipo.reading.mail_forms import MAIL_HEAD, MEMO_HEADING
from plenipo.reading.notices import (
    INFORMATION_NOTE,
    NOTE_HEADING,
    NOTICE_HEADING,
    NOTIFICATION,
    THIRD_PERSON_NOTICE,
    heading_circular,
    heading_end,
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
    # a note's: "las seguridades de su más alta y distinguida consideración"
    r"(?:las\s+seguridades|el\s+testimonio)\s+de\s+su\s+(?:m[áa]s\s+)?(?:alta|distinguida)"
    r"(?:\s+y\s+distinguida)?\s+consideraci[óo]n|"
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


def _heading_cues(top):
    """(kind, weight) of a heading at the ``top`` of the text that names its kind."""
    heading = caseless(KIND_IN_HEADING).search(top)
    if heading:
        kind = next(name for name in ("letter", "note", "info") if heading.group(name))
        yield {"letter": "letter", "note": "note_verbale", "info": "information_note"}[kind], 12
    elif caseless(LETTER_HEADING).search(top) or LETTER_TO_OR_FROM_HEADING.search(top[:400]):
        yield "letter", 10


def _kind_cues(text):
    """(kind, weight) of each cue the text gives. A heading naming the kind outweighs every
    formula; a note's compliments outweigh a circular's heading (a depositary notification
    that "presents his compliments" is a note); a circular's or a notification's heading
    outweighs a salutation and a closing together; a notice's heading alone outweighs a
    salutation alone; the weak cues break ties between the rest."""
    # a salutation may open a quotation, as a news article reproduces a letter ("“Dear
    # Minister,"); the marks become spaces so that offsets stay
    head = QUOTE_MARKS.sub(r"\1 ", text[:1500])
    yield from _heading_cues(text[:800])
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
    notice_heading = (
        heading_circular(above)
        or caseless(NOTICE_HEADING).search(above)
        or caseless(MEMO_HEADING).search(above)
    )
    if notice_heading:
        yield "information_note", 9
    elif caseless(INFORMATION_NOTE).search(above) or caseless(NOTIFICATION).search(above):
        notice_heading = True
        yield "information_note", 6
    yield from more_kind_cues(text, head, salutation, bool(notice_heading))
    honour = caseless(HONOUR_THIRD).search(head)
    if honour:
        # after a salutation, the third person is a quoted note's or a named body's
        yield "note_verbale", 1 if salutation and salutation.start() < honour.start() else 5
    if salutation or caseless(LETTER_TEXT_FOLLOWS).search(head):
        yield "letter", 4
    if caseless(NOTE_CLOSING).search(text):
        yield "note_verbale", 3
    elif caseless(CLOSING).search(text) or caseless(LETTER_CLOSING).search(text):
        yield "letter", 2
    if caseless(WIRE_HEADING).search(text):
        yield "other", 3
    if caseless(LETTER_CUES).search(head):
        yield "letter", 1
    if MAIL_HEAD.search(text[:1000]):
        yield "letter", 3  # an e-mail is a person's message to someone
    if (FIRST_PERSON.search(head) and SECOND_PERSON.search(head)) or TO_YOU_ES.search(head):
        yield "letter", 1
    if caseless(THIRD_PERSON_NOTICE).search(head):
        yield "information_note", 1
