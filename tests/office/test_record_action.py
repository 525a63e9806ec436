"""Recording a treaty action from a campaign's page: the importer's service, its refusals,
and the campaign and the status page following what was recorded."""

import pytest
from django.urls import reverse

from plenipo.core.models import ActivityLog, Source
from plenipo.treaties.models import Action
from tests.factories import campaigns as campaign_factories

pytestmark = pytest.mark.django_db
SOURCE = {
    "source": "https://example.org/cets-197/rus-signature",
    "source_title": "Test notification of a signature",
}
SIGNATURE = {"state": "RUS", "kind": "signature", "date": "2019-05-10", **SOURCE}


@pytest.fixture
def campaign():
    return campaign_factories.cets_2015()


def _url(campaign):
    return reverse("office:record-action", args=[campaign.code])


def _row(html, state):
    return html.split(f'<tr data-state="{state}">')[1].split("</tr>")[0]


def _written():
    return (Action.objects.count(), Source.objects.count(), ActivityLog.objects.count())


def test_an_officer_records_a_signature_and_the_campaign_and_status_follow(
    client, secretariat_officer, campaign, django_capture_on_commit_callbacks
):
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:campaign", args=[campaign.code])).content.decode()
    assert f'href="{_url(campaign)}"' in page
    assert "<strong>0</strong> Signed" in page
    with django_capture_on_commit_callbacks(execute=True):  # the campaign listens on commit
        response = client.post(_url(campaign), SIGNATURE)
    assert response.status_code == 302
    assert response.url == reverse("office:campaign", args=[campaign.code])
    action = Action.objects.get(state__code="RUS", instrument__code="CETS-197")
    assert str(action.date) == "2019-05-10"
    assert action.source.url == SOURCE["source"]
    entry = ActivityLog.objects.filter(action_type="treaties.action.recorded").latest("pk")
    assert entry.actor == secretariat_officer
    html = client.get(response.url).content.decode()
    assert "<strong>1</strong> Signed" in html
    row = _row(html, "RUS")
    assert "Signature, 2019-05-10" in row
    assert "write the first letter" in row  # signed, not a party
    status = client.get(reverse("public:instrument", args=["CETS-197"])).content.decode()
    signatories = status.split('<table id="signatories">')[1].split("</table>")[0]
    assert "2019-05-10" in signatories


def test_a_date_only_bounded_is_recorded_as_bounds_and_shown_so(
    client, secretariat_officer, campaign
):
    client.force_login(secretariat_officer)
    bounded = {**SIGNATURE, "date": "", "not_before": "2019-03-02", "not_after": "2019-04-30"}
    assert client.post(_url(campaign), bounded).status_code == 302
    action = Action.objects.get(state__code="RUS", instrument__code="CETS-197")
    assert (action.date.not_before.isoformat(), action.date.not_after.isoformat()) == (
        "2019-03-02",
        "2019-04-30",
    )
    html = client.get(reverse("office:campaign", args=[campaign.code])).content.decode()
    assert "Signature, between 2019-03-02 and 2019-04-30" in _row(html, "RUS")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"state": "XYZ"}, "unknown state code &#x27;XYZ&#x27;"),
        ({"date": "2004-12-31"}, "before the instrument was opened for signature"),
        ({"state": "TUR", "kind": "ratification", "date": "2016-05-02"}, "already recorded"),
        ({"state": "TUR", "kind": "ratification", "date": "2017-01-09"}, "already recorded"),
        ({"source_title": ""}, "This field is required"),
        ({"date": ""}, "give the date, or the bounds the source gives"),
        ({"not_before": "2019-01-01"}, "give either a date or its bounds, not both"),
        ({"date": "2019-02-30"}, "impossible date"),
    ],
)
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(
    client, secretariat_officer, campaign, change, message
):
    client.force_login(secretariat_officer)
    before = _written()
    response = client.post(_url(campaign), {**SIGNATURE, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _written() == before


def test_a_focal_point_may_not_record_an_action(client, focal_point_state_a, campaign):
    client.force_login(focal_point_state_a)
    before = _written()
    assert client.get(_url(campaign)).status_code == 403
    assert client.post(_url(campaign), SIGNATURE).status_code == 403
    assert _written() == before


def test_the_campaign_page_shows_each_targets_real_last_action_never_its_own_day(
    client, secretariat_officer, campaign
):
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:campaign", args=[campaign.code])).content.decode()
    assert "Ratification, 2016-05-02" in _row(html, "TUR")
    assert "not stated" in _row(html, "RUS")  # no action recorded for it
    table = html.split('<table id="targets">')[1].split("</table>")[0]
    assert "2015-06-15" not in table
