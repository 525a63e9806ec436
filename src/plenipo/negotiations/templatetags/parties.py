"""``{{ code|party_name:names }}`` and ``{{ codes|party_names:names }}``: a party's name
from the names a view read once (``negotiations.queries.party_names``), the code where
none was read, so that a page never shows bare codes ("FRA") it could have named."""

from django import template

register = template.Library()


@register.filter
def party_name(code, names) -> str:
    return (names or {}).get(code) or code


@register.filter
def party_names(codes, names) -> str:
    return ", ".join(party_name(code, names) for code in codes or ())
