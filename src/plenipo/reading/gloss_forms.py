"""Forms the gloss of a French or Spanish request reads: the stem of a Spanish present
subjunctive, and a time allowed that ends the object asked. Pure."""

import re

# The "-er"/"-ir" verbs whose present subjunctive takes a "g": "tenga", "obtenga",
# "proponga", "convenga", "haga", "diga", "salga", "traiga".
_SUBJUNCTIVE_G = (("ten", "teng"), ("pon", "pong"), ("ven", "veng"), ("hac", "hag"))
_SUBJUNCTIVE_G += (("dec", "dig"), ("sal", "salg"), ("tra", "traig"))


def spanish_subjunctive_stem(stem: str) -> str:
    """The present subjunctive's stem of a Spanish "-er"/"-ir" verb, as "que" asks it:
    "ejerza", "establezca", "conozca", "traduzca", "incluya", "elija", "mantenga"."""
    for end, subjunctive in _SUBJUNCTIVE_G:
        if stem.endswith(end):
            return stem[: -len(end)] + subjunctive
    if re.search(r"[aeiou]c$", stem):
        return stem[:-1] + "zc"  # "establecer", "ofrecer", "conocer", "producir"
    if stem.endswith("c"):
        return stem[:-1] + "z"  # "ejercer", "vencer"
    return re.sub(r"u$", "uy", re.sub(r"g$", "j", stem))


# A time allowed ends the object: "quitter le territoire dans les 48 heures", "sous
# quarante-huit heures", "dentro de los 10 días" (said by the deadline, not the action).
TIME_ALLOWED_OPENS = {"dans", "sous", "dentro", "en"}
TIME_ALLOWED = re.compile(
    r"(?:dans (?:les|un delai de)|sous|dentro de(?: las| los)?|en(?: las| los| un plazo de)?) "
    r"(?:(?:prochaines|proximas|proximos|siguientes) )?[\w-]+(?: \( \d+ \))? "
    r"(?:heures|jours|semaines|mois|horas|dias|semanas|meses)\b"
)


def time_allowed_at(folded, index) -> bool:
    return bool(TIME_ALLOWED.match(" ".join(folded[index : index + 9])))
