"""Offices, reference schemes and templates."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.formulas import LANGUAGES, Genre
from plenipo.correspondence.models import LetterTemplate, ReferenceScheme, SendingOffice
from plenipo.correspondence.placeholders import PlaceholderError, check_placeholders
from plenipo.correspondence.references import ReferencePatternError, check_pattern


def define_office(
    *,
    code,
    name,
    city,
    by,
    organization=None,
    letterhead="",
    signatory=None,
    third_person=None,
    source=None,
) -> SendingOffice:
    office, _ = SendingOffice.objects.update_or_create(
        code=code,
        defaults={
            "name": name,
            "city": city,
            "organization": organization,
            "letterhead": letterhead,
            "signatory": signatory,
            "third_person": third_person or {},
            "source": source,
        },
    )
    log_action(office, "correspondence.office.defined", by=by, data={"code": code})
    return office


def define_scheme(*, office, code, pattern, by, suffix="") -> ReferenceScheme:
    try:
        check_pattern(pattern)
    except ReferencePatternError as exc:
        raise InvalidInput(str(exc)) from None
    scheme, _ = ReferenceScheme.objects.update_or_create(
        office=office, code=code, defaults={"pattern": pattern, "suffix": suffix}
    )
    log_action(scheme, "correspondence.scheme.defined", by=by, data={"pattern": pattern})
    return scheme


@transaction.atomic
def save_template(
    *, name, genre, language, office, body, by, subject="", scheme=None, enclosures=()
) -> LetterTemplate:
    """Create or update a template; an unknown placeholder is refused and named."""
    if genre not in Genre.__members__.values():
        raise InvalidInput(f"unknown genre {genre!r} (known: {', '.join(g.value for g in Genre)})")
    if language not in LANGUAGES:
        raise InvalidInput(f"template {name}: no formulas for language {language!r}")
    try:
        used = check_placeholders(body) | check_placeholders(subject)
    except PlaceholderError as exc:
        raise InvalidInput(f"template {name}: {exc}") from None
    try:
        from django.template import Template  # noqa: PLC0415
        from django.template.exceptions import TemplateSyntaxError  # noqa: PLC0415

        Template(body)
    except TemplateSyntaxError as exc:
        raise InvalidInput(f"template {name}: {exc}") from None
    template, created = LetterTemplate.objects.update_or_create(
        name=name,
        defaults={
            "genre": genre,
            "language": language,
            "office": office,
            "body": body,
            "subject": subject,
            "scheme": scheme,
            "placeholders": sorted(used),
            "enclosures": list(enclosures),
        },
    )
    log_action(
        template,
        f"correspondence.template.{'created' if created else 'updated'}",
        by=by,
        data={"name": name},
    )
    return template


def continue_numbering(*, scheme, year, last, by):
    """Start a scheme's numbering for a year after numbers already given elsewhere."""
    from plenipo.correspondence.models import ReferenceCounter  # noqa: PLC0415

    counter, _ = ReferenceCounter.objects.get_or_create(scheme=scheme, year=year)
    if counter.last > last:
        raise InvalidInput(f"{scheme} has already reached {counter.last} in {year}")
    counter.last = last
    counter.save(update_fields=["last"])
    log_action(counter, "correspondence.counter.set", by=by, data={"year": year, "last": last})
    return counter
