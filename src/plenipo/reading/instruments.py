"""Instruments cited in a letter, in canonical form. Pure."""

import re
import unicodedata

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import Coverage
from plenipo.reading.instrument_adopted import ADOPTED_TITLES as ADOPTED
from plenipo.reading.instrument_forms import (
    ACTION_PLANS,
    ACTION_WORDS,
    BARE_NUMBER,
    BARE_RESOLUTION_LIST,
    MORE_SYMBOLS,
)
from plenipo.reading.instrument_mending import mended
from plenipo.reading.instrument_names import CUE_WORDS, GAZETTEER_NAMES, NAMED
from plenipo.reading.instrument_symbols import ACT_SYMBOLS
from plenipo.reading.instrument_titles import (
    ADJECTIVE_TITLE,
    BETWEEN_TITLE,
    CAPITALISED_TITLE,
    CAPITALS_TITLE,
    DATE_NAMED_TITLE,
    DATED_TITLE,
    DAY_TITLE,
    DECLARATION_OF,
    FOUNDING,
    GENERIC,
    HEADQUARTERS_TITLE,
    INITIALLED_CODE,
    LOWER_TOWN_TITLE,
    NAMED_AFTER,
    NUMBERED_TITLE,
    OPTIONAL_PROTOCOL_SUBJECT,
    PEACE_TITLE,
    PLACE_TITLE,
    ROMANCE_BETWEEN,
    ROMANCE_GENERIC,
    SIGNED_TITLE,
)
from plenipo.reading.mail_forms import OF_A_DRAFT, before_next_field, without_cut_titles
from plenipo.reading.model import Mention, Span
from plenipo.reading.treaty_bodies import names_a_body, referred_again

