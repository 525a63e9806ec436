"""The reader: from a letter's text to the schema of docs/reading.md, with evidence. Pure."""

from __future__ import annotations

import re

from plenipo.correspondence.reading.dates import find_dates, find_time
from plenipo.correspondence.reading.symbols import canonical_instruments, document_symbols

STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "will", "be", "on"},
    "fr": {"le", "la", "les", "des", "et", "de", "du", "est", "pour", "que", "une", "sur"},
    "es": {"el", "la", "los", "las", "y", "de", "del", "que", "por", "para", "con", "una"},
}
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
MEETING_WORDS = re.compile(
    r"\b(?:meeting|session|consultations?|informals?|conference|workshop|seminar|hearing|"
    r"dialogue|briefing|forum|summit|r[ée]union|s[ée]ance|consultation|conf[ée]rence|atelier|"
    r"reuni[óo]n|sesi[óo]n|conferencia|taller|consulta)s?\b",
    re.IGNORECASE,
)
FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+scheduled|are\s+scheduled|to\s+be\s+held|invited\s+to|"
    r"take\s+place|upcoming|next|forthcoming|convene|se\s+tiendra|aura\s+lieu|se\s+celebrar[áa]|"
    r"tendr[áa]\s+lugar|invit[ée]|plan(?:ned)?\s+to)\b",
    re.IGNORECASE,
)
PAST = re.compile(
    r"\b(?:was\s+held|were\s+held|took\s+place|this\s+morning['’]s|last\s+week|"
    r"s['’]est\s+tenue|se\s+celebr[óo]|thank\s+you\s+for)\b",
    re.IGNORECASE,
)
TENTATIVE = re.compile(
    r"\b(?:if\s+needed|if\s+necessary|if\s+required|tentative(?:ly)?|"
    r"could\s+be\s+held|would\s+be\s+held|si\s+n[ée]cessaire|de\s+ser\s+necesario)\b",
    re.IGNORECASE,
)
POSTPONED = re.compile(r"\b(?:postponed|reporté|aplazad[oa]|rescheduled)\b", re.IGNORECASE)
CANCELLED = re.compile(r"\b(?:cancell?ed|annulé|cancelad[oa])\b", re.IGNORECASE)
ROOM = re.compile(
    r"\b(?:ECOSOC\s+Chamber|Trusteeship\s+Council\s+Chamber|Security\s+Council\s+Chamber|"
    r"General\s+Assembly\s+Hall|Conference\s+Room\s+[A-Z0-9-]+|CR\s?\d+|Board\s*[Rr]oom\s+[A-Z0-9]+|"
    r"Room\s+[A-Z]?[-\d.]+[A-Z]?|Salle\s+[A-Z0-9]+|Sala\s+[A-Z0-9]+|Plenary\s+Hall|"
    r"Segreteria|Palais\s+des\s+Nations)",
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
]
CITY = re.compile(
    r"\b(" + "|".join(re.escape(c) for c in sorted(CITIES, key=len, reverse=True)) + r")\b"
)
REQUEST = re.compile(
    r"\b(?:(?:is|are)\s+(?:kindly\s+)?(?:requested|invited|encouraged|asked)\s+to|"
    r"(?:it\s+)?would\s+be\s+(?:much\s+)?appreciated\s+if|should\s+be\s+(?:sent|provided|submitted|"
    r"communicated|forwarded)|(?:I|we)\s+would\s+be\s+grateful|I\s+(?:would\s+)?urge|"
    r"please\s+(?:send|provide|submit|confirm|register|note|inform)|kindly\s+|count\s+on\s+your|"
    r"est\s+pri[ée]e?\s+de|sont\s+pri[ée]s\s+de|serait\s+reconnaissant|se\s+ruega|"
    r"le\s+agradecer[ií]a)",
    re.IGNORECASE,
)
DEADLINE = re.compile(
    r"\b(?P<qualifier>(?:deadline|plazo|d[ée]lai|date\s+limite|fecha\s+l[ií]mite)[^:\n.]{0,40}:|no\s+later\s+than|not\s+later\s+than|by|before|until|deadline\s+(?:of|is)|"
    r"au\s+plus\s+tard\s+le|d['’]ici\s+au|d['’]ici\s+le|avant\s+le|a\s+m[áa]s\s+tardar\s+el|antes\s+del)\s+",
    re.IGNORECASE,
)
REFERENCE = re.compile(
    r"^\s*(?:Reference|Ref\.?|Our\s+ref(?:erence)?\.?|Réf(?:érence)?\.?|Referencia|N/Réf\.?|"
    r"Your\s+ref\.?)\s*[:.]?\s*(?P<ref>[^\n]{2,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
SYMBOL_LINE = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{1,6}[/.-])?[A-Z]{1,10}\s?(?:/\s?)?\d{2,4}\s?/\s?\d{1,5}(?:\s?\([A-Z]\))?"
    r"|(?:File\s+)?No\.\s?[\w/.-]{2,30}|[A-Z]{2,}(?:[/-][A-Z0-9.]+){2,})\s*\.?\s*$",
    re.MULTILINE,
)
ENCLOSE = re.compile(
    r"(?:please\s+find\s+(?:enclosed|attached)|I\s+(?:have\s+the\s+honou?r\s+to\s+)?(?:enclose|transmit|attach)|"
    r"(?:attached|enclosed)\s+(?:is|are|herewith|please\s+find)|ci-joint|veuillez\s+trouver\s+ci-joint|"
    r"adjunt[oa]|se\s+adjunta|encontrar[áa]\s+adjunt[oa])\s+(?P<what>(?:\b(?:H\.E|Mr|Ms|Mrs|Dr|No|St)\.|"
    r"[^.]|\.(?=\S)){3,300})",
    re.IGNORECASE,
)


