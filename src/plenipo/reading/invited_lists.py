"""Those a convocation invites in a list under the sentence that invites them, one a line:
"Sont conviées à prendre part au cérémonial …, les personnalités ci-après : / • Monsieur le
Président de l'Assemblée nationale ; / • …", "The following are invited to attend: / - …",
"Están invitadas las siguientes autoridades: / - …". Pure."""

import re

from plenipo.reading.model import Mention, Span

# The inviting sentence ends the line with a colon, the list under it.
INVITING = re.compile(
    r"^[^\n]{0,300}\b(?i:convi[ée]e?s|invit[ée]e?s|invited|convened|convoqu[ée]e?s|"
    r"convocad[oa]s|invitad[oa]s)\b[^\n]{0,300}:[ \t]*\n",
    re.MULTILINE,
)
ITEM = re.compile(r"[ \t]*(?:[•·▪*–-]|\d{1,2}[.)])[ \t]+(?P<who>[^\n]{3,160}?)[ \t]*[;,.]?[ \t]*$")
MOST = 20
HEAD = 4000


def invited_list(text) -> list[Mention]:
    """Each one the list under an inviting sentence names, as written."""
    match = INVITING.search(text[:HEAD])
    if not match:
        return []
    found, position = [], match.end()
    for line in text[match.end() :].split("\n"):
        item = ITEM.fullmatch(line)
        if not line.strip() and not found:
            position += len(line) + 1
            continue  # a blank line between the sentence and its list
        if not item or len(found) >= MOST:
            break
        start = position + item.start("who")
        found.append(Mention(item.group("who"), Span(start, start + len(item.group("who"))), 0.5))
        position += len(line) + 1
    return found if len(found) > 1 else []
