"""The reference scorer: candidates of a letter's head and foot, the rules' choice among them
kept or set aside, and the shipped weights as the training script builds them."""

import importlib.util
import json
from pathlib import Path

from plenipo.reading.layout import zones
from plenipo.reading.learned_references import (
    CHOSEN,
    WEIGHTS,
    Candidate,
    _weights,
    candidates,
    chosen_reference,
    features,
    score,
    zone_finder,
)
from plenipo.reading.model import Mention, Span
from tests.reading.readings import reading

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "train_reference", ROOT / "scripts" / "train_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_labelled_reference_is_read():
    text = (
        "Ministry of Foreign Affairs\n\nOur ref.: MFA/TR/2031/118\n\nLima, 3 May 2031\n\n"
        "Dear Colleague,\n\nI write about the meeting of the working group.\n\n"
        "Yours sincerely,\n\nAna Ruiz\n"
    )
    assert reading(text)["reference"] == "MFA/TR/2031/118"


def test_a_symbol_at_the_head_without_a_label_is_read():
    text = (
        "SECRETARIAT OF THE REGIONAL FISHERIES COMMISSION\n\nRFC/CL/2031/07\n\n"
        "14 April 2031\n\nTo: All Members of the Commission\n\n"
        "Dear Sir/Madam,\n\nThe Secretariat has the honour to invite Members to the twelfth "
        "session of the Commission.\n\nYours faithfully,\n\nPaul Dorn\nExecutive Secretary\n"
    )
    assert reading(text)["reference"] == "RFC/CL/2031/07"


def test_a_note_number_cited_in_the_body_is_not_the_letters_own():
    text = (
        "The Embassy of the Republic of Arcadia presents its compliments to the Ministry of "
        "Foreign Affairs and, with reference to the Ministry's note No. 2031/445 of 2 March "
        "2031, has the honour to inform it that the delegation will arrive on 4 May.\n\n"
        "The Embassy avails itself of this opportunity to renew to the Ministry the assurances "
        "of its highest consideration.\n"
    )
    assert reading(text)["reference"] is None
    # weighed and set aside as a number the sentence cites, not only missed
    (cited,) = [c for c in candidates(text, None) if c.text == "2031/445"]
    feats = features(text, cited, None, zone_finder(zones(text)))
    assert "cited=True" in feats
    assert score(_weights(), feats) < CHOSEN
    # the same number heading the note is its own
    heading = "NOTE No. 2031/445\n\n" + text.replace("note No. 2031/445", "note of")
    (own,) = [c for c in candidates(heading, None) if c.text == "2031/445"]
    assert "cited=False" in features(heading, own, None, zone_finder(zones(heading)))


HEADED = (
    "MINISTRY OF FOREIGN AFFAIRS\n\n{value}\n\n14 April 2031\n\nDear Sir/Madam,\n\n"
    "The Ministry has the honour to invite Members to the twelfth session of the Commission."
    "\n\nYours faithfully,\n\nPaul Dorn\nDirector\n"
)


def _guess(text, value, confidence):
    start = text.index(value)
    return Mention(value, Span(start, start + len(value)), confidence)


def test_the_rules_unlabelled_guess_is_weighed_and_a_labelled_reading_kept():
    symbol = HEADED.format(value="MFA/CL/2031/07")
    guess = _guess(symbol, "MFA/CL/2031/07", 0.6)
    assert chosen_reference(symbol, zones(symbol), guess) is guess  # its own evidence kept
    years = HEADED.format(value="2013-2015")
    # a span of years at the head is no letter's number (not_references), unless the rules
    # read it labelled: a sure reading is the rules' own
    assert reading(years)["reference"] is None
    sure = _guess(years, "2013-2015", 0.9)
    assert chosen_reference(years, zones(years), sure) is sure


def test_a_date_or_a_stamp_is_never_a_candidate():
    text = "Printed: 113/11/25 09:28\n\n20/03/2031\n\nNo. 2031/12\n"
    found = [c.text for c in candidates(text, None)]
    assert "113/11/25" not in found
    assert "20/03/2031" not in found
    assert "2031/12" in found
    assert all(isinstance(c, Candidate) and text[c.start : c.end] for c in candidates(text, None))


def test_the_scorer_is_trained_on_the_development_part_only():
    script = (ROOT / "scripts" / "train_reference.py").read_text(encoding="utf-8")
    assert "development_letters" in script
    assert '"test"' not in script


def test_the_shipped_weights_are_what_the_script_builds():
    train_reference = _script()
    letters = list(train_reference.development_letters())
    rebuilt = train_reference.train(
        [train_reference.examples(text, label) for _, text, label in letters]
    )
    assert rebuilt == json.loads(WEIGHTS.read_text(encoding="utf-8"))
