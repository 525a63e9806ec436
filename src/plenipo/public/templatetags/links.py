"""``{{ code|state_url }}``, ``{{ code|instrument_url }}``: the address of a state's or an
instrument's page, worked out once per code and process: a status table links each of some
200 parties, a state's page 50 instruments, and ``{% url %}`` resolves the pattern again for
every row."""

import functools

from django import template
from django.urls import get_script_prefix, reverse

register = template.Library()


@register.filter
def state_url(code) -> str:
    return _address(get_script_prefix(), "public:state", str(code))


@register.filter
def instrument_url(code) -> str:
    return _address(get_script_prefix(), "public:instrument", str(code))


@functools.lru_cache(maxsize=4096)
def _address(prefix, name, code) -> str:  # the prefix, a deployment's, is part of every address
    return reverse(name, args=[code])
