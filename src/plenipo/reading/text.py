"""A letter's text as the reader sees it: line ends, sentences, language. Pure."""

import re
from collections import Counter
from functools import lru_cache

from plenipo.reading.caseless import caseless
from plenipo.reading.places import CITY
from plenipo.reading.zones import CLOSING

# Small words of one language only: "la", "de", "que" and "en" are French and Spanish both,
# and a short Spanish letter has as many of them as of its own words.
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "will", "be", "on"},
    "fr": {"le", "les", "des", "et", "du", "est", "pour", "une", "sur", "vous", "nous", "dans"},
    "es": {"el", "los", "las", "y", "del", "por", "para", "con", "una", "usted", "sus", "al"},
}
ABBREVIATION = re.compile(
    r"\b(?:[ap]\.\s?m|Mr|Ms|Mrs|Dr|No|Nos|St|H\.\s?E|S\.\s?E|etc|e\.g|i\.e|Rev|Add|Corr|"
    r"U\.S|U\.N|D\.C|Sr|Sra|M|Mme|Art|para|p|pp|vol|Ud|Uds|Vd|Vds|Excmo|Excma|Sres|Lic|Ing|Arq)\.",
    re.IGNORECASE,
)


# "… will take place from 9.30 a.m." / "on Monday …": an abbreviation ends no sentence.
ABBREVIATION_END = re.compile(ABBREVIATION.pattern + r"$", re.IGNORECASE)
DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def normalised(text) -> str:
    """One kind of line end, so that offsets mean the same everywhere; the inline markup a
    web copy kept ("General <strong>de</strong> la Provincia") blanked out, its length kept."""
    text = text if isinstance(text, str) else str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" not in text:
        return text
    return INLINE_TAG.sub(lambda tag: " " * len(tag.group(0)), text)


INLINE_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|font|sup|sub|br|p|div|a)\b(?:\s[^<>\n]{0,200})?/?>", re.IGNORECASE
)


def language_of(text: str) -> str:
    scores = language_scores(text)
    return max(scores, key=scores.get) if any(scores.values()) else "en"


def language_scores(text: str) -> dict[str, int]:
    """How many of each language's own small words the text has."""
    counts = Counter(re.findall(r"[a-záéíóúàèùâêîôûçñü]+", text.lower()))
    return {lang: sum(counts[word] for word in stop) for lang, stop in STOPWORDS.items()}


SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@lru_cache(maxsize=2)
def sentences(text) -> tuple[tuple[int, int, str], ...]:
    """(start, end, sentence) for each sentence or line; "a.m.", "Mr." and the like do not
    end a sentence (they are masked, keeping every offset). Meetings and requests are
    both looked for sentence by sentence: the text is cut once."""
    pieces, last = [], 0
    for match in caseless(ABBREVIATION).finditer(text):
        pieces += [text[last : match.start()], match.group(0).replace(".", "\u00b7")]
        last = match.end()
    masked = "".join([*pieces, text[last:]])
    masked = DECIMAL.sub("\u00b7", masked)  # "10.00 a.m.", "3.5 million"
    return tuple(
        (match.start(), match.end(), text[match.start() : match.end()])
        for match in SENTENCE.finditer(masked)
        if match.group(0).strip()
    )


# A line that goes on the sentence of the line above: it opens in lower case, under a line
# that ends no sentence ("Please also send the / names of the members of …", a short
# letter's lines left as typed).
GOES_ON = re.compile(r"^[ \t]*[a-zà-ÿ]")
ENDS_NONE = re.compile(r"[^.!?:;\s][ \t]*\n$")
# a line ending on a word no sentence ends on goes on whatever the case of the next line:
# "… and inform the / Secretariat accordingly"
ENDS_ON_A_JOIN = re.compile(
    r"\b(?:the|an?|of|to|and|or|for|in|on|with|by|your|their|its|le|la|les|des?|du|et|à|aux?|"
    r"el|los|las|y|del|sus?|que)[ \t]*\n$",
    re.IGNORECASE,
)


# The most characters other than spaces and line ends a match of ``ENDS_NONE`` or
# ``ENDS_ON_A_JOIN`` holds ("their").
END_REACH = 8


def _at_end(pattern, sentence):
    """``pattern``'s match at the end of ``sentence``, tried only from ``END_REACH``
    characters before its trailing spaces and line ends: tried from every character, the
    patterns cost as much as the rest of the cutting."""
    return pattern.search(sentence, max(0, len(sentence.rstrip(" \t\n")) - END_REACH))


