"""Instruments a body or a conference adopted (regulations and rules of an organization or a
treaty, political declarations, agendas, pathways and compacts, decisions by session), and
treaties named after a town of several words (made-up texts)."""

from tests.reading.readings import cited


def _letter(body):
    return f"Dear Colleague,\n\n{body}\n\nSincerely,\nThe Director\n"


def test_the_regulations_and_rules_of_an_organization_or_a_treaty():
    text = _letter(
        "The fees are set by the Regulations for the Implementation of the Accord, and paid "
        "as the Financial Regulations of the Agency provide."
    )
    assert cited(text) == [
        "regulations for the implementation of the accord",
        "financial regulations of the agency",
    ]


def test_rules_in_lower_case_are_no_instrument():
    text = _letter("The regulations of the building and the rules of the game apply.")
    assert cited(text) == []


def test_a_rule_of_the_general_rules_cites_the_rule_alone():
    text = _letter("Under Rule 7 of the General Rules of the Organization, the Board elects.")
    assert cited(text) == ["rule 7 of the general rules of the organization"]


def test_french_and_spanish_regulations():
    text = (
        "Monsieur,\n\nLe Règlement d'exécution du Traité et el Reglamento Financiero de la "
        "Agencia s'appliquent.\n\nVeuillez agréer,\nLe Directeur\n"
    )
    assert cited(text) == [
        "règlement d'exécution du traité",
        "reglamento financiero de la agencia",
    ]


def test_the_political_declaration_of_a_meeting():
    text = _letter(
        "The Political Declaration of the High-level Meeting on Coastal Fisheries asks "
        "States to report."
    )
    assert cited(text) == ["political declaration of the high-level meeting on coastal fisheries"]


def test_agendas_pathways_and_compacts_adopted_by_a_conference():
    text = _letter(
        "Our work follows the New Coastal Agenda, the ABCD Pathway and the Global Ocean "
        "Compact. The Provisional Agenda and the Draft Agenda are enclosed."
    )
    assert cited(text) == ["new coastal agenda", "abcd pathway", "global ocean compact"]


def test_spanish_agenda_and_pact_in_title_case():
    text = (
        "Señor:\n\nLa Nueva Agenda Costera y el Pacto Costero Mundial guían el trabajo; la "
        "agenda de la reunión se adjunta.\n\nAtentamente,\nEl Director\n"
    )
    assert cited(text) == ["nueva agenda costera", "pacto costero mundial"]


def test_a_decision_by_initials_roman_session_and_number():
    text = _letter("Further to Decision ABCD-XLII-7, the Panel agreed; decision 7 is other.")
    assert cited(text) == ["decision ABCD-XLII-7"]


def test_a_place_named_arrangement_for_a_purpose_keeps_its_place():
    text = _letter(
        "The Turin Arrangement for the Protection of Regional Names is in force. The "
        "Arrangement for the Meeting is in the annex."
    )
    assert cited(text) == ["turin arrangement for the protection of regional names"]


def test_a_portuguese_town_keeps_its_small_word():
    text = (
        "Señora:\n\nLa Convención de Ponte do Lima protege los ríos.\n\nAtentamente,\nEl Director\n"
    )
    assert cited(text) == ["convención de ponte do lima"]


def test_french_and_spanish_arrangements_named_after_their_town():
    text = (
        "Monsieur,\n\nConformément à l'Arrangement de Turin concernant la protection des "
        "noms régionaux, et el Arreglo de Turín, nous écrivons. Un arrangement de transport "
        "sera fait.\n\nVeuillez agréer,\nLe Directeur\n"
    )
    assert cited(text) == [
        "arrangement de turin concernant la protection des noms régionaux",
        "arreglo de turín",
    ]


def test_the_principles_governing_a_bodys_work_and_their_appendix():
    text = _letter(
        "Nominations follow Appendix A to the Principles Governing ABCD work, and the "
        "Procedures Governing the Work of the Panel apply. The principles governing our "
        "work are simple."
    )
    assert cited(text) == [
        "appendix a to the principles governing abcd work",
        "procedures governing the work of the panel",
    ]


def test_a_romance_title_keeps_a_second_place_not_another_instrument():
    text = (
        "Monsieur,\n\nL'Accord entre le Royaume de Valdor et la République de Montis sur la "
        "pêche des riverains du Lac Bleu et du Haut-Plateau est en vigueur. La Convention "
        "sur la chasse et du Protocole de Valville suivent.\n\n"
        "Veuillez agréer,\nLe Directeur\n"
    )
    assert cited(text) == [
        "accord entre le royaume de valdor et la république de montis sur la pêche des "
        "riverains du lac bleu et du haut-plateau",
        "convention sur la chasse",
        "protocole de valville",
    ]


def test_a_quoted_titles_first_words_are_no_bodys_rules():
    quoted = _letter(
        "The Board's note entitled 'Simplifying financial rules and speeding up payments' "
        "was adopted."
    )
    assert cited(quoted) == []
    assert cited(_letter("Payments follow the Valdor financial rules.")) == [
        "valdor financial rules"
    ]