GAZETTEER = [(re.compile(pattern, re.IGNORECASE), name) for pattern, name in GAZETTEER_NAMES]
_KIND = {
    "res": "resolution",
    "rés": "resolution",
    "dec": "decision",
    "déc": "decision",
    "rec": "recommendation",
}
# A General Assembly session in Roman numerals, an emergency or special one's too.
_GA_SESSION = r"(?:(?:ES|S)-(?:[IVXL]{1,7}|\d{1,2})|[IVXL]{1,7})"
# Resolutions of the Human Rights Council and of the Economic and Social Council, named by
# their body before or after the number: "Human Rights Council resolution 44/4", "ECOSOC
# resolution 2019/4", "the Council in its resolution 6/28", "la résolution 1996/31 du
# Conseil économique et social".
_RESOLUTION = r"(?:resolution|r[ée]solution|resoluci[óo]n)"
# a number's sign between the kind and its number: "resolución Nº 31/49", "Resolutions No. 5/2"
_NO = r"(?:N(?:[º°o]|os|ros?)\.?\s*)?"
_HRC = (
    r"(?:Human\s+Rights\s+Council|HRC|Conseil\s+des\s+droits\s+de\s+l['’]\s*homme|"
    r"Consejo\s+de\s+Derechos\s+Humanos)"
)
_ECOSOC = (
    r"(?:Economic\s+and\s+Social\s+Council|ECOSOC|Conseil\s+[ée]conomique\s+et\s+social|"
    r"Consejo\s+Econ[óo]mico\s+y\s+Social)"
)
_OF_BODY = r"\s+(?:of|du|del)\s+(?:the\s+)?"
# "Human Rights Council resolution …", "the Human Rights Council, in its resolution …"
_ITS = r"(?:,?\s+(?:in|dans|en)\s+(?:its|sa|su)\s+|\s+)"
SYMBOLS = [
    (
        re.compile(
            rf"\b{_HRC}{_ITS}{_RESOLUTION}\s+(\d{{1,2}})/(\d{{1,3}})\b|\bA/HRC/RES/(\d{{1,2}})/(\d{{1,3}})\b"
            rf"|\b{_RESOLUTION}\s+(\d{{1,2}})/(\d{{1,3}}){_OF_BODY}{_HRC}",
            re.I,
        ),
        lambda m: "A/HRC/RES/{}/{}".format(*[g for g in m.groups() if g]),
    ),
    (
        re.compile(
            rf"\b{_ECOSOC}{_ITS}{_RESOLUTION}\s+((?:19|20)\d\d)/(\d{{1,3}})\b|\bE/RES/((?:19|20)\d\d)/(\d{{1,3}})\b"
            rf"|\b{_RESOLUTION}\s+((?:19|20)\d\d)/(\d{{1,3}}){_OF_BODY}{_ECOSOC}",
            re.I,
        ),
        lambda m: "E/RES/{}/{}".format(*[g for g in m.groups() if g]),
    ),
    # The African Union's: "decision Assembly/AU/Dec.749(XXXIII)", "EX.CL/Dec.1 (XXX)"
    (
        re.compile(
            r"\b((?:Assembly|EX\.CL|PRC)/AU/(?:Dec|Decl|Res)\.\s?\d{1,4})\s*\(([IVXL]{1,7})\)"
        ),
        lambda m: f"{m[1].replace(' ', '')}({m[2]})",
    ),
    (re.compile(r"\bA/RES/(\d+)/(\d+)\b"), lambda m: f"A/RES/{m[1]}/{m[2]}"),
    (
        re.compile(
            r"\b(?:General\s+Assembly\s+)?(?:resolution|r[ée]solution|resoluci[óo]n)\s+"
            + _NO
            + r"(\d{1,3})/(\d{1,3})\b",
            re.I,
        ),
        lambda m: f"A/RES/{m[1]}/{m[2]}" if int(m[1]) > 20 else f"resolution {m[1]}/{m[2]}",
    ),
    (
        re.compile(
            r"\b(?:(?:Security\s+Council\s+)?(?:resolutions?|r[ée]solution|resoluci[óo]n)|UNSCRs?)\s+"
            + _NO
            + r"(\d{3,4})\s*\((\d{4})\)",
            re.I,
        ),
        lambda m: f"S/RES/{m[1]} ({m[2]})",
    ),
    (re.compile(r"\bS/RES/(\d{1,4})\s*\((\d{4})\)"), lambda m: f"S/RES/{m[1]} ({m[2]})"),
    # The General Assembly's older resolutions, numbered with their session in Roman numerals:
    # "resolution 2065 (XX)", "résolution 1474 (ES-IV)", "resolución 3160 (XXVIII)".
    (
        re.compile(
            rf"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\s+{_NO}(\d{{2,4}})\s*"
            rf"\(({_GA_SESSION})\)",
            re.I,
        ),
        lambda m: f"A/RES/{m[1]} ({m[2].upper()})",
    ),
    (
        re.compile(rf"\bA/RES/(\d{{2,4}})\s*\(({_GA_SESSION})\)", re.I),
        lambda m: f"A/RES/{m[1]} ({m[2].upper()})",
    ),
    (
        # "Ministerial Council Decision No. 3/28" is the council's decision 3/28
        re.compile(
            r"\b(?:decision|d[ée]cision|decisi[óo]n)\s+" + _NO + r"(\d{1,2})/(\d{1,3})\b", re.I
        ),
        lambda m: f"decision {m[1]}/{m[2]}",
    ),
    # Decisions numbered by the session of the body that took them: "decision 5/COP.12",
    # "decision 1/CMP.1", "décision 2/CP.17"
    (
        re.compile(
            r"\b(?:decisions?|d[ée]cisions?|decisi[óo]n(?:es)?)\s+(\d{1,2})/(COP|CMP|CMA|CP)\.?\s?(\d{1,2})\b",
            re.I,
        ),
        lambda m: f"decision {m[1]}/{m[2].upper()}.{m[3]}",
    ),
    (
        # the series in French too, "STCE n° 197", "STE n° 5" (not a suite's "Ste 200")
        re.compile(
            r"\b(?:(?:CETS|ETS)\s*(?:No\.?|n[°ºo]\.?|-)?|(?-i:STCE|STE)\s*n[°º]\.?)\s*(\d{1,3})\b",
            re.I,
        ),
        lambda m: f"CETS-{m[1]}",
    ),
    # Resolutions and decisions of conferences of parties and their committees:
    # "Resolution VII.1", "resolution Conf. 4.6 (Rev. CoP13)", "decision SC35-3",
    # "Décision SC58-15".
    (
        re.compile(
            r"\b(?:resolution|r[ée]solution|resoluci[óo]?n|decision|d[ée]cision|decisi[óo]n|"
            r"recommendation|recommandation|recomendaci[óo]n)\s+"
            r"(?:Conf\.\s*)?(?:(?:SG\s+)?(?:COP|CoP|SC|StC)\s?\d{1,2}[-.]\d{1,3}|[IVXL]{1,6}[./-]\d{1,3}"
            r"|\d{1,2}\.\d{1,3})(?:\s*\(Rev\.\s*CoP\s?\d{1,2}\))?",
            re.I,
        ),
        # "Résolution VII.1" and "Resolution VII.1" are one text
        lambda m: " ".join([_KIND[m[0][:3].lower()], *m[0].split()[1:]]).lower(),
    ),
    # Decisions of conferences and platforms by their body's initials: "decision IPBES-4/1",
    # "decisions BC-11/25", "décision RC-5/2".
    (
        re.compile(
            r"\b(?:decisions?|d[ée]cisions?|decisi[óo]n(?:es)?)\s+([A-Z]{2,6}-\d{1,2}/\d{1,3})\b",
            re.I,
        ),
        lambda m: f"decision {m[1].upper()}",
    ),
    # The ITU's: "Resolution 121 (Marrakesh, 2002)", "Resolution 71 (Rev. Dubai, 2018)",
    # "Recommendation ITU-R M.1036"
    (
        re.compile(
            r"\b(?:Resolution|R[ée]solution|Resoluci[óo]n)\s+(\d{1,3})\s+\((?:Rev\.\s*)?"
            r"([A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)?),\s*((?:19|20)\d\d)\)"
        ),
        lambda m: f"resolution {m[1]} ({m[2].lower()}, {m[3]})",
    ),
    (
        re.compile(r"\bRecommendations?\s+(ITU-[RTD]\s+[A-Z]{1,3}\.\d{1,4}(?:\.\d{1,3})?)"),
        lambda m: f"recommendation {m[1]}",
    ),
    # Resolutions, decisions and recommendations numbered by their body's own symbol:
    # "resolution WHA72.1", "decision EB144(2)", "resolution MSC.456(101)",
    # "Recommendation CM/Rec(2010)5" (initials in capitals, then the number); an
    # assembly's one letter before its dot: "resolution A.1150(32)"
    (
        re.compile(
            r"\b(?P<kind>(?i:resolution|r[ée]solution|resoluci[óo]n|decision|d[ée]cision|"
            r"decisi[óo]n|recommendation|recommandation|recomendaci[óo]n))\s+"
            r"(?P<symbol>(?:[A-Z][A-Za-z]{1,5}|[A-Z](?=\.\d))(?:/[A-Z][A-Za-z]{1,5}){0,2}\.?\(?\d{1,4}\)?\d{0,4}"
            r"(?:[.]\d{1,4})?(?:\s?\(\d{1,4}\))?)(?![\w/)])"
        ),
        lambda m: f"{_KIND[m['kind'][:3].lower()]} {m['symbol']}",
    ),
    # "Parliamentary Assembly Recommendation 1456 (2000)", "Recommendation 1201 (1993)"
    (
        re.compile(
            r"\b(?:Recommendation|Recommandation|Recomendaci[óo]n)\s+(\d{2,4})\s*\((\d{4})\)"
        ),
        lambda m: f"recommendation {m[1]} ({m[2]})",
    ),
]
SYMBOLS += ACT_SYMBOLS + MORE_SYMBOLS
# The European Union's acts, by their number: "Regulation (EU) 2019/1020", "Council
# Directive 2011/16/EU", "Règlement (UE) n° 1215/2012", "Directiva 2014/24/UE".
_EU = r"(?:EU|EC|EEC|CE|CEE|UE|Euratom|CFSP|PESC|JHA|JAI)"
SYMBOLS.append(
    (
        re.compile(
            r"\b(?P<kind>Regulation|R[èe]glement|Reglamento|Directive|Directiva|Decision|"
            rf"D[ée]cision|Decisi[óo]n)\s+(?:\({_EU}\)\s+)?(?:N(?:o|[º°])\.?\s*)?"
            rf"(?P<number>(?:19|20)\d\d/\d{{1,4}}(?:/{_EU})?|\d{{1,4}}/(?:19|20)\d\d|"
            rf"\d\d/\d{{1,4}}/{_EU})\b",
            re.IGNORECASE,
        ),
        lambda m: f"{_EU_KIND[m['kind'][:3].lower()]} {_eu_number(m['number'])}",
    )
)
# French and Spanish write the Union's initials their way: "2011/16/UE" is "2011/16/EU"
_EU_INITIALS = {"UE": "EU", "CE": "EC", "CEE": "EEC", "EURATOM": "Euratom"}


