"""Instruments a body or a conference adopted, named by what they are rather than by a
treaty's kind: the regulations or rules of an organization or a treaty, the political
declaration of a meeting, the agenda, pathway or compact a conference adopted, and a
decision by its body's initials and session. Pure patterns, read by ``instruments``."""

import re

# A word of a title in Title Case, and the small words a title goes on with
_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_SMALL = r"(?:\s+(?:(?:of|on|for|and|the|in|to)\s+)*"
_TITLE_GOES_ON = (
    _SMALL
    + r"(?!(?:Meetings?|Sessions?|Secretariat|Parties|States|Members)\b)"
    + _WORD
    + r"){0,10}"
)

# "the Regulations for the Implementation of the Treaty", "the Financial Regulations of the
# Organization", "the Common Regulations under the Madrid Agreement", "the Staff Rules of
# the Organization" (not its Rules of Procedure, read as such, nor "rules of the game")
RULES_OF = re.compile(
    r"(?-i:\b(?:(?:Financial|Staff|General|Common|Implementing|Internal|Administrative)\s+)?"
    r"(?:Regulations|Rules)(?:\s+and\s+Rules)?\s+"
    r"(?:for\s+the\s+Implementation\s+of|under|of)\s+the\s+" + _WORD + _TITLE_GOES_ON + r")"
)

# "le Règlement d'exécution du Traité", "le Règlement financier de l'Organisation",
# "el Reglamento Financiero de la Organización", "el Reglamento Interno de la Corporación"
ROMANCE_RULES_OF = re.compile(
    r"(?-i:\b(?:R[èe]glement|Reglamento)\s+"
    r"(?i:financier|financiero|int[ée]rieur|interno|d['’]\s?ex[ée]cution|de\s+ejecuci[óo]n|"
    r"du\s+personnel|del\s+personal|g[ée]n[ée]ral)\s+"
    r"(?:du|de\s+la|de\s+l['’]\s?|del)\s*"
    + _WORD
    + r"(?:\s+(?:de\s+la\s+|de\s+l['’]\s?|del\s+|des\s+|de\s+)?"
    + _WORD
    + r"){0,4})"
)

# "the Political Declaration of the High-level Meeting on Universal Health Coverage",
# "la Declaración Política de la Reunión de Alto Nivel sobre …", "la Déclaration politique
# de la Réunion de haut niveau sur le VIH/sida" (its name is up to the meeting's subject)
POLITICAL_DECLARATION = re.compile(
    r"(?-i:\bPolitical\s+Declaration\s+(?:of|on)\s+the\s+" + _WORD + _SMALL + _WORD + r"){0,10})"
    r"|(?-i:\b(?:Declaraci[óo]n\s+[Pp]ol[íi]tica|D[ée]claration\s+politique)\s+"
    r"(?:de\s+la|del|de)\s+(?i:r[ée]union|reuni[óo]n|cumbre|sommet|conf[ée]rence|conferencia)"
    r"(?:\s+(?i:de\s+alto\s+nivel|de\s+haut\s+niveau))?"
    r"(?:\s+(?:sur|sobre)\s+(?:(?:le|la|les|el|los|las|l['’])\s?)?[\w/'’-]+"
    r"(?:\s+(?:y\s+)?[A-ZÀ-Ý][\w/'’-]+){0,4})?)"
)

# What a conference adopts besides treaties: "the New Urban Agenda", "the SAMOA Pathway",
# "the Global Digital Compact", "the Addis Ababa Action Agenda", "the Global Compact for
# Safe, Orderly and Regular Migration": named by its initials in capitals or two words in
# Title Case; not a meeting's own agenda ("the Provisional Agenda", "the Draft Agenda")
_NOT_A_MEETINGS_OWN = (
    r"(?!(?:Provisional|Draft|Annotated|Revised|Proposed|Preliminary|Tentative|Final|Meeting|"
    r"Session|Conference|Our|This|That|Its|Their|Your|The)\b)"
)
ADOPTED_AGENDA = re.compile(
    r"(?-i:(?<=\b[Tt]he\s)(?:[A-Z]{3,8}\s+|"
    + _NOT_A_MEETINGS_OWN
    + r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+)"
    r"(?:Agenda|Pathway|Compact)\b"
    r"(?:\s+(?:for|on)\s+"
    + _WORD
    + r"(?:(?:,\s+|\s+(?:and|or|of|the)\s+|\s+)"
    + _WORD
    + r"){0,6})?)"
)
# "la Nueva Agenda Urbana", "el Pacto Digital Global", "el Pacto Mundial para la Migración
# Segura, Ordenada y Regular" (words in Title Case after the kind)
ROMANCE_ADOPTED_AGENDA = re.compile(
    r"(?-i:(?<=\b(?:[Ll]a|[Ee]l|[Ll]e)\s)(?:Nueva\s+|Nouvel\s+)?(?:Agenda|Pacto|Pacte|Programa)"
    r"(?:\s+(?!(?:de|del|para|pour)\b)[A-ZÀ-Ý][\w-]+){1,2}\b)"
)

# The texts that govern a body's work, with an appendix or annex of them: "the Principles
# Governing IPCC Work", "Appendix A to the Principles Governing IPCC Work", "the Procedures
# Governing the Work of the Panel"
GOVERNING = re.compile(
    r"(?-i:\b(?:(?:Appendix|Annex)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s+to\s+the\s+)?"
    r"(?:Principles|Procedures|Guidelines)\s+Governing\s+(?:the\s+)?"
    + _WORD
    + r"(?:\s+(?:of\s+the\s+|of\s+)?"
    + _WORD
    + r"){0,4}"
    # the body's "work" as some write it: "the Principles Governing IPCC work"
    + r"(?:\s+work\b)?)"
)

ADOPTED_TITLES = (
    GOVERNING,
    RULES_OF,
    ROMANCE_RULES_OF,
    POLITICAL_DECLARATION,
    ADOPTED_AGENDA,
    ROMANCE_ADOPTED_AGENDA,
)

# A decision by its body's initials, its session in Roman numerals and its number:
# "Decision IPCC-XLV-4", "décision IPCC/XLVI-2", "resolution EC-LXX-3"
SESSION_SYMBOLS = [
    (
        re.compile(
            r"\b(?P<kind>decisions?|d[ée]cisions?|decisi[óo]n(?:es)?|resolutions?|"
            r"r[ée]solutions?|resoluci[óo]n(?:es)?)\s+"
            r"(?P<symbol>[A-Z]{2,6}[-/][IVXL]{1,7}-\d{1,3})\b",
            re.I,
        ),
        lambda m: (
            ("decision" if m["kind"][0] in "dD" else "resolution") + " " + m["symbol"].upper()
        ),
    ),
]
