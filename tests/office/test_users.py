"""The office's users page: the secretariat's account manager (``auth.change_user``) sees
every account with its role, creates a focal point or an officer (who sets a password on a
one-time link) and moves or closes a focal point, each change in the audit log; the admin
site is the superusers' alone."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenipo.core.models import ActivityLog
from plenipo.registry.models import FocalPoint, State
from plenipo.registry.roles import SECRETARIAT, ensure_secretariat_group

pytestmark = pytest.mark.django_db
LINK = re.compile(r'<code id="set-password-link">https?://[^/]+(/[^<]+)</code>')
NEW_FOCAL_POINT = {
    "username": "hofer",
    "email": "",
    "role": "focal_point",
    "state": "AUT",
    "mission": "UN-VIE",
    "language": "de",
}


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user("manager", password="unused-password-1")
    user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return user


def test_a_new_focal_point_sets_its_password_on_the_link_and_signs_in(client, manager):
    client.force_login(manager)
    response = client.post("/office/users/", NEW_FOCAL_POINT)
    html = response.content.decode()
    assert response.status_code == 200
    made = FocalPoint.objects.get(user__username="hofer")
    assert (made.state.code, made.mission.code, made.language) == ("AUT", "UN-VIE", "de")
    assert not made.user.has_usable_password()
    entry = ActivityLog.objects.get(action_type="registry.user.created")
    assert entry.actor == manager
    path = LINK.search(html).group(1)
    client.logout()
    form = client.get(path, follow=True)
    assert "Set the password" in form.content.decode()
    new = "a long new password 42"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, follow=True
    )
    assert done.redirect_chain[-1][0] == "/accounts/login/"
    assert "Your password is set; sign in with it." in done.content.decode()
    set_entry = ActivityLog.objects.get(action_type="registry.user.password_set")
    assert (set_entry.actor, set_entry.object_id) == (made.user, str(made.user.pk))
    assert new not in str(set_entry.data)
    assert set_entry.data == {"username": "hofer"}
    signed_in = client.post("/accounts/login/", {"username": "hofer", "password": new})
    assert signed_in["Location"] == "/accounts/home/"
    client.logout()
    assert "no longer works" in client.get(path, follow=True).content.decode()


def test_an_officer_is_made_a_member_of_the_secretariat(client, manager):
    client.force_login(manager)
    fields = {**NEW_FOCAL_POINT, "role": "secretariat", "state": "", "mission": ""}
    assert client.post("/office/users/", fields).status_code == 200
    row = client.get("/office/users/").content.decode()
    assert 'data-user="hofer"' in row
    assert "secretariat officer" in row
    assert manager.__class__.objects.get(username="hofer").groups.get().name == SECRETARIAT


def test_an_unknown_state_is_refused_in_one_line_and_nothing_is_made(client, manager):
    client.force_login(manager)
    response = client.post("/office/users/", {**NEW_FOCAL_POINT, "state": "XXX"})
    assert response.status_code == 400
    assert "unknown state code" in response.content.decode()
    assert not manager.__class__.objects.filter(username="hofer").exists()


def test_a_focal_point_is_moved_and_closed_with_an_audit_entry(
    client, manager, focal_point_state_a
):
    client.force_login(manager)
    url = f"/office/users/{focal_point_state_a.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"state": "BEL", "mission": "UN-GE", "active": ""})
    assert response.status_code == 302
    focal_point_state_a.refresh_from_db()
    assert focal_point_state_a.focal_point.state.code == "BEL"
    assert focal_point_state_a.focal_point.mission.code == "UN-GE"
    assert not focal_point_state_a.is_active
    entry = ActivityLog.objects.get(action_type="registry.user.changed")
    assert entry.actor == manager
    assert entry.data["before"]["state"] == "AUT"
    assert entry.data["after"] == {"state": "BEL", "mission": "UN-GE", "active": False}


def test_an_officer_has_no_focal_point_to_change(client, manager, secretariat_officer):
    client.force_login(manager)
    url = f"/office/users/{secretariat_officer.pk}/"
    response = client.post(url, {"state": "BEL", "mission": "", "active": "on"})
    assert response.status_code == 400
    assert "is not a focal point" in response.content.decode()


def test_only_the_account_manager_sees_the_page_and_its_link(client, manager, secretariat_officer):
    client.force_login(secretariat_officer)
    assert client.get("/office/users/").status_code == 403
    assert 'href="/office/users/"' not in client.get("/office/").content.decode()
    manager.groups.add(secretariat_officer.groups.get())
    client.force_login(manager)
    assert 'href="/office/users/"' in client.get("/office/").content.decode()


def test_the_list_reads_in_a_constant_number_of_queries(
    client, manager, focal_point_state_a, django_user_model
):
    client.force_login(manager)
    client.get("/office/users/")
    with CaptureQueriesContext(connection) as few:
        client.get("/office/users/")
    django_user_model.objects.create_user("more").groups.add(ensure_secretariat_group())
    FocalPoint.objects.create(
        user=django_user_model.objects.create_user("more-fp"), state=State.objects.get(code="BEL")
    )
    with CaptureQueriesContext(connection) as more:
        html = client.get("/office/users/").content.decode()
    assert 'data-user="more-fp"' in html
    assert len(more) == len(few)


def test_staff_without_being_superuser_are_kept_out_of_the_admin(client, django_user_model):
    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(content_type__app_label="auth"))
    client.force_login(staff)
    response = client.get("/admin/auth/user/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_lost_link_is_made_again_for_an_open_account_only(client, manager):
    client.force_login(manager)
    client.post("/office/users/", NEW_FOCAL_POINT)
    account = manager.__class__.objects.get(username="hofer")
    url = f"/office/users/{account.pk}/"
    again = client.post(url, {"password_link": "1"})
    assert again.status_code == 200
    assert LINK.search(again.content.decode())
    assert ActivityLog.objects.get(action_type="registry.user.password_link").actor == manager
    account.is_active = False
    account.save()
    refused = client.post(url, {"password_link": "1"})
    assert refused.status_code == 400
    assert "hofer is closed" in refused.content.decode()
    assert not LINK.search(refused.content.decode())


def test_an_account_manager_outside_the_secretariat_finds_the_page_from_its_start_page(
    client, manager
):
    client.force_login(manager)
    assert 'href="/office/users/"' in client.get("/accounts/home/").content.decode()
