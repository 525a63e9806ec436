"""Where a letter was written, as its dateline gives it: the place just before its date (a
city of the list, or a town the dateline writes), "Done at", "Fait à", "Hecho en", never a
place where something else was done. Pure."""

import re

from plenipo.reading.lines import start_of_line, start_of_line_above
from plenipo.reading.places import PLACE_BEFORE_DATE, WRITING_CITY

# "revised at Geneva on November 10, 1972", "révisée à Paris le 24 juillet 1971", "signed
# in Rome on …": a place after a preposition is where something else was done.
DONE_AT = re.compile(r"(?:\b(?:at|in|en|au)|(?<!\w)à)\s+$", re.IGNORECASE)
# But the document's own place of writing: "Done at Geneva, 3 May 2005", "Fait à Paris, le
# …", "Hecho en Lima, el …", a Spanish dateline's "En Madrid, a 12 de marzo".
WRITTEN_AT = re.compile(
    r"(?:\b(?:Done|Given|Dated|Dado|Dada|Hecho|Hecha)\s+(?:at|in|en)|\bFait\s+[àa]|"
    r"^[ \t]*En(?:\s+la)?)\s+$",
    re.IGNORECASE | re.MULTILINE,
)


def done_at(text, date) -> bool:
    window = max(0, date.start - 45)
    place = PLACE_BEFORE_DATE.search(text[window : date.start])
    if not place:
        return False
    at = window + place.start()
    return bool(DONE_AT.search(text[max(0, window - 10) : at])) and not WRITTEN_AT.search(
        text, max(0, at - 20), at
    )


def written_at(text, date) -> bool:
    """Whether the place before ``date`` follows "Done at", "Fait à", "Hecho en"."""
    window = max(0, date.start - 45)
    place = PLACE_BEFORE_DATE.search(text[window : date.start])
    at = window + place.start() if place else 0
    return bool(place) and bool(WRITTEN_AT.search(text, max(0, at - 20), at))


# A dateline whose town is not in the list of cities: "Kampala, 3 March 2005", "Ciudad de
# México, 29 de abril", "Stratford-upon-Avon, …" opening its line; its article ("La Habana",
# "Le Caire", "El Cairo"), an elided initial ("N'Djamena") and capitals ("NIAMEY, LE 4 mars")
# are the town's; a region or country after it ("Banjul, The Gambia, 3 May") is not.
_TOWN_WORD = r"(?:[A-Z](?:[a-zà-ÿ'’-]{2,}|[A-ZÀ-Þ'’-]{2,})|[A-Z]['’][A-Z][a-zà-ÿ'’-]{2,})"
_REGION = r"(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)?"
DATELINE_TOWN = re.compile(
    r"^[ \t]*(?P<place>(?:(?:La|Le|Las|Les|Los|El|LA|LE|LAS|LES|LOS|EL)[ \t])?"
    + _TOWN_WORD
    + r"(?:[ -](?:(?i:de|del|de\s+la|da|do|du|des|di|sur|upon|on|am|an|el|al|au|aux|en|à|la|"
    + r"le|les)[ -])?"
    + _TOWN_WORD
    + r"){0,2}(?:,?[ \t]*D\.[ \t]?[CF]\.)?)"
    + _REGION
    + r"(?:,|[ \t]+[-–—])[ \t]*(?i:le[ \t]+|el[ \t]+|a[ \t]+)?$",
    re.MULTILINE,
)
NOT_A_TOWN = re.compile(
    r"^(?:Date|Dated|Fecha|Datum|Ref|Reference|Our|Your|Subject|Objet|Asunto|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|"
    r"Dimanche|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Original|Distr|"
    # a salutation run into the date of a flattened heading: "Excellency, 8 June 2018"
    r"Dear|Sir|Sirs|Madam|Excellenc\w*|Excelencia|Excelent\w*|Monsieur|Madame|Messieurs|"
    r"Mesdames|Señor\w*|Gentlemen|Colleagues|Chers?|Estimad\w*|Distinguid\w*|"
    # an article that is a sentence's ("Le Secrétariat, 3 mai")
    r"(?:La|Le|Las|Les|Los|El)\s+(?:Secr\w+|Minist\w+|Mission|Misi\w+|Embajada|Ambassade|"
    r"Gouvernement|Gobierno|Comit\w+|Conseil|Consejo|Presidente?|Directeur|Director))\b",
    re.IGNORECASE,
)


