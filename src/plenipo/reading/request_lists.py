"""The requests listed under a request that ends in a colon: each item asked on its own,
or the things listed as the objects of the head's verb. Pure."""

import re

from plenipo.reading.model import Mention, Span
from plenipo.reading.text import ITEM_START

# An item of a list that goes on a request ending in a colon: "I would like to invite
# Governments: / 1. To nominate candidates …; / 2. To make offers …", "Les Parties sont
# invitées : a) à soumettre …".
ITEM_MARK = re.compile(r"^\s*(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))\s*$", re.IGNORECASE)
ITEM_REQUEST = re.compile(
    r"^\s*(?:(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))\s*)?(?:(?:to|à|de|d['’])\s+(?=[a-zà-ÿ]{3})|a\s+(?=\w+(?:ar|er|ir|re)\b))",
    re.IGNORECASE,
)
# A marked item that opens on its verb, the head having said "to" for it: "Parties are
# requested to: / - submit their reports …", "se solicita a los Estados: / a) designar …",
# "your assistance with the following: / (a) circulating …" (not an item naming a thing).
ITEM_VERB = re.compile(
    r"^\s*(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))\s*"
    r"(?!(?:the|a|an|its|their|your|our|this|these|le|la|les|l|un|une|des|el|los|las|una|su|sus)\b)"
    r"(?=[a-zà-ÿ]{3,}\b)"
)
MOST_ITEMS = 40


# A head that names the verb its items are the objects of: "Members are requested to
# provide: / a) the names of their delegates; / b) their national reports."
HEAD_VERB = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\s*:\s*$", re.IGNORECASE)
# "… please send the following documents to the Unit:" / "1) A signed application letter;"
HEAD_FOLLOWING = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:us|me)\s+|to\s+[^:;,]{1,50}?\s+)?the\s+following\s+(?:[\w-]+\s+)?"
    r"(?:documents|items|"
    r"information|details|materials|forms|papers)\b[^:]{0,80}:\s*$",
    re.IGNORECASE,
)


def _head_verb(head) -> str | None:
    """The verb a request ending in a colon says for its items, if it names one."""
    named = HEAD_VERB.search(head)
    return named["verb"].lower() if named else None


ARTICLE_FIRST = re.compile(r"^(?:A|An|The)\b")


def listed_things(cut, index) -> list[Mention]:
    """ "… please send the following documents to the Unit: / 1) A signed letter; / 2) A
    completed form.": one request, the head's verb over every thing listed under it."""
    head = HEAD_FOLLOWING.search(cut[index][2])
    things, spans = [], []
    for start, end, sentence in cut[index + 1 : index + 1 + MOST_ITEMS]:
        item = ITEM_START.match(sentence)
        if not item:
            break
        thing = " ".join(sentence[item.end() :].split()).strip(" .;:")
        things.append(ARTICLE_FIRST.sub(lambda m: m.group(0).lower(), thing))
        spans.append((start + item.end(), end))
    phrase = f"{head['verb'].lower()} {', '.join(t for t in things if t)}"[:300] if head else ""
    if not spans or len(phrase) < 8:
        return []
    return [Mention(phrase, Span(spans[0][0], spans[-1][1]), 0.5)]


ITEM_THING = re.compile(
    r"^\s*(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))\s*"
    r"(?=(?:the|a|an|its|their|your|any|all|one|two|three|\d+)\s)",
    re.IGNORECASE,
)


def listed_requests(cut, index) -> list[Mention]:
    """The requests listed as items under the request sentence ``cut[index]`` (each what
    is asked, without its "To"), through the items and their own sub-items, up to the
    first sentence that is no item; items naming things are the objects of the head's verb."""
    found, marked = [], False
    head = _head_verb(cut[index][2])
    for start, end, sentence in cut[index + 1 : index + 1 + MOST_ITEMS]:
        if ITEM_MARK.match(sentence):
            marked = True
            continue
        thing = head and ITEM_THING.match(sentence)
        item = thing or ITEM_REQUEST.match(sentence) or ITEM_VERB.match(sentence)
        if item:
            phrase = " ".join(sentence[item.end() :].split()).strip(" .;:")
            phrase = f"{head} {phrase}" if thing else phrase
            if 8 <= len(phrase) <= 300:
                found.append(Mention(phrase, Span(start + item.end(), end), 0.5))
        elif not (marked or ITEM_START.match(sentence)):
            break
        marked = False
    return found
