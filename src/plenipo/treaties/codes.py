"""Instrument codes as people write them: "CETS-197", "CETS No. 197", "cets 197". Pure."""

import re

_NOISE = re.compile(r"[\s\-_.,/()]+|\bNO\b|№", re.IGNORECASE)


def lookup_key(code: str) -> str:
    """Normalise a code or alias for look-up: case, spaces, dashes and "No." do not count."""
    return _NOISE.sub("", code.upper())
