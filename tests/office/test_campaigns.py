"""Campaigns in the office: started from a status query, followed target by target."""

import re
from html import unescape as html_unescape

import pytest
from django.urls import reverse

from plenipo.campaigns.models import Campaign
from plenipo.campaigns.queries import name_order

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
    assert "(Russian Federation)</span>" in dashboard
    assert "(Russia)</span>" not in dashboard


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
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert not Campaign.objects.exists()


def test_focal_points_neither_see_nor_start_campaigns(client, focal_point_state_a):
    client.force_login(focal_point_state_a)
    assert client.get(reverse("office:campaigns")).status_code == 403
    assert client.post(reverse("office:campaigns"), START).status_code == 403
    assert not Campaign.objects.exists()


ALL_PARTIES = {**START, "as_of": "2026-11-27"}  # every member of the Council is a party then
NO_TARGET = "no member of COE is a target on 2026-11-27: all 46 are parties to CETS-197"


def test_a_campaign_with_no_target_is_refused_with_the_reason(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), ALL_PARTIES)
    assert response.status_code == 400
    assert NO_TARGET in response.content.decode()
    assert not Campaign.objects.exists()


def test_the_cli_refuses_a_campaign_with_no_target_in_the_same_line(tmp_path):
    from django.core.management import CommandError, call_command  # noqa: PLC0415

    with pytest.raises(CommandError) as refused:
        call_command(
            "campaign", "letters", "CETS-197", "--members-of", "COE", "--as-of", "2026-11-27",
            "--format", "txt", "--out", str(tmp_path / "letters"),
        )  # fmt: skip
    assert str(refused.value) == NO_TARGET
    assert not Campaign.objects.exists()


def test_the_as_of_day_is_a_date_input(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:campaigns")).content.decode()
    assert '<input type="date" name="as_of"' in html


def test_the_targets_are_listed_by_the_name_shown_not_by_code(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:campaigns"), START | {"as_of": "2006-01-01"})
    html = client.get(response.url).content.decode()
    rows = re.findall(r'<tr data-state="(\w+)"><td><a [^>]*>([^<]+)</a>', html)
    codes, names = [code for code, _ in rows], [html_unescape(name) for _, name in rows]
    assert codes != sorted(codes)  # e.g. GBR (United Kingdom …) comes after GRC (Greece)
    assert names == sorted(names, key=name_order)
    assert names.index("Greece") < names.index(
        "United Kingdom of Great Britain and Northern Ireland"
    )


def test_names_sort_aside_accents_and_case():
    names = ["Türkiye", "Tunisia", "côte d'Ivoire", "Cyprus", "Czechia"]
    assert sorted(names, key=name_order) == [
        "côte d'Ivoire",
        "Cyprus",
        "Czechia",
        "Tunisia",
        "Türkiye",
    ]
