"""Forms of a letter's own reference beyond the first rounds' (wave 9): the labels that ask
the reply to quote it in French and Spanish, the European Commission's registry number, and
shapes that number no letter (a street's numbers, a word before a date). Pure."""

import re

from plenipo.reading.dates import MONTHS
from plenipo.reading.lines import line_of, start_of_line, start_of_line_above
from plenipo.reading.places import WRITING_CITY

# A label of the reference, written alone or in two languages ("Our ref./Notre réf.:").
REFERENCE_LABEL = (
    r"(?:(?:Reference|Ref\.?)\s*(?:No\.?|N[°º]|Nr\.?|Number|\#)|N[°º]\s+de\s+r[ée]f[ée]rence|"
    # "Nº de referencia:", "No. de Nota:", "N° de oficio:"
    r"(?:N[°º]|No\.?|N[úu]m\.?|N[úu]mero)\s+de\s+(?:referencia|nota|oficio|expediente)|"
    r"Reference|Ref\.?|Our\s+ref(?:erence)?\.?|R[ée]f(?:[ée]rence)?\.?|Referencia|N/R[ée]f\.?|"
    # the writer's own, as registries label it: "Nos réf.", "Notre référence", "Nuestra
    # referencia", "Our file", "In reply please quote", "Oficio No.", "Expediente"
    r"(?:Nos|Notre)\s+r[ée]f(?:[ée]rence)?s?\.?|Nuestra\s+ref(?:erencia)?\.?|Our\s+file(?:\s+No\.?)?|"
    r"(?:In\s+reply\s+|When\s+replying,?\s+)?please\s+(?:quote|refer\s+to)(?:\s+(?:in\s+reply|"
    r"this\s+reference(?:\s+in\s+(?:your|any)\s+(?:reply|correspondence))?))?|"
    # the same asked in French and Spanish: "Prière de rappeler la référence", "À rappeler
    # dans la réponse", "Sírvase citar la referencia", "Al contestar, cítese este número"
    r"(?:En\s+r[ée]ponse,?\s+)?(?:pri[èe]re\s+de\s+)?(?:rappeler|mentionner|citer)\s+(?:la|cette|"
    r"notre)\s+r[ée]f[ée]rence|[ÀA]\s+rappeler(?:\s+dans\s+(?:la|votre)\s+r[ée]ponse)?|"
    r"(?:Al\s+contestar,?\s+)?(?:s[íi]rvase\s+|favor\s+de\s+)?(?:citar|mencionar|c[íi]tese|"
    r"menci[óo]nese)\s+(?:la\s+referencia|esta\s+referencia|nuestra\s+referencia|el\s+n[úu]mero|"
    r"este\s+n[úu]mero)|"
    # an oficio, its kind also abbreviated: "Oficio No.", "OF. N°", "Of. Nº"
    r"(?:Oficio|OF\.|Of\.|Ofic\.)\s*(?:No\.?|N[°º])|Expediente|"
    r"(?:Your|Vos|Votre)\s+r[ée]f(?:[ée]rence)?s?\.?|Su\s+ref(?:erencia)?\.?|V/R[ée]f\.?|Nota\s+(?:No\.?|N[°º])|Note\s+No\.?|(?:Notification|Notificaci[óo]n)"
    r"(?:\s+(?:No\.?|N[°º]))?|(?:(?-i:[A-Z]{2,6})\s+|Administrative\s+)?Circular(?:\s+Letter)?(?:\s+No\.?)?|"
    r"Lettre\s+circulaire|Carta\s+circular|Document\s+symbol|Symbole|Signatura|File\s+No\.?|No\.|N[°º]|№)"
)


# The European Commission's registry number, printed at the top of its letters: "Ref.
# Ares(2031)2934567 - 03/05/2031".
ARES = r"|(?<![\w/.-])Ares\((?:19|20)\d\d\)\d{5,8}(?![\w/])"
# The words of a street after a number: "14-20 Port Royal Street", "11-13 chemin des …", "5-7
# Avenida …": an address, not a reference.
STREET_AFTER = re.compile(
    r"[ \t,]+(?:(?:[A-Z][\w'’.-]*|de|des|du|la|del)[ \t]+){0,3}(?:Street|St\.|Avenue|Ave\.|Road|"
    r"Rd\.|Boulevard|Blvd\.?|Lane|Drive|Square|Place|Way|Rue|rue|avenue|chemin|Chemin|boulevard|"
    r"quai|Quai|Calle|calle|Avenida|Av\.|Carrera|Jir[óo]n|Stra(?:ss|ß)e|straat|laan|weg)\b"
)
# A date after a word, as a page's edition gives it: "EDICIÓN DE 13/12/2031".
_WORD_THEN_DATE = re.compile(
    r"(?-i:[A-Z]{1,6})\s(?:\d\d?[/.-]\d\d?[/.-](?:19|20)\d\d|(?:19|20)\d\d[/.-]\d\d?[/.-]\d\d?)$"
)


