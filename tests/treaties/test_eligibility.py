import pytest

from plenipo.treaties.eligibility import Candidate, NotEntitled, check_entitlement

CETS = {
    "sign": [{"members_of": "COE"}, {"organizations": ["EU"]}],
    "accede": [{"non_members_of": "COE"}],
}
TIP = {
    "sign": [{"all_states": True}],
    "accede": [{"all_states": True}],
    "requires_party_to": "UNTOC",
}


def candidate(code="RUS", members=("COE",), **extra):
    return Candidate(
        code=code, name=code, is_organization=False, member_of=frozenset(members), **extra
    )


def test_a_member_may_sign_and_ratify():
    check_entitlement(CETS, instrument="CETS-197", kind="signature", candidate=candidate())
    check_entitlement(CETS, instrument="CETS-197", kind="ratification", candidate=candidate())


def test_a_member_may_not_accede():
    with pytest.raises(NotEntitled, match=r"not entitled to accede.*signature and ratification"):
        check_entitlement(CETS, instrument="CETS-197", kind="accession", candidate=candidate())


def test_a_non_member_may_not_ratify_but_may_accede():
    outsider = candidate("USA", members=())
    with pytest.raises(NotEntitled, match="may not sign it; it may accede instead"):
        check_entitlement(CETS, instrument="CETS-197", kind="ratification", candidate=outsider)
    check_entitlement(CETS, instrument="CETS-197", kind="accession", candidate=outsider)


def test_ratification_before_the_recorded_signature_is_refused():
    with pytest.raises(NotEntitled, match="precede its recorded signature"):
        check_entitlement(
            CETS, instrument="CETS-197", kind="ratification", candidate=candidate(signed_after=True)
        )


def test_protocol_needs_the_convention():
    with pytest.raises(NotEntitled, match="not a party to UNTOC"):
        check_entitlement(
            TIP,
            instrument="TIP",
            kind="accession",
            candidate=candidate(not_parties_to=frozenset({"UNTOC"})),
        )
