"""How a letter words the close of a registration, a call or a list of speakers: a deadline,
never a meeting's day nor its time. Pure."""

from __future__ import annotations

import re

# The verb that closes something: "will close", "closes", "sera close", "se clôturera", "se
# cerrará". A time after it is when it closes, not when a meeting before it starts.
CLOSE_VERB = re.compile(
    r"\b(?:will\s+(?:be\s+)?close[ds]?|closes|is\s+closed|sera\s+close|seront\s+closes|"
    r"sera\s+cl[ôo]tur[ée]e|seront\s+cl[ôo]tur[ée]es|se\s+cl[ôo]turera|(?:se\s+)?cerrar[áa]|"
    r"(?:se\s+)?cierran?)\b",
    re.IGNORECASE,
)


# What closes on a day is a deadline: "the online registration system for the Conference …
# will close at 23:59 (GMT) on 31 October", "la liste des orateurs sera close le 14 novembre
# à midi", "la inscripción se cerrará el 5 de mayo". The cue ends where the day or the time
# before it follows.
CLOSES = re.compile(
    r"\b(?P<what>registration|pre-?registration|inscriptions?|inscripci[óo]n(?:es)?|registro|"
    r"nominations?|candidatures?|candidaturas|applications?|submissions?|"
    r"call\s+for\s+\w+|appel\s+[àa]\s+\w+|convocatoria|survey|questionnaire|cuestionario|"
    r"list\s+of\s+speakers|speakers['’]?\s+list|liste\s+des\s+orateurs|lista\s+de\s+oradores|"
    r"(?:online\s+)?(?:form|system|portal|platform))\b[^.;\n]{0,160}?"
    r"(?P<verb>"
    + CLOSE_VERB.pattern[2:-2]
    + r")\s+(?:on\s+|at\s+|le\s+|[àa]\s+|el\s+|a\s+las\s+)?",
    re.IGNORECASE,
)


def closing_day(text, start, date_start) -> bool:
    """Whether the day at ``date_start`` is one a registration, a call or a list of
    speakers closes on (looking from ``start``, the sentence's start)."""
    for match in CLOSES.finditer(text, start, date_start):
        gap = text[match.end() : date_start]
        if len(gap) <= 50 and not re.search(r"[.;]", gap):
            return True
    return False


# "… aggression by Azerbaijan, launched on 13 September", "the report prepared by the Bureau,
# issued on 3 May": "by" names the agent of a thing done that day, no deadline.
AGENT_THEN_DONE = re.compile(
    r"\s*[a-z][\w-]*(?:\s+[\w-]+){0,2},?\s+(?:[a-z]{3,}ed|made|taken|held|sent|given|begun|"
    r"written)\s+(?:on|of)\s+$",
    re.IGNORECASE,
)


# A day something has been done by already, or that a condition names: "the draft decisions
# that have been submitted by Parties before the deadline of 18 September", "participants who
# have pre-registered by 30 October" (not "Parties have been invited to reply by …").
DONE_ALREADY = re.compile(
    r"\b(?:have|has|had)\s+(?:been\s+)?"
    r"(?!(?:requested|invited|asked|urged|encouraged|reminded|called|requ)\w*\b)"
    r"(?:pre-?)?[a-z]{3,}ed\s+(?:(?!to\b)[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)


# A time allowed, counted from the letter: "are requested to leave the territory within
# forty-eight hours", "dans les prochaines quarante-huit (48) heures", "sous quarante-huit
# heures (48h)", "dentro de las 72 horas", "within 30 days of receipt" — a deadline without a
# day of its own.
NUMBER_WORD = (
    r"(?:[a-zà-ÿ]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|ninety|un|deux|trois|quatre|cinq|six|sept|huit|dix|douze|"
    r"quinze|vingt|trente|quarante|cinquante|soixante|uno|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"diez|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|noventa)(?:-[a-zà-ÿ]+)?"
)
WITHIN = re.compile(
    r"\b(?P<qualifier>(?:within(?:\s+the)?|sous|dans\s+(?:les|un\s+d[ée]lai\s+de)|"
    r"en\s+(?:las|un\s+plazo\s+de)|dentro\s+de(?:\s+las|\s+los)?)\s+"
    r"(?:(?:next|following|prochaines|pr[óo]xim[oa]s|siguientes)\s+)?"
    r"(?:\d{1,3}|" + NUMBER_WORD + r")(?:\s*\(\d{1,3}\))?\s*"
    r"(?:hours|heures|horas|days|jours|d[íi]as)(?:\s*\(\d{1,3}\s*h\))?)"
    # counted from the letter's receipt, not from another event ("within eight days after
    # the intern's arrival": a rule of procedure)
    r"(?!\s*(?:after|following|of|from|apr[èe]s|suivant|[àa]\s+compter|despu[ée]s|a\s+partir|"
    r"de\s+(?:la|el))\b(?![^.;]{0,40}?(?:receipt|r[ée]ception|recepci[óo]n)))",
    re.IGNORECASE,
)