def a_date_after_a_word(value) -> bool:
    return bool(_WORD_THEN_DATE.fullmatch(value))


# The writer's own reference set beside the addressee's on one line: "Your ref.: AB/12
# Our ref.: CD/34", "V/Réf. : …      N/Réf. : DG/2031/4".
OWN_BESIDE = re.compile(
    r"(?:[ \t]{2,}|\t)(?:Our|Notre|Nos|Nuestra|N/)\s*r[ée]f(?:[ée]rence|erencia)?s?\.?[ \t]*:?"
    r"[ \t]*(?P<ref>[^\s:][^\n]{0,40}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A line of an address before a number: a street's or a post box's word ("Calle 10 No. 5-51",
# "Viale delle Terme 12", "Postfach 12"), a Japanese ward ("Chiyoda-ku"), or a city just
# before its postcode ("Tokyo 100-8919").
STREET_WORDS = re.compile(
    r"\b(?:Calle|Carrera|Cra\.|Avenida|Av\.|Avenue|Ave\.|Street|St\.|Road|Rd\.|Rue|rue|Via|Viale|"
    r"Strasse|Straße|straße|Boulevard|Blvd\.?|Jir[óo]n|Paseo|Plaza|Square|Quai|quai|Chemin|chemin|"
    r"Route|Postfach|Apartado|Casilla|P\.?\s?O\.?\s+Box|Case\s+postale)\b|-(?:ku|shi|gu)\b"
)
CITY_BEFORE = re.compile(r"(?:" + WRITING_CITY.pattern + r")[ \t,]*$")


def in_an_address_line(text, start) -> bool:
    """Whether the number at ``start`` stands in a line of an address."""
    line_start = start_of_line(text, start)
    line = line_of(text, start)
    return bool(STREET_WORDS.search(line) or CITY_BEFORE.search(text, line_start, start))


# Names written like symbols, of diseases and of groups of States, which number no letter:
# "COVID-19 update", "the G-20 summit".
NOT_A_SYMBOL = re.compile(
    r"COVID-19|SARS-CoV-2|MERS-CoV|H\dN\d|G-?(?:7|8|15|20|24|77)|(?:MDG|SDG)s?\s?\d{1,2}", re.I
)


# Shapes that number something else where no label says they number the letter: a body's
# session ("IPBES-11", "COP-17"), a room or an office ("S-3250", "H-8"), a month
# ("2031-05"), a period ("Post-2015"), a UN document's job number ("12-34567 (E)").
UNLABELLED_NOT_OWN = re.compile(
    r"(?-i:[A-Z]{2,8})-\d{1,2}|(?-i:[A-Z])-\d{1,5}|(?:19|20)\d\d-\d\d|"
    r"(?-i:[A-Z][a-z]{2,})-(?:19|20)\d\d|\d\d-\d{5}(?:\s?\([A-Z]\))?"
)
# The words of an address or a contact just before a number: "Room S-3250", "Ext. 4-5678",
# "Postal code 2031-05", "Form A-1".
ADDRESS_WORD = re.compile(
    r"\b(?:Room|Rooms|Office|Bureau|Salle|Sala|Floor|Building|B[âa]timent|Edificio|Ext|"
    r"Extension|Postal\s+code|Code\s+postal|C[óo]digo\s+postal|Zip|Form|Formulaire|"
    r"Formulario)\b\.?[ \t:]*$",
    re.IGNORECASE,
)


def in_an_address(text, found) -> bool:
    line_start = start_of_line(text, found.evidence.start)
    return bool(ADDRESS_WORD.search(text[line_start : found.evidence.start]))


# Words naming what a number on their line numbers when it is not the letter: an instrument
# or an agenda item it cites ("Resolution 78/212", "Decision 15/4", "Item 4/2031 of the
# agenda"), a book's or a charity's number, a telephone's.
NAMED_OTHERWISE = re.compile(
    r"(?<![^\s(])(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|decisions?|d[ée]cisions?|"
    r"decisi[óo]n(?:es)?|items?|point|tema|agenda|ISBN|ISSN|charity|company|VAT|TVA|IVA|"
    # a periodical's or a web page's numbering: "Vol. 12, No. 3/2031", "Article 4471/31"
    r"Vol|Volume|Issue|Article|Art|"
    # the subject a letter is about: "Re: document A/78/L.12"
    r"Re(?=\s*:)|Subject|Objet|Asunto|Concerning|"
    r"Tel|T[ée]l|Tfno|Phone|Telephone|T[ée]l[ée]phone|Tel[ée]fono|Fax|Telefax|Mobile|"
    r"P\.?\s?O\.?\s+Box|B\.?P\.?|Apartado|Casilla|pp?)\b\.?[^\n]{0,40}$",
    re.IGNORECASE,
)
# A telephone number: digits in groups, without a slash or a letter ("254-20-7621234",
# "0041 22 917 0123", "+41 22 917 1234").
PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{1,5}\)?){2,5}")