def language_of(text: str) -> str:
    words = re.findall(r"[a-záéíóúàèùâêîôûçñü]+", text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    return max(scores, key=scores.get) if any(scores.values()) else "en"


ABBREVIATION = re.compile(
    r"\b(?:[ap]\.\s?m|Mr|Ms|Mrs|Dr|No|Nos|St|H\.\s?E|S\.\s?E|etc|e\.g|i\.e|Rev|Add|Corr|"
    r"U\.S|U\.N|D\.C|Sr|Sra|M|Mme|Art|para|p|pp|vol)\.",
    re.IGNORECASE,
)


def _sentences(text):
    """(start, end, sentence) for each sentence or line; "a.m.", "Mr." and the like do not
    end a sentence (they are masked, keeping every offset)."""
    masked = ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u00b7"), text)
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]+|\n|$)", masked):
        if match.group(0).strip():
            yield match.start(), match.end(), text[match.start() : match.end()]


def _doc_type(text):
    head = text[:1500]
    if NOTE_VERBALE.search(head):
        return "note_verbale", 0.95
    if INFORMATION_NOTE.search(text[:500]) and not SALUTATION.search(head):
        return "information_note", 0.8
    if SALUTATION.search(head) or CLOSING.search(text):
        return "letter", 0.85
    return "other", 0.4


def _own_date(text, dates):
    """The document's own date: a date standing alone on a line (or after the place of
    writing), preferring the top of the page, then the bottom."""
    line_dates = []
    for found in dates:
        if not found.has_year or found.first != found.last:
            continue
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        line_end = len(text) if line_end == -1 else line_end
        rest = (text[line_start : found.start] + text[found.end : line_end]).strip(" ,.\t")
        if len(rest) <= 40 and not re.search(r"\b(?:letter|meeting|held|dated)\b", rest, re.I):
            line_dates.append((found, rest))
    if line_dates:
        top = [d for d in line_dates if d[0].start < max(600, len(text) * 0.3)]
        found, rest = (top or line_dates)[0] if top else line_dates[-1]
        place = None
        city = CITY.search(rest) or (re.match(r"^([A-Z][\w\-’' ]{2,30}?)$", rest) and None)
        if city:
            place = city.group(1)
        return found, place, 0.9
    head = [d for d in dates if d.has_year and d.start < 400]
    if head:
        return head[0], None, 0.5
    return None, None, 0.0


def _reference(text):
    match = REFERENCE.search(text[:1500])
    if match:
        return match.group("ref").strip(), match.span("ref"), 0.9
    for match in SYMBOL_LINE.finditer(text[:600]):
        return match.group("ref").strip(), match.span("ref"), 0.6
    return None, None, 0.0


