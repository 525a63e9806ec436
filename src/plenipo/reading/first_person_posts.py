"""The post a writer gives as theirs in the first sentence of a letter whose signature is
not in the text: "As President of the General Assembly, I have the honour …", "En tant que
Président du Conseil, j'ai …", "Como Presidente del Consejo, tengo …". Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import TITLE_LINE, TITLE_WORDS

AS_POST = re.compile(
    r"(?:^|[.\n][ \t]*)(?:As|En\s+tant\s+que|Como|En\s+(?:ma|mi)\s+(?:qualit[ée]|calidad)\s+de)\s+"
    r"(?:the\s+|l[ea]\s+|l['’]|el\s+)?(?P<post>[A-ZÀ-Ý][^,\n.;]{2,100}?),\s+"
    r"(?:I|je|j['’]|me|tengo|quisiera|deseo|le|les|yo)\b"
)
REACH = 3000
# the words in lower case a post holds: its connectors and the adjectives French and Spanish
# write after it ("Directeur général", "Representante permanente"); any other is a sentence's
# ("As President Roe said, I …")
POST_LOWER = re.compile(
    r"(?:of|the|for|on|and|to|in|at|de|du|des|la|le|les|l['’]\w+|del|y|et|pour|para|sur|ante|"
    r"auprès|g[ée]n[ée]rale?|general|adjointe?|adjunt[oa]|permanente?|ex[ée]cuti(?:f|ve)|"
    r"ejecutiv[oa]|sp[ée]ciale?|especial|principale?|interin[oa]|a\.i\.|ad|interim)"
)


def as_post(text) -> Person | None:
    """The writer's post "As …, I …" gives (in one person's voice, not "As Co-Chairs, we")."""
    for match in AS_POST.finditer(text[:REACH]):
        post = match.group("post").strip()
        lower = [word for word in post.split() if word[:1].islower()]
        if any(not POST_LOWER.fullmatch(word) for word in lower):
            continue
        if TITLE_WORDS.match(post) or TITLE_LINE.match(post):
            return Person(None, post, None, Span(*match.span("post")), 0.4)
    return None
