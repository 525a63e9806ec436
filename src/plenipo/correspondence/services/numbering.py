"""Reference numbers: sequential per scheme and year, never reused, never duplicated."""

from django.db import IntegrityError, transaction
from django.db.models import F

from plenipo.correspondence.models import ReferenceCounter
from plenipo.correspondence.references import format_reference


def allocate_reference(scheme, year: int) -> str:
    """The next number of ``scheme`` in ``year``.

    The counter row is incremented in the database (``UPDATE … SET last = last + 1``) inside
    the caller's transaction, so two letters numbered at the same moment wait for each other
    and get different numbers; a rolled-back letter gives its number back with it.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                ReferenceCounter.objects.get_or_create(scheme=scheme, year=year)
        except IntegrityError:
            pass  # created by a concurrent transaction: fine, it exists now
        ReferenceCounter.objects.filter(scheme=scheme, year=year).update(last=F("last") + 1)
        last = ReferenceCounter.objects.get(scheme=scheme, year=year).last
    return format_reference(
        scheme.pattern, year=year, seq=last, suffix=scheme.suffix, office=scheme.office.code
    )