def _eu_number(number: str) -> str:
    head, _, initials = number.upper().rpartition("/")
    if not head or initials.isdigit():
        return number
    return f"{head}/{_EU_INITIALS.get(initials, initials)}"


_EU_KIND = {"reg": "regulation", "règ": "regulation", "dir": "directive"}
_EU_KIND |= {"dec": "decision", "déc": "decision"}
# A provision of a named text: "Rule 18 of the Rules of Procedure", "Article 61 of the
# OAS Charter", "WMO General Regulation 37", "artículo 18 del Reglamento". They are read
# before the names of whole texts, which they hold.
PROVISIONS = [
    (
        re.compile(
            # "paragraphs 1 and 2 of article 12 of the Conference Standing Orders"
            r"(?:\b(?:paragraphs?|paragraphes?|p[áa]rrafos?)\s+\d{1,2}(?:\s+(?:and|et|y)\s+\d{1,2})?"
            r"\s+(?:of|de|del)\s+(?:l['’]\s*)?)?"
            r"\b(?:(?:Rule|Article|Regulation|R[èe]gle|Art[ií]culo)\s+|Art\.\s?)([IVXL]+|\d{1,3})[°º]?(?:[-.]\d{1,2})?(?:\s*\([a-z0-9]\))?"
            # the article's heading after its number: "Article I (Purpose) of the Agreement"
            r"(?:\s+\((?-i:[A-Z][a-z]+)(?:\s+(?-i:[a-z]+)){0,3}\))?"
            # "Article XV, paragraph 1 (a), of the Convention"
            r"(?:,?\s+(?:paragraphs?|p[áa]rrafos?|paragraphes?|alin[ée]as?|incisos?)\s+(?:\d{1,2}|[IVX]{1,4}\b)"
            r"(?:\s*\([a-z]\))?"
            r"(?:\s+(?:or|and|ou|et|o|y)\s+\d{1,2})?,?)?"
            r"\s+(?:of\s+the\s+|du\s+|de\s+la\s+|del\s+|de\s+l['’]\s*)(?:\w+\s+){0,2}?(Rules\s+of\s+Procedure|Charter|Constitution|"
            r"Convention|Protocol|Agreement|Treaty|Covenant|Memorandum|Statute|Protocole|Accord|Statut|"
            r"Protocolo|Acuerdo|Convenio|Tratado|Estatuto|Financial\s+Rules|Financial\s+Regulations|General\s+Regulations|"
            r"General\s+Rules(?:\s+of\s+the\s+Organi[sz]ation)?|Standing\s+Orders|Staff\s+Rules|"
            r"R[èe]glement\s+int[ée]rieur|Reglamento|Carta|Charte)\b",
            re.IGNORECASE,
        ),
        lambda m: f"rule {m[1].lower()} of the {' '.join(m[2].split()).lower()}",
    ),
    (
        # FAO's General Rules by their initials: "(Rule XXXIV-1 GRO)"
        re.compile(r"\bRule\s+([IVXL]+|\d{1,3})(?:-\d{1,2})?(?:\s*\([a-z]\))?\s+GRO\b"),
        lambda m: f"rule {m[1].lower()} of the general rules of the organization",
    ),
    (
        # "WMO General Regulation 37": the organization's initials are the rule's
        re.compile(r"\b(?:([A-Z]{2,6})\s+)?General\s+Regulation\s+(\d{1,3})\b"),
        lambda m: " ".join(filter(None, [(m[1] or "").lower(), f"general regulation {m[2]}"])),
    ),
    # A revision of a convention by the city where it was revised: "the Stockholm Act of the
    # Paris Convention", "l'Acte de Paris de la Convention de Berne"
    (
        re.compile(
            r"\b[A-Z][a-z]{2,}\s+Act\s+of\s+the\s+(?:[A-Z][a-z]+\s+){1,2}(?:Convention|Agreement|Arrangement)"
            r"|\bActe\s+de\s+[A-Z][a-z]+\s+de\s+(?:la\s+Convention|l['’]Arrangement|l['’]Accord)\s+de\s+[A-Z][a-z]+"
        ),
        lambda m: " ".join(m[0].split()).lower(),
    ),
    # A body's own rules named after it ("Ramsar financial rules"), not a quoted title's words
    (
        re.compile(
            r"(?<!['‘“\"])\b(?!(?:The|This|These|Its|Our|Their|Such|Under|In|By|With)\b)"
            r"(?:[A-Z][\w-]+\s+){0,2}"
            r"[A-Z][\w-]{2,}\s+(?:[Ff]inancial|[Ss]taff)\s+(?:[Rr]ules|[Rr]egulations)\b"
        ),
        lambda m: " ".join(m[0].split()).lower(),
    ),
]
# A provision's text whose title goes on: "… of the Charter of the United Nations",
# "… de la Carta de las Naciones Unidas", "… of the Convention on …".
TITLE_GOES_ON = re.compile(
    r"\s+(?:on|of|for|against|between|establishing|concerning|relating|de|des|du|del|sur|sobre|"
    # not its year alone: "Article V of the International Whaling Convention of 1946"
    r"relative|relativ[oa]|contre|contra|entre|"
    # a French or Spanish title going on with its participle: "… de la Convention portant
    # création de l'Union", "… instituant …", "… del Convenio por el que se establece …"
    r"portant|instituant|[ée]tablissant|concernant|relatif|por\s+el\s+que|que\s+establece)\s(?!\s*(?:1[6-9]|20)\d\d\b(?!\s+(?:on|for|de|sur)\b))",
    re.IGNORECASE,
)
# The kinds of text whose title the names below read when it goes on after a provision
TITLED_KIND = re.compile(
    r"(?:Convention|Charter|Charte|Carta|Protocol|Protocole|Protocolo|Agreement|Accord|Acuerdo|"
    r"Convenio|Treaty|Tratado|Covenant)$",
    re.IGNORECASE,
)
CODES = {code for _, code in NAMED}

