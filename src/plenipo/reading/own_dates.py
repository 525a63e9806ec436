"""A letter's own date and the place it was written: its dateline, a date alone on its line,
a heading's "Letter dated …", never a web page's, a treaty record's or a meeting's date. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.date_forms import (
    after_a_deadline_label,
    agency_dateline,
    dated_after_its_number,
    meeting_form_date,
    published_date,
    salutation_runs_on,
)
from plenipo.reading.lines import LINE_REACH, end_of_line, start_of_line, start_of_line_above
from plenipo.reading.model import OwnDate, Span
from plenipo.reading.news_copies import reported_letters_date
from plenipo.reading.note_headings import note_heading_date
from plenipo.reading.page_stamps import page_stamp
from plenipo.reading.places import PLACE_BEFORE_DATE
from plenipo.reading.writing_places import (
    WRITTEN_AT,
    done_at,
    place_of_writing,
    town_above,
    town_before,
    written_at,
)
from plenipo.reading.zones import CLOSING, NOTE_CLOSING

# Not a dateline's "a" after its place: "Madrid, a 12 de marzo de 2015".
# A date beside these words is a meeting's, another letter's or the web page's, not the
# letter's own ("Published on 10/05/2017", "Last updated: …").
PAGE_WORDS = (
    r"\b(?:published|posted|updated|modified|printed|retrieved|accessed|publi[ée]e?|"
    r"mise?\s+[àa]\s+jour|publicad[oa]|actualizad[oa]|source|"
    # an archive's record of the document: "Document Creation Date:", "Release Date:"
    r"creation|created|release|released|publication|declassifi\w*|"
    # a web page's or a registry's own dates: "Prepared 14 June 2009", "RECEIVED 8 FEB 2016",
    # "Downloaded on …", "Reçu le …", "Recibido el …"
    r"prepared|generated|downloaded|archived|captured|received|re[çc]u|recibid[oa])\b"
)
# a form's "WHEN: Thursday, 22 May 2031" dates the event it announces; a treaty's record:
# "Entered into force 9 October 1962", "Entrée en vigueur le …"
PAGE_DATE_WORDS = (
    r"\b(?:letter|meeting|held|dated|when|quand|cu[áa]ndo|into\s+force|en\s+vigueur|en\s+vigor)\b|"
    + PAGE_WORDS
)
RANGE_END = re.compile(r"(?:[-–—]|(?:^|(?<![,;:]))\s*\b(?:to|au|al|a))\s*$")


def _dates_alone_on_their_line(text, dates):
    """Full single dates (else months, "December 2017") with at most a place or a
    reference beside them on their line."""
    found = []
    for date in dates:
        if not date.has_year or (date.first != date.last and not date.month_only):
            continue
        line_start = start_of_line(text, date.start)
        line_end = end_of_line(text, date.end)
        before = text[line_start : date.start]
        if len(before.strip(" ,.\t")) > 40 or not _whole_line(text, line_start):
            continue  # more than a place or a reference beside it on its line
        if RANGE_END.search(before):
            continue  # the end of a range: "28 October - 4 November 2008"
        if len(before.split()) >= 3 and IN_A_SENTENCE.search(before):
            continue  # a short sentence's: "The action was effected on 14 April 2031."
        if _sentence_goes_on(text, line_start, before):
            continue
        # a flattened copy's salutation after the date is no part of its line
        after = "" if salutation_runs_on(text, date.end) else text[date.end : line_end]
        rest = (before + after).strip(" ,.\t")
        if after_a_deadline_label(text, date):
            continue
        if len(rest) <= 40 and not re.search(
            PAGE_DATE_WORDS, rest + _label_above(text, line_start), re.I
        ):
            found.append((date, rest))
    days = [(date, rest) for date, rest in found if not date.month_only]
    return days or found


# A date a sentence gives something else: "notification 2023-016 dated 24 February 2023",
# "a conference held on November 16, 1917", "committed … on 21 April 2019"; not a letter's
# "Letter of 14 July 2016" nor a flattened header's "Page 1 of 21 February 2012"; a
# heading's "Deadlines extended to 18 July 2016" is the new deadline's.
IN_A_SENTENCE = re.compile(
    r"\b(?:dated|on|(?<!letter\s)(?<!note\s)(?<!page\s\d\s)(?<!page\s\d\d\s)of|since|until|"
    # the letter a reply answers: "In reply to your letter of 3 May" (and "votre lettre du",
    # "su carta del" by their "du", "del")
    # with the words between: "your Embassy's note of", "my interim letter of"
    r"(?:your|our|his|her|its|their|my)\s+(?:[\w'’-]+\s+){0,2}(?:letter|note|communication)\s+of|"
    r"by|before|after|from|in|du|del|depuis|desde|to|jusqu['’]au|hasta(?:\s+el)?|"
    # a deadline's or a start's: "avant le 1er mars", "antes del 15 de agosto", "a partir del"
    r"(?:avant|apr[èe]s|d[èe]s|[àa]\s+partir\s+du|au\s+plus\s+tard)(?:\s+le)?|"
    r"(?:antes|despu[ée]s|a\s+partir|a\s+m[áa]s\s+tardar)(?:\s+del?)?(?:\s+el)?)\s*$",
    re.IGNORECASE,
)


def _whole_line(text, line_start) -> bool:
    """Whether ``line_start`` (from ``start_of_line``) is where a line starts, not where
    the search for it stopped."""
    return line_start == 0 or text[line_start - 1] == "\n"


def _sentence_goes_on(text, line_start, before) -> bool:
    """Whether the date's line goes on with a sentence the line above leaves open, as a
    hard-wrapped text cuts it: "… will host the workshop / on 12 October 2020.", "… are
    requested to register by / 15 April 2021."."""
    if line_start == 0:
        return False
    above = text[start_of_line(text, line_start - 1) : line_start - 1].rstrip()
    if len(above.split()) < 3 or above.endswith((".", ":", ";", "!", "?", ",")):
        return False
    return bool(IN_A_SENTENCE.search(above[-40:] + " " + before))


