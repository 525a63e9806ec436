"""How a letter is laid out: its text cut into segments (lines, and the sentences of long
lines, since many received letters come as one flat paragraph), each labelled with its
zone by a CRF layout model. Pure.

The model (``data/layout.crfsuite``) is built from the development part of the labelled
corpus by ``scripts/train_layout.py``; the reader only loads it. The features are what a
clerk sees on the page: where a line stands, how long it is, its case and punctuation,
cue words in English, French and Spanish, dates and numbers, and the same of its
neighbours.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plenipo.reading.caseless import alternatives_apart, caseless, found_in
from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.first_characters import guarded
from plenipo.reading.people import SIGNED
from plenipo.reading.places import ADDRESS_CUE, CITY
from plenipo.reading.references import REFERENCE
from plenipo.reading.zones import CLOSING, SALUTATION

ZONES = (
    "letterhead",
    "reference",
    "date",
    "addressee",
    "salutation",
    "body",
    "closing",
    "signature",
    "enclosure",
    "furniture",
)
MODEL = Path(__file__).parent / "data" / "layout.crfsuite"
LONG_LINE = 200
PROSE = 120

SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”]{2})[.;!?]\s+(?=[A-ZÀ-Ý(\"“])")
NOT_AN_END = re.compile(r"\b(?:Mr|Ms|Dr|No|St|Nos|Mrs|Sra|Sr|Art|para|p|pp|vol|etc|Rev|Add)$")
# Flat text: the addressee line of a circular often follows the signature on the same line.
# (Run on every line: guarded, it is tried at spaces only.)
CUE_BREAK = guarded(
    re.compile(
        r"\s(?=(?:To\s+)?All\s+(?:Permanent|Ministers|Heads|States|Members?|Member)\b)"
        r"|(?<=consideration)\s+(?=[A-ZÀ-Ý])|(?<=consid[ée]ration\.)\s+|(?<=consideraci[óo]n\.)\s+"
    )
)
CUES = {
    "salutation": re.compile(
        r"^\s*(?:Dear\b|Sir\b|Madam\b|Excellenc[ye]|Your\s+Excellency|Monsieur|Madame|Señor|"
        r"Señora|Estimad[oa]|Excelent[ií]sim[oa]|Mesdames|Ladies)",
        re.I,
    ),
    "closing": re.compile(
        r"Yours\s+(?:sincerely|faithfully|truly)|highest\s+consideration|high\s+consideration|"
        r"haute\s+consid[ée]ration|alta\s+consideraci[óo]n|distinguida\s+consideraci[óo]n|"
        r"^\s*(?:Sincerely|Best\s+regards|Kind\s+regards|Atentamente|Cordialement|Respectfully)|"
        r"avail\s+(?:myself|itself)|renouveler|aprovecha",
        re.I,
    ),
    "reference": re.compile(
        r"^\s*(?:Ref\b|Ref\.|Reference|Our\s+ref|Your\s+ref|R[ée]f|N/R[ée]f|V/R[ée]f|Referencia|"
        r"No\.|N[°o]\s|Nota\s+No|Note\s+No|File\b|Notification\s+(?:No\.?\s*)?\d)",
        re.I,
    ),
    "symbol": re.compile(r"\b[A-Z]{1,8}[/.-][A-Z0-9.()/-]{2,}\b|\b\d{2,5}/\d{1,5}\b"),
    "subject": re.compile(r"^\s*(?:Subject|Objet|Asunto|Concerning|Re:|Ref:)", re.I),
    "enclosure": re.compile(
        r"^\s*(?:Enclosures?|Encl\.|Annex(?:es)?\b|Attachments?|Pi[eè]ces?\s+jointes?|Anexos?|"
        r"Adjunto|cc\b|c\.c\.|Copy\s+to|Distribution)|please\s+find\s+(?:enclosed|attached)|"
        r"\benclos|\battach|ci-joint|adjunt",
        re.I,
    ),
    "contact": re.compile(
        r"\b(?:Tel|Tél|Phone|Fax|Telefax|E-?mail|Courriel|Correo|www\.|http|Telephone|"
        r"Téléphone|Teléfono|P\.?O\.?\s+Box|Case\s+postale|Avenue|Street|Rue|Route|Place)\b|@",
        re.I,
    ),
    "furniture": re.compile(
        r"^\s*(?:-\s*\d+\s*-|Page\s+\d+|\d+\s*/\s*\d+|Distr\.|Original:|GE\.\d|\d{2}-\d{5})\s*",
        re.I,
    ),
    "organization": re.compile(
        r"\b(?:Permanent\s+Mission|Mission\s+permanente|Misi[óo]n\s+Permanente|Ministry|"
        r"Minist[eè]re|Ministerio|Embassy|Ambassade|Embajada|Secretariat|Secr[ée]tariat|"
        r"Secretar[ií]a|United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|Organization|"
        r"Organisation|Organizaci[óo]n|Union|Council|Conseil|Consejo|Office|Bureau|Commission|"
        r"Convention|Assembly|Assembl[ée]e|Asamblea)\b",
        re.I,
    ),
    "title": re.compile(
        r"\b(?:President|Secretary|Minister|Ambassador|Permanent\s+Representative|Director|"
        r"Chair(?:man|person)?|Head|Executive|Co-?facilitators?|Representative|Coordinator|"
        r"Charg[ée]|Observer|Pr[ée]sident[ea]?|Secr[ée]taire|Ministre|Ambassadeur|Repr[ée]sentant|"
        r"Secretari[oa]|Embajador|Representante|Directeur|Directora?|Ministro)\b",
        re.I,
    ),
    "honorific": re.compile(
        r"^\s*(?:\(Signed\)|\(s\)|\(Firmado\)|\(Sign[ée]\)|H\.\s?E\.|S\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|"
        r"Dr\.?|Prof\.?|Excmo\.?|Excma\.?|Son\s+Excellence|Su\s+Excelencia|M\.|Mme)\s",
        re.I,
    ),
    "addressed": re.compile(
        r"^\s*(?:To\b|To:|À\b|A:|Destinatario|All\s+(?:Permanent|Ministers|Heads|States|Member))|"
        r"addressed\s+to|adress[ée]e\s+au|dirigida\s+al",
        re.I,
    ),
    "compliments": re.compile(r"compliments|saluda\s+(?:muy\s+)?atentamente|honou?r\s+to", re.I),
    "name": re.compile(
        r"^\s*(?:\(Signed\)\s+|\(s\)\s+|\(Firmado\)\s+)?(?:(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+)?"
        r"[A-ZÀ-Ý][\w’'\-.]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|de|van|von|da|del|al|bin|el)){1,4}\s*$"
    ),
    "city": CITY,
    "date": DATE_SHAPE,
    # The rules' own cues (zones.py, references.py, people.py), so that the model weighs them.
    "rule_salutation": SALUTATION,
    "rule_closing": CLOSING,
    "rule_reference": REFERENCE,
    "address": ADDRESS_CUE,
    "list_item": re.compile(r"^\s*(?:[-–•▪·*]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s"),
    "signed": SIGNED,
}


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _pieces(line: str, offset: int):
    """(start, end) of the sentences of a long line, or of the line itself."""
    cuts = [0]
    if len(line) > LONG_LINE:
        cuts += [
            m.end()
            for m in SENTENCE_END.finditer(line)
            if not NOT_AN_END.search(line, max(0, m.start() - 5), m.start())
        ]
    cuts += [m.end() for m in CUE_BREAK.finditer(line)]
    cuts = [*sorted(set(cuts)), len(line)]
    for start, end in itertools.pairwise(cuts):
        piece = line[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            yield offset + start + lead, offset + start + lead + len(stripped)


def segments(text: str) -> list[Segment]:
    """The non-blank lines of ``text``, long ones cut into sentences, with their offsets."""
    found, position = [], 0
    for line in text.split("\n"):
        for start, end in _pieces(line, position):
            found.append(Segment(start, end, text[start:end]))
        position += len(line) + 1
    return found


# Runs rather than single characters: counted by their lengths, fewer and cheaper to find.
UPPER = re.compile(r"[A-ZÀ-Ý]+")
LETTER = re.compile(r"[^\W\d_]+")
DIGIT = re.compile(r"\d+")


def _count(pattern: re.Pattern, value: str) -> int:
    """How many characters of ``value`` the one-class ``pattern`` (a run of that class) takes."""
    return sum(map(len, pattern.findall(value)))


def _shape(value: str) -> dict:
    letters = _count(LETTER, value)
    upper = _count(UPPER, value) / letters if letters else 0.0
    words = value.split()
    capitalised = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    return {
        "len": min(len(value) // 20, 10),
        "words": min(len(words), 12),
        "upper": round(upper, 1),
        "caps": round(capitalised, 1),
        "end": value[-1:] if value[-1:] in ",.:;" else "other",
        "digits": min(_count(DIGIT, value), 6),
        "first": (words[0].lower().strip(".,:") if words else "")[:12],
    }


# A cue's pattern with case-sensitive parts (a postcode in capitals) is run in two: its other
# alternatives over the lower-cased line.
_CUE_SCANS = tuple(
    (name, caseless(part)) for name, pattern in CUES.items() for part in alternatives_apart(pattern)
)


def _cues(value: str) -> set:
    return found_in(_CUE_SCANS, value)


def _nearest(marks: list[int], index: int) -> str:
    """How far the segment at ``index`` stands from the nearest of ``marks`` (signed,
    clipped at 3), or "none": "-1" is the line just above it."""
    if not marks:
        return "none"
    mark = min(marks, key=lambda m: abs(m - index))
    return str(max(-3, min(3, index - mark)))


def _anchors(cues: list[set]) -> dict[str, list[int]]:
    """Where the rules' landmarks stand: the salutation, the closing formula, the dates."""
    found = {"salutation": [], "closing": [], "date": []}
    for index, found_cues in enumerate(cues):
        if found_cues & {"salutation", "rule_salutation"}:
            found["salutation"].append(index)
        if found_cues & {"closing", "rule_closing"}:
            found["closing"].append(index)
        if "date" in found_cues:
            found["date"].append(index)
    # the first salutation, the last closing, the first and the last date
    return {
        "salutation": found["salutation"][:1],
        "closing": found["closing"][-1:],
        "first_date": found["date"][:1],
        "last_date": found["date"][-1:],
    }