# "resolutions 1409 (2002), 1447 (2002) and 1454 (2002)": each one cited.
# "resoluciones 3160 (XXVIII), 31/49 y 37/9": a list mixing the General Assembly's forms.
_RESOLUTION_ITEM = (
    rf"(?:(?<![\w.])\d{{2,4}}\s*\((?:\d{{4}}|{_GA_SESSION})\)|(?<![\w.])\d{{1,2}}/\d{{1,3}}\b)"
)
# An item of an OCR'd list whose number came out garbled ("15.95(XV)", "logo (XI)") is no
# citation, but the list goes on after it.
_GARBLED_ITEM = rf"(?<![\w.])[\w.]{{2,6}}\s*\({_GA_SESSION}\)"
# The Assembly may be named between the kind and the numbers, and each may carry its date:
# "les résolutions de l'Assemblée générale 1583 (XV) et 1590 (XV) du 20 décembre 1960, 1619
# (XV) du 21 avril 1961", "resolutions of the General Assembly: 1122 (XI) of 26 November 1956".
# OCR may glue the kind to the words about it ("desrésolutions", "résolutionsde") and
# misread a digit of a year ("19j6").
_ASSEMBLY = (
    r"(?:\s*(?:of\s+the\s+General\s+Assembly|de\s+l['’]\s*Assembl[ée]e\s*g[ée]n[ée]rale|"
    r"de\s+la\s+Asamblea\s+General))?\s*:?\s*" + _NO
)
_ITEM_DATE = r"(?:\s+(?:of|du|de|del)\s+(?:\w+\s*){1,3}?\d\d\w\d)?"
_LIST_KIND = r"(?:\b|(?<=\bdes)|(?<=\bles))(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)"
RESOLUTION_LIST = re.compile(
    rf"{_LIST_KIND}{_ASSEMBLY}{_RESOLUTION_ITEM}"
    rf"(?:{_ITEM_DATE}\s*(?:,|and|et|y)\s*(?:and\s+|et\s+|y\s+)?"
    rf"(?:{_RESOLUTION_ITEM}|{_GARBLED_ITEM}))*",
    re.I,
)

