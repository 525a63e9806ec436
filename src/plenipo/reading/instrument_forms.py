"""More general forms of an instrument's name that letters of every sender write: a
Security Council resolution by its number alone ("resolution 2602", "UNSCR 2250"), an
emergency special session's resolution ("resolution ES-11/1"), the Universal Declaration's
"resolution 217 A (III)", a resolution numbered by its year or with its year ("Commission on
Human Rights resolution 2005/69", "IHO Resolution 2/2007"), and a programme or plan of action
named after the place that adopted it ("the Istanbul Programme of Action", "the Johannesburg
Plan of Implementation", "le Programme d'action de Durban", "el Plan de Acción de Lima").
Pure."""

import re

from plenipo.reading.instrument_adopted import SESSION_SYMBOLS

_RESOLUTION = r"(?:resolution|r[ée]solution|resoluci[óo]n)"
_NO = r"(?:N(?:[º°o]|os|ros?)\.?\s*)?"
_GA = r"(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|Asamblea\s+General)"
_SC = r"(?:Security\s+Council|Conseil\s+de\s+s[ée]curit[ée]|Consejo\s+de\s+Seguridad)"
_CHR = (
    r"(?:Commission\s+on\s+Human\s+Rights|Commission\s+des\s+droits\s+de\s+l['’]\s*homme|"
    r"Comisi[óo]n\s+de\s+Derechos\s+Humanos)"
)


def _initials(match) -> bool:
    """Whether the word before the kind is a body's initials ("ITU Resolution 130"), not a
    word of the sentence (the patterns match whatever the case, for speed)."""
    return bool(match["org"] and match["org"].isupper())


def _numbered_alone(match) -> str:
    """A resolution named by its number alone is the Security Council's (the General
    Assembly's when the letter says so; another body's when its initials come first)."""
    if _initials(match) and match["org"] not in ("UN", "UNSC"):
        return f"{match['org']} resolution {match['number']}"
    return f"{'A' if match['ga'] else 'S'}/RES/{match['number']}"


MORE_SYMBOLS = [
    # "resolution 2602, adopted on …", "UNSCR 2250", "la résolution 1325 du Conseil …" (not
    # one with its year or session, read before: "resolution 1325 (2000)", "2065 (XX)")
    (
        re.compile(
            rf"\b(?:(?P<org>[A-Z]{{2,6}})\s+)?(?:(?P<ga>{_GA}\s+)|(?:the\s+)?{_SC}(?:['’]s)?\s+)?"
            # the Council's numbers run below 3000: "Resolution 6811" is an OCR'd "68/1"
            rf"(?:{_RESOLUTION}|UNSCR)\s+{_NO}(?P<number>[1-9]\d{{2}}|[12]\d{{3}})\b"
            r"(?!\s*\(|\s*/|[.,]\d|\s+[A-F]\s*\()",
            re.I,
        ),
        _numbered_alone,
    ),
    # the General Assembly's emergency special sessions: "resolution ES-11/1"
    (
        re.compile(
            rf"\b(?:{_GA}\s+)?{_RESOLUTION}\s+{_NO}(ES-\d{{1,2}}/\d{{1,3}})\b|\bA/RES/(ES-\d{{1,2}}/\d{{1,3}})\b",
            re.I,
        ),
        lambda m: f"A/RES/{(m[1] or m[2]).upper()}",
    ),
    # "General Assembly resolution 217 A (III)": a lettered part of an older resolution
    (
        re.compile(
            rf"\b(?:{_GA}\s+)?{_RESOLUTION}\s+{_NO}(\d{{2,4}})\s?([A-F])\s*\(([IVXL]{{1,7}})\)",
            re.I,
        ),
        lambda m: f"A/RES/{m[1]} {m[2].upper()} ({m[3].upper()})",
    ),
    # "Commission on Human Rights resolution 2005/69", "resolution 2003/27 of the Commission
    # on Human Rights"
    (
        re.compile(
            rf"\b{_CHR},?\s+(?:in\s+its\s+)?{_RESOLUTION}\s+((?:19|20)\d\d)/(\d{{1,3}})\b"
            rf"|\b{_RESOLUTION}\s+((?:19|20)\d\d)/(\d{{1,3}})\s+(?:of|de|du|de\s+la)\s+(?:the\s+|la\s+)?{_CHR}",
            re.I,
        ),
        lambda m: "E/CN.4/RES/{}/{}".format(*[g for g in m.groups() if g]),
    ),
    # another body's resolution numbered by its year, or with it: "resolution 2019/4",
    # "IHO Resolution 2/2007"
    (
        re.compile(
            r"\b(?:(?P<org>[A-Z]{2,6})\s+)?(?:resolution|r[ée]solution|resoluci[óo]n)\s+"
            rf"{_NO}(?P<number>(?:19|20)\d\d/\d{{1,3}}|\d{{1,3}}/(?:19|20)\d\d)\b(?!/)",
            re.I,
        ),
        lambda m: f"{m['org'] + ' ' if _initials(m) else ''}resolution {m['number']}",
    ),
    # A regional community's act numbered with its initials and its organ's: "Décision
    # N°73/CEEAC/CCEG/XVI/15", "Règlement n° 01/2019/CM/UEMOA", "Acte additionnel
    # n°03/2015/CCEG/UEMOA", "Decision No. 5/ECOWAS/2019" (not the Union's "n° 1215/2012")
    (
        re.compile(
            r"\b(?P<kind>(?i:d[ée]cision|decisi[óo]n|r[èe]glement|reglamento|regulation|directive|"
            r"directiva|acte\s+additionnel|acto\s+adicional|supplementary\s+act))\s+"
            # two parts at least after the number, one of them initials; not the European
            # Union's "2030/16/EU", read as the Union's
            r"(?i:(?:n(?:o|[º°])\.?\s*)?(?P<number>\d{1,4}(?=(?:/[\w.-]+){2})"
            r"(?!/\d{1,4}/(?:eu|ec|eec|ce|cee|ue|euratom|cfsp|pesc|jha|jai)\b)(?:/[\divxl]{1,4})*"
            r"(?:/[a-z][a-z-]{1,9})+(?:/[\da-z][\w.-]{0,9})*))\b"
        ),
        lambda m: f"{' '.join(m['kind'].split())} {m['number']}".lower(),
    ),
]
# a decision by its body's session: "Decision IPCC-XLV-4"
MORE_SYMBOLS += SESSION_SYMBOLS

