"""A treaty named inside the name of its writer or of a body, and spoken of again as "the
Convention": whether the letter cites it. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.lines import line_of
from plenipo.reading.model import Mention, Span

# A treaty named inside the name of its writer or of a body names the body and cites nothing:
# "The Secretariat of the Convention on Wetlands presents its compliments", "the Standing
# Committee of the Ramsar Convention", "le Secrétariat de la Convention sur …", "the UNFCCC
# secretariat". "The Conference of the Parties to the Convention" speaks of its parties, and
# cites it.
_BODY = (
    r"(?:Secretariat|Bureau|Secretary(?:[- ]General)?|(?:Standing|Compliance|Implementation|"
    r"Technical|Scientific|Credentials)\s+Committee|Committee|Council|Board|Panel|Partners|"
    r"web\s?site|budget|logo|Secr[ée]tariat|Secr[ée]taire(?:\s+g[ée]n[ée]ral)?|Comit[ée]"
    r"(?:\s+permanente?)?|site\s+web|Secretar[íi]a|Secretari[oa](?:\s+General)?|sitio\s+web|"
    # a tribunal or commission set up by the treaty: "the arbitral tribunal of the Agreement
    # on …", "le tribunal d'arbitrage de l'Accord sur …"
    r"(?:Arbitral\s+)?Tribunal(?:\s+arbitral|\s+d['’]\s*arbitrage|\s+de\s+arbitraje)?|"
    r"(?:Mixed\s+|Joint\s+)?Commission(?:\s+mixte)?|Comisi[óo]n(?:\s+[Mm]ixta)?)"
)
# the body of several treaties names them in a list: "the Secretariat of the Basel, Rotterdam
# and Stockholm Conventions"
_LISTED_BEFORE = r"(?:[A-Z][\w-]+,?\s+(?:and\s+|et\s+|y\s+)?){0,4}"
BODY_BEFORE = re.compile(
    rf"\b{_BODY}\s+(?:of|de|del|for)\s+(?:the\s+|la\s+|l['’]\s*|el\s+)?{_LISTED_BEFORE}$",
    re.IGNORECASE,
)
BODY_AFTER = re.compile(
    r"s?\s*(?:(?:Standing|Compliance|Implementation|Technical)\s+Committee|Committee|Secretariat|"
    r"Bureau|Secretary|web\s?site)\b",
    re.IGNORECASE,
)
# A treaty the letter names only in a body's name is still cited where the letter speaks of
# it again as "the Convention" in a phrase about the treaty itself: its parties, its
# articles, what is done under it ("the 160 Contracting Parties to the Convention",
# "Parties contractantes à la Convention", "Partes Contratantes en la Convención").
_HEADS = (
    r"Convention|Convenio|Convenci[óo]n|Protocol|Protocole|Protocolo|Agreement|Accord|Acuerdo|"
    r"Treaty|Trait[ée]|Tratado"
)
REFERRED = re.compile(
    r"(?:\b(?:(?:(?:Contracting|States)\s+)?Part(?:y|ies)|Contracting\s+Governments|Signator(?:y|ies)|"
    r"Parties\s+contractantes|[ée]tats\s+parties|Partes(?:\s+Contratantes)?|Estados\s+Partes)"
    r"\s+(?:to|in|of|à|en|a|de)\s+(?:the|la|el|l['’])\s*"
    r"|\b(?:under|provisions\s+of|implementation\s+of|entry\s+into\s+force\s+of|ratification\s+of|"
    r"accession\s+to|en\s+vertu\s+de|au\s+titre\s+de|en\s+virtud\s+de|"
    # what is done as the treaty says, and its aims: "in accordance with the Convention",
    # "conformément à la Convention", "de conformidad con el Convenio", "conforme al …"
    r"in\s+accordance\s+with|pursuant\s+to|objectives?\s+of|conform[ée]ment\s+[àa]|"
    r"objectifs?\s+de|mise\s+en\s+(?:œ|oe)uvre\s+de|ratification\s+de|adh[ée]sion\s+[àa]|"
    r"de\s+conformidad\s+con|conforme|con\s+arreglo|objetivos?\s+de|aplicaci[óo]n\s+de|"
    r"ratificaci[óo]n\s+de|adhesi[óo]n|"
    r"Articles?\s+[IVXL\d]+(?:,?\s+paragraphs?\s+\d+(?:\s*\([a-z]\))?,?)?\s+of)\s+(?:the|la|el|al|l['’])\s*)"
    rf"(?P<head>{_HEADS})\b"
    # not the first words of another title: "Parties to the Convention on …" ("… to Combat
    # …"; not a verb: "Parties to the Convention to submit …")
    r"(?!\s+(?:to(?!\s+(?-i:[a-z]))|on|for|of|against|concerning|relating|establishing|de|d['’]|sur|sobre|relative|"
    r"contre|contra|pour|para)\b)",
    re.IGNORECASE,
)
HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.IGNORECASE)


# a web or e-mail address: "www.unfccc.int", "untoc@un.org"
IN_ADDRESS = re.compile(r"[./@][\w-]")


# The letterhead's first lines: a treaty's initials alone on one of them are the writer's
# logo ("UNFCCC / United Nations Climate Change / Secretariat").
LETTERHEAD = 300


def _logo(text: str, start: int, end: int) -> bool:
    line = line_of(text, start, end)
    written = text[start:end]
    return (
        start < LETTERHEAD and line.strip() == written and written.isupper() and " " not in written
    )


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is part of the name of a writer or a body, or of
    its address, or the writer's logo."""
    return bool(
        _logo(text, start, end)
        or BODY_BEFORE.search(text, max(0, start - 60), start)
        or BODY_AFTER.match(text, end)
        or (start and text[start - 1] in "./@")
        or IN_ADDRESS.match(text, end)
    )


def referred_again(text: str, held: dict[str, tuple[int, int]], named: list[str]) -> list[Mention]:
    """The treaties named only in a body's name that the letter speaks of again as "the
    Convention", each where it first does; only where no other treaty it names is a
    Convention (or a Protocol …) too, since "the Convention" would then be either."""
    # a treaty held may be known by its registry code ("CETS-197"): its head is the one its
    # name is written with in the letter
    names = [(code, text[start:end]) for code, (start, end) in held.items()]
    heads = {}
    for key, name in [*names, *((name, name) for name in named)]:
        for head in {h[:6].lower() for h in HEAD.findall(name)}:
            heads.setdefault(head, []).append(key)
    cited = []
    for code, span in held.items():
        written = HEAD.search(text, *span)
        if not written or heads.get(written.group(0)[:6].lower()) != [code]:
            continue
        for match in caseless(REFERRED).finditer(text):
            if match["head"][:6].lower() == written.group(0)[:6].lower():
                cited.append(Mention(code, Span(*match.span("head")), 0.6))
                break
    return cited
