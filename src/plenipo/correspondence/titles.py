"""How a French or Spanish letter names a state after "de", a mission, its head and a city.

Pure. The article comes from the registry (UNTERM's marker, ``article:`` in un-names.yaml);
where none is recorded the caller passes the formal name, which carries its own article
("la République de Cuba"), so that no article is ever guessed.

The forms of the places and titles are those of United Nations and Council of Europe texts:

* "Représentant permanent du Japon auprès de l'Organisation des Nations Unies", "observateur
  permanent de la République de Corée auprès de l'Organisation des Nations Unies", "mission
  permanente du Canada auprès de l'Organisation des Nations Unies": Security Council,
  Résolutions et décisions 1983, p. 27 (SOURCES["un-sc-1983"]).
* "Représentante permanente de l'Autriche auprès de l'Office", the Office being "l'Office des
  Nations Unies à Genève": UN Geneva, presentation of credentials, September 2022
  (SOURCES["ungeneva-credentials-2022"]).
* "l'Office des Nations Unies à Vienne" (the Office's French name, as UN Geneva's is
  "l'Office des Nations Unies à Genève"): SOURCES["oif-unov-2019"].
* "la mission permanente de la France auprès du Conseil de l'Europe", "représentante
  permanente de la France auprès du Conseil de l'Europe": SOURCES["coe-france-mission"].
* "missions permanentes et missions d'observation": the UN Manual of Protocol in French
  (SOURCES["un-protocol-manual-fr"]); the English titles say "Permanent Observer Mission".
* Spanish, New York only: "Misión Permanente de Observación del Estado de Palestina ante las
  Naciones Unidas", "Observador Permanente" (SOURCES["es-palestine-observer"]); "la Misión
  Permanente ante las Naciones Unidas" (SOURCES["es-spain-mission-ny"]). No Spanish source
  was found for the offices at Vienna and Geneva or the Council of Europe: there a Spanish
  letter keeps the English titles.

City names come from CLDR (Babel's exemplar cities of the time zones) where CLDR has the
city, else from the sources above ("Genève"; "Strasbourg" is written the same in French).
"""

from babel.dates import get_timezone_location

SOURCES = {
    "un-sc-1983": "https://fr.wikisource.org/wiki/Page:ONU_-_R%C3%A9solutions_et_d%C3%A9cisions_du_conseil_de_s%C3%A9curit%C3%A9,_1983.djvu/27",
    "ungeneva-credentials-2022": "https://www.ungeneva.org/fr/news-media/presentation-of-credentials/2022/09/new-permanent-representative-austria-presents",
    "oif-unov-2019": "https://www.francophonie.org/node/5390",
    "coe-france-mission": "https://conseil-europe.delegfrance.org/Roles-et-missions",
    "un-protocol-manual-fr": "https://www.un.org/dgacm/fr/content/protocol/manual-of-protocol",
    "es-palestine-observer": "https://es.wikipedia.org/wiki/Representante_del_Estado_de_Palestina_ante_las_Naciones_Unidas",
    "es-spain-mission-ny": "https://www.elperiodicoextremadura.com/noticias/espana/embajada-errante_260813.html",
}

# Where a mission is accredited, after "… of <state>" / "… de <state>".
PLACES = {
    "UN-VIE": {
        "en": "to the United Nations (Vienna)",
        "fr": "auprès de l'Office des Nations Unies à Vienne",
    },
    "UN-NY": {
        "en": "to the United Nations",
        "fr": "auprès de l'Organisation des Nations Unies",
        "es": "ante las Naciones Unidas",
    },
    "UN-GE": {
        "en": "to the United Nations Office at Geneva",
        "fr": "auprès de l'Office des Nations Unies à Genève",
    },
    "COE": {"en": "to the Council of Europe", "fr": "auprès du Conseil de l'Europe"},
}
# Where a place's missions bear another name: the member States' missions to the Council of
# Europe are its "Permanent Representations" (so their own pages: Switzerland, the
# Netherlands, Hungary, France's "Représentation permanente").
MISSION_WORDS = {
    "COE": {"en": "Permanent Representation", "fr": "Représentation permanente"},
}
TITLES = {
    "en": {
        "mission": "Permanent Mission",
        "head": "Permanent Representative",
        "observer_mission": "Permanent Observer Mission",
        "observer": "Permanent Observer",
    },
    "fr": {
        "mission": "Mission permanente",
        "head": "Représentant permanent",
        "head_f": "Représentante permanente",
        "observer_mission": "Mission permanente d'observation",
        "observer": "Observateur permanent",
    },
    "es": {
        "mission": "Misión Permanente",
        "head": "Representante Permanente",
        "observer_mission": "Misión Permanente de Observación",
        "observer": "Observador Permanente",
    },
}
_CITY_ZONES = {"Vienna": "Europe/Vienna", "New York": "America/New_York"}
_CITY_NAMES = {"fr": {"Geneva": "Genève", "Strasbourg": "Strasbourg"}}

