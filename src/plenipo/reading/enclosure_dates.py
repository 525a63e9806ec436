"""The date of an enclosed letter or communiqué the covering letter does not date, read where
the text reproduces it after the covering letter's close ("… to enclose the communique
issued by the Government …  (Signed) …  Communique issued on 26 March 1979 …", "… transmit
herewith a letter from the Co-Facilitators … Please accept … 17 November 2014 Excellency,").
Pure."""

import re
from dataclasses import replace

from plenipo.reading.dates import starting_within
from plenipo.reading.lines import start_of_line

# The kinds of item that carry a date of their own and that UN documents and covering
# letters reproduce after the covering letter
DATED_KIND = re.compile(
    r"\b(?:letters?|notes?|communiqu[ée]s?|messages?|statements?|declarations?|memorand(?:um|a)|"
    r"lettres?|d[ée]clarations?|cartas?|notas?|comunicados?|mensajes?|declaraci[óo]n(?:es)?)\b",
    re.IGNORECASE,
)
# The close of the covering letter: its courtesy formula or its signature mark
CLOSE = re.compile(
    r"\(Signed\)|\(Sign[ée]\)|\(Firmado\)|\bSigned\s+by\b|assurances?\s+of\s+my\s+(?:highest|"
    r"high|most\s+distinguished)\s+consideration|\bYours\s+(?:sincerely|faithfully|truly)|"
    r"\bSincerely\b|assurance\s+de\s+ma\s+(?:tr[èe]s\s+)?haute\s+consid[ée]ration|"
    r"testimonio\s+de\s+mi\s+(?:m[áa]s\s+alta|distinguida)\s+consideraci[óo]n|\bAtentamente\b",
    re.IGNORECASE,
)
# A reproduced document opens on its date and a salutation, or is headed by its kind
SALUTATION_AFTER = re.compile(
    r"\W{0,4}(?:Your\s+)?(?:Excellency|Excellence|Dear|Sir|Madam|Monsieur|Madame|Señor|Señora|"
    r"Excelencia|Excelent[íi]simo)\b",
    re.IGNORECASE,
)
REACH = 1500


def dated_from_reproduction(text, found, dates, starts):
    """``found`` with its one undated letter-like item dated by the reproduced document's own
    date, when the text reproduces one after the covering letter's close."""
    undated = [e for e in found if e.date is None and DATED_KIND.search(e.description)]
    if len(undated) != 1:
        return found
    item = undated[0]
    close = CLOSE.search(text, item.evidence.end)
    if close is None:
        return found
    for date in starting_within(dates, starts, close.end(), close.end() + REACH):
        if date.last is None or date.month_only:
            continue
        line_start = start_of_line(text, date.start)
        headed = DATED_KIND.search(text, max(line_start, date.start - 60), date.start)
        if headed or SALUTATION_AFTER.match(text, date.end):
            return [replace(e, date=date.last_bounds()) if e is item else e for e in found]
    return found


# An item named again by a demonstrative: "This letter is attached …", "Cette lettre est
# jointe au présent courrier", "Dicha carta se adjunta …"
ANAPHOR = re.compile(
    r"(?:This|That|The\s+said|Cette|Ladite|Esta|Dicha)\s+(?P<kind>letter|note|lettre|carta|nota)\b"
    r"|(?:This|That|The\s+said|Ce|Ledit|Este|Dicho)\s+(?P<masculine>communiqu[ée]|message|mensaje|"
    r"memorandum|m[ée]morandum|comunicado)\b",
    re.IGNORECASE,
)
SENTENCE_BEFORE = 400


def dated_from_sentence_before(text, found, dates, starts):
    """``found`` with an item named again by a demonstrative ("Cette lettre est jointe …")
    dated by the day the sentence before gives that item ("La première lettre … a été
    envoyée le 25 juin 2015 …")."""
    dated = []
    for item in found:
        anaphor = ANAPHOR.fullmatch(item.description.strip())
        named_before = item.date is None and anaphor
        dated.append(_dated_before(text, item, anaphor, dates, starts) if named_before else item)
    return dated


def _dated_before(text, item, anaphor, dates, starts):
    at = item.evidence.start
    stop = text.rfind(". ", 0, at)
    begin = max(text.rfind(". ", 0, max(0, stop)) + 1, stop - SENTENCE_BEFORE, 0)
    if stop < 0:
        return item
    kind = (anaphor["kind"] or anaphor["masculine"]).lower()[:4]
    named = re.search(rf"\b{re.escape(kind)}", text[begin:stop], re.IGNORECASE)
    if named is None:
        return item
    for date in starting_within(dates, starts, begin + named.end(), stop):
        if date.last is not None and not date.month_only:
            return replace(item, date=date.last_bounds())
    return item


def dated_items(text, found, dates, starts):
    """``found`` with the items the covering letter does not date dated where the text
    reproduces them or the sentence before names them with their day."""
    found = dated_from_reproduction(text, found, dates, starts)
    return dated_from_sentence_before(text, found, dates, starts)
