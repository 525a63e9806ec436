"""Import from Word: automatic numbering read from the numbering properties."""

import io
import zipfile

import pytest

from plenipo.negotiations.docx_import import MAX_UNPACKED_BYTES, import_docx
from plenipo.negotiations.texts import Kind, Style, TextError


def _document():
    import docx  # python-docx stays out of module level (start-up speed)

    return docx.Document()


def _numbering(document):
    """One list: decimal "1." at level 0, "(a)" letters at level 1; returns its numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)")]):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    abstract_id = OxmlElement("w:abstractNumId")
    abstract_id.set(qn("w:val"), "90")
    num.append(abstract_id)
    numbering.append(num)
    return "90"


def _numbered(paragraph, num_id, level):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), num_id)
    num_pr.extend([ilvl, num])
    properties.append(num_pr)


def _bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_numbering_gives_operative_and_sub_paragraphs():
    document = _document()
    num_id = _numbering(document)
    document.add_paragraph("Recalling its resolution 64/293,")
    for text, level in [
        ("Calls upon States to act:", 0),
        ("By ratifying the Protocol;", 1),
        ("By implementing it;", 1),
        ("Decides to remain seized of the matter.", 0),
    ]:
        _numbered(document.add_paragraph(text), num_id, level)
    imported = import_docx(_bytes(document), label="Zero draft")
    version = imported.version
    assert imported.warnings == ()
    assert imported.style is Style.RESOLUTION
    assert [version.label_of(p.pid) for p in version.paragraphs] == [
        "PP1", "OP1", "OP1(a)", "OP1(b)", "OP2",
    ]  # fmt: skip
    assert version.by_label("OP1(b)").text == "By implementing it;"
    assert version.by_label("OP2").kind is Kind.OPERATIVE


def test_all_numbered_document_is_a_declaration():
    document = _document()
    num_id = _numbering(document)
    for text in ["We reaffirm our commitment;", "We recognize the role of the Trust Fund."]:
        _numbered(document.add_paragraph(text), num_id, 0)
    imported = import_docx(_bytes(document), label="Zero draft")
    assert imported.style is Style.DECLARATION
    assert list(imported.version.labels.values()) == ["P1", "P2"]


def test_without_numbering_imports_unnumbered_with_a_warning():
    document = _document()
    document.add_paragraph("Recalling its resolution 64/293,")
    document.add_paragraph("Decides to remain seized of the matter.")
    imported = import_docx(_bytes(document), label="Zero draft")
    assert all(p.kind is Kind.PREAMBULAR for p in imported.version.paragraphs)
    (warning,) = imported.warnings
    assert "no recognisable paragraph numbering" in warning
    assert "2 unnumbered paragraphs" in warning


def test_typed_numbers_are_read_as_in_plain_text():
    document = _document()
    document.add_paragraph("Recalling its resolution 64/293,")
    document.add_paragraph("1. Decides to remain seized of the matter.")
    imported = import_docx(_bytes(document), label="Zero draft")
    assert imported.warnings == ()
    assert imported.version.by_label("OP1").text == "Decides to remain seized of the matter."


def test_not_a_word_document_is_refused_in_one_line():
    with pytest.raises(TextError, match="not a readable Word document") as error:
        import_docx(b"plain bytes, not a zip", label="Zero draft")
    assert "\n" not in str(error.value)


def test_a_document_unpacking_beyond_the_limit_is_refused_before_it_is_parsed():
    document = _document()
    document.add_paragraph("The General Assembly,")
    buffer = io.BytesIO(_bytes(document))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", bytes(MAX_UNPACKED_BYTES + 1))
    packed = buffer.getvalue()
    assert len(packed) < 1_000_000  # a small upload...
    with pytest.raises(TextError, match=r"the document unpacks to \d+ MB; the limit is 50 MB$"):
        import_docx(packed, label="Zero draft")  # ...refused, not unpacked


def test_a_document_within_the_limit_is_read_from_its_start(tmp_path):
    document = _document()
    document.add_paragraph("Recalling its resolution 64/293,")
    path = tmp_path / "draft.docx"
    document.save(path)
    for source in (str(path), io.BytesIO(path.read_bytes())):
        imported = import_docx(source, label="Zero draft")
        texts = [p.text for p in imported.version.paragraphs]
        assert texts == ["Recalling its resolution 64/293,"]
