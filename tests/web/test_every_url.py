"""Every URL pattern, web and API, tried by every persona. The expected answer for each is
in TABLE: a pattern missing from it fails the test, so a new URL must be added here."""

import datetime as dt
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.urls import URLResolver, get_resolver

from plenipo.bodies.models import Decision
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.incoming import receive
from plenipo.correspondence.services.letters import merge
from plenipo.correspondence.services.tasks import add_task
from plenipo.jobs.services.jobs import start_job
from plenipo.meetings.services.delegations import register_delegation, upload_nomination_letter
from plenipo.meetings.services.meetings import (
    add_agenda_item,
    attach_document_file,
    issue_document,
)
from plenipo.registry.queries import get_organization
from plenipo.registry.roles import ensure_secretariat_group
from plenipo.registry.services.tokens import create_api_token
from plenipo.treaties.queries import get_instrument
from tests.factories import campaigns as campaign_factories
from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories
from tests.factories import negotiations as negotiation_factories
from tests.factories.registry import SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]
PERSONAS = ["anonymous", "focal_point_state_a", "focal_point_state_b", "officer", "admin"]
PDF = b"%PDF-1.4\n% test\n"
NOTE = (
    b"The Secretariat has the honour to inform the Permanent Missions that the meeting of the "
    b"Working Group will be held in Vienna from 14 to 15 April 2030."
)

STEP = {
    "round": 4,
    "state": "NOR",
    "kind": "questionnaire_sent",
    "date": "2024-01-15",
    "source": "https://www.coe.int/en/web/anti-human-trafficking/norway",
    "source_title": "GRETA, Norway country page",
}
REGISTRATION = {"version": 1, "participants": [{"role": "head", "name": "Head of delegation"}]}
GET, POST, PUT = "get", "post", "put"
MEETING, DELEGATION = {"meeting_id": "meeting"}, {"delegation_id": "delegation"}
OPEN = (200, 200, 200, 200, 200)
# The secretariat's pages and forms: the anonymous are sent to sign in, focal points refused.
OFFICE = ("L", 403, 403, 200, 200)
OFFICE_PAGE = OFFICE  # a page needing one permission of the secretariat's
OFFICE_WRITE = ("L", 403, 403, "R", "R")  # the secretariat's forms redirect back
API_SECRETARIAT = (401, 403, 403, 200, 200)
PORTAL = ("L", 200, 200, 403, 403)
PORTAL_WRITE = ("L", "R", "R", 403, 403)
# TIP-RES is open to member states (Austria and Belgium among them), with a zero draft and
# one pending proposal; GPA-DECLARATION-2017 is public and has no text yet.
NEGOTIATION = {"code": "TIP-RES"}
ZERO_DRAFT = {**NEGOTIATION, "label": "Zero draft"}
PROPOSAL = {**NEGOTIATION, "pk": "proposal", "proposal_id": "proposal"}
DECISION = {"decision": "accept", "revision": 0}  # a stale revision: 409 for the secretariat
ADOPTED = {"code": "GPA-DECLARATION-2017"}
# The world's proposals are still pending: the silence is confirmed despite them. It is on
# Rev.1, the latest version once the secretariat has issued it (the revisions row runs first):
# only the latest version may be put under silence.
SILENCE = {
    "version": "Rev.1",
    "until": "2099-01-15 18:00",
    "timezone": "America/New_York",
    "confirm": True,
}
API_PARTIES = (401, 200, 200, 200, 200)

