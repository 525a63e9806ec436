"""What a letter encloses (wave 14): a thing named with the annex it is in, and a paper with
what followed on it, each on short made-up texts with a close variant it must not read."""

import pytest

from plenipo.reading.annexed_names import annexed_names
from tests.reading.readings import enclosed

HEAD = "Dear Colleagues,\n\n"
END = "\n\nYours sincerely,\n\nJane Roe\nExecutive Secretary\n"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Each candidate should complete and sign the “Candidate’s form” (see Annex 2).",
            "“Candidate’s form” (Annex 2)",
        ),
        (
            "The composition of the panel (see Annex 3) includes two observers.",
            "composition of the panel (Annex 3)",
        ),
        ("The registration form is in Annex 1.", "registration form (Annex 1)"),
        (
            "Chaque candidat remplira le formulaire d’inscription (voir annexe 1).",
            "formulaire d’inscription (annexe 1)",
        ),
    ],
)
def test_a_thing_named_with_its_annex_is_enclosed(sentence, item):
    assert [e.description for e in annexed_names(sentence)] == [item]
    name = item.split(" (")[0].strip("“”")
    assert any(name in found for found in enclosed(HEAD + sentence + END))


def test_a_page_cut_inside_the_annexs_brackets_still_names_the_thing():
    text = HEAD + "Each candidate should sign the “Candidate’s form” (see Annex 2, at the\n"
    assert enclosed(text) == ["“Candidate’s form” (Annex 2)"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the Parties of a treaty's annex are no paper sent
        "The Parties (see Annex I) have agreed on the budget of the coming year.",
        # a section of the letter itself
        "The rules are explained in the section (see Annex 2) below.",
        # a clause, not a name
        "A draft agenda is attached (Annex 1).",
    ],
)
def test_a_group_or_a_page_named_with_an_annex_is_not_enclosed(sentence):
    assert annexed_names(sentence) == []


def test_a_paper_and_what_followed_on_it_are_two_items():
    sentence = (
        "Please find enclosed the Report of the Working Group on the Election Process and "
        "subsequent Council Decision on the same."
    )
    assert enclosed(HEAD + sentence + END) == [
        "the Report of the Working Group on the Election Process",
        "subsequent Council Decision on the Report of the Working Group on the Election Process",
    ]


def test_two_papers_without_a_sequel_stay_as_read():
    sentence = (
        "Please find enclosed the Report of the Working Group on the Election Process and "
        "the Council Decision on the budget."
    )
    assert len(enclosed(HEAD + sentence + END)) == 2
    assert "on the same" not in " ".join(enclosed(HEAD + sentence + END))


def test_the_annex_of_another_text_names_no_enclosure():
    assert annexed_names("The list of species (see Annex 2 to the Convention) is long.") == []
    assert annexed_names("El programa figura en el Anexo 2 del Reglamento.") == []
