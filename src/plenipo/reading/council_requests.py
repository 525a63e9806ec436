"""A request that one of the UN's organs meet, as a short English phrase. Pure.

Representatives and ministers ask the President of the Security Council or of the General
Assembly to convene it: "I have the honour to request an urgent meeting of the Security
Council", "demander la convocation d'une réunion d'urgence du Conseil de sécurité",
"solicitarle la convocatoria de una sesión pública del Consejo de Seguridad". The request
is "convene an urgent meeting of the Security Council" whatever the letter's language; the
verb-and-object gloss of a French or Spanish request finds no verb in such a noun phrase.
"""

import re
import unicodedata

_ORGANS = {
    "security council": "Security Council",
    "conseil de securite": "Security Council",
    "consejo de seguridad": "Security Council",
    "general assembly": "General Assembly",
    "assemblee generale": "General Assembly",
    "asamblea general": "General Assembly",
    "human rights council": "Human Rights Council",
    "conseil des droits de l'homme": "Human Rights Council",
    "consejo de derechos humanos": "Human Rights Council",
}
_KINDS = {
    "urgent": "urgent",
    "urgente": "urgent",
    "d'urgence": "urgent",
    "de urgencia": "urgent",
    "emergency": "emergency",
    "de emergencia": "emergency",
    "immediate": "immediate",
    "inmediata": "immediate",
    "open": "open",
    "abierta": "open",
    "public": "public",
    "publique": "public",
    "publica": "public",
    "special": "special",
    "speciale": "special",
    "especial": "special",
    "extraordinaire": "special",
    "extraordinaria": "special",
}
_KIND = (
    r"(?:urgent|urgente|d['’]urgence|de\s+urgencia|emergency|de\s+emergencia|immediate|inmediata"
    r"|open|abierta|public|publique|p[úu]blica|special|sp[ée]ciale|especial|extraordinaire"
    r"|extraordinaria)"
)
_ORGAN = (
    r"(?:the\s+|l['’]|el\s+|la\s+)?(?P<organ>Security\s+Council|General\s+Assembly|Human\s+Rights\s+"
    r"Council|Conseil\s+de\s+s[ée]curit[ée]|Assembl[ée]e\s+g[ée]n[ée]rale|Conseil\s+des\s+droits\s+"
    r"de\s+l['’]homme|Consejo\s+de\s+Seguridad|Asamblea\s+General|Consejo\s+de\s+Derechos\s+Humanos)"
)
COUNCIL_MEETING_ASKED = re.compile(
    # the asking verb, the convening noun ("the convening of", "la convocation de"), the kind
    r"\b(?:request|ask\s+for|call\s+for|convene|demand|sollicit|requ[ée]r|solicit|pedi|ped[íi])\w*"
    r"(?:\s+(?:vous|le|les|usted|a\s+usted|[àa]\s+Votre\s+Excellence|a\s+Vuestra\s+Excelencia))?\s+"
    r"(?:(?:the\s+|la\s+|el\s+)?(?:convening|holding|convocation|tenue|convocatoria|celebraci[óo]n)\s+"
    r"(?:urgente\s+|d['’]urgence\s+)?(?:of\s+|d['’]|de\s+))?"
    r"(?:an?|une|una)\s+(?P<kinds>(?:" + _KIND + r"(?:\s*,\s*|\s+(?:and|et|y)\s+|\s+))*)"
    r"(?P<noun>meeting|session|r[ée]union|s[ée]ance|sesi[óo]n|reuni[óo]n)"
    r"(?P<after>(?:,?\s+(?:(?:and|et|y)\s+)?" + _KIND + r")*)"
    r"\s+(?:of|du|de|del|de\s+la)\s+" + _ORGAN,
    re.IGNORECASE,
)


def _folded(words: str) -> str:
    plain = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("’", "'").split())


def council_meeting_asked(sentence: str) -> str | None:
    """ "convene an urgent meeting of the Security Council" when the sentence asks an organ
    of the UN to meet; else nothing."""
    asked = COUNCIL_MEETING_ASKED.search(sentence)
    if not asked:
        return None
    kinds = []
    for word in re.findall(_KIND, asked["kinds"] + " " + asked["after"], re.IGNORECASE):
        english = _KINDS.get(_folded(word))
        if english and english not in kinds:
            kinds.append(english)
    organ = _ORGANS[_folded(asked["organ"])]
    noun = "session" if _folded(asked["noun"]) == "session" else "meeting"
    described = " ".join([*kinds, noun])
    article = "an" if described[0] in "aeiou" else "a"
    return f"convene {article} {described} of the {organ}"