# route: (method, path parameters, query and body, answers of: the anonymous, the focal point
# of state A (Austria, whose delegation and nomination letter these are), the focal point of
# state B (Belgium, also invited), a secretariat officer, an administrator). "L" is a redirect
# to the sign-in page coming back to the URL asked for (its ``next``), or for a form posted,
# to a page above it (tests/web/test_signed_out_forms.py); "R" any other redirect.
# The meeting's list is not published.
TABLE = {
    "": (GET, {}, *OPEN),
    "accounts/home/": (GET, {}, "L", "R", "R", "R", "R"),
    "accounts/login/": (GET, {}, *OPEN),
    "accounts/logout/": (POST, {}, *OPEN),
    # "Forgot your password?": the same answer to anyone (tests/office/test_forgot_password.py)
    "accounts/password-reset/": (GET, {}, *OPEN),
    "accounts/password-reset/sent/": (GET, {}, *OPEN),
    "accounts/password/": (GET, {}, "L", 200, 200, 200, 200),  # everyone changes their own
    # a link whose token is wrong says so to anyone (tests/office/test_users.py sets one)
    "accounts/set-password/<uidb64>/<token>/": (GET, {"uidb64": "MQ", "token": "x-y"}, *OPEN),
    # Everyone's own account page; a token is revoked by its owner alone (Austria's here).
    "accounts/tokens/": (GET, {}, "L", 200, 200, 200, 200),
    "accounts/tokens/<int:pk>/revoke/": (POST, {"pk": "api_token"}, "L", "R", 404, 404, 404),
    "accounts/tokens/calendar-feed/": (POST, {}, "L", 200, 200, 200, 200),  # a new secret
    # accounts and roles: for those who may change users (the administrator here)
    "office/users/": (GET, {}, "L", 403, 403, 403, 200),
    "office/users/<int:pk>/": (GET, {"pk": "user"}, "L", 403, 403, 403, 200),
    # posted as JSON, the form reads nothing: the manager is told what is missing
    "office/users/<int:pk>/groups/": (POST, {"pk": "user"}, "L", 403, 403, 403, 400),
    "office/users/<int:pk>/open/": (POST, {"pk": "user"}, "L", 403, 403, 403, 400),
    # Austria's focal point is not locked (tests/office/test_sign_in_access.py locks one)
    "office/users/<int:pk>/unlock/": (POST, {"pk": "user"}, "L", 403, 403, 403, 400),
    "office/users/<int:pk>/password-link/": (POST, {"pk": "user"}, "L", 403, 403, 403, 200),
    "api/": (GET, {}, *OPEN),
    "api/bodies": (GET, {}, *OPEN),
    "api/bodies/<code>": (GET, {"code": "COP-UNTOC"}, *OPEN),
    "api/campaigns": (GET, {}, *API_SECRETARIAT),  # POST: tests/api/test_campaign_start.py
    "api/campaigns/<code>": (GET, {"code": "cets-2015"}, *API_SECRETARIAT),
    "api/decisions/<path:symbol>": (GET, {"symbol": "decision"}, *OPEN),
    "api/delegations/<delegation_id>": (GET, DELEGATION, 404, 200, 404, 200, 200),
    "api/delegations/<delegation_id>/decision": (
        POST,
        {**DELEGATION, "body": {"approve": True}},
        *(401, 403, 404, 200, 200),
    ),
    "api/docs": (GET, {}, *OPEN),
    "api/inbox": (POST, {}, 401, 403, 403, 400, 400),  # no file sent
    "api/inbox/<letter_id>": (GET, {"letter_id": "incoming"}, *API_SECRETARIAT),
    "api/inbox/<letter_id>/accept": (
        POST,
        {"letter_id": "incoming", "body": {"item": "meetings/0"}},
        *API_SECRETARIAT,
    ),
    # the note cites no instrument (deciding matches: tests/office/test_review_links.py)
    "api/inbox/<letter_id>/link": (
        POST,
        {"letter_id": "incoming", "body": {"place": "instruments/0", "to": None}},
        *(401, 403, 403, 404, 404),
    ),
    # no letter was sent with that reference (recording one: tests/api/test_inbox_replies.py)
    "api/inbox/<letter_id>/reply": (
        POST,
        {"letter_id": "incoming", "body": {"letter": "XY 1/1"}},
        *(401, 403, 403, 404, 404),
    ),
    # the accept row above decided meetings/0 (rows run in order): undo reopens it
    "api/inbox/<letter_id>/undo": (
        POST,
        {"letter_id": "incoming", "body": {"item": "meetings/0"}},
        *API_SECRETARIAT,
    ),
    "api/instruments": (GET, {}, *OPEN),
    "api/instruments/<code>": (GET, {"code": "CETS-197"}, *OPEN),
    "api/instruments/<code>/eif": (GET, {"code": "CETS-197"}, *OPEN),
    "api/instruments/<code>/status": (GET, {"code": "CETS-197"}, *OPEN),
    "api/instruments/<code>/status.<fmt>": (GET, {"code": "CETS-197", "fmt": "csv"}, *OPEN),
    # a focal point reads the letters sent to its state: not this one (to a minister)
    "api/letters": (GET, {}, 401, 200, 200, 200, 200),
    "api/letters/<letter_id>": (GET, {"letter_id": "letter"}, 401, 404, 404, 200, 200),
    "api/letters/<letter_id>/approve": (POST, {"letter_id": "letter"}, *API_SECRETARIAT),
    "api/tasks": (GET, {}, *API_SECRETARIAT),
    "api/tasks/<task_id>": (GET, {"task_id": "task"}, *API_SECRETARIAT),
    "api/meetings": (GET, {}, *OPEN),
    "api/meetings/<meeting_id>": (GET, MEETING, *OPEN),
    # Austria's registration is at version 2 (409); Belgium registers its own; no state: 404.
    "api/meetings/<meeting_id>/delegation": (
        PUT,
        {**MEETING, "body": REGISTRATION},
        *(401, 409, 200, 404, 404),
    ),
    # The secretariat enters France's delegation (not invited: added); focal points: 403.
    "api/meetings/<meeting_id>/delegations/<party>": (
        PUT,
        {**MEETING, "party": "FRA", "body": {"participants": REGISTRATION["participants"]}},
        *(401, 403, 403, 200, 200),
    ),
    # no file sent (attaching one, and who may read it: tests/api/test_delegation_entry.py)
    "api/meetings/<meeting_id>/delegations/<party>/nomination": (
        POST,
        {**MEETING, "party": "AUT"},
        *(401, 403, 403, 400, 400),
    ),
    "api/meetings/<meeting_id>/delegations": (
        GET,
        MEETING,
        *OPEN,
    ),  # contents: test_confidentiality
    "api/monitoring/<code>": (GET, {"code": "GRETA"}, *OPEN),
    "api/monitoring/<code>/steps": (POST, {"code": "GRETA", "body": STEP}, 401, 403, 403, 201, 201),
    "api/monitoring/<code>/table": (GET, {"code": "GRETA"}, *OPEN),
    "api/negotiations": (GET, {}, *OPEN),  # each sees what it may: test_negotiations
    "api/negotiations/<code>": (GET, NEGOTIATION, 404, 200, 200, 200, 200),
    "api/negotiations/<code>/proposals": (GET, NEGOTIATION, *API_PARTIES),
    "api/negotiations/<code>/proposals/<proposal_id>/decision": (
        POST,
        {**PROPOSAL, "body": DECISION},
        *(401, 403, 403, 409, 409),
    ),
    # A second support from Belgium's own proposal is refused (400); Austria supports it.
    "api/negotiations/<code>/proposals/<proposal_id>/stance": (
        POST,
        {**PROPOSAL, "body": {"party": "AUT", "stance": "support"}},
        *(401, 200, 400, 403, 403),
    ),
    # The secretariat starts a silence, records Austria's break, then cannot record it passed.
    # The secretariat issues Rev.1 from the zero draft.
    "api/negotiations/<code>/revisions": (
        POST,
        {**NEGOTIATION, "body": {"base": "Zero draft", "label": "Rev.1", "date": "2030-01-10"}},
        *(401, 403, 403, 201, 201),
    ),
    "api/negotiations/<code>/silence": (
        POST,
        {**NEGOTIATION, "body": SILENCE},
        *(401, 403, 403, 201, 201),
    ),
    "api/negotiations/<code>/silence/breaks": (
        POST,
        {**NEGOTIATION, "body": {"party": "AUT"}},
        *(401, 403, 403, 201, 201),
    ),
    "api/negotiations/<code>/silence/passed": (POST, NEGOTIATION, 401, 403, 403, 400, 400),
    "api/negotiations/<code>/versions": (GET, NEGOTIATION, 404, 200, 200, 200, 200),
    "api/negotiations/<code>/versions/<label>/compilation": (GET, ZERO_DRAFT, *API_PARTIES),
    "api/openapi.json": (GET, {}, *OPEN),
    "api/organizations/<code>/members": (GET, {"code": "COE"}, *OPEN),
    "api/posts/<key>/holders": (GET, {"key": "sg-coe", "?": "on=2015-06-15"}, *OPEN),
    "api/states": (GET, {}, *OPEN),
    "api/states/<code>": (GET, {"code": "AUT"}, *OPEN),
    "bodies/": (GET, {}, *OPEN),
    "bodies/<str:code>/": (GET, {"code": "COP-UNTOC"}, *OPEN),
    "calendar/": (GET, {}, *OPEN),
    "health/": (GET, {}, *OPEN),  # says "ok" or which check failed, never hosts or secrets
    "calendar/bodies/<str:code>.ics": (GET, {"code": "COP-UNTOC"}, *OPEN),
    "calendar/meetings/<int:pk>.ics": (GET, {"pk": "meeting"}, *OPEN),
    "calendar/states/<str:code>.ics": (GET, {"code": "AUT"}, 404, 200, 404, 200, 200),
    "decisions/<path:symbol>/": (GET, {"symbol": "decision"}, *OPEN),
    "files/documents/<int:pk>/": (GET, {"pk": "version"}, *OPEN),
    "files/nominations/<int:pk>/": (GET, {"pk": "delegation"}, "L", 200, 404, 200, 200),
    "instruments/<str:code>/": (GET, {"code": "CETS-197"}, *OPEN),
    "instruments/<str:code>/status.<str:fmt>": (GET, {"code": "CETS-197", "fmt": "csv"}, *OPEN),
    "meetings/": (GET, {}, *OPEN),
    "meetings/<int:pk>/": (GET, {"pk": "meeting"}, *OPEN),
    "meetings/<int:pk>/participants.<str:fmt>": (
        GET,
        {"pk": "meeting", "fmt": "csv"},
        *(404, 404, 404, 200, 200),
    ),
    "monitoring/<str:code>/": (GET, {"code": "GRETA"}, *OPEN),
    "negotiations/": (GET, {}, *OPEN),
    "negotiations/<str:code>/": (GET, ADOPTED, *OPEN),
    "negotiations/<str:code>/diff/": (GET, ADOPTED, *(404,) * 5),  # no two versions
    "negotiations/<str:code>/versions/<str:label>/": (GET, ZERO_DRAFT, *(404,) * 5),  # not public
    "negotiations/<str:code>/versions/<str:label>/text.<str:fmt>": (
        GET,
        {**ZERO_DRAFT, "fmt": "txt"},
        *(404,) * 5,
    ),
    "office/": (GET, {}, *OFFICE),
    "office/campaigns/": (GET, {}, *OFFICE_PAGE),
    "office/campaigns/<slug:code>/": (GET, {"code": "cets-2015"}, *OFFICE_PAGE),
    "office/campaigns/<slug:code>/actions/new/": (GET, {"code": "cets-2015"}, *OFFICE_PAGE),
    "office/delegations/<int:pk>/credentials/": (POST, {"pk": "delegation"}, *OFFICE_WRITE),
    "office/delegations/<int:pk>/decide/": (POST, {"pk": "delegation"}, *OFFICE_WRITE),
    "office/delegations/<int:pk>/enter/": (GET, {"pk": "delegation"}, *OFFICE_PAGE),
    "office/meetings/<int:meeting_id>/delegations/new/": (GET, MEETING, *OFFICE_PAGE),
    "office/delegations/<int:pk>/reply/": (POST, {"pk": "delegation"}, *OFFICE_WRITE),
    "office/inbox/": (GET, {}, *OFFICE_PAGE),
    "office/inbox/<int:pk>/": (GET, {"pk": "incoming"}, *OFFICE_PAGE),
    # the file as received (404 for a letter with none: tests/office/test_received_file.py)
    "office/inbox/<int:pk>/file/": (GET, {"pk": "incoming"}, *OFFICE_PAGE),
    "office/inbox/<int:pk>/links/": (POST, {"pk": "incoming"}, "L", 403, 403, 400, 400),  # no match
    # no choice posted (tests/office/test_reply_links.py)
    "office/inbox/<int:pk>/reply/": (POST, {"pk": "incoming"}, "L", 403, 403, 400, 400),
    # no choice posted (tests/office/test_review_delegation.py)
    "office/inbox/<int:pk>/delegation/": (POST, {"pk": "incoming"}, "L", 403, 403, 400, 400),
    "office/inbox/<int:pk>/<str:kind>/<int:index>/": (
        POST,
        {"pk": "incoming", "kind": "meetings", "index": "0"},
        *OFFICE_WRITE,
    ),
    "office/jobs/": (GET, {}, *OFFICE_PAGE),
    "office/jobs/<int:pk>/": (GET, {"pk": "job"}, *OFFICE_PAGE),
    "office/jobs/<int:pk>/file/": (GET, {"pk": "job"}, "L", 403, 403, 404, 404),  # no file
    "office/jobs/<int:pk>/retry/": (POST, {"pk": "job"}, *OFFICE_WRITE),
    "office/letters/": (GET, {}, *OFFICE_PAGE),
    "office/letters/<int:pk>/": (GET, {"pk": "letter"}, *OFFICE_PAGE),
    "office/letters/<int:pk>/edit/": (GET, {"pk": "draft_letter"}, *OFFICE_PAGE),
    "office/letters/<int:pk>/<str:action>/": (
        POST,
        {"pk": "letter", "action": "approve"},
        *OFFICE_WRITE,
    ),
    "office/letters/<int:pk>/file.<str:fmt>": (GET, {"pk": "letter", "fmt": "txt"}, *OFFICE_PAGE),
    "office/letters/batch/": (GET, {}, *OFFICE_PAGE),
    "office/letters/draft/": (
        GET,
        {"?": "template=meeting-invitation-nv-en&to=missions:UN-VIE"},
        *OFFICE_PAGE,
    ),
    "office/letters/merge/": (POST, {}, *OFFICE_WRITE),
    "office/letters/merge/job/": (POST, {}, *OFFICE_WRITE),
    "office/letters/outbox/flush/": (POST, {}, *OFFICE_WRITE),
    "office/letters/replies/": (GET, {}, *OFFICE_PAGE),
    "office/agenda/<int:pk>/": (POST, {"pk": "agenda_item"}, *OFFICE_WRITE),
    "office/meetings/": (GET, {}, *OFFICE_PAGE),
    "office/meetings/new/": (GET, {}, *OFFICE_PAGE),
    "office/meetings/<int:meeting_id>/": (GET, MEETING, *OFFICE_PAGE),
    "office/meetings/<int:meeting_id>/agenda/": (POST, MEETING, "L", 403, 403, 400, 400),  # empty
    "office/meetings/<int:meeting_id>/copy/": (GET, MEETING, *OFFICE_PAGE),
    "office/meetings/<int:meeting_id>/documents/": (POST, MEETING, "L", 403, 403, 400, 400),
    "office/meetings/<int:meeting_id>/edit/": (GET, MEETING, *OFFICE_PAGE),
    # no organization named: refused beside the field (400), nothing invited
    "office/meetings/<int:meeting_id>/invite/": (POST, MEETING, "L", 403, 403, 400, 400),
    "office/meetings/<int:meeting_id>/participants/": (POST, MEETING, *OFFICE_WRITE),
    "office/monitoring/<str:code>/steps/new/": (GET, {"code": "GRETA"}, *OFFICE_PAGE),
    "office/rooms/<int:pk>/": (GET, {"pk": "room"}, *OFFICE),
    "office/tasks/": (GET, {}, *OFFICE_PAGE),
    "office/tasks/<int:pk>/": (GET, {"pk": "task"}, *OFFICE_PAGE),
    # Marked done, then reopened: each goes back to the list.
    "office/tasks/<int:pk>/done/": (POST, {"pk": "task"}, *OFFICE_WRITE),
    "office/tasks/<int:pk>/reopen/": (POST, {"pk": "task"}, *OFFICE_WRITE),
    "office/venues/": (GET, {}, *OFFICE),
    "office/venues/<str:code>/": (GET, {"code": "venue"}, *OFFICE),
    "office/venues/<str:code>/rooms/new/": (GET, {"code": "venue"}, *OFFICE),
    "office/negotiations/": (GET, {}, *OFFICE_PAGE),
    "office/negotiations/new/": (GET, {}, *OFFICE),
    "office/negotiations/<str:code>/": (GET, NEGOTIATION, *OFFICE_PAGE),
    "office/negotiations/<str:code>/proposals/<int:pk>/decide/": (POST, PROPOSAL, *OFFICE_WRITE),
    "office/negotiations/<str:code>/revise/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    "office/negotiations/<str:code>/outcome/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    # setting up a process: posted as JSON, each form reads nothing and says what is missing
    "office/negotiations/<str:code>/facilitators/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    "office/negotiations/<str:code>/facilitators/remove/": (
        POST,
        NEGOTIATION,
        *("L", 403, 403, 400, 400),
    ),
    "office/negotiations/<str:code>/milestones/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    "office/negotiations/<str:code>/milestones/status/": (
        POST,
        NEGOTIATION,
        *("L", 403, 403, 400, 400),
    ),
    "office/negotiations/<str:code>/consultations/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    "office/negotiations/<str:code>/silence/<str:action>/": (
        POST,
        {**NEGOTIATION, "action": "break"},
        *("L", 403, 403, 400, 400),
    ),
    "office/negotiations/<str:code>/versions/": (POST, NEGOTIATION, "L", 403, 403, 400, 400),
    "office/negotiations/<str:code>/versions/<str:label>/": (GET, ZERO_DRAFT, *OFFICE_PAGE),
    "office/negotiations/<str:code>/versions/<str:label>/circulate/": (
        POST,
        ZERO_DRAFT,  # already circulated: refused with a message
        *OFFICE_WRITE,
    ),
    "office/negotiations/<str:code>/versions/<str:label>/compilation.<str:fmt>": (
        GET,
        {**ZERO_DRAFT, "fmt": "txt"},
        *OFFICE_PAGE,
    ),
    "portal/": (GET, {}, *PORTAL),
    "portal/delegations/<int:pk>/": (GET, {"pk": "delegation"}, "L", 200, 404, 403, 403),
    "portal/meetings/<int:meeting_id>/delegation/": (GET, MEETING, *PORTAL),
    "portal/letters/": (GET, {}, *PORTAL),
    # the invitation sent to Austria: Belgium's focal point gets 404 (tests/portal/test_letters.py)
    "portal/letters/<int:pk>/file.<str:fmt>": (
        GET,
        {"pk": "sent_letter", "fmt": "txt"},
        *("L", 200, 404, 403, 403),
    ),
    "portal/negotiations/": (GET, {}, *PORTAL),
    "portal/negotiations/<str:code>/": (GET, NEGOTIATION, *PORTAL),
    "portal/negotiations/<str:code>/proposals/": (POST, NEGOTIATION, "L", 400, 400, 403, 403),
    "portal/negotiations/<str:code>/proposals/<int:pk>/<str:stance>/": (
        POST,
        {**PROPOSAL, "stance": "support"},
        *PORTAL_WRITE,
    ),
    "states/": (GET, {}, *OPEN),
    "states/<str:code>/": (GET, {"code": "AUT"}, *OPEN),
}


