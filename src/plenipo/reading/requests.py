"""What a letter asks of its addressee: deadlines and requested actions. Pure."""

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from plenipo.core.partialdates import UNKNOWN, DateBounds
from plenipo.reading.caseless import caseless
from plenipo.reading.council_requests import council_meeting_asked
from plenipo.reading.counted_deadlines import counted_from_day
from plenipo.reading.dates import MONTHS, find_time, starting_within
from plenipo.reading.deadline_ends import period_ends
from plenipo.reading.deadline_words import (
    AGENT_THEN_DONE,
    CLOSES,
    DONE_ALREADY,
    NAMED_DEADLINE,
    OTHER_BY,
    THOSE_DOING,
    TIME_FIRST,
    TIME_FIRST_CUE,
    TIME_THEN_DAY,
    TOLD_AS_PAST,
    WITHIN,
    deadline_named_after,
)
from plenipo.reading.gloss import gloss
from plenipo.reading.meeting_ends import ends_the_meeting
from plenipo.reading.model import Deadline, Mention, Span
from plenipo.reading.news_copies import is_byline
from plenipo.reading.relative_days import relative_deadlines
from plenipo.reading.request_cues import REQUEST
from plenipo.reading.request_forms import (
    asks_nothing_more,
    in_active,
    more_cues,
    registration_asked,
)
from plenipo.reading.request_joins import as_asked, joined_starts
from plenipo.reading.request_lists import listed_requests, listed_things
from plenipo.reading.text import language_scores, whole_sentences

DEADLINE = re.compile(
    r"\b(?P<qualifier>(?:deadline|plazo|d[ée]lai|date\s+limite|fecha\s+l[ií]mite)[^:\n.]{0,40}:|no\s+later\s+than|not\s+later\s+than|"
    # not the agent of a meeting: "preceded by the Council on 30 June"
    r"(?<!preceded\s)(?<!followed\s)by|before|until|deadline\s+(?:of|is)|"
    # "Submissions are due on 31 March"
    r"(?:is|are|will\s+be)\s+due(?:\s+on)?|"
    r"deadline\s+for\s+[^.\n]{3,100}?\s+is|"
    # "el plazo para el envío de resúmenes es el 15 de marzo", "la date limite pour les
    # inscriptions est le 3 mai"
    r"(?:plazo|fecha\s+l[ií]mite|d[ée]lai|date\s+limite|date\s+butoir)\s+(?:para|pour|de|d['’])"
    r"\s*[^.\n]{3,100}?\s+(?:es|est|ser[áa]|sera)(?:\s+(?:el|le))?|"
    # "au plus tard, le …", "a más tardar, el …", "no más tarde del …"
    r"au\s+plus\s+tard,?\s+le|d['’]ici\s+au|d['’]ici\s+le|avant\s+le|a\s+m[áa]?s\s+tardar,?\s+el|"
    r"no\s+m[áa]s\s+tarde\s+(?:del?|que\s+el)|antes\s+del|"
    r"hasta\s+el|jusqu['’]au|"
    # "register prior to 1 March", not "a symposium immediately prior to the Conference"
    r"prior\s+to(?=\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec))|"
    # "le délai … expire le 31 mai", "el plazo … vence el 15 de julio"
    r"(?:expire|expirera|expires|will\s+expire|vence|vencer[áa]|expira|expirar[áa])\s+(?:le|el|on)|"
    # "the deadline for comments has been extended to 28 February"
    r"(?:has\s+been|is|was|will\s+be)\s+extended\s+(?:to|until)|"
    # "la date limite … est fixée au 30 avril", "the deadline … is set for 1 May", "el plazo
    # … quedó fijado para el 3 de mayo"
    r"(?:deadline|date\s+limite|date\s+butoir|d[ée]lai|plazo|fecha\s+l[ií]mite)\b[^.;\n]{0,80}?"
    r"\b(?:fixed|set|fix[ée]e?|fijad[oa])\s+(?:at|for|to|on|au|pour\s+le|para\s+el|el|en\s+el)|"
    # "the invoices include a payment date of 1 January 2021", "the due date is …"
    r"(?:payment|due)\s+date\s+(?:of|is)|date\s+d['’][ée]ch[ée]ance\s+(?:du|est\s+le)|"
    r"fecha\s+de\s+vencimiento\s+(?:del|es\s+el)|"
    # "Registration closes on 15 May", "the call for nominations will close on …"
    r"(?:registration|applications?|nominations?|submissions?|call(?:\s+for\s+\w+)?|survey|"
    r"questionnaire|online\s+form)\s+(?:closes?|will\s+close|ends?|will\s+end)\s+on)"
    r"(?:\s+|(?<=than)(?=\d))",
    re.IGNORECASE,
)


