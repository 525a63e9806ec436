"""The sender's organization from the letterhead, its heading split over lines as printed:
"PERMANENT MISSION / OF NORLAND / TO THE UNITED NATIONS", "MISSION PERMANENTE / DE LA
RÉPUBLIQUE DE NORLANDE", "MISIÓN PERMANENTE / DE NORLANDIA / ANTE LAS NACIONES UNIDAS".
Pure."""

import dataclasses
import re

# An office's heading: what a letterhead's first line names.
OFFICE_HEAD = re.compile(
    r"(?i:(?:the\s+)?(?:permanent\s+(?:mission|delegation)|mission\s+permanente|"
    r"d[ée]l[ée]gation\s+permanente|misi[óo]n\s+permanente|delegaci[óo]n\s+permanente|"
    r"embassy|ambassade|embajada|(?:consulate|consulat|consulado)(?:[\s-]+g[ée]n[ée]ral)?|"
    r"high\s+commission|haut[\s-]commissariat|ministry|minist[èe]re|ministerio|"
    r"secretariat|secr[ée]tariat|secretar[íi]a|delegation|d[ée]l[ée]gation|delegaci[óo]n))\b"
)
# A line that goes on from the heading above: "OF NORLAND", "DE LA RÉPUBLIQUE DE …", "TO THE
# UNITED NATIONS", "AUPRÈS DE L'OFFICE …", "ANTE LAS NACIONES UNIDAS".
GOES_ON = re.compile(
    r"(?i:of|for|to|in|at|de|du|des|d['’]|auprès|aupres|à|en|del|ante|para|en)(?=[\s'’])"
)
# A note's opening sentence, however short: "The Embassy of Norland presents its compliments".
COMPLIMENTS = re.compile(r"(?i:\bpresents?\b|\bpr[ée]sente\b|\bsaluda\b|\bhonou?r\b|\bhonneur\b)")
HEAD_LINES = 6
LONGEST_LINE = 80
LONGEST = 200


def letterhead_organization(text) -> str | None:
    """The office whose heading opens the letter, its lines joined while each goes on from
    the one above with a preposition; None where the first lines name no office or the
    heading is a sentence (a note's "The Permanent Mission of … presents its compliments")."""
    lines = [line.strip() for line in text[: HEAD_LINES * LONGEST_LINE].split("\n")]
    head = [line for line in lines if line][:HEAD_LINES]
    for index, line in enumerate(head):
        if OFFICE_HEAD.match(line) and _heading_line(line):
            parts = [line]
            for following in head[index + 1 :]:
                if not (GOES_ON.match(following) and _heading_line(following)):
                    break
                parts.append(following)
            rest = line[OFFICE_HEAD.match(line).end() :]
            if len(parts) == 1 and not re.search(r"\s" + GOES_ON.pattern, rest):
                return None  # "PERMANENT MISSION" alone names nobody's
            organization = " ".join(" ".join(parts).split())
            return organization if len(organization) <= LONGEST else None
    return None


def _heading_line(line) -> bool:
    """A line of a printed heading: short, without a sentence's stop or a field's colon."""
    return (
        len(line) <= LONGEST_LINE
        and not re.search(r"[.;:!?]\s*$|[;:]\s|\d{3}", line)
        and not COMPLIMENTS.search(line)
    )


def with_letterhead_organization(text, sender):
    """The sender with the letterhead's office as its organization where nothing else gave
    one (a signed letter under "PERMANENT MISSION / OF NORLAND")."""
    if sender is None or sender.organization:
        return sender
    organization = letterhead_organization(text)
    return dataclasses.replace(sender, organization=organization) if organization else sender
