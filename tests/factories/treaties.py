import itertools

from plenipo.treaties.services.instruments import define_instrument
from tests.factories.registry import SourceFactory

# A fictional treaty on the CETS 197 pattern: ten instruments, eight of them by members.
MONTHLY_RULE = {
    "article": "Art. 42",
    "threshold": 10,
    "min_members": {"organization": "COE", "count": 8},
    "delay": {"kind": "first_day_of_month_after_months", "amount": 3},
    "later_delay": {"kind": "first_day_of_month_after_months", "amount": 3},
}


_numbers = itertools.count(1)


def instrument(code=None, *, opened="2005-05-16", eif_rule=None, eligibility=None, **extra):
    """A test instrument defined through the service, as the data loader does."""
    code = code or f"TEST-{next(_numbers)}"
    return define_instrument(
        code=code,
        kind=extra.pop("kind", "convention"),
        titles={"en": f"Test convention {code}"},
        authentic_languages=["en"],
        opened=opened,
        eif_rule=eif_rule if eif_rule is not None else MONTHLY_RULE,
        eligibility=eligibility or {},
        source=SourceFactory(),
        by=None,
        **extra,
    )