def _label_above(text, line_start) -> str:
    """The line above a value standing on its own line, where it is the value's label
    ("Document Creation Date:" / "December 12, 2016"); else nothing."""
    above = text[start_of_line(text, max(0, line_start - 1)) : line_start].strip()
    return " " + above if above.endswith(":") and len(above) <= 60 else ""


# "Note verbale dated 4 April 2006 from the Permanent Mission …": a document reproducing a
# letter gives the letter's own date in its heading (the page's date is the issue's).
DATED_HEADING = re.compile(
    r"(?<!your\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!my\s)(?<!sa\s)(?<!son\s)(?<!votre\s)"
    r"(?<!su\s)(?<!the\s)\b(?:Letter|Note\s+verbale|Note|Lettre|Carta|Nota\s+verbal|Nota)\s+"
    r"(?:dated|dat[ée]e\s+du|de\s+fecha)\s+$"
    # identical letters to several posts, as the heading opening its line names them
    r"|(?:^|\n)[ \t]*(?:Identical\s+(?:letters|notes\s+verbales)|(?:Lettres|Notes\s+verbales)"
    r"\s+identiques|(?:Cartas|Notas\s+verbales)\s+id[ée]nticas)\s+"
    r"(?:dated|dat[ée]es\s+du|de\s+fecha)\s+$",
    re.IGNORECASE,
)
# "… from", "… addressed to", and a UN document's Spanish "Carta de fecha … dirigida al …
# por …"
FROM_AFTER = re.compile(
    r"^\s*,?\s*(?:from|de|del|addressed|adress[ée]es?|dirigid[ao]s?|enviad[ao]s?|por)\b",
    re.IGNORECASE,
)


# How sure a date found by its place on the page is (a dateline, a line of its own); a date
# taken only for being first near the top is less sure.
DATELINE_CONFIDENCE = 0.85