_PARENTHESIS = ("(", ")")
_FRENCH_ELIDING = tuple("aeiouyhâàéèêëîïôûùAEIOUYHÂÀÉÈÊËÎÏÔÛÙ")
_APOSTROPHES = ("'", "\u2019")


def uninverted(short_name: str) -> str:
    """'Iran (Islamic Republic of)' -> 'Islamic Republic of Iran'; 'Iran (République
    islamique d’)' -> 'République islamique d’Iran' (UN short names list the distinctive
    word first; running text does not)."""
    if not short_name.endswith(_PARENTHESIS[1]) or " (" not in short_name:
        return short_name
    name, _, prefix = short_name[:-1].rpartition(" (")
    joiner = "" if prefix.endswith(_APOSTROPHES) else " "
    return f"{prefix}{joiner}{name}"


def in_running_text(short_name: str, article: str) -> str:
    """The short name with the article UNTERM gives it: "l'Autriche", 'le Bélarus',
    'la Argentina', 'Cabo Verde' (sans article)."""
    name = uninverted(short_name)
    if article in {"", "sans article"}:
        return name
    if article.endswith("'"):
        return f"{article}{name}"
    return f"{article} {name}"


def after_de(name: str, language: str) -> str:
    """A name in running text (article included) after "de", contracted as each language
    writes it: "de l'Autriche", 'du Bélarus', 'des Pays-Bas', 'de la Fédération de Russie',
    'de Cuba', "d'Israël"; 'del Afganistán', 'de los Países Bajos'."""
    if language == "fr":
        for article, contracted in (("le ", "du "), ("les ", "des ")):
            if name.startswith(article):
                return contracted + name[len(article) :]
        if name.startswith(("la ", "l'", "l\u2019")):
            return f"de {name}"
        return f"d'{name}" if name.startswith(_FRENCH_ELIDING) else f"de {name}"
    if language == "es" and name.startswith("el "):
        return "del " + name[3:]
    return f"de {name}"


def mission_titles(
    of_state: str, place_code: str, language: str, *, observer: bool, gender: str = ""
) -> tuple[str, str] | None:
    """(mission, head) in ``language`` for a state already put after "de"/"of"
    ("de l'Autriche"), or None where the place or the titles have no recorded form in that
    language. A woman holding a French head's post is its "Représentante permanente"."""
    place = PLACES.get(place_code, {}).get(language)
    words = TITLES.get(language)
    if place is None or words is None:
        return None
    if observer:
        return (
            f"{words['observer_mission']} {of_state} {place}",
            f"{words['observer']} {of_state} {place}",
        )
    head = words.get("head_f", words["head"]) if gender == "f" else words["head"]
    mission = MISSION_WORDS.get(place_code, {}).get(language, words["mission"])
    return f"{mission} {of_state} {place}", f"{head} {of_state} {place}"


def city(name: str, language: str) -> str:
    """A city as a letter in ``language`` writes it: 'Vienne', 'Genève', 'Nueva York';
    unchanged where neither CLDR nor a recorded source gives the city in that language."""
    if language == "en" or not name:
        return name
    zone = _CITY_ZONES.get(name)
    if zone:
        return get_timezone_location(zone, locale=language, return_city=True)
    return _CITY_NAMES.get(language, {}).get(name, name)


def in_sentence(title: str) -> str:
    """A meeting's or a text's title inside a sentence ("… to participate in the …"): its
    first letter lower-cased where it opens with a common word ("Sixteenth meeting of …" →
    "sixteenth meeting of …"), kept where the title opens with two capitalised words, the
    start of a name ("Working Group on Trafficking in Persons, …"), or with an acronym
    ("UNTOC …"). A name whose second word is a small one ("Conference of the Parties") is
    not told from a common phrase ("Meeting of the Bureau") and is lower-cased."""
    words = title.split(maxsplit=2)
    if not words:
        return title
    first = words[0]
    if len(first) > 1 and first.isupper():
        return title
    if len(words) > 1 and words[1][:1].isupper():
        return title
    return title[:1].lower() + title[1:]
