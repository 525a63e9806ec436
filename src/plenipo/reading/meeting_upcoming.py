"""A meeting a letter invites its readers to without giving its day: "to nominate a
delegation to attend the upcoming General Assembly", "pour participer à la prochaine
Assemblée générale", "para asistir a la próxima reunión del Consejo". Read only where the
letter gives no other meeting (one with a day is the same meeting named again). Pure."""

from __future__ import annotations

import re

from plenipo.core.partialdates import UNKNOWN
from plenipo.reading.caseless import caseless
from plenipo.reading.lines import LINE_REACH
from plenipo.reading.model import Meeting, Span
from plenipo.reading.times import find_time

_NOUN = (
    r"(?:General\s+Assembly|Assembly|Congress|Conference|Meeting|Summit|Session|Forum|Symposium|"
    r"Workshop|Seminar|Assembl[ée]e(?:\s+g[ée]n[ée]rale)?|Congr[èe]s|Conf[ée]rence|R[ée]union|"
    r"Sommet|Session|Forum|Colloque|S[ée]minaire|Atelier|Asamblea(?:\s+General)?|Congreso|"
    r"Conferencia|Reuni[óo]n|Cumbre|Sesi[óo]n|Foro|Simposio|Seminario|Taller)"
)
# the verb of one who goes to it, then the meeting still to come; a few words of its kind
# between them ("the upcoming virtual General Assembly", "au prochain Congrès", "al próximo Foro")
UPCOMING = re.compile(
    r"\b(?:attend|attending|participate\s+in|participating\s+in|take\s+part\s+in|taking\s+part\s+in|"
    r"be\s+represented\s+at|join\s+us\s+at|"
    r"(?:participer|assister|prendre\s+part|[êe]tre\s+repr[ée]sent[ée]e?s?)\s+(?=au\s|[àa]\s+la\s)[àa]?|"
    r"(?:participar|tomar\s+parte|estar\s+representad[oa]s?)\s+en|(?:asistir|acudir)\s+(?=al\s|a\s+la\s)a?)"
    r"\s*(?:the|our|this\s+year['’]s|la|el|au|al|nuestra|nuestro|notre)\s+"
    r"(?:upcoming|forthcoming|next|prochaine?|pr[óo]xim[oa]|venider[oa])\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>" + _NOUN + r")\b",
    re.IGNORECASE,
)
# an invitation to go to it, "upcoming" or not: "your invitation to attend the Summit", "invités
# à participer à la Conférence", "su invitación para asistir a la reunión de …"
INVITED_TO_ATTEND = re.compile(
    r"\b(?:invitation|invited|invite|invitations?|invit[ée]e?s?|inviter|invitaci[óo]n|"
    r"invitad[oa]s?|invitar(?:le|les|la|lo)?)\s+(?:(?:you|vous|to\s+you|[àa]\s+vous)\s+)?"
    r"(?:to|[àa]|para|a)\s+"
    r"(?:attend|participate\s+in|take\s+part\s+in|participer\s+(?=au\s|[àa]\s+la\s)[àa]?|"
    r"assister\s+(?=au\s|[àa]\s+la\s)[àa]?|prendre\s+part\s+(?=au\s|[àa]\s+la\s)[àa]?|"
    r"participar\s+en|asistir\s+(?=al\s|a\s+la\s)a?)"
    r"\s*(?:the|la|el|au|al)\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + _NOUN + r")\b",
    re.IGNORECASE,
)
# the rest of its clause, where the hours may follow: "…, scheduled for Thursday 9:30 – 13:30"
_CLAUSE_END = re.compile(r"\.\s|[;\n]")


# an invitation told in the past: "I was invited to attend the Conference last year"
_TOLD_AS_PAST = re.compile(
    r"\b(?:was|were|had\s+been|last\s+year|fue|fui|fuimos|l['’]an\s+dernier|"
    r"l['’]ann[ée]e\s+derni[èe]re|el\s+a[ñn]o\s+pasado)\b|\b(?:ai|avons|a)\s+[ée]t[ée]\s+invit",
    re.IGNORECASE,
)


def _invited_to_attend(text):
    for match in caseless(INVITED_TO_ATTEND).finditer(text):
        back = max(0, match.start() - LINE_REACH)
        start = max(text.rfind(". ", back, match.start()), text.rfind("\n", back, match.start()))
        start = (start + 1) if start >= 0 else back
        cut = _CLAUSE_END.search(text, match.end())
        if not _TOLD_AS_PAST.search(text, start, cut.start() if cut else len(text)):
            return match
    return None


def upcoming_meetings(text) -> list[Meeting]:
    """The one meeting still to come the letter asks its readers to attend, without a day."""
    match = caseless(UPCOMING).search(text) or _invited_to_attend(text)
    if match is None:
        return []
    title = " ".join(match.group("noun").split())
    rest = text[match.end() : match.end() + 100]
    cut = _CLAUSE_END.search(rest)
    start_time, end_time = find_time(rest[: cut.start()] if cut else rest)
    return [
        Meeting(
            title=title,
            start=UNKNOWN,
            end=UNKNOWN,
            date_text=" ".join(match.group(0).split())[:120],
            start_time=start_time,
            end_time=end_time,
            room=None,
            venue=None,
            city=None,
            status="scheduled",
            evidence=Span(*match.span()),
            confidence=0.35,
        )
    ]
