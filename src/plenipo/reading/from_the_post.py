"""The writer a letterhead names by post, then by name on the line under it: "From the
Commissioner / Jane Roe", "From the Executive Secretary / Dr Juan Roe", "De la part du
Directeur général / Jean Roe", "De parte del Secretario General / Juan Roe". Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import NOT_A_NAME, PARTICLE, TITLE_WORDS

# The line may be run on to the letterhead's last when the text was unwrapped ("… DIRECT
# LINE 020 7946 0000 From the Commissioner"): "From" capitalised, a sentence's is not.
FROM_THE_POST = re.compile(
    r"(?:^|(?<=[ \t]))[ \t]*(?:From[ \t]+the|"
    r"De[ \t]+la[ \t]+part[ \t]+d(?:u|e[ \t]+la|e[ \t]+l['’])|De[ \t]+parte[ \t]+de(?:l|[ \t]+la))"
    r"[ \t]+(?P<post>[A-ZÀ-Ý][^\n,.;:]{2,70}?)[ \t]*\n"
    # the name alone on the next line, a courtesy before it
    r"(?:[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra)\.?[ \t]+)?"
    rf"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w’'.-]*|{PARTICLE})){{1,3}})[ \t]*$)?",
    re.MULTILINE,
)
HEAD = 800


def from_the_post(text, named: bool) -> Person | None:
    """The writer a letterhead's "From the <post>" line gives: with the name under it when
    ``named``, else the post alone where no name follows it."""
    match = FROM_THE_POST.search(text[:HEAD])
    if not match or not TITLE_WORDS.match(match.group("post")):
        return None
    post = match.group("post").strip()
    name = match.group("name")
    if name and (TITLE_WORDS.search(name) or NOT_A_NAME.search(name)):
        name = None
    if named != bool(name):
        return None
    span = Span(*match.span("name")) if name else Span(*match.span("post"))
    return Person(name, post, None, span, 0.5)
