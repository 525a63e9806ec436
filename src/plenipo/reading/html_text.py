"""The text of an HTML page or an e-mail's HTML part, as a reader of the page sees it: a line
for each block (paragraph, heading, list item, table row with its cells, line break), the
characters the entities stand for, and nothing of scripts, styles or the head's metadata."""

import re
from html import unescape
from html.parser import HTMLParser

# Elements that start a line of their own where a browser shows them.
BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5"),
        *("h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table"),
        *("tbody", "thead", "tr", "ul"),
    )
)
# A table's cells are side by side on their row's line.
CELLS = frozenset(("td", "th"))
# Elements whose content is never shown as text.
HIDDEN = frozenset(("head", "script", "style", "template", "noscript", "title"))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        elif tag in CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            # A page's own line breaks and runs of spaces are one space to the browser.
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(markup: str) -> str:
    """The page's text, one block a line, at most one blank line between blocks."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text, blank = [], False
    for line in lines:
        if line or not blank:
            text.append(line)
        blank = not line
    return unescape("\n".join(text).strip())
