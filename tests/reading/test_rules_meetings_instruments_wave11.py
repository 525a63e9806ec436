"""Wave 11, meetings, enclosures and instruments: general forms letters and press items use
for them, each rule on a made-up text with a variant that must not match."""

from tests.reading.readings import cited


def test_the_un_charter_under_its_short_and_long_names_in_three_languages():
    for text in (
        "El Gobierno actúa en defensa de la Carta de Naciones Unidas.",
        "Conforme a la Carta de la ONU, pedimos su intervención.",
        "Es contrario a la Carta de la Organización de las Naciones Unidas.",
        "Ces actes violent la Charte de l'ONU.",
        "Ces actes violent la Charte de l’Organisation des Nations Unies.",
        "These acts breach the Charter of the UN.",
        "These acts breach the U.N. Charter.",
    ):
        assert cited(text) == ["Charter of the United Nations"], text
    # another body's charter is not the United Nations'
    assert "Charter of the United Nations" not in cited("It follows the Charter of the UNESCO.")
    assert cited("Es contrario a la Carta de la OEA.") == ["OAS Charter"]


def test_a_treaty_named_after_its_town_with_its_kind_in_lower_case():
    for text, name in (
        (
            "Ces agissements ne sont pas compatibles avec la convention de Vienne.",
            "convention de vienne",
        ),
        ("Le Parlement a ratifié le traité de Lisbonne en 2008.", "traité de lisbonne"),
        ("Esto es contrario al tratado de Versalles, dijo.", "tratado de versalles"),
        ("Según la convención de Viena, el embajador goza de inmunidad.", "convención de viena"),
    ):
        assert name in cited(text), text
    # a fuller title is read whole, by its own rule
    assert cited("Conformément à la convention de Vienne sur les relations diplomatiques.") == [
        "Vienna Convention on Diplomatic Relations"
    ]
    # no town: an agreement of partners, a person's
    for text in (
        "Nous avons signé une convention de partenariat avec la ville.",
        "La convention de Monsieur Dupont avec la mairie a pris fin.",
        "La convention de Jean Dupont avec la mairie a pris fin.",
        "Une convention de Genève serait utile.",
    ):
        assert cited(text) == [], text