@lru_cache(maxsize=2)
def whole_sentences(text) -> tuple:
    """The text's sentences, a line's sentence joined to the lines that go on with it
    (requests and meetings are both read over a sentence typed on several lines: the text
    is cut once for both)."""
    cut, whole = sentences(text), []
    for start, end, sentence in cut:
        if whole and (
            (_at_end(ENDS_NONE, whole[-1][2]) and GOES_ON.match(sentence))
            or _at_end(ENDS_ON_A_JOIN, whole[-1][2])
        ):
            first = whole[-1][0]
            whole[-1] = (first, end, text[first:end])
        else:
            whole.append((start, end, sentence))
    return tuple(whole)


def _words(value: str) -> set:
    return set(re.findall(r"\w{3,}", value.lower()))


def similar_mention(one: str, other: str) -> bool:
    """Whether two mentions name the same thing: most words of the shorter are in the
    longer."""
    left, right = _words(one), _words(other)
    if not left or not right:
        return one.strip().lower() == other.strip().lower()
    return len(left & right) / min(len(left), len(right)) >= 0.6


# A line that starts an item of its own, not the rest of the line before: "- ", "• ",
# "(a) ", "1. ", "a) ".
ITEM_START = re.compile(r"^\s*(?:[-–•*▪·]\s|\(?[a-z0-9]{1,3}[.)]\s|\([ivx]{1,5}\)\s)", re.I)
SENTENCE_FINAL = (".", ":", ";", "!", "?")
# Words parted by a wide gap: a line set in columns.
COLUMNS = re.compile(r"\S[ \t]{6,}\S")
WRAPPED_WIDTH = 140
NARROWEST_WRAP = 50
# A field of a letterhead or a form ("Ref.: …", "Subject: …", "Date: …") is a line of its
# own.
FIELD_LINE = re.compile(r"^\s*[\w./’' -]{1,25}\s?:\s")
# A salutation is a line of its own however long the text's lines are.
SALUTATION_LINE = re.compile(
    r"^\s*(?:Dear|Sir|Madam|Excellenc|Your\s+Excellency|Monsieur|Madame|Mesdames|Señor|Señora|"
    r"Estimad|Excelent)[^\n]*[,:]\s*$",
    re.IGNORECASE,
)


SALUTATION_LONGEST = 60


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# A word a wrapped line of prose may end on, the next line going on with its phrase.
PHRASE_GOES_ON = re.compile(
    r"\b(?:of|the|to|and|for|in|on|at|with|a|an|de|des|du|la|le|et|y|del)$", re.I
)


def _aligned_items(line: str, following: str, margin: int) -> bool:
    """Whether two lines indented alike past the text's ``margin``, the second opening with
    a capital, are items of a list under a label ("To: All IMO Members / ····Contracting
    Governments … / ····Intergovernmental organizations …"), not a paragraph wrapped."""
    indent = _indent(line)
    rest = following.strip()
    return (
        indent >= margin + 2
        and _indent(following) == indent
        and rest[:1].isupper()
        and not PHRASE_GOES_ON.search(line.rstrip())
    )


