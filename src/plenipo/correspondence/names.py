"""State names as diplomatic letters write them in English ("the Russian Federation"). Pure."""

import pycountry

# ISO 3166 short names that take the article in running English text.
_WITH_ARTICLE_PREFIXES = (
    "Republic",
    "Russian Federation",
    "United ",
    "Netherlands",
    "Czech Republic",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Holy See",
    "Dominican Republic",
    "Central African",
    "Comoros",
    "Maldives",
    "Marshall Islands",
    "Solomon Islands",
    "Syrian",
    "Democratic",
    "Lao",
    "Sudan",
    "Former",
    "Kingdom",
    "State of",
    "Plurinational",
    "Islamic Republic",
    "Bolivarian Republic",
    "Congo",
    "Federated",
    "Islamic",
    "Bolivarian",
    "Niger",
)
# Where ISO's short name differs from the name the UN uses in its letters.
_UN_STYLE = {
    "CZE": "Czech Republic",
    "TUR": "Türkiye",
    "MDA": "Republic of Moldova",
    "KOR": "Republic of Korea",
    "PRK": "Democratic People's Republic of Korea",
    "IRN": "Islamic Republic of Iran",
    "VEN": "Bolivarian Republic of Venezuela",
    "BOL": "Plurinational State of Bolivia",
    "TZA": "United Republic of Tanzania",
    "FSM": "Federated States of Micronesia",
    "PSE": "State of Palestine",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "USA": "United States of America",
    "MKD": "North Macedonia",
}


def formal_name(alpha3: str) -> str:
    """'Russian Federation', 'Czech Republic', 'Liechtenstein'."""
    if alpha3 in _UN_STYLE:
        return _UN_STYLE[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.name if country else alpha3


def with_article(name: str) -> str:
    """'the Russian Federation', 'Monaco'."""
    if name == "Niger" or name.startswith(_WITH_ARTICLE_PREFIXES):
        return f"the {name}"
    return name
