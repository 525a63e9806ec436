import datetime as dt
import io

import pytest
from django.core.management import call_command

from plenipo.campaigns.queries import distribution_list
from plenipo.campaigns.services.campaigns import start_campaign
from plenipo.campaigns.services.letters import merge_to_list
from plenipo.correspondence.queries import get_template
from plenipo.jobs.models import JobStatus
from plenipo.jobs.services.jobs import start_job
from plenipo.jobs.tasks import run_job
from plenipo.registry.queries import get_organization, get_state
from plenipo.treaties.queries import get_instrument
from plenipo.treaties.services.actions import record_action
from tests.factories import campaigns as campaign_factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db


def test_targets_are_the_members_not_parties_then_with_their_stage_now():
    """Taken as of 15 June 2015; four have deposited since, on the days the data record."""
    campaign = campaign_factories.cets_2015("CETS 197, 10th anniversary")
    stages = {t.state.code: (t.stage, str(t.stage_since)) for t in campaign.targets.all()}
    assert stages == {
        "CZE": ("deposited", "2017-03-29"),
        "LIE": ("deposited", "2016-01-27"),
        "MCO": ("deposited", "2015-11-30"),
        "RUS": ("not_signed", "2015-06-15"),
        "TUR": ("deposited", "2016-05-02"),
    }


def test_targets_move_when_the_treaty_data_records_a_deposit(django_capture_on_commit_callbacks):
    instrument = get_instrument("CETS-197")
    campaign = start_campaign(
        code="cets-2015",
        title="CETS 197",
        instrument=instrument,
        organization=get_organization("COE"),
        started_on=dt.date(2015, 6, 15),
        by=None,
    )
    # Any recorded action sends the signal; the data already holds the later deposits
    # (Türkiye 2 May 2016, the Czech Republic in March 2017 …), so the targets move on.
    with django_capture_on_commit_callbacks(execute=True):
        record_action(
            instrument=instrument,
            party=get_state("AUT"),
            kind="declaration",
            date="2026-11-01",
            source=SourceFactory(),
            by=None,
        )
    stages = {t.state.code: t.stage for t in campaign.targets.all()}
    assert stages == {
        "CZE": "deposited",
        "LIE": "deposited",
        "MCO": "deposited",
        "TUR": "deposited",
        "RUS": "not_signed",
    }


@pytest.fixture
def campaign_2015():
    return campaign_factories.cets_2015("CETS 197 as of 2015")


def test_the_mail_merge_job_attaches_a_campaigns_letters_to_it(campaign_2015):
    params = {"template": "campaign-ratification-en", "to": "campaign:cets-2015",
              "date": "2015-06-15"}  # fmt: skip
    job = start_job(kind="letters-merge", params=params, by=None)
    run_job.call(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert sorted(t.letters.count() for t in campaign_2015.targets.all()) == [1] * 5


def test_the_cli_merges_to_a_campaigns_targets_and_attaches_the_letters(campaign_2015, tmp_path):
    call_command("letters", "merge", "--template", "campaign-ratification-en",
                 "--to", "campaign:cets-2015", "--as-of", "2015-06-15", "--format", "txt",
                 "--out", str(tmp_path), stdout=io.StringIO())  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "CZE.txt", "LIE.txt", "MCO.txt", "RUS.txt", "TUR.txt"
    ]  # fmt: skip
    assert sorted(t.letters.count() for t in campaign_2015.targets.all()) == [1] * 5


def test_only_the_reachable_are_written_to_when_asked():
    day = dt.date(2015, 6, 15)
    everyone = distribution_list("missions:UN-VIE", day).recipients
    assert len(everyone) > 2
    result = merge_to_list(template=get_template("meeting-invitation-nv-en"),
                           to="missions:UN-VIE", day=day, reachable_only=True, by=None)  # fmt: skip
    assert [letter.recipient_key for letter in result.letters] == ["RUS"]  # the one sourced


def test_a_campaigns_list_leaves_out_the_targets_already_parties_on_the_letters_day():
    campaign_factories.cets_2015()
    on = {
        day: sorted(r.key for r in distribution_list("campaign:cets-2015", day).recipients)
        for day in (dt.date(2015, 6, 15), dt.date(2016, 3, 1), dt.date(2026, 11, 26))
    }
    assert on[dt.date(2015, 6, 15)] == ["CZE", "LIE", "MCO", "RUS", "TUR"]
    assert on[dt.date(2016, 3, 1)] == ["CZE", "RUS", "TUR"]  # Monaco, Liechtenstein deposited
    assert on[dt.date(2026, 11, 26)] == ["RUS"]