def unwrapped(text: str) -> str:
    """``text`` with the line ends of hard-wrapped paragraphs (PDF extractions, OCR,
    e-mail) turned into spaces, so that a sentence reads as one line; every offset stays.

    A line is wrapped when the text is set in short lines (nine in ten between
    ``NARROWEST_WRAP`` and ``WRAPPED_WIDTH`` characters), it fills most of their width
    (half of it when the next line goes on in lower case), it ends no sentence or clause
    and is no salutation or field ("Ref.: …"), and the next line is not blank and opens
    no item of a list."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not NARROWEST_WRAP <= width <= WRAPPED_WIDTH:
        return text
    # the left margin of most lines (a PDF's extraction may indent every line alike)
    margin = Counter(_indent(line) for line in lines if line.strip()).most_common(1)[0][0]
    out = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        body = line.rstrip()
        rest = following.strip()
        joined = (
            (len(body) >= 0.75 * width or (len(body) >= 0.5 * width and rest[:1].islower()))
            and not (body.endswith(SENTENCE_FINAL) and not ABBREVIATION_END.search(body))
            and not SALUTATION_LINE.match(body)
            and not FIELD_LINE.match(body)
            and rest
            # nor is a salutation ever the end of the line above (a heading over "Madame la
            # ministre,")
            and not (len(rest) <= SALUTATION_LONGEST and SALUTATION_LINE.match(rest))
            and not ITEM_START.match(following)
            # signatures side by side ("Jane Roe      John Doe") are columns, not prose
            and not COLUMNS.search(body)
            and not _aligned_items(line, following, margin)
        )
        out.append(line + (" " if joined else "\n"))
    return "".join(out)[: len(text)]


def _word_set(*lines: str) -> frozenset:
    return frozenset(" ".join(lines).split())


# Words written in lower case within a sentence when a text in capitals is read in the
# usual case: articles, prepositions, conjunctions, auxiliaries of English, French and
# Spanish.
LOWER_WORDS = _word_set(
    "a an the of and or nor to in on at by for from with as is are was were be been being",
    "will would shall should may can has have had it its this that these those which who",
    "whom not our your their his her my me we us you they he she him them than then",
    "into upon under over about after before between during per via also",
    "de du des le la les et à au aux en pour par sur dans un une que qui ne pas est sont",
    "ou avec ce cette ces son sa ses leur leurs nous vous il elle",
    "del el los las y por para con se su sus al lo o una e es",
)
CAPITALS_SHARE = 0.8
CAPITALS_LETTERS = 40
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\S+")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;]\s*|\n[ \t]*)$")


CAPITALS_SAMPLE = 5000


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals (a telegram, an airgram, an old typed
    letter): nearly all the letters of its first ``CAPITALS_SAMPLE`` characters upper
    case."""
    letters = _WORD.findall(text, 0, CAPITALS_SAMPLE)
    count = sum(len(word) for word in letters)
    upper = sum(len(word) for word in letters if word.isupper())
    return count >= CAPITALS_LETTERS and upper >= CAPITALS_SHARE * count


def _same_length(changed: str, original: str) -> str:
    return changed if len(changed) == len(original) else original


# Words of three letters or fewer are mostly acronyms in a letter ("UN", "IMO", "CL"); these
# are not.
SHORT_WORDS = _word_set(
    "mr ms mrs dr sir mme sr sra st new tel fax ref re cc no nos art all any see end one two",
    "six ten day due set out yet own now how why who get use way ask sea air law tax job",
)


def _word_case(word: str, capital: bool) -> str:
    lower = "".join(_same_length(c.lower(), c) for c in word)
    if len(word) <= 3 and lower not in LOWER_WORDS and lower not in SHORT_WORDS:
        return word
    return word[0] + lower[1:] if capital else lower


def _token_case(token: str, capital: bool) -> str:
    # Symbols and references keep their capitals: "GATT/AIR/3566", "CM(2000)72";
    # initials too: "D.", "H.E."
    if any(c.isdigit() or c == "/" for c in token) or re.fullmatch(r"(?:[^\W\d_]\.)+,?", token):
        if token.lower().strip(".,") in ("a.m", "p.m"):
            return token.lower()
        return token
    out, position = [], 0
    for match in _WORD.finditer(token):
        out.append(token[position : match.start()])
        out.append(_word_case(match.group(0), capital))
        position = match.end()
    return "".join(out) + token[position:]


# Before a person's name in a sentence: "… from H.E. Ms. Gillian Bird, Permanent …".
NAME_BEFORE = re.compile(r"(?:H\.\s?E|S\.\s?E|Mr|Ms|Mrs|Dr|Prof|Mme|Sr|Sra|M)\.?", re.IGNORECASE)
NAME_WORDS = 4
PROSE_LINE = 120


def _line_case(line: str, sentence_case: bool) -> str:
    """``line`` with each word capitalised but the small words within a sentence; with
    ``sentence_case``, a line of prose in sentence case, names after an honorific
    capitalised."""
    prose = sentence_case and len(line.strip()) >= PROSE_LINE
    out, position, name_left = [], 0, 0
    for match in _TOKEN.finditer(line):
        token = match.group(0)
        opens = not line[:position].strip() or bool(
            _SENTENCE_BEFORE.search(line, max(0, match.start() - 3), match.start())
        )
        small = token.lower().strip(".,;:()") in LOWER_WORDS
        capital = opens or (name_left > 0 if prose else not small)
        out.append(line[position : match.start()])
        out.append(_token_case(token, capital))
        position = match.end()
        if NAME_BEFORE.fullmatch(token):
            name_left = NAME_WORDS
        else:
            name_left = 0 if token[-1] in ",.;:" else name_left - 1
    return "".join(out) + line[position:]