# "le 10 juillet au plus tard", "by 1 May at the latest": the qualifier after the date.
QUALIFIER_AFTER = re.compile(
    r"\s*,?\s*(?P<qualifier>au\s+plus\s+tard|at\s+the\s+latest|a\s+m[áa]?s\s+tardar|dernier\s+d[ée]lai)\b"
    # a list of dates: "15 May 2031: deadline for nominations", "30 juin : date limite …"
    r"|[ \t]*[:–—-][ \t]*"
    r"(?P<listed>deadline|date\s+limite|date\s+butoir|fecha\s+l[ií]mite|plazo)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cue:
    """A deadline's qualifier: where it ends (the date follows) and what it says."""

    start: int
    end: int
    qualifier: str


def _deadline_cues(text, dates):
    cues = [
        _Cue(m.start(), m.end(), m.group("qualifier")) for m in caseless(DEADLINE).finditer(text)
    ]
    cues += [
        _Cue(m.start(), m.end(), m["qualifier"])
        for pattern in (NAMED_DEADLINE, TIME_FIRST_CUE, OTHER_BY)
        for m in caseless(pattern).finditer(text)
    ]
    # "the registration system … will close at 23:59 (GMT) on 31 October"
    cues += [
        _Cue(m.start(), m.end(), f"{m['what']} {m['verb']}")
        for m in caseless(CLOSES).finditer(text)
    ]
    ends = sorted(c.end for c in cues)
    for date in dates:
        after = QUALIFIER_AFTER.match(text, date.end, min(len(text), date.end + 30))
        named = after["qualifier"] or after["listed"] if after else deadline_named_after(text, date)
        # A qualifier before the date (ending 25 characters before it at most) says it already.
        if named and not starting_within(ends, ends, date.start - 25, date.start + 5):
            cues.append(_Cue(date.start, date.start, named))
    return sorted(cues, key=lambda cue: cue.start)


# "by the end of the month of March next", "before the end of February, 1927": the last
# day of that month.
MONTH_END = re.compile(
    r"\b(?P<qualifier>(?:by|before|not\s+later\s+than|no\s+later\s+than)\s+the\s+end\s+of|"
    r"(?:avant\s+)?(?:[àa]\s+)?la\s+fin\s+(?:du\s+mois\s+)?(?:de|d['’])|a\s+(?:m[áa]s\s+tardar\s+a\s+)?"
    r"finales\s+de)\s+(?:the\s+month\s+of\s+)?(?P<month>"
    + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
    + r")(?:\s+(?P<next>next|prochain|pr[óo]ximo)|,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _month_ends(text, own_day) -> list[Deadline]:
    found = []
    for match in caseless(MONTH_END).finditer(text):
        month = MONTHS[match["month"].lower()]
        if match["year"]:
            year = int(match["year"])
        elif own_day:
            year = own_day.year + (1 if month < own_day.month else 0)
        else:
            continue
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        found.append(_deadline(text, match.span(), match.group(0), last))
    return found


def _deadline(text, span, qualifier, day, *, time=None) -> Deadline:
    """A deadline whose cue and date span ``span``: what comes before it in its sentence
    is what must be done ("The deadline for X is …": X)."""
    start, end = span
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start)) + 1
    what = " ".join(text[sentence_start:start].split())[-160:]
    if not what:
        # the cue opens the sentence: "By 15 May, Parties are requested to …"
        rest = re.match(r"[\s,]*([^.\n]{3,160})", text[end : end + 200])
        what = " ".join(rest.group(1).split()) if rest else ""
    named = re.match(
        r"deadline\s+for\s+(?P<what>.+?)\s*(?:is|:)$", " ".join(qualifier.split()), re.I
    )
    closes = re.match(
        r"(?P<what>.+?)\s+(?:closes?|will\s+close|ends?|will\s+end)\s+on$",
        " ".join(qualifier.split()),
    ) or CLOSES.fullmatch(qualifier + " ")
    if named:
        what, qualifier = named["what"], "deadline"
    elif closes:  # "Registration closes on 15 May": registration's deadline
        what, qualifier = " ".join([what, closes["what"]]).strip(), "deadline"
    return Deadline(
        what=what,
        due=DateBounds.exact(day) if day else UNKNOWN,
        time=time,
        qualifier=" ".join(qualifier.lower().split()),
        evidence=Span(start, end),
        confidence=0.7,
    )