# Those a condition names by what they do: "copies will be dispatched to delegates registering
# before 30 October" — who gets something, not a deadline asked of the addressee.
THOSE_DOING = re.compile(
    r"\b(?:delegates|delegations|participants|applicants|candidates|persons|those|Parties|"
    r"Members)\s+(?:who\s+(?:are|were)\s+)?[a-z]{3,}ing\s+$",
    re.IGNORECASE,
)


# A deadline told as past, its sentence going on in the past tense: "By the deadline of 31
# July, a total of 74 valid nominations were received."
TOLD_AS_PAST = re.compile(
    r"[^.;]{0,120}?\b(?:were|was|had\s+been)\s+(?:received|submitted|registered|sent|filed|"
    r"lodged|made|presented)\b",
    re.IGNORECASE,
)


# A day given under a deadline's other names: "Closing date for applications: 15 March",
# "Due date: 1 May", "the closing date for nominations is …", "Date de clôture des
# inscriptions : …", "Fecha de cierre: …", "Último día para inscribirse: …" (not a meeting's
# "closing date of the Conference"); and a reply expected for a day: "les réponses sont
# attendues pour le 28 février", "se esperan para el 3 de marzo".
NAMED_DEADLINE = re.compile(
    r"\b(?P<qualifier>(?:(?:closing|due)\s+date|date\s+de\s+cl[ôo]ture|fecha\s+de\s+cierre|"
    r"[úu]ltimo\s+d[íi]a)(?:\s*:|\s+(?:for|des|du|d['’]|para|del?)\s+"
    r"(?!(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:meeting|session|conference|r[ée]union|"
    r"conf[ée]rence|reuni[óo]n|sesi[óo]n|conferencia|forum|foro|s[ée]ance)\b)"
    r"[^:\n.]{3,60}?\s*(?::|\bis\b|\best\b|\bes\b))\s*(?:the\s+|le\s+|el\s+)?|"
    # a deadline's line with a dash or nothing before its day: "Deadline for registration –
    # 15 June", "Date limite d'inscription – 15 juin", "Deadline 15 June"
    r"(?:deadline|date\s+limite|date\s+butoir|fecha\s+l[ií]mite)(?:\s+(?:for|of|de|d['’]|des|"
    r"du|para|del?)[ \t]*[^:\n.–—\d-]{3,60}?)?(?:[ \t]*[–—-][ \t]*|[ \t]+(?=\d))|"
    r"(?:(?:expected|attendue?s?|esperad[oa]s?)\s+(?:pour\s+le|para\s+el|on\s+or\s+before)|"
    r"se\s+esperan?\s+para\s+el)\s+)",
    re.IGNORECASE,
)


# A deadline's qualifier with the hour before the day: "au plus tard à 17 h 00, heure de
# Genève, le 15 juin", "hasta las 18:00 horas del 15 de junio", "a más tardar a las 18:00
# horas del …"; what is accepted through a day: "Submissions will be accepted through 14
# June"; a form's "Register by: 14 June" (not "Prepared by:", a name follows it).
TIME_FIRST_CUE = re.compile(
    # not the end of a range of hours: "de 10:00 hasta las 13:00 horas"
    r"\b(?<!\d\s)(?<!horas\s)(?<!heures\s)"
    r"(?P<qualifier>(?:au\s+plus\s+tard|a\s+m[áa]s\s+tardar|hasta|jusqu['’]|no\s+m[áa]s\s+tarde\s+de)"
    r"(?=\s*(?:[àa]|a\s+las|las)\s+\d)|"
    r"(?:accepted|open|received)\s+(?:through|thru)\s+|\bby\s*:\s*)",
    re.IGNORECASE,
)


