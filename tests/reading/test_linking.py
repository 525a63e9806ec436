"""Names read in a letter matched to a registry's names, with a confidence."""

from plenipo.reading.linking import (
    INSTRUMENT_WORDS,
    LINK_THRESHOLD,
    NAMED_ALONE,
    candidates,
    link,
    link_named,
    link_person,
    named_within,
)

REGISTRY = [
    (
        "CETS-197",
        [
            "CETS-197",
            "Council of Europe Convention on Action against Trafficking in Human Beings",
            "CETS No. 197",
        ],
    ),
    ("UNTOC", ["UNTOC", "United Nations Convention against Transnational Organized Crime"]),
    ("TIP-PROTOCOL", ["TIP-PROTOCOL", "Palermo Protocol", "Trafficking in Persons Protocol"]),
]


def test_a_code_or_alias_written_as_the_registry_writes_it_is_certain():
    assert link("CETS No 197", REGISTRY)["confidence"] == 1.0
    assert link("palermo protocol", REGISTRY) | {"alternatives": []} == {
        "cited": "palermo protocol",
        "code": "TIP-PROTOCOL",
        "confidence": 1.0,
        "status": "linked",
        "why": "",
        "alternatives": [],
    }


def test_a_title_written_without_its_organisation_is_linked_with_less_confidence():
    found = link("Convention on Action against Trafficking in Human Beings", REGISTRY)
    assert found["code"] == "CETS-197"
    assert found["status"] == "linked"
    assert LINK_THRESHOLD <= found["confidence"] < 1.0


def test_a_vague_name_is_only_proposed_and_an_unknown_one_is_new():
    vague = link("Organized Crime", REGISTRY)
    assert vague["status"] == "proposed"
    assert vague["confidence"] < LINK_THRESHOLD
    unknown = link("Convention on Wetlands (Ramsar, Iran, 1971)", REGISTRY)
    assert (unknown["code"], unknown["status"]) == (None, "new")


def test_candidates_are_ranked_best_first_and_bounded():
    ranked = candidates("Trafficking in Persons Protocol", REGISTRY, limit=2)
    assert ranked[0].code == "TIP-PROTOCOL"
    assert len(ranked) <= 2
    assert [c.confidence for c in ranked] == sorted((c.confidence for c in ranked), reverse=True)


def test_two_entries_as_close_as_each_other_are_proposed_not_linked():
    periods = [
        ("PROG-2007", ["Programme of Co-operation"]),
        ("PROG-2011", ["Programme of Co-operation"]),
    ]
    found = link("Programme of Co-operation", periods)
    assert (found["status"], found["confidence"]) == ("proposed", 1.0)
    assert found["why"] == "as close as another"
    assert link("Organized Crime", REGISTRY)["why"] == "below the threshold"
    assert found["alternatives"] == [{"code": "PROG-2011", "confidence": 1.0}]


STATES = [
    ("KOR", ["Republic of Korea", "South Korea"]),
    ("PRK", ["Democratic People's Republic of Korea", "North Korea"]),
    ("JPN", ["Japan", "Japon"]),
    ("NER", ["Niger"]),
    ("NGA", ["Nigeria"]),
]


def test_a_state_named_inside_a_longer_name_is_linked_when_it_is_the_only_one():
    found = link_named("Permanent Mission of Japan to the United Nations", STATES)
    assert (found["code"], found["status"]) == ("JPN", "linked")
    assert found["confidence"] == NAMED_ALONE
    # The name as a whole is like none of them: without names inside, nothing is linked.
    assert link("Permanent Mission of Japan to the United Nations", STATES)["status"] == "new"


def test_a_name_inside_a_longer_named_name_does_not_count():
    written = "Embassy of the Democratic People's Republic of Korea in Rome"
    assert [c.code for c in named_within(written, STATES)] == ["PRK"]
    assert [c.code for c in named_within("Ambassade du Nigeria", STATES)] == ["NGA"]


def test_two_states_named_are_both_proposed_and_neither_linked():
    found = link_named("Joint letter of Japan and the Niger", STATES)
    assert found["status"] == "proposed"
    assert {found["code"], *(a["code"] for a in found["alternatives"])} == {"JPN", "NER"}
    assert found["confidence"] < LINK_THRESHOLD


def test_short_names_are_not_looked_for_inside_words_or_names():
    registry = [("UN", ["UN", "United Nations"]), ("EU", ["EU"])]
    assert named_within("Eu ropean UN office", registry) == []
    assert link_named("United Nations Office at Geneva", registry)["code"] == "UN"