def recased(text: str, *, sentence_case: bool = False) -> str:
    """A text in capitals in the usual case, so that names, cue words and sentences read
    as in any letter: each word capitalised but the small words of a sentence ("the",
    "of", "de", "y"), acronyms, symbols and initials kept; with ``sentence_case``, its
    prose in sentence case. Every offset stays (a letter whose case changes its length
    keeps its capital)."""
    return "\n".join(_line_case(line, sentence_case) for line in text.split("\n"))


# OCR confuses "0" with "O" and "1" with "l" or "I": in a run of digits ("2O05", "l5"),
# the letter is the digit; between two letters ("sincere1y", "C0mmittee"), the digit is
# the letter (not in an acronym in capitals: "H1N1").
_DIGIT_RUN = re.compile(
    r"\b(?=[0-9OolI]*\d)[0-9OolI]*[OolI][0-9OolI]*"
    r"(?=(?:am|pm|h|hrs|st|nd|rd|th|er|e)?\b)"  # "l0am", "2lst", "1er"
)
_DIGITS = str.maketrans("OolI", "0011")
_LETTER_DIGIT = re.compile(r"[01](?<=[^\W\d_][01])(?=[a-zß-ÿ])")


def _letter_for(match) -> str:
    return "o" if match.group(0) == "0" else "l"


def ocr_repaired(text: str) -> str:
    """``text`` with the letters OCR took for digits and the digits it took for letters
    given back; every offset stays."""
    text = _DIGIT_RUN.sub(lambda m: m.group(0).translate(_DIGITS), text)
    return _LETTER_DIGIT.sub(_letter_for, text)


# A flattened heading: a circular's letterhead, reference, date, addressees, subject and
# salutation run together on one line (web pages, text extraction).
FLAT_LINE = 150
# A heading shorter than that is flattened too when it stands above the first paragraph:
# "Our Ref: EM/2016/22 Dear Member States,".
FLAT_SHORT = 40
FLAT_HEAD = 700
# "To:" only as a heading writes it: "with regard to:" goes on.
_FIELD = (
    r"(?:(?:Ref(?:erence)?|Our\s+ref|Your\s+ref|N/R[ée]f|V/R[ée]f|R[ée]f[ée]rence|Referencia|"
    r"Subject|Objet|Asunto|Date|Fecha|From|Para|Destinataires?|Enclosures?|Annex(?:es)?|cc|"
    r"Contact|Tel|Fax|E-?mail|(?-i:To|TO|Aux|AUX|À|A))\s?:|(?:Ref|Tel|Fax)\.)"
)
_GREETING = (
    r"(?:Dear\s|(?:Sir|Madam|Madame|Monsieur|Señora?)(?:\s?/\s?(?:Sir|Madam|Madame|Monsieur|Señora?))?"
    r"\s?[,:]|Excellency\s?[,:]|Excelencia\s?[,:]|Estimad[oa]s?\s|"
    # the Spanish greeting of courtesy: "De mi mayor consideración:"
    r"De\s+(?:mi|nuestra)\s+(?:(?:mayor|m[áa]s\s+alta|alta|distinguida)\s+)?consideraci[óo]n\s?:|"
    # a greeting by post: "Monsieur le Président,", "Señor Ministro:", "Mr. President,"
    r"(?-i:(?:Monsieur|Madame)\s+l[ea]\s+[A-ZÉ][^\s,:]*(?:\s+[^\W\d_][^\s,:]*)?|Señora?\s+[A-Z][^\s,:]*|"
    r"(?:Mr\.?|Madam)\s+(?:President|Chair(?:man|person)?|Secretary-General|Minister|Ambassador))"
    r"\s?[,:])"
)
# A circular's addressee line: "TO ALL MEMBERS", "To the Permanent Representatives"
_ADDRESSED = (
    r"(?-i:(?:TO\s+(?:ALL|THE\s+(?:PERMANENT|MEMBER|HEADS|MINISTERS?|PARTIES))|"
    r"To\s+(?:all|All|the\s+(?:Permanent|Member|Heads|Ministers?|Parties)))\b|"
    # a block of address: "His Excellency …", "Excelentísima Señora Embajadora …"; not in a
    # sentence ("en honor del Excelentísimo Sr. Presidente")
    r"(?<![a-zß-ÿ]\s)(?:His|Her)\s+Excellency\s|(?<![a-zß-ÿ]\s)Son\s+Excellence\s|"
    r"(?<![a-zß-ÿ]\s)(?:Su\s+Excelencia|Excelent[íi]sim[oa])\s|"
    # the envelope's preposition before it: "Paris, le 4 mai 2019 à Son Excellence …"
    r"(?<![a-zß-ÿ]\s)(?:[àÀ]|A|Al|A\s+la)\s+(?:Son\s+Excellence|Su\s+Excelencia|"
    r"Excelent[íi]sim[oa])\s|"
    # or an honorific and a name after the dateline's year: "Paris, le 3 mai 2019 Monsieur
    # Antonio Guterres …"
    r"(?<=\d{4}\s)(?-i:Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?|Señora?)\s+"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]))"
)
# A cue after a comma or "Your" is within a sentence: "Finally, Your Excellency, allow me";
# so is one after the kind of the letter a sentence cites: "Further to your letter ref. …".
_CITED_KIND = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("letter", "note", "verbale", "lettre", "nota", "carta", "message", "fax", "e-mail")
)
FLAT_CUE = re.compile(
    rf"\s(?<=[^\s,;:]\s)(?<!Your\s)(?<!your\s){_CITED_KIND}(?={_FIELD}|{_GREETING}|{_ADDRESSED})",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)"
)
_FULL_DATE = (
    rf"(?:\d{{1,2}}\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}})"
)
_NOT_AFTER = "(?<!ted\\s)" + "".join(
    rf"(?<!\b{word}\s)"
    for word in sorted(
        _word_set("of on in to by at from until since before after du le el de au al")
    )
)
# In a flattened heading, a dateline ("Berne, April 13, 1928", "New York, 3 May 2020"), a date
# and a number ("No. 393") open a line of their own too; a date ending a range does not.
FLAT_FIELD = re.compile(
    r"\s(?<![–—-]\s)(?P<field>(?:" + CITY.pattern + r"|(?-i:[A-Z][\w'’-]+))(?:,?\s*D\.\s?C\.)?,\s+"
    rf"(?:le\s+|el\s+)?{_FULL_DATE}"
    # a date after a preposition is within a sentence ("held on 9 May 2006"), one after
    # "dated", "posted" or "updated" another document's or the page's
    rf"|{_NOT_AFTER}{_FULL_DATE}"
    # not the number of a kind of letter: "Circular Letter No. 3558"
    r"|(?<![^\W\d_]\s)(?:File\s+)?No\.\s?\d|(?<![^\W\d_]\s)N[°º]\s?\d"
    # the kind of letter with its number: "Circular Letter No.3742", "Notification No. 12"
    r"|(?-i:(?:Circular(?:\s+Letter)?|Notification|Lettre\s+circulaire|Carta\s+circular)\s+N(?:[oO]\.|[°º])\s?\d))",
    re.IGNORECASE,
)
SUBJECT_FIELD = re.compile(r"\b(?:Subject|Objet|Asunto)\s?:", re.IGNORECASE)


