"""The OpenAPI document is a contract: clients are generated from its paths, operation ids
and schemas. Moving an endpoint between modules must not change it."""

import pytest

from plenipo.api.urls import api

pytestmark = pytest.mark.django_db

OPERATIONS = {
    ("GET", "/api/instruments", "plenipo_api_urls_list_instruments", "treaties"),
    ("GET", "/api/instruments/{code}", "plenipo_api_urls_get_instrument", "treaties"),
    ("GET", "/api/instruments/{code}/status", "plenipo_api_urls_instrument_status", "treaties"),
    (
        "GET",
        "/api/instruments/{code}/status.{fmt}",
        "plenipo_api_urls_instrument_status_file",
        "treaties",
    ),
    ("GET", "/api/instruments/{code}/eif", "plenipo_api_urls_instrument_eif", "treaties"),
    ("GET", "/api/states", "plenipo_api_urls_list_states", "registry"),
    ("GET", "/api/states/{code}", "plenipo_api_urls_state_detail", "registry"),
    (
        "GET",
        "/api/organizations/{code}/members",
        "plenipo_api_urls_organization_members",
        "registry",
    ),
    ("GET", "/api/posts/{key}/holders", "plenipo_api_urls_post_holders", "registry"),
    ("GET", "/api/bodies", "plenipo_api_bodies_list_bodies", "bodies"),
    ("GET", "/api/bodies/{code}", "plenipo_api_bodies_body_detail", "bodies"),
    ("GET", "/api/decisions/{symbol}", "plenipo_api_bodies_decision_detail", "bodies"),
    ("GET", "/api/monitoring/{code}", "plenipo_api_monitoring_monitoring", "monitoring"),
    ("GET", "/api/monitoring/{code}/table", "plenipo_api_monitoring_round_table", "monitoring"),
    ("POST", "/api/monitoring/{code}/steps", "plenipo_api_monitoring_add_step", "monitoring"),
    ("GET", "/api/meetings", "plenipo_api_meetings_list_meetings", "meetings"),
    ("GET", "/api/meetings/{meeting_id}", "plenipo_api_meetings_meeting_detail", "meetings"),
    (
        "GET",
        "/api/meetings/{meeting_id}/delegations",
        "plenipo_api_meetings_meeting_delegations",
        "meetings",
    ),
    (
        "PUT",
        "/api/meetings/{meeting_id}/delegation",
        "plenipo_api_meetings_register_own_delegation",
        "meetings",
    ),
    (
        "PUT",
        "/api/meetings/{meeting_id}/delegations/{party}",
        "plenipo_api_meetings_enter_party_delegation",
        "meetings",
    ),
    (
        "POST",
        "/api/meetings/{meeting_id}/delegations/{party}/nomination",
        "plenipo_api_meetings_attach_nomination_letter",
        "meetings",
    ),
    (
        "GET",
        "/api/delegations/{delegation_id}",
        "plenipo_api_meetings_delegation_detail",
        "meetings",
    ),
    (
        "POST",
        "/api/delegations/{delegation_id}/decision",
        "plenipo_api_meetings_decide",
        "meetings",
    ),
    ("GET", "/api/letters", "plenipo_api_correspondence_list_letters", "correspondence"),
    (
        "GET",
        "/api/letters/{letter_id}",
        "plenipo_api_correspondence_letter_detail",
        "correspondence",
    ),
    (
        "POST",
        "/api/letters/{letter_id}/approve",
        "plenipo_api_correspondence_approve_letter",
        "correspondence",
    ),
    ("GET", "/api/campaigns", "plenipo_api_correspondence_list_campaigns", "correspondence"),
    ("POST", "/api/campaigns", "plenipo_api_correspondence_new_campaign", "correspondence"),
    ("GET", "/api/campaigns/{code}", "plenipo_api_correspondence_campaign", "correspondence"),
    ("GET", "/api/tasks", "plenipo_api_correspondence_list_tasks", "correspondence"),
    ("GET", "/api/tasks/{task_id}", "plenipo_api_correspondence_task_detail", "correspondence"),
    ("POST", "/api/inbox", "plenipo_api_inbox_receive", "inbox"),
    ("GET", "/api/inbox/{letter_id}", "plenipo_api_inbox_show", "inbox"),
    ("POST", "/api/inbox/{letter_id}/accept", "plenipo_api_inbox_accept", "inbox"),
    ("POST", "/api/inbox/{letter_id}/link", "plenipo_api_inbox_link", "inbox"),
    ("POST", "/api/inbox/{letter_id}/reply", "plenipo_api_inbox_record_reply", "inbox"),
    ("POST", "/api/inbox/{letter_id}/undo", "plenipo_api_inbox_undo", "inbox"),
    ("GET", "/api/negotiations", "plenipo_api_negotiations_list_negotiations", "negotiations"),
    (
        "GET",
        "/api/negotiations/{code}",
        "plenipo_api_negotiations_negotiation_detail",
        "negotiations",
    ),
    (
        "GET",
        "/api/negotiations/{code}/versions",
        "plenipo_api_negotiations_negotiation_versions",
        "negotiations",
    ),
    (
        "GET",
        "/api/negotiations/{code}/versions/{label}/compilation",
        "plenipo_api_negotiations_compilation",
        "negotiations",
    ),
    (
        "POST",
        "/api/negotiations/{code}/revisions",
        "plenipo_api_negotiations_issue_revision",
        "negotiations",
    ),
    (
        "GET",
        "/api/negotiations/{code}/proposals",
        "plenipo_api_negotiations_list_proposals",
        "negotiations",
    ),
    (
        "POST",
        "/api/negotiations/{code}/proposals",
        "plenipo_api_negotiations_propose",
        "negotiations",
    ),
    (
        "POST",
        "/api/negotiations/{code}/proposals/{proposal_id}/decision",
        "plenipo_api_negotiations_decide",
        "negotiations",
    ),
    (
        "POST",
        "/api/negotiations/{code}/proposals/{proposal_id}/stance",
        "plenipo_api_negotiations_take_stance",
        "negotiations",
    ),
    ("POST", "/api/negotiations/{code}/silence", "plenipo_api_negotiations_start_silence",
     "negotiations"),
    ("POST", "/api/negotiations/{code}/silence/breaks", "plenipo_api_negotiations_break_silence",
     "negotiations"),
    ("POST", "/api/negotiations/{code}/silence/passed",
     "plenipo_api_negotiations_record_silence_passed", "negotiations"),
}  # fmt: skip