def own_date(text, dates, symbol_end=None):
    """(the found date, its OwnDate) of the document: the date written after its symbol
    (``symbol_end``) or that a heading gives the letter it reproduces; a dateline opening
    its line ("Washington, D.C. / September 15, 2001"); a date standing alone on a line,
    preferring the top of the page, then the bottom; else the first full date near the
    top, with less confidence. A news agency's dateline is the article's."""
    dates = [
        d
        for d in dates
        if not (agency_dateline(text, d) or meeting_form_date(text, d) or page_stamp(text, d))
    ]
    published = note_heading_date(text, dates)
    if published:
        return published, _own(published, None, 0.9)
    headed = _dated_by_its_symbol_or_heading(text, dates, symbol_end)
    if headed:
        return headed
    line_dates = [
        d for d in _dates_alone_on_their_line(text, dates) if not _under_a_title(text, d[0])
    ]
    datelines = [d for d in _datelines(text, dates) if not _under_a_title(text, d)]
    # "Washington, D.C. / September 15, 2001" under the issue date of the page that
    # reproduces the letter: the place of writing marks the letter's own date.
    written = [d for d in datelines if _starts_line(text, d)]
    if written:
        return written[0], _own(written[0], place_of_writing(text, written[0], ""), 0.85)
    top = [d for d in line_dates if d[0].start < max(600, len(text) * 0.3)]
    reported = reported_letters_date(text, dates)
    if reported and top and top[0][0].start < reported.start:
        # a news page's own date over the introduction that dates the letter it quotes
        return reported, _own(reported, None, 0.6)
    if top:
        found, rest = top[0]
        # the same day written elsewhere after its place ("…, Paris le 16 décembre 1996")
        place = (
            place_of_writing(text, found, rest)
            or next(
                (place_of_writing(text, d, "") for d in datelines if d.last == found.last), None
            )
            or (None if rest else town_above(text, found))
        )
        return found, _own(found, place, 0.9)
    if datelines:
        return datelines[0], _own(datelines[0], place_of_writing(text, datelines[0], ""), 0.85)
    if line_dates:
        found, rest = line_dates[-1]
        return found, _own(found, place_of_writing(text, found, rest), 0.9)
    if reported:
        return reported, _own(reported, None, 0.6)
    head = _first_at_top(text, dates)
    if head:
        return head, _own(head, place_of_writing(text, head, ""), 0.5)
    return None, None


def _dated_by_its_symbol_or_heading(text, dates, symbol_end):
    """(the date, its OwnDate) written after the document's symbol (``symbol_end``) or that
    a heading gives the letter it reproduces, near the top; None if neither."""
    for date in dates:
        if date.start > 1500:
            break
        if (
            symbol_end is not None
            and dated_after_its_number(text, symbol_end, date)
            and date.has_year
        ):
            # "CM(2000)72 4 May 2000"; the place where the same day is written after it
            same_day = (d for d in _datelines(text, dates) if d.last == date.last)
            place = next((place_of_writing(text, d, "") for d in same_day), None)
            return date, _own(date, place, 0.85)
        if (
            date.has_year
            and not date.month_only
            and DATED_HEADING.search(text[max(0, date.start - 60) : date.start])
            and FROM_AFTER.match(text[date.end : date.end + 20])
        ):
            return date, _own(date, None, 0.9)
    return None


def _datelines(text, dates):
    """Single full dates written after their place ("Geneva, 24 August 2009"), in the top
    part of the text or under the closing formula, not where something else was done."""
    return [
        d
        for d in dates
        if d.has_year
        and not d.month_only
        and d.first == d.last
        # a note's place and date under its closing formula ("… highest consideration.
        # New York. 12 April 2006"), or after the formula that dates a text ("Fait à
        # Abidjan le 7 août 2007"), however far down
        and (
            d.start < max(800, len(text) * 0.6)
            or CLOSING.search(text[max(0, d.start - 250) : d.start])
            # a note's: "… las seguridades de su más alta y distinguida consideración."
            or caseless(NOTE_CLOSING).search(text[max(0, d.start - 250) : d.start])
            or written_at(text, d)
        )
        and (PLACE_BEFORE_DATE.search(text[max(0, d.start - 45) : d.start]) or town_before(text, d))
        and not re.search(
            r"\b(?:held|meeting|in|at|from|to)\s*$", text[max(0, d.start - 60) : d.start]
        )
        and not done_at(text, d)
        and not _in_brackets(text, d)
    ]


