"""Forms around a date that say whose date it is (wave 9): a news agency's dateline, a
deadline's label, a flattened copy's salutation run on after the dateline, a document's
number and its date joined by "of" or "du", and the date a notice was published. Pure."""

import re

from plenipo.reading.lines import start_of_line

# A news agency's dateline dates the article, not the letter it reports: "Basseterre, St.
# Kitts, September 03, 2022 (SKNIS):", "Bir Lehlu, 21/09/2011 (SPS).-", "Geneva, 3 May 2031
# (AFP) —".
# The agency may name itself in several words: "(Agence Presse Lémanique)", "(Agencia Andina de
# Noticias)", "(Meridian News)".
AGENCY_AFTER = re.compile(
    r"[ \t]*\((?-i:[A-Z][A-Za-z]{1,9}|[A-ZÀ-Ý][\wÀ-ÿ'’&.-]+(?:[ \t]+(?:[A-ZÀ-Ý][\wÀ-ÿ'’&.-]*|"
    r"de|del|des|du|de[ \t]+la|of|for)){1,4})\)[ \t]*(?:[.:,]|[-–—]|\.-)"
)


def agency_dateline(text, date) -> bool:
    return bool(AGENCY_AFTER.match(text, date.end))


# The label of a deadline before its date: "Deadline: 31 May 2031", "Plazo para presentar
# información: 31 de mayo de 2031", "Date limite : …", "Fecha límite: …", "Due date: …".
DEADLINE_LABEL = re.compile(
    r"\b(?:deadline|due\s+date|closing\s+date|plazo|fecha\s+l[íi]mite|date\s+limite|"
    r"d[ée]lai|[ée]ch[ée]ance)\b[^\n:]{0,60}:[ \t]*$",
    re.IGNORECASE,
)


def after_a_deadline_label(text, date) -> bool:
    line_start = start_of_line(text, date.start)
    return bool(DEADLINE_LABEL.search(text, line_start, date.start))


# A salutation run on after the date in a flattened copy: "June 22, 2031 Your Excellency,
# The …", "3 May 2031 Dear Colleague, …".
SALUTATION_AFTER = re.compile(
    r"[ \t]+(?:Dear\s|(?:Your\s+)?Excellency,|Excellence,|Sir,|Madam,|Monsieur|Madame|"
    r"Señor|Señora|Estimad[oa]s?\s)"
)


def salutation_runs_on(text, end) -> bool:
    return bool(SALUTATION_AFTER.match(text, end))


# Between a document's number and its date: "Note circulaire NO XDC-0394-4 du 24 février
# 2031", "Circular Note No. XDC-0005 of January 9, 2031", "Nota N° 12/2031 de fecha …".
NUMBER_TO_DATE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:of|dated|du|dat[ée]e?\s+du|en\s+date\s+du|de\s+fecha|del?)[ \t]+)?"
)


def dated_after_its_number(text, symbol_end, date) -> bool:
    gap = NUMBER_TO_DATE.match(text, symbol_end, date.start)
    return 0 <= date.start - symbol_end <= 24 and bool(gap) and gap.end() == date.start


# A notice's own publication date, when it gives no other: "Published on 24 June 2031",
# "First published on 04/29/2031", "Publicado el 24 de junio de 2031", "Publié le …", "Date
# of publication: …". (A letter's page gives the page's date so; a notice is its page.)
PUBLISHED = re.compile(
    r"\b(?:(?:first\s+)?published(?:\s+on)?|publicado\s+el|publi[ée]e?\s+le|"
    r"date\s+(?:of|de)\s+publication|fecha\s+de\s+publicaci[óo]n)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
PUBLISHED_REACH = 1500


def published_date(text, dates):
    """The first full date a notice's head says it was published on."""
    for date in dates:
        if date.start > PUBLISHED_REACH:
            break
        if (
            date.has_year
            and not date.month_only
            and date.first == date.last
            and PUBLISHED.search(text, max(0, date.start - 40), date.start)
        ):
            return date
    return None


# A meeting's form: a "Date:" field with a time's or a venue's field beside it ("Date: 3 June
# 2031 / Time: 13:15 / Venue: Conference Room 4", "Fecha: … / Hora: … / Lugar: …"): the day
# is the meeting's, not the document's.
DATE_FIELD = re.compile(r"\b(?:Dates?|Fecha|Day|Jour|D[íi]a)[ \t]*:[ \t]*(?:\w+,?[ \t]+)?$", re.I)
MEETING_FIELD = re.compile(
    r"^[ \t]*(?:Time|Hours?|Heures?|Horario|Hora|Venue|Lieu|Lugar|Location|Platform|"
    r"Plateforme|Plataforma|Room|Salle|Sala)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
FORM_REACH = 200


def meeting_form_date(text, date) -> bool:
    line_start = start_of_line(text, date.start)
    if not DATE_FIELD.search(text, line_start, date.start):
        return False
    around = text[max(0, line_start - FORM_REACH) : date.end + FORM_REACH]
    return bool(MEETING_FIELD.search(around))


# A news item's dateline opens its paragraph, a dash after it: "Caracas, November 26- The
# Permanent Secretary …", "Tuesday, June 16, 2031 — The meeting …", "LOMÉ, 12 mars - Le
# ministre …"; it dates the item, not what the item announces.
_OPENS_ITS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[A-ZÀ-Ý][^\n,.;:]{1,40},[ \t]*){0,2}$")
# (a sentence after it, not a programme's row: "14 May – Opening session")
_DASH_AFTER = re.compile(
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:[-–—]|\.-)[ \t]*"
    r"(?:(?:The|A|An|Le|La|Les|Un|Une|El|Los|Las|Una)[ \t]|L['’])"
)


def news_dateline(text, date) -> bool:
    return bool(
        _DASH_AFTER.match(text, date.end)
        and _OPENS_ITS_LINE.search(text, max(0, date.start - 90), date.start)
    )
