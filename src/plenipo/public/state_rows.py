"""The rows of a state's treaty actions, built once in Python: a page holds 50 instruments
and their actions, and the template language spent more on each row's tags than the query
on its data."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from plenipo.public.templatetags.links import instrument_url
from plenipo.public.templatetags.sources import source_link


def _cells(action) -> SafeString:
    return format_html(
        "<td>{}</td><td>{}</td><td>{}</td>",
        action.get_kind_display(),
        str(action.date),
        source_link(action.source, 60),
    )


def action_rows(groups) -> SafeString:
    """``<tr>`` of each action (``treaties.queries.actions_by_instrument``): the instrument,
    linked, once across its actions' rows; the kind of action; its date; its source."""
    rows = []
    for group in groups:
        code = group.instrument.code
        for position, action in enumerate(group.actions):
            first = ""
            if position == 0:
                first = format_html(
                    '<td rowspan="{}"><a href="{}">{}</a></td>',
                    len(group.actions),
                    instrument_url(code),
                    code,
                )
            rows.append(format_html("<tr>{}{}</tr>", first, _cells(action)))
    return format_html_join("", "{}", ((row,) for row in rows))
