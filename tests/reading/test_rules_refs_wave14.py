"""A letter's own reference and date (wave 14): each form on short made-up texts, with a
close variant it must not read."""

import pytest

from tests.reading.readings import reading

BODY_EN = (
    "I am writing to you about the budget of the coming year, which the Committee will "
    "examine at its next session. We count on your support.\n"
)
NOTE_EN = (
    "The Embassy of Ruritania presents its compliments to the Ministry of Foreign Affairs of "
    "Freedonia and has the honour to confirm the agreement reached on the consular post.\n"
)


# A period of years heading a call stands where a symbol would; it numbers nothing.
def test_a_period_of_years_is_no_reference():
    text = f"Call for nominations to the Expert Panel\n2029-2031\n\n{BODY_EN}"
    assert reading(text)["reference"] is None


def test_a_symbol_alone_under_the_heading_is_still_the_reference():
    text = f"Call for nominations to the Expert Panel\nEP/2029-2031\n\n{BODY_EN}"
    assert reading(text)["reference"] == "EP/2029-2031"


# An events page writes a day with its month first: "Mar.26.2031".
def test_a_day_with_its_month_first_is_no_reference():
    text = f"Events\n\nMar.26.2031 Announcement: Call for Applications\n\n{BODY_EN}"
    assert reading(text)["reference"] != "Mar.26.2031"


# A gazette's notice numbers itself, not the note it publishes.
GAZETTE = (
    "Aviso do Chefe do Executivo n.º {number}\n\n"
    "O Chefe do Executivo manda publicar a Nota do Governo de Ruritânia.\n\n"
    "Promulgado em 24 de Agosto de 2031.\n\n"
    "{heading}\n\n" + NOTE_EN
)


def test_a_gazette_acts_number_is_not_the_notes_reference():
    text = GAZETTE.format(number="38/2031", heading="Note of the Embassy of Ruritania")
    assert reading(text)["reference"] is None


def test_a_numbered_note_under_its_own_heading_keeps_its_number():
    text = f"NOTE NO. 35/2029\n\n{NOTE_EN}"
    assert reading(text)["reference"] == "NOTE NO. 35/2029"


# The heading naming the published note and its day dates the note, not the promulgation.
@pytest.mark.parametrize(
    "heading",
    [
        "Note of the Embassy of Ruritania, of 11 January 2030",
        "Nota de la Embajada de Ruritania, de 11 de enero de 2030",
        "Note de l’Ambassade de Ruritanie, du 11 janvier 2030",
    ],
)
def test_a_published_notes_heading_gives_its_date(heading):
    text = GAZETTE.format(number="38/2031", heading=heading)
    assert reading(text)["date"] == "2030-01-11"


def test_a_heading_that_goes_on_after_the_day_is_no_notes_date():
    heading = "Note of the Embassy of Ruritania, of 11 January 2030 on the consular post"
    text = GAZETTE.format(number="38/2031", heading=heading)
    assert reading(text)["date"] != "2030-01-11"


# A news page's stamps: a photograph's credited caption, a post's day and time.
NEWS = "Ministers to meet on the forest plan\n\n{stamp}\n\n" + BODY_EN


@pytest.mark.parametrize(
    "stamp",
    [
        "Jane Roe, the Executive Secretary, on 7 March 2031. © Daily Post",
        "Jane Roe, la Secrétaire exécutive, le 7 mars 2031. © Le Quotidien",
        "07.03.2031 19:20",
    ],
)
def test_a_news_pages_stamp_is_not_the_letters_date(stamp):
    assert reading(NEWS.format(stamp=stamp))["date"] is None


def test_a_day_alone_on_its_line_without_a_stamp_is_the_letters_date():
    assert reading(NEWS.format(stamp="07.03.2031"))["date"] == "2031-03-07"
