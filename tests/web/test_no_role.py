"""A signed-in account with no role (neither an officer nor a focal point) or with only part
of the office's permissions: its start page opens, says what the account may do, and every
link of it and of a refusal leads to a page the account can open."""

import re

import pytest
from django.contrib.auth.models import Permission

pytestmark = pytest.mark.django_db
HREF = re.compile(r'href="(/[^"#]*)"')


@pytest.fixture
def no_role(django_user_model):
    return django_user_model.objects.create_user("newcomer", password="unused-password-1")


@pytest.fixture
def task_keeper(django_user_model):
    user = django_user_model.objects.create_user("keeper", password="unused-password-1")
    user.user_permissions.add(Permission.objects.get(codename="change_task"))
    return user


def _links(html):
    return sorted({href for href in HREF.findall(html) if not href.startswith("/static/")})


def _opens(client, href):
    response = client.get(href, follow=True)
    return response.status_code == 200


def test_an_account_with_no_role_lands_on_a_page_saying_so(client, no_role):
    client.force_login(no_role)
    response = client.get("/accounts/home/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "has no role yet" in html
    assert "secretariat" in html
    assert 'href="/office/"' not in html


@pytest.mark.parametrize("persona", ["no_role", "task_keeper"])
def test_every_link_of_a_refusal_and_of_the_start_page_opens(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    refused = client.get("/office/letters/")
    assert refused.status_code == 403
    home = client.get("/accounts/home/", follow=True)
    assert home.status_code == 200
    links = set(_links(refused.content.decode())) | set(_links(home.content.decode()))
    shut = [href for href in sorted(links) if not _opens(client, href)]
    assert shut == []


def test_an_officer_with_part_of_the_rights_is_offered_what_it_may_open(client, task_keeper):
    client.force_login(task_keeper)
    html = client.get("/accounts/home/").content.decode()
    assert 'href="/office/tasks/"' in html
    assert 'href="/office/letters/"' not in html
