"""Arbitrary text and bytes: the reader answers or refuses; nothing else escapes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenipo.reading import read_text
from plenipo.reading.files import ReadError, read_bytes

PIECES = [
    *"abcdefghij 0123456789,.:;()-–\n/ABCDEFJMNOSTW",
    "June",
    "juin",
    "junio",
    "Thursday",
    " 2017",
    "10:00 am",
    "meeting",
    "will be held",
    "from ",
    " to ",
    "Excellency,",
    "Yours sincerely,",
    "Reference: ",
    "by ",
    "CR3",
    "decision 4/4",
    "A/RES/71/287",
    "presents his compliments to ",
    "if needed",
    # treaties and bodies, and the names that hold them ("the Secretariat of the … Convention")
    "Secretariat of the ",
    "Secretariat of the Council of Europe Convention on Action against Trafficking in Human Beings",
    "United Nations Convention against Transnational Organized Crime",
    "Parties to the Convention",
    "Committee of the Parties",
    "Protocol",
    "Dear Ms. Roe,",
    "Jane Roe\nExecutive Secretary",
    "Enclosure: ",
    "no later than ",
    "Room XVII",
    "Note No. 12/2026",
    "Geneva, ",
    "   ",
    # a label, and the wide gaps ``pdftotext -layout`` leaves between columns
    "Ref.: ",
    " " * 40,
]
LETTERISH = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=600), LETTERISH))
def test_read_text_never_raises(text):
    result = read_text(text).to_json()
    assert set(result) >= {"doc_type", "date", "meetings", "deadlines", "evidence"}
    for meeting in result["meetings"]:
        start, end = meeting["evidence"]
        assert 0 <= start <= end <= len(text.replace("\r\n", "\n").replace("\r", "\n"))


# A label, a run of blanks and a line too long to be the label's value: a pattern that tried
# every split of the blanks took minutes on one such line (speed itself is measured by
# bench/reading.py, not here).
LABELLED_LINE = st.tuples(
    st.sampled_from(["Ref: ", "Ref.: 12", "Reference", "Our ref:", "Réf. : 657"]),
    st.integers(0, 200),
    st.text("xy /:", min_size=100, max_size=300),
).map(lambda parts: parts[0] + " " * parts[1] + parts[2])


@settings(max_examples=25, deadline=None)
@given(st.lists(LABELLED_LINE, min_size=1, max_size=3).map("\n".join))
def test_a_labelled_line_run_on_after_blanks_never_raises(text):
    assert read_text(text).to_json()["doc_type"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.eml", "x"]))
def test_read_bytes_only_ever_refuses_with_a_reason(data, name):
    try:
        text, kind = read_bytes(name, data)
    except ReadError as exc:  # a refusal is fine; any other exception fails the test
        text, kind = None, str(exc)
    if text is None:
        assert kind, "a refusal names its reason"
    else:
        assert isinstance(text, str)
        assert kind in {"text", "pdf", "docx", "email", "image"}
