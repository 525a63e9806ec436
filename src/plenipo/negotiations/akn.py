"""A version as Akoma Ntoso 3.0 XML, following AKN4UN (the UN system's guidelines). Pure.

AKN4UN models a General Assembly resolution as ``<statement name="resolution">`` (a draft
as ``name="resolutionDraft"``) with ``<meta>`` (FRBR identification), ``<preface>``,
``<preamble>`` (the enacting formula and preambular paragraphs), ``<mainBody>`` (numbered
``<paragraph>`` elements, sub-paragraphs as ``<list>``/``<point>``) and ``<attachments>``
for annexes. IRIs follow the AKN4UN naming convention:

    work           /akn/un/statement/deliberation/un-ga/2017-09-27/A-RES-72-1
    expression     /akn/un/statement/deliberation/un-ga/2017-09-27/A-RES-72-1/eng@2017-09-27
    manifestation  /akn/un/statement/deliberation/un-ga/2017-09-27/A-RES-72-1/eng@2017-09-27/.xml

The actor is the body the text is the work of (``Author``): the body that adopted it, else
the body its mandate tasks with it; where the records name none it is "not stated"
(``NOT_STATED``), never the General Assembly by default.

The document symbol is the number, with "/" written "-" and spaces "_" (AKN4UN, "Numbers
and invalid characters in IRI"). ``eId`` follows position (para_3, para_3__list_1__point_a);
``wId`` carries the paragraph's stable id, which survives renumbering.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from plenipo.negotiations.texts import Kind, TextError, Version, number_of

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


class AknError(ValueError):
    """A version that cannot be identified in Akoma Ntoso; the message is one line."""


@dataclass(frozen=True, slots=True)
class Identity:
    work: str
    expression: str
    manifestation: str


@dataclass(frozen=True, slots=True)
class Author:
    """The body a text is the work of: its ``eId`` in the IRIs and its name."""

    eid: str
    name: str


NOT_STATED = Author("not-stated", "not stated")
GENERAL_ASSEMBLY = Author("un-ga", "General Assembly")
# AKN4UN's identifiers for the bodies it names; any other body goes by its own code.
AKN4UN_ACTORS = {"UNGA": GENERAL_ASSEMBLY.eid}


def body_author(code: str, name: str) -> Author:
    """The author of a text that is the work of the body recorded as ``code``."""
    eid = AKN4UN_ACTORS.get(code) or re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-")
    return Author(eid, name)


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _el(parent, tag: str, text: str | None = None, /, **attributes) -> ET.Element:
    element = ET.SubElement(parent, _tag(tag), {k: v for k, v in attributes.items() if v})
    if text is not None:
        element.text = text
    return element


def iri_number(symbol: str) -> str:
    return symbol.strip().replace("/", "-").replace(" ", "_")


def identity(version: Version, *, work_date: dt.date, actor: str) -> Identity:
    if not version.symbol:
        raise AknError(f"{version.label} has no document symbol; AKN IRIs are built from it")
    if version.date is None:
        raise AknError(f"{version.label} has no date; an AKN expression is identified by it")
    work = (
        f"/akn/un/statement/deliberation/{actor}/{work_date.isoformat()}/"
        f"{iri_number(version.symbol)}"
    )
    expression = f"{work}/eng@{version.date.isoformat()}"
    return Identity(work, expression, f"{expression}/.xml")


def to_akn(
    version: Version,
    *,
    work_date: dt.date | None = None,
    draft: bool | None = None,
    author: Author = NOT_STATED,
) -> str:
    """The XML text of ``version``, the work of ``author`` ("not stated" unless given).
    ``work_date`` is the date of the Work (by default the version's own date); ``draft``
    chooses AKN4UN's resolutionDraft subclass (by default, any version not labelled
    "adopted")."""
    actor, author_name = author.eid, author.name
    work_date = work_date or version.date
    if work_date is None:
        raise AknError(f"{version.label} has no date; an AKN work is identified by it")
    ids = identity(version, work_date=work_date, actor=actor)
    if draft is None:
        draft = version.label.strip().lower() != "adopted"
    root = ET.Element(_tag("akomaNtoso"))
    statement = _el(
        root,
        "statement",
        contains="originalVersion",
        name="resolutionDraft" if draft else "resolution",
    )
    _meta(statement, version, ids, work_date=work_date, actor=actor, author_name=author_name)
    _preface(statement, version)
    _preamble(statement, version)
    main = _el(statement, "mainBody")
    _paragraphs(main, version, annex=0)
    if not list(main):
        raise AknError(f"{version.label} has no operative paragraph; AKN needs a mainBody")
    _attachments(statement, version, ids)
    ET.indent(root)
    # Registered at each writing, not once on import: ElementTree's registry is shared by the
    # whole process, and another library registering its own default drops ours (every
    # element then comes out as "ns0:").
    ET.register_namespace("", NAMESPACE)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _frbr(parent, level: str, *, this: str, uri: str, date: dt.date, date_name: str, author: str):
    container = _el(parent, level)
    _el(container, "FRBRthis", value=this)
    _el(container, "FRBRuri", value=uri)
    _el(container, "FRBRdate", date=date.isoformat(), name=date_name)
    _el(container, "FRBRauthor", href=author)
    return container


def _meta(statement, version, ids: Identity, *, work_date, actor, author_name):
    meta = _el(statement, "meta")
    identification = _el(meta, "identification", source="#plenipo")
    work = _frbr(
        identification,
        "FRBRWork",
        this=f"{ids.work}/!main",
        uri=ids.work,
        date=work_date,
        date_name="work",
        author=f"#{actor}",
    )
    _el(work, "FRBRcountry", value="un")
    _el(work, "FRBRsubtype", value="deliberation")
    _el(work, "FRBRnumber", value=iri_number(version.symbol), showAs=version.symbol)
    if version.title:
        _el(work, "FRBRname", value=version.title)
    expression = _frbr(
        identification,
        "FRBRExpression",
        this=f"{ids.expression}/!main",
        uri=ids.expression,
        date=version.date,
        date_name="version",
        author=f"#{actor}",
    )
    _el(expression, "FRBRversionNumber", value=version.label)
    _el(expression, "FRBRlanguage", language="eng")
    manifestation = _frbr(
        identification,
        "FRBRManifestation",
        this=f"{ids.expression}/!main.xml",
        uri=ids.manifestation,
        date=version.date,
        date_name="generation",
        author="#plenipo",
    )
    _el(manifestation, "FRBRformat", value="application/akn+xml")
    references = _el(meta, "references", source="#plenipo")
    for eid, name in ((actor, author_name), ("plenipo", "Plenipo")):
        _el(
            references,
            "TLCOrganization",
            eId=eid,
            href=f"/akn/ontology/organization/un/{eid}",
            showAs=name,
        )


def _preface(statement, version):
    preface = _el(statement, "preface")
    line = _el(preface, "p")
    _el(line, "docNumber", version.symbol)
    if version.title:
        _el(line, "docTitle", version.title)
    _el(_el(preface, "p"), "docStage", version.label)


def _preamble(statement, version):
    main = [p for p in version.paragraphs if p.annex == 0]
    first_numbered = next((i for i, p in enumerate(main) if p.kind is Kind.OPERATIVE), len(main))
    preambular = main[:first_numbered]
    if not version.formula and not preambular:
        return
    preamble = _el(statement, "preamble")
    if version.formula:
        _el(_el(preamble, "formula", name="enactingFormula"), "p", version.formula)
    container, number = None, 0
    for paragraph in preambular:
        if paragraph.kind is Kind.SUB and container is not None:
            # AKN4UN keeps preambular sub-paragraphs as text lines of their paragraph.
            _el(container, "p", f"{number_of(version, paragraph.pid)} {paragraph.text}")
            continue
        number += 1
        opening = re.match(r"[A-Za-z]+", paragraph.text)
        container = _el(
            preamble,
            "container",
            eId=f"preamble__container_{number}",
            wId=_wid(paragraph.pid),
            name=opening[0].lower() if opening else "preambular",
        )
        _el(container, "p", paragraph.text)


def _wid(pid: str) -> str:
    return "p_" + re.sub(r"[^\w-]", "_", pid)


def _paragraphs(parent, version: Version, *, annex: int):
    """Numbered paragraphs (and, in an annex, unnumbered ones) with their sub-paragraphs."""
    paragraphs = [p for p in version.paragraphs if p.annex == annex]
    if annex == 0:
        first = next((i for i, p in enumerate(paragraphs) if p.kind is Kind.OPERATIVE), None)
        paragraphs = [] if first is None else paragraphs[first:]
    current, points, numbered, unnumbered = None, None, 0, 0
    for paragraph in paragraphs:
        number = number_of(version, paragraph.pid)
        if paragraph.kind is Kind.SUB:
            points = points if points is not None else _open_list(current)
            eid = f"{current.get('eId')}__list_1__point_{number.strip('()')}"
            point = _el(points, "point", eId=eid, wId=_wid(paragraph.pid))
            _el(point, "num", number)
            _el(_el(point, "content"), "p", paragraph.text)
            continue
        points = None
        if paragraph.kind is Kind.OPERATIVE:
            numbered += 1
            eid = f"para_{numbered}"
        else:
            unnumbered += 1
            eid = f"para_u{unnumbered}"
        current = _el(parent, "paragraph", eId=eid, wId=_wid(paragraph.pid))
        if number:
            _el(current, "num", number)
        _el(_el(current, "content"), "p", paragraph.text)


def _open_list(paragraph_element) -> ET.Element:
    """Turn a paragraph's content into the intro of a list, as AKN4UN models (a), (b)."""
    eid = paragraph_element.get("eId")
    content = paragraph_element.find(_tag("content"))
    paragraph_element.remove(content)
    points = _el(paragraph_element, "list", eId=f"{eid}__list_1")
    intro = _el(points, "intro", eId=f"{eid}__list_1__intro")
    for child in list(content):
        intro.append(child)
    return points


