"""The layout model: a letter's lines and sentences, each with its zone."""

import json
from pathlib import Path

from plenipo.reading.evaluation.layout_labels import gold_zones
from plenipo.reading.layout import MODEL, ZONES, features, segments, zone_segments, zones
from plenipo.reading.text import normalised

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _zones_of(name):
    text = normalised((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    return [(segment.text, zone) for segment, zone in zones(text)]


def test_the_model_ships_with_the_package():
    assert MODEL.is_file()
    assert MODEL.stat().st_size > 1000


def test_segments_are_lines_and_the_sentences_of_long_lines_at_their_offsets():
    flat = (
        "THE PRESIDENT OF THE GENERAL ASSEMBLY 20 March 2009 Excellency, I have the honour "
        "to refer to resolution 62/276 on the revitalization of the work of the Assembly. "
        "I am pleased to announce the appointment of H.E. Ms. Maria Fernanda Espinosa as "
        "co-chair. Please accept, Excellency, the assurances of my highest consideration. "
        "All Permanent Representatives and Permanent Observers to the United Nations"
    )
    text = f"Ref.: CU 2009/33\n\n{flat}"
    found = segments(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert found[0].text == "Ref.: CU 2009/33"
    assert any(s.text.startswith("All Permanent Representatives") for s in found)
    assert not any(s.text.endswith("H.E.") for s in found)  # "H.E." does not end a sentence


def test_a_letter_is_zoned_as_a_clerk_would():
    zoned = dict(_zones_of("seed_000"))
    assert zoned["Strasbourg, 15 June 2015"] == "date"
    assert zoned["Dear Minister,"] == "salutation"
    assert zoned["Yours sincerely,"] == "closing"
    assert zoned["Thorbjørn Jagland"] == "signature"


def test_text_with_no_zones_gives_zones_without_error():
    assert zones("") == []
    table = "\n".join(f"{n}\t{n * 3}\t{n * 7}" for n in range(40))
    labelled = zones(table)
    assert len(labelled) == 40
    assert {zone for _, zone in labelled} <= set(ZONES)
    assert zone_segments(labelled, "signature", "closing") == [
        s for s, z in labelled if z in ("signature", "closing")
    ]


def test_training_labels_come_from_the_letter_and_its_field_labels():
    name = "seed_002"
    text = normalised((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    gold = dict(zip((s.text for s in segments(text)), gold_zones(text, label), strict=True))
    assert gold["19 June 2017"] == "date"
    assert gold["Peter Thomson"] == "signature"
    assert set(gold.values()) <= set(ZONES)


def test_the_model_is_trained_on_the_development_part_only():
    script = (Path(__file__).resolve().parents[2] / "scripts" / "train_layout.py").read_text()
    assert 'split["development"]' in script
    assert '"test"' not in script


def test_the_shipped_model_is_what_the_script_builds_from_todays_features(tmp_path):
    import importlib.util  # noqa: PLC0415

    import pycrfsuite  # noqa: PLC0415

    script = Path(__file__).resolve().parents[2] / "scripts" / "train_layout.py"
    spec = importlib.util.spec_from_file_location("train_layout", script)
    train_layout = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_layout)
    trainer = pycrfsuite.Trainer(verbose=False)
    letters = list(train_layout.development_letters())
    for _, text, label in letters:
        for items, labels in train_layout.training_sequences(text, label):
            trainer.append(features(items), labels)
    trainer.set_params(train_layout.PARAMS)
    trainer.train(str(tmp_path / "layout.crfsuite"))
    rebuilt, shipped = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    rebuilt.open(str(tmp_path / "layout.crfsuite"))
    shipped.open(str(MODEL))
    for _, text, _ in letters:
        items = features(segments(text))
        assert rebuilt.tag(items) == shipped.tag(items)


def test_a_body_sentence_naming_the_addressee_is_no_line_of_the_address():
    text = (
        "To: Member States of the committee\n"
        "Dear colleagues,\n"
        "Member States are invited to send their comments on the draft by the end of "
        "the month, through their permanent missions, to the secretariat of the committee.\n"
        "Yours sincerely,\n"
        "Jane Doe"
    )
    label = {"addressees": ["Member States of the committee"], "sender": {"name": "Jane Doe"}}
    gold = dict(zip((s.text for s in segments(text)), gold_zones(text, label), strict=True))
    assert gold["To: Member States of the committee"] == "addressee"
    assert gold[text.split("\n")[2]] == "body"
    assert gold["Jane Doe"] == "signature"


def test_a_line_is_placed_against_the_salutation_the_closing_and_the_dates():
    text = (
        "Geneva, 3 May 2021\n"
        "Ms Ann Roe\n"
        "Dear Ms Roe,\n"
        "I write to you about the meeting of the working group and the papers it will need.\n"
        "Yours sincerely,\n"
        "John Smith\n"
        "Director"
    )
    feats = features(segments(text))
    assert feats[1]["to_salutation=-1"] == 1.0  # the addressee's name, just above it
    assert feats[0]["to_first_date=0"] == 1.0
    assert feats[5]["to_closing=1"] == 1.0  # the name under "Yours sincerely,"
    assert feats[6]["to_closing=2"] == 1.0
    assert feats[5]["-1:cue:closing"] == 1.0  # its neighbours' cues and shapes
    assert feats[5]["1:len=0"] == 1.0


def test_the_cross_validation_keeps_each_site_in_one_fold():
    import importlib.util  # noqa: PLC0415
    import sys  # noqa: PLC0415

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    spec = importlib.util.spec_from_file_location("layout_cv", scripts / "layout_cv.py")
    layout_cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(layout_cv)
    letters = [
        (f"letter{n}", "", {"source": {"url": f"https://{host}/doc{n}"}})
        for n, host in enumerate(["a.org", "www.a.org", "docs.a.org", "b.int", "c.net", "b.int"])
    ]
    folds = layout_cv.site_folds(letters, 3)
    assert sorted(i for fold in folds for i in fold) == list(range(6))
    assert any(set(fold) == {0, 1, 2} for fold in folds)  # one site, three hosts
    assert any(set(fold) == {3, 5} for fold in folds)
    report = layout_cv.report([("body", "body"), ("date", "body"), ("date", "date")])
    assert report["date"] == (1.0, 0.5, 2 / 3, 2)
    assert report["body"][:2] == (0.5, 1.0)
