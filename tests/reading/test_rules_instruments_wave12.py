"""Instruments cited where a title ends before the sentence goes on, and instruments known by
their short names or initials in English, French and Spanish (made-up texts)."""

from tests.reading.readings import cited


def test_a_title_ends_before_a_comma_that_goes_on_with_the_sentence():
    text = (
        "Excellency,\n\nIn accordance with the Protocol on Fisheries Cooperation, and with the "
        "Statute of the Regional Commission, the Parties meet each year. Under the Treaty on "
        "Coastal Navigation, States shall notify the depositary.\n\nAccept, Excellency, the "
        "assurances of my highest consideration.\n"
    )
    assert cited(text) == [
        "protocol on fisheries cooperation",
        "statute of the regional commission",
        "treaty on coastal navigation",
    ]


def test_a_title_that_enumerates_its_subjects_keeps_its_commas():
    text = (
        "Dear Colleague,\n\nThe Convention on Fisheries, Shipping and Coastal Trade was signed "
        "last year.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == ["convention on fisheries, shipping and coastal trade"]


def test_the_tobacco_convention_and_the_biodiversity_framework_by_short_names():
    text = (
        "Dear Colleague,\n\nThe Conference of the Parties to the WHO FCTC will review how the "
        "Global Biodiversity Framework and el Convenio Marco de la OMS para el Control del "
        "Tabaco are implemented.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "WHO Framework Convention on Tobacco Control",
        "Kunming-Montreal Global Biodiversity Framework",
    ]


def test_a_framework_in_lower_case_or_a_body_of_the_convention_is_not_cited():
    text = (
        "Dear Colleague,\n\nWe are drafting a global biodiversity framework for our programme. "
        "The Convention Secretariat of the WHO FCTC presents its compliments.\n\nSincerely,\n"
        "The Director\n"
    )
    assert cited(text) == []
