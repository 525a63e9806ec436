"""On an account's page the account manager registers a focal point to speak for a group its
State belongs to (the same rule as ``plenipo add-user --for-group``) or no longer, and
closes or reopens an officer's account, never their own; each change in the audit log with
the values before and after."""

import pytest
from django.contrib.auth.models import Permission

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.registry.models import Organization
from plenipo.registry.services.focal_points import appoint_focal_point
from plenipo.registry.services.users import change_focal_point

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user("manager", password="unused-password-1")
    user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return user


def test_a_focal_point_is_registered_for_its_states_group_and_unregistered(
    client, manager, focal_point_state_a
):
    client.force_login(manager)
    url = f"/office/users/{focal_point_state_a.pk}/groups/"
    saved = client.post(url, {"group": "eu", "change": "register"}, follow=True)
    assert saved.redirect_chain[-1][0] == f"/office/users/{focal_point_state_a.pk}/"
    assert "EU" in saved.content.decode().split('id="speaks-for"')[1].split("</p>")[0]
    assert list(focal_point_state_a.focal_point.groups.values_list("code", flat=True)) == ["EU"]
    entry = ActivityLog.objects.get(action_type="registry.focal_point.groups_changed")
    assert (entry.actor, entry.data["before"], entry.data["after"]) == (manager, [], ["EU"])
    again = client.post(url, {"group": "EU", "change": "register"})
    assert again.status_code == 400
    assert "already speaks for EU" in again.content.decode()
    assert client.post(url, {"group": "EU", "change": "unregister"}).status_code == 302
    assert not focal_point_state_a.focal_point.groups.exists()
    last = (
        ActivityLog.objects.filter(action_type="registry.focal_point.groups_changed")
        .order_by("pk")
        .last()
    )
    assert (last.data["before"], last.data["after"]) == (["EU"], [])


def test_a_group_its_state_is_not_a_member_of_is_refused(client, manager, focal_point_state_a):
    outside = (
        Organization.objects.filter(kind__in=("group", "reio"))
        .exclude(memberships__state__code="AUT")
        .first()
    )
    client.force_login(manager)
    url = f"/office/users/{focal_point_state_a.pk}/groups/"
    refused = client.post(url, {"group": outside.code, "change": "register"})
    assert refused.status_code == 400
    assert f"AUT is not a member of {outside.code}" in refused.content.decode()
    unknown = client.post(url, {"group": "NOPE", "change": "register"})
    assert unknown.status_code == 400
    assert "unknown organization code" in unknown.content.decode()
    assert not focal_point_state_a.focal_point.groups.exists()
    with pytest.raises(InvalidInput, match="not a member"):  # add-user shares the rule
        appoint_focal_point(
            user=focal_point_state_a,
            state=focal_point_state_a.focal_point.state,
            groups=[outside],
            by=None,
        )


def test_an_officer_is_not_a_focal_point_to_register(client, manager, secretariat_officer):
    client.force_login(manager)
    url = f"/office/users/{secretariat_officer.pk}/groups/"
    refused = client.post(url, {"group": "EU", "change": "register"})
    assert refused.status_code == 400
    assert "is not a focal point" in refused.content.decode()


def test_an_officers_account_is_closed_and_reopened_with_an_audit_entry(
    client, manager, secretariat_officer
):
    client.force_login(manager)
    page = f"/office/users/{secretariat_officer.pk}/"
    assert "Close the account" in client.get(page).content.decode()
    closed = client.post(f"{page}open/", {"open": "close"}, follow=True)
    assert "account is closed" in closed.content.decode()
    secretariat_officer.refresh_from_db()
    assert not secretariat_officer.is_active
    entry = ActivityLog.objects.get(action_type="registry.user.changed")
    assert entry.actor == manager
    assert (entry.data["before"], entry.data["after"]) == ({"active": True}, {"active": False})
    twice = client.post(f"{page}open/", {"open": "close"})
    assert twice.status_code == 400
    assert "already closed" in twice.content.decode()
    assert client.post(f"{page}open/", {"open": "open"}).status_code == 302
    secretariat_officer.refresh_from_db()
    assert secretariat_officer.is_active


def test_a_manager_cannot_close_their_own_account(client, manager):
    client.force_login(manager)
    page = f"/office/users/{manager.pk}/"
    assert "Close the account" not in client.get(page).content.decode()
    refused = client.post(f"{page}open/", {"open": "close"})
    assert refused.status_code == 400
    assert "your own account" in refused.content.decode()
    manager.refresh_from_db()
    assert manager.is_active
    assert not ActivityLog.objects.filter(action_type="registry.user.changed").exists()


def test_only_the_account_manager_changes_groups_and_sign_in(client, secretariat_officer):
    client.force_login(secretariat_officer)
    url = f"/office/users/{secretariat_officer.pk}/open/"
    assert client.post(url, {"open": "close"}).status_code == 403
    secretariat_officer.refresh_from_db()
    assert secretariat_officer.is_active


def test_a_manager_who_is_a_focal_point_cannot_close_their_own_account_by_its_form(
    manager, focal_point_state_a
):
    state = focal_point_state_a.focal_point.state
    with pytest.raises(InvalidInput, match="your own account"):
        change_focal_point(
            user=focal_point_state_a, state=state, active=False, by=focal_point_state_a
        )
    focal_point_state_a.refresh_from_db()
    assert focal_point_state_a.is_active
    # Moving one's own focal point without closing the account is still allowed.
    change_focal_point(user=focal_point_state_a, state=state, active=True, by=focal_point_state_a)
    # Another manager closes it.
    change_focal_point(user=focal_point_state_a, state=state, active=False, by=manager)
    focal_point_state_a.refresh_from_db()
    assert not focal_point_state_a.is_active