def _in_brackets(text, date) -> bool:
    """Whether the place and date stand in a sentence's brackets, as a meeting's do: "the
    Regional Seminar (Lima, 3 May 2031)"."""
    line_start = start_of_line(text, date.start)
    opened = text.rfind("(", line_start, date.start)
    return (
        opened >= 0
        and ")" not in text[opened : date.start]
        and text[date.end : date.end + 3].lstrip().startswith(")")
    )


# A treaty's title, whose place and date of adoption stand on the line under it in a
# depositary notification ("CONVENTION ON … / NEW YORK, 1 MARCH 2030"): not the document's.
TREATY_TITLE = re.compile(
    # not a letterhead's "SECRÉTARIAT DE LA CONVENTION DE BERNE", "Secretariat of the Convention"
    r"^[ \t]*(?!(?:the[ \t]+)?(?:secretariat|secr[ée]tariat|secretar[íi]a)\b)"
    r"(?:[\w'’-]+[ \t]+){0,3}(?:Convention|Protocol|Agreement|Treaty|Covenant|Charter|"
    r"Protocole|Accord|Trait[ée]|Pacte|Convenio|Convenci[óo]n|Protocolo|Acuerdo|Tratado)\b|"
    # amendments are instruments too: "Amendments to the Schedule to the … Convention …"
    r"^[ \t]*(?:Amendments?|Amendements?|Enmiendas?)\s+(?:to|of|[àa]|de)\s[^\n]*?"
    r"\b(?:Convention|Protocol|Agreement|Treaty|Convenio|Convenci[óo]n|Protocole|Trait[ée])\b",
    re.IGNORECASE,
)
# Lines of a page's rules: "________", "=======".
RULE_LINES = re.compile(r"(?:\n[ \t]*[_=*-]{5,}[ \t]*)+(?=\n|$)")
ABOVE_REACH = 2000


# A ministry's protocol service in its letterhead names no treaty: "Direction du Protocole",
# "Office of Protocol", "Dirección General de Protocolo".
PROTOCOL_SERVICE = re.compile(r"\b(?:of|du|de|del)\s+(?:the\s+)?Protoc(?:ol|ole|olo)\b", re.I)


# A meeting's heading, whose place and single day stand on the line under it in an
# invitation ("Informal consultations on … / Geneva, 14 June 2019", "Atelier régional sur …
# / Dakar, 14 juin 2019"): the meeting's, not the letter's. Not a body named in a
# letterhead ("Secretariat of the Meeting of the Parties"): no "of" before the word.
MEETING_TITLE = re.compile(
    r"^[ \t]*(?:(?!(?:of|for|to|de|du|des|del|pour|para)\b)[\w'’-]+[ \t]+){0,4}"
    r"(?:consultations|meeting|workshop|seminar|webinar|symposium|round[ \t-]table|briefing|"
    r"retreat|atelier|r[ée]union|s[ée]minaire|colloque|table[ \t]ronde|taller|seminario|"
    r"reuni[óo]n|consultas|simposio|mesa[ \t]redonda)s?\b",
    re.IGNORECASE,
)


def _under_a_title(text, date) -> bool:
    """Whether a treaty's or a meeting's title heads the date: on the line above, or (a
    meeting's, its lines run together) before the place on the date's line."""
    line_start = start_of_line(text, date.start)
    # a page's rules between the title and its record are no break: "… Whaling, 1951 /
    # ______ / Done at Cape Town 27 July 1951"
    # the lines just above, not the whole text again for each date
    above = text[max(0, line_start - 1 - ABOVE_REACH) : max(0, line_start - 1)]
    above = RULE_LINES.sub("", above).rstrip("\n \t")
    line = above[above.rfind("\n") + 1 :]
    if (
        TREATY_TITLE.match(line)
        and not line.rstrip().endswith((".", ":"))
        and not PROTOCOL_SERVICE.search(line)
    ):
        return True
    # a meeting's heading stands right above its place and day, no blank line between
    right_above = text[start_of_line_above(text, line_start) : line_start]
    return bool(
        MEETING_TITLE.match(right_above) and not right_above.rstrip().endswith((".", ":"))
    ) or bool(MEETING_TITLE.match(text[line_start : date.start]))


