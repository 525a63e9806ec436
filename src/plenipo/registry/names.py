"""Country names in the six UN languages from CLDR (Babel) and ISO 3166 (pycountry)."""

from functools import cache

import pycountry
from babel import Locale

UN_LOCALES = ("en", "fr", "es", "ru", "ar", "zh")


class UnknownCountry(ValueError):
    pass


@cache
def _locale(code):
    return Locale.parse(code)


def country_names(alpha3: str) -> tuple[str, dict[str, str]]:
    """The alpha-2 code and the CLDR names of an ISO 3166-1 alpha-3 code."""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    if country is None:
        raise UnknownCountry(f"unknown ISO 3166-1 alpha-3 code {alpha3!r}")
    names = {}
    for language in UN_LOCALES:
        names[language] = _locale(language).territories.get(country.alpha_2, country.name)
    return country.alpha_2, names