# Two short numbers are a page of a count or a day and month: "1/3", "12/5".
PAGE_OR_DAY = re.compile(r"\d{1,2}/\d{1,2}")


def named_otherwise(text, start, symbol) -> bool:
    """Whether the number at ``start`` is one its line names as something else than the
    letter's own reference, or a telephone's."""
    line_start = start_of_line(text, start)
    # a word opening the symbol may name it: "ISBN 978-92-1-101234-5"
    word = re.match(r"[A-Za-z]+(?= )", symbol)
    # a column gap parts two fields of a line: "Subject: Meeting      Ref.: WO/LEG/2031/12"
    field = re.split(r"[ \t]{3,}|\t", text[line_start:start])[-1]
    before = field + (word.group(0) + " " if word else "")
    digits = sum(c.isdigit() for c in symbol)
    return bool(
        NAMED_OTHERWISE.search(before)
        or (PHONE.fullmatch(symbol) and digits >= 8)
        or PAGE_OR_DAY.fullmatch(symbol)
    )


# A paper's number before the heading of the letter it publishes, as a parliament's or an
# organization's papers print them: "GS(NP) 95: Letter to the Chairman …", "EU 81: Letter
# from the Minister …", "CRP.4: Note by the Secretariat", "A/78/123: Letter dated …".
PAPER_NUMBER_BEFORE_LETTER = re.compile(
    # the paper's series in capitals, not a place or a month: "Geneva 2019:", "May 4:"
    r"\A\s*(?P<ref>[A-Z]{1,8}(?:\([A-Z]{1,4}\))?[ \t]?(?!(?:1[89]|20)\d\d\b)\d{1,5}[A-Z]?|"
    r"(?-i:[A-Z])[\w.-]*(?:/[\w.()-]+)+)[ \t]*:[ \t]+"
    r"(?=(?:Letter|Note|Lettre|Carta|Nota|Message|Mensaje|Memorandum|M[ée]morandum)\b)"
)


_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
# A line under an empty label that is no value of it: another field's label ("Our ref.: /
# Your ref.: AB/12"), or a date in words ("Ref. No.: / 3 May 2031", "N/Réf. : / Le 3 mai").
_ANOTHER_FIELD = re.compile(r"[ \t]*[A-Z][\w.’'/ ]{0,25}:")
_DATE_IN_WORDS = re.compile(
    r"[ \t]*(?:(?:le|el)\s+)?(?:\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def no_value_of_the_label(value, on_the_next_line) -> bool:
    """Whether the value found for a reference's label is none: a date in words, or, on the
    line under an empty label, another field's label."""
    return bool(_DATE_IN_WORDS.match(value) or (on_the_next_line and _ANOTHER_FIELD.match(value)))


# Words of a sentence in lower case, not the small words a heading writes so too ("Permanent
# Mission of the Republic to the United Nations", "Nota verbal de la Embajada").
_PROSE_WORD = re.compile(
    r"(?<![\w'’-])(?!(?:the|and|for|with|des|del|los|las|les|une|por|para|pour|aux|avec)\b)"
    r"[a-zà-ÿ]{3,}\b"
)


# The sentence going on after a number: "… by Law No. 45/2031, has approved …", "… No. 3/2031
# attached" (not a heading's "Note No. 12/2031 of 3 May 2031", "… dated …").
_SENTENCE_GOES_ON = re.compile(
    r",?[ \t]+(?!(?:of|dated|du|de|del|from|en|le|el|dat[ée]e?|fechad[oa]|y|et|and)\b)"
    r"[a-zà-ÿ]{3,}\b"
)


def in_a_sentence(text, start, end) -> bool:
    """Whether the number labelled from ``start`` to ``end`` stands inside a sentence of the
    body ("As announced in notification No. 2031-12 of …", "… by Law No. 45/2031, has
    approved …"): two words of prose before it on its line, or on the wrapped line above, or
    the sentence going on in lower case after it."""
    if _SENTENCE_GOES_ON.match(text, end):
        return True
    line_start = start_of_line(text, start)
    before = text[line_start:start]
    above_start = start_of_line_above(text, line_start)
    above = text[above_start : max(above_start, line_start - 1)].rstrip()
    if len(above) > 60 and not above.endswith((".", ":", ";", "!", "?")):
        before = above + " " + before
    sentence = re.split(r"[.!?;]\s", before)[-1]
    return len(_PROSE_WORD.findall(sentence)) >= 2
