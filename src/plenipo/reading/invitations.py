"""The guests an invitation card names in the third person: "The Secretary-General …
requests the pleasure of the company of …", "… prie … de lui faire l'honneur", "… tiene el
agrado de invitar a …"; those a convocation informs or invites by their courtesy titles
("… informe M. le ministre d'État, Mesdames et Messieurs les ministres, qu'un Conseil …").
Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.model import Mention, Span

_YOU = {"you", "vous", "usted", "ustedes", "them", "les", "le", "la"}


# An invitation card names its guests in the third person: "… requests the pleasure of the
# company of the Permanent Representatives … at a reception", "… prie Son Excellence
# l'Ambassadeur … de lui faire l'honneur", "… tiene el agrado de invitar a los … a la …".
INVITED = re.compile(
    r"\brequests?\s+the\s+(?:pleasure|honou?r)\s+of\s+(?:the\s+|your\s+)?(?:company|presence)"
    r"\s+of\s+(?P<en>[^.;:]{3,200}?)\s+(?:at|to|for|on)\s"
    r"|\bprie\s+(?P<fr>(?!(?:les?|la|vous|l['’])\s*(?:bien|de|d['’]))[^.;:]{3,200}?)\s+de\s+"
    # the honour of their presence, not what a note asks ("prie l'Ambassade de lui signaler …")
    r"(?:(?:lui|leur)\s+(?:faire|accorder)\s+l['’]honneur|bien\s+vouloir)\s"
    r"|\b(?:tiene|tienen)\s+el\s+(?:agrado|honor|gusto|placer)\s+de\s+invitar\s+a\s+"
    r"(?P<es>(?!usted)[^.;:]{3,200}?)\s+a\s+(?:la|el|los|las|una?)\s",
    re.IGNORECASE,
)


def invited_addressee(text) -> Mention | None:
    """The guests an invitation card names ("the Permanent Representatives of Member
    States"), not "you"."""
    match = caseless(INVITED).search(text[:2000])
    if not match:
        return None
    group = next(name for name in ("en", "fr", "es") if match.group(name))
    who = " ".join(match.group(group).split())
    if who.lower() in _YOU:
        return None
    return Mention(who, Span(*match.span(group)), 0.5)


# A convocation in the third person names those it convenes by their courtesy titles: "Le
# Secrétaire général du Gouvernement informe M. le ministre d'État, Mesdames et Messieurs
# les ministres, qu'un Conseil des ministres se tiendra …", "… a l'honneur d'inviter
# Mesdames et Messieurs les Députés à …", "… convoca a los Señores Ediles a …".
_COURTESY = (
    r"(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame|Mesdames|Messieurs|Son\s+Excellence|"
    r"Leurs\s+Excellences|(?:los|las)\s+(?:Señor[ae]s|Sres?\.|Sras?\.))"
)
CONVENED = re.compile(
    r"\b(?:informe|invite|inviter|convoque|convoquer|convoca|invita|informa\s+a)\s+"
    rf"(?P<who>(?-i:{_COURTESY})\s[^.;:]{{3,200}}?)\s*,?\s+(?:qu['’`]|(?:que|à|au|aux|a\s+la|al)\s)",
    re.IGNORECASE,
)
# each of those it names: "M. le ministre d'État" / "Mesdames et Messieurs les ministres"
_NEXT_GROUP = re.compile(
    r",\s+|\s+(?:et|y)\s+(?=(?-i:M\.|Mme|Monsieur|Madame|Mesdames|Son|los|las)\s)"
)


def convened_addressees(text) -> list[Mention]:
    """Those a convocation names by their courtesy titles, each group once."""
    match = caseless(CONVENED).search(text[:3000])
    if not match:
        return []
    found, position = [], match.start("who")
    for part in _NEXT_GROUP.split(match.group("who")):
        begin = text.find(part, position)
        position = begin + len(part)
        found.append(Mention(" ".join(part.split()), Span(begin, position), 0.5))
    return found
