"""Meetings a letter announces, schedules or changes — not those it mentions as past
background. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from plenipo.core.partialdates import UNKNOWN
from plenipo.reading.caseless import caseless
from plenipo.reading.date_forms import news_dateline
from plenipo.reading.dates import relative_bounds, starting_within
from plenipo.reading.deadline_words import CLOSE_VERB, closing_day, named_deadline_day
from plenipo.reading.lines import LINE_REACH
from plenipo.reading.meeting_announced import as_listed
from plenipo.reading.meeting_ends import end_hour_after, ends_the_meeting
from plenipo.reading.meeting_forms import form_meetings, under_a_name, venue_in
from plenipo.reading.meeting_lists import announcing, opens_a_row
from plenipo.reading.meeting_months import yearless_months
from plenipo.reading.meeting_places import sentence_city, with_meeting_places
from plenipo.reading.meeting_present import told_in_the_present
from plenipo.reading.meeting_registration import REGISTRATION_FIRST, registration_only
from plenipo.reading.meeting_sequels import (
    first_day_time,
    followed_by,
    meeting_time,
    on_the_same_day,
    time_of_the_meeting_before,
)
from plenipo.reading.meeting_spans import one_span
from plenipo.reading.meeting_statuses import sentence_statuses
from plenipo.reading.meeting_upcoming import upcoming_meetings
from plenipo.reading.meeting_words import (
    FIELD_LABEL,
    FUTURE,
    MEETING_WORDS,
    PAST,
    RELATIVE,
    SALUTATION_AFTER,
    TAKES_EFFECT,
    meeting_word,
    new_day,
    title_around,
)
from plenipo.reading.meeting_years import without_years_given_a_day
from plenipo.reading.model import Meeting, Span
from plenipo.reading.places import CITY, ROOM
from plenipo.reading.relative_days import relative_days
from plenipo.reading.text import whole_sentences
from plenipo.reading.times import find_time, range_begun_before

TIME_BEFORE = re.compile(
    r"\b(?:at|from|for|à|dès|a\s+las|desde\s+las|para\s+las)\s+"
    # "à 9 h 30 le lundi": the minutes after a spaced "h" are the time's
    r"(?P<time>\d{1,4}(?:[:.h]\d\d|\s?h\s?[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|hours|heures|horas|hrs|h|noon)?|"
    r"noon|midday|midi|mediod[íi]a)"
    # "at 11 a.m. sharp on Tuesday", "à 10 heures précises le …"
    r"\s*(?:sharp|precisely|pr[ée]cises?|en\s+punto)?"
    # not the time of the day before in a list: "at 10 a.m. and Friday, 8 May at 3 p.m."
    r"\s*,?\s*(?:on|le|el)?\s*(?:(?!(?:and|et|y)\s)\w+,?\s+)?$",
    re.IGNORECASE,
)


PLACE_AND_DAYS = re.compile(
    "(?:" + CITY.pattern + r"|\b[A-Z][a-zà-ÿ]{2,20}(?=,\s+[A-Z][a-zà-ÿ]{2,20},))"
    r",\s+(?:[A-Z][\w ]{2,30},\s+)?(?:from\s+)?\d{1,2}\b"
)


# The head of a document reproduced from a UN series ("Distr.: General 24 March 2010",
# "Original: French") dates the page, not a meeting.
PAGE_HEAD = re.compile(r"\bDistr\.?\s*:|\bOriginal\s*:", re.IGNORECASE)


def _looks_ahead(sentence, dated, own_day) -> bool:
    """The sentence speaks of a meeting to come: future wording, a bracketed time or
    room, or a day after the letter's own."""
    return bool(
        FUTURE.search(sentence)
        # a news item's present: "The Forum takes place from 3 to 5 May in Dakar"
        or (own_day is None and told_in_the_present(sentence))
        or re.search(r"\(\s*\d", sentence)
        # a heading that gives the place and the days: "… (Ramsar COP8) Valencia, Spain,
        # 18-26 November 2002"
        or PLACE_AND_DAYS.search(sentence)
        or (own_day and any(d.first and d.first > own_day for d in dated))
        # an undated letter that gives the meeting's clock time: "the meeting of the
        # Committee on 7 November 2031 at 10:00"
        or (own_day is None and dated and find_time(sentence)[0] is not None)
    )


