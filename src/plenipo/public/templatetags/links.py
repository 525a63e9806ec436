"""``{{ code|state_url }}``: the address of a state's page, worked out once per state and
process: a status table links each of some 200 parties, and ``{% url %}`` resolves the
pattern again for every row."""

import functools

from django import template
from django.urls import get_script_prefix, reverse

register = template.Library()


@register.filter
def state_url(code) -> str:
    return _state_url(get_script_prefix(), str(code))


@functools.lru_cache(maxsize=4096)
def _state_url(prefix, code) -> str:  # the prefix, a deployment's, is part of every address
    return reverse("public:state", args=[code])