# "decisions 5/COP.9, 5/COP.10 and 5/COP12": every decision of the list
DECISION_LIST = re.compile(
    r"\b(?:decisions|d[ée]cisions|decisiones)\s+\d{1,2}/(?:COP|CMP|CMA|CP)\.?\s?\d{1,2}"
    r"(?:\s*(?:,|and|et|y)\s*\d{1,2}/(?:COP|CMP|CMA|CP)\.?\s?\d{1,2})+",
    re.I,
)
# "decisions XIII/5 and XIII/6", "resolutions 5/4 and 5/6", "Resolutions XI.1 and XI.2",
# "decisions BC-11/25 and BC-12/3": each read as the one decision or resolution it is
_LISTED = r"(?:[A-Z]{2,6}-)?(?:\d{1,2}|[IVXL]{1,6})[./-]\d{1,3}\b"
PLURAL_LIST = re.compile(
    r"\b(?P<kind>decisions|d[ée]cisions|decisiones|resolutions|r[ée]solutions|resoluciones)\s+"
    rf"(?P<items>{_LISTED}(?:\s*(?:,|and|et|y)\s*{_LISTED})*)",
    re.IGNORECASE,
)
LISTED = re.compile(_LISTED, re.IGNORECASE)
SESSION_DECISION = re.compile(r"(\d{1,2})/(COP|CMP|CMA|CP)\.?\s?(\d{1,2})", re.I)