def _neighbour(feats: dict, shift: int, cues: set, shape: dict) -> None:
    for c in cues:
        feats[f"{shift}:cue:{c}"] = 1.0
    for key in ("len", "end", "upper"):
        feats[f"{shift}:{key}={shape[key]}"] = 1.0


def features(items: list[Segment]) -> list[dict]:
    """One feature dict per segment: its shape and cues, where it stands in the letter and
    against the rules' landmarks (salutation, closing, dates), and its neighbours'."""
    cues = [_cues(item.text) for item in items]
    shapes = [_shape(item.text) for item in items]
    anchors = _anchors(cues)
    total = len(items)
    # Where the prose starts and ends: a letterhead stands above the first paragraph, a
    # signature block under the last, with or without a closing formula.
    prose = [i for i, item in enumerate(items) if len(item.text) >= PROSE]
    first_prose, last_prose = (prose[0], prose[-1]) if prose else (total, -1)
    out = []
    for index in range(total):
        feats = {"bias": 1.0, **{f"cue:{c}": 1.0 for c in cues[index]}}
        for key, value in shapes[index].items():
            feats[f"{key}={value}"] = 1.0
        feats[f"from_top={min(index, 6)}"] = 1.0
        feats[f"from_end={min(total - 1 - index, 6)}"] = 1.0
        feats[f"place={int(10 * index / total)}"] = 1.0
        for name, marks in anchors.items():
            feats[f"to_{name}={_nearest(marks, index)}"] = 1.0
        if index > last_prose:
            feats[f"after_prose={min(index - last_prose, 4)}"] = 1.0
        elif index < first_prose:
            feats[f"before_prose={min(first_prose - index, 4)}"] = 1.0
        for shift in (-2, -1, 1, 2):
            if 0 <= index + shift < total:
                _neighbour(feats, shift, cues[index + shift], shapes[index + shift])
            else:
                feats[f"{shift}:edge"] = 1.0
        out.append(feats)
    return out


@cache
def _tagger():
    import pycrfsuite  # noqa: PLC0415 -- a C extension, loaded once when first needed

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def zones(text: str) -> list[tuple[Segment, str]]:
    """Each segment of ``text`` with its zone (one of ``ZONES``)."""
    items = segments(text)
    if not items:
        return []
    labels = _tagger().tag(features(items))
    return list(zip(items, labels, strict=True))


def zone_segments(labelled, *names) -> list[Segment]:
    return [segment for segment, zone in labelled if zone in names]
