"""Who may sign, ratify or accede, from the instrument's final clauses as data. Pure Python.

    {"sign": [{"members_of": "COE"}, {"organizations": ["EU"]}],
     "accede": [{"non_members_of": "COE"}],
     "requires_party_to": "UNTOC"}

Clauses: ``members_of``/``non_members_of`` an organization (on the date of the action),
``all_states``, ``states`` (a list of codes), ``organizations`` (a list of codes) and
``regional_organizations`` (any regional economic integration organization).
"""

from __future__ import annotations

from dataclasses import dataclass

CLAUSE_KEYS = frozenset(
    {
        "members_of",
        "non_members_of",
        "all_states",
        "states",
        "organizations",
        "regional_organizations",
    }
)
RULE_KEYS = frozenset({"sign", "accede", "requires_party_to", "note"})
CONSENT_AFTER_SIGNATURE = frozenset({"ratification", "acceptance", "approval"})


class NotEntitled(ValueError):
    """An action the final clauses do not allow to this party."""


class EligibilityError(ValueError):
    """Eligibility rules that cannot be read."""


@dataclass(frozen=True)
class Candidate:
    code: str
    name: str
    is_organization: bool
    member_of: frozenset[str]  # organizations it certainly belongs to on the action's date
    signed_after: bool = False  # its recorded signature certainly comes after the action
    parties_to: frozenset[str] = frozenset()  # instruments it is certainly party to by then
    not_parties_to: frozenset[str] = frozenset()  # instruments it certainly is not


def validate_rules(rules: dict) -> None:
    if not isinstance(rules, dict):
        raise EligibilityError("eligibility must be a mapping")
    unknown = set(rules) - RULE_KEYS
    if unknown:
        raise EligibilityError(f"unknown eligibility keys: {sorted(unknown)}")
    for key in ("sign", "accede"):
        for clause in rules.get(key, []):
            if not isinstance(clause, dict) or len(clause) != 1 or not set(clause) <= CLAUSE_KEYS:
                raise EligibilityError(
                    f"{key}: each clause is one of {sorted(CLAUSE_KEYS)}, got {clause!r}"
                )


def _matches(clause: dict, candidate: Candidate) -> bool:
    ((key, value),) = clause.items()
    if key == "all_states":
        return not candidate.is_organization and bool(value)
    if key == "members_of":
        return not candidate.is_organization and value in candidate.member_of
    if key == "non_members_of":
        return not candidate.is_organization and value not in candidate.member_of
    if key == "states":
        return not candidate.is_organization and candidate.code in value
    if key == "organizations":
        return candidate.is_organization and candidate.code in value
    if key == "regional_organizations":
        return candidate.is_organization and bool(value)
    return False


def check_entitlement(rules: dict, *, instrument: str, kind: str, candidate: Candidate) -> None:
    """Raise NotEntitled, naming the reason, if ``candidate`` may not do ``kind``."""
    if not rules:
        return
    who = candidate.name
    if kind == "signature" and not any(_matches(c, candidate) for c in rules.get("sign", [])):
        raise NotEntitled(f"{who} is not entitled to sign {instrument}")
    elif kind in CONSENT_AFTER_SIGNATURE:
        # Ratification, acceptance and approval follow a signature. A signature missing from
        # the records is missing data; a party that may not sign is not entitled at all.
        if not any(_matches(c, candidate) for c in rules.get("sign", [])):
            accede = any(_matches(c, candidate) for c in rules.get("accede", []))
            hint = "; it may accede instead" if accede else ""
            raise NotEntitled(
                f"{who} is not entitled to {kind} of {instrument}: it may not sign it{hint}"
            )
        if candidate.signed_after:
            raise NotEntitled(f"{who}: {kind} of {instrument} would precede its recorded signature")
    elif kind == "accession" and not any(_matches(c, candidate) for c in rules.get("accede", [])):
        signers = any(_matches(c, candidate) for c in rules.get("sign", []))
        hint = "; it joins by signature and ratification" if signers else ""
        raise NotEntitled(f"{who} is not entitled to accede to {instrument}{hint}")
    elif kind == "deposit" and not any(
        _matches(c, candidate) for c in (*rules.get("sign", []), *rules.get("accede", []))
    ):
        raise NotEntitled(f"{who} is not entitled to become a party to {instrument}")
    required = rules.get("requires_party_to")
    consenting = kind in CONSENT_AFTER_SIGNATURE | {"accession", "deposit"}
    if required and consenting and required in candidate.not_parties_to:
        raise NotEntitled(
            f"{who} cannot become a party to {instrument}: it is not a party to {required}"
        )
