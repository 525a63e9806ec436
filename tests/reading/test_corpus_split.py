"""The corpus split: every labelled letter on one side, every site on one side, a third held out."""

import json
from pathlib import Path

import pytest

from plenipo.reading.evaluation.corpus import site_of as site

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def labels():
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(CORPUS.glob("*.json"))
        if path.with_suffix(".txt").exists()
    }


@pytest.fixture(scope="module")
def split():
    return json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))


def test_every_label_cites_its_source(labels):
    missing = [name for name, label in labels.items() if not label.get("source", {}).get("url")]
    assert missing == []


def test_every_labelled_letter_is_in_exactly_one_part(labels, split):
    test, development = split["test"], split["development"]
    assert len(test) == len(set(test))
    assert len(development) == len(set(development))
    assert set(test).isdisjoint(development)
    assert set(test) | set(development) == set(labels)


def test_no_site_is_on_both_sides(labels, split):
    test_sites = {site(labels[name]["source"]["url"]) for name in split["test"]}
    development_sites = {site(labels[name]["source"]["url"]) for name in split["development"]}
    assert test_sites.isdisjoint(development_sites)
    assert test_sites == set(split["test_sites"])


def test_the_test_part_holds_28_to_40_percent(labels, split):
    assert 0.28 <= len(split["test"]) / len(labels) <= 0.40


def test_the_seeds_stay_in_development(split):
    assert {"seed_000", "seed_001", "seed_002"} <= set(split["development"])


def test_a_site_is_its_registered_name_without_port_or_subdomain():
    assert site("https://www.wmo.int:443/media/news") == "wmo.int"
    assert site("https://library.wmo.int/doc") == "wmo.int"
    # under a country's second level the third label names the site
    assert site("https://www.cancilleria.gov.co/circular") == "cancilleria.gov.co"
    assert site("https://righttoknow.org.au/request/1") == "righttoknow.org.au"
    assert site("https://parliament.uk/business") == "parliament.uk"
    assert site("http://207.237.157.11/letters/1.htm") == "207.237.157.11"
    assert site("seed:000") == "seed"