# Other ways to say "by": "con anterioridad al 15 de junio", "con fecha límite el …", "como
# máximo el …", "avant la date (limite) du …", "au plus tard pour le …", "ahead of 15 June",
# "in advance of Friday, 15 June" (the day right after, not "ahead of the meeting on …").
OTHER_BY = re.compile(
    r"\b(?P<qualifier>con\s+anterioridad\s+al?|con\s+fecha\s+l[ií]mite\s+(?:el|del|al)|"
    r"(?:como|plazo)\s+m[áa]ximo\s+(?:hasta\s+)?el|avant\s+la\s+date\s+(?:limite\s+)?du|"
    r"au\s+plus\s+tard\s+pour\s+le|(?:ahead|in\s+advance)\s+of"
    r"(?=\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))\s+",
    re.IGNORECASE,
)


def named_deadline_day(text, start, date_start) -> bool:
    """Whether the day at ``date_start`` is given under a deadline's name ("Closing date for
    applications: …", "attendues pour le …"), looking from ``start``, the sentence's."""
    for pattern in (NAMED_DEADLINE, OTHER_BY):
        for match in pattern.finditer(text, max(start, date_start - 120), date_start + 4):
            if date_start - 2 <= match.end() <= date_start + 4:
                return True
    return False


# "until 9 a.m. local time in Switzerland on 17 September 2002", "by 12.00 hours (Geneva
# time) on Friday, 3 May", "no later than close of business (New York time) on 3 May": a
# time written between the cue and the day.
TIME_FIRST = 70
TIME_THEN_DAY = re.compile(
    # "au plus tard à 17 h 00, heure de Genève, le …", "hasta las 18:00 horas del …"
    r"\s*(?:(?:[àa]|a\s+las|las)\s+)?"
    r"(?:\d{1,4}(?:[:.h]\d\d|\s?h\s?[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|hours|hrs|h|heures|horas)(?![a-z])"
    # not a count of hours: "no later than 48 hours after the opening of the meeting on …"
    r"(?!\s+(?:after|before|prior|following|apr[èe]s|avant|despu[ée]s|antes))|"
    # "by 12:00 noon (Nairobi time) on …", "avant 18.00 le …", "before midnight on …"
    r"\d{1,2}(?:[:.h]|\s?h\s?)\d\d|(?:12(?:[:.]00)?\s*)?(?:noon|midday|midnight|midi|minuit|mediod[ií]a|medianoche)|"
    r"(?:the\s+)?(?:close|end)\s+of\s+(?:the\s+)?(?:business|working\s+day|day)|COB)[^.;\d]{0,45}?"
    # the day may begin with its own "le": "…, heure de Genève, le 15 juin"
    r"(?:\b(?:on|le|el|del)\s+(?:\w+,?\s+)?|,\s*)$",
    re.IGNORECASE,
)


# The day said to be the deadline after it: "15 June is the deadline for nominations", "le
# 15 juin est la date limite de réception des candidatures", "el 15 de junio es la fecha
# límite para …".
IS_THE_DEADLINE = re.compile(
    r"\s*,?\s*(?:is|will\s+be|est|sera|es|ser[áa])\s+(?:the|la|el|le)\s+(?:final\s+|new\s+|"
    r"nouvelle\s+|nueva\s+)?(?P<qualifier>deadline|closing\s+date|due\s+date|last\s+day|"
    r"date\s+limite|date\s+butoir|dernier\s+d[ée]lai|fecha\s+l[ií]mite|plazo\s+final|"
    r"[úu]ltimo\s+d[íi]a)\b",
    re.IGNORECASE,
)


def deadline_named_after(text, date) -> str | None:
    """The deadline's name a day is given right after it, if it is."""
    named = IS_THE_DEADLINE.match(text, date.end, min(len(text), date.end + 40))
    return named["qualifier"] if named else None
