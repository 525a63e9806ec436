"""French and Spanish state names, missions and cities, as letters write them. Pure."""

import pytest

from plenipo.correspondence.formulas import Genre, closing, contracted, opening, the_post
from plenipo.correspondence.titles import (
    after_de,
    city,
    in_running_text,
    mission_titles,
    uninverted,
)


@pytest.mark.parametrize(
    ("short", "article", "language", "expected"),
    [
        ("Autriche", "l'", "fr", "de l'Autriche"),
        ("Bélarus", "le", "fr", "du Bélarus"),
        ("Pays-Bas", "les", "fr", "des Pays-Bas"),
        ("Fédération de Russie", "la", "fr", "de la Fédération de Russie"),
        ("Cuba", "sans article", "fr", "de Cuba"),
        ("Israël", "sans article", "fr", "d'Israël"),
        ("Haïti", "sans article", "fr", "d'Haïti"),
        ("État de Palestine", "l'", "fr", "de l'État de Palestine"),
        ("Bolivie (État plurinational de)", "l'", "fr", "de l'État plurinational de Bolivie"),
        ("Afganistán", "el", "es", "del Afganistán"),
        ("Países Bajos", "los", "es", "de los Países Bajos"),
        ("Argentina", "la", "es", "de la Argentina"),
        ("Bahamas", "las", "es", "de las Bahamas"),
    ],
)
def test_a_state_after_de_takes_its_article_contracted(short, article, language, expected):
    assert after_de(in_running_text(short, article), language) == expected


@pytest.mark.parametrize(
    ("formal", "language", "expected"),
    [
        ("la République d'Autriche", "fr", "de la République d'Autriche"),
        ("le Royaume de Bahreïn", "fr", "du Royaume de Bahreïn"),
        ("les Émirats arabes unis", "fr", "des Émirats arabes unis"),
        ("l'État d'Israël", "fr", "de l'État d'Israël"),
        ("Antigua-et-Barbuda", "fr", "d'Antigua-et-Barbuda"),
        ("Saint-Kitts-et-Nevis", "fr", "de Saint-Kitts-et-Nevis"),
        ("el Reino de Bahrein", "es", "del Reino de Bahrein"),
        ("la República de Cuba", "es", "de la República de Cuba"),
    ],
)
def test_a_formal_name_with_its_own_article_is_the_fallback_after_de(formal, language, expected):
    assert after_de(formal, language) == expected


def test_inverted_short_names_are_put_in_running_order():
    assert uninverted("Iran (Islamic Republic of)") == "Islamic Republic of Iran"
    assert uninverted("Iran (République islamique d’)") == "République islamique d’Iran"
    assert uninverted("Venezuela (République bolivarienne du)") == (
        "République bolivarienne du Venezuela"
    )
    assert uninverted("Austria") == "Austria"


def test_french_titles_of_a_mission_and_its_head_at_each_place():
    assert mission_titles("de l'Autriche", "UN-VIE", "fr", observer=False) == (
        "Mission permanente de l'Autriche auprès de l'Office des Nations Unies à Vienne",
        "Représentant permanent de l'Autriche auprès de l'Office des Nations Unies à Vienne",
    )
    assert mission_titles("du Bélarus", "UN-NY", "fr", observer=False, gender="f")[1] == (
        "Représentante permanente du Bélarus auprès de l'Organisation des Nations Unies"
    )
    assert mission_titles("des Pays-Bas", "UN-GE", "fr", observer=False)[0] == (
        "Mission permanente des Pays-Bas auprès de l'Office des Nations Unies à Genève"
    )
    assert mission_titles("de la Fédération de Russie", "COE", "fr", observer=False)[0] == (
        "Représentation permanente de la Fédération de Russie auprès du Conseil de l'Europe"
    )  # a member State's mission there is its "Représentation permanente"


def test_observer_missions_in_french_and_spanish():
    assert mission_titles("de l'État de Palestine", "UN-NY", "fr", observer=True) == (
        "Mission permanente d'observation de l'État de Palestine auprès de l'Organisation "
        "des Nations Unies",
        "Observateur permanent de l'État de Palestine auprès de l'Organisation des Nations Unies",
    )
    assert mission_titles("del Estado de Palestina", "UN-NY", "es", observer=True)[0] == (
        "Misión Permanente de Observación del Estado de Palestina ante las Naciones Unidas"
    )


def test_a_place_with_no_recorded_form_in_the_language_gives_no_title():
    assert mission_titles("de Austria", "UN-VIE", "es", observer=False) is None
    assert mission_titles("de l'Autriche", "UN-VIE", "ru", observer=False) is None


def test_cities_in_the_letters_language():
    assert city("Vienna", "fr") == "Vienne"
    assert city("Geneva", "fr") == "Genève"
    assert city("Strasbourg", "fr") == "Strasbourg"
    assert city("New York", "es") == "Nueva York"
    assert city("Vienna", "en") == "Vienna"
    assert city("Geneva", "es") == "Geneva"  # no source gives it: left as recorded


def test_a_note_verbale_names_its_recipient_with_the_contracted_article():
    post = the_post("Représentant permanent de l'Autriche", "fr")
    assert opening(Genre.NOTE_VERBALE, "fr", sender="Le Secrétaire général", recipient=post) == (
        "Le Secrétaire général présente ses compliments au Représentant permanent de "
        "l'Autriche et a l'honneur de"
    )
    woman = the_post("Représentante permanente du Bélarus", "fr", feminine=True)
    assert "renouveler à la Représentante permanente du Bélarus" in closing(
        Genre.NOTE_VERBALE, "fr", sender="S", recipient=woman
    )
    observer = the_post("Observateur permanent du Saint-Siège", "fr")
    assert contracted(f"compliments à {observer}", "fr") == (
        "compliments à l'Observateur permanent du Saint-Siège"
    )
    spanish = the_post("Representante Permanente de la Argentina", "es")
    assert opening(Genre.NOTE_VERBALE, "es", sender="S", recipient=spanish).startswith(
        "S saluda atentamente al Representante Permanente de la Argentina"
    )
    assert the_post("Permanent Representative of Austria", "en") == (
        "the Permanent Representative of Austria"
    )