NAME = re.compile(
    r"^\s*(?:(?:H\.\s?E\.|S\.\s?E\.|Excmo\.?|Excma\.?)\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|de|van|von|da|del|al|Al|bin|el)){1,5})\s*$"
)
TITLE_WORDS = re.compile(
    r"\b(?:President|Secretary|Minister|Ambassador|Permanent\s+Representative|"
    r"Director|Chair|Head|Executive|Co-?facilitator|Representative|Coordinator|"
    r"Président|Secrétaire|Ministre|Ambassadeur|Presidente|Secretario|Embajador)",
    re.IGNORECASE,
)


SURNAME = re.compile(r"^\s*(?P<name>[A-ZÀ-Ý][a-zà-ÿ’'\-]{2,20})\s*$")
HONORIFIC = re.compile(r"^\s*(?:H\.\s?E\.|S\.\s?E\.|Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|Excmo|Excma)\.?\s")


def _signature(text, closing_end):
    """Signatories from the lines after the closing formula, and the addressee lines that
    follow a signature ("Mr Sergey Lavrov / Minister for Foreign Affairs …")."""
    people, offsets, addressees = [], [], []
    position = closing_end
    lines = text[closing_end : closing_end + 700].split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        line_start = text.find(line, position) if line else position
        position = max(position, line_start + len(line))
        index += 1
        if not line:
            continue
        if re.match(r"^(?:To\s|All\s)", line) or CLOSING.search(line):
            break
        match = NAME.match(line) or _name_with_post(line) or SURNAME.match(line)
        if match and TITLE_WORDS.search(match.group("name")):
            match = None
        if not match or len(line) > 160:
            if people and not TITLE_WORDS.search(line):
                break
            continue
        if people and HONORIFIC.match(line) and not HONORIFIC.match(lines_text(people)):
            addressees.append((" ".join(line.split()), (line_start, line_start + len(line))))
            continue
        name, title = match.group("name").strip(), None
        rest = line[match.end("name") :].strip(" ,")
        if rest and TITLE_WORDS.search(rest):
            title = rest
        following = next((x.strip() for x in lines[index : index + 2] if x.strip()), None)
        if (
            title is None
            and following
            and TITLE_WORDS.search(following)
            and not (
                HONORIFIC.match(following)
                or NAME.match(following)
                or re.match(r"^(?:To|All)\s", following)
            )
        ):
            title = following
        people.append({"name": name, "title": title, "organization": None, "_line": line})
        offsets.append((line_start, line_start + len(line)))
        if len(people) >= 4:
            break
    for person in people:
        person.pop("_line", None)
    return people, offsets, addressees


def lines_text(people):
    return people[0].get("_line", "") if people else ""


_NAME_WITH_POST = re.compile(
    r"^\s*(?:(?:H\.\s?E\.|S\.\s?E\.)\s+)?(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|de|van|von|da|del|al|bin|el)){1,5}?)"
    r"\s+(?=(?:Permanent\s+Representative|President|Secretary|Minister|Ambassador|Director|Chair)\b)"
)


def _name_with_post(line):
    return _NAME_WITH_POST.match(line)


def _addressees(text):
    found = []
    for match in re.finditer(
        r"^(?:To\s+)?(?P<who>(?:All\s+)(?:Permanent\s+Representatives?|Permanent\s+Observers?|"
        r"Ministers?|Heads?\s+of|Representatives?|Members?\s+of|States?)[^\n]{3,160}"
        r"(?:\n[^\n]{3,80}(?=\n|$))?)",
        text,
        re.MULTILINE,
    ):
        who = " ".join(match.group("who").split())
        if len(who) < 200 and not re.search(r"\b(?:will|would|should|have|has)\b", who):
            found.append((who, match.span("who")))
    nv = re.search(
        r"compliments\s+to\s+(?:the\s+)?(?P<who>[^,]{5,200}?)\s+and\s+has\s+the\s+honou?r",
        text,
        re.IGNORECASE,
    )
    if nv:
        found.insert(0, (nv.group("who").strip().strip("[]").strip(), nv.span("who")))
    unique, seen = [], set()
    for who, span in found:
        if who.lower() not in seen:
            seen.add(who.lower())
            unique.append((who, span))
    return unique