# A flattened signature block: the closing formula, the name and post, the addressees of a
# circular on one line.
CLOSING_END = re.compile(
    # a word broken at the end of a printed line comes joined back with its hyphen:
    # "highest consider- ation."
    r"\b(?:(?:Yours\s+(?:sincerely|faithfully|truly)|highest\s+consider(?:-\s)?ation|"
    r"haute\s+consid[ée]r(?:-\s)?ation|(?:alta|distinguida)\s+consideraci[óo]n)[.,]?|"
    # a word alone closes only followed by its comma: not "respectfully requested"
    r"(?:Sincerely(?:\s+yours)?|(?:Best|Kind)\s+regards|Cordialement|Atentamente|"
    r"Respectfully(?:\s+yours)?)[.,])(?P<cut>\s)",
    re.IGNORECASE,
)
SIGNATURE_TAIL = 300
TAIL = 1500
# The writer's address after the signature: "… P.O. Box 30552 Nairobi, Kenya Telephone: …"
CONTACT_AFTER = re.compile(
    r"(?<=\S)\s(?=P\.?\s?O\.?\s?Box|(?:T[ée]l[ée]?(?:phone|[ée]fono)?|Fax|E-?mail)\s?[:.])"
)
LISTED_AFTER = re.compile(
    r"(?<=\S)\s(?=All\s+(?:Permanent|Members?|States|Heads)|To\s+All|TO\s+ALL)"
    # the addressee's block after the signer's name: "Jacques CHIRAC Monsieur Vaclav KLAUS"
    r"|(?<=[^\W\d_]{2})\s(?=(?:Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?|H\.\s?E\.|(?:His|Her)\s+Excellency|"
    r"Son\s+Excellence|Excelent[íi]sim[oa]|The\s+Honou?rable)\s+[A-Z])"
    # the writer's address after the post: "… Ozone Secretariat P.O. Box 30552 Nairobi, Kenya"
    r"|" + CONTACT_AFTER.pattern
)
# The post one signs for, printed above the name: "For the Secretary of State: SUMNER WELLES".
SIGNED_FOR = re.compile(
    r"(?<![^\s])(?:For|Pour|Por)\s+(?:the|le|la|l['’]|el)\s*[A-ZÀ-Ý][^\n:.]{2,60}:(?P<cut>\s)(?=[A-ZÀ-Ý])"
)


