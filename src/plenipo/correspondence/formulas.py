"""The formulas of diplomatic correspondence, by genre and language. Pure.

Note verbale: third person, "… presents his compliments to … and has the honour to …",
closing with the renewal of "the assurances of his highest consideration". Formal letter:
"Excellency, … Please accept, Excellency, the assurances of my highest consideration."
Personal letter: "Dear Minister, … Yours sincerely".
"""

from enum import StrEnum

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


class Genre(StrEnum):
    NOTE_VERBALE = "note_verbale"
    FORMAL_LETTER = "formal_letter"
    PERSONAL_LETTER = "personal_letter"


# {sender} and {recipient} are filled in; the note verbale's body continues the sentence.
NOTE_VERBALE_OPENING = {
    "en": "{sender} presents his compliments to {recipient} and has the honour to",
    "fr": "{sender} présente ses compliments à {recipient} et a l'honneur de",
    "es": "{sender} saluda atentamente a {recipient} y tiene el honor de",
    "ru": "{sender} свидетельствует свое уважение {recipient} и имеет честь",
    "ar": "يهدي {sender} تحياته إلى {recipient} ويتشرف بأن",
    "zh": "{sender}向{recipient}致意，并谨",
}
NOTE_VERBALE_CLOSING = {
    "en": (
        "{sender} avails himself of this opportunity to renew to {recipient} "
        "the assurances of his highest consideration."
    ),
    "fr": (
        "{sender} saisit cette occasion pour renouveler à {recipient} "
        "les assurances de sa très haute considération."
    ),
    "es": (
        "{sender} aprovecha la oportunidad para reiterar a {recipient} "
        "las seguridades de su más alta consideración."
    ),
    "ru": (
        "{sender} пользуется случаем, чтобы возобновить {recipient} "
        "уверения в своем самом высоком уважении."
    ),
    "ar": "ويغتنم {sender} هذه الفرصة ليعرب مجددا لـ{recipient} عن أسمى آيات تقديره.",
    "zh": "{sender}顺致崇高的敬意。",
}
SALUTATION = {
    Genre.FORMAL_LETTER: {
        "en": "Excellency,",
        "fr": "Excellence,",
        "es": "Excelentísimo Señor/Excelentísima Señora:",
        "ru": "Ваше Превосходительство!",
        "ar": "صاحب السعادة،",
        "zh": "阁下：",
    },
    Genre.PERSONAL_LETTER: {
        "en": "Dear {title},",
        "fr": "{title_fr},",
        "es": "Estimado/a {title}:",
        "ru": "Уважаемый {title}!",
        "ar": "عزيزي {title}،",
        "zh": "尊敬的{title}：",
    },
}
CLOSING = {
    Genre.FORMAL_LETTER: {
        "en": "Please accept, Excellency, the assurances of my highest consideration.",
        "fr": "Je vous prie d'agréer, Excellence, les assurances de ma très haute considération.",
        "es": "Le ruego acepte, Excelencia, las seguridades de mi más alta consideración.",
        "ru": "Примите, Ваше Превосходительство, уверения в моем самом высоком уважении.",
        "ar": "وتفضلوا، يا صاحب السعادة، بقبول فائق الاحترام والتقدير.",
        "zh": "顺致最崇高的敬意。",
    },
    Genre.PERSONAL_LETTER: {
        "en": "Yours sincerely,",
        "fr": "Je vous prie d'agréer, {title_fr}, l'expression de ma haute considération.",
        "es": "Atentamente,",
        "ru": "С уважением,",
        "ar": "مع خالص التحيات،",
        "zh": "此致",
    },
}
# How a minister is greeted in a personal letter.
MINISTER_TITLE = {
    "en": "Minister",
    "fr": "Monsieur le Ministre",
    "fr-f": "Madame la Ministre",
    "es": "Ministro",
    "ru": "господин Министр",
    "ar": "الوزير",
    "zh": "部长",
}
HONORIFIC = {
    "en": {"m": "Mr", "f": "Ms", "excellency": "H.E."},
    "fr": {"m": "M.", "f": "Mme", "excellency": "S.E."},
    "es": {"m": "Sr.", "f": "Sra.", "excellency": "Excmo./Excma."},
    "ru": {"m": "г-н", "f": "г-жа", "excellency": "Его/Ее Превосходительство"},
    "ar": {"m": "السيد", "f": "السيدة", "excellency": "سعادة"},
    "zh": {"m": "先生", "f": "女士", "excellency": "阁下"},
}


