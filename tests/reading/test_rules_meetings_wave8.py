"""Meetings, their times and deadlines in general forms the development letters still
missed, each rule on a short made-up text (wave 8)."""

import datetime as dt

from plenipo.reading.dates import find_dates
from tests.reading.readings import meetings_of, reading


def deadline_days(text):
    return [d["date"] for d in reading(text)["deadlines"]]


def test_a_meeting_held_at_a_place_on_a_day_is_background():
    text = (
        "Quito, 2 May 2031\n\nExcellency,\nFurther to the conclusions of the special session "
        "of the Board, held in Nairobi on 28 May 2031, the Board will meet again on 12 June "
        "2031 in Quito.\nYours sincerely,\n"
    )
    assert meetings_of(text) == [("2031-06-12", None, "scheduled")]


def test_a_session_tenue_a_a_place_le_a_day_is_background():
    text = (
        "Dakar, le 2 mai 2031\n\nMonsieur le Ministre,\nJe voudrais me référer au prochain "
        "sommet qui se tiendra à Dakar du 20 au 21 juin 2031, conformément aux conclusions de "
        "la session extraordinaire du Conseil, tenue à Lomé, le 16 mai 2031.\n"
    )
    assert meetings_of(text) == [("2031-06-20", None, "scheduled")]


def test_the_day_a_term_of_office_begins_is_no_meeting():
    text = (
        "Paris, 3 March 2031\n\nDear Sir/Madam,\nThe chair will serve for a two-year "
        "renewable term, formally beginning on 1 January 2032, and will attend the next "
        "meeting of the Committee, 8-10 April 2031, in Paris.\nYours faithfully,\n"
    )
    assert meetings_of(text) == [("2031-04-08", None, "scheduled")]


def test_the_dateline_of_a_letter_enclosed_is_no_meeting_day():
    text = (
        "2 March 2031\n\nExcellency,\nI have the honour to transmit a letter from the "
        "co-facilitators, who will hold an open meeting on Monday 10 March 2031 at 3 p.m.\n"
        "Yours sincerely, J. Roe Permanent Mission of Ruritania 02 March 2031 Excellency, "
        "As co-facilitators of the consultations we will convene an open meeting with all "
        "delegations.\n"
    )
    assert [m["start_date"] for m in reading(text)["meetings"]] == ["2031-03-10"]


def test_two_days_parted_by_a_slash_take_the_second_days_year():
    [found] = find_dates(
        "the Exchange of Notes of 30 November/2 December 2019", dt.date(2031, 1, 1)
    )
    assert (found.first, found.last) == (dt.date(2019, 11, 30), dt.date(2019, 12, 2))
    text = (
        "The Hague, 4 May 2031\n\nThe Ministry presents its compliments to the Commission "
        "and, with reference to the Exchange of Letters of 3 June 1998 and 30 November/2 "
        "December 2019 between the Government and the Commission, has the honour to "
        "propose the following.\n"
    )
    assert meetings_of(text) == []


def test_a_meeting_bounded_by_a_month_with_its_day_still_to_fix_is_tentative():
    english = (
        "Rome, 5 October 2031\n\nDear Minister,\nAfter consulting several colleagues, I "
        "propose that we hold the Conference of Ministers in late March 2032, on a date to "
        "be determined.\nYours sincerely,\n"
    )
    french = (
        "Paris, le 5 octobre 2031\n\nMonsieur le Ministre,\nJe propose de tenir cette "
        "réunion à fin mars 2032, à une date à préciser.\n"
    )
    for text in (english, french):
        assert [(m["start"], m["status"]) for m in reading(text)["meetings"]] == [
            ("2032-03", "tentative")
        ]


def test_receiving_the_addressee_on_a_day_is_a_visit():
    text = (
        "Madrid, le 2 mars 2031\n\nMonsieur le Premier Ministre,\nJe vous remercie de "
        "votre message. Dans l'attente de vous accueillir le 20 mars à Madrid, je vous prie "
        "d'agréer l'expression de ma haute considération.\n"
    )
    assert meetings_of(text) == [("2031-03-20", None, "scheduled")]


def test_receiving_the_addressee_when_the_guest_can_come_is_tentative():
    english = (
        "London, 3 February 2031\n\nDear Minister,\nCongratulations on your appointment. I "
        "would be glad to welcome you to London as soon as your schedule permits.\n"
        "Yours sincerely,\n"
    )
    french = (
        "Paris, le 3 février 2031\n\nMonsieur le Ministre,\nJe serai très heureux de vous "
        "recevoir à Paris au début de l'année prochaine.\n"
    )
    for text in (english, french):
        assert meetings_of(text) == [(None, None, "tentative")]


def test_receiving_a_document_is_no_visit():
    text = (
        "Oslo, 3 February 2031\n\nDear Colleague,\nWe look forward to receiving your "
        "comments and will send you the report in March 2031.\nYours sincerely,\n"
    )
    assert meetings_of(text) == []