def _head_cuts(head: str) -> list[int]:
    """Where the fields of a flattened heading start in ``head`` (a long line's first
    ``FLAT_HEAD`` characters), up to its salutation."""
    cues = [m.start() for m in FLAT_CUE.finditer(head)]
    if not cues:
        return []
    greeting = re.search(_GREETING, head)
    subject = SUBJECT_FIELD.search(head)
    stop = greeting.start() if greeting else len(head)
    # a heading holds no closing formula: what follows one is a signature block
    closing = caseless(CLOSING).search(head)
    stop = min(stop, closing.start() if closing else stop)
    # dates and numbers up to the subject, whose dates are a meeting's
    fields_stop = min(stop, subject.start() if subject else stop)
    cuts = {c for c in cues if c <= stop}
    cuts |= {m.start() for m in FLAT_FIELD.finditer(head, 0, fields_stop)}
    return sorted(cuts)


def _tail_cuts(text: str) -> list[int]:
    """Where a signature block run into the closing formula's line starts, and the
    circular's addressees after it, in the last ``TAIL`` characters of ``text``."""
    # the writer's address run into the last line, with or without a closing formula
    foot = max(0, len(text) - SIGNATURE_TAIL)
    cuts = [m.start() for m in CONTACT_AFTER.finditer(text, text.rfind("\n", 0, foot) + 1)]
    line_end = -1
    start = text.rfind("\n", 0, max(0, len(text) - TAIL)) + 1
    for closing in reversed(list(caseless(CLOSING_END).finditer(text, start))):
        cut = closing.start("cut")
        end = text.find("\n", cut)
        end = len(text) if end < 0 else end
        # the last formula of its line, within SIGNATURE_TAIL characters of its end
        if end == line_end or end - closing.end() > SIGNATURE_TAIL:
            continue
        line_end = end
        cuts += [cut] if text[cut] != "\n" else []
        # the signature block may go on on the next line: "Jacques CHIRAC Monsieur …"
        block_end = min(len(text), max(end, cut + SIGNATURE_TAIL))
        cuts += [m.start() for m in LISTED_AFTER.finditer(text, cut + 1, block_end)]
        cuts += [m.start("cut") for m in SIGNED_FOR.finditer(text, cut + 1, block_end)]
    return cuts


LONG_LINE = re.compile(rf"^[^\n]{{{FLAT_SHORT}}}", re.MULTILINE)
HEAD = 2000


def _heading_lines(text: str):
    """The lines near the top that may hold a flattened heading: every long one, and the
    shorter ones above the first long one (a form's "Date: … TO: …" further down is no
    heading)."""
    seen_long = False
    for line in LONG_LINE.finditer(text, 0, HEAD + FLAT_LINE):
        if line.start() >= HEAD:
            break
        end = text.find("\n", line.start())
        long = (len(text) if end < 0 else end) - line.start() >= FLAT_LINE
        if long or not seen_long:
            yield line
        seen_long = seen_long or long


def unflattened(text: str) -> str:
    """``text`` with the fields of a flattened heading on lines of their own: in a long
    line near the top that holds a field ("Ref.:", "Subject:", "To:"), an addressee line
    or a salutation, a line end before each, and before a dateline or a number, up to the
    salutation; near the end, the name after a closing formula and the addressees after
    it. Every offset stays; the prose is left as it is."""
    found = _tail_cuts(text)
    for line in _heading_lines(text):
        end = text.find("\n", line.start(), line.start() + FLAT_HEAD)
        head = text[line.start() : line.start() + FLAT_HEAD if end < 0 else end]
        found += [line.start() + cut for cut in _head_cuts(head)]
    if not found:
        return text
    chars = list(text)
    for cut in found:
        chars[cut] = "\n"
    return "".join(chars)