# "The session will commence on Wednesday, 5 June 2019 … and is expected to end on Friday,
# 14 June 2019": the second date is the first meeting's last day.
END_CUE = re.compile(
    r"\b(?:end|ends|ending|close|closes|closing|conclude|concludes|concluding|last|until|"
    r"se\s+terminera|se\s+cl[ôo]turera|prendra\s+fin|concluir[áa]|terminar[áa]|clausurar[áa])\b"
    r"[^.;]{0,25}?(?:on|le|el)?\s*(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|le\s+|el\s+)?$", re.IGNORECASE)


AND = re.compile(r"\s*(?:and|et|y)\s+(?:the\s+|le\s+|el\s+)?", re.IGNORECASE)


def _between(text, first, second) -> bool:
    """The two days bound one period: "between 15 June and 15 July", "entre el 3 y el 20
    de mayo"."""
    return bool(
        AND.fullmatch(text, first.end, second.start)
        and BETWEEN.search(text, max(0, first.start - 20), first.start)
    )


def _with_their_ends(text, found, sentence_start):
    """Meetings of one sentence, a date that says when the one before it ends folded into
    it."""
    kept = []
    for meeting in found:
        before = text[max(0, meeting.evidence.start - 60) : meeting.evidence.start]
        first, last = meeting.start.not_before, kept[-1].end.not_after if kept else None
        if (
            last
            and first
            and first >= last
            and (
                END_CUE.search(before)
                or _between(text, kept[-1].evidence, meeting.evidence)
                or one_span(text, kept[-1].evidence, meeting.evidence)
                or ends_the_meeting(text, sentence_start, meeting.evidence.start)
            )
        ):
            kept[-1] = replace(kept[-1], end=meeting.end)
            continue
        kept.append(meeting)
    return kept


LISTED = re.compile(r"\s*(?:,|;|and|et|y)?\s*(?:and|et|y)?\s*", re.IGNORECASE)


def _time_after_the_list(text, end, dated, position):
    """The time written after the last of the days listed with the one at ``position``."""
    last = position
    while last + 1 < len(dated) and LISTED.fullmatch(text, dated[last].end, dated[last + 1].start):
        last += 1
    if last == position:
        return None, None
    stop = dated[last + 1].start if last + 1 < len(dated) else end
    return find_time(text[dated[last].end : min(stop, dated[last].end + 160)])


