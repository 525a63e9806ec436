"""A capitalised line is no person's name when it holds a word of an organisation, a
heading, a closing formula or a clause, in any case, or goes on from the line above; names
in capitals, and names that are also words ("Will May"), stay names. Made-up letters."""

import pytest

from plenipo.reading import read_text
from plenipo.reading.name_words import NOT_A_NAME

HEAD = "Geneva, 3 May 2031\n\nDear Sir/Madam,\n\nI have the honour to confirm the attendance.\n\n"


def sender_name(signature):
    found = read_text(f"{HEAD}Yours sincerely,\n\n{signature}\n").to_json()["sender"]
    return (found or {}).get("name")


@pytest.mark.parametrize(
    "line",
    [
        "Treaties Division",
        "TREATIES DIVISION",
        "PERMANENT MISSION",
        "WHO SHOULD ATTEND",
        "Direction de la Communication",
        "Global Foundations Unit",
        "NEWS ARCHIVE",
        "Qui peut participer",
        "Cómo inscribirse",
        "OF NORLAND",
    ],
)
def test_words_of_organisations_headings_and_clauses_are_no_name(line):
    assert NOT_A_NAME.search(line)


@pytest.mark.parametrize(
    "name",
    ["PETER D. SUTHERLAND", "Will May", "MOHAMED EL GHAZOUANI", "Jean de La Tour", "Son Min"],
)
def test_names_in_any_case_stay_names(name):
    # must not: a name in capitals, with a particle or made of words that are also names
    assert not NOT_A_NAME.search(name)


@pytest.mark.parametrize(
    "signature",
    [
        "Treaties Division",
        "WHO SHOULD ATTEND\n\nHeads of delegation and experts.",
        "PERMANENT MISSION\nOF NORLAND",
    ],
)
def test_an_office_or_a_heading_under_the_closing_signs_no_name(signature):
    assert sender_name(signature) is None


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("PETER D. SUTHERLAND\nDirector-General", "PETER D. SUTHERLAND"),
        ("Will May\nDirector", "Will May"),
        ("MOHAMED EL GHAZOUANI\nPresident", "MOHAMED EL GHAZOUANI"),
    ],
)
def test_a_name_over_its_post_still_signs(signature, name):
    # must not: the signer's name, in capitals or not, is the sender
    assert sender_name(signature) == name