def _attachments(statement, version: Version, ids: Identity):
    if not version.annexes:
        return
    attachments = _el(statement, "attachments")
    for number, annex in enumerate(version.annexes, start=1):
        attachment = _el(attachments, "attachment", eId=f"att_{number}")
        doc = _el(attachment, "doc", name="annex")
        meta = _el(doc, "meta")
        identification = _el(meta, "identification", source="#plenipo")
        component = f"!main/annex_{number}"
        work_date = dt.date.fromisoformat(ids.work.split("/")[6])
        for level, base, date in (
            ("FRBRWork", ids.work, work_date),
            ("FRBRExpression", ids.expression, version.date),
            ("FRBRManifestation", ids.expression, version.date),
        ):
            suffix = ".xml" if level == "FRBRManifestation" else ""
            _frbr(
                identification,
                level,
                this=f"{base}/{component}{suffix}",
                uri=base,
                date=date,
                date_name="annex",
                author="#plenipo",
            )
        _el(identification.find(_tag("FRBRWork")), "FRBRcountry", value="un")
        _el(identification.find(_tag("FRBRExpression")), "FRBRlanguage", language="eng")
        preface = _el(doc, "preface")
        line = _el(preface, "p")
        _el(line, "docType", annex.heading)
        if annex.title:
            _el(line, "docTitle", annex.title)
        body = _el(doc, "mainBody")
        _paragraphs(body, version, annex=number)
        if not list(body):
            raise AknError(f"{version.label}: {annex.heading} has no paragraphs")


def parse(xml_text: str) -> ET.Element:
    """The root element of an AKN text; TextError when it is not well-formed."""
    try:
        return ET.fromstring(xml_text)
    except ET.ParseError as error:
        raise TextError(f"not well-formed XML: {error}") from None