# "will meet by teleconference on 4 February", "sent by the Secretariat on 3 May", "as amended
# by my circulars of 3rd September": the way, the agent or the paper of something done that
# day, not a deadline.
BY_WAY_OF = re.compile(
    r"\s*(?!the\s+(?:end|deadline|close)\b)[a-z][\w-]*(?:\s+[\w-]+)?\s+(?:on|le|el|of)\s+$", re.I
)


# "Selected fellows will be informed by 31 August", "the results will be announced by …":
# what the writers will do by a day, not what they ask.
WRITERS_WILL = re.compile(
    r"\bwill\s+be\s+(?:informed|notified|contacted|announced|published)\s+$", re.IGNORECASE
)


# "La liste de la délégation vous parviendra au plus tard le 10 mai", "the list will reach
# you by 10 May", "la lista le será remitida antes del 10 de mayo": what the writer will send
# by a day, not what is asked of the addressee.
WRITER_WILL_SEND = re.compile(
    r"\b(?:vous|lui|leur)\s+(?:parviendr(?:a|ont)|ser(?:a|ont)\s+(?:transmis|communiqu|adress|envoy|"
    r"remis)\w*)|\bwill\s+(?:reach\s+you|be\s+(?:sent|transmitted|forwarded|communicated|"
    r"submitted)\s+to\s+you)\b|\b(?:le|les)\s+(?:ser[áa]n?\s+(?:remitid|enviad|comunicad|transmitid)"
    r"\w*|llegar[áa]n?)\b",
    re.IGNORECASE,
)


def _writer_will_send(text, cue) -> bool:
    """Whether the clause before the cue tells what the writer will send by the day."""
    start = max(0, cue.start - 80)
    start = max(start, *(text.rfind(mark, start, cue.start) + 1 for mark in ".;:"))
    return bool(WRITER_WILL_SEND.search(text, start, cue.start))


def _by_way_of(text, cue, date) -> bool:
    if cue.qualifier.lower() != "by":
        return False
    if WRITERS_WILL.search(text, max(0, cue.start - 40), cue.start):
        return True
    return bool(
        (
            BY_WAY_OF.fullmatch(text, cue.end, date.start)
            or AGENT_THEN_DONE.fullmatch(text, cue.end, date.start)
        )
        and not TIME_THEN_DAY.match(text, cue.end, date.start)
    )


def _done_or_conditional(text, cue, date) -> bool:
    """Whether the day is one something has been done by already, one a condition names
    ("delegates registering before …") or one told as past ("By 31 July, 74 nominations were
    received")."""
    return bool(
        DONE_ALREADY.search(text, max(0, cue.start - 60), cue.start)
        or THOSE_DOING.search(text, max(0, cue.start - 60), cue.start)
        or TOLD_AS_PAST.match(text, date.end)
    )


DUE_DATE = re.compile(r"(?:payment|due)\s+date|date\s+d['’][ée]ch|fecha\s+de\s+venc", re.I)


# A deadline counted from a meeting: "not later than twenty-four hours after the opening of
# the meeting", "at least two months prior to the meeting", "au plus tard 48 heures après
# l'ouverture", "jusqu'à 60 jours avant", "30 días antes como mínimo de la reunión" — no day of
# its own unless the sentence gives it ("… before the meeting, that is by 11 May").
COUNTED = re.compile(
    r"\b(?P<qualifier>no\s+later\s+than|not\s+later\s+than|at\s+least|au\s+plus\s+tard|au\s+moins|"
    r"a\s+m[áa]s\s+tardar|por\s+lo\s+menos|al\s+menos|con\s+al\s+menos|jusqu['’]\s*[àa]|hasta|"
    r"(?=\d{1,3}\s+d[íi]as\s+antes\s+como))\s*(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:hours?|days?|"
    r"weeks?|months?|heures|jours|semaines|mois|horas|d[íi]as|semanas|meses)\s+(?:after|before|"
    r"prior\s+to|following|apr[èe]s|avant|despu[ée]s\s+de|antes\s+(?:como\s+m[íi]nimo\s+)?de)\b",
    re.IGNORECASE,
)


