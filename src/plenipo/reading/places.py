"""Rooms and cities as letters name them, and the city of a letterhead's address. Pure."""

import re

from plenipo.reading.letterhead_towns import flattened_letterhead, postcode_town, prose
from plenipo.reading.lines import LINE_REACH
from plenipo.reading.towns import CAPITALS, WRITING_TOWNS

ROOM = re.compile(
    r"\b(?:ECOSOC\s+Chamber|Trusteeship\s+Council\s+Chamber|Security\s+Council\s+Chamber|"
    r"General\s+Assembly\s+Hall|Conference\s+Room\s+[A-Z0-9-]+|CR\s?\d+|Board\s*[Rr]oom\s+[A-Z0-9]+|"
    r"[Rr]oom\s+[A-Z]?[-\d.]+[A-Z]?|[Rr]oom\s+[IVXL]{1,6}\b|"
    # "salle XVII", "Sala 4", "Sala Europa", "Salle des Assemblées" (not "Sala E" of "Sala Europa")
    r"(?:[Ss]alle|S[Aa][Ll][Aa])\s+(?:[A-Z0-9]{1,6}\b|(?:des?\s+|del?\s+)?[A-ZÀ-Ý][\w'’-]+)|"
    r"Plenary\s+Hall|Assembly\s+Hall|Segreteria)",
)
# The building or place a meeting is held in: "Palais des Nations", "IMO Headquarters", "the
# Vienna International Centre", "Centre de Congrès", "held online".
VENUE = re.compile(
    r"(?i:\bPalais\s+(?:des\s+Nations|de\s+l['’]Europe|pr[ée]sidentiel|royal|d['’]Egmont)|"
    r"\bCentre\s+William\s+Rappard|\bVienna\s+International\s+Centre|"
    r"\bCentre\s+international\s+de\s+Vienne|\bCentro\s+Internacional\s+de\s+Viena|"
    r"\bUN\s+Campus|\bUnited\s+Nations\s+Headquarters|\bCentre\s+de\s+(?:congr[èe]s|conf[ée]rences)|"
    r"\bCentro\s+de\s+(?:Convenciones|Conferencias|Congresos)|"
    r"(?<=held\s)(?:online|virtually)|(?<=place\s)(?:online|virtually)|(?<=lieu\s)en\s+ligne)|"
    r"\b(?:[A-Z][\w&-]+\s+){1,3}(?:Headquarters|Conference\s+Cent(?:re|er)|Convention\s+Cent(?:re|er))\b"
)
CITIES = [
    "New York",
    "Geneva",
    "Vienna",
    "Strasbourg",
    "Nairobi",
    "Bonn",
    "Paris",
    "Brussels",
    "The Hague",
    "Rome",
    "Bangkok",
    "Addis Ababa",
    "Santiago",
    "Beirut",
    "Warsaw",
    "Copenhagen",
    "Montreal",
    "Washington",
    "London",
    "Madrid",
    "Lisbon",
    "Doha",
    "Genève",
    "Vienne",
    "Ginebra",
    "Viena",
    "Nueva York",
    "Palermo",
    "Luxembourg",
    "Helsinki",
    "Stockholm",
    "Oslo",
    "Berlin",
    "Budapest",
    "Prague",
    "Bratislava",
    "Ljubljana",
    "Zagreb",
    "Belgrade",
    "Sarajevo",
    "Tirana",
    "Skopje",
    "Ankara",
    "Istanbul",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Kyiv",
    "Minsk",
    "Moscow",
    "Astana",
    "Bishkek",
    "Tashkent",
    "Dushanbe",
    "Ashgabat",
    "Dublin",
    "Reykjavik",
    "Valletta",
    "Nicosia",
    "Athens",
    "Sofia",
    "Bucharest",
    "Chisinau",
    "Podgorica",
    "Monaco",
    "Andorra la Vella",
    "San Marino",
    "Vaduz",
    "Bern",
    "Amsterdam",
    "Riga",
    "Vilnius",
    "Tallinn",
    "Marrakech",
    "Cairo",
    "Dakar",
    "Abuja",
    "Pretoria",
    "Tokyo",
    "Beijing",
    "Delhi",
    "New Delhi",
    "Jakarta",
    "Manila",
    "Canberra",
    "Ottawa",
    "Mexico City",
    "Brasilia",
    "Buenos Aires",
    "Lima",
    "Bogotá",
    "Quito",
    "Panama",
    "San José",
    # Capitals and the cities that host conferences of parties and UN meetings
    "Kampala",
    "Nagoya",
    "Cancún",
    "Cartagena",
    "Changwon",
    "Valencia",
    "Colombo",
    "Montevideo",
    "Punta del Este",
    "Sharm el-Sheikh",
    "Durban",
    "Johannesburg",
    "Marrakesh",
    "Kigali",
    "Busan",
    "Hyderabad",
    "Katowice",
    "Glasgow",
    "Dubai",
    "Abu Dhabi",
    "La Paz",
    "Caracas",
    "Havana",
    "Port of Spain",
    "Nassau",
    "Suva",
    "Windhoek",
    "Gaborone",
    "Harare",
    "Lusaka",
    "Maputo",
    "Dar es Salaam",
    "Accra",
    "Lagos",
    "Rabat",
    "Tunis",
    "Algiers",
    "Amman",
    "Riyadh",
    "Tehran",
    "Islamabad",
    "Kathmandu",
    "Dhaka",
    "Hanoi",
    "Phnom Penh",
    "Kuala Lumpur",
    "Singapore",
    "Seoul",
    "Ulaanbaatar",
    "Wellington",
    "Sydney",
    "Muscat",
    "Kuwait",
    "Manama",
    "Guatemala",
    "Tegucigalpa",
    "San Salvador",
    "Managua",
    "Santo Domingo",
    "Asunción",
    "Brasília",
    "Rio de Janeiro",
    "São Paulo",
    "Bogota",
    "Guadalajara",
    "Genf",
    "Wien",
    "Varsovie",
    "Bruxelles",
    "Londres",
    "Roma",
    "Florence",
    "Turin",
    "Milan",
    "Barcelona",
    "Seville",
    "Munich",
    "Frankfurt",
    "Leipzig",
    "Zurich",
    "Basel",
    "Bâle",
    "Montreux",
    "Interlaken",
    "Lucerne",
    "Rotterdam",
    "Gothenburg",
    "Bergen",
    "Aarhus",
    "Cracow",
    "Kraków",
    # Seats of treaty secretariats
    "Gland",
    "Berne",
    "Lausanne",
    "Hamburg",
    "Kingston",
    "Apia",
    "Lyon",
    "Montréal",
]
# The names' first letters, tested before the names: the regular expression engine would
# otherwise try every name at the start of every word (the same matches, several times slower).
_CITY_INITIALS = "[" + "".join(sorted({re.escape(city[0]) for city in CITIES})) + "]"
CITY = re.compile(
    r"\b(?="
    + _CITY_INITIALS
    + r")("
    + "|".join(re.escape(c) for c in sorted(CITIES, key=len, reverse=True))
    + r")\b"
)

