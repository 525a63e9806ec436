"""More forms that tell the kind of a document, for the scored decision in ``zones`` (wave
9): salutations and closings its lists lack, the first person's honour inside a sentence, a
heading naming an open letter after its country, a news article reporting a letter sent or
giving what it said, and the third person's honour of an invitation. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.news_copies import reproduces_a_letter

# A salutation to a group written out in full, longer than the short ones the layout model
# knows: "Dear representatives of the accredited civil society organizations (CSOs),",
# "Dear Permanent Representatives and Permanent Observers to the United Nations,".
LONG_DEAR = re.compile(r"^[ \t]*Dear\s+[^\n]{2,160}?[,:][ \t]*$", re.MULTILINE)
# A salutation of affection or friendship, as heads of state and colleagues write them:
# "Querida Hermana Presidente,", "Querido amigo:", "Cher collègue,", "Chère Madame,".
# And the ones of respect and of distinction the main lists lack: "Excelentísima Señora:",
# "Distinguidos colegas:", "Apreciados miembros:", "Respected Sir,", "Hon. Minister,"; the
# greetings of a letter to whoever reads it ("A quien corresponda:", "À qui de droit,") and of
# an e-mail ("Greetings,", "Saludos,", "Buenos días,").
WARM_SALUTATION = re.compile(
    r"^[ \t]*(?:(?:Querid[oa]s?|Ch[eè]re?s?|Distinguid[oa]s?|Apreciad[oa]s?|Respetad[oa]s?|"
    r"Excelent[íi]sim[oa]s?|Respected|Hon\.)\s+[^\n,:;.]{1,60}|A\s+quien\s+corresponda|"
    r"[ÀA]\s+qui\s+de\s+droit|Greetings|Saludos|Buen(?:os|as)\s+(?:d[íi]as|tardes))[,:!][ \t]*$",
    re.MULTILINE,
)
# The first person's honour inside a sentence, after a phrase that opens it: "Siguiendo
# instrucciones de mi Gobierno, tengo el honor de …", "D'ordre de mon Gouvernement, j'ai
# l'honneur de …", "On behalf of the Council, we have the honour to …".
FIRST_PERSON_HONOUR = re.compile(
    r",\s+(?:tengo|tenemos)\s+el\s+(?:honor|agrado|gusto)\s+de\b|"
    r",\s+(?:j['’]ai|nous\s+avons)\s+l['’]honneur\s+de\b|"
    r",\s+we\s+have\s+the\s+honou?r\s+to\b"
)
# A letter's closing in the first person plural or singular: "Aprovechamos la oportunidad
# para …", "Aprovecho la ocasión para reiterarle …" (a note's is in the third person,
# "aprovecha la oportunidad").
FIRST_PERSON_CLOSING = re.compile(
    r"\bAprovech(?:o|amos)\s+(?:la|esta)\s+(?:oportunidad|ocasi[óo]n)\b", re.IGNORECASE
)
# Closings on a line of their own that the main lists lack: "Respectfully,", "Regards,",
# "Best wishes,", "Bien à vous,", "Meilleures salutations,", "Un cordial saludo,",
# "Fraternalmente,"; and the French formula's "l'expression de mes sentiments distingués".
LINE_CLOSING = re.compile(
    r"^[ \t]*(?:Respectfully|(?:Thanks\s+and\s+|With\s+)?regards|Best(?:\s+wishes)?|Warmly|"
    r"Cordially|Bien\s+[àa]\s+vous|Meilleures\s+salutations|Salutations\s+cordiales|"
    r"Respectueusement|Fraternellement|Fraternalmente|(?:Con\s+)?un\s+(?:cordial\s+)?saludo"
    r"(?:\s+cordial)?|Saludos\s+cordiales)[,.!]?[ \t]*$|"
    r"\b(?:mes|nos)\s+sentiments\s+(?:les\s+)?(?:meilleurs|distingu[ée]s|respectueux)|"
    r"\bma\s+consid[ée]ration\s+distingu[ée]e",
    re.IGNORECASE | re.MULTILINE,
)
# A heading naming an open letter after the country or topic it concerns, as NGOs head them:
# "USA: Open letter to President Bush", "EE.UU. Carta abierta a George W. Bush", "Tunisie :
# Lettre ouverte au Président".
OPEN_LETTER_HEADING = re.compile(
    r"^[ \t]*(?:[^\n:]{1,30}?(?:[.:]|\s[-–—])\s+)?(?:(?:Open|Joint)\s+letter\s+to|"
    r"Lettre\s+(?:ouverte|conjointe)\s+(?:[àa]|au|aux)|Carta\s+(?:abierta|conjunta)\s+(?:a|al))\s+(?:the\s+|la\s+|le\s+|l['’]|los\s+|las\s+)?[A-ZÀ-Ý]",
    re.IGNORECASE | re.MULTILINE,
)
# A news article reporting that someone sent a letter, in its opening: "… on Wednesday sent a
# letter to …", "… a adressé, le 17 novembre, une lettre aux …", "… ha enviado un mensaje de
# felicitación a …".
LETTER_SENT = re.compile(
    r"\b(?:sent|addressed|wrote|has\s+sent|has\s+addressed|has\s+written)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:letter|message)\s+(?:of\s+[\w-]+\s+)?to\b|"
    r"\ba\s+(?:adress[ée]|envoy[ée]|[ée]crit)(?:,[^,\n]{1,30},)?\s+(?:une|un)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lettre|message|missive)\s+(?:de\s+[\w-]+\s+)?(?:[àa]|au|aux)\b|"
    r"\b(?:ha\s+enviado|envi[óo]|ha\s+dirigido|dirigi[óo]|remiti[óo])(?:,[^,\n]{1,30},)?\s+(?:una?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:carta|mensaje|misiva)\s+(?:de\s+[\w-]+\s+)?(?:a|al)\b",
    re.IGNORECASE,
)
# A joint letter's writers naming themselves: "We, the undersigned Heads of Government, …",
# "Nous, soussignés, …", "Nosotros, los abajo firmantes, …".
UNDERSIGNED = re.compile(
    r"\b(?:We|Nous|Nosotros|Nosotras),?\s+(?:the\s+|les\s+|los\s+|las\s+)?"
    r"(?:undersigned|soussign[ée]e?s|abajo\s+firmantes|firmantes)\b",
    re.IGNORECASE,
)
# An article quoting a letter by where it was sent: "In a letter to the Secretary-General, the
# Minister …", "dans une lettre adressée au Président", "en una carta dirigida al Presidente".
IN_A_LETTER_TO = re.compile(
    r"\b(?:in|dans|en)\s+(?:a|his|her|their|une?|sa|son|leur|una|su)\s+(?:letter|lettre|carta|missive|"
    r"misiva|correspondance|courrier|correspondencia)\s+(?:dated\s+[^,.\n]{3,30}?\s+|dat[ée]e\s+du\s+[^,.\n]{3,30}?\s+|de\s+fecha\s+"
    r"[^,.\n]{3,30}?\s+)?(?:(?:addressed|sent|adr[ée]ss[ée]e?|envoy[ée]e?|dirigida|enviada)\s+)?"
    r"(?:to|[àa]|au|aux|a|al)\s+(?:the\s+|la\s+|le\s+|l['’]|los\s+|las\s+)?[A-ZÀ-Ý]",
    re.IGNORECASE,
)
# An article naming a letter by whom it was written to, wherever in its opening: "the
# letter addressed to the Minister", "une lettre adressée au Président", "la carta de
# disculpas dirigida a la Canciller".
LETTER_ADDRESSED_TO = re.compile(
    r"\b(?:letter|lettre|carta|missive|misiva|correspondance|correspondencia)\s+"
    r"(?:(?:of|de)\s+[\w-]+\s+)?(?:addressed|adr[ée]ss[ée]e|dirigida|remitida)\s+"
    r"(?:to|[àa]|au|aux|al)\s+(?:the\s+|la\s+|le\s+|l['’]|los\s+|las\s+)?[A-Za-zÀ-ÿ]",
    re.IGNORECASE,
)
# An article retelling a note verbale: "Dans une note verbale publiée le 30 avril, le
# ministère …", "In a note verbale to the Embassy, the Ministry …", "En una nota verbal
# dirigida a …", "souligne cette note verbale", "The note verbale said:"; and a note's
# compliments told in the past: "Le Ministère … a présenté ses compliments à l'Ambassade",
# "The Ministry presented its compliments to …".
REPORTED_NOTE = re.compile(
    r"\b(?:in|dans|en|through|par|por|mediante)\s+(?:a|an|its|une|sa|son|leur|una|su)\s+"
    r"(?:note\s+verbale|nota\s+verbal|verbal\s+note|diplomatic\s+note|note\s+diplomatique|"
    r"nota\s+diplom[áa]tica)\b|"
    r"\b(?:cette|la|this|the|esta|dicha)\s+(?:note\s+verbale|nota\s+verbal|verbal\s+note)\s+"
    r"(?:said|says|states|stated|read|reads|dit|indique|pr[ée]cise|souligne|ajoute|dice|indica|"
    r"se[ñn]ala|subraya|a[ñn]ade)\b|"
    r"\b(?:a|ont|avait|had|has|have)\s+pr[ée]sent[ée]e?s?\s+(?:ses|leurs|its|his|her|their)\s+"
    r"compliments\b|\bpresented\s+(?:its|his|her|their)\s+compliments\b",
    re.IGNORECASE,
)
# What a letter said, as an article gives it: "The letter said:", "La lettre précise :", "La
# carta dice:".
LETTER_SAID = re.compile(
    r"\b(?:the|his|her|their)\s+letter\s+(?:said|says|stated|states|read|continued)\s*[:,]|"
    r"\b(?:la|sa|cette)\s+lettre\s+(?:dit|indique|pr[ée]cise|poursuit)\s*:|"
    r"\b(?:la|su|esta)\s+carta\s+(?:dice|dec[íi]a|indica|se[ñn]ala|expresa)\s*:",
    re.IGNORECASE,
)
# An authority inviting in the third person, as a note of invitation does: "The Director-General
# … has the honour to invite the non-State actors …", "a l'honneur d'inviter", "tiene el honor
# de invitar".
HONOUR_TO_INVITE = re.compile(
    r"\bhas\s+the\s+honou?r\s+to\s+invite\b|(?<!['’])\ba\s+l['’]honneur\s+d['’]inviter\b|"
    r"\btiene(?:n)?\s+el\s+honor\s+de\s+invitar\b",
    re.IGNORECASE,
)

# A Spanish note's authority greeting another without "atentamente": "La Misión Permanente …
# saluda a la Secretaría y tiene a bien informar …", "El Ministerio … saluda a la Embajada de …
# y se complace en informarle".
GREETS_AN_AUTHORITY = re.compile(
    r"\bsaluda(?:n)?\s+(?:muy\s+)?(?:cordialmente\s+)?a\s+(?:la|el|las|los)\s+(?:Honorable\s+)?"
    r"(?:Embajadas?|Misi[óo]n(?:es)?|Ministerio|Secretar[íi]a|Canciller[íi]a|Representaci[óo]n|"
    r"Oficina|Direcci[óo]n|Consulado|Delegaci[óo]n|Organizaci[óo]n|Cuerpo\s+Diplom[áa]tico)\b"
)

# A press release's, a communiqué's or a media advisory's own heading, alone on its line (or
# with its number): "PRESS RELEASE", "Communiqué de presse", "Nota de prensa No. 12/2031",
# "NOTE TO CORRESPONDENTS"; not "Communiqué issued on … by …", which a letter may transmit.
PRESS_HEADING = re.compile(
    r"^[ \t]*(?:Press\s+release|News\s+release|Media\s+advisory|Press\s+statement|"
    r"Communiqu[ée](?:\s+de\s+presse|\s+final)?|Comunicado(?:\s+de\s+prensa)?|"
    r"Nota\s+de\s+prensa|Note\s+to\s+correspondents|Note\s+aux\s+correspondants)"
    r"[ \t]*(?:(?:No\.?|N[°º])[ \t]*[\w/.-]+)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def more_kind_cues(text, head, salutation, notice_heading):
    """(kind, weight) of the forms above in the text (its head, where they open it);
    ``salutation``: the salutation the main lists found, if any; ``notice_heading``: whether
    a notice's heading was found."""
    if salutation is None and (LONG_DEAR.search(head) or WARM_SALUTATION.search(head)):
        yield "letter", 4
    if (
        caseless(FIRST_PERSON_HONOUR).search(head)
        or caseless(FIRST_PERSON_CLOSING).search(text)
        or caseless(LINE_CLOSING).search(text[-1500:])
    ):
        yield "letter", 2
    if caseless(OPEN_LETTER_HEADING).search(head[:800]):
        yield "letter", 10
    if not notice_heading and caseless(PRESS_HEADING).search(head[:800]):
        notice_heading = True
        yield "information_note", 6
        if reproduces_a_letter(head):
            yield "letter", 4  # a press release giving the text of the letter it reports
    if not notice_heading and (
        caseless(LETTER_SENT).search(head)
        or caseless(LETTER_SAID).search(head)
        or caseless(IN_A_LETTER_TO).search(head)
        or caseless(LETTER_ADDRESSED_TO).search(head)
    ):
        yield "letter", 2
    if not notice_heading and salutation is None and caseless(REPORTED_NOTE).search(head):
        yield "note_verbale", 3
    if caseless(UNDERSIGNED).search(head):
        yield "letter", 2
    greets = caseless(GREETS_AN_AUTHORITY).search(head)
    if greets and not (salutation and salutation.start() < greets.start()):
        yield "note_verbale", 8
    honour = caseless(HONOUR_TO_INVITE).search(head)
    if honour and not (salutation and salutation.start() < honour.start()):
        yield "note_verbale", 5


