"""The public negotiation pages: only public processes, their versions, downloads and the
differences between versions; never the proposals."""

import io
import zipfile

import pytest
from django.urls import reverse

from plenipo.negotiations.akn import NAMESPACE, parse
from plenipo.negotiations.models import Visibility
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import texts
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"


@pytest.fixture
def revised():
    """A public text revised once: OP3 deleted, so OP4 became OP3."""
    process = factories.process(CODE, visibility=Visibility.PUBLIC)
    deletion = factories.propose(process, "AUT", "delete", "OP3")
    factories.propose(process, "BEL", "replace", "OP1", old="combat", new="end")
    texts.set_proposal_status(proposal=deletion, status="accepted", expected_revision=None,
                              by=None)  # fmt: skip
    process = get_process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, symbol="A/81/L.99/Rev.1", expected_revision=None,
                         by=None)  # fmt: skip
    return get_process(CODE)


def test_the_built_in_declaration_is_public(client):
    listed = client.get(reverse("public:negotiations")).content.decode()
    assert "GPA-DECLARATION-2017" in listed
    page = client.get(reverse("public:negotiation", args=["GPA-DECLARATION-2017"]))
    html = page.content.decode()
    assert "A/RES/72/1" in html
    assert "Conference Room 3" in html


def test_versions_diff_and_downloads(client, revised):
    page = client.get(reverse("public:negotiation-version", args=[CODE, "Rev.1"]))
    html = page.content.decode()
    assert "Decides to remain seized of the matter." in html
    assert "[" not in html.split('id="text"')[1]  # no proposal is shown
    assert "BEL" not in html
    diff = client.get(reverse("public:negotiation-diff", args=[CODE]), {"from": "Zero draft",
                                                                        "to": "Rev.1"})  # fmt: skip
    assert "OP4 → OP3" in diff.content.decode()
    assert 'data-change="removed"' in diff.content.decode()
    files = {fmt: client.get(reverse("public:negotiation-file", args=[CODE, "Rev.1", fmt]))
             for fmt in ("txt", "docx", "pdf", "xml")}  # fmt: skip
    assert "3. Decides to remain seized" in files["txt"].content.decode()
    assert zipfile.is_zipfile(io.BytesIO(files["docx"].content))
    assert files["pdf"].content.startswith(b"%PDF")
    root = parse(files["xml"].content.decode())
    assert root.tag == f"{{{NAMESPACE}}}akomaNtoso"
    unsymbolled = reverse("public:negotiation-file", args=[CODE, "Zero draft", "xml"])
    assert client.get(unsymbolled).status_code == 404  # AKN names a document by its symbol


@pytest.mark.parametrize(
    ("label", "header"),
    [
        ('Rev.1 "final"', r'attachment; filename="TIP-RES-Rev.1-\"final\".txt"'),
        ("Пересмотр 1", "attachment; filename*=utf-8''TIP-RES-%D0%9F%D0%B5%D1%80%D0%B5%D1%81"
         "%D0%BC%D0%BE%D1%82%D1%80-1.txt"),
    ],
)  # fmt: skip
def test_a_download_is_named_after_its_label_whatever_the_label_holds(client, label, header):
    process = factories.process(CODE, visibility=Visibility.PUBLIC)
    texts.issue_revision(process=process, base=latest_version(process), label=label,
                         date=factories.DAY, expected_revision=None, by=None)  # fmt: skip
    response = client.get(reverse("public:negotiation-file", args=[CODE, label, "txt"]))
    assert response["Content-Disposition"] == header


def test_a_process_for_member_states_is_not_public(client):
    factories.process(CODE)
    assert client.get(reverse("public:negotiation", args=[CODE])).status_code == 404
    url = reverse("public:negotiation-file", args=[CODE, "Zero draft", "txt"])
    assert client.get(url).status_code == 404
    assert CODE not in client.get(reverse("public:negotiations")).content.decode()


def test_unknown_versions_and_formats_are_404(client, revised):
    assert (
        client.get(reverse("public:negotiation-version", args=[CODE, "Rev.9"])).status_code == 404
    )
    url = reverse("public:negotiation-file", args=[CODE, "Rev.1", "exe"])
    assert client.get(url).status_code == 404


def test_an_adoption_by_vote_shows_with_its_tally_on_the_page_and_in_the_api(client):
    from plenipo.negotiations.services.processes import record_outcome  # noqa: PLC0415

    process = factories.process(CODE, visibility=Visibility.PUBLIC)
    record_outcome(process=process, symbol="A/RES/81/1", date="2026-04-02", method="vote",
                   votes_for=120, votes_against=8, abstentions=40, by=None)  # fmt: skip
    html = client.get(reverse("public:negotiation", args=[CODE])).content.decode()
    assert "A/RES/81/1, 2026-04-02, by a recorded vote of 120 to 8, with 40 abstentions" in html
    outcome = client.get(f"/api/negotiations/{CODE}").json()["outcome"]
    assert outcome["tally"] == {"for": 120, "against": 8, "abstentions": 40}
    assert outcome["method"] == "vote"
