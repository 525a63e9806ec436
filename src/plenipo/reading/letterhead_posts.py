"""The writer's post printed as the letterhead over the date, for a letter no one signs in
its text: "THE EXECUTIVE DIRECTOR / 12 March 2031", "LE DIRECTEUR GÉNÉRAL / Paris, le 3 mai
2031", "EL SECRETARIO EJECUTIVO / 3 de mayo de 2031". Pure."""

import re

from plenipo.reading.addressing import BARE_POST_OPENS, DATELINE
from plenipo.reading.model import Person, Span

# The post with its article, or in capitals without it ("PRESIDENT OF THE GENERAL ASSEMBLY").
ARTICLE = re.compile(r"(?:The|Le|La|El|THE|LE|LA|EL)\s+")
# a word before the post: "High Commissioner", "Deputy Director", "Alto Comisionado"
QUALIFIER = re.compile(r"(?i:high|deputy|assistant|vice|under|haut|haute|alto|alta)[ -]+")
HEAD = 800
LONGEST = 70


def letterhead_post(text) -> Person | None:
    """The post alone on the last line above the letter's first dateline; not a line that
    goes on with a comma, a colon or a number (a block of address, a field)."""
    above, position = None, 0
    for raw in text[:HEAD].split("\n"):
        line, start = raw.strip(), position + len(raw) - len(raw.lstrip())
        position += len(raw) + 1
        if not line:
            continue
        if DATELINE.fullmatch(line):
            return _post(*above) if above else None
        above = (line, start)
    return None


def _post(line, start) -> Person | None:
    if len(line) > LONGEST or re.search(r"[,:;\d]", line):
        return None
    article = ARTICLE.match(line)
    if not article and not line.isupper():
        return None
    words = line[article.end() :] if article else line
    qualifier = QUALIFIER.match(words)  # "HIGH COMMISSIONER", "HAUT-COMMISSAIRE"
    if not BARE_POST_OPENS.match(words, qualifier.end() if qualifier else 0):
        return None
    if words.isupper():  # "DIRECTEUR GÉNÉRAL" read in the usual case: "Directeur Général"
        words = " ".join(
            w.lower()
            if w.lower() in {"of", "the", "de", "du", "la", "del"}
            else "-".join(part.capitalize() for part in w.split("-"))
            for w in words.split()
        )
    at = start + len(line) - len(line[article.end() :] if article else line)
    return Person(None, words, None, Span(at, start + len(line)), 0.45)