WRITING_CITIES = sorted(set(CITIES) | set(CAPITALS) | set(WRITING_TOWNS), key=len, reverse=True)
_WRITING_INITIALS = "[" + "".join(sorted({re.escape(c[0]) for c in WRITING_CITIES})) + "]"
WRITING_CITY = re.compile(
    r"\b(?=" + _WRITING_INITIALS + r")(" + "|".join(re.escape(c) for c in WRITING_CITIES) + r")\b"
)

# The place of writing just before a letter's date: "Washington, D.C., le 31 juillet 2001",
# "NEW YORK, NY 10017 …", "Geneva, 24 August 2009", "Paris le 16 décembre 1996".
PLACE_BEFORE_DATE = re.compile(
    r"(?P<place>\b(?="
    + _WRITING_INITIALS
    + r")(?:"
    + "|".join(re.escape(c) for c in WRITING_CITIES)
    + r")(?:,?\s*(?:D\.?\s?C\.?|D\.\s?F\.|N\.?\s?Y\.?)(?![\w.]))?)"
    # a district the town's name goes without: "Tegucigalpa, M.D.C.,", "Santo Domingo, D.N.,",
    # "Quito D.M.,"
    + r"(?:,?\s*(?-i:M\.\s?D\.\s?C\.|D\.\s?[NM]\.))?"
    # a London postal district between the city and the date: "LONDON, S.W.1. 15TH OCTOBER"
    + r"(?:,?\s*(?-i:(?:N|E|S\.?\s?[EW]|N\.?\s?W|W|E\.?\s?C|W\.?\s?C)\.?\s?\d{1,2}[A-Z]?)\.?)?"
    # "New York. 12 April 2006" as a flattened note writes it
    # "GENEVA - 3 May 2019", "Lusaka – 3 May 2019": a dash in place of the comma
    + r"(?:[,\s]*|\.\s+|\s+[-–—]\s*)(?:le|el|den|the|on|a|am|this)?\s*$",
    re.IGNORECASE,
)

_MONTH_NAMES = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|"
    "december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
    "novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    "setiembre|octubre|noviembre|diciembre)"
)


