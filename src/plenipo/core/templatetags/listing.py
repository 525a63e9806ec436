"""``{{ listing|page_query:n }}``: the link to page n of the same filtered list."""

from django import template

register = template.Library()


@register.filter
def page_query(listing, number) -> str:
    return listing.page_query(number)
