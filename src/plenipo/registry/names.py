"""Names of states: the UN's own names with their periods of use, and CLDR's names.

Pure Python (no Django). Two sources of names live here:

* ``country_names`` gives CLDR's (Babel's) names in the six UN languages for an ISO code;
  they are today's everyday names ("Russia", "Congo - Brazzaville"), not the UN's.
* ``load_names``/``name_on`` read ``data/registry/names/un-names.yaml``: the names the
  United Nations itself used (scheme ``un``, from UNTERM and M49) and the Council of
  Europe's names where they differ (scheme ``coe``), each record with the period in which
  it was in use, so that a status on a given day can be named as the UN named it then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

import pycountry
import yaml
from babel import Locale

from plenipo.core.partialdates import DateBounds, DateError

UN_LOCALES = ("en", "fr", "es", "ru", "ar", "zh")
LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
SCHEMES = ("un", "coe")
KINDS = ("short", "formal")
FALLBACK_LANGUAGE = "en"
FALLBACK_SCHEME = "un"
NON_ISO_CODES = frozenset({"EU"})
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "registry" / "un-names.yaml"

_RECORD_KEYS = {
    "state",
    "scheme",
    "short",
    "formal",
    "article",
    "from",
    "until",
    "sources",
    "source",
    "note",
}
# The articles UNTERM marks on short names, by language ("sans article": none is used).
ARTICLES = {
    "fr": ("l'", "le", "la", "les", "sans article"),
    "es": ("el", "la", "los", "las"),
}


class UnknownCountry(ValueError):
    pass


class NamesError(ValueError):
    """A names file or record that cannot be used; the message is one line."""


# CLDR names ---------------------------------------------------------------------------


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


# Records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameRecord:
    """The names one scheme gave one state during one period.

    ``start`` is the first day of use (None: in use before the period covered); ``end``
    is the first day no longer in use (None: still in use). Either may be a bounded
    day (a month, a year, or not-before/not-after bounds).
    """

    state: str
    scheme: str
    short: Mapping[str, str]
    formal: Mapping[str, str]
    start: DateBounds | None
    end: DateBounds | None
    sources: tuple[str, ...]
    note: str = ""
    article: Mapping[str, str] = field(default_factory=dict)

    def names(self, kind: str) -> Mapping[str, str]:
        return self.short if kind == "short" else self.formal

    def label(self) -> str:
        return f"{self.state} {self.scheme}"


@dataclass(frozen=True, slots=True)
class StateName:
    """A name found by ``name_on``, with what had to be assumed to find it."""

    text: str
    language: str
    record: NameRecord
    language_fallback: bool = False
    scheme_fallback: bool = False
    before_first_record: bool = False
    after_last_record: bool = False
    uncertain: bool = False

    def __str__(self) -> str:
        return self.text

    @property
    def exact(self) -> bool:
        """True when nothing was assumed: the asked scheme, language and period."""
        return not (
            self.language_fallback
            or self.scheme_fallback
            or self.before_first_record
            or self.after_last_record
            or self.uncertain
        )


def _where(record: Mapping, index: int) -> str:
    state = record.get("state") if isinstance(record, Mapping) else None
    return f"names[{index}]" + (f" ({state})" if state else "")


def _read_names(value, where: str, kind: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise NamesError(f"{where}: {kind} must be a map of language to name")
    names = {}
    for language, text in value.items():
        if language not in LANGUAGES:
            raise NamesError(
                f"{where}: unknown language {language!r} in {kind} (use {', '.join(LANGUAGES)})"
            )
        if not isinstance(text, str) or not text.strip():
            raise NamesError(f"{where}: empty {kind} name for {language}")
        names[language] = text.strip()
    return names


def _read_articles(value, where: str, short: Mapping[str, str]) -> dict[str, str]:
    """The ``article:`` map: a known article for a language whose short name is given."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise NamesError(f"{where}: article must be a map of language to article")
    for language, article in value.items():
        if language not in ARTICLES:
            raise NamesError(
                f"{where}: no articles are known for {language!r} (use {', '.join(ARTICLES)})"
            )
        if article not in ARTICLES[language]:
            raise NamesError(
                f"{where}: unknown {language} article {article!r} "
                f"(use {', '.join(repr(a) for a in ARTICLES[language])})"
            )
        if language not in short:
            raise NamesError(f"{where}: an article for {language} but no {language} short name")
    return dict(value)


def _read_date(value, where: str, key: str) -> DateBounds | None:
    if value is None:
        return None
    try:
        return DateBounds.parse(value)
    except DateError as exc:
        raise NamesError(f"{where}: {key}: {exc}") from None


