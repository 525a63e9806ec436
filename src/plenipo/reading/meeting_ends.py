"""The day a meeting ends at the latest: "The Assembly will close no later than Saturday,
1 June", "devait se terminer au plus tard le samedi 26 mai", "se clausurará a más tardar el
…" — the meeting's last day, not a deadline asked of the addressee. Pure."""

from __future__ import annotations

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.deadline_words import CLOSES
from plenipo.reading.meeting_words import BODY, MEETING_WORDS

# The verb that ends a meeting, then the latest day: a time may come between them ("will
# close by 6 p.m. on Friday, 29 May").
ENDS_AT_THE_LATEST = re.compile(
    r"\b(?:close|closes|end|ends|conclude|concludes|finish|finishes|adjourn|adjourns|"
    r"se\s+terminer(?:a|ont)?|se\s+termine|se\s+cl[ôo]turer(?:a|ont)?|prendr(?:e|a|ont)\s+fin|"
    r"s['’]achever(?:a|ont)?|terminar(?:[áa]|[áa]n)?|concluir(?:[áa]|[áa]n)?|"
    r"(?:se\s+)?clausurar(?:[áa]|[áa]n)?|finalizar(?:[áa]|[áa]n)?|"
    # what lasts until a day: "will last until 5 June", "se poursuivra jusqu'au 5 juin",
    # "se prolongará hasta el 5 de junio"
    r"(?P<lasting>last|lasts|run|runs|continue|continues|durer(?:a|ont)?|"
    r"se\s+poursuivr(?:a|ont)|durar[áa]n?|se\s+prolongar[áa]n?|continuar[áa]n?))"
    r"\s+(?:(?:its|their)\s+(?:work|business|session|deliberations|proceedings)\s+|"
    r"(?:ses|sus)\s+(?:travaux|trabajos|labores)\s+)?"
    r"(?:no\s+later\s+than|not\s+later\s+than|by|au\s+plus\s+tard,?(?:\s+le)?|"
    r"(?<=\s)(?:until|till|through|jusqu['’]au|hasta(?:\s+el)?)|"
    r"a\s+m[áa]s\s+tardar,?(?:\s+el)?|no\s+m[áa]s\s+tarde\s+del?)\s*"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours|h)?\s*(?:on|le|el)\s+)?"
    r"(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# Where a sentence ends: not in "10 a.m. on" nor "9.30 horas".
SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÀ-Ý])|\n[ \t]*\n")
LOOK_BACK = 240


def _sentence_start(text, at) -> int:
    start = max(0, at - LOOK_BACK)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, at)]
    return ends[-1] if ends else start


# What closes by a deadline, whatever the verb: "registration … will end", "the call …
# concludes", "las inscripciones … terminarán".
WHAT_CLOSES = re.compile(
    r"\b(?:registration|pre-?registration|inscriptions?|inscripci[óo]n(?:es)?|registro|"
    r"nominations?|candidatures?|candidaturas|applications?|submissions?|call\s+for|"
    r"appel\s+[àa]|convocatoria|survey|questionnaire|cuestionario|consultation\s+period|"
    r"(?:online|public|written)\s+consultation|consultation\s+(?:en\s+ligne|publique|[ée]crite)|"
    r"consulta\s+(?:p[úu]blica|en\s+l[íi]nea|escrita)|"
    r"comment\s+period|p[ée]riode\s+de\s+consultation|per[íi]odo\s+de\s+consulta)\b",
    re.IGNORECASE,
)


def ends_the_meeting(text, sentence_start, date_start) -> bool:
    """Whether the day at ``date_start`` is the latest a meeting the sentence (from
    ``sentence_start``, found when None) names ends on; not a registration or a call that
    closes."""
    if sentence_start is None:
        sentence_start = _sentence_start(text, date_start)
    start = max(sentence_start, date_start - LOOK_BACK)
    ending = ENDS_AT_THE_LATEST.search(text, max(start, date_start - 80), date_start)
    if ending is None or CLOSES.search(text, start, ending.end()):
        return False
    if WHAT_CLOSES.search(text, start, ending.start()):
        return False  # "Registration for the meeting will end no later than 3 May"
    before = text[start : ending.start()]
    return bool(caseless(MEETING_WORDS).search(before) or BODY.search(before))


# The hour a meeting ends, told after its day: "will start at 10 a.m. on Monday, 28 April and
# end at 1 p.m.", "commencera à 9 heures le 3 mai et se terminera à 17 heures", "iniciará a
# las 9:00 horas del 3 de mayo y concluirá a las 13:00 horas".
ENDS_AT_AN_HOUR = re.compile(
    r"\b(?:end|ends|close|closes|conclude|concludes|finish|finishes|adjourn|"
    r"se\s+terminer(?:a|ont)|se\s+cl[ôo]turer(?:a|ont)|prendr(?:a|ont)\s+fin|s['’]achever(?:a|ont)|"
    r"terminar[áa]n?|concluir[áa]n?|finalizar[áa]n?|(?:se\s+)?clausurar[áa]n?)\s+"
    r"(?:at|around|by|[àa]|vers|a\s+las|hacia\s+las)\s+(?=\d|noon|midi)",
    re.IGNORECASE,
)


def end_hour_after(piece, find_time) -> str | None:
    """The hour a piece of text after a meeting's day says it ends at, else None."""
    ends = ENDS_AT_AN_HOUR.search(piece)
    return find_time(piece[ends.end() : ends.end() + 30])[0] if ends else None
