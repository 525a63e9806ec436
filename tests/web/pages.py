"""The HTML pages of the site, read from the every-URL access table: what the titles test
and the narrow-screen browser test walk through."""

from tests.web.test_every_url import GET, PERSONAS, TABLE, _url

# Not pages of Plenipo's own layout: the API (JSON, and Swagger's own UI), the admin,
# downloads (exports, calendars, files) and the sign-out action.
NOT_PAGES = ("api/", "admin/", "files/", "calendar/", "accounts/logout/", "health/")


def is_page(route) -> bool:
    if route in ("api/", "calendar/"):
        return True  # the indexes are pages of the site
    # a file's download: "file.<fmt>", or "…/file/" (a received letter's file as it came)
    return not route.startswith(NOT_PAGES) and "." not in route and not route.endswith("/file/")


def pages_for(persona, world) -> list[str]:
    """The URL of every page ``persona`` may open (200 in the access table)."""
    column = PERSONAS.index(persona)
    return [
        _url(route, parameters, world)
        for route, (method, parameters, *answers) in TABLE.items()
        if method == GET and answers[column] == 200 and is_page(route)
    ]
