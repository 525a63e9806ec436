"""Instrument codes as people write them: "CETS-197", "CETS No. 197", "cets 197", "STCE n° 197".
Pure."""

import re

_NOISE = re.compile(r"[\s\-_.,/()]+|\bNO\b|\bN[°º]|№", re.IGNORECASE)


# The Council of Europe Treaty Series in French: "STCE n° 197" is "CETS No. 197".
_FRENCH_SERIES = re.compile(r"^STCE(?=\d)")


def lookup_key(code: str) -> str:
    """Normalise a code or alias for look-up: case, spaces, dashes and "No." ("n°") do not
    count, nor the language of the Council of Europe's series."""
    return _FRENCH_SERIES.sub("CETS", _NOISE.sub("", code.upper()))
