"""Names read in a letter matched to a registry's names, with a confidence."""

from plenipo.reading.linking import LINK_THRESHOLD, candidates, link

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
    assert found["alternatives"] == [{"code": "PROG-2011", "confidence": 1.0}]