# A protocol or amendment to a treaty names the treaty in its own title: "Optional Protocol to
# the Convention on the Rights of the Child", "Protocole n° 16 à la Convention européenne …"
# cite the protocol, not the treaty too.
TO_THE_TREATY = re.compile(
    r"(?:Protocol|Protocole|Protocolo|Amendment|Amendement|Enmienda)"
    r"(?:\s+(?i:Additional|additionnel|adicional))?(?:\s+(?:(?:No\.|N[º°o]\.?|n°|núm\.)\s*)?\d{1,3}"
    # or named after its place: "le Protocole de Kyoto à la Convention-cadre …"
    r"|\s+[IVX]{1,3}|\s+de\s+[A-Z][\w-]+)?\s+(?:(?:to|à|a)\s+(?:the|la|el|l['’])|aux|a\s+los)\s*$"
    # an optional protocol in French or Spanish: "le Protocole facultatif se rapportant à la
    # Convention …", "el Protocolo Facultativo de la Convención …"
    r"|(?:Protocole|Protocolo)\s+(?i:facultatif|facultativo)\s+(?:se\s+rapportant\s+[àa]|de)\s+"
    r"(?:la|l['’])\s*$",
    re.IGNORECASE,
)


# An indefinite article before a title's kind: a treaty of that kind, not one named
A_TREATY_TO_COME = re.compile(r"(?:\b(?:an?|une?|una)|\bd['’]\s?une?)\s+$", re.IGNORECASE)


def _part_of_a_protocols_title(text: str, start: int) -> bool:
    return bool(TO_THE_TREATY.search(text, max(0, start - 40), start))


def _known(text: str) -> str | None:
    for pattern, code in NAMED:
        if pattern.search(text):
            return code
    for pattern, name in GAZETTEER:
        if pattern.fullmatch(text.strip()):
            return name
        found = pattern.search(text) if len(text) < 90 else None
        if found and not _part_of_a_protocols_title(text, found.start()):
            return name
    return None


_TRAILING = re.compile(r"\s+(?:de|del|des|of|du)$", re.IGNORECASE)


def _paragraph_end(text: str, start: int, end: int) -> int:
    blank = re.search(r"\n[ \t]*\n", text[start:end])
    # nor, in an e-mail's head, into the next field ("… Convention de Bamako / Date : …")
    return before_next_field(text, start, start + blank.start() if blank else end)


def _name_start(provision) -> int:
    """Where the name of the text a provision belongs to starts ("Article 61 of the |OAS
    Charter")."""
    before = provision.string[provision.start() : provision.start(2)]
    joins = list(re.finditer(r"\s(?:of\s+the\s|du\s|de\s+la\s|del\s|de\s+l['’]\s*)", before, re.I))
    return provision.start() + joins[-1].end() if joins else provision.start(2)


LEADING_ARTICLE = re.compile(r"^(?:the\s+|l['’]\s*|el\s+)")


def canonical(text: str) -> str:
    """The canonical form of one cited instrument (as written, or as labelled)."""
    if text.strip().upper() in CODES:
        return text.strip().upper()
    known = _known(text)
    for pattern, build in PROVISIONS:
        match = pattern.match(text.strip(" “\"'"))
        if match:
            return build(match)
    if known:
        return known
    for pattern, build in SYMBOLS:
        match = pattern.search(text)
        if match:
            return build(match)
    # "l'accord conclu le …" and "accord conclu le …" are one instrument: the article is none
    # of its name
    return LEADING_ARTICLE.sub("", " ".join(text.split()).lower())