def _dated(text, end, dated, own_day, common):
    """One meeting per date in the sentence; what follows a date, up to the next one,
    describes that date's meeting."""
    for position, found in enumerate(dated):
        if own_day and found.last and found.last < own_day:
            continue  # a date in the past is background
        stop = dated[position + 1].start if position + 1 < len(dated) else end
        # not the time something closes at: "…, will close at 23:59 (GMT) on 31 October"
        closes = CLOSE_VERB.search(text, found.end, min(stop, found.end + 160))
        stop = closes.start() if closes else stop
        # the time may come later in the sentence: "… on Thursday 11 May will be preceded
        # by the ceremony …, which will take place at 9.45 am"
        start_time, end_time = meeting_time(text[found.end : min(stop, found.end + 160)])
        if start_time is None:
            # "on 4 March, 11 March and 18 March, each day at 10 a.m.": the time after a
            # list of days is each day's
            start_time, end_time = _time_after_the_list(text, end, dated, position)
        # "will open at 1430 hours on Wednesday 11 May": a time written just before the day
        # is that day's, whatever follows it.
        before = TIME_BEFORE.search(text, max(0, found.start - 40), found.start)
        if before and REGISTRATION_FIRST.match(text, common["sentence_start"], before.start()):
            before = None  # "Registration will open at 8 a.m. on …": registration's hour
        if before and find_time(before.group("time"))[0]:
            start_time, end_time = find_time(before.group("time"))[0], None
            begun = range_begun_before(text, before.start())  # "de 10 h à 13 h le …"
            if begun is not None and find_time(text[begun : found.start])[1]:
                start_time, end_time = find_time(text[begun : found.start])
        if start_time and end_time is None:  # "… at 10 a.m. on Monday, 28 April and end at 1 p.m."
            end_time = end_hour_after(text[found.end : min(stop, found.end + 160)], find_time)
        if start_time is None and len(dated) == 1 and common["time_before"]:
            # "will be held at 3 p.m. in Conference Room 4 on Thursday, 14 March": the one
            # time the sentence gives before its one day, with no other date before it
            start_time, end_time = find_time(common["time_before"])
        room = ROOM.search(text, found.end, stop)
        if room is None and len(dated) == 1:
            room = common["sentence_room"]
        status = common["status"]
        if status == "postponed" and new_day(text, common["sentence_start"], found.start):
            status = "scheduled"  # "postponed to 27 October": the new day is to be held
        yield Meeting(
            title=common["title"],
            start=found.first_bounds(),
            end=found.last_bounds(),
            date_text=found.text,
            start_time=start_time,
            end_time=end_time,
            room=room.group(0).rstrip(".") if room else None,
            venue=common["venue"],
            city=common["city"],
            status=status,
            evidence=Span(found.start, found.end),
            confidence=0.8 if found.weekday_ok else 0.4,
        )


# A place a meeting was held at, with its country: "Nairobi", "Abidjan, Côte d'Ivoire".
_PLACE = r"[^,.;\d]{2,30}?(?:,\s+[^,.;\d]{2,30}?)?"


# A date that dates a document ("the note verbale dated 2 February 2007") or closes a
# deadline ("no later than 13 December 2017") is not a meeting's.
NOT_A_MEETING_DAY = re.compile(
    r"(?:\bdated|\bde\s+fecha|\ben\s+date\s+du|\bdat[ée]e\s+du|\breceived\s+on|\bissued\s+on|"
    r"\bno\s+later\s+than|\bnot\s+later\s+than|\bby|\bbefore|\bprior\s+to|\buntil|\bdeadline[^.\n]{0,20}|"
    r"\bdate\s+(?:butoir|limite)[^.]{0,20}|\bd[ée]lai[^.]{0,20}|\bfecha\s+l[ií]mite[^.]{0,20}|\bplazo[^.]{0,20}|"
    # (the date as found may begin with its "le": "avant |le 15 avril")
    r"\bau\s+plus\s+tard,?(?:\s+le)?|\bavant(?:\s+le)?|\bantes\s+del?|\ba\s+m[áa]s\s+tardar,?(?:\s+el)?|"
    r"\bno\s+m[áa]s\s+tarde\s+(?:del?|que\s+el)|"
    # a deadline's time before its day: "by 5 p.m. (Geneva time) on 1 March"
    r"\b(?:by|before|until|later\s+than)\s+\d{1,2}(?:[.:h]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours|h)?"
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:on|,)|"
    # a meeting held before: "the consultations held on 4 June" (not "to be held on"), or
    # held at a place first, its country after it too: "held in Nairobi on …", "held in
    # Nairobi, Kenya, on …", "tenue à Addis Abeba, le …", "celebrada en Lima, Perú, el …"
    r"(?<!be\s)(?<!being\s)\bheld\s+(?:(?:in|at)\s+" + _PLACE + r",?\s+)?on|"
    r"(?<!ser[áa]\s)(?<!sea\s)\bcelebrad[oa]s?\s+(?:en\s+" + _PLACE + r",?\s+)?el|"
    # (the date as found may begin with its "le")
    r"(?<!sera\s)(?<!soit\s)(?<![êe]tre\s)\btenue?s?\s+(?:le|[àa]\s+" + _PLACE + r",?(?:\s+le)?)|"
    # another document's date: "your Embassy's note of December 17, 1926"
    r"\b(?:note|letter|communication|telegram|message|notification|lettre|carta|nota)\s+"
    r"(?:No\.?\s*[\w/.-]+\s*,?\s*)?(?:of|du|de))"
    r"\s*(?:the\s+|le\s+|el\s+)?(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# A day a sentence gives as the deadline it names: "The deadline for registration for the