ALIASED = [
    *REGISTRY,
    ("UNTOC-ALIASES", ["Palermo Convention", "Organized Crime Convention"]),
    ("CETS-197-FR", ["Convention du Conseil de l'Europe sur la lutte contre la traite"]),
]


def test_a_likeness_of_the_words_every_title_has_is_none():
    # "Convention on Wetlands" shares only "Convention" with "Palermo Convention": the bare
    # comparison proposes it, the comparison of the titles' own words does not.
    wetlands = "Convention on Wetlands (Ramsar, Iran, 1971)"
    assert link(wetlands, ALIASED)["status"] == "proposed"
    for written in (
        wetlands,
        "la Convention de Vienne",
        "Convenio de Viena",
        "United Nations Convention on the Law of the Sea",
        "Council of Europe Convention on the Prevention of Terrorism",
        "Convention de Vienne sur le droit des traités",  # a treaty is not trafficking
        "Convention",
    ):
        assert link(written, ALIASED, INSTRUMENT_WORDS)["status"] == "new", written


def test_a_title_sharing_a_word_of_its_own_is_still_matched():
    assert link("la Convention de Palerme", ALIASED, INSTRUMENT_WORDS)["code"] == "UNTOC-ALIASES"
    assert link("Organized Crime", ALIASED, INSTRUMENT_WORDS)["code"] == "UNTOC-ALIASES"
    misspelt = "Councl of Europe Conventon on Acton aganst Trafficking in Humn Beings"
    assert link(misspelt, ALIASED, INSTRUMENT_WORDS)["status"] == "linked"
    assert link("CETS No 197", ALIASED, INSTRUMENT_WORDS)["confidence"] == 1.0


PEOPLE = [
    ("peter-thomson", ["Peter Thomson"]),
    ("catherine-roe", ["Catherine Roe"]),
    ("sergey-ivanov", ["Sergey Ivanov"]),
    ("thorbjorn-jagland", ["Thorbjørn Jagland"]),
]


def test_a_persons_name_spelt_otherwise_is_only_proposed():
    for written in ("Peter Thompson", "Sergei V. IVANOV"):
        found = link_person(written, PEOPLE)
        assert found["status"] == "proposed", written
        assert found["confidence"] < LINK_THRESHOLD
    # The plain fuzzy comparison would have linked it.
    assert link_named("Peter Thompson", PEOPLE)["status"] == "linked"


def test_another_persons_name_that_only_looks_alike_is_not_proposed():
    # The same words in another order, or the same given name and another family name.
    assert link_named("Thomas Peter", PEOPLE)["code"] == "peter-thomson"
    for written in ("Thomas Peter", "Catherine Rowlandson"):
        assert link_person(written, PEOPLE)["status"] == "new", written


def test_a_persons_name_as_the_registry_writes_it_is_linked_in_capitals_and_without_accents():
    assert link_person("THORBJORN JAGLAND", PEOPLE)["status"] == "linked"
    assert link_person("Thorbjørn Jagland", PEOPLE)["confidence"] == 1.0
    inside = link_person("Mr Peter Thomson, President of the General Assembly", PEOPLE)
    assert (inside["code"], inside["status"]) == ("peter-thomson", "linked")


def test_a_name_written_as_the_registry_writes_it_has_no_merely_similar_alternatives():
    posts = [
        ("UN-SG", ["Secretary-General of the United Nations"]),
        ("UNGA-PRESIDENT", ["President of the United Nations General Assembly"]),
    ]
    assert link("President of the United Nations", posts)["alternatives"]
    exact = link("Secretary-General of the United Nations", posts)
    assert (exact["status"], exact["alternatives"]) == ("linked", [])


def test_a_name_numbered_otherwise_is_another_instrument_and_not_proposed():
    # "CETS No. 185" (the Convention on Cybercrime) is new, not a likeness of CETS No. 197
    assert link("CETS No. 185", REGISTRY, common=INSTRUMENT_WORDS)["status"] == "new"
    assert link("CETS-185", REGISTRY)["status"] == "new"
    decisions = [("DEC-4-4", ["decision 4/4"]), ("DEC-4-3", ["decision 4/3"])]
    found = link("Decision 4/4 of the Conference", decisions)
    assert found["code"] == "DEC-4-4"
    assert [a["code"] for a in found["alternatives"]] == []
    # a number one name gives and the other leaves out is no difference
    resolutions = [("A/RES/55/25", ["A/RES/55/25", "resolution 55/25"])]
    assert link("resolution 55/25 of 15 November 2000", resolutions)["code"] == "A/RES/55/25"
