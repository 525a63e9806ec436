"""``{{ value|moment }}``: a date and time given as ISO 8601 with its offset
("2017-07-10T18:00:00-04:00"), as people read it beside the zone's name ("2017-07-10, 18:00")."""

import datetime as dt

from django import template

register = template.Library()


@register.filter
def moment(value) -> str:
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d, %H:%M}"
    try:
        return moment(dt.datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return value
