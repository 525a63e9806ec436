"""The sender and addressee scorers: a name signed under the close found where the rules read
no sender, an office signing alone never taken for a person, a rules' answer left as it is,
and the shipped weights as the training script builds them."""

import importlib.util
import json
from pathlib import Path

from plenipo.reading.layout import zones
from plenipo.reading.learned_people import (
    WEIGHTS,
    learned_sender,
    sender_candidates,
    with_learned_people,
)
from plenipo.reading.model import Person, Reading, Span

ROOT = Path(__file__).resolve().parents[2]

SIGNED = (
    "14 April 2031\n\nMr Paul Dorn\nDirector of Fisheries\nMinistry of Agriculture\n\n"
    "Dear Mr Dorn,\n\nThe Secretariat has the honour to invite your country to the twelfth "
    "session of the Commission, to be held in Suva.\n\nYours sincerely,\n\n"
    "{signature}\nExecutive Secretary\n"
)


def _script():
    spec = importlib.util.spec_from_file_location(
        "train_people", ROOT / "scripts" / "train_people.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_name_signed_under_the_close_is_the_sender_where_the_rules_read_none():
    text = SIGNED.format(signature="Jane Roe")
    found = learned_sender(zones(text), None)
    assert found.name == "Jane Roe"
    assert text[found.evidence.start : found.evidence.end] == "Jane Roe"


def test_an_office_signing_alone_is_no_sender():
    text = SIGNED.format(signature="Regional Fisheries Commission")
    labelled = zones(text)
    assert all(c.text != "Regional Fisheries Commission" for c in sender_candidates(labelled))
    assert learned_sender(labelled, None) is None


def test_the_salutation_and_a_post_are_no_candidates():
    names = [c.text for c in sender_candidates(zones(SIGNED.format(signature="Jane Roe")))]
    assert "Executive Secretary" not in names
    assert not any(name.startswith("Dear") for name in names)


def test_a_sender_the_rules_read_is_kept():
    text = SIGNED.format(signature="Jane Roe")
    rules = Person("Ana Ruiz", None, None, Span(0, 8), 0.9)
    reading = Reading(doc_type="letter", language="en", sender=rules)
    assert with_learned_people(reading, text).sender == rules


def test_the_shipped_weights_are_what_the_script_builds():
    train_people = _script()
    letters = list(train_people.development_letters())
    rebuilt = train_people.trained(
        [train_people.examples(text, label) for _, text, label in letters]
    )
    assert rebuilt == json.loads(WEIGHTS.read_text(encoding="utf-8"))
