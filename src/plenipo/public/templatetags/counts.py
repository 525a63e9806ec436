"""``{{ value|count }}``: a count as people read it ("43", "43–45", "at least 148")."""

from django import template

from plenipo.core.partialdates import Count

register = template.Library()


@register.filter
def count(value) -> str:
    if value is None:
        return "—"
    return str(value if isinstance(value, Count) else Count.from_dict(value))