def _counted(text, dated) -> list[Deadline]:
    """The deadlines counted from a meeting, where no deadline with a day (``dated``)
    follows in their sentence."""
    found, starts = [], sorted(d.evidence.start for d in dated)
    cues = [*caseless(COUNTED).finditer(text), *caseless(WITHIN).finditer(text)]
    for match in sorted(cues, key=lambda cue: cue.start()):
        end = min(len(text), match.end() + 160)
        stop = re.search(r"(?<!i\.e)(?<!e\.g)[.;]\s|\n\s*\n", text[match.end() : end])
        sentence_end = match.end() + stop.start() if stop else end
        if starting_within(starts, starts, match.start(), sentence_end):
            continue  # "… before the meeting, that is by 11 May 2032": that day's
        deadline = _deadline(text, match.span(), match["qualifier"], None)
        counted = " ".join(text[match.end("qualifier") : sentence_end].split())
        what = ", ".join(part for part in (deadline.what, counted) if part)
        found.append(replace(deadline, what=what))
    return found


def deadlines(text, dates, own_day, *, guessed=False) -> list[Deadline]:
    """The deadlines of a letter of ``own_day``; a day ``guessed`` (not read from a
    dateline) may be a deadline's own and makes none past."""
    told = period_ends(text, own_day) + relative_deadlines(
        text, None if guessed else own_day, dates
    )
    told += [
        counted
        for counted in counted_from_day(text, dates)
        if guessed or not own_day or counted[2] >= own_day
    ]
    found = _month_ends(text, own_day) + [_deadline(text, *deadline) for deadline in told]
    dates = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    for cue in _deadline_cues(text, dates):
        # "avant le 15 décembre": the date as found may begin with the qualifier's "le".
        following = [
            d
            for d in starting_within(dates, starts, cue.end - 4, cue.end + TIME_FIRST)
            if d.last and not d.month_only
        ]
        if not following:
            continue
        date = following[0]
        if date.start > cue.end + 26 and not TIME_THEN_DAY.match(text, cue.end, date.start):
            continue
        if (
            _by_way_of(text, cue, date)
            or _done_or_conditional(text, cue, date)
            or _writer_will_send(text, cue)
        ):
            continue
        if is_byline(text, cue.start):
            continue  # "By Peter Roe / Published 14 February 2031": a news page's byline
        if ends_the_meeting(text, None, date.start):
            continue  # "the Assembly will close no later than 1 June": the meeting's last day
        due = date.last
        # a date passed is background, but an invoice's payment date still binds
        if own_day and not guessed and due < own_day and not DUE_DATE.match(cue.qualifier):
            continue
        after = text[date.end : date.end + 30]
        time, _ = find_time(after) if re.match(r"\s*(?:,|at|à|a\s+las)\s", after) else (None, None)
        # "by 12.00 hours on Monday 12 November": the time written between cue and day
        time = time or find_time(text[cue.end : date.start])[0]
        found.append(_deadline(text, (cue.start, date.end), cue.qualifier, due, time=time))
    # One deadline per day: "By the deadline of 31 July" and a form's "to be submitted by …"
    # repeat it.
    unique = {}
    for deadline in sorted(found + _counted(text, found), key=lambda d: d.evidence.start):
        unique.setdefault(deadline.due, deadline)
    return list(unique.values())


# Where a closing formula starts: what follows it asks nothing ("Veuillez agréer, je vous
# prie, …"; a note's "… and avails itself of this opportunity to renew …").
CLOSING_START = re.compile(
    r"\b(?:Veuillez|Je\s+vous\s+prie|Nous\s+vous\s+prions)\b[^.]{0,60}?\bagr[ée]er|"
    r"\bavails?\s+(?:itself|himself|herself|myself|themselves)|\bI\s+avail\s+myself|"
    r"\b(?:Please\s+)?accept,?\s+(?:Sir|Madam|Excellency|Mr)|\bJe\s+saisis\s+cette\s+occasion|"
    r"\bsaisit\s+cette\s+occasion|\baprovech(?:a|o|amos)\s+la\s+oportunidad|\bHago\s+propicia|"
    # thanks that close a letter: "Agradeciendo la amable atención que se sirva prestar …"
    r"\bAgradeciendo\b|\bThanking\s+you\b|\bEn\s+vous\s+remerciant\b",
    re.IGNORECASE,
)


