"""Sources: the `sources:` map of data files, and sources cited inline."""

import hashlib

from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.models import Source
from plenipo.core.partialdates import DateBounds, DateError

SOURCE_KEYS = {"title", "url", "symbol", "as_of", "note"}


def source_fields(key: str, spec: dict) -> dict:
    if not isinstance(spec, dict):
        raise InvalidInput(f"source {key!r}: expected a mapping with title and url")
    unknown = set(spec) - SOURCE_KEYS
    if unknown:
        raise InvalidInput(f"source {key!r}: unknown keys {sorted(unknown)}")
    if not spec.get("title"):
        raise InvalidInput(f"source {key!r}: a title is required")
    if not (spec.get("url") or spec.get("symbol")):
        raise InvalidInput(f"source {key!r}: give a url or a document symbol")
    try:
        as_of = DateBounds.parse(spec["as_of"]) if spec.get("as_of") else None
    except DateError as exc:
        raise InvalidInput(f"source {key!r}: as_of: {exc}") from None
    return {
        "title": str(spec["title"])[:500],
        "url": check_text(Source, "url", str(spec.get("url") or ""), what=f"source {key!r}: url"),
        "symbol": check_text(
            Source, "symbol", str(spec.get("symbol") or ""), what=f"source {key!r}: symbol"
        ),
        "note": str(spec.get("note") or ""),
        "as_of": as_of,
    }


def upsert_sources(declared: dict) -> dict[str, Source]:
    """Create or update the declared sources; returns them by key."""
    result = {}
    for key, spec in (declared or {}).items():
        fields = source_fields(key, spec)
        result[key], _ = Source.objects.update_or_create(key=key, defaults=fields)
    return result


def cite_sources(cited: dict) -> dict[str, Source]:
    """Sources cited by table rows: created when new; one already stored is used as it
    is (a row does not carry its notes), provided the row names the same document."""
    result = {}
    for key, spec in (cited or {}).items():
        fields = source_fields(key, spec)
        stored = Source.objects.filter(key=key).first()
        if stored is None:
            result[key] = Source.objects.create(key=key, **fields)
            continue
        differing = [f for f in ("url", "symbol") if fields[f] and fields[f] != getattr(stored, f)]
        if differing:
            raise InvalidInput(
                f"source {key!r} is recorded with another {' and '.join(differing)} "
                f"({stored.reference})"
            )
        result[key] = stored
    return result


def source_key(reference: str, title: str) -> str:
    """A stable key for a source cited inline (an import row, an office form)."""
    digest = hashlib.sha1(f"{reference}|{title}".encode()).hexdigest()[:12]
    return f"cited-{digest}"


def cited_source(*, reference: str, title: str, internal: bool = False) -> Source:
    """The source for a URL or document symbol cited inline, created on first use;
    ``internal`` for the secretariat's own records (a received letter), never shown to
    anyone else."""
    reference, title = (reference or "").strip(), (title or "").strip()
    if not reference or not title:
        raise InvalidInput("cite a source: give its URL (or document symbol) and its title")
    is_url = reference.startswith(("http://", "https://"))
    # A URL or symbol cut short would cite another document: refused, not truncated.
    check_text(Source, "url" if is_url else "symbol", reference, what="the source's reference")
    source, _ = Source.objects.get_or_create(
        key=source_key(reference, title),
        defaults={
            "title": title[:500],
            "url": reference if is_url else "",
            "symbol": "" if is_url else reference,
            "as_of": None,
            "internal": internal,
        },
    )
    return source


def source_shown_to(source, *, secretariat: bool):
    """The source as a reader may see it: an internal one (a received letter and its file
    name) is the secretariat's alone; None when there is nothing to show."""
    if source is None or (source.internal and not secretariat):
        return None
    return source
