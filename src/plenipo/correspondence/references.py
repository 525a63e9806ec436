"""Reference-number patterns such as "CU {year}/{seq} ({suffix})". Pure."""

import string

FIELDS = {"year", "seq", "suffix", "office"}


class ReferencePatternError(ValueError):
    pass


def check_pattern(pattern: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    unknown = names - FIELDS
    if unknown:
        raise ReferencePatternError(
            f"unknown field(s) {sorted(unknown)} in {pattern!r} "
            "(use {year}, {seq}, {suffix}, {office})"
        )
    if "seq" not in names:
        raise ReferencePatternError(f"{pattern!r} has no {{seq}}: numbers would repeat")


def format_reference(
    pattern: str, *, year: int, seq: int, suffix: str = "", office: str = ""
) -> str:
    return pattern.format(year=year, seq=seq, suffix=suffix, office=office)
