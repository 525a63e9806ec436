"""The services' rules: concurrent saves, who may read and propose, status transitions."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.transitions import RefusedTransition
from plenipo.negotiations.exporters import compilation_of
from plenipo.negotiations.models import ProposalStatus, Visibility
from plenipo.negotiations.queries import get_process, parties_for, processes_visible_to
from plenipo.negotiations.services import processes, silence, texts
from plenipo.negotiations.services.status import set_status
from plenipo.negotiations.texts import import_text
from plenipo.registry.models import Membership, Organization
from plenipo.registry.queries import get_organization
from plenipo.registry.services.focal_points import appoint_focal_point
from tests.negotiations.conftest import ZERO_DRAFT

# The silences below ran in March 2026: recorded as started on this day.
DAY_BEFORE = dt.datetime(2026, 3, 24, tzinfo=dt.UTC)

pytestmark = pytest.mark.django_db


@pytest.fixture
def process():
    process = processes.create_process(
        code="COE-TEXT",
        title="A text among Council of Europe members",
        visibility=Visibility.MEMBER_STATES,
        audience=get_organization("COE"),
        by=None,
    )
    draft = import_text(ZERO_DRAFT, label="Zero draft", date=dt.date(2026, 3, 2)).version
    texts.import_version(process=process, imported=draft, expected_revision=1, by=None)
    return get_process("COE-TEXT")


def test_the_second_of_two_simultaneous_saves_is_refused_and_nothing_is_lost(process):
    version = process.versions.get()
    read_by_both = process.revision
    first = texts.propose(process=process, version=version, action="delete", label="OP3",
                          party="facilitators", by=None)  # fmt: skip
    texts.set_proposal_status(
        proposal=first, status="accepted", expected_revision=read_by_both + 1, by=None
    )
    with pytest.raises(texts.ConcurrentEdit, match="nothing was saved"):
        texts.set_proposal_status(
            proposal=first, status="rejected", expected_revision=read_by_both + 1, by=None
        )
    first.refresh_from_db()
    assert first.status == ProposalStatus.ACCEPTED


def test_a_party_outside_the_audience_cannot_propose(process):
    assert not Membership.objects.filter(organization__code="COE", state__code="USA").exists()
    with pytest.raises(InvalidInput, match="USA is not among the parties"):
        texts.propose(process=process, version=process.versions.get(), action="delete",
                      label="OP3", party="USA", by=None)  # fmt: skip
    proposal = texts.propose(process=process, version=process.versions.get(), action="delete",
                             label="OP3", party="AUT", by=None)  # fmt: skip
    assert proposal.party == "AUT"


def test_who_may_read_a_process(process, focal_point_state_a, secretariat_officer,
                                django_user_model):  # fmt: skip
    from plenipo.registry.models import FocalPoint  # noqa: PLC0415
    from plenipo.registry.services.states import ensure_state  # noqa: PLC0415

    outsider = django_user_model.objects.create_user("focal-point-usa", password="x")
    FocalPoint.objects.create(user=outsider, state=ensure_state("USA", by=None))
    assert process in processes_visible_to(focal_point_state_a)  # Austria, a CoE member
    assert process in processes_visible_to(secretariat_officer)
    assert process not in processes_visible_to(outsider)
    assert process not in processes_visible_to(None)
    with pytest.raises(NotFound, match="unknown negotiation"):
        get_process("COE-TEXT", user=outsider, system=False)
    with pytest.raises(NotFound):
        texts.propose(process=process, version=process.versions.get(), action="delete",
                      label="OP3", party="USA", by=outsider)  # fmt: skip


def test_a_focal_point_proposes_for_its_own_state_only(process, focal_point_state_a):
    version = process.versions.get()
    for other in ("BEL", "EU"):  # another state; a group Austria belongs to
        with pytest.raises(InvalidInput, match=f"speak for AUT only, not for {other}"):
            texts.propose(process=process, version=version, action="delete", label="OP3",
                          party=other, by=focal_point_state_a)  # fmt: skip
    appoint_focal_point(user=focal_point_state_a, state=focal_point_state_a.focal_point.state,
                        groups=[Organization.objects.get(code="EU")], by=None)  # fmt: skip
    assert parties_for(focal_point_state_a) == ["AUT", "EU"]
    for_the_eu = texts.propose(process=process, version=version, action="delete",
                               label="OP4", party="EU", by=focal_point_state_a)  # fmt: skip
    assert for_the_eu.party == "EU"
    proposal = texts.propose(process=process, version=version, action="delete",
                             label="OP3", party="AUT", by=focal_point_state_a)  # fmt: skip
    with pytest.raises(InvalidInput, match="only the secretariat"):
        texts.set_proposal_status(proposal=proposal, status="accepted",
                                  expected_revision=None, by=focal_point_state_a)  # fmt: skip


def test_a_focal_point_withdraws_its_own_partys_proposals_only(
    process, focal_point_state_a, focal_point_state_b
):
    version = process.versions.get()
    belgian = texts.propose(process=process, version=version, action="delete", label="OP3",
                            party="BEL", by=focal_point_state_b)  # fmt: skip
    with pytest.raises(InvalidInput, match=f"only BEL withdraws its proposal {belgian.pk}"):
        texts.set_proposal_status(proposal=belgian, status="withdrawn",
                                  expected_revision=None, by=focal_point_state_a)  # fmt: skip
    belgian.refresh_from_db()
    assert belgian.status == ProposalStatus.PENDING
    texts.set_proposal_status(proposal=belgian, status="withdrawn", expected_revision=None,
                              by=focal_point_state_b)  # fmt: skip
    belgian.refresh_from_db()
    assert belgian.status == ProposalStatus.WITHDRAWN


def test_a_proposal_is_decided_once_and_a_silence_ends_once(process):
    version = process.versions.get()
    proposal = texts.propose(process=process, version=version, action="delete", label="OP3",
                             party="facilitators", by=None)  # fmt: skip
    texts.set_proposal_status(proposal=proposal, status="rejected", expected_revision=None,
                              by=None)  # fmt: skip
    with pytest.raises(RefusedTransition, match="cannot become accepted"):
        texts.set_proposal_status(proposal=proposal, status="accepted", expected_revision=None,
                                  by=None)  # fmt: skip
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.REJECTED
    until = dt.datetime(2026, 3, 25, 18, tzinfo=ZoneInfo("Europe/Paris"))
    silence.start_silence(process=process, version=version, until=until,
                          timezone="Europe/Paris", by=None, now=DAY_BEFORE)  # fmt: skip
    with pytest.raises(InvalidInput, match="runs until"):
        silence.close_silence(process=process, now=until - dt.timedelta(hours=1), by=None)
    passed = silence.close_silence(process=process, now=until, by=None)
    assert passed.status == "passed"
    with pytest.raises(RefusedTransition, match="passed can no longer be broken"):
        set_status(passed, "broken", by=None)
    with pytest.raises(InvalidInput, match="not under silence"):
        silence.break_silence(process=process, party="AUT", at=until, by=None)


def test_a_silence_whose_deadline_is_already_past_is_refused(process):
    until = dt.datetime(2026, 3, 25, 18, tzinfo=ZoneInfo("Europe/Paris"))
    with pytest.raises(
        InvalidInput, match=r"the deadline 25 March 2026, 18:00 \(UTC\+01:00\) is already"
    ):
        silence.start_silence(process=process, version=process.versions.get(), until=until,
                              timezone="Europe/Paris", by=None, now=until)  # fmt: skip
    assert not process.silences.exists()
    started = silence.start_silence(process=process, version=process.versions.get(),
                                    until=until, timezone="Europe/Paris", by=None,
                                    now=until - dt.timedelta(seconds=1))  # fmt: skip
    assert started.status == "under_silence"


def test_an_adoption_by_vote_needs_its_tally(process):
    with pytest.raises(InvalidInput, match="votes in favour"):
        processes.record_outcome(process=process, symbol="X/1", date="2026-04-01",
                                 method="vote", by=None)  # fmt: skip
    processes.record_outcome(process=process, symbol="X/1", date="2026-04", method="vote",
                             votes_for=40, votes_against=2, abstentions=3, by=None)  # fmt: skip
    process.refresh_from_db()
    assert process.outcome_date.not_before == dt.date(2026, 4, 1)
    assert not process.outcome_date.is_exact


def test_an_adopted_text_takes_no_more_proposals_versions_or_silence(process):
    version = process.versions.get()
    pending = texts.propose(process=process, version=version, action="delete", label="OP3",
                            party="AUT", by=None)  # fmt: skip
    processes.record_outcome(process=process, symbol="X/2", date="2026-04-02",
                             method="consensus", by=None)  # fmt: skip
    adopted = "COE-TEXT was adopted as X/2 on 2026-04-02: its text takes no more changes"
    with pytest.raises(InvalidInput, match=adopted):
        texts.propose(process=process, version=version, action="delete", label="OP2",
                      party="AUT", by=None)  # fmt: skip
    with pytest.raises(InvalidInput, match=adopted):
        texts.set_proposal_status(proposal=pending, status="accepted", expected_revision=None,
                                  by=None)  # fmt: skip
    draft = import_text(ZERO_DRAFT, label="Rev.1", date=dt.date(2026, 4, 3)).version
    with pytest.raises(InvalidInput, match=adopted):
        texts.import_version(process=process, imported=draft, expected_revision=None, by=None)
    until = dt.datetime(2026, 4, 9, 18, tzinfo=ZoneInfo("Europe/Paris"))
    with pytest.raises(InvalidInput, match=adopted):
        silence.start_silence(process=process, version=version, until=until,
                              timezone="Europe/Paris", by=None, now=DAY_BEFORE)  # fmt: skip
    assert process.versions.count() == 1
    pending.refresh_from_db()
    assert pending.status == ProposalStatus.PENDING


def _statuses(process):
    compiled = compilation_of(process, process.versions.get())
    return {p.label: p.status.value for p in compiled.paragraphs}


def test_a_text_is_agreed_once_its_silence_passes_not_before(process):
    version = process.versions.get()
    assert set(_statuses(process).values()) == {"unbracketed"}
    until = dt.datetime(2026, 3, 25, 18, tzinfo=ZoneInfo("Europe/Paris"))
    silence.start_silence(process=process, version=version, until=until,
                          timezone="Europe/Paris", by=None, now=DAY_BEFORE)  # fmt: skip
    assert set(_statuses(process).values()) == {"unbracketed"}
    silence.close_silence(process=process, now=until, by=None)
    assert set(_statuses(process).values()) == {"agreed"}


def test_an_adopted_text_is_agreed(process):
    processes.record_outcome(process=process, symbol="X/3", date="2026-04-02",
                             method="consensus", by=None)  # fmt: skip
    process.refresh_from_db()
    assert set(_statuses(process).values()) == {"agreed"}


@pytest.mark.parametrize("code", ["new", "NEW"])
def test_the_code_of_the_office_s_new_process_page_is_refused(code):
    # /office/negotiations/new/ is the form: a process of that code could not be reached.
    with pytest.raises(InvalidInput, match="is reserved"):
        processes.create_process(code=code, title="A title", by=None)
    with pytest.raises(NotFound):
        get_process(code)


def test_an_adoption_still_to_come_is_not_recorded(process):
    later = dt.date.today() + dt.timedelta(days=10)
    with pytest.raises(InvalidInput, match="is still to come: record the adoption once"):
        processes.record_outcome(process=process, symbol="X/4", date=later.isoformat(),
                                 method="consensus", by=None)  # fmt: skip
    process.refresh_from_db()
    assert process.outcome_symbol == ""


def test_no_adoption_is_recorded_while_the_text_is_under_silence(process):
    until = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    silence.start_silence(process=process, version=process.versions.get(), until=until,
                          timezone="UTC", by=None)  # fmt: skip
    with pytest.raises(InvalidInput, match=r"is under silence until .*: record the silence passed"):
        processes.record_outcome(process=process, symbol="X/5", date="2026-04-02",
                                 method="consensus", by=None)  # fmt: skip
    process.refresh_from_db()
    assert process.outcome_symbol == ""