# A heading naming the text a letter by whom it goes to or who writes it, in French or
# Spanish, an adjective or two between: "Carta al Presidente del Comité …", "Lettre
# intersyndicale à notre Ministre …", "Carta del Secretario General de la ALADI". "De" takes
# a post after it, or it names a charter ("Carta de la OEA") or a newsletter ("Lettre
# d'information"); the heading is a line of its own, no sentence.
LETTER_TO_OR_FROM_HEADING = re.compile(
    r"^[ \t]*(?:Lettre|Carta)(?:[ \t]+(?-i:[a-zà-ÿ]+)){0,2}[ \t]+"
    r"(?:(?:à|au|aux|al|a[ \t]+(?:la|las|los|el|l['’]))[ \t]+\S"
    r"|(?:du|de[ \t]+la|de[ \t]+l['’]|del|de)[ \t]*(?:M\.|Mme|Monsieur|Madame|S\.E\.|"
    r"Pr[ée]sident|Secr[ée]taire|Ministr|Ambassad|Directeur|Directrice|Premier|Chef|Haut|"
    r"Secretari|Ministr|Embajador|Director|Canciller|Jefe|Gobernador|Alcalde|Rey|Papa))"
    r"[^\n]{0,160}(?<![.;])$",
    re.IGNORECASE | re.MULTILINE,
)