# A question put for discussion asks nothing to be done: "How can we encourage … ?"
QUESTION = re.compile(
    r"^\s*(?:How|What|Which|Why|Where|When|Who|Comment|Quel\w*|C[óo]mo|Qu[ée])\b[^?]*\?\s*$"
)
# The writer's own charge is not the addressee's: "We are invited to adopt two texts".
FIRST_PERSON = re.compile(r"\b(?:we|nous)\s+(?:sommes\s+)?$", re.IGNORECASE)
# Others invited besides the addressees: "NGO partners are also invited to attend"; a group
# singled out among a call's candidates: "Women are particularly encouraged to apply".
OTHERS_INVITED = re.compile(
    r"(?:is|are)\s+also\s+invited\s+to\s+(?:attend|participate|take\s+part)\b|"
    r"(?:is|are)\s+(?:particularly|especially)\s+(?:encouraged|invited|welcome)\s+to\s+apply\b",
    re.IGNORECASE,
)
# A purpose, not a request: "This shall enable the Centre to invite focal points to …".
PURPOSE = re.compile(
    r"\b(?:enable|enables|allow|allows|permit|permits|help|helps|in\s+order)\s+(?:[\w-]+\s+){0,4}?to\s+$",
    re.IGNORECASE,
)
# Good wishes ask nothing: "We hope that the new year finds you in good health".
WISHES = re.compile(
    r"hope\s+that\s+[^.;]{0,60}?\bfinds?\s+you|hope\s+(?:that\s+)?you\s+(?:are|and\s+your)\s+"
    r"(?:well|safe|in\s+good\s+health)",
    re.IGNORECASE,
)
# A cue in a relative clause describes what it qualifies: "… followed by a reception which
# all registered participants are invited to attend" (but "… which you are invited to
# attend" invites the addressee).
# (nor "States which have not yet done so are encouraged to …", the relative clause the
# subject's own).
# the writer's own request opening the cue: "… which I would ask you to bring to …"
WRITER_ASKS = re.compile(r"(?:I|we)\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\b(?:which|whom)\s+(?!(?:you|your|have|has|had|do|does|did|wish|wishes|intend|intends|"
    r"are|were)\b)(?:[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)
# The writer's own wish, not a request: "The Republic would appreciate an opportunity to
# contribute further to the work of …".
OWN_OPPORTUNITY = re.compile(
    r"\s+(?:an?|the|this|any)\s+(?:\w+\s+)?(?:opportunity|chance|occasion)\b", re.IGNORECASE
)
# A resolution's operative paragraph quoted or reproduced asks its own addressees, not the
# letter's: "Requests the Secretary-General to …", "5. Urges all States to …", "Solicita a
# todos los Estados que …", "Prie le Secrétaire général de …".
OPERATIVE = re.compile(
    r"^\W*(?:\d{1,2}\.?\s+)?(?:Requests|Invites|Urges|Encourages|Calls\s+upon|Solicita|Invita|Insta|"
    r"Alienta|Pide|Exhorta|Prie|Invite|Demande|Exhorte|Engage)\s"
    # not the plural noun that opens a circular's duty: "Requests for visa letters should be
    # sent …", "Invites to the reception will be …", "Demande de visa doit …"
    r"(?!(?:for|from|of|to|de|d['’]|should|must|will|may|are|received|made)\b)"
)


def _quoted(sentence, position):
    """Whether ``position`` is inside quotation marks opened earlier in the sentence (a
    quotation closing at its start, left over from a cut inside it, aside)."""
    before = sentence[:position].lstrip(' \t\n"”»')
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# Noting only informs: "Please note that the deadline has been extended", "Parties are
# kindly invited to note that …", "Veuillez noter que …", "les délégués sont invités à noter".
NOTE_ONLY = re.compile(
    r"(?:please\s+(?:also\s+)?note|\s*(?:take\s+note|note|noter|prendre\s+note|tomar\s+nota|tengan?\s+en\s+cuenta))\b",
    re.IGNORECASE,
)


# A resolution's or decision's own request, reported: "decision 76/555 requests the
# President to …", "resolution 44/4 invites States to …".
RESOLUTION_ASKS = re.compile(
    r"\b(?:resolutions?|decisions?|r[ée]solutions?|d[ée]cisions?|resoluci[óo]n|decisi[óo]n)\s+"
    r"[\w./()-]*\d[\w./()-]*\s+(?:also\s+|further\s+|therefore\s+)?$",
    re.IGNORECASE,
)


# An offer of help on a condition asks nothing: "If you are unable to register online, please
# contact the Clerk", "Should you need this letter in another format, please get in touch".
CONDITION_OPENS = re.compile(r"^\W*(?:if|should|in\s+case|si|en\s+cas)\b", re.IGNORECASE)
OFFER_TO_CONTACT = re.compile(
    r"(?:please|kindly|veuillez|s[ií]rvase)\s+(?:do\s+)?(?:contact|get\s+in\s+touch|write\s+to|call|"
    r"contacter|contactar)\b",
    re.IGNORECASE,
)


# (but the corpus's labels keep "If you have any questions, please contact …" as asked)
QUESTIONS = re.compile(r"\b(?:questions?|quer(?:y|ies)|preguntas?|dudas?)\b", re.IGNORECASE)


def _offer_on_condition(sentence, at) -> bool:
    return bool(
        CONDITION_OPENS.match(sentence)
        and OFFER_TO_CONTACT.match(sentence, at)
        and not QUESTIONS.search(sentence, 0, at)
    )


def _asks_nothing(sentence, request, end) -> bool:
    """Whether a request cue of the sentence asks the addressee nothing: laid on the
    writers, quoted, inviting others, a wish, a purpose or only a note."""
    at = request.start()
    return bool(
        FIRST_PERSON.search(sentence, 0, at)
        or _offer_on_condition(sentence, at)
        or _quoted(sentence, at)
        or OTHERS_INVITED.match(sentence, at)
        or WISHES.search(sentence, at)
        or OWN_OPPORTUNITY.match(sentence, request.end())
        or (RELATIVE.search(sentence, max(0, at - 60), at) and not WRITER_ASKS.match(sentence, at))
        or PURPOSE.search(sentence, max(0, at - 60), at)
        or RESOLUTION_ASKS.search(sentence, max(0, at - 40), at)
        or NOTE_ONLY.match(sentence[at : request.end() + 20])
        or NOTE_ONLY.match(sentence, request.end(), end)
        or asks_nothing_more(sentence, at, bool(CONDITION_OPENS.match(sentence)))
    )


def _request_in(sentence):
    """The first request cue of the sentence before any closing formula, not in a question
    put for discussion nor in a resolution's operative paragraph, that asks the addressee
    something."""
    if QUESTION.match(sentence) or OPERATIVE.match(sentence):
        return None
    closing = caseless(CLOSING_START).search(sentence)
    end = closing.start() if closing else len(sentence)
    cues = [*caseless(REQUEST).finditer(sentence, 0, end), *more_cues(sentence, end)]
    for request in sorted(cues, key=lambda cue: cue.start()):
        if not _asks_nothing(sentence, request, end):
            return request
    return None


def _in_english(mention, asked, language) -> Mention:
    """A request of a French or Spanish letter as a short English phrase (``asked``, the
    request from its cue on, glossed); its evidence stays on the letter's own words."""
    english = None
    for own in _languages_asked(mention.text, language):
        english = registration_asked(asked) or gloss(asked, own)
        if english:
            break
    return Mention(english, mention.evidence, mention.confidence) if english else mention


def _languages_asked(sentence, language) -> tuple[str, ...]:
    """The languages to gloss a request from: the letter's, unless the sentence's own small
    words clearly say another (a bilingual circular's French paragraph in an English
    letter), or an English letter's sentence has no English small word at all."""
    if language is None:
        return ()
    scores = language_scores(sentence)
    own = max(scores, key=scores.get)
    if scores[own] >= 3 and scores[own] > 2 * scores.get(language, 0):
        return (own,)
    if language == "en" and scores["en"] == 0 and len(sentence.split()) >= 5:
        return ("fr", "es") if scores["fr"] >= scores["es"] else ("es", "fr")
    return (language,)


def actions(text, language=None) -> list[Mention]:
    """Sentences that ask the addressee to do something; a second request joined to the
    first ("and to …") is one of its own. Given the letter's ``language``, each request of
    a French or Spanish letter is a short English phrase (``plenipo.reading.gloss``)."""
    found, seen = [], set()
    for mention, asked in _asked(text, language):
        convened = council_meeting_asked(mention.text)
        if convened:
            english = Mention(convened, mention.evidence, mention.confidence)
        else:
            english = _in_english(mention, asked, language)
        # a request glossed twice to the same words is asked once: a bilingual or trilingual
        # circular's paragraphs ("les noms", "el nombre": one number or the other)
        said = " ".join(word.rstrip("s") for word in english.text.lower().split())
        if said not in seen:
            seen.add(said)
            found.append(english)
    return found


# A duty in the passive, its subject before it: "les demandes doivent être présentées …",
# "las candidaturas deberán enviarse …"
PASSIVE_DUTY = re.compile(
    r"(?:doi(?:t|vent)|devr(?:a|ont|ait|aient))\s+(?:[êe]tre|(?:(?:nous|lui|leur|me)\s+)?parvenir)|"
    # "Las candidaturas deben enviarse …", "han de enviarse", "Les réponses sont à adresser …"
    r"deber(?:[áa]|[íi]a)?n?\s|deben?\s|ha(?:n)?\s+de\s|(?:est|sont)\s+[àa]\s",
    re.IGNORECASE,
)


def _subject_start(sentence, at):
    """Where the words asked start: at the cue, or at the subject of a passive duty (from
    the last comma or the sentence's start, 80 characters at most)."""
    if not PASSIVE_DUTY.match(sentence, at):
        return at
    start = max(sentence.rfind(mark, 0, at) for mark in (",", ";", ":")) + 1
    return max(start, at - 80)


# A dot between two letters of an address, no space after it.
ADDRESS_DOT = re.compile(r"[a-z0-9-]\.[a-z]", re.IGNORECASE)
# "the Chargés d'affaires a.i. will …": an initialism's last dot, lower case after it.
INITIALISM_THEN_LOWER = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}\s+[a-z]")