def _meetings(text, own_date, dates):
    meetings = []
    for start, end, sentence in _sentences(text):
        if not MEETING_WORDS.search(sentence) and not re.search(r"\binformal\b", sentence, re.I):
            continue
        if PAST.search(sentence) and not FUTURE.search(sentence):
            continue
        in_sentence = [d for d in dates if start <= d.start < end and d.first]
        relative = re.search(
            r"\b(?:the\s+following\s+week|next\s+week|later\s+(?:this|in)\s+\w+|"
            r"la\s+semaine\s+suivante|la\s+semana\s+siguiente)\b",
            sentence,
            re.I,
        )
        status = (
            "cancelled"
            if CANCELLED.search(sentence)
            else "postponed"
            if POSTPONED.search(sentence)
            else "tentative"
            if TENTATIVE.search(sentence)
            else "scheduled"
        )
        if not in_sentence and not (relative and status == "tentative"):
            continue
        if (
            not FUTURE.search(sentence)
            and not re.search(r"\(\s*\d", sentence)
            and not (own_date and any(d.first and d.first > own_date for d in in_sentence))
        ):
            continue
        title_match = MEETING_WORDS.search(sentence) or re.search(r"\binformal\b", sentence, re.I)
        title = _title_around(sentence, title_match)
        room = ROOM.search(sentence)
        city = CITY.search(sentence)
        if in_sentence:
            for position, found in enumerate(in_sentence):
                if own_date and found.last and found.last < own_date:
                    continue  # a date in the past is background
                # What follows a date, up to the next one, describes that date's meeting.
                stop = in_sentence[position + 1].start if position + 1 < len(in_sentence) else end
                start_time, end_time = find_time(text[found.end : min(stop, found.end + 60)])
                own_room = ROOM.search(text, found.end, stop)
                if own_room is None and len(in_sentence) == 1:
                    own_room = room
                meetings.append(
                    {
                        "title": title,
                        "start_date": found.first.isoformat(),
                        "end_date": found.last.isoformat(),
                        "start_time": start_time,
                        "end_time": end_time,
                        "room": own_room.group(0).rstrip(".") if own_room else None,
                        "venue": None,
                        "city": city.group(1) if city else None,
                        "status": status,
                        "date_text": found.text,
                        "evidence": [found.start, found.end],
                        "confidence": 0.8 if found.weekday_ok else 0.4,
                    }
                )
        else:
            meetings.append(
                {
                    "title": title,
                    "start_date": None,
                    "end_date": None,
                    "start_time": None,
                    "end_time": None,
                    "room": None,
                    "venue": None,
                    "city": city.group(1) if city else None,
                    "status": status,
                    "date_text": relative.group(0),
                    "evidence": [start + relative.start(), start + relative.end()],
                    "confidence": 0.6,
                }
            )
    return meetings


def _merge_meetings(meetings):
    """One meeting per day and time: sentences that speak of it again add what they know."""
    merged = {}
    for meeting in meetings:
        key = (
            (meeting["start_date"], meeting["start_time"])
            if meeting["start_date"]
            else (None, meeting["date_text"])
        )
        if key[0] and (key[0], None) in merged and meeting["start_time"]:
            merged[key] = merged.pop((key[0], None))
            merged[key]["start_time"] = meeting["start_time"]
        current = merged.setdefault(key, meeting)
        for name in ("room", "city", "end_time", "venue"):
            current[name] = current[name] or meeting[name]
    return list(merged.values())


def _title_around(sentence, match):
    if match is None:
        return sentence.strip()[:80]
    words = sentence[: match.end()].split()
    title = " ".join(words[-6:])
    title = re.sub(r"^(?:.*\b(?:the|a|an|our|its|la|le|el|une|un)\s+)", "", title, flags=re.I)
    return title.strip(" ,;:()") or match.group(0)