def _read_sources(record: Mapping, where: str, known: Mapping | None) -> tuple[str, ...]:
    sources = record.get("sources") or ([record["source"]] if record.get("source") else [])
    if isinstance(sources, str) or not all(isinstance(s, str) and s for s in sources):
        raise NamesError(f"{where}: sources must be a list of source ids")
    if not sources:
        raise NamesError(f"{where}: no source: every record names its source")
    if known is not None:
        unknown = [s for s in sources if s not in known]
        if unknown:
            raise NamesError(f"{where}: unknown source {unknown[0]!r}")
    return tuple(sources)


def read_record(
    record: Mapping, index: int = 0, known_sources: Mapping | None = None
) -> NameRecord:
    """One record as written in the names file, checked key by key."""
    where = _where(record, index)
    if not isinstance(record, Mapping):
        raise NamesError(f"{where}: a record must be a map")
    unknown = set(record) - _RECORD_KEYS
    if unknown:
        raise NamesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    state = str(record.get("state") or "").strip().upper()
    if not (state in NON_ISO_CODES or (len(state) == 3 and state.isalpha())):
        raise NamesError(
            f"{where}: state must be an ISO 3166-1 alpha-3 code, not {record.get('state')!r}"
        )
    scheme = record.get("scheme", "un")
    if scheme not in SCHEMES:
        raise NamesError(f"{where}: unknown scheme {scheme!r} (use {', '.join(SCHEMES)})")
    short = _read_names(record.get("short"), where, "short")
    formal = _read_names(record.get("formal"), where, "formal")
    if not short and not formal:
        raise NamesError(f"{where}: neither a short nor a formal name")
    start = _read_date(record.get("from"), where, "from")
    end = _read_date(record.get("until"), where, "until")
    if start and end and start.not_before and end.not_after and end.not_after <= start.not_before:
        raise NamesError(f"{where}: until ({end}) is not after from ({start})")
    return NameRecord(
        state=state,
        scheme=scheme,
        short=short,
        formal=formal,
        start=start,
        end=end,
        sources=_read_sources(record, where, known_sources),
        note=str(record.get("note") or ""),
        article=_read_articles(record.get("article"), where, short),
    )


def read_records(data: Mapping) -> list[NameRecord]:
    """All records of a loaded names file (``sources`` and ``names``), validated."""
    if not isinstance(data, Mapping) or not isinstance(data.get("names"), list):
        raise NamesError("a names file needs a 'names:' list")
    known = data.get("sources")
    if known is not None and not isinstance(known, Mapping):
        raise NamesError("'sources:' must be a map of source id to source")
    records = [read_record(record, index, known) for index, record in enumerate(data["names"])]
    validate(records)
    return records


def load_names(path: Path | str = DEFAULT_PATH) -> list[NameRecord]:
    """Read and validate a names file (by default the built-in one)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise NamesError(f"{path.name}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise NamesError(f"{path.name}:{line} is not valid YAML") from None
    try:
        return read_records(data)
    except NamesError as exc:
        raise NamesError(f"{path.name}: {exc}") from None


# Validation ---------------------------------------------------------------------------


def _earliest(bounds: DateBounds | None) -> dt.date:
    return bounds.not_before if bounds and bounds.not_before else dt.date.min


def _latest(bounds: DateBounds | None) -> dt.date:
    return bounds.not_after if bounds and bounds.not_after else dt.date.max


def _first_name(record: NameRecord, kind: str) -> str:
    names = record.names(kind)
    return names.get(FALLBACK_LANGUAGE) or next(iter(names.values()))


def _overlap_message(earlier: NameRecord, later: NameRecord, kind: str) -> str:
    first, second = _first_name(earlier, kind), _first_name(later, kind)
    if earlier.end is None:
        return (
            f"{earlier.label()} {kind}: {first!r} has no 'until' but {second!r} "
            f"starts {later.start or 'before the period covered'}"
        )
    return (
        f"{earlier.label()} {kind}: {first!r} (until {earlier.end}) overlaps "
        f"{second!r} (from {later.start or 'before the period covered'})"
    )


def validate(records: Iterable[NameRecord]) -> None:
    """Refuse overlapping periods for the same state, scheme and kind of name.

    Periods are [from, until). A change whose day is only bounded may appear as the
    same bounds in the earlier record's ``until`` and the later record's ``from``;
    records overlap when the earlier one certainly ends after the later one certainly
    starts, or when the earlier one never ends.
    """
    groups: dict[tuple[str, str, str], list[NameRecord]] = {}
    for record in records:
        for kind in KINDS:
            if record.names(kind):
                groups.setdefault((record.state, record.scheme, kind), []).append(record)
    for (_, _, kind), group in groups.items():
        group.sort(key=lambda r: (_earliest(r.start), _latest(r.start)))
        for earlier, later in pairwise(group):
            if earlier.end is None or _earliest(earlier.end) > _latest(later.start):
                raise NamesError(_overlap_message(earlier, later, kind))


# Look-up ------------------------------------------------------------------------------


def _coverage(record: NameRecord, day: dt.date) -> str:
    """'certain', 'possible' or 'no': whether the record's period covers ``day``."""
    started_surely = record.start is None or record.start.certainly_by(day)
    started_maybe = record.start is None or record.start.possibly_by(day)
    ended_surely = record.end is not None and record.end.certainly_by(day)
    ended_maybe = record.end is not None and record.end.possibly_by(day)
    if started_surely and not ended_maybe:
        return "certain"
    if started_maybe and not ended_surely:
        return "possible"
    return "no"


