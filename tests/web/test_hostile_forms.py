"""Every form a signed-in officer or focal point is shown, sent back with hostile values in
every field (empty, too long, NUL characters, markup, impossible numbers and dates, a file
that is not what it says): the answer is a page with a message or a redirect, never a
server error. The forms are found by reading the pages of the access table, so a new form
is tried without being listed here."""

from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.web.test_every_url import GET, TABLE, _url, world  # noqa: F401 -- fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]

HOSTILE = {
    "empty": "",
    "long": "\u00e9" * 20_000,
    "nul": "a\x00b",
    "markup": "<script>alert(1)</script>'\"; --",
    "negative": "-1",
    "huge": "99999999999999999999999",
    "date": "2015-02-30",
    "far": "0001-01-01T25:61",
}


class _Forms(HTMLParser):
    """The POST forms of a page: action and fields (name, type)."""

    def __init__(self):
        super().__init__()
        self.forms, self._current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._current = {"action": attrs.get("action") or "", "fields": []}
            self.forms.append(self._current)
        elif (
            tag in ("input", "select", "textarea")
            and self._current is not None
            and attrs.get("name") not in (None, "", "csrfmiddlewaretoken")
        ):
            self._current["fields"].append((attrs["name"], attrs.get("type", tag)))

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def _forms_on(client, named):
    found = {}
    for route, (method, parameters, *_answers) in TABLE.items():
        if method != GET or route.startswith(("api/", "admin/")):
            continue
        url = _url(route, parameters, named)
        response = client.get(url)
        response.close()  # a file answer holds its file open until closed
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = form["action"] or url.split("?")[0]
            if action.startswith("/") and not action.startswith(("/admin/", "/i18n/")):
                found.setdefault(action, {})
                found[action].update(dict(form["fields"]))
    return found


def _body(fields, value):
    body = {}
    for name, kind in fields.items():
        if kind == "file":
            body[name] = SimpleUploadedFile("letter.pdf", b"%PDF-" + value.encode()[:100])
        else:
            body[name] = value
    return body


@pytest.mark.parametrize("persona", ["officer", "focal_point_state_a"])
def test_no_form_answers_hostile_values_with_a_server_error(client, request, persona):
    user = request.getfixturevalue(
        "secretariat_officer" if persona == "officer" else "focal_point_state_a"
    )
    named = request.getfixturevalue("world")  # one of everything a URL can name
    client.force_login(user)
    forms = _forms_on(client, named)
    assert len(forms) >= (20 if persona == "officer" else 3), sorted(forms)
    if persona == "officer":  # the venue screens' four forms among them
        venue = f"/office/venues/{named['venue']}/"
        office_forms = {
            "/office/venues/",
            venue,
            f"{venue}rooms/new/",
            f"/office/rooms/{named['room']}/",
        }
        assert office_forms <= set(forms), sorted(forms)
    failures = []
    for action, fields in sorted(forms.items()):
        if action.startswith("/accounts/logout"):
            continue
        for label, value in HOSTILE.items():
            client.force_login(user)
            response = client.post(action, _body(fields, value))
            response.close()
            if response.status_code >= 500:
                failures.append(f"{action} with {label} values: {response.status_code}")
    assert not failures, "\n".join(failures)
