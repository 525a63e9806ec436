"""Where a letter's closing formula stands: the first one that closes the letter, not a
word of its body that a formula also holds ("I sincerely hope …", "I take this opportunity
to thank …", a note's "saluda atentamente a …"), and the formulas of other styles ("With
best wishes,", "Un cordial saludo,", "l'assurance de ma haute considération"). Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.lines import start_of_line
from plenipo.reading.model import Person, Span
from plenipo.reading.people import NAME, NOT_A_NAME, TITLE_WORDS, signature
from plenipo.reading.unclosed_signatures import joined_names, run_in_signature
from plenipo.reading.zones import CLOSING

# Sign-offs of other styles and formulas of consideration in other words, each where it
# closes: a sign-off on a line of its own (a name may follow it), a formula anywhere.
OTHER_CLOSING = re.compile(
    r"^[ \t]*(?:With\s+(?:my\s+|our\s+)?(?:best|kind|kindest|warm|warmest|highest|sincere|"
    r"respectful|deepest)\s+(?:regards|wishes)|Best\s+wishes|"
    r"Warm(?:est)?\s+regards|Regards|Respectfully|Cordially|Yours\s+ever|Saludos\s+cordiales|"
    r"Cordiales\s+saludos|(?:Reciba\s+)?un\s+(?:cordial|atento)\s+saludo|Sinceramente|"
    r"Bien\s+[àa]\s+vous|(?:Avec\s+mes\s+)?(?:sinc[eè]res\s+)?salutations\s+distingu[ée]es)"
    r"\b[^\n]{0,40}$"
    # the old style's close: "I have the honor to be, Sir, your obedient servant,"
    # "… your affectionate friend & servant,", "your most faithful servant"
    r"|\b(?:your|votre|su)\s+(?:most\s+|very\s+)?"
    r"(?:obedient|humble|affectionate|faithful|devoted|tr[èe]s\s+humble|ob[ée]issant)"
    r"[\w ,&]{0,30}?"
    r"(?:servant|serviteur|servidor)\b,?"
    r"|\bassurances?\s+of\s+(?:my|our|its|his|her)\s+(?:[\w-]+\s+){1,3}(?:consideration|esteem)"
    r"[^\n]*"
    r"|(?:\bl['’]|\bles\s+)(?:assurances?|expression)\s+(?:renouvel[ée]es?\s+)?de\s+"
    r"(?:ma|mes|notre|nos|sa|ses|leur|leurs)\s+"
    r"[^\n]{0,40}?consid[ée]ration[^\n]*"
    r"|\b(?:las\s+seguridades|la\s+expresi[óo]n|el\s+testimonio)\s+de\s+(?:mi|nuestra|su)\s+"
    r"[^\n]{0,40}?consideraci[óo]n[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# More sign-offs on a line of their own, in the three languages: "Yours respectfully,",
# "Faithfully yours,", "With appreciation,", "Thank you,", "Best,", "Yours,", "Cordialmente,",
# "Un saludo cordial,", "Respetuosamente,", "Amitiés,", "Respectueusement,"; and the French
# formulas that close on salutations or sentiments rather than consideration ("Veuillez
# agréer, Madame, l'expression de mes salutations distinguées.", "Je vous prie de croire, …,
# à l'assurance de mes sentiments les meilleurs.").
MORE_CLOSINGS = re.compile(
    r"^[ \t]*(?:Yours\s+(?:respectfully|cordially|very\s+truly|very\s+sincerely|ever|always)|"
    r"(?:Faithfully|Cordially|Respectfully|Sincerely|Truly)\s+yours|"
    r"With\s+(?:(?:my|our)\s+)?(?:appreciation|gratitude|thanks|respect|warm\s+wishes|"
    r"(?:highest|high|great|deep)\s+(?:consideration|respect|esteem))|"
    # a word or two that a sentence may also be: a sign-off only with its comma or alone
    r"(?:(?:Many\s+)?Thanks(?:\s+again)?|Thank\s+you(?:\s+again)?|Best|All\s+the\s+best|Yours|"
    r"Salutations|Saludos|Un\s+saludo)[ \t]*,?[ \t]*$|"
    r"Cordialmente|Atenciosamente|Respetuosamente|Respectueusement|Fraternalmente|Afectuosamente|"
    r"Amiti[ée]s|Sinc[èe]res\s+salutations|Bien\s+cordialement|Tr[èe]s\s+cordialement|"
    r"Avec\s+(?:mes|nos)\s+(?:remerciements|meilleures\s+salutations|salutations\s+\w+)|"
    r"Avec\s+toute\s+(?:ma|notre)\s+consid[ée]ration|"
    # the French administration's formula alone on its line: "Très haute considération."
    r"(?:Tr[èe]s\s+)?(?:haute|parfaite|respectueuse)\s+consid[ée]ration|"
    r"(?:Con\s+)?(?:un\s+)?(?:saludo\s+cordial|cordial\s+saludo)|"
    r"(?:Quedo|Quedamos)\s+(?:de\s+usted(?:es)?|a\s+(?:sus|su)\s+(?:[óo]rdenes|disposici[óo]n))|"
    r"(?:Con\s+)?(?:mi|nuestra)\s+consideraci[óo]n\s+m[áa]s\s+distinguida|"
    r"(?:Con\s+)?(?:mis|nuestros)\s+mejores\s+deseos|"
    r"(?:Sin\s+(?:otro\s+particular|m[áa]s(?:\s+por\s+el\s+momento)?),?\s+)?"
    r"(?:(?:l[eo]s?\s+)?saluda(?:n|mos)?\s+(?:muy\s+)?(?:atentamente|cordialmente)|"
    r"recib(?:a|an)\s+un\s+(?:cordial\s+|atento\s+)?saludo(?:\s+cordial)?))"
    r"[ \t]*[,.!:]?[ \t]*$"
    r"|\b(?:Veuillez|Je\s+vous\s+prie\s+d|Nous\s+vous\s+prions\s+d|Recevez|Croyez)[^\n]{0,200}?"
    r"\b(?:salutations|sentiments|hommages|d[ée]vouement)\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
# A formula's word that a sentence of the body may also hold.
BARE = re.compile(r"(?:sincerely|best\s+regards|kind\s+regards|atentamente|cordialement)", re.I)
# A formula offering the opportunity, which closes only where it renews the assurances.
OPPORTUNITY = re.compile(
    r"(?:I\s+take\s+this\s+opportunity|I\s+avail\s+myself|aprovecho\s+la\s+oportunidad|"
    r"je\s+saisis\s+cette\s+occasion|hago\s+propicia)",
    re.I,
)
ASSURANCES = re.compile(
    r"assurance|consid[ée]ra|consideraci|esteem|seguridades|testimonio|estima", re.IGNORECASE
)
OPPORTUNITY_REACH = 350
THANKS = re.compile(r"(?:Thank|Thanking|With\s+thanks|Many\s+thanks)\b", re.I)


def _closes(text, match) -> bool:
    """Whether ``match`` closes the letter rather than belonging to a sentence of its body."""
    found = match.group(0)
    if OPPORTUNITY.match(found):
        reach = text[match.start() : match.start() + OPPORTUNITY_REACH]
        return bool(ASSURANCES.search(reach)) or "etc" in found or "&c" in found
    bare = BARE.match(found)
    if not bare:
        return True
    line_start = start_of_line(text, match.start())
    before = text[line_start : match.start()].rstrip()
    after = found[bare.end() :].strip(" ,.:;!")
    # "Yours sincerely,", "Le saluda atentamente,", "Kind regards, Jane Roe": the formula
    # ends its line or a name follows; "I sincerely hope that …" goes on in lower case
    # in a flattened copy the formula opens its sentence, not its line: "… 2031. Le saluda
    # atentamente, Carmen Villalobos"
    sentence = re.split(r"(?<=\w{3}[.!?])\s+", before)[-1]
    opens = not before or before.endswith((".", "!", "?", ",")) or len(sentence.split()) <= 3
    # thanks joined to the formula: "Thank you in advance for your interest and best regards,"
    thanked = THANKS.match(before) and before.endswith(" and") and found.endswith(",")
    return bool(opens or thanked) and (
        not after or after[0].isupper() or after.lower().startswith("yours")
    )


def closing_formulas(text):
    """The closing formulas of ``text`` that close a letter, in order."""
    candidates = [
        *caseless(CLOSING).finditer(text),
        *caseless(OTHER_CLOSING).finditer(text),
        *caseless(MORE_CLOSINGS).finditer(text),
    ]
    candidates.sort(key=lambda match: match.start())
    return [match for match in candidates if _closes(text, match)]


def closing_formula(text):
    """The first closing formula of ``text`` that closes the letter, or None."""
    return next(iter(closing_formulas(text)), None)


def signed_under_closing(text):
    """(the closing formula, its signatories, those written to under them): under the
    first formula that has a signatory under it ("Thank you," or "Best," may close a
    paragraph before the letter's own "Yours sincerely,"), else the first formula's."""
    formulas = closing_formulas(text)
    for formula in formulas:
        signed, named_below = signature(text, formula.end())
        signed = typed_under_signature(text, formula.end(), signed)
        signed = signed[:1] + [p for p in signed[1:] if not _opens_with_function_word(p)]
        signed = _below_signature_image(signed)
        if signed:
            return formula, signed, named_below
    for formula in formulas:
        joined = joined_names(text, formula.end())
        if joined:
            return formula, joined, []
    for formula in formulas:
        # a flattened copy runs the name on after the formula on its line or the next
        run_in = run_in_signature(text, formula.start())
        if run_in:
            return formula, [run_in], signature(text, formula.end())[1]
    if not formulas:
        return None, [], []
    return formulas[0], *signature(text, formulas[0].end())


# A word that opens no name: a letterhead running on under the signature, "AUX DROITS DE
# L'HOMME", "OF THE UNITED NATIONS" (not a particle, which may: "DE GRAEFF", "LE PEN").
FUNCTION_WORD = re.compile(r"^(?:AUX?|OF|FOR|THE|TO|AND|ET|Y)\s")


def _opens_with_function_word(person: Person) -> bool:
    return bool(person.name and FUNCTION_WORD.match(person.name))


PLURAL_POST = re.compile(rf"(?:{TITLE_WORDS.pattern})s\b", re.IGNORECASE)


def _below_signature_image(signed: list[Person]) -> list[Person]:
    """The signatories without the signature itself as OCR reads it or its initials ("Jme
    Roc", "J. Roe") over the name typed under it with its post; two names over one post in
    the plural ("Co-Chairs") both sign."""
    if len(signed) != 2 or signed[0].title or not signed[1].title:
        return signed
    if PLURAL_POST.search(signed[1].title):
        return signed
    return signed[1:]


# The name typed in brackets under a signature, as British, Commonwealth and older letters
# print it, the post beside or under it: "(David Ford) Acting Governor", "(JANE ROE)".
TYPED_NAME = re.compile(r"^[ \t]*\((?P<name>[^()\n]{3,60})\)[ \t,]*(?P<post>[^\n]{0,120})$", re.M)
TYPED_REACH = 400
TYPED_LINES = 3
NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")


def typed_under_signature(text, closing_end, signed: list[Person]) -> list[Person]:
    """The signatories with the first one named by the name typed in brackets under the
    signature (which OCR reads as letters, "Davis Joust."), or found there alone, with a
    post beside or under it; a country in brackets under a name ("(Sweden)") is none."""
    if signed and signed[0].evidence:
        starts = [_next_line(text, text.find("\n", signed[0].evidence.end))]
    else:
        starts, at = [], closing_end
        while len(starts) < TYPED_LINES and at is not None and at - closing_end < TYPED_REACH:
            at = _next_line(text, text.find("\n", at))
            starts.append(at)
    for start in starts:
        match = TYPED_NAME.match(text, start) if start is not None else None
        if match:
            typed = _typed(text, match)
            return [typed, *signed[1:]] if typed else signed
    return signed


def _typed(text, match) -> Person | None:
    """The person a typed name in brackets names, with the post beside or under it."""
    name = match.group("name").strip()
    post = match.group("post").strip()
    if not post:
        below = _next_line(text, match.end())
        post = text[below:].split("\n", 1)[0].strip() if below is not None else ""
    if len(name.split()) < 2 or not signatory_name(name) or not TITLE_WORDS.search(post):
        return None
    return Person(name, post, None, Span(match.start("name"), match.end("name")), 0.7)


def _next_line(text, line_end) -> int | None:
    """Where the next non-blank line after the line ending at ``line_end`` starts (none
    after the last line, whose end ``str.find`` gives as -1)."""
    if line_end < 0:
        return None
    rest = NEXT_LINE.search(text, line_end)
    return rest.end() if rest else None


# Signatures printed side by side, each column a signatory: "Jane Roe      John Doe" over
# "Permanent Representative of X      Permanent Representative of Y".
COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \t]{3,}|\t)(?=\S)")


def signatory_name(value) -> bool:
    """Whether ``value`` is a person's name (not a post, not a body)."""
    match = NAME.match(value)
    return bool(match) and not (TITLE_WORDS.search(value) or NOT_A_NAME.search(value))


def _columns(value):
    return [part.strip() for part in COLUMN_GAP.split(value)] if value else []


def side_by_side(text, people: list[Person]) -> list[Person]:
    """The signatories with a name read across columns split into one per column, each
    with the post under it in the same column."""
    found = []
    for person in people:
        names = _columns(person.name)
        if len(names) < 2 or not all(signatory_name(name) for name in names):
            found.append(person)
            continue
        titles = _columns(person.title)
        titles = titles if len(titles) == len(names) else [person.title] * len(names)
        position = person.evidence.start if person.evidence else 0
        for name, title in zip(names, titles, strict=True):
            at = text.find(name, position)
            span = Span(at, at + len(name)) if at >= 0 else person.evidence
            position = max(position, at + len(name))
            found.append(Person(name, title, person.organization, span, person.confidence))
    return found
