"""Symbols of the acts of regional organizations and of bodies that number their decisions
their own way, and numbered conventions: patterns with the canonical form each stands for,
read by ``instruments`` after the United Nations' own symbols. Pure."""

import re

NUMBERED_KIND = {"conv": "convention", "reco": "recommendation", "prot": "protocol"}

# Symbols of regional organizations' acts and of bodies' decisions: the OAS's "AG/RES. 2954
# (L-O/20)", the OPCW's "C-29/DEC.4", the OSCE's "PC.DEC/1489" and "MC.DEC/3/28", the CBD's
# "CBD/COP/DEC/16/1", ECOWAS's "A/DEC.1/05/90", "A/SA.3/06/31" and "A/P1/12/01"; a
# numbered decision or resolution ("Permanent Council Decision No. 1489"); a numbered
# convention ("ILO Convention No. 190", "Convenio núm. 169", "Protocol No. 16").
ACT_SYMBOLS = [
    (
        re.compile(r"\b(AG|CP|CJI|CIDI)/(RES|DEC)\.\s?(\d{1,4})\s*\(([IVXL]{1,7}-[OE]/\d\d)\)"),
        lambda m: f"{m[1]}/{m[2]}. {m[3]} ({m[4]})",
    ),
    (
        re.compile(
            r"\b[A-Z]{1,6}(?:\(\d{1,3}\))?(?:-\d{1,3})?(?:/[A-Z]{2,6}(?:\.\d{1,2})?)*[./]"
            r"(?:DEC|Dec|RES|Res)[./]\s?\d{1,4}"
            r"(?:/\d{1,4}){0,2}\b"
        ),
        lambda m: "".join(m[0].split()),
    ),
    (re.compile(r"\bA/(?:SA|P)\.?\s?\d{1,2}/\d\d/\d\d\b"), lambda m: "".join(m[0].split())),
    (
        re.compile(r"\b(decision|resolution)\s+No\.\s*(\d{1,4})\b(?!/)", re.I),
        lambda m: f"{m[1].lower()} no. {m[2]}",
    ),
    (
        re.compile(
            r"\b(?:Convention|Convenio|Recommendation|Protocol|Protocole|Protocolo)\s+"
            r"\(?(?:No\.|N[º°o]\.?|n°|núm\.|num\.)\s*(\d{1,3})\b\)?"
        ),
        lambda m: f"{NUMBERED_KIND[m[0][:4].lower()]} no. {m[1]}",
    ),
    # a protocol numbered without its sign before the treaty it belongs to: "Protocol 16 to
    # the Convention …"
    (
        re.compile(
            r"\b(?:Protocol|Protocole|Protocolo)\s+(\d{1,2})\s+(?=(?:to|à|a)\s+(?:the|la|el|l['’]))"
        ),
        lambda m: f"protocol no. {m[1]}",
    ),
    # the ILO's conventions by their number alone: "ILO Convention 169", "Convenio 169 de la
    # OIT"
    (
        re.compile(
            r"\b(?:ILO|OIT)\s+(?:Convention|Convenio)\s+(\d{1,3})\b|\b(?:Convention|Convenio)\s+"
            r"(\d{1,3})\s+(?=(?:de\s+la\s+OIT|de\s+l['’]\s*OIT|of\s+the\s+ILO)\b)"
        ),
        lambda m: f"convention no. {m[1] or m[2]}",
    ),
    # the ICAO Assembly's: "Assembly Resolution A41-11"
    (
        re.compile(r"\b(?i:resolution|r[ée]solution|resoluci[óo]n)\s+(A\d{1,2}-\d{1,2})\b"),
        lambda m: f"resolution {m[1]}",
    ),
]