def _candidates(records, state: str, scheme: str, kind: str) -> list[NameRecord]:
    found = [r for r in records if r.state == state and r.scheme == scheme and r.names(kind)]
    return sorted(found, key=lambda r: (_earliest(r.start), _latest(r.start)))


def _pick_record(candidates: list[NameRecord], day: dt.date) -> tuple[NameRecord, dict]:
    by_coverage = {"certain": [], "possible": [], "no": []}
    for record in candidates:
        by_coverage[_coverage(record, day)].append(record)
    if by_coverage["certain"]:
        return by_coverage["certain"][0], {}
    if by_coverage["possible"]:
        # The change is not known to have happened yet: keep the name in use before it.
        return by_coverage["possible"][0], {"uncertain": True}
    started = [r for r in candidates if r.start is None or r.start.possibly_by(day)]
    if not started:
        return candidates[0], {"before_first_record": True}
    return started[-1], {"after_last_record": True}


def _pick_language(names: Mapping[str, str], language: str) -> tuple[str, str]:
    if language in names:
        return names[language], language
    if FALLBACK_LANGUAGE in names:
        return names[FALLBACK_LANGUAGE], FALLBACK_LANGUAGE
    fallback = next(lang for lang in LANGUAGES if lang in names)
    return names[fallback], fallback


def name_on(
    records: Iterable[NameRecord],
    state: str,
    day: dt.date,
    *,
    scheme: str = "un",
    kind: str = "short",
    language: str = "en",
) -> StateName | None:
    """The name a scheme gave a state on ``day``, or None when no record names it.

    Fallbacks, each flagged on the result (``exact`` is False after any of them):

    * scheme: a state with no record of that kind in the asked scheme (e.g. ``coe``,
      which records only the names that differ from the UN's) is named by ``un``
      (``scheme_fallback``);
    * date: a day before the earliest record gets the earliest record
      (``before_first_record``); a day after a record ended, with no later record in
      use, gets the last record begun by then (``after_last_record``); a day inside a
      change whose day is only bounded gets the name in use before the change
      (``uncertain``);
    * language: a language the record lacks is answered in English, or else in the
      first language the record has, in the order en, fr, es, ru, zh, ar
      (``language_fallback``; ``language`` says which language was given).
    """
    if scheme not in SCHEMES:
        raise NamesError(f"unknown scheme {scheme!r} (use {', '.join(SCHEMES)})")
    if kind not in KINDS:
        raise NamesError(f"unknown kind of name {kind!r} (use {', '.join(KINDS)})")
    if language not in LANGUAGES:
        raise NamesError(f"unknown language {language!r} (use {', '.join(LANGUAGES)})")
    records = list(records)
    state = state.strip().upper()
    candidates = _candidates(records, state, scheme, kind)
    flags = {}
    if not candidates and scheme != FALLBACK_SCHEME:
        candidates = _candidates(records, state, FALLBACK_SCHEME, kind)
        flags["scheme_fallback"] = True
    if not candidates:
        return None
    record, date_flags = _pick_record(candidates, day)
    text, given = _pick_language(record.names(kind), language)
    return StateName(
        text=text,
        language=given,
        record=record,
        language_fallback=given != language,
        **flags,
        **date_flags,
    )


def names_on(records: Iterable[NameRecord], state: str, day: dt.date, **options) -> dict[str, str]:
    """The name in each of the six languages (see ``name_on`` for options and fallbacks)."""
    records = list(records)
    found = {}
    for language in LANGUAGES:
        name = name_on(records, state, day, language=language, **options)
        if name is not None:
            found[language] = name.text
    return found
