"""Defining instruments: codes, titles, final clauses."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds
from plenipo.treaties.codes import lookup_key
from plenipo.treaties.eif import EntryIntoForceRule, RuleError
from plenipo.treaties.eligibility import EligibilityError, validate_rules
from plenipo.treaties.models import Instrument, InstrumentAlias, InstrumentKind


@transaction.atomic
def define_instrument(
    *,
    code,
    kind,
    titles,
    authentic_languages,
    source,
    by,
    short_title="",
    aliases=(),
    supplements=None,
    depositary="",
    depositary_organization=None,
    adoption_symbol="",
    adopted=None,
    opened=None,
    opened_at="",
    eligibility=None,
    eif_rule=None,
    recorded_eif=None,
) -> Instrument:
    """Create or update an instrument; the clauses are validated before anything is saved."""
    _check_clauses(code, kind, titles, eif_rule, eligibility)
    fields = {
        "kind": kind,
        "titles": titles,
        "short_title": short_title,
        "authentic_languages": list(authentic_languages),
        "supplements": supplements,
        "depositary": depositary,
        "depositary_organization": depositary_organization,
        "adoption_symbol": adoption_symbol,
        "opened_at": opened_at,
        "eligibility": eligibility or {},
        "eif_rule": eif_rule or {},
        "source": source,
        "adopted": DateBounds.parse(adopted) if adopted else None,
        "opened": DateBounds.parse(opened) if opened else None,
        "recorded_eif": DateBounds.parse(recorded_eif) if recorded_eif else None,
    }
    instrument, created = Instrument.objects.update_or_create(code=code, defaults=fields)
    # Its titles name it too: a letter or a user may write any of them in full.
    _register_aliases(instrument, {code, *aliases, short_title, *titles.values()} - {""})
    log_action(
        instrument,
        "treaties.instrument.created" if created else "treaties.instrument.updated",
        by=by,
        data={"code": code},
    )
    return instrument


def _check_clauses(code, kind, titles, eif_rule, eligibility) -> None:
    if kind not in InstrumentKind.values:
        raise InvalidInput(f"{code}: unknown instrument kind {kind!r}")
    if not titles or not isinstance(titles, dict):
        raise InvalidInput(f"{code}: give the title in at least one authentic language")
    try:
        if eif_rule:
            EntryIntoForceRule.parse(eif_rule)
        validate_rules(eligibility or {})
    except (RuleError, EligibilityError) as exc:
        raise InvalidInput(f"{code}: {exc}") from None


def _register_aliases(instrument: Instrument, aliases: set[str]) -> None:
    """An alias names one instrument only: one already taken by another is refused, and the
    atomic caller undoes the instrument's save with it."""
    for alias in aliases:
        key = lookup_key(alias)
        taken = InstrumentAlias.objects.filter(key=key).exclude(instrument=instrument).first()
        if taken:
            raise InvalidInput(
                f"alias {alias!r} of {instrument.code} is already used by {taken.instrument}"
            )
        InstrumentAlias.objects.update_or_create(
            key=key, defaults={"instrument": instrument, "alias": alias}
        )
