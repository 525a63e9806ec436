"""Campaigns in the office: started from a status query, followed target by target."""

import pytest
from django.urls import reverse

from plenipo.campaigns.models import Campaign

pytestmark = pytest.mark.django_db
START = {"instrument": "CETS-197", "members_of": "COE", "as_of": "2015-06-15"}


def test_an_officer_starts_a_campaign_and_sees_its_targets_as_of_that_day(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), START)
    campaign = Campaign.objects.get()
    assert response.url == reverse("office:campaign", args=[campaign.code])
    html = client.get(response.url).content.decode()
    assert f'<p class="notice" role="status">Started: {campaign.title}.</p>' in html
    rows = [part.split('"')[0] for part in html.split('<tr data-state="')[1:]]
    assert rows == ["CZE", "LIE", "MCO", "RUS", "TUR"]
    assert html.count("write the first letter") == 1  # the Russian Federation's
    assert html.count("none: a party") == 4
    assert '<svg class="chart"' in html
    # All but the Russian Federation have since deposited (Türkiye 2016, Czechia 2017 …).
    assert "4 of 5 targets are parties today" in html
    assert "<style" not in html
    assert "<script" not in html
    listed = client.get(reverse("office:campaigns")).content.decode()
    assert f'href="{reverse("office:campaign", args=[campaign.code])}"' in listed


def test_the_targets_are_named_as_the_united_nations_names_them(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), START)
    html = client.get(response.url).content.decode()
    assert ">Russian Federation</a>" in html
    assert ">Russia</a>" not in html
    dashboard = client.get(reverse("office:dashboard")).content.decode()
    assert ": Russian Federation <span" in dashboard
    assert ": Russia <span" not in dashboard


def test_the_campaign_says_its_day_is_the_day_its_targets_were_taken(client, secretariat_officer):
    # The day asked about is when the targets were computed, not when the campaign began.
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), START)
    html = client.get(response.url).content.decode()
    assert 'not parties to CETS-197 on <span id="targets-as-of">2015-06-15</span>' in html
    assert "Started 2015-06-15" not in html
    assert "<th>Targets as of</th>" in client.get(reverse("office:campaigns")).content.decode()


def test_a_day_before_the_opening_is_refused_in_one_line(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), {**START, "as_of": "2001-01-01"})
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert not Campaign.objects.exists()


def test_focal_points_neither_see_nor_start_campaigns(client, focal_point_state_a):
    client.force_login(focal_point_state_a)
    assert client.get(reverse("office:campaigns")).status_code == 403
    assert client.post(reverse("office:campaigns"), START).status_code == 403
    assert not Campaign.objects.exists()
