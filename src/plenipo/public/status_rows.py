"""The rows of the status page's party tables, built once in Python: a table at the scale of
the UN Treaty Collection has some 200 rows, and the template language spent more on each
row's dozen tags and filters than the status computation spends on its data."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from plenipo.public.templatetags.links import state_url


def _between(bounds) -> str:
    return f"between {bounds.get('not_before') or '?'} and {bounds.get('not_after') or '?'}"


def _dated(row) -> str:
    return row["date"] or _between(row)


def _entry_into_force(row) -> str:
    if row["entry_into_force"]:
        return row["entry_into_force"]
    if row["entry_into_force_bounds"]:
        return _between(row["entry_into_force_bounds"])
    return "—"


def _party(row):
    if row["party_type"] != "state":
        return row["name"]
    return format_html('<a href="{}">{}</a>', state_url(row["state"]), row["name"])


def _row_class(row) -> str:
    return "" if row["certain"] else ' class="uncertain"'


def party_rows(parties) -> SafeString:
    """``<tr>`` of each party (``status_as_dict``'s "parties"): the party, linked to its page
    when a state; the action; the day of deposit; the entry into force for it."""
    return format_html_join(
        "\n",
        "<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                SafeString(_row_class(row)),
                _party(row),
                row["action"] or "party (instrument not recorded)",
                _dated(row),
                _entry_into_force(row),
            )
            for row in parties
        ),
    )


def signatory_rows(signatories) -> SafeString:
    """``<tr>`` of each signatory not yet a party: its name and the day of signature."""
    return format_html_join(
        "\n",
        "<tr{}><td>{}</td><td>{}</td></tr>",
        ((SafeString(_row_class(row)), row["name"], _dated(row)) for row in signatories),
    )