def test_a_day_whose_year_is_named_after_its_month_in_an_old_letter():
    [found] = find_dates("on the 12th day of June of the coming year 1931", None)
    assert (found.first, found.has_year) == (dt.date(1931, 6, 12), True)
    text = (
        "Mr. Secretary:\nI have the honor to inform Your Excellency that the opening of the "
        "Seventh Postal Conference, which is to meet at Lima, has been fixed for the 12th day of "
        "June of the coming year 1931.\nAccept, Sir, the renewed assurances of my highest "
        "consideration.\n"
    )
    assert meetings_of(text) == [("1931-06-12", None, "scheduled")]


def test_a_meeting_organised_in_the_present_on_a_day_is_announced():
    text = (
        "COMMUNIQUÉ\n\nLe Ministère de l'Énergie et le Secrétariat du Pool organisent, le 9 "
        "mars 2032 à l'Hôtel du Fleuve à Bangui, la réunion du Comité technique consacrée au "
        "plan d'interconnexion.\n"
    )
    assert meetings_of(text) == [("2032-03-09", None, "scheduled")]


def starts_of(text):
    return [(m["start"], m["start_date"], m["status"]) for m in reading(text)["meetings"]]


def test_a_meetings_month_without_its_year_is_the_next_such_month():
    english = (
        "Glasgow, 18 February 2031\n\nDear Heads of Delegation,\nWe look forward to working "
        "with you towards a successful COP40 in October. Yours sincerely,\n"
    )
    assert starts_of(english) == [("2031-10", None, "scheduled")]
    french = (
        "Gland, le 4 décembre 2031\n\nLes Parties intéressées seront invitées à examiner le "
        "projet et à se réunir en ligne en février pour en discuter.\n"
    )
    assert starts_of(french) == [("2032-02", None, "scheduled")]


def test_a_month_before_the_letters_own_or_a_dated_one_is_no_yearless_month():
    past = (
        "Geneva, 18 May 2031\n\nDear colleagues,\nAt its meeting in March the Committee "
        "reviewed the draft, which we now share with you.\n"
    )
    assert meetings_of(past) == []
    dated = (
        "Geneva, 18 May 2031\n\nDear colleagues,\nThe Committee will meet in October 2031 "
        "to review the draft.\n"
    )
    assert starts_of(dated) == [("2031-10", None, "scheduled")]


def test_by_naming_the_agent_of_a_thing_done_that_day_sets_no_deadline():
    text = (
        "New York, 14 March 2031\n\nExcellency,\nI have the honour to enclose a letter "
        "concerning the attack by armed groups, launched on 14 March 2031 against the "
        "border villages.\nPlease accept the assurances of my highest consideration.\n"
    )
    assert deadline_days(text) == []


def test_a_day_done_by_already_or_a_condition_sets_no_deadline():
    text = (
        "Gland, 2 September 2031\n\nThe set includes the draft resolutions that have been "
        "submitted by Parties before the deadline of 1 September 2031. Copies will be sent "
        "to participants who have registered by 30 September 2031. Parties are invited to "
        "send their comments by 15 October 2031.\n"
    )
    assert deadline_days(text) == ["2031-10-15"]


def test_a_request_after_a_perfect_keeps_its_deadline():
    text = "Gland, 2 September 2031\n\nParties have been invited to reply by 15 October 2031.\n"
    assert deadline_days(text) == ["2031-10-15"]


def test_a_time_allowed_from_the_letter_is_a_deadline_without_a_day():
    french = (
        "Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade et "
        "l'informe que le Conseiller est déclaré persona non grata. Il est prié de quitter "
        "le territoire national dans les prochaines soixante-douze (72) heures à compter de "
        "la réception de la présente note.\n"
    )
    english = (
        "The Ministry presents its compliments to the Embassy and requests that the attaché "
        "leave the country within forty-eight hours.\n"
    )
    for text in (french, english):
        assert [(d["date"], d["qualifier"][:4]) for d in reading(text)["deadlines"]] in (
            [(None, "dans")],
            [(None, "with")],
        )


def test_a_time_counted_from_another_event_or_no_number_is_no_deadline():
    text = (
        "Within ten days after the arrival of an expert, the Organisation shall notify the "
        "Ministry. En las últimas horas, el Presidente envió la carta.\n"
    )
    assert deadline_days(text) == []


def test_those_a_condition_names_and_a_deadline_told_as_past_set_none():
    text = (
        "Printed copies will be posted to participants registering "
        "before 1 October 2031. By the deadline of 31 August 2031, a total of 52 proposals "
        "were received. Parties are requested to confirm their delegations by 20 October "
        "2031.\n"
    )
    assert deadline_days(text) == ["2031-10-20"]


def test_papers_done_in_a_month_give_no_meetings_month():
    text = (
        "Geneva, 18 January 2031\n\nDear colleagues,\nThe report of the meeting will be "
        "published in March.\nYours sincerely,\n"
    )
    assert meetings_of(text) == []
