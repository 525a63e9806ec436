"""Every page opens with a link past the header's navigation to the page's content, so that
keyboard users do not tab through a dozen links first (shown only when focused: the CSS)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/states/", "/accounts/login/", "/office/"])
def test_the_first_link_of_every_page_skips_to_its_content(client, secretariat_officer, url):
    client.force_login(secretariat_officer)
    page = client.get(url).content.decode()
    body = page.split("<body>", 1)[1]
    first = re.search(r"<a [^>]*>[^<]*</a>", body).group(0)
    assert first == '<a class="skip-link" href="#content">Skip to content</a>'
    assert body.index(first) < body.index("<header>")
    assert '<main id="content" tabindex="-1">' in body


def test_the_error_pages_keep_the_skip_link(client):
    response = client.get(reverse("public:state", args=["XXX"]))
    assert response.status_code == 404
    page = response.content.decode()
    assert 'href="#content">Skip to content</a>' in page
    assert 'id="content"' in page