# A place's name before a programme or plan, not an adjective or a body ("the National Plan
# of Action", "the Regional Programme of Action" are a state's or a region's own work)
_NOT_A_PLACE = (
    r"(?!(?:The|This|That|Our|Its|Their|Your|National|Regional|Subregional|Sub-regional|"
    r"Strategic|Joint|Draft|Revised|New|Proposed|Final|Operational|Annual|Work|Country|Global|"
    r"Ministerial|Political|Gender|Action|Implementation|Updated|Interim|Emergency|Response|"
    r"Sectoral|Comprehensive|Common|General|Thematic|Technical|Partnership|Integrated|Five|Ten|"
    r"Costed|Multi|Medium|Long|Short|Communication|Institutional|Secretariat|Organization|Agency|"
    r"Department|Ministry|Committee|Council|Commission|Board|Group|Network|Programme|Youth|"
    r"Women|Children|Health|Education|Environmental|Environment|Science|Research|Training|"
    r"Capacity|Development|Security|Peace|Human|Rights|Ocean|Climate|Energy|Trade|Water|"
    r"Migration|Disability|Biodiversity|Heritage|Culture|Cultural|Youth|Cooperation|Co-operation|"
    r"International|European|African|American|Asian|Pacific|Arab|Caribbean|World|United|Union)\b)"
)
_PLACE = _NOT_A_PLACE + r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{4,8})"
# Words one of which every match holds: a letter without them is not searched
ACTION_WORDS = (
    "Action",
    "Implementation",
    "d'action",
    "d’action",
    "Acci",
    "Aplicaci",
    "Implementaci",
    "Amendment",
)
ACTION_PLANS = re.compile(
    # "the Istanbul Programme of Action (for the Least Developed Countries)", "the
    # Johannesburg Plan of Implementation", "the Durban Declaration and Programme of Action",
    # "the Hyogo Framework for Action", "the Bali Action Plan"
    rf"\b{_PLACE}\s+(?:(?:Declaration\s+and\s+)?(?:Programme|Program|Plan|Platform|Framework)\s+"
    r"(?:of|for)\s+(?:Action|Implementation)(?:\s+for\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:of\s+|and\s+|"
    r"the\s+|in\s+)*[A-Z][\w-]+){0,6})?|Action\s+(?:Plan|Agenda))\b"
    # "le Programme d'action de Durban", "le Plan d'action de Johannesburg", "el Programa de
    # Acción de Estambul", "el Plan de Aplicación de Johannesburgo"
    r"|\b(?:Programme|Plan|Plate-forme|Plateforme|Cadre)\s+d['’]\s?action\s+(?:de\s+|d['’]\s?)"
    r"(?=[A-Z])" + _PLACE + r"\b"
    r"|\b(?:Programa|Plan|Plataforma|Marco)\s+de\s+(?:Acci[óo]n|Aplicaci[óo]n|Implementaci[óo]n)"
    r"\s+de\s+(?=[A-Z])" + _PLACE + r"\b"
    # an amendment named after its place is an instrument of its own: "the Doha Amendment to
    # the Kyoto Protocol", "the Beijing Amendment" (not a constitution's "First Amendment")
    rf"|\b(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b){_PLACE}\s+"
    r"Amendment(?:\s+to\s+the\s+(?:[A-Z][\w-]+\s+){0,4}(?:Protocol|Convention|Agreement|Treaty)"
    # its title's words, not the next instrument's: "… Ozone Layer and the Beijing Amendment"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:(?:of|the|and(?!\s+the\b)|on|for|to|that)\s+)*"
    r"[A-Z][\w-]+){0,8})?)?\b"
)

# "Security Council resolutions 1325 and 1820", "les résolutions 2250, 2419 et 2535": each
# one the Council's, by its number alone (not a list of the Assembly's, nor one with years)
_BARE = r"(?:[1-9]\d{2}|[12]\d{3})\b(?!\s*\(|\s*/|[.,]\d)"
BARE_RESOLUTION_LIST = re.compile(
    rf"\b(?<!Assembly\s)(?:resolutions|r[ée]solutions|resoluciones|UNSCRs)\s+(?P<items>{_BARE}"
    rf"(?:\s*(?:,|and|et|y)\s*(?:and\s+|et\s+|y\s+)?{_BARE})+)",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(r"\d{3,4}")