def _goes_on(text, previous_end, start) -> bool:
    """Whether the sentence at ``start`` goes on the one ending at ``previous_end``."""
    if previous_end != start:
        return False
    return bool(
        ADDRESS_DOT.match(text, start - 2)
        or INITIALISM_THEN_LOWER.match(text, max(0, text.rfind(" ", 0, start - 1) + 1))
    )


def _request_sentences(text):
    """The text's sentences for requests, a dot inside an address ("ngo-unit@un.org",
    "www.example.org/forms") or after an initialism ("a.i.") ending none: a request naming
    where to write goes on past it."""
    joined = []
    for start, end, sentence in whole_sentences(text):
        if joined and _goes_on(text, joined[-1][1], start):
            first = joined[-1][0]
            joined[-1] = (first, end, text[first:end])
        else:
            joined.append((start, end, sentence))
    return joined


def _asked(text, language=None):
    """(request, its words from the cue on) for each request of the text."""
    found, seen = [], set()
    cut = _request_sentences(text)
    for index, (start, end, sentence) in enumerate(cut):
        request = _request_in(sentence)
        if not request:
            continue
        if " ".join(sentence.split()) in seen:
            continue  # a page that prints the letter twice asks it once
        seen.add(" ".join(sentence.split()))
        colon = sentence.rstrip().endswith(":")
        items = (listed_things(cut, index) or listed_requests(cut, index)) if colon else []
        if items:
            found += [(item, item.text) for item in items]
            continue
        phrase = " ".join(sentence.split()).strip(" .")
        asked = sentence[_subject_start(sentence, request.start()) :]
        if len(phrase) > 300:
            # a long sentence (or a paragraph read as one): from the request on
            phrase = " ".join(asked.split())[:300].strip(" .")
            found.append((Mention(phrase, Span(start + request.start(), end), 0.5), asked))
        elif len(phrase) >= 8:
            said = in_active(phrase) if language in (None, "en") else phrase
            found.append((Mention(said, Span(start, end), 0.6), asked))
        for joined in joined_starts(sentence, request.end(), language):
            rest = as_asked(" ".join(sentence[joined:].split()).strip(" ."))
            if 8 <= len(rest) <= 300:
                found.append((Mention(rest, Span(start + joined, end), 0.5), rest))
    return found
