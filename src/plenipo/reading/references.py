"""A letter's own reference and the documents it cites by symbol. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.lines import LINE_REACH, is_line_start, start_of_line, start_of_line_above
from plenipo.reading.model import Mention, Span
from plenipo.reading.note_numbers import with_office_code
from plenipo.reading.reference_forms import (
    ARES,
    NOT_A_SYMBOL,
    OWN_BESIDE,
    PAPER_NUMBER_BEFORE_LETTER,
    REFERENCE_LABEL,
    STREET_AFTER,
    UNLABELLED_NOT_OWN,
    a_date_after_a_word,
    in_a_sentence,
    in_an_address,
    in_an_address_line,
    named_otherwise,
    no_value_of_the_label,
)

REFERENCE = re.compile(
    r"^\s*" + REFERENCE_LABEL + r"(?:[ \t]*/[ \t]*" + REFERENCE_LABEL + r")?"
    # the label a word of its own, not the start of another ("Refer: Votre fax …")
    r"(?![A-Za-zÀ-ÿ])"
    # the blanks, colon and slash before the value, each way of starting the value tried once
    # (three overlapping runs of blanks tried every split: cubic on a line of spaces)
    r"(?:[ \t]*+[:.]?+[ \t]*+/?+\s*|[ \t]*+[:.]?+[ \t]*|[ \t]*)"
    # what a value needs after it, tested before each of its lengths is tried: blanks, then at
    # most 120 characters to the line's end ("ref" does not start deep inside a run of blanks
    # that the line's end is too far after)
    r"(?:(?=[ \t]*+[^\n]{0,120}+$)|(?![ \t]{61}))"
    r"(?P<ref>[^\n]{0,60}?)(?=[ \t]*+[^\n]{0,120}+$)[ \t]*(?P<beside>(?:[ \t]{3,}+|\t|[ \t](?="
    r"(?:Date|Dated|Fecha|Datum|Subject|Objet|Asunto)[ \t]*:))[^\n]{0,120}+)?$",
    re.IGNORECASE | re.MULTILINE,
)
# A series' letters numbered in roman figures, under a label: "Our Ref. AS.III", "Ref. AS. XIV".
ROMAN_NUMBERED = re.compile(r"(?-i:[A-Z]{1,6})\.?\s?(?-i:[IVXLC]{1,7})")
# A symbol without a digit, of parts joined by slashes: "Oz.Sec/VCTF Monitoring/SM".
SLASHED = re.compile(r"^[A-Z][\w.-]*(?:/[\w.-]+(?:\s[A-Z][\w.-]*)?)+$")
# A document's symbol or file number: "CU 2009/33 (A)", "ODA/16-2017/NDV", "A/64/726",
# "DM-05/1171", "OEA-00513", "2009/038", "42487/2017/WDS/AN/MG", "UN/321/183/06", an office
# numbered in its code: "J4/TR/2012/218".
SYMBOL = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,6}\s)?(?:[A-Z][A-Za-z]{0,9}[/.-]|[A-Z]{1,4}\d/(?=[A-Z])|\d{1,6}(?:\.\d{1,4})?[/-])[A-Za-z0-9./()–-]*\d"
    r"[A-Za-z0-9./–-]*(?:\s?\([A-Za-z0-9]{1,3}\))?(?![\w/])"
    # the Council of Europe's: "CM(2000)72", "DGI(2015)12", "CM/Del/Dec(2008)1021"
    r"|(?<![\w/.-])[A-Z]{2,6}(?:/[A-Z][A-Za-z]{1,5}){0,3}\((?:19|20)\d\d\)\d{1,4}(?![\w/])"
    # the United Nations Secretariat's file of a note: "G/SO 214 (56-23)", "SO 215/1 (3)"
    r"|(?<![\w/.-])(?:[A-Z]{1,3}/)?(?-i:SO)\s\d{1,4}(?:/\d{1,3})*\s\(\d{1,3}(?:-\d{1,3})*\)" + ARES
)
# A symbol alone on its line, or with the kind of document it numbers in brackets after it:
# "C.N.445.2031.TREATIES-XXVII.7 (Depositary Notification)".
SYMBOL_LINE = re.compile(
    r"^\s*(?P<ref>" + SYMBOL.pattern + r")\s*\.?(?:[ \t]+\([A-Za-zÀ-ÿ ]{3,40}\))?\s*$", re.MULTILINE
)
LABELLED_SYMBOL = re.compile(
    # not the number of another letter the text cites ("our letter to you No. 4/2/2202")
    r"(?<!letter\s)(?<!letter\sto\syou\s)(?<!note\s)(?<!its\s)(?<!your\s)(?<!Your\s)(?<!YOUR\s)"
    r"(?:\b(?:No\.|N[°º]|Ref\.?:?|R[ée]f\.?\s*:|Notification(?:\s+No\.?)?)|№)\s*(?P<ref>"
    + SYMBOL.pattern
    + ")"
)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)\b"
)
# A symbol followed by the document's date at the head of a page: "CM(2000)72 4 May 2000".
SYMBOL_AND_DATE = re.compile(
    r"(?P<ref>" + SYMBOL.pattern + r")\s+\d{1,2}\s+" + MONTH + r"\s+(?:19|20)\d\d\b"
)
# A note's number opening its dateline, the date in any of its forms after it: "CE-1811
# June 10, 1982.", "CFA 1591/67 13th August, 1971", "DM-05/1171 3 de mayo de 2019".
NUMBER_ON_DATELINE = re.compile(
    r"^[ \t]*(?P<ref>"
    + SYMBOL.pattern
    + r")[ \t]+(?:\d{1,2}(?:st|nd|rd|th|er)?[ \t]+(?:de[ \t]+)?"
    + MONTH
    + r",?[ \t]+(?:de[ \t]+)?|"
    + MONTH
    + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)(?:1[89]|20)\d\d\b",
    re.MULTILINE,
)
# A British postal district or postcode in the letterhead's address: "London, S.W.1.",
# "W.C.2", "SW1A 2AH".
POSTAL_DISTRICT = re.compile(
    r"(?:[NS][EW]?|[EW]C?)\.?(?:[NESWC]\.)?\s?\d{1,2}[A-Z]?\.?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
)
# A stamp's date and time, as a printed page's header gives it: "113/11/25 09:28".
STAMP_TIME = re.compile(r"[ \t]+\d{1,2}:\d{2}\b")
# A symbol opening its line with the dateline beside it after a column gap, as a letterhead
# sets the file number on the left and the place and date on the right:
# "DGII/JR/mn/2031-117        Strasbourg, 19 October 2031", "SG/E/1234/2031    Lima, 2 de
# junio de 2031", "MFA/2031/14      March 12, 2031".
SYMBOL_BESIDE_DATELINE = re.compile(
    r"^[ \t]*(?P<ref>"
    + SYMBOL.pattern
    # a note's number after its office's code: "DIPROT/GPP No. 3321     Bogotá, 2 de junio …"
    + r"|(?:[A-Z][A-Z/.-]{1,20}[ \t]+)?(?:No\.|N[°º])[ \t]*\d{1,6}"
    r")(?:[ \t]{3,}|\t)[ \t]*"
    r"(?:[A-ZÀ-Ý][\w'’ .-]{1,30},?[ \t]+(?:(?i:le|el|a|den)[ \t]+)?)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\.?[ \t]+(?:de[ \t]+)?(?i:"
    + MONTH
    + r")|(?i:"
    + MONTH
    + r")[ \t]+\d{1,2},?)[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\.?[ \t]*$",
    re.MULTILINE,
)
# The same in the other order, the symbol closing the dateline's line, as a flattened copy
# joins them: "Lima, 3 de marzo de 2031 SG/C.4/431/2031".
DATELINE_THEN_SYMBOL = re.compile(
    r"^[ \t]*(?:[A-ZÀ-Ý][\w'’ .-]{1,30},?[ \t]+(?:(?i:le|el|a|den)[ \t]+)?)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\.?[ \t]+(?:de[ \t]+)?(?i:"
    + MONTH
    + r")|(?i:"
    + MONTH
    + r")[ \t]+\d{1,2},?)[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\.?[ \t]+(?P<ref>"
    + SYMBOL.pattern
    + r")[ \t]*$",
    re.MULTILINE,
)
# Days written as a range before their month are no symbol: "1-17 June 1999".
DAYS_OF_MONTH = re.compile(r"\d{1,2}[/–-]\d{1,2}\s+(?:de\s+)?" + MONTH, re.IGNORECASE)
# A notification's number heading its title: "2016/003: Consultation Draft on …".
NUMBER_BEFORE_TITLE = re.compile(
    r"^[ \t]*(?P<ref>(?:19|20)\d\d/\d{2,4})[ \t]*:[ \t]+(?=[A-ZÀ-Ý])", re.MULTILINE
)
DOCUMENT = re.compile(
    r"\b(?:[A-Z]{1,6}/){1,}[A-Z0-9.]+(?:/[A-Z0-9.]+)*(?:/(?:Rev|Add|Corr)\.\d+)?\b"
)
# The symbol of a UN document, in its header: "United Nations A/64/726 Distr.: General".
UN_HEADER = re.compile(r"(?P<ref>" + SYMBOL.pattern + r")\s+(?:\S+\s+){0,3}?Distr\.")
# A postcode of the letterhead's address before its town: "B-1000 Brussels", "CH-1211 Genève".
POSTCODE = re.compile(r"[A-Z]{1,3}-\d{4,5}\s+[A-ZÀ-Ý][a-zà-ÿA-ZÀ-Ý]")
CUE_WORD = re.compile(r"^(?:ASUNTO|SUBJECT|OBJET|ERENCIA|RENCE|Date)\b", re.IGNORECASE)


# A registry's number before the office's initials: "0345/MAE/DAJ", "112/DG/CAB", a number
# of the file's classification ("41.231/PRA/WDS"), initials joined by a hyphen or of one
# letter ("00421/MAECI-SG", "0345/MAE/C/DAJ"), or a note's number and its kind in lower case, as
# notes of the Commonwealth of Independent States write it ("No. 456/n").
FILE_NUMBER = re.compile(
    # a decimal file's: "500.C114/312", "560.M3/10"
    r"\d{1,6}\.(?-i:[A-Z]{1,4})\d{0,5}(?:/\d{1,6})+(?![\w/])|"
    # the slashes may stand between spaces: "0234 / MAEC / SG"
    r"\d{1,6}(?:\.\d{1,6})*(?:[ \t]?/[ \t]?(?-i:[A-Z]{2,8})(?:(?:-|[ \t]?/[ \t]?)(?-i:[A-Z]{1,8}))*"
    r"(?![\w/])|/(?-i:[a-z]{1,2})\b(?![/.-]))"
)
# A file number after its number's sign anywhere on a line: "NOTE VERBALE N° 0123/MAE/DAJ".
LABELLED_FILE_NUMBER = re.compile(
    r"(?<!letter\s)(?<!note\s)(?<!its\s)(?<!your\s)(?<!Your\s)(?<!YOUR\s)"
    r"(?:\b(?:No\.|N[°º])|№)[ \t]*(?P<ref>" + FILE_NUMBER.pattern + ")"
)


def cleaned_reference(ref: str) -> str:
    """The reference without what follows it on its line; "No." kept before a bare number
    (it is what makes "No. 393" a reference)."""
    ref = ref.strip(" :.,;/")
    bare = re.sub(
        r"^(?:File\s+)?(?:No\.|N[°º]|Nr\.|№)\s*", "", ref, flags=re.IGNORECASE
    )  # "NO.3558"
    symbol = SYMBOL.match(bare) or FILE_NUMBER.match(bare)
    if symbol:
        # a file number keeps its label, as files are cited: "File No. 11302/47"
        filed = re.match(r"File\s+No\.\s*", ref)
        return (filed.group(0) if filed else "") + symbol.group(0)
    number = re.match(r"\d{1,6}\b", bare)
    if number:
        return ref[: len(ref) - len(bare)] + number.group(0)
    # "NOTIFICATION TO THE PARTIES No. 2019/017": the number after the words
    numbered = re.search(r"\b(?:No\.?|N[°º])\s*(?P<ref>" + SYMBOL.pattern + ")", ref)
    if numbered:
        return numbered.group("ref")
    return ref


KIND_OF_LETTER = re.compile(
    r"\s*(?:(?:(?-i:[A-Z]{2,6})\s+|Administrative\s+)?Circular(?:\s+Letter)?(?:\s+No\.?)?|"
    r"Lettre\s+circulaire|Carta\s+circular)",
    re.IGNORECASE,
)


# A circular's kind and number opening its first line, whoever issues it and however the
# number sign came through: "Circular de la COI N° 2291 Rev.", "Lettre circulaire de la COI
# n 2268", "IOC Circular Letter No 2248".
NUMBERED_CIRCULAR = re.compile(
    # the kind in capitals too: "LETTRE CIRCULAIRE N° 31/2031"
    r"^[ \t]*(?P<ref>(?:(?:[A-Z]{2,6}[ \t]+)?(?i:Circular(?:\s+(?:Letter|Note))?|"
    # a circular note's and a French circular's: "Circular Note No. XDC-4844", "Note
    # circulaire NO XDC-0394-4", "CIRCULAIRE N° 2031-003"
    r"Lettre\s+circulaire|Carta\s+circular|Note\s+circulaire|Nota\s+circular|Circulaire))"
    r"(?:\s+(?:of\s+the|de\s+la|de\s+l['’]|del?)\s*[A-Z]{2,6})?\s+"
    r"(?:[Nn](?:[Oo]\.?|\.?[°º])?\s?\d{1,6}|[Nn](?:[Oo]\.?|[°º])\s?[A-Z]{2,5}-\d{1,6}(?:-\d{1,4})?|"
    # a number and its year without the sign, either way round: "CIRCULAR LETTER 25/2031",
    # "Circular Letter 2031/44"
    r"\d{1,4}/(?:19|20)\d\d\b|(?:19|20)\d\d/\d{1,4}\b(?!/)|"
    # an issuer's symbol: "Circular ORSP/SE/2031/11"
    r"[A-Z]{2,8}(?:/[A-Z]{1,8})*/(?:19|20)?\d{2,4}(?:/\d{1,4})?\b(?!/))"
    # the year after the number or the number after the year: "Circular N° 22/2023",
    # "Circular Letter No. 2031/7"
    r"(?:[/-]\d{1,4}\b)?"
    # the office's initials after it: "Nota Circular N° 0234/DGP/2017"
    r"(?:/(?:[A-Z]{2,8}|\d{1,4})\b(?![/-]?\w)|/[A-Z]{2,8}/(?:[A-Z]{2,8}|\d{1,4})\b)?"
    r"(?:\s+Rev\b\.?(?:\s?\d{1,2}\b)?)?)",
    re.MULTILINE,
)


# A field's label alone on its line, as a header table comes out of a PDF: "Date:",
# "Reference:", "Page 1 of".
FIELD_LABEL = re.compile(r"^[ \t]*(?:[A-Z][\w.’' ]{0,25}:|Page\s+\d+\s+of)[ \t]*$")
STACKED_MAX = 6


def _stacked_value(text, position) -> tuple[str, int] | None:
    """The value of the label ending at ``position`` where the labels stand one under the
    other and their values follow in the same order ("Date: / Reference: / Page 1 of /
    21 February 2012 / CAS/SBs/OBS/FEB/12 / 6"): the value as far down the values as the
    label is down the labels."""
    line_start = start_of_line(text, position)
    # the labels above are short lines: a window of them, not the text from its start
    window = max(0, line_start - STACKED_MAX * LINE_REACH)
    lines = [
        (m.start(), m.group(0))
        for m in re.compile(r"[^\n]+").finditer(text, window, line_start + 1500)
        if is_line_start(text, m.start())
    ]
    index = next((i for i, (at, _) in enumerate(lines) if at == line_start), None)
    if index is None:
        return None
    labels = lambda i: i < len(lines) and FIELD_LABEL.match(lines[i][1])  # noqa: E731
    first = index
    while first > 0 and labels(first - 1) and index - first < STACKED_MAX:
        first -= 1
    last = index
    while labels(last + 1) and last - first < STACKED_MAX:
        last += 1
    if last == first:
        return None  # a label alone: its value is on the next line
    value = last + 1 + index - first
    if value >= len(lines) or labels(value):
        return None
    at, line = lines[value]
    return line.strip(), at + len(line) - len(line.lstrip())


OWN_LABEL = re.compile(
    r"(?:Ref(?:erence)?|Our\s+ref|R[ée]f|No|N[°º])(?![A-Za-z])\.?[ \t]*[:.]?[ \t]*", re.I
)


# The addressee's own reference, quoted by the reply: "Your ref.:", "V/Réf.", "Su ref.".
THEIR_REFERENCE = re.compile(r"\s*(?:Your|V/|Su|Vos|Votre)\s*r[ée]f", re.IGNORECASE)
# A value naming the addressee's own document: "Ref.: Your letter of 3 May", "Votre fax 263".
THEIR_DOCUMENT = re.compile(
    r"(?:Your|Votre|Vos|Su|Vuestra)\s+(?:[\w-]+\s+)?(?:letter|note|fax|e-?mail|message|"
    r"communication|lettre|courrier|carta|nota|oficio|comunicaci[óo]n)\b",
    re.IGNORECASE,
)


def _labelled(text) -> Mention | None:
    """The value of a "Ref.:" line: on the same line, else on the next non-blank one."""
    cable = bool(CABLE_MARKS.search(text[:1500]))
    for match in REFERENCE.finditer(text[:1500]):
        if not_own(match, cable):
            beside = OWN_BESIDE.search(text, match.start(), match.end())
            if beside and re.search(r"\d|/", beside.group("ref")):
                return Mention(beside.group("ref"), Span(*beside.span("ref")), 0.9)
            continue
        ref, start = labelled_value(text, match)
        below = "\n" in text[match.start() : start]
        if (below and FIELD_LABEL.match(ref)) or no_value_of_the_label(ref, below):
            ref = ""  # the next line is another label or a date: "Reference: / Page 1 of"
        if not re.search(r"[A-Za-z0-9]", ref) or CUE_WORD.match(ref):
            stacked = _stacked_value(
                text, match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            )
            following = re.match(r"\s*\n\s*(?P<ref>" + SYMBOL.pattern + ")", text[match.end() :])
            if stacked:
                ref, start = stacked
            elif following:
                ref = following.group("ref")
                start = match.end() + following.start("ref")
            else:
                continue
        kind = KIND_OF_LETTER.match(match.group(0))
        label_start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if in_a_sentence(text, label_start, label_start):
            continue  # a wrapped sentence's line: "… has approved, by Law / No. 45/2031, …"
        circular = kind and NUMBERED_CIRCULAR.match(text, label_start)
        if circular:
            return _circular(circular)
        cleaned = cleaned_reference(ref)
        if re.fullmatch(r"\d{1,6}", cleaned) and kind:
            # a bare number is the number of a kind of letter, as written: "Circular Letter
            # No.3919", "TSB Circular 245"
            written = re.match(rf"\s*(.*?(?<!\d){cleaned})\b", match.group(0))
            as_written = written.group(1) if written else f"{kind.group(0)} {cleaned}"
            cleaned = " ".join(as_written.split())
        elif re.fullmatch(r"\d{1,6}", cleaned) and re.match(r"\s*N", match.group(0)):
            cleaned = f"No. {cleaned}"
        elif re.match(r"\s*File\s+No", match.group(0)) and cleaned:
            cleaned = f"File No. {cleaned}"  # a file number keeps its label, as files are cited
        elif re.match(r"\s*(?:Oficio\b|OF\.|Of\.|Ofic\.)", match.group(0)) and cleaned:
            # an oficio is cited by its kind and number as written: "Oficio Nº 422/2020"
            label = " ".join(text[label_start : match.start("ref")].split()).rstrip(" :")
            cleaned = f"{label} {cleaned}"
        if cleaned and (
            re.search(r"\d", cleaned) or SLASHED.match(cleaned) or ROMAN_NUMBERED.fullmatch(cleaned)
        ):
            offset = text.find(cleaned, start)
            if offset >= 0:
                return Mention(cleaned, Span(offset, offset + len(cleaned)), 0.9)
            # the value as written holds its label, maybe over two lines: "IOC / Circular
            # Letter No. 2263"
            written = re.compile(r"\s*".join(map(re.escape, cleaned.split())))
            found = written.search(text, match.start(), match.end())
            span = Span(*found.span()) if found else Span(start, start + len(cleaned))
            return Mention(cleaned, span, 0.9)
    return None


def not_own(match, cable) -> bool:
    """Whether a labelled line gives another document's reference: the addressee's
    ("Your ref.:", "Ref.: Your letter of …") or, in a telegram, the earlier telegrams its
    "REF:" lists."""
    return bool(
        THEIR_REFERENCE.match(match.group(0))
        or THEIR_DOCUMENT.match(match.group("ref"))
        or (cable and re.match(r"\s*REF\b", match.group(0), re.IGNORECASE))
    )


def labelled_value(text, match) -> tuple[str, int]:
    """The labelled value and where it starts, without the label of a line under a
    heading's word ("NOTIFICATION / Ref.: CME/2031/4")."""
    ref, start = match.group("ref"), match.start("ref")
    inner = OWN_LABEL.match(ref)
    if inner and "\n" in text[match.start() : start]:
        return ref[inner.end() :], start + inner.end()
    return ref, start


# A telegram's heading lines: "TAGS: PHUM UNHRC", "E.O. 12958: N/A", "SIPDIS".
CABLE_MARKS = re.compile(r"^[ \t]*(?:TAGS:|E\.O\.\s+\d{5}:|SIPDIS\b)", re.MULTILINE)


# A cable's own number between double slashes after its sender: "FM THE SITUATION
# ROOM//TOHAK 21//" (OCR reads the F as a P).
CABLE_REFERENCE = re.compile(
    r"^[ \t]*[FP]M[ \t]+[^/\n]{3,80}//[ \t]*(?P<ref>[A-Za-z0-9][^/\n]{0,28}?)[ \t]*//",
    re.MULTILINE,
)


# The kind of a circular just before its number's label, without its issuer.
CIRCULAR_WORD = re.compile(
    r"\b(?:Circular(?:\s+(?:Letter|Note))?|Lettre\s+circulaire|Carta\s+circular|Nota\s+circular|"
    r"Note\s+circulaire|Circulaire)(?=\s*$)",
    re.IGNORECASE,
)


# A circular whose kind is abbreviated after its issuer's initials, numbered by year: "COMM
# CIRC 31/45", "SC CIRC 12/86".
ABBREVIATED_CIRCULAR = re.compile(
    r"^[ \t]*(?P<ref>(?:[A-Z]{2,6}[ \t]+)?CIRC\.?[ \t]+\d{1,4}/\d{1,4})(?![\w/])", re.MULTILINE
)


def _circular(match) -> Mention:
    raw = match.group("ref").rstrip(".")
    written = " ".join(raw.split())  # "Circular\nNo. 12"
    return Mention(written, Span(match.start("ref"), match.start("ref") + len(raw)), 0.8)


def own_reference(text, labelled=()) -> Mention | None:
    """The letter's own reference: a labelled one, else a symbol in the reference or
    letterhead zone (``labelled``: the layout model's zones), else a symbol standing alone
    on a line near the top."""
    found = _labelled(text) or _unlabelled(text, labelled)
    if (
        found
        and (
            # a date standing where a symbol would is the letter's date or a stamp's, not a number
            DATE_LIKE.match(found.text)
            or a_date_after_a_word(found.text)
            # a street's numbers: "14-20 Port Royal Street"
            or (
                found.confidence < LABELLED_CONFIDENCE
                and (
                    STREET_AFTER.match(text, found.evidence.end)
                    or in_an_address_line(text, found.evidence.start)
                )
            )
            or NOT_A_SYMBOL.fullmatch(found.text)
            # a session's name where no label says it numbers the letter: "IPBES-11", "COP-17"
            or (found.confidence < LABELLED_CONFIDENCE and UNLABELLED_NOT_OWN.fullmatch(found.text))
            or (found.confidence < LABELLED_CONFIDENCE and in_an_address(text, found))
            or named_otherwise(text, found.evidence.start, found.text)
            # pages cited: "[See pp. 1-2.]"
            or re.search(
                r"\bpp?\.\s*$", text[max(0, found.evidence.start - 6) : found.evidence.start]
            )
            or STAMP_TIME.match(text, found.evidence.end)
            or POSTAL_DISTRICT.fullmatch(found.text)
        )
    ):
        return None
    return with_office_code(text, found) if found else None


def _unlabelled(text, labelled) -> Mention | None:
    paper = PAPER_NUMBER_BEFORE_LETTER.match(text, 0, 200)
    if paper:
        # the heading says whose number it is, as a label would
        return Mention(paper.group("ref"), Span(*paper.span("ref")), LABELLED_CONFIDENCE)
    cable = CABLE_REFERENCE.search(text[:3000]) or NUMBER_BEFORE_TITLE.search(text[:800])
    if cable:
        return Mention(cable.group("ref"), Span(*cable.span("ref")), 0.8)
    circular = NUMBERED_CIRCULAR.search(text[:800]) or ABBREVIATED_CIRCULAR.search(text[:800])
    if circular:
        return _circular(circular)
    match = (
        next(
            (
                m
                for pattern in (LABELLED_SYMBOL, LABELLED_FILE_NUMBER)
                for m in pattern.finditer(text[:800])
                if not cited_at(text, m.start())
                and not in_a_sentence(text, m.start(), m.end())
                and not named_otherwise(text, m.start(), m.group("ref"))
            ),
            None,
        )
        or caseless(UN_HEADER).search(text[:600])
        or SYMBOL_AND_DATE.search(text[:800])
        or NUMBER_ON_DATELINE.search(text[:800])
        or SYMBOL_BESIDE_DATELINE.search(text[:1200])
        or DATELINE_THEN_SYMBOL.search(text[:1200])
    )
    if match:
        return _as_written_with_its_kind(text, match)
    return _in_the_head_zones(text, labelled) or _alone_on_a_line(text)


def _as_written_with_its_kind(text, match) -> Mention:
    """A number found by its pattern, with the words that make it a reference kept: "File
    No. …", a circular's or an oficio's kind ("Circular N° 7/2031", "Oficio Nº 422/2020")."""
    cleaned = cleaned_reference(match.group("ref"))
    if re.search(r"\bFile\s+$", text[max(0, match.start() - 6) : match.start()]):
        cleaned = f"File No. {cleaned}"  # a file number keeps its label, as files are cited
    kind = re.search(
        KIND_OF_LETTER.pattern + r"\s*$", text[max(0, match.start() - 30) : match.start()], re.I
    )
    start = match.start("ref")
    if kind and re.fullmatch(r"No\.\s?\d{1,6}", cleaned):
        cleaned = f"{' '.join(kind.group(0).split())} {cleaned}"
    elif kind and re.fullmatch(r"\d{1,6}[/-]\d{1,4}", cleaned):
        # a circular's number and year after its kind, as written in a flattened heading:
        # "… PROTOCOLO Circular N° 7/2031 Lima, …"
        window = max(0, match.start() - 30)
        word = CIRCULAR_WORD.search(text, window, match.start())
        start = word.start() if word else start
        cleaned = " ".join(text[start : match.end("ref")].split())
    oficio = re.search(r"\bOficio\s+$", text[max(0, match.start() - 10) : match.start()])
    if oficio and cleaned == cleaned_reference(match.group("ref")):
        # an oficio is cited by its kind and number as written: "Oficio Nº 422/2020"
        start = match.start() - len(oficio.group(0))
        cleaned = " ".join(text[start : match.start("ref")].split()) + " " + cleaned
    return Mention(cleaned, Span(start, match.end("ref")), 0.8)


def _in_the_head_zones(text, labelled) -> Mention | None:
    """A symbol in the reference or letterhead zone the layout model finds, not a postcode,
    a range of days, another label's value, a file's name, a stamp's date or a number its
    line names as something else."""
    for segment, zone in labelled:
        if zone not in ("reference", "letterhead") or segment.start >= 1500:
            continue
        symbol = SYMBOL.search(segment.text)
        if THEIR_REFERENCE.match(segment.text) or PROSE.search(segment.text) or not symbol:
            continue
        if POSTCODE.match(segment.text, symbol.start()) or (
            DAYS_OF_MONTH.match(segment.text, symbol.start())
            or _value_of_another_label(text, segment.start + symbol.start())
            or FILE_NAME.search(symbol.group(0))  # an attachment's: "CIA-RDP….pdf"
            or DATE_LIKE.match(symbol.group(0))  # a stamp's date: "2010/07/08"
            or named_otherwise(text, segment.start + symbol.start(), symbol.group(0))
        ):
            continue
        if "http" not in segment.text and "www" not in segment.text:
            start = segment.start + symbol.start()
            return Mention(
                cleaned_reference(symbol.group(0)), Span(start, start + len(symbol.group(0))), 0.6
            )
    return None


def _alone_on_a_line(text) -> Mention | None:
    """A symbol standing alone on a line near the top."""
    for match in SYMBOL_LINE.finditer(text[:600]):
        if not (
            _value_of_another_label(text, match.start("ref"))
            or DATE_LIKE.match(match.group("ref"))
            or named_otherwise(text, match.start("ref"), match.group("ref"))
        ):
            return Mention(cleaned_reference(match.group("ref")), Span(*match.span("ref")), 0.6)
    return None


# A sentence of prose, which names a thing by a symbol-like name rather than numbers the
# letter ("Your attention is kindly drawn to the following COVID-19 update."): six words in
# lower case and a sentence's end.
PROSE = re.compile(r"^(?=(?:.*?(?<![\w'’-])[a-zà-ÿ][\w'’-]*){6}).*[.!?]\s*$", re.DOTALL)


# A sentence citing another document before its number: "Thank you for your letter of 3 May,
# reference No. 45/2031", "I refer to Note Verbale No. 2031/44", "suite à votre lettre n° …".
CITING = re.compile(
    r"(?:\b(?:your|our|its|his|her|their|votre|notre|sa|son|su|nuestra|vuestra)\s+"
    r"(?:[\w-]+\s+){0,2}(?:letter|note|communication|notification|circular|message|fax|"
    r"correspondence|lettre|carta|nota|oficio|courrier|comunicaci[óo]n)\b|\b(?:with\s+reference\s+to|"
    r"refer(?:s|ring)?\s+to|further\s+to|in\s+(?:reply|response)\s+to|thank\s+you\s+for|"
    r"se\s+r[ée]f[ée]rant|suite\s+[àa]|me\s+refiero|con\s+referencia|en\s+respuesta|en\s+r[ée]ponse|"
    # a document sent with the letter: "Please find attached Notification 2031/15"
    r"attached|enclosed|herewith|ci-joint|adjunt[oa]|anex[oa]))"
    r"[^.\n]{0,80}$",
    re.IGNORECASE,
)


def cited_at(text, position) -> bool:
    """Whether the number at ``position`` is one a sentence cites, not the letter's own."""
    return bool(CITING.search(text[max(0, position - 120) : position]))


LABELLED_CONFIDENCE = 0.9


# "2010/07/08", "20/03/2018", "12-Oct-2012"
DATE_LIKE = re.compile(
    r"(?:(?:19|20)\d\d[/.-]\d\d?[/.-]\d\d?|\d\d?[/.-](?:\d\d?|[A-Za-z]{3,9})[/.-](?:19|20)\d\d)$"
)
FILE_NAME = re.compile(r"\.(?:pdf|docx?|html?|xlsx?)", re.IGNORECASE)


def _value_of_another_label(text, position) -> bool:
    """Whether the symbol at ``position`` stands under a label that names something else
    than the letter's reference (an archive's record: "Document Number (FOIA) /ESDN
    (CREST):" / "CIA-RDP84-…")."""
    line_start = start_of_line(text, position)
    if text[line_start:position].strip():
        return False
    above = text[start_of_line_above(text, line_start) : line_start].strip()
    return above.endswith(":") and not REFERENCE.match(above)


# A symbol of a resolution, a decision or a regional organization's act is an instrument
# cited, not a document: "A/RES/70/1", "AG/RES. 2954", "PC.DEC/1489", "CBD/COP/DEC/16/1",
# "UNEP/EA.5/Res.14", ECOWAS's "A/SA.3/06/31" and "A/P1/12/01".
INSTRUMENT_SYMBOL = re.compile(r"(?:^|[/.])(?:RES|DEC|Res|Dec)(?:[/.]|$)|^A/(?:SA\.|P\d)")
# the start of one, read up to its kind: "UNEP/EA.5|/Res.14"
INSTRUMENT_KIND_AFTER = re.compile(r"[/.](?:RES|DEC|Res|Dec)[/.]")


def document_symbols(text: str, own: Mention | None) -> list[Mention]:
    found, seen = [], set()
    for match in caseless(DOCUMENT).finditer(text):
        symbol = match.group(0)
        if INSTRUMENT_SYMBOL.search(symbol) or INSTRUMENT_KIND_AFTER.match(text, match.end()):
            continue
        if symbol in seen or len(symbol) < 6:
            continue
        seen.add(symbol)
        if own is None or symbol != own.text:
            found.append(Mention(symbol, Span(*match.span()), 0.7))
    return found