# The words a letter prints around its body, in the letter's language; English where a
# language has none yet. French puts a no-break space before a colon.
REFERENCE_LABEL = {"en": "Reference:", "fr": "Référence\u00a0:", "es": "Referencia:"}
ENCLOSURE_LABEL = {  # (one, several)
    "en": ("Enclosure:", "Enclosures:"),
    "fr": ("Pièce jointe\u00a0:", "Pièces jointes\u00a0:"),
    "es": ("Anexo:", "Anexos:"),
}


def reference_line(reference: str, language: str) -> str:
    return f"{REFERENCE_LABEL.get(language, REFERENCE_LABEL['en'])} {reference}"


def enclosures_heading(count: int, language: str) -> str:
    one, several = ENCLOSURE_LABEL.get(language, ENCLOSURE_LABEL["en"])
    return one if count == 1 else several


def french_spacing(text: str) -> str:
    """Guillemets hold their words with no-break spaces, so that a line never starts with
    '»' nor ends with '«' in French."""
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


class FormulaError(ValueError):
    pass


# "à le" is written "au", "a el" "al": the article of a post put after a formula's preposition.
_CONTRACTIONS = {
    "fr": ((" à le ", " au "), (" à les ", " aux "), (" de le ", " du "), (" de les ", " des ")),
    "es": ((" a el ", " al "), (" de el ", " del ")),
}


def contracted(text: str, language: str) -> str:
    """A formula with its preposition and the recipient's article contracted: 'présente
    ses compliments à le Représentant' -> 'présente ses compliments au Représentant'."""
    for plain, short in _CONTRACTIONS.get(language, ()):
        text = text.replace(plain, short)
    return text


def the_post(post: str, language: str, *, feminine: bool = False) -> str:
    """A post with its definite article, as a formula names the recipient: 'the Permanent
    Representative …', 'le Représentant permanent …', 'la Représentante permanente …',
    "l'Observateur permanent …", 'el Representante Permanente …'."""
    if language == "en":
        return f"the {post}"
    if language == "fr":
        if post[:1].lower() in FRENCH_ELIDING:
            return f"l'{post}"
        return f"{'la' if feminine else 'le'} {post}"
    if language == "es":
        return f"{'la' if feminine else 'el'} {post}"
    return post


def _language(language):
    if language not in LANGUAGES:
        raise FormulaError(f"no formulas for language {language!r} (known: {', '.join(LANGUAGES)})")
    return language


def opening(genre, language, *, sender="", recipient="", gender="m"):
    language = _language(language)
    if genre == Genre.NOTE_VERBALE:
        formula = NOTE_VERBALE_OPENING[language].format(sender=sender, recipient=recipient)
        return contracted(formula, language)
    title = (
        MINISTER_TITLE.get(f"{language}-f" if gender == "f" else language)
        or (MINISTER_TITLE[language])
    )
    return SALUTATION[Genre(genre)][language].format(title=title, title_fr=title)


FRENCH_ELIDING = tuple("aeiouyhâàéèêëîïôûù")


def continued(opening_formula: str, first_paragraph: str, language: str) -> str:
    """The note verbale's opening formula running on into its first paragraph, with French
    elision ("a l'honneur de" + "inviter" gives "a l'honneur d'inviter")."""
    if not first_paragraph:
        return opening_formula
    elides = language == "fr" and first_paragraph.lower().startswith(FRENCH_ELIDING)
    if elides and opening_formula.endswith(" de"):
        return f"{opening_formula[:-1]}'{first_paragraph}"
    return f"{opening_formula} {first_paragraph}"


def closing(genre, language, *, sender="", recipient="", gender="m"):
    language = _language(language)
    if genre == Genre.NOTE_VERBALE:
        formula = NOTE_VERBALE_CLOSING[language].format(sender=sender, recipient=recipient)
        return contracted(formula, language)
    title = (
        MINISTER_TITLE.get(f"{language}-f" if gender == "f" else language)
        or (MINISTER_TITLE[language])
    )
    return CLOSING[Genre(genre)][language].format(title=title, title_fr=title)


def form_of_address(name, *, gender, language, excellency=False):
    """'H.E. Ms. Alya Ahmed Saif Al-Thani', 'Mr Sergey Lavrov', 'M. Sergueï Lavrov'."""
    words = HONORIFIC[_language(language)]
    parts = [words["excellency"]] if excellency else []
    parts.append(words.get(gender, ""))
    return " ".join(p for p in [*parts, name] if p)