# A sentence's article before its day, as a dateline's comma is not: "… entrée en vigueur le
# 1er mars 1999", "… entró en vigor el 1 de marzo" (not "Paris, le 3 mai").
MID_SENTENCE = re.compile(r"[a-zà-ÿ][ \t]+(?:le|el)[ \t]+$")


def _runs_into(text, date) -> bool:
    before = text[start_of_line(text, date.start) : date.start]
    article = date.text[:3] if date.text[:3].lower() == "le " else ""
    return bool(MID_SENTENCE.search(before + article))


def _first_at_top(text, dates):
    """The first full date near the top, for want of any other: not a range (a meeting's),
    not an archive record's, a sentence's ("dated …", "held on …") nor a source note's."""
    for d in dates:
        if (
            d.has_year
            and d.start < 400
            and not d.month_only
            and d.first == d.last
            and not re.search(
                PAGE_DATE_WORDS, _label_above(text, start_of_line(text, d.start)), re.I
            )
            and not IN_A_SENTENCE.search(text[max(0, d.start - 30) : d.start])
            and not _runs_into(text, d)
            and not _in_brackets(text, d)
            and not _under_a_title(text, d)
            and not after_a_deadline_label(text, d)
            and not re.search(PAGE_WORDS, text[start_of_line(text, d.start) : d.start], re.I)
        ):
            return d
    return None


# what follows the town opening the line before its date: "Saint-Aubin, le "
TOWN_ONLY = re.compile(r"[ \t]*,?[ \t]*(?:le|el|den)?[ \t]*", re.IGNORECASE)


def _starts_line(text, date):
    """Whether the place before ``date`` opens its line (or the line above)."""
    line_start = start_of_line(text, date.start)
    if not _whole_line(text, line_start):
        return False  # a place that far before the date is not the dateline's
    before = text[line_start : date.start]
    if not before.strip():
        # the line above, past the blank lines a web copy puts between every line
        blank_from = max(0, line_start - 2 * LINE_REACH)
        above_end = blank_from + len(text[blank_from:line_start].rstrip("\n \t"))
        above = start_of_line(text, above_end)
        if text[above_end:line_start].count("\n") <= 3:
            before = text[above:line_start]
    place = PLACE_BEFORE_DATE.search(before)
    if not place and before.strip():
        # a town outside the list of cities opening the dateline ("Saint-Aubin, le 30 janvier
        # 2027"), as under a news page's byline date
        # and closing it: not a byline's "Par Jane Roe - 5 mars 2030 à 11h20" nor a press
        # release's "Oslavik, 9 October 2030 - The Minister …"
        alone = not text[date.end : end_of_line(text, date.end)].strip(" \t.")
        town = town_before(text, date) if alone else None
        return bool(town) and bool(TOWN_ONLY.fullmatch(before.strip().removeprefix(town)))
    # or after the formula the writer dates with: "Fait à Abidjan le 7 août 2007"
    return bool(place) and (
        not before[: place.start()].strip(" \t/|")
        or bool(WRITTEN_AT.fullmatch(before[: place.start()].lstrip(" \t/|")))
    )


def _own(found, place, confidence) -> OwnDate:
    return OwnDate(
        bounds=found.last_bounds(),
        place=place,
        evidence=Span(found.start, found.end),
        confidence=confidence,
    )


def published_own_date(text, dates):
    """(found, OwnDate) of the date a notice (a news item, a guide, a web page's notice) says
    it was published on, for want of any other; a letter's page dates only the page."""
    found = published_date(text, dates)
    return (found, _own(found, None, 0.6)) if found else (None, None)
