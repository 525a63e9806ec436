"""A letter as a news article quotes it: what the article's introduction says of the
letter, for want of the letter's own dateline. Pure."""

import re

from plenipo.reading.lines import start_of_line

# A news article's words for the letter it quotes, before the letter's date: "in a letter
# dated 16 April 2031", "dans une correspondance datant du mardi 16 avril 2031", "en una carta
# fechada el 16 de abril de 2031", "the letter, dated", "ce courrier daté du", "La misiva, con
# fecha".
REPORTED_LETTER_DATED = re.compile(
    r"\b(?:an?|th(?:is|e)|une?|cet(?:te)?|ce|una|esta|la|el|este)\s+(?:[\w-]+\s+)?"
    r"(?:letter|note|message|lettre|correspondance|courrier|missive|carta|misiva|nota)\s*,?\s+"
    r"(?:dated|dat[ée]e?\s+du|datant\s+du|en\s+date\s+du|de\s+fecha|fechada(?:\s+el)?|"
    r"con\s+fecha(?:\s+(?:del?|el))?)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)?,?\s*$",
    re.IGNORECASE,
)


INTRODUCTION = 1500
# The letter a news page quotes begins at its salutation, its opening quotation mark or its
# number, after the page's headline, byline and introduction: the introduction ends there.
LETTER_BEGINS = re.compile(
    r"^[ \t]*(?:[«“\"]|(?:Dear|Excellenc|Monsieur|Madame|Mesdames|Messieurs|Señor|Señora|"
    r"Estimad|Distinguid|Excelent)[^\n]{0,60}[,:][ \t]*$|(?:Note|Nota|N°|No\.)[^\n]{0,30}\d)",
    re.MULTILINE | re.IGNORECASE,
)


def reported_letters_date(text, dates):
    """The date a news article's introduction (before the letter's salutation, quotation
    mark or number) gives the letter it quotes, for want of a dateline: "… peut-on lire
    dans une correspondance datant du mardi 16 avril 2031"; not a letter the body of a
    letter cites."""
    begins = LETTER_BEGINS.search(text, 0, INTRODUCTION)
    end = begins.start() if begins else min(len(text), INTRODUCTION)
    for d in dates:
        if d.start > end:
            break
        whole_day = d.has_year and not d.month_only and d.first == d.last
        if whole_day and REPORTED_LETTER_DATED.search(text[max(0, d.start - 80) : d.start]):
            return d
    return None


# A news page's byline: "By Peter Roe", "Par la rédaction", "Por Ana Roe | 18 de agosto",
# alone on its line or with the page's date after a bar or a dash; its "By" sets no deadline.
BYLINE = re.compile(
    r"[ \t]*(?:By|Par|Por)[ \t]+(?:la[ \t]+r[ée]daction|(?-i:[A-ZÀ-Ý])[\w’'.-]*"
    r"(?:[ \t]+(?:(?-i:[A-ZÀ-Ý])[\w’'.-]*|de|del|van|von|da|du)){0,4})"
    r"[ \t]*(?:$|[|,–—-])",
    re.IGNORECASE | re.MULTILINE,
)


def is_byline(text, at) -> bool:
    """Whether ``at`` opens a news page's byline."""
    line_start = start_of_line(text, at)
    return not text[line_start:at].strip() and bool(BYLINE.match(text, line_start))


# A news page's furniture around the letter it quotes: "À lire aussi", "Read more: …",
# "Lea también", "Share this article", "Advertisement", "Noticias relacionadas".
PAGE_CHROME = re.compile(
    r"[ \t]*(?:(?:[àa][ \t]+)?lire[ \t]+aussi|[àa][ \t]+voir[ \t]+aussi|read[ \t]+(?:more|also)|"
    r"see[ \t]+also|related(?:[ \t]+(?:articles?|stories|news))?|most[ \t]+read|"
    r"le[ae][ \t]+tambi[ée]n|lee[ \t]+tambi[ée]n|ver[ \t]+tambi[ée]n|noticias[ \t]+relacionadas|"
    r"share(?:[ \t]+this(?:[ \t]+(?:article|story|page))?)?|partager(?:[ \t]+cet[ \t]+article)?|"
    r"compart(?:ir|e)(?:[ \t]+esta[ \t]+noticia)?|advertisement|publicit[ée]|publicidad|"
    r"comments?|commentaires?|comentarios?)\b[^\n]{0,80}$",
    re.IGNORECASE,
)


def is_page_chrome(words) -> bool:
    return bool(words and PAGE_CHROME.match(words))


# A news page's headline telling of the letter, which the layout model may take for an
# address: "Prime Minister writes to Commission President on ferry link", "Le maire écrit au
# Premier ministre", "El presidente escribe al secretario general de la OEA".
HEADLINE = re.compile(
    r"\b(?:writes|wrote|sends|urges|asks|calls\s+on|[ée]crit|[ée]crivent|interpelle|escribe|"
    r"escriben|env[íi]a|env[íi]an|piden?)\s+(?:(?:an?|open|une?|una)\s+)?(?:letter\s+|lettre\s+|"
    r"carta\s+)?(?:to|au|aux|[àa]|al|a\s+l[ao]s?)\b",
    re.IGNORECASE,
)


def is_headline(words) -> bool:
    return bool(words and HEADLINE.search(words))


# A press release or a news page saying it gives the letter's text: "The full text of the
# letter follows", "Le texte de la lettre est reproduit ci-dessous", "Este es el texto de la
# carta:", "Se reproduce a continuación el contenido de la misiva".
REPRODUCES_A_LETTER = re.compile(
    r"\b(?:(?:full\s+|complete\s+)?text\s+of\s+the\s+letter|the\s+letter\s+(?:is\s+)?"
    r"(?:reproduced|follows|reads)|texte\s+(?:int[ée]gral\s+)?de\s+la\s+lettre|"
    r"lettre\s+(?:est\s+)?reproduite|texto\s+(?:[íi]ntegro\s+)?de\s+la\s+(?:carta|misiva)|"
    r"contenido\s+de\s+la\s+(?:carta|misiva))\b",
    re.IGNORECASE,
)


def reproduces_a_letter(head) -> bool:
    return bool(REPRODUCES_A_LETTER.search(head))