# The admin: everyone but an administrator is sent to the admin's sign-in page ("A").
ADMIN = ("A", "A", "A", "A", 200)
ADMIN_GONE = ("A", "A", "A", "A", "R")  # no such object: back to the list
ADMIN_NO_ADD = ("A", "A", "A", "A", 403)  # sign-in records are never added by hand
USER, GROUP, NONE = {"object_id": "user"}, {"object_id": "group"}, {"object_id": "0"}
TABLE |= {
    "admin/": (GET, {}, *ADMIN),
    "admin/(?P<url>.*)$": (GET, {"url": "admin/nothing-here/"}, "A", "A", "A", "A", 404),
    "admin/^(?P<app_label>auth|axes|django_tasks_database)/$": (
        GET,
        {"url": "admin/auth/"},
        *ADMIN,
    ),
    "admin/auth/group/": (GET, {}, *ADMIN),
    "admin/auth/group/<path:object_id>/": (GET, GROUP, *ADMIN_GONE[:4], "R"),
    "admin/auth/group/<path:object_id>/change/": (GET, GROUP, *ADMIN),
    "admin/auth/group/<path:object_id>/delete/": (GET, GROUP, *ADMIN),
    "admin/auth/group/<path:object_id>/history/": (GET, GROUP, *ADMIN),
    "admin/auth/group/add/": (GET, {}, *ADMIN),
    "admin/auth/user/": (GET, {}, *ADMIN),
    "admin/auth/user/<id>/password/": (GET, {"id": "user"}, *ADMIN),
    "admin/auth/user/<path:object_id>/": (GET, USER, *ADMIN_GONE[:4], "R"),  # to change/
    "admin/auth/user/<path:object_id>/change/": (GET, USER, *ADMIN),
    "admin/auth/user/<path:object_id>/delete/": (GET, USER, *ADMIN),
    "admin/auth/user/<path:object_id>/history/": (GET, USER, *ADMIN),
    "admin/auth/user/add/": (GET, {}, *ADMIN),
    "admin/autocomplete/": (GET, {}, "A", "A", "A", "A", 403),  # asks for its parameters
    "admin/jsi18n/": (GET, {}, *ADMIN),
    "admin/login/": (GET, {}, 200, 200, 200, 200, "R"),
    "admin/logout/": (POST, {}, "R", "R", "R", "R", 200),
    "admin/password_change/": (GET, {}, *ADMIN),
    "admin/password_change/done/": (GET, {}, *ADMIN),
    "admin/r/<path:content_type_id>/<path:object_id>/": (
        GET,
        {"content_type_id": "0", "object_id": "0"},
        *("A", "A", "A", "A", 404),
    ),
}
# Sign-in records (axes) and the task queue's results are never added by hand.
for app, model in [
    ("axes", "accessattempt"),
    ("axes", "accessfailurelog"),
    ("axes", "accesslog"),
    ("django_tasks_database", "dbtaskresult"),
]:
    TABLE |= {
        f"admin/{app}/{model}/": (GET, {}, *ADMIN),
        f"admin/{app}/{model}/add/": (GET, {}, *ADMIN_NO_ADD),
        **{
            f"admin/{app}/{model}/<path:object_id>/{tail}": (GET, NONE, *ADMIN_GONE)
            for tail in ("", "change/", "delete/", "history/")
        },
    }