def canonical_instruments(text: str, title_case: str | None = None) -> list[Mention]:
    """Each instrument cited, once, at its first citation (by name, by symbol, or in the
    general form of an instrument's title). A letter in capitals is read in sentence case
    (``text``), and its titles in its copy with each word capitalised (``title_case``)."""
    text, title_case = mended(text), mended(title_case)
    citations = _Citations(text)
    # The order is the order of trust: a span taken by one pass is not read again by the next.
    citations.read_provisions()
    citations.read_names()
    citations.read_symbols_and_lists()
    citations.read_titles()
    if title_case is not None:
        for match in CAPITALISED_TITLE.finditer(title_case):
            citations.add(" ".join(match.group(0).split()), match.span(), 0.5, name=True)
    found = citations.found
    held = {c: s for c, s in citations.held.items() if c not in citations.seen}
    found += referred_again(text, held, list(citations.seen))
    # the Rules of Procedure named again after one of their rules is cited already
    if any(m.text.startswith("rule ") and m.text.endswith("rules of procedure") for m in found):
        found = [m for m in found if m.text != "rules of procedure"]
    found = without_cut_titles(found, text)
    return sorted(found, key=lambda mention: mention.evidence.start)


class _Citations:
    """The instruments found so far in one text, and the spans already read."""

    def __init__(self, text):
        self.text = text
        self.found: list[Mention] = []
        self.seen: set[str] = set()
        self.taken = Coverage(len(text))
        self.held: dict[str, tuple[int, int]] = {}
        # where the name of a text a provision was read in starts ("article 40 du |Statut …")
        self.provided: set[int] = set()

    def add(self, code, span, confidence, claim=True, name=False):
        if self.taken.overlaps(span[0], span[0] + 1):
            return
        if claim:
            self.taken.add(*span)
        if name and names_a_body(self.text, *span):
            self.held.setdefault(code, span)
        elif code not in self.seen:
            self.seen.add(code)
            self.found.append(Mention(code, Span(*span), confidence))

    def read_provisions(self):
        text = self.text
        for index, (pattern, build) in enumerate(PROVISIONS):
            for match in caseless(pattern).finditer(text):
                # "Article 22 of the Vienna Convention on Diplomatic Relations": the title goes
                # on after its kind (the first form's), and the instrument is cited by it
                titled = index == 0 and bool(TITLED_KIND.match(match[2]))
                if index == 0 and OF_A_DRAFT.search(text, match.start(), match.start(2)):
                    continue  # "article 6 of the draft agreement": a text still negotiated
                if titled and TITLE_GOES_ON.match(text, match.end()):
                    continue
                # "Article 62 of the OAS Charter" cites the Charter too: the text's own name
                # stays free for the names below
                self.add(build(match), match.span(), 0.8, claim=index != 0)
                if index == 0:
                    self.taken.add(match.start(), _name_start(match))
                    self.provided.add(_name_start(match))

    def read_names(self):
        text = self.text
        for pattern, code in NAMED:
            for match in caseless(pattern).finditer(text):
                # the treaty a protocol's or an amendment's title names is not cited by it
                if not _part_of_a_protocols_title(text, match.start()):
                    self.add(code, match.span(), 0.9, name=True)
        lowered = text.lower()
        # a cue written without its accent is found in a text that writes it ("biolog" in
        # "Diversidad Biológica")
        plain = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
        for pattern, name in GAZETTEER:
            cues = CUE_WORDS[name]
            if any(map(lowered.__contains__, cues)) or any(map(plain.__contains__, cues)):
                for match in caseless(pattern).finditer(text):
                    if not _part_of_a_protocols_title(text, match.start()):
                        self.add(name, match.span(), 0.85, name=True)

    def read_symbols_and_lists(self):
        text, add = self.text, self.add
        for pattern, build in SYMBOLS:
            for match in caseless(pattern).finditer(text):
                add(build(match), match.span(), 0.8)
        for match in caseless(RESOLUTION_LIST).finditer(text):
            for number in re.finditer(_RESOLUTION_ITEM, match.group(0), re.I):
                span = (match.start() + number.start(), match.start() + number.end())
                add(canonical(f"resolution {number.group(0)}"), span, 0.75, claim=False)
        for match in caseless(PLURAL_LIST).finditer(text):
            kind = "decision" if match["kind"].lower().startswith("d") else "resolution"
            for item in LISTED.finditer(match["items"]):
                span = (match.start("items") + item.start(), match.start("items") + item.end())
                add(canonical(f"{kind} {item.group(0)}"), span, 0.75, claim=False)
        for match in caseless(BARE_RESOLUTION_LIST).finditer(text):
            for number in BARE_NUMBER.finditer(match["items"]):
                span = (match.start("items") + number.start(), match.start("items") + number.end())
                add(f"S/RES/{number.group(0)}", span, 0.7, claim=False)
        for match in caseless(DECISION_LIST).finditer(text):
            for number in SESSION_DECISION.finditer(match.group(0)):
                span = (match.start() + number.start(), match.start() + number.end())
                code = f"decision {number[1]}/{number[2].upper()}.{number[3]}"
                add(code, span, 0.75, claim=False)

    def read_titles(self):
        text, add = self.text, self.add
        # a programme or plan named after its place, before the general form takes its tail
        planned = any(word in text for word in ACTION_WORDS)
        for match in caseless(ACTION_PLANS).finditer(text) if planned else ():
            add(" ".join(match.group(0).split()), match.span(), 0.6, name=True)
        titles = (
            BETWEEN_TITLE,
            ROMANCE_BETWEEN,
            GENERIC,
            ROMANCE_GENERIC,
            PLACE_TITLE,
            DECLARATION_OF,
            ADJECTIVE_TITLE,
        )
        for pattern in (*titles, HEADQUARTERS_TITLE, PEACE_TITLE, LOWER_TOWN_TITLE, *ADOPTED):
            for match in caseless(pattern).finditer(text):
                self._add_title(match)
        for pattern in (DATE_NAMED_TITLE, DAY_TITLE):
            for match in caseless(pattern).finditer(text):
                add(" ".join(match.group(0).split()), match.span(), 0.6)
        for match in caseless(NUMBERED_TITLE).finditer(text) if "(No." in text else ():
            add(" ".join(match.group(0).split()), match.span(), 0.6, name=True)
        for pattern in (INITIALLED_CODE, SIGNED_TITLE):
            for match in caseless(pattern).finditer(text):
                add(" ".join(match.group(0).split()), match.span(), 0.6, name=True)
        for match in CAPITALS_TITLE.finditer(text[:3000]):
            add(" ".join(match.group("name").split()), match.span("name"), 0.6)
        # a body's founding text named by one of its articles is cited by the article
        for match in caseless(FOUNDING).finditer(text):
            if match.start() not in self.provided:
                add(" ".join(match.group(0).split()), match.span(), 0.6, name=True)
        for match in caseless(NAMED_AFTER).finditer(text):
            add(" ".join(match.group("name").split()), match.span("name"), 0.55, name=True)

    def _add_title(self, match):
        text = self.text
        # a treaty yet to be made is no instrument cited ("until the conclusion of a Treaty of
        # Commerce"), nor the text a provision is cited in ("Rule 3 of the |General Rules …")
        to_come = A_TREATY_TO_COME.search(text, max(0, match.start() - 8), match.start())
        if to_come or match.start() in self.provided:
            return
        # a title ends on no small word of the date or sentence after it ("… de 1961")
        end = match.start() + len(_TRAILING.sub("", match.group(0)))
        dated = DATED_TITLE.match(text, end)
        end = dated.end() if dated else end
        # an optional protocol's subject in lower case is its title's: "… of the Child on a
        # communications procedure"
        tail = OPTIONAL_PROTOCOL_SUBJECT.match(text, end)
        if tail and re.match(r"Optional\s+Protocol\s+to\s", match.group(0)):
            end = tail.end()
        # and never runs over a blank line into the next heading
        end = _paragraph_end(text, match.start(), end)
        # a protocol's or an amendment's title holds the treaty's: "Protocol No. 16 to the …"
        protocol = TO_THE_TREATY.search(text, max(0, match.start() - 40), match.start())
        start = protocol.start() if protocol else match.start()
        name = re.sub(r"(?<=\w)- (?=[A-Z])", "-", " ".join(text[start:end].split()))
        # "the Convention de Berne" after its full title is the same instrument, and so is a
        # title given with its number in the treaty series ("… (CETS No. 210)") read already
        if canonical(name) in self.seen:
            return
        if not any(known.text.lower().startswith(name.lower()) for known in self.found):
            self.add(name, (start, end), 0.6, name=True)
