"""A labelled folder (NAME.txt + NAME.json) read and scored. Pure."""

import json
import re
from pathlib import Path
from urllib.parse import urlparse

from plenipo.reading import read_text
from plenipo.reading.evaluation.score import Scores, score_one


def labelled(folder, names=None):
    """(text path, label) of every labelled letter, or of those named in ``names``."""
    for label_path in sorted(Path(folder).glob("*.json")):
        text_path = label_path.with_suffix(".txt")
        if text_path.exists() and (names is None or label_path.stem in names):
            yield text_path, json.loads(label_path.read_text(encoding="utf-8"))


# One site under two domains, or one edition on two sites: the same documents, laid out
# alike, must fall on one side.
SAME_SITE = {
    "oceanexpert.net": "oceanexpert.org",  # the IOC's document store
    "bitlit.ru": "litbit.ru",  # one library of digitised books under two names
    "skal.fun": "umn.edu",  # a mirror of the University of Minnesota's human rights library
    "franklinpapers.org": "archives.gov",  # the Papers of Benjamin Franklin, as on Founders Online
    "ppeniagara.com": "gc.ca",  # a copy of Global Affairs Canada's Office of Protocol pages
    "cpcjalliance.org": "crimealliance.org",  # the Alliance of NGOs on Crime Prevention
    # one family of document-sharing sites, with the same page chrome ("Upload: … Post on …")
    "dokumen.tips": "pdfslide.net",
    "vdocuments.mx": "pdfslide.net",
    "docplayer.es": "docplayer.net",  # DocPlayer's Spanish edition
    "docplayer.fr": "docplayer.net",  # DocPlayer's French edition
    "legimonaco.mc": "journaldemonaco.gouv.mc",  # Monaco's official texts, as in its Journal
    "histdoc.net": "heninen.net",  # one collection of historical documents under two names
}


# The second level of a country's domain where names are registered under it ("gov.co",
# "com.ar", "org.au", "gub.uy"): a site there keeps its third label.
COUNTRY_SECOND_LEVEL = {
    "ac",
    "co",
    "com",
    "edu",
    "go",
    "gob",
    "gouv",
    "gov",
    "gub",
    "mil",
    "ne",
    "net",
    "nic",
    "or",
    "org",
}


def site_of(url: str) -> str:
    """The site a letter came from, as the split counts sites: its host without 'www.' or
    a port, reduced to its registered name (the last two labels, three under a country's
    "gov.", "com.", "org." …), so that subdomains of one site stay together; one name for a
    site under two domains; an IP address is its own site; the seeds ('seed:…') are one
    site."""
    host = (urlparse(url).hostname or "").rstrip(".").removeprefix("www.")
    if not host:
        return "seed"
    if re.fullmatch(r"[\d.]+", host):
        return host
    labels = host.split(".")
    keep = (
        3 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in COUNTRY_SECOND_LEVEL else 2
    )
    site = ".".join(labels[-keep:])
    return SAME_SITE.get(site, site)


def split_of(folder) -> dict | None:
    """The folder's split into a development and a test part (split.json), if it has one."""
    path = Path(folder) / "split.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def score_parts(folder, reader=read_text, part=None) -> dict:
    """The whole folder's scores, and each part's where the folder is split, with the
    gap between the development and the test part's macro F1; with ``part``, only that
    part's letters are read (so that tuning on the development part never reads the test
    part)."""
    split = split_of(folder)
    if part:
        if not split or part not in ("development", "test"):
            raise ValueError(f"{folder} has no {part} part (no split.json naming it)")
        return score_folder(folder, reader, set(split[part]))
    report = score_folder(folder, reader)
    if split:
        parts = {p: score_folder(folder, reader, set(split[p])) for p in ("development", "test")}
        report["parts"] = parts
        report["gap"] = round(parts["development"]["macro_f1"] - parts["test"]["macro_f1"], 3)
    return report


def score_folder(folder, reader=read_text, names=None) -> dict:
    scores = Scores()
    count = 0
    for text_path, label in labelled(folder, names):
        score_one(scores, reader(text_path.read_text(encoding="utf-8")).to_json(), label)
        count += 1
    return {"documents": count, **scores.report()}
