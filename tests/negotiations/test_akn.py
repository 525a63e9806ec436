"""Akoma Ntoso 3.0 export following AKN4UN: well-formed, FRBR IRIs, eIds, structure."""

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest

from plenipo.negotiations.akn import GENERAL_ASSEMBLY, NAMESPACE, AknError, parse, to_akn
from plenipo.negotiations.diff import diff_versions
from plenipo.negotiations.texts import import_text
from tests.negotiations.test_texts import DECLARATION, WITH_ANNEX

NS = {"akn": NAMESPACE}
WORK = "/akn/un/statement/deliberation/un-ga/2017-09-27/A-RES-72-1"


def _adopted(text, symbol="A/RES/72/1"):
    return import_text(text, label="adopted", date=dt.date(2017, 9, 27), symbol=symbol).version


def test_frbr_identification_uses_the_symbol():
    root = parse(to_akn(_adopted(DECLARATION), author=GENERAL_ASSEMBLY))
    statement = root.find("akn:statement", NS)
    assert statement.get("name") == "resolution"
    work = root.find(".//akn:FRBRWork", NS)
    assert work.find("akn:FRBRthis", NS).get("value") == f"{WORK}/!main"
    assert work.find("akn:FRBRuri", NS).get("value") == WORK
    assert work.find("akn:FRBRcountry", NS).get("value") == "un"
    assert work.find("akn:FRBRnumber", NS).get("showAs") == "A/RES/72/1"
    expression = root.find(".//akn:FRBRExpression", NS)
    assert expression.find("akn:FRBRuri", NS).get("value") == f"{WORK}/eng@2017-09-27"
    assert expression.find("akn:FRBRlanguage", NS).get("language") == "eng"
    manifestation = root.find(".//akn:FRBRManifestation/akn:FRBRuri", NS).get("value")
    assert manifestation == f"{WORK}/eng@2017-09-27/.xml"
    assert root.find(".//akn:preface//akn:docNumber", NS).text == "A/RES/72/1"


def test_a_draft_is_a_resolution_draft_and_the_work_date_can_be_given(zero_draft):
    root = parse(to_akn(zero_draft, work_date=dt.date(2026, 3, 2), author=GENERAL_ASSEMBLY))
    assert root.find("akn:statement", NS).get("name") == "resolutionDraft"
    assert root.find(".//akn:FRBRWork/akn:FRBRdate", NS).get("date") == "2026-03-02"


def test_preamble_and_operative_paragraphs(zero_draft):
    root = parse(to_akn(zero_draft))
    preamble = root.find(".//akn:preamble", NS)
    assert preamble.find("akn:formula/akn:p", NS).text == "The General Assembly,"
    containers = preamble.findall("akn:container", NS)
    assert [c.get("eId") for c in containers] == ["preamble__container_1", "preamble__container_2"]
    assert containers[0].get("name") == "recalling"
    paragraphs = root.findall(".//akn:mainBody/akn:paragraph", NS)
    assert [p.find("akn:num", NS).text for p in paragraphs] == ["1.", "2.", "3.", "4."]
    assert [p.get("wId") for p in paragraphs] == [
        "p_zero-draft-3",
        "p_zero-draft-4",
        "p_zero-draft-5",
        "p_zero-draft-6",
    ]


def test_sub_paragraphs_are_points_of_a_list():
    root = parse(to_akn(_adopted(DECLARATION), author=GENERAL_ASSEMBLY))
    assert root.find(".//akn:preamble", NS) is None  # a declaration has no preamble
    second = root.find(".//akn:mainBody/akn:paragraph[@eId='para_2']", NS)
    assert second.find("akn:list/akn:intro/akn:p", NS).text == "We commit to:"
    points = second.findall("akn:list/akn:point", NS)
    assert [p.get("eId") for p in points] == ["para_2__list_1__point_a", "para_2__list_1__point_b"]
    assert [p.find("akn:num", NS).text for p in points] == ["(a)", "(b)"]


def test_annexes_are_attachments_with_their_own_paragraphs():
    root = parse(to_akn(_adopted(WITH_ANNEX), author=GENERAL_ASSEMBLY))
    attachment = root.find(".//akn:attachments/akn:attachment", NS)
    assert attachment.get("eId") == "att_1"
    doc = attachment.find("akn:doc", NS)
    assert doc.find(".//akn:docTitle", NS).text == "Guidelines on cooperation"
    this = doc.find(".//akn:FRBRWork/akn:FRBRthis", NS).get("value")
    assert this == f"{WORK}/!main/annex_1"
    eids = [e.get("eId") for e in doc.iter() if e.get("eId")]
    assert eids == ["para_u1", "para_1", "para_1__list_1", "para_1__list_1__intro",
                    "para_1__list_1__point_a"]  # fmt: skip


def test_eids_are_unique_and_follow_position_after_a_deletion(zero_draft):
    from plenipo.negotiations import proposals as P  # noqa: PLC0415
    from plenipo.negotiations.revise import revise  # noqa: PLC0415

    delete = P.make(zero_draft, id="1", action="delete", label="OP3", by="USA")
    rev1 = revise(zero_draft, [delete.with_status("accepted")], label="Rev.1",
                  date=dt.date(2026, 3, 20), symbol="A/81/L.99/Rev.1")  # fmt: skip
    root = parse(to_akn(rev1))
    eids = [e.get("eId") for e in root.iter() if e.get("eId")]
    assert len(eids) == len(set(eids))
    last = root.findall(".//akn:mainBody/akn:paragraph", NS)[-1]
    assert (last.get("eId"), last.get("wId")) == (
        "para_3",
        "p_zero-draft-6",
    )  # renumbered, same wId


def test_missing_symbol_or_date_is_refused_in_one_line(zero_draft):
    undated = import_text("1. Decides;\n", label="Zero draft", symbol="A/81/L.1").version
    with pytest.raises(AknError, match="Zero draft has no date"):
        to_akn(undated)
    unnamed = import_text("1. Decides;\n", label="Zero draft", date=dt.date(2026, 1, 5)).version
    with pytest.raises(AknError, match="has no document symbol"):
        to_akn(unnamed)


def test_diff_is_json_serialisable(zero_draft):
    other = import_text(
        "Recalling its resolution 64/293 of 30 July 2010 on the Global Plan of Action,\n\n"
        "1. Calls upon Member States to eradicate trafficking in persons in all its forms;\n",
        label="Rev.1",
    ).version
    data = diff_versions(zero_draft, other).to_json()
    assert json.loads(json.dumps(data)) == data
    # Independently imported texts are matched by similarity, not by id.
    changes = {(p["old_label"], p["new_label"]): p["change"] for p in data["paragraphs"]}
    assert changes[("PP1", "PP1")] == "unchanged"
    assert changes[("OP1", "OP1")] == "modified"
    assert changes[("OP4", None)] == "removed"
    assert data["counts"] == {"unchanged": 1, "modified": 1, "added": 0, "removed": 4}


def test_an_author_not_given_is_not_stated_rather_than_the_general_assembly():
    root = parse(to_akn(_adopted(DECLARATION)))
    assert root.find(".//akn:FRBRWork/akn:FRBRauthor", NS).get("href") == "#not-stated"
    shown = [o.get("showAs") for o in root.findall(".//akn:TLCOrganization", NS)]
    assert shown == ["not stated", "Plenipo"]


def test_the_namespace_is_the_default_whatever_else_registers_one():
    ET.register_namespace("", "http://example.org/other")  # as another library may
    text = to_akn(_adopted(DECLARATION), author=GENERAL_ASSEMBLY)
    assert "ns0:" not in text
    assert '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"' in text