# A city in the letterhead's address: "75352 Paris 07 SP, France", "NEW YORK, NY 10017",
# "Washington, D.C." alone on its line, "1211 Geneva 10, Switzerland".
LETTERHEAD_CITY = re.compile(
    r"(?P<place>(?i:"
    + WRITING_CITY.pattern
    + r")(?:,?\s*(?:D\.?\s?C\.?|D\.\s?F\.|N\.?\s?Y\.?)(?![\w.]))?)"
)
ADDRESS_CUE = re.compile(
    # a British postcode, also typed with its district's letter apart: "SW1P 4QP", "SW1 P 4QP"
    r"\b\d{4,5}\b|(?-i:\b[A-Z]{1,2}\d(?:[A-Z\d]|\s[A-Z](?=\s\d))?\s\d[A-Z]{2}\b)|\b(?:Switzerland|United\s+Kingdom|UK|"
    r"Suisse|Schweiz|Austria|Germany|Deutschland|France|Canada|"
    r"Kenya|Italy|Italia|Netherlands|Belgium|Belgique|Spain|España|USA|U\.S\.A\.|Cedex|CH-\d+|"
    r"P\.?\s?O\.?\s+Box|B\.?P\.?\s+\d|Case\s+postale)\b",
    re.IGNORECASE,
)
# Where the letterhead has ended: the salutation, or the block of the addressee's address.
LETTER_OPENS = re.compile(
    r"^\s*(?:Dear|Sir|Madam|Excellenc|Monsieur|Madame|Señor|Estimad|H\.\s?E\.|S\.\s?E\.|"
    r"(?:His|Her)\s+Excellency|Son\s+Excellence|Su\s+Excelencia|Mr\.?\s|Mrs\.?\s|Ms\.?\s)",
    re.I,
)


# A line of the heading that names a city other than the writer's: a field ("Subject: Regional
# workshop, Nairobi, Kenya", "To: Permanent Missions in Geneva"), or a meeting's days
# ("Nairobi, Kenya (14-16 March 2031)").
NOT_THE_ADDRESS = re.compile(
    r"^(?:Subject|Objet|Asunto|Re|Ref|Reference|Title|Concerne|To|A|À|Aux|Para|Cc|Destinataires?|"
    r"Addressees?|Venue|Lieu|Lugar|Where|When|What|Location|O[ùu]|D[óo]nde)\s*[.:]|"
    r"\b\d{1,2}(?:st|nd|rd|th|er)?\s*(?:[-–]\s*\d{1,2}\s+)?(?:de\s+)?" + _MONTH_NAMES + r"\b|"
    r"\b" + _MONTH_NAMES + r"\s+\d{1,2}\b|"
    # a title's place and year: "Amendments to the Schedule …, Cape Town, 1951"
    r"[^\W\d_],[ \t]*(?:1[6-9]|20)\d\d[ \t.]*$",
    re.IGNORECASE,
)

# A line holding a meeting's days and nothing else: "8 - 9 October 2031", "March 8-9, 2031",
# "du 8 au 9 octobre 2031".
DAYS_ALONE = re.compile(
    r"(?:(?:du|del?|from)\s+)?\d{1,2}(?:st|nd|rd|th|er)?(?:\s*(?:[-–]|au|al|to)\s*\d{1,2})?\s+"
    r"(?:de\s+)?"
    + _MONTH_NAMES
    + r"(?:,?\s+(?:de\s+)?\d{4})?\.?|"
    + _MONTH_NAMES
    + r"\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+\d{4}\.?",
    re.IGNORECASE,
)

# "Lilongwe 3, Malawi": a postal district between the city and its country; a country of
# several words ("Saint John's, Antigua and Barbuda", "Seoul, Republic of Korea")
CITY_AND_COUNTRY = re.compile(
    r"(?:[ \t]+\d{1,3})?,[ \t]*[A-Z][\w'’-]+"
    r"(?:[ \t]+(?:(?:and|of|the|et|de|du|des|y)[ \t]+)?[A-Z][\w'’-]+){0,3}\.?"
)


def letterhead_place(text, dated_at: int | None = None, addressed_at: int | None = None):
    """The city of the letterhead's address, for a letter whose dateline names none: a
    short line above the salutation, the addressee's address and the first paragraph that
    holds a city with a postcode or a country beside it, or the city alone; not a field's
    nor a meeting's days. ``dated_at``: where the letter's own date stands, when a block of
    address under it goes on to the salutation: that block is the addressee's ("12 March
    2031 / The Executive Secretary / SADC Secretariat / Gaborone / Dear …"). ``addressed_at``:
    where the block of address written to starts, whose city is the addressee's."""
    head = text[:1200]
    if dated_at is not None and _address_under_date(text, dated_at):
        head = text[: min(1200, dated_at)]
    head = head[:addressed_at] if addressed_at is not None else head
    town = None  # a town the lists lack, by its postcode: "1219 Châtelaine, Switzerland"
    under_days = False
    for line in head.split("\n"):
        stripped = line.strip()
        if LETTER_OPENS.match(stripped) or (len(stripped) >= 120 and prose(stripped)):
            break
        if len(stripped) >= 120 and not flattened_letterhead(stripped):
            continue  # a long heading or a source's citation, not the address
        if not stripped:
            continue
        if under_days:
            under_days = False
            continue  # "8-9 October 2031 / Room XX, Palais des Nations, Geneva": the venue
        if NOT_THE_ADDRESS.search(stripped):
            under_days = bool(DAYS_ALONE.fullmatch(stripped))
            continue
        city = LETTERHEAD_CITY.search(stripped)
        if city is None:
            town = town or postcode_town(stripped)
            continue
        alone = not stripped.replace(city.group(0), "").strip(" ,.;:-–")
        # "Apia, Samoa", "Kingston, Jamaica": the city and its country alone on the line
        country = CITY_AND_COUNTRY.fullmatch(stripped[city.end() :])
        # a long line reaching here is a letterhead run together, an address whatever it holds
        if alone or country or ADDRESS_CUE.search(stripped) or len(stripped) >= 120:
            place = " ".join(city.group("place").split())
            return place if place.isupper() or place[:1].isupper() else None
    return town or _footer_place(text) or _street_at_foot(text)


