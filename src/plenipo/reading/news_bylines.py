"""A news article's author, named alone under the article that retells a letter and quotes
it: "… », précise la note. / Jean Roe", "…”, the letter said. / Jane Roe". Pure."""

import re

# A line that ends the article on a quotation and the verb that reports it.
REPORTED_CLOSE = re.compile(
    r"[»”\"]\s*,?\s*(?:(?:a|ont|avait)\s+)?(?:(?:the|la|le|el|cette|esta)\s+\w+\s+)?"
    r"(?:précise|précisé|indique|indiqué|souligne|souligné|affirme|ajoute|conclut|explique|"
    r"écrit|poursuit|rappelle|lit-on|peut-on\s+lire|said|says|states|stated|added|adds|wrote|"
    r"writes|reads|señala|indica|precisa|afirma|agrega|añade|concluye|dijo|escribe|expresa|"
    r"destaca)\b[^\n]{0,150}$",
    re.IGNORECASE,
)


def after_reported_speech(line) -> bool:
    """Whether ``line`` closes a quotation with the verb that reports it, as a news article
    retelling a letter does: a name alone under it is the article's author."""
    return bool(REPORTED_CLOSE.search(line))