# The queue's results are never deleted by hand either (`plenipo prune_db_task_results`).
TABLE["admin/django_tasks_database/dbtaskresult/<path:object_id>/delete/"] = (
    GET,
    NONE,
    *ADMIN_NO_ADD,
)


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def every_route():
    return sorted(set(walk(get_resolver().url_patterns)))


@pytest.fixture
def world(focal_point_state_a, focal_point_state_b):
    """One of everything a URL can name, Austria's delegation with its nomination letter."""
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    register_delegation(
        delegation=austria,
        participants=factories.THREE,
        expected_version=austria.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    austria.refresh_from_db()
    upload_nomination_letter(delegation=austria, name="n.pdf", data=PDF, by=focal_point_state_a)
    document = issue_document(
        meeting=meeting, kind="agenda", title="Agenda", source=SourceFactory(), by=None
    )
    version = attach_document_file(
        document=document, language="en", name="a.pdf", data=PDF, by=None
    )
    letters = merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", dt.date(2015, 6, 15)),
        day=dt.date(2015, 6, 15),
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters
    letter = letters[0]  # approved along the way (api/letters/<letter_id>/approve)
    sent_letter = letter_factories.sent_invitations(meeting, "AUT")["AUT"]
    campaign_factories.cets_2015("CETS 197")
    received = receive(name="note.txt", data=NOTE, by=None)
    item = add_agenda_item(meeting=meeting, number="1", title="Opening", by=None)
    negotiation = negotiation_factories.process("TIP-RES")
    proposal = negotiation_factories.propose(negotiation, "BEL", "delete", "OP3")
    job = start_job(kind="outbox", params={}, by=None)  # nothing queued: done, with no file
    room = factories.room()
    task = add_task(what="Send the list of participants", due_on=dt.date(2030, 4, 1), by=None)
    token, _secret = create_api_token(user=focal_point_state_a, name="script", by=None)
    return {
        "task": task.pk,
        "api_token": token.pk,
        "room": room.pk,
        "venue": room.venue.code,
        "proposal": proposal.pk,
        "job": job.pk,
        "agenda_item": item.pk,
        "meeting": meeting.pk,
        "delegation": austria.pk,
        "version": version.pk,
        "letter": letter.pk,
        "draft_letter": letters[1].pk,  # a draft throughout
        "sent_letter": sent_letter.pk,
        "incoming": received.pk,
        "decision": Decision.objects.order_by("pk").first().symbol,
        "user": focal_point_state_a.pk,
        "group": ensure_secretariat_group().pk,
    }


def _user(persona, request):
    if persona == "anonymous":
        return None
    if persona == "officer":
        return request.getfixturevalue("secretariat_officer")
    if persona == "admin":
        return request.getfixturevalue("admin_user")
    return request.getfixturevalue(persona)


def _url(route, parameters, world):
    if "url" in parameters:
        return "/" + parameters["url"]
    values = {k: str(world.get(v, v)) for k, v in parameters.items() if k not in ("?", "body")}
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], route)
    return "/" + path + (("?" + parameters["?"]) if "?" in parameters else "")


