"""``{% source_link source %}``: a source's title, linked only when it has a web address.

A source known by its document symbol alone (a note verbale, a letter) has nothing to link
to; using the symbol as an ``href`` made a relative link to a page that does not exist."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def source_link(source, length=0):
    if source is None:
        return ""
    title = source.title
    if length and len(title) > length:
        title = title[: length - 1] + "…"
    url = source.url or ""
    if url.startswith(("https://", "http://")):
        return format_html('<a href="{}">{}</a>', url, title)
    if source.symbol and source.symbol not in title:
        return format_html("{} ({})", title, source.symbol)
    return format_html("{}", title)