SCHEMAS = {
    "AcceptIn", "AcceptOut", "ActionOut", "BodyDetail", "BodyOut", "BodyRef", "Bounds",
    "CampaignIn", "CampaignListed", "CampaignOut", "Count", "DeadlineOut", "DecisionIn",
    "DecisionOut", "DelegationOut",
    "DocumentOut", "EifOut", "EntryIn", "Error", "HolderOut", "IncomingOut", "InstrumentOut",
    "LetterOut",
    "LinkIn", "LinkOut", "MandateOut", "MeetingOut", "MeetingRef", "MeetingsQuery",
    "MemberNotParty", "MemberOut",
    "MembershipOut",
    "MonitoringOut", "MonitoringStepOut", "NameOut", "ParticipantIO", "ParticipantOut", "PartyOut",
    "RecordedStep", "RegistrationIn", "ReplyIn", "ReplyOut", "RequiredMeeting", "ReservationOut",
    "RoundRow",
    "SessionOut", "StateDetail", "StateEvaluation", "StateOut", "StatusOut", "StatusQuery",
    "StepIn", "StepOut", "TargetOut", "TaskOut", "UndoIn", "UndoOut",
    # negotiations
    "CompilationOut", "CompiledParagraphOut", "DayOrBoundsOut", "DecidedOut", "FacilitatorOut",
    "MilestoneOut", "NegotiationMandateOut", "NegotiationOut", "NegotiationSummaryOut",
    "OutcomeOut", "ParagraphOut", "ProposalDecisionIn", "ProposalIn", "ProposalOut",
    "RevisionIn", "SilenceBreakIn", "SilenceBreakOut", "SilenceOut", "SilenceStartIn",
    "StaleProposalOut", "StanceIn", "VersionOut", "VersionTextOut",
}  # fmt: skip


def test_every_operation_keeps_its_path_id_and_tag():
    document = api.get_openapi_schema()
    operations = {
        (method.upper(), path, operation["operationId"], *operation["tags"])
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }
    assert operations == OPERATIONS


def test_the_schemas_keep_their_names_and_fields():
    schemas = api.get_openapi_schema()["components"]["schemas"]
    assert set(schemas) == SCHEMAS
    assert set(schemas["StatusOut"]["properties"]) == {
        "instrument", "as_of", "parties", "signatories", "counts", "reservations",
        "instruments_still_needed", "not_yet_open", "not_yet_in_force", "members_of",
        "members_not_parties",
    }  # fmt: skip
    assert set(schemas["StateDetail"]["properties"]) == {
        "code", "alpha2", "name", "un_names", "names", "names_over_time", "memberships",
        "actions", "monitoring",
    }  # fmt: skip


def test_the_document_is_served(client):
    served = client.get("/api/openapi.json").json()
    assert served["paths"]["/api/states/{code}"]["get"]["operationId"] == (
        "plenipo_api_urls_state_detail"
    )


def test_the_document_is_built_once_per_process(client, monkeypatch):
    from ninja import NinjaAPI  # noqa: PLC0415

    from plenipo.api.urls import api  # noqa: PLC0415

    built = []
    original = NinjaAPI.get_openapi_schema

    def counting(self, **kwargs):
        built.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(NinjaAPI, "get_openapi_schema", counting)
    monkeypatch.setattr(api, "_schemas", {}, raising=False)
    first = client.get("/api/openapi.json").json()
    second = client.get("/api/openapi.json").json()
    assert first == second
    assert first["info"]["title"] == "Plenipo API"
    assert len(built) == 1