# A block of address the date stands right above: opening with a post ("The Executive
# Secretary"), an honorific or "To".
ADDRESS_BLOCK_OPENS = re.compile(
    r"^[ \t]*(?:The\s+[A-Z]|To\b|Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s|H\.\s?E\.|M\.\s|Mme\s|"
    r"Monsieur\b|Madame\b|Señora?\b|Sr\.?\s|Sra\.?\s|Al\s|À\s|A\s+la\s)"
)


def _address_under_date(text, dated_at) -> bool:
    """Whether the first line under the date's line opens a block of address."""
    end = text.find("\n", dated_at)
    if end < 0:
        return False
    # the next lines only, not the rest of the text copied
    below = text[end : end + 2 * LINE_REACH].lstrip("\n \t")
    first = below.split("\n", 1)[0]
    return bool(ADDRESS_BLOCK_OPENS.match(first))


# A line of the writer's address that is no city: "Telephone: +254 …", "P.O. Box 30552".
CONTACT_LINE = re.compile(
    r"^\s*(?:T[ée]l[ée]?(?:phone|[ée]fono)?|Phone|Fax|E-?mail|Courriel|P\.?\s?O\.?\s?Box|B\.?P\.?\s)"
    r"|\+\d{2,3}[\s\d]{6}",
    re.IGNORECASE,
)
FOOTER_LINE = 60
FOOTER_REACH = 4000  # the foot of the first page


def _footer_place(text) -> str | None:
    """The city of the writer's address printed at the foot of the page, under the
    salutation: a short line with the city and its country or postcode, next to a
    telephone line or a post-office box ("P.O. Box 30552 / Nairobi, Kenya / Telephone: …")."""
    lines = text[:FOOTER_REACH].split("\n")
    seen_salutation = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not seen_salutation:
            # the salutation, not the addressee's block that opens like it ("Mr. John Roe /
            # Director / P.O. Box 30126 / Nairobi, Kenya"): that address is the addressee's
            seen_salutation = bool(LETTER_OPENS.match(stripped)) and (
                stripped.endswith((",", ":")) or stripped[:4].lower() == "dear"
            )
            continue
        if not stripped or len(stripped) > FOOTER_LINE:
            continue
        city = LETTERHEAD_CITY.search(stripped)
        if city is None or not ADDRESS_CUE.search(stripped):
            continue
        near = lines[max(0, index - 2) : index + 3]  # the line itself may hold the telephone
        if any(CONTACT_LINE.search(x) for x in near) and city.group("place")[:1].isupper():
            return " ".join(city.group("place").split())
    return None


# A street with its number before the city: "14-20 Port Royal Street, Kingston", "12 rue de
# Lausanne, Genève", "Calle 5 No. 12-40, Bogotá".
STREET_ADDRESS = re.compile(
    r"^\s*\d{1,4}(?:[-–]\d{1,4})?,?\s+(?:[^\W\d_][\w'’.-]*\s+){0,4}?"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Square|Lane|Place|Drive|"
    r"rue|avenue|boulevard|chemin|route|quai|calle|avenida)\b[^\n,]{0,40},\s*(?P<rest>[^\n]{3,60})$",
    re.IGNORECASE,
)
FOOT_LINES = 3


def _street_at_foot(text) -> str | None:
    """The city of the writer's street address, printed on one of the last lines of the
    page as a letterhead's footer: "14-20 Port Royal Street, Kingston, Jamaica"."""
    lines = [line.strip() for line in text[-600:].split("\n") if line.strip()]
    for line in lines[-FOOT_LINES:]:
        street = STREET_ADDRESS.match(line)
        city = street and LETTERHEAD_CITY.match(street.group("rest"))
        if city and city.group("place")[:1].isupper():
            return " ".join(city.group("place").split())
    return None