# A town not in the list of cities written before the date as a dateline writes it: opening
# the line, after a column gap, or after "Done at", "Fait à", "En": "Ouagadougou, le 3 mai
# 2001", "Ref.: AB/12      Port Moresby, 3 May 2005", "Fait à Yamoussoukro, le …".
TOWN_BEFORE = re.compile(
    r"(?:^[ \t]*|[ \t]{3,}|\t|\b(?:Done|Given|Dado|Dada|Hecho|Hecha)\s+(?:at|in|en)\s+|"
    r"\bFait\s+[àa]\s+|^[ \t]*En\s+(?:la\s+)?)"
    + DATELINE_TOWN.pattern.removeprefix(r"^[ \t]*").removesuffix("$")
    + r"\Z",
    re.MULTILINE,
)


def town_before(text, date) -> str | None:
    # searched in place, not in a slice: "^" matches only where a line really starts
    town = TOWN_BEFORE.search(text, start_of_line(text, date.start), date.start)
    if town and not NOT_A_TOWN.match(town.group("place")):
        return town.group("place")
    return None


# A letterhead's town not in the list of cities, alone on the line right above the date at
# the top of the page ("Ministry of Foreign Affairs / Tórshavn / 9 July 2031"); not a
# post, nor a body's name; one word, as a person's name is two.
TOWN_ALONE = re.compile(
    r"^[ \t]*(?P<place>(?:(?:La|Le|Las|Les|Los|El)[ \t])?"
    + _TOWN_WORD
    + ")"
    + _REGION
    + r"[ \t]*,?[ \t]*$"
)
NOT_A_TOWN_ALONE = re.compile(
    r"\b(?:Ministry|Minist[eè]re|Ministerio|Embassy|Ambassade|Embajada|Mission|Misi[óo]n|"
    r"Secretariat|Secr[ée]tariat|Secretar[íi]a|Office|Bureau|Oficina|Department|D[ée]partement|"
    r"Departamento|Government|Gouvernement|Gobierno|Republic|R[ée]publique|Rep[úu]blica|"
    r"Kingdom|Royaume|Reino|Council|Conseil|Consejo|Commission|Comisi[óo]n|Committee|Comit[ée]|"
    r"Court|Cour|Corte|Division|Directorate|Agency|Programme|Program|Organi[sz]ation|"
    r"University|Institute|Foundation|Association|Society|Union|Director|Directeur|Directora?|"
    r"Secretary|Minister|Ministre|Ministro|Ambassador|Ambassadeur|Embajador|President|"
    r"Pr[ée]sident|Presidente|Chair|Chairman|Chairperson|Registrar|Greffier|Coordinator|"
    r"Head|Officer|Manager|Adviser|Advisor|Counsellor|Conseiller|Consejero)\b",
    re.IGNORECASE,
)


def town_above(text, date) -> str | None:
    line_start = start_of_line(text, date.start)
    if line_start == 0:
        return None
    above = text[start_of_line_above(text, line_start) : line_start - 1]
    town = TOWN_ALONE.match(above)
    if town is None or NOT_A_TOWN.match(town.group("place")):
        return None
    return None if NOT_A_TOWN_ALONE.search(above) else town.group("place")


ARTICLE_BEFORE = re.compile(r"\b(?:La|Le|Las|Les|Los|El)[ \t]$", re.IGNORECASE)


def _city_into_date(text, found) -> str | None:
    """A city whose last word the date took for its weekday: "Santo Domingo, 4 de mayo"."""
    first = re.match(r"[^\W\d_]+", found.text)
    if not first:
        return None
    end = found.start + first.end()
    line_start = start_of_line(text, found.start)
    city = next((m for m in WRITING_CITY.finditer(text, line_start, end) if m.end() == end), None)
    return city.group(1) if city and city.start() < found.start else None


def place_of_writing(text, found, rest):
    """The place written just before the date (on its line or the line above), else a
    city beside it on its line."""
    city = _city_into_date(text, found)
    if city:
        return city
    window = max(0, found.start - 45)
    before = PLACE_BEFORE_DATE.search(text[window : found.start])
    # not a city the sentence above ends on: "… the session in Bonn. / 3 May 2031"
    if before and not done_at(text, found):
        city = " ".join(before.group("place").split())
        # the city's name as the dateline writes it, with its article: "El Cairo", "Le Caire"
        if ARTICLE_BEFORE.search(text, window, window + before.start()):
            town = town_before(text, found)
            return town if town and town.endswith(city) else city
        return city
    town = town_before(text, found)
    if town:
        return town
    # not a time zone's city: "July 24, 2017 all-day America/Los Angeles Timezone"
    city = next(
        (c for c in WRITING_CITY.finditer(rest) if rest[c.start() - 1 : c.start()] != "/"), None
    )
    if city:
        return city.group(1)
    line_start = start_of_line(text, found.start)
    town = DATELINE_TOWN.match(text, line_start, found.start)
    if town and not NOT_A_TOWN.match(town.group("place")):
        return town.group("place")
    return None