def _deadlines(text, dates, own_date):
    deadlines = []
    for match in DEADLINE.finditer(text):
        following = [d for d in dates if 0 <= d.start - match.end() <= 25 and d.last]
        if not following:
            continue
        found = following[0]
        if own_date and found.last < own_date:
            continue
        sentence_start = (
            max(text.rfind(".", 0, match.start()), text.rfind("\n\n", 0, match.start())) + 1
        )
        what = " ".join(text[sentence_start : match.start()].split())[-160:]
        after = text[found.end : found.end + 30]
        time, _ = find_time(after) if re.match(r"\s*(?:,|at|à|a\s+las)\s", after) else (None, None)
        deadlines.append(
            {
                "what": what,
                "date": found.last.isoformat(),
                "time": time,
                "qualifier": " ".join(match.group("qualifier").lower().split()),
                "evidence": [match.start(), found.end],
                "confidence": 0.7,
            }
        )
    return deadlines


def _actions(text):
    """Sentences that ask the addressee to do something."""
    actions = []
    for start, end, sentence in _sentences(text):
        if REQUEST.search(sentence):
            phrase = " ".join(sentence.split()).strip(" .")
            if 8 <= len(phrase) <= 300:
                actions.append((phrase, (start, end)))
    return actions


def _enclosures(text, dates, own_date):
    enclosures = []
    for match in ENCLOSE.finditer(text):
        what = " ".join(match.group("what").split())
        date = next(
            (
                d.last.isoformat()
                for d in dates
                if match.start("what") <= d.start < match.end("what") and d.last
            ),
            None,
        )
        enclosures.append(
            {
                "description": what[:200],
                "date": date,
                "evidence": list(match.span("what")),
                "confidence": 0.7,
            }
        )
    return enclosures


def read_text(text: str) -> dict:
    """Everything the schema asks for that ``text`` states, with evidence and confidence."""
    text = text if isinstance(text, str) else str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    evidence, confidence = {}, {}
    doc_type, confidence["doc_type"] = _doc_type(text)
    language = language_of(text)
    all_dates = find_dates(text)
    found, place, confidence["date"] = _own_date(text, all_dates)
    own = found.last if found else None
    if found:
        evidence["date"] = [found.start, found.end]
    # An undated notice still speaks of its own time: year-less dates take the year of the
    # first full date it gives.
    context = own or next((d.last for d in all_dates if d.has_year and d.last), None)
    dates = find_dates(text, reference=context)
    reference, span, confidence["reference"] = _reference(text)
    if span:
        evidence["reference"] = list(span)
    closings = list(CLOSING.finditer(text))
    people, offsets, signed_to = _signature(text, closings[0].end()) if closings else ([], [], [])
    if doc_type == "note_verbale" and not people:
        nv = re.search(
            r"^\s*(?:The\s+)?(?P<who>[^\n]{5,160}?)\s+presents?\s+\w+\s+compliments",
            text,
            re.IGNORECASE | re.MULTILINE,
        )
        if nv:
            who = nv.group("who").strip()
            organization = None
            org = re.search(r"\bof\s+(?:the\s+)?(.+)$", who)
            if org:
                organization = org.group(1).strip()
            people = [
                {
                    "name": None,
                    "title": re.sub(r"^(?:the\s+)", "", who, flags=re.I),
                    "organization": organization,
                }
            ]
            offsets = [nv.span("who")]
    if offsets:
        evidence["sender"] = list(offsets[0])
    addressees = _addressees(text) + signed_to
    actions = _actions(text)
    instruments = canonical_instruments(text)
    result = {
        "doc_type": doc_type,
        "language": language,
        "date": own.isoformat() if own else None,
        "place": place,
        "reference": reference,
        "other_references": [],
        "sender": people[0] if people else None,
        "co_signatories": people[1:],
        "addressees": [who for who, _ in addressees],
        "enclosures": _enclosures(text, dates, own),
        "instruments_cited": [name for name, _ in instruments],
        "documents_cited": [s for s, _ in document_symbols(text) if s != reference],
        "meetings": _merge_meetings(_meetings(text, own, dates)),
        "deadlines": _deadlines(text, dates, own),
        "requested_actions": [phrase for phrase, _ in actions],
    }
    evidence["addressees"] = [list(span) for _, span in addressees]
    evidence["instruments_cited"] = [list(span) for _, span in instruments]
    evidence["requested_actions"] = [list(span) for _, span in actions]
    if result["date"] is None and any(d.has_year is False for d in all_dates):
        result["date_text"] = next(d.text for d in all_dates if not d.has_year)
    result["evidence"] = evidence
    result["confidence"] = confidence
    return result
