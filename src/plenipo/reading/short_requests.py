"""An English request as a short phrase, what is asked from its verb on: the words that only
say who asks whom go ("You are cordially invited to attend the meeting" is to attend the
meeting; "Member States are kindly requested to send …", "I strongly encourage Members to
submit …", "Please kindly return …", "We would be grateful if you could confirm …"). A
request whose wrapper also says what it is (“Please note …”, “Please find …”) stays whole.
Pure."""

from __future__ import annotations

import dataclasses
import re

from plenipo.reading.model import Mention

# The words before what is asked, from the start of the request; the rest opens on a verb in
# lower case.
WRAPPER = re.compile(
    r"^(?:(?:accordingly|therefore|thus|also|further(?:more)?),?\s+)?(?:"
    # "[You|Member States|The Government] are [also|kindly|cordially] invited to"
    r"(?:you|[A-Z][\w’'/-]*(?:\s+[\w’'/-]+){0,7}?)\s+(?:is|are)\s+(?:(?:\w+ly|also|hereby|"
    r"therefore|accordingly)\s+){0,2}(?:invited|asked|requested|encouraged|urged|called\s+upon)"
    r"\s+to\s+|"
    # "I [strongly] encourage [all] Parties to", "We invite you to"
    r"(?:I|we)\s+(?:would\s+(?:like\s+to\s+)?|(?:\w+ly|also|hereby|therefore)\s+){0,2}"
    r"(?:invite|encourage|urge|ask|request)\s+(?:you|all\s+[\w-]+(?:\s+[\w-]+){0,3}?|"
    r"[A-Z][\w-]*(?:\s+[\w-]+){0,4}?)\s+to\s+|"
    # "Please [kindly]", not "Please note|find|be informed" that say what the sentence is
    r"please\s+(?:also\s+)?(?:kindly\s+|do\s+)?(?!note\b|find\b|be\b|see\b|accept\b|allow\b)|"
    r"kindly\s+(?!note\b|find\b|be\b)|"
    # "We would be grateful if you could", "I would appreciate it if you could"
    r"(?:I|we)\s+(?:would|should)\s+(?:be\s+(?:\w+\s+)?(?:grateful|obliged)|"
    r"(?:\w+ly\s+)?appreciate\s+it)\s+if\s+you\s+(?:could|would)\s+(?:kindly\s+)?)",
    re.IGNORECASE,
)
VERB_FIRST = re.compile(r"(?-i:[a-z])[a-z]+\b")
SHORTEST = 8


def short_phrase(request: str) -> str:
    """``request`` from the verb of what is asked on, or as it is."""
    wrapper = WRAPPER.match(request)
    if not wrapper:
        return request
    rest = request[wrapper.end() :]
    if len(rest) < SHORTEST or not VERB_FIRST.match(rest):
        return request
    return rest


def shortened(found: list[Mention]) -> list[Mention]:
    """``found`` (the requests of an English letter) each as a short phrase."""
    return [
        dataclasses.replace(m, text=short) if (short := short_phrase(m.text)) != m.text else m
        for m in found
    ]
