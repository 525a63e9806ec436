"""Where a letter ends on a page that goes on after it: a web page's sharing buttons,
related stories and copyright, a printed page's footer with the writer's address, telephone
and page number. The signature is looked for above them. And where a letter starts on a
web page that opens with a menu. Pure."""

import re

from plenipo.reading.lines import is_line_start, start_of_line

# A line that opens a web page's matter after the article: its sharing buttons and social
# networks, related stories, tags, copyright.
WEB_CHROME = re.compile(
    r"^[ \t]*(?:(?:Share|Print|Tweet|E-?mail|Facebook|Twitter|LinkedIn|YouTube|Instagram|"
    r"WhatsApp|Flickr|Pinterest|Reddit|Partager|Imprimer|Compartir|Imprimir)"
    r"(?:\s+(?:this|on|sur|en|la|la\s+page|page|article|story))?[ \t]*:?[ \t]*$|"
    r"(?:Share\s+this|Follow\s+us|Suivez-nous|S[ií]guenos|Related\s+(?:news|articles?|stories|"
    r"content|posts|links|documents)|Read\s+more|Lire\s+aussi|Leer\s+m[áa]s|"
    r"Voir\s+aussi|Ver\s+tambi[ée]n|Back\s+to\s+top|Tags?\s*:|Mots-cl[ée]s\s*:|Etiquetas\s*:)"
    r"[^\n]*$|"
    r"(?:©|\(c\)|Copyright\b)[^\n]*$|[^\n]*\bAll\s+rights\s+reserved\b[^\n]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# A printed page's footer line: the writer's address and numbers ("P.O. Box 30552 · Nairobi",
# "Tel: +254 …", "www.…", an e-mail address), a page number ("Page 2 of 2", "- 2 -").
FOOTER_LINE = re.compile(
    r"[^\n]{0,200}?(?:\bP\.?\s?O\.?\s?Box\b|\b(?:Tel|T[ée]l|T[ée]l[ée]phone|Tel[ée]fono|Phone|Fax|"
    r"E-?mail|Courriel|Correo)\b\.?\s*:|www\.|https?://|@[\w-]+\.\w|\+\d[\d ()/.-]{6,})[^\n]*$|"
    r"[ \t]*(?:(?:Page|P[áa]gina)\s+\d+(?:\s+(?:of|de|sur)\s+\d+)?|[-–]\s*\d{1,3}\s*[-–]|"
    r"\d{1,3})[ \t]*$",
    re.IGNORECASE,
)
CHROME_REACH = 4000
FOOTER_LINES = 30
# Words of a web page's buttons and of an image's name, which no person's name holds.
CHROME_WORDS = (
    r"Facebook|Twitter|LinkedIn|YouTube|Instagram|WhatsApp|Flickr|Pinterest|Reddit|Tweet|"
    r"Share|Print|Logo|Logotipo|Emblem|Embl[eè]me|Banner|Thumbnail|Icon"
)


def letter_end(text: str) -> int:
    """Where the letter ends: before the web page's matter that follows it (in its last two
    thirds), and before the footer lines that close the page; the whole text where none does."""
    end = len(text)
    web = WEB_CHROME.search(text, max(len(text) // 3, end - CHROME_REACH))
    if web:
        end = web.start()
    for _ in range(FOOTER_LINES):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        line_start = start_of_line(text, end)
        # a footer line is short: one running further back than the search is none
        if not is_line_start(text, line_start) or line_start == 0:
            break
        if not FOOTER_LINE.match(text, line_start, end):
            break
        end = line_start
    return end


# A web page's menu before the letter: a run of short lines of a few words, no digits.
MENU_LINE = re.compile(r"^[ \t]*(?:[^\W\d_][^\d\n:,.;]{0,29})?[ \t]*$")
MENU_WORDS = 4
MENU_RUN = 10


def after_menu(text: str) -> int:
    """Where the letter starts in a page that opens with a menu of ten or more short
    lines (blank lines aside); 0 where it does not."""
    position, count, start = 0, 0, 0
    for line in text.split("\n"):
        if line.strip():
            if not MENU_LINE.match(line) or len(line.split()) > MENU_WORDS:
                start = position
                break
            count += 1
        position += len(line) + 1
    else:
        return 0
    return start if count >= MENU_RUN else 0
