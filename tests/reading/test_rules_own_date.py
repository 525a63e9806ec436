"""Which date is the letter's own: not a web page's or a registry's, not the letter a reply
answers, not a meeting's heading, not a date a hard-wrapped sentence goes on to; the date
after "Fait à …" however far down."""

from plenipo.reading import Reading, read_text
from plenipo.reading.dates import find_dates

BODY = "The Government wishes to inform you of its position on the draft programme of work.\n"
CLOSING = "Yours sincerely,\nJane Roe\n"


def own(text):
    reading = read_text(text).to_json()
    return reading["date"], reading["place"]


def test_a_web_pages_prepared_date_and_a_received_stamp_are_not_the_letters():
    page = f"Dear Clerk,\n\n{BODY * 8}\nThank you.\n\n12 March 2031\n\n\nPrepared 14 June 2031\n"
    assert own(page)[0] == "2031-03-12"
    stamped = f"RECEIVED 19 May 2031\n\nDear Sir,\n\n{BODY}{CLOSING}"
    assert own(stamped)[0] is None


def test_the_letter_a_reply_answers_is_not_the_replys_date():
    reply = (
        "Dear Ms. Roe,\n\nIn reply to your letter of 3 May 2031, I confirm that the "
        f"Government will take part.\n\n{CLOSING}"
    )
    assert own(reply) == (None, None)
    # a heading's "Letter of 14 July 2031 from …" is the letter's own
    heading = f"Translation of the Letter of 14 July 2031 from the Minister\n\nDear Sir,\n{BODY}"
    assert own(heading)[0] == "2031-07-14"


def test_a_date_a_wrapped_sentence_goes_on_to_is_the_sentences():
    for text in (
        f"Dear Colleagues,\n\nThe Government will be pleased to host the regional workshop\n"
        f"on 12 October 2031.\n\n{CLOSING}",
        "INFORMATION NOTE\nMarch 2031\n\nParticipants are kindly requested to register by\n"
        "15 April 2031.\n",
    ):
        assert own(text)[0] in (None, "2031-03"), text


def test_a_meetings_heading_gives_the_meetings_day_not_the_letters():
    invitation = (
        "INVITATION\n\nInformal consultations on the draft programme of work\n"
        f"Fortville, 14 June 2031\n\nDear Delegates,\n\n{BODY}{CLOSING}"
    )
    assert own(invitation) == (None, None)
    atelier = (
        "Atelier régional sur la mise en œuvre\nDakar, 14 juin 2031\n\nChers collègues,\n\n"
        "Vous êtes invités à participer à l'atelier.\n"
    )
    assert own(atelier) == (None, None)
    # under the letter's own dateline, the meeting's heading leaves it the letter's
    dated = (
        "Geneva, 3 June 2031\n\nDear Delegates,\n\n"
        f"Informal consultations\nGeneva, 14 June 2031\n\n{BODY}"
    )
    assert own(dated) == ("2031-06-03", "Geneva")
    # a heading above a blank line is the page's title, the dateline under it the letter's
    titled = f"Meetings of the Bodies in 2032\n\nBonn, 14 December 2031 - {BODY}"
    assert own(titled) == ("2031-12-14", "Bonn")


def test_fait_a_dates_the_text_however_far_down():
    text = (
        "mercredi 8 août 2031 par Le Quotidien\n\n"
        + "Le Secrétaire général informe les ministres qu'un Conseil se tiendra. " * 15
        + "\n\nFait à Abidjan le 7 août 2031\nLe Secrétaire général\n"
    )
    assert own(text) == ("2031-08-07", "Abidjan")


def test_an_ordinal_parted_by_ocr_and_an_old_letters_ordinal():
    assert own(f"Fortville, le 1 er mai 2031\n\nMonsieur,\n\n{BODY}") == ("2031-05-01", "Fortville")
    old = "Department of State,\nWashington, this 3d day of May, 1850.\n\nSir:\n\n" + BODY
    assert own(old) == ("1850-05-03", "Washington")


def test_a_day_a_sentence_gives_after_its_article_is_not_taken_at_the_top():
    note = (
        "Le Secrétaire général présente ses compliments aux représentants permanents et a "
        "l'honneur de se référer à la Convention, entrée en vigueur le 1 er mars 2031.\n"
    )
    assert own(note)[0] is None


def test_an_undated_letter_has_its_letterheads_city_as_its_place():
    letter = (
        "Secretariat of the Convention\nPlatz der Vereinten Nationen 1\n53113 Bonn, Germany\n\n"
        f"Dear Focal Points,\n\n{BODY}{CLOSING}"
    )
    reading = read_text(letter)
    assert own(letter) == (None, "Bonn")
    assert reading.day is None
    # the record goes through JSON and back
    assert Reading.from_json(reading.to_json()).to_json() == reading.to_json()
    assert own(f"Dear Colleagues,\n\n{BODY}{CLOSING}") == (None, None)


def test_a_date_in_words_is_the_letters():
    done = "Done at Fortville, this third day of May two thousand and thirty-one.\n\n" + BODY
    assert own(done)[0] == "2031-05-03"
    assert own("Fortville, le trois mai deux mille trente et un\n\nMonsieur,\n\n" + BODY)[0] == (
        "2031-05-03"
    )
    # a day in words with no month is no date
    assert find_dates("on the first day of the session, in the year 2031") == []