# Assembly is 10 September", "the deadline … has been extended to 28 February".
DEADLINE_IS = re.compile(
    r"\b(?:deadline|date\s+limite|date\s+butoir|fecha\s+l[ií]mite|plazo)\b[^.;]{0,140}?"
    r"\b(?:is|will\s+be|extended\s+(?:to|until)|est|sera|es|ser[áa]|prorrogad[oa]\s+hasta)"
    r"\s*(?:the\s+|le\s+|el\s+)?(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


def _dates_of(dates, start, end, own_day, *, text, starts):
    """The sentence's dates; a month alone ("in March 2018") only where the sentence gives
    no day and the month comes after the letter's day."""
    within, excluded_end = [], None
    for d in starting_within(dates, starts, start, end):
        # "dated 21 April, 26 April, 3 May and 17 May": every date of the list
        listed = excluded_end is not None and re.fullmatch(
            r"\s*(?:,|and|et|y)?\s*(?:and|et|y)?\s*", text[excluded_end : d.start]
        )
        not_its_day = NOT_A_MEETING_DAY.search(text[max(0, d.start - 40) : d.start])
        if (
            (not_its_day and not ends_the_meeting(text, start, d.start))
            or listed
            or DEADLINE_IS.search(text, max(start, d.start - 200), d.start)
            or closing_day(text, start, d.start)
            or named_deadline_day(text, start, d.start)
            or TAKES_EFFECT.search(text, max(start, d.start - 100), d.start)
            or (d.first == d.last and SALUTATION_AFTER.match(text, d.end))
            or news_dateline(text, d)
        ):
            excluded_end = d.end
        elif d.first:
            within.append(d)
    days = [d for d in within if not d.month_only]
    months = [d for d in within if own_day and d.first > own_day]
    if not days and not months:
        # "an ambitious COP26 in November": the month without its year, not a deadline's
        months = [
            d
            for d in yearless_months(text, start, end, own_day)
            if not NOT_A_MEETING_DAY.search(text[max(0, d.start - 40) : d.start])
        ]
    return days or months


# A sentence that goes on about the meeting of the one before it: "The sessions will be held
# in Bonn. They will take place during the period of …".
OF_THE_SENTENCE_BEFORE = re.compile(
    r"^\s*(?:It|They|Elle|Elles|Ella|Ellas)\s+(?:will|shall)\s+(?:be\s+held|take\s+place|"
    r"convene|meet|run|open|start|begin|commence)\b"
    r"|^\s*(?:It|They|Elle|Elles|Ella|Ellas)\s+(?:is|are)\s+(?:scheduled|expected)\s+to\s+"
    r"(?:be\s+held|take\s+place|start|begin|open)\b"
    r"|^\s*(?:Elle|Elles|Ella|Ellas)\s+(?:se\s+tiendr|aura\s+lieu|auront\s+lieu|se\s+d[ée]roule"
    r"|se\s+celebrar|tendr[áa]n?\s+lugar|se\s+llevar)"
    # a sentence cut after a quoted title's question mark goes on with the title's meeting:
    # 'the Symposium on "Is training on course?", which will take place …'
    r"|^\s*[\"”»']\s*,",
)


# A heading's line under the meeting's name gives its place and days: "9th Meeting of the
# Conference of the Parties / Kampala, Uganda 8 - 15 November 2005", "Hundred and
# Twenty-first Session / Rome, 30 October - 1 November 2001".
_NAME = r"[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2}"


PLACE_AND_DAYS_LINE = re.compile(
    rf"^[ \t]*{_NAME}(?:,[ \t]*{_NAME})?,?[ \t]+(?:from[ \t]+)?\d{{1,2}}\b[^\n.;]{{0,40}}?\d{{4}}"
    r"[ \t|]*$"
)


def _undated(named_in, named, sentence_at, status) -> Meeting:
    """A meeting put off or called off without a day ("postponed until further notice")."""
    start, end, sentence = sentence_at
    return Meeting(
        title=title_around(named_in, named),
        start=UNKNOWN,
        end=UNKNOWN,
        date_text=" ".join(sentence.split())[:120],
        start_time=None,
        end_time=None,
        room=None,
        venue=None,
        city=None,
        status=status,
        evidence=Span(start, end),
        confidence=0.4,
    )


# "de 10:00 a 13:00 horas del 14 de junio": the range from its first hour
TIME_CUED = re.compile(
    r"\b(?:at|from|[àa]|d[èe]s|a\s+las|desde\s+las|between|entre|de(?:\s+las)?)\s+\d", re.I
)


def _time_before(text, start, dated, starts) -> str:
    """What of the sentence (from ``start``) comes before its first day, from a cued time on
    ("at 3 p.m. in Room 4 on …"), where no other date stands before that day; else ''."""
    if not dated or starting_within(starts, starts, start, dated[0].start):
        return ""
    cued = TIME_CUED.search(text, start, dated[0].start)
    return text[cued.start() : dated[0].start] if cued else ""


def _sentence_meetings(
    text, sentence_at, dates, own_day, starts, *, before=None, past=None, announced=None
):
    """The meetings one sentence ((start, end, text) in the letter) announces; ``before``,
    the sentence before it, names the meeting of a sentence opening with "It" or "They", and
    ``announced``, a sentence announcing a list, that of a row of the list;
    ``past`` is the day before which a meeting is past (the letter's own, when sure of it)."""
    start, end, sentence = sentence_at
    named, named_in = meeting_word(sentence), sentence
    days_line = named is None and before and under_a_name(sentence, before)
    heading = named is None and before and (PLACE_AND_DAYS_LINE.match(sentence) or days_line)
    if named is None and before and (heading or OF_THE_SENTENCE_BEFORE.match(sentence)):
        named, named_in = meeting_word(before[2]), before[2]
    if named is None and announced:
        named, named_in = meeting_word(announced), announced
    if named is None:
        return []
    told_as_past = caseless(PAST).search(sentence) and not caseless(FUTURE).search(sentence)
    if told_as_past or caseless(PAGE_HEAD).search(sentence):
        return []
    dated = _dates_of(dates, start, end, own_day, text=text, starts=starts)
    if days_line:  # not the letter's own day under its subject line
        dated = [d for d in dated if not (own_day and d.first and d.first <= own_day)]
    if announced and named_in is announced:
        dated = [d for d in dated if opens_a_row(text, d)]  # the list's rows, not prose after
    if (
        dated
        and named_in is sentence
        and registration_only(sentence, named, dated[0].start - start)
    ):
        return []  # "On-site registration will be open on Sunday, 2 September … of the meeting"
    relative = RELATIVE.search(sentence)
    status, undated = sentence_statuses(sentence, dated, relative, past)
    if undated:
        return [_undated(named_in, named, sentence_at, undated)]
    if not dated and not (relative and status == "tentative"):
        return []
    if not heading and not _looks_ahead(sentence, dated, own_day):
        return []
    # the city the sentence says the meeting is held in, not the mission's it names first
    city = sentence_city(sentence) or sentence_city(named_in)
    common = {
        # a heading's line is the meeting's name
        "title": named_in.strip(" |\t\n") if heading else title_around(named_in, named),
        "status": status,
        "city": city,
        "sentence_room": ROOM.search(sentence),
        "venue": venue_in(sentence),
        "time_before": _time_before(text, start, dated, starts),
        "sentence_start": start,
    }
    if dated:
        return _with_their_ends(text, list(_dated(text, end, dated, past, common)), start)
    return [_relative(start, relative, dates, starts, own_day=own_day, common=common)]


def _relative(start, relative, dates, starts, *, own_day, common) -> Meeting:
    """The meeting a sentence from ``start`` dates by a phrase ("the following week", "next
    year"): the last date written before the phrase anchors it ("… on 29 June; the following
    week")."""
    at = start + relative.start()
    earlier = starting_within(dates, starts, 0, at)
    anchor = next((d.last for d in reversed(earlier) if d.last and d.end <= at), None)
    when = relative_bounds(relative.group(0), own_day, anchor)
    return Meeting(
        title=common["title"],
        start=when,
        end=when,
        date_text=relative.group(0),
        start_time=None,
        end_time=None,
        room=None,
        venue=None,
        city=common["city"],
        status=common["status"],
        evidence=Span(at, start + relative.end()),
        confidence=0.6,
    )


def _merged(text, meetings):
    """One meeting per day and time: sentences that speak of it again add what they know.
    Untimed, a meeting of one day is not the one of several days that begins on it ("from
    19 to 24 October …; the subgroups will meet on Monday, 19 October")."""
    merged = {}
    for meeting in meetings:
        day = meeting.start.day if meeting.start.is_exact else None
        last = meeting.end.day if day and meeting.end.is_exact else None
        key = (day, meeting.start_time or last) if day else (None, meeting.date_text)
        untimed_keys = [k for k in merged if day and k[0] == day and not _timed(k)]
        # a meeting introduced as another is apart unless it spans the same days (the
        # subject line's workshop "23-25 June" is the body's "a workshop … from 23 to 25 June")
        apart = (
            untimed_keys and untimed_keys[0][1] not in (day, last) and _introduced(text, meeting)
        )
        if meeting.start_time and len(untimed_keys) == 1 and not apart:
            merged[key] = replace(merged.pop(untimed_keys[0]), start_time=meeting.start_time)
        timed = [k for k in merged if k[0] == day and _timed(k)] if day else []
        if not meeting.start_time and len(timed) == 1:
            # "At the 6 March meeting …" after "on Monday 6 March at 3 p.m.": the same one
            key = timed[0]
        elif not meeting.start_time and untimed_keys and _unnamed(text, meeting):
            # "… the opening of the meeting on 25 October": the one that begins that day
            key = untimed_keys[0]
        current = merged.setdefault(key, meeting)
        merged[key] = replace(
            current,
            **{
                name: getattr(current, name) or getattr(meeting, name)
                for name in ("room", "city", "end_time", "venue")
            },
        )
    return list(merged.values())


# A meeting named by its day alone: "the opening of the meeting on 25 October", "la séance
# du 3 mai".
BY_ITS_DAY = re.compile(
    r"\b(?:the|this|that|la|le|el|cette|esta|dicha)\s+"
    + MEETING_WORDS.pattern
    + r"\s+(?:on|of|du|le|del|el|de)\s+(?:the\s+)?(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# A meeting the sentence introduces as another: "A preparatory meeting, for Heads of
# Delegation only, will be held on Monday 22 October at 1700 h", "a signing ceremony …", "une
# réunion de coordination …" (not the Spanish "a la reunión").
INTRODUCED = re.compile(
    r"(?<![\w'’-])(?:an?(?!\s+(?:la|las|el|los)\b)|un|une|una)\s+(?:[\w-]+,?\s+){0,3}?"
    + MEETING_WORDS.pattern,
    re.IGNORECASE,
)


def _introduced(text, meeting) -> bool:
    """Whether the sentence of a meeting's day introduces it as a meeting of its own, not
    the one of several days that begins that day ("The meeting will open at 10 a.m. on …")."""
    start = meeting.evidence.start
    back = max(0, start - LINE_REACH)
    sentence_start = max(text.rfind(". ", back, start), text.rfind("\n", back, start))
    sentence_start = (sentence_start + 1) if sentence_start >= 0 else back
    return bool(INTRODUCED.search(text, sentence_start, start))


def _unnamed(text, meeting) -> bool:
    start = meeting.evidence.start
    return bool(caseless(BY_ITS_DAY).search(text, max(0, start - 60), start))


def _timed(key) -> bool:
    return isinstance(key[1], str) and ":" in key[1]


def meetings(text, dates, own_day, *, guessed=False) -> list[Meeting]:
    """The meetings of a letter of ``own_day``; a day ``guessed`` (not read from a dateline)
    says what is ahead but makes nothing past."""
    past = None if guessed else own_day
    dates = sorted([*dates, *relative_days(text, past, dates)], key=lambda d: d.start)
    starts = [d.start for d in dates]
    found, waiting, before, following, announced = [], None, None, [], None
    for sentence_at in whole_sentences(text):
        of_sentence = _sentence_meetings(
            text,
            sentence_at,
            dates,
            own_day,
            starts,
            before=before,
            past=past,
            announced=announced,
        )
        announced = announcing(sentence_at, starts, announced, dates)
        before = sentence_at
        if _closes_the_one_before(text, sentence_at, of_sentence, found):
            # "La clausura del Foro está prevista para el 13 de noviembre": its last day
            found[-1] = replace(found[-1], end=of_sentence[0].end)
            of_sentence = []
        found += of_sentence
        after = []
        if not of_sentence and found:
            # kept apart: on the same day, it is not the one before named again
            after = followed_by(text, sentence_at, found[-1], starts) or on_the_same_day(
                text, sentence_at, found[-1], starts
            )
            following += after
        opening = not of_sentence and found and first_day_time(text, sentence_at, starts)
        if opening and found[-1].start_time is None:  # "… will open at 9.30 on the first day"
            found[-1] = replace(found[-1], start_time=opening)
        if of_sentence:
            # the last meeting the sentence gives, if it has no time yet
            waiting = len(found) - 1 if found[-1].start_time is None else None
        elif waiting is not None and not after:
            timed = time_of_the_meeting_before(text, sentence_at, starts)
            if timed:
                found[waiting] = replace(found[waiting], start_time=timed[0], end_time=timed[1])
            waiting = None
    merged = _merged(text, found + form_meetings(text, dates, past, starts)) + following
    found = without_years_given_a_day(as_listed(text, _without_undated_repeats(merged)))
    return with_meeting_places(text, found or upcoming_meetings(text))


# The close of a meeting named before: "the closing of the Conference will take place on …",
# "la clôture de la session aura lieu le …", "la clausura del Foro está prevista para el …".
CLOSE_OF = re.compile(
    r"\b(?:(?:closing|closure|close)\s+of\s+the|cl[ôo]ture\s+(?:de\s+la|du|des)|"
    r"clausura\s+(?:del|de\s+la|de\s+los))\s+(?:[\w-]+\s+){0,2}?" + MEETING_WORDS.pattern,
    re.IGNORECASE,
)


def _closes_the_one_before(text, sentence_at, of_sentence, found) -> bool:
    """Whether the one meeting a sentence gives is the close of the last one found, on or
    after its first day: "the closing of the Conference will take place on …", "The
    Assembly will close no later than Saturday, 1 June"."""
    if len(of_sentence) != 1 or not found:
        return False
    closing = caseless(CLOSE_OF).search(sentence_at[2]) or ends_the_meeting(
        text, sentence_at[0], of_sentence[0].evidence.start
    )
    if not closing:
        return False
    first, last = found[-1].start, of_sentence[0].end
    return bool(first.is_exact and last.is_exact and last.day >= first.day)


def _without_undated_repeats(found):
    """A subject line's meeting put off or called off without a day ("Subject: Meeting
    postponed") is the one the body gives the day of ("the meeting of 3 May has been
    postponed to 10 May") or gives again without one, not another."""
    dated = {
        m.status for m in found if m.start is not UNKNOWN or not FIELD_LABEL.match(m.date_text)
    }
    return [
        m
        for m in found
        if m.start is not UNKNOWN or m.status not in dated or not FIELD_LABEL.match(m.date_text)
    ]