def _answer(response, url, method=GET):
    """ "L" only for the sign-in page that brings the visitor back to ``url`` (``next``); a
    form posted signed out comes back to a page above its POST-only address instead."""
    if response.status_code in (301, 302):
        location = urlsplit(response["Location"])
        if location.path == "/admin/login/":
            return "A"
        if location.path == "/accounts/login/":
            back = [unquote(path) for path in parse_qs(location.query).get("next", [])]
            if method != GET and len(back) == 1 and _above(back[0], url):
                return "L"
            return "L" if back == [url] else f"sign-in page with next={back}"
        return "R"
    return response.status_code


def _above(page, url):
    return page == url or (page.endswith("/") and page.startswith("/") and url.startswith(page))


def test_every_route_is_in_the_table():
    routes = every_route()
    missing = [r for r in routes if r not in TABLE]
    assert not missing, f"add these URL patterns to TABLE: {missing}"
    assert not set(TABLE) - set(routes), "TABLE names patterns that no longer exist"


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_url_answers_each_persona_as_the_table_says(client, request, world, persona):
    user = _user(persona, request)
    column = PERSONAS.index(persona)
    wrong = {}
    for route, (method, parameters, *answers) in TABLE.items():
        if user is not None:
            client.force_login(user)
        url = _url(route, parameters, world)
        if method == GET:
            response = client.get(url)
        else:
            body = parameters.get("body", {})
            response = getattr(client, method)(url, body, content_type="application/json")
        response.close()  # a file answer holds its file open until closed
        answer = _answer(response, url, method)
        if answer != answers[column]:
            wrong[route] = (url, answer, answers[column])
    assert not wrong, "\n".join(
        f"{r}: {u} answered {a}, expected {e}" for r, (u, a, e) in wrong.items()
    )
