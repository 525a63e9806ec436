"""``{{ value|count }}``: a count as people read it ("43", "43–45", "at least 148"; "none
recorded" where nothing is recorded and no source shows the records complete: "at least 0"
reads as a figure the data do not give)."""

from django import template

from plenipo.core.partialdates import Count

register = template.Library()


@register.filter
def count(value) -> str:
    if value is None:
        return "—"
    counted = value if isinstance(value, Count) else Count.from_dict(value)
    if counted.min == 0 and counted.max is None:
        return "none recorded"
    return str(counted)
