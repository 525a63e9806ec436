"""The parts of a letter: what kind of document it is, its own date and place, its
salutation and closing formula. Pure."""

import re

from plenipo.reading.model import OwnDate, Span
from plenipo.reading.places import CITY

NOTE_VERBALE = re.compile(
    r"presents?\s+(?:his|her|its|their)\s+compliments|pr[ée]sente\s+(?:ses|leurs)\s+compliments"
    r"|saluda\s+(?:muy\s+)?atentamente|has\s+the\s+honou?r\s+to\s+(?:inform|transmit|refer)",
    re.IGNORECASE,
)
INFORMATION_NOTE = re.compile(
    r"information\s+(?:note\s+)?for\s+(?:participants|delegations|delegates)|note\s+d['’]information|"
    r"renseignements\s+(?:[àa]\s+l['’]intention\s+des|pour\s+les)\s+(?:d[ée]l[ée]gations|participants)|"
    r"^\s*(?:Notification|Notice|Circular|Information\s+circular)\b|^\s*\d{4}/\d{3}\s*:|"
    r"\bThe\s+(?:\w+\s+){0,3}Secretariat\s+(?:is\s+pleased|has\s+the\s+pleasure)\s+to\s+"
    r"(?:announce|invite|inform)|\bLe\s+Secr[ée]tariat\s+(?:a\s+le\s+plaisir|informe)|"
    r"\bLa\s+Secretar[ií]a\s+(?:tiene\s+el\s+placer|informa)|"
    r"informaci[óo]n\s+para\s+(?:los\s+)?participantes|practical\s+information",
    re.IGNORECASE | re.MULTILINE,
)
SALUTATION = re.compile(
    r"(?:^|\d{4}\s+)\s*(?:Mr\.?\s+(?:Secretary|President|Minister|Chairman|Ambassador)|Sir|Madam|"
    r"Excellency|Your\s+Excellency|Dear\s+[^\n,]{1,60}|Excellence|Monsieur[^\n,]{0,40}|"
    r"Madame[^\n,]{0,40}|Señor[^\n,]{0,40}|Excelent[ií]simo[^\n,]{0,40}|Estimad[oa][^\n,]{0,40})\s*[,:]",
    re.IGNORECASE | re.MULTILINE,
)
CLOSING = re.compile(
    r"(?:Yours\s+(?:sincerely|faithfully|truly)|assurances?\s+of\s+(?:my|our|his|her|its)\s+"
    r"(?:highest|high|the highest)\s+consideration|Sincerely|Best\s+regards|Kind\s+regards|"
    r"(?:Veuillez|Je\s+vous\s+prie\s+d)[^\n]{0,200}consid[ée]ration|Atentamente|Cordialement|"
    r"(?:las\s+seguridades|el\s+testimonio)\s+de\s+su\s+(?:m[áa]s\s+)?(?:alta|distinguida)\s+consideraci[óo]n|"
    r"aprovecho\s+la\s+oportunidad[^\n]{0,200}|Accept,?\s+(?:Sir|Excellency)[^\n]{0,200}|"
    r"I\s+(?:avail\s+myself|take\s+this\s+opportunity)[^\n]{0,200}|Respectfully\s+yours|Very\s+truly\s+yours)"
    r"[^\n]*",
    re.IGNORECASE,
)


def doc_type(text) -> tuple[str, float]:
    head = text[:1500]
    if NOTE_VERBALE.search(head):
        return "note_verbale", 0.95
    if INFORMATION_NOTE.search(text[:500]) and not SALUTATION.search(head):
        return "information_note", 0.8
    if SALUTATION.search(head) or CLOSING.search(text):
        return "letter", 0.85
    return "other", 0.4


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
        rest = (text[line_start : date.start] + text[date.end : line_end]).strip(" ,.\t")
        if len(rest) <= 40 and not re.search(r"\b(?:letter|meeting|held|dated)\b", rest, re.I):
            found.append((date, rest))
    days = [(date, rest) for date, rest in found if not date.month_only]
    return days or found


def own_date(text, dates):
    """(the found date, its OwnDate) of the document: a date standing alone on a line (or
    after the place of writing), preferring the top of the page, then the bottom; else
    the first full date near the top, with less confidence."""
    line_dates = _dates_alone_on_their_line(text, dates)
    if line_dates:
        top = [d for d in line_dates if d[0].start < max(600, len(text) * 0.3)]
        found, rest = top[0] if top else line_dates[-1]
        city = CITY.search(rest)
        return found, _own(found, city.group(1) if city else None, 0.9)
    head = [d for d in dates if d.has_year and d.start < 400 and not d.month_only]
    if head:
        return head[0], _own(head[0], None, 0.5)
    return None, None


def _own(found, place, confidence) -> OwnDate:
    return OwnDate(
        bounds=found.last_bounds(),
        place=place,
        evidence=Span(found.start, found.end),
        confidence=confidence,
    )
