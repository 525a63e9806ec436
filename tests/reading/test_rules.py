"""The reader's general rules, each on a short letter written the way many are."""

from plenipo.reading import read_text
from tests.reading.readings import reading


def test_a_signed_mark_with_a_space_and_a_post_before_the_name():
    found = reading(
        "I should be grateful if you would circulate this letter.\n\n"
        "(Signed ): Ambassador Ana Pérez Soto\n\nPermanent Representative of Chile\n"
    )
    assert found["sender"]["name"] == "Ana Pérez Soto"
    assert found["sender"]["title"] == "Permanent Representative of Chile"


def test_a_printed_collections_closing_and_the_post_above_the_name():
    found = reading(
        "Sir: I have the honor to acknowledge the receipt of your note.\n\n"
        "Accept [etc.]\n\nFor the Secretary of State:\nJ. Butler Wright\n"
    )
    assert found["sender"]["name"] == "J. Butler Wright"
    assert "Secretary of State" in found["sender"]["title"]


def test_a_name_alone_on_the_last_line_with_a_particle():
    found = reading(
        "Mr. Secretary of State: I hasten to make known to your excellency this decision.\n\n"
        "F. du Martheray.\n"
    )
    assert found["sender"]["name"] == "F. du Martheray"


def test_a_heading_that_names_the_writer_and_his_post():
    found = reading(
        "Message from the Chairman of the Committee of Ministers, Mr Brian Cowen, Minister "
        "for Foreign Affairs of Ireland, to his colleagues\nThe session will be held on 11 May "
        "2000."
    )
    assert found["sender"]["name"] == "Brian Cowen"
    assert "Chairman of the Committee of Ministers" in found["sender"]["title"]


def test_the_block_of_address_under_his_excellency():
    found = reading(
        "Accept, Excellency, the renewed assurances of my highest consideration.\n\n"
        "(s) Ana Pérez Soto\nAmbassador\n\nHis Excellency\nAmbassador Hernán R. Castro\n"
        "Chair of the Permanent Council\nWashington, D.C.\n"
    )
    assert any("Hernán R. Castro" in who for who in found["addressees"])


def test_a_salutation_to_a_group_names_the_addressees_and_a_generic_one_does_not():
    assert reading("Dear Member States and Observers,\nPlease nominate experts.")["addressees"] == [
        "Member States and Observers"
    ]
    assert reading("Dear Sir/Madam,\nPlease nominate experts.")["addressees"] == []


def test_the_document_symbol_line_and_not_another_letters_number():
    found = reading(
        "Further to our letter to you No. 4/2/2202 dated 2 December 2008, I request a meeting."
        "\n\nDocument symbol: S/2008/754\n"
    )
    assert found["reference"] == "S/2008/754"


def test_a_symbol_followed_by_the_date_at_the_head_of_the_page():
    found = reading("CM Documents CM(2000)72 4 May 2000 106th Session Strasbourg, 10-11 May 2000")
    assert found["reference"] == "CM(2000)72"
    assert found["date"] == "2000-05-04"


def test_the_date_a_heading_gives_the_letter_it_reproduces():
    found = reading(
        "United Nations A/60/783 Distr.: General 19 April 2006\n"
        "Note verbale dated 4 April 2006 from the Permanent Mission of Cuba addressed to the "
        "Secretary-General\nThe Permanent Mission presents its compliments to the Secretary-"
        "General."
    )
    assert found["date"] == "2006-04-04"
    assert found["doc_type"] == "note_verbale"
    assert found["meetings"] == []


def test_dates_written_with_dots_run_into_a_word_or_over_two_months():
    assert reading("Date: 26.04.2022\nThe Secretariat informs Parties.")["date"] == "2022-04-26"
    assert reading("Geneva, 16 March 2005To: Member States\nDear Colleagues,")["date"] == (
        "2005-03-16"
    )
    meeting = reading("The meeting will be held from 28 October to 4 November 2008 in Changwon.")[
        "meetings"
    ][0]
    assert (meeting["start_date"], meeting["end_date"]) == ("2008-10-28", "2008-11-04")


def test_a_year_before_1900_leaves_no_date_to_come():
    found = reading(
        "Washington, April 28, 1906.\nThe conference for the revision of the convention of "
        "August 22, 1864, will meet on June 11 next."
    )
    assert [m["start_date"] for m in found["meetings"]] == ["1906-06-11"]


def test_a_deadline_at_the_end_of_a_month_and_a_deadline_named_with_its_time():
    found = reading(
        "Washington, D. C., February 8, 1904.\nPlease communicate the names of the delegates "
        "by the end of the month of March next at latest."
    )
    assert [d["date"] for d in found["deadlines"]] == ["1904-03-31"]
    found = reading(
        "Rome, 1 October 2001\nThe deadline for submission of nominations is 12.00 hours on "
        "Monday 12 November 2001."
    )
    assert [(d["date"], d["time"]) for d in found["deadlines"]] == [("2001-11-12", "12:00")]
    assert found["deadlines"][0]["what"] == "submission of nominations"


def test_a_meetings_time_with_dots_and_a_room_in_roman_numerals():
    found = reading(
        "Geneva, 15 November 2005\n"
        "Informal consultations will be held on Tuesday, 22 November 2005 from 10.00 a.m. to "
        "1.00 p.m. in room XVII of the Palais des Nations."
    )
    meeting = found["meetings"][0]
    assert (meeting["start_time"], meeting["end_time"], meeting["room"]) == (
        "10:00",
        "13:00",
        "room XVII",
    )


def test_instruments_in_lists_by_initials_and_as_provisions():
    found = reading(
        "Pursuant to resolutions 986 (1995), 1284 (1999) and 1302 (2000), decision IPBES-4/1, "
        "Rule 18 of the Rules of Procedure and Resolution 121 (Marrakesh, 2002)."
    )["instruments_cited"]
    for expected in (
        "S/RES/986 (1995)",
        "S/RES/1284 (1999)",
        "S/RES/1302 (2000)",
        "decision IPBES-4/1",
        "rule 18 of the rules of procedure",
        "resolution 121 (marrakesh, 2002)",
    ):
        assert expected in found


def test_two_enclosures_written_as_one_and_no_enclosure_for_your_information():
    found = reading(
        "Dear Sir/Madam,\nThe Provisional Agenda and an Information Note for Participants (see "
        "Annexes 1 and 2) are enclosed herewith for your information."
    )
    assert [e["description"] for e in found["enclosures"]] == [
        "The Provisional Agenda",
        "an Information Note for Participants",
    ]


def test_a_letter_transmitting_a_note_verbale_is_a_letter():
    found = reading(
        "Carta de fecha 10 de agosto de 2007 dirigida al Presidente del Comité por el Ministro "
        "Consejero\nLa Misión Permanente saluda atentamente al Comité y tiene el honor de "
        "informar."
    )
    assert found["doc_type"] == "letter"


def test_requests_in_the_third_person_and_invitations_to_parties():
    found = reading(
        "The Mission would, therefore, be very grateful if the Secretariat would circulate the "
        "note. The Secretariat invites Parties and observers to submit their views."
    )["requested_actions"]
    assert len(found) == 2


def test_an_hour_range_shares_its_half_of_the_day_and_noon_is_a_time():
    from plenipo.reading.dates import find_time  # noqa: PLC0415

    assert find_time("from 3 to 6 p.m.") == ("15:00", "18:00")
    assert find_time("from 11 to 1 p.m.") == ("11:00", "13:00")
    assert find_time("at noon") == ("12:00", None)


WRAPPED_NOTICE = (
    "Secretariat of the Convention\n"
    "Ref.: SCBD/OES/DC/12345\n"
    "Montreal, 12 March 2015\n"
    "\n"
    "Dear Madam/Sir,\n"
    "I wish to inform you that the third meeting of the working group will be held\n"
    "at the headquarters of the Secretariat on 20 April 2015 from 10 a.m. to 1 p.m.\n"
    "Parties and observers are invited to send their views on the draft agenda to the\n"
    "Secretariat as soon as possible, and the list of their delegates before 1 April 2015.\n"
    "- one representative per Party\n"
    "- two observers per organization\n"
    "Yours sincerely,\n"
    "Jane Roe\n"
    "Executive Secretary\n"
)


def test_a_hard_wrapped_paragraph_reads_as_one_line():
    from plenipo.reading.text import unwrapped  # noqa: PLC0415

    flat = unwrapped(WRAPPED_NOTICE)
    assert len(flat) == len(WRAPPED_NOTICE)
    assert "will be held at the headquarters" in flat
    assert "to the Secretariat as soon as possible" in flat
    # letterhead, list items and the signature block keep their lines
    assert "Secretariat of the Convention\nRef.:" in flat
    assert "possible, and the list of their delegates before 1 April 2015.\n- one" in flat
    assert "\n- two observers per organization\nYours sincerely,\nJane Roe\n" in flat


def test_a_hard_wrapped_letter_gives_its_meeting_time_and_request():
    found = reading(WRAPPED_NOTICE)
    (meeting,) = found["meetings"]
    assert (meeting["start_date"], meeting["start_time"]) == ("2015-04-20", "10:00")
    assert any("send their views" in action for action in found["requested_actions"])
    assert found["sender"]["name"] == "Jane Roe"


def test_the_place_of_the_letterhead_address_where_the_dateline_names_none():
    found = reading(
        "Secretariat of the Convention\nPalais des Nations\n1211 Geneva 10, Switzerland\n"
        "12 March 2015\n\nH.E. Mr. John Roe\nPermanent Mission of Utopia\nNew York, N.Y. 10017\n\n"
        "Dear Sir,\nI have the honour to inform you of the decision.\nYours sincerely,\nJane Doe\n"
    )
    assert (found["date"], found["place"]) == ("2015-03-12", "Geneva")
    # the addressee's address is not where the letter was written
    found = reading(
        "12 March 2015\n\nH.E. Mr. John Roe\nPermanent Mission of Utopia\nNew York, N.Y. 10017\n\n"
        "Dear Sir,\nI have the honour to inform you of the decision.\nYours sincerely,\nJane Doe\n"
    )
    assert found["place"] is None


def test_addressee_lines_of_notifications_and_circulars():
    for line, who in [
        ("TO THE PARTIES", "PARTIES"),
        ("Destinataires : Parties à la Convention", "Parties à la Convention"),
        ("Para: Partes Contratantes", "Partes Contratantes"),
        ("Addressees: Heads of delegation", "Heads of delegation"),
    ]:
        found = reading(
            f"{line}\n\nDear Madam/Sir,\nI have the pleasure to inform you of the meeting.\n"
        )
        assert any(who in addressee for addressee in found["addressees"]), line


def test_a_spanish_dateline_with_a_and_a_post_in_title_case_under_the_name():
    found = reading(
        "Madrid, a 12 de marzo de 2015\n\nSeñor Presidente:\nTengo el honor de informarle de "
        "la decisión.\nAtentamente,\n\nJuan Pérez\nExecutive Secretary\n"
    )
    assert (found["date"], found["place"]) == ("2015-03-12", "Madrid")
    assert found["sender"]["title"] == "Executive Secretary"


def test_a_meeting_given_as_a_form_and_times_as_notices_write_them():
    found = reading(
        "Geneva, 1 April 2015\nDear Sir,\nThe third meeting of the working group:\n"
        "Date: Monday, 20 April 2015\nTime: 10:00 – 13:00\n"
        "Venue: Conference Room 4, Vienna International Centre\n"
        "Yours sincerely,\nJ. Smith\n"
    )
    (meeting,) = found["meetings"]
    assert (meeting["start_date"], meeting["start_time"], meeting["end_time"]) == (
        "2015-04-20",
        "10:00",
        "13:00",
    )
    assert meeting["room"] == "Conference Room 4"
    # a letterhead's "Date:" with no time or venue under it is no meeting
    assert reading("Date: 20 April 2015\nDear Sir,\nI write to you.\n")["meetings"] == []
    for sentence, times in [
        (
            "The meeting will be held on 20 April 2015, 1000-1300 hrs, in Room 3.",
            ("10:00", "13:00"),
        ),
        ("La réunion se tiendra le 20 avril 2015, à 10 h 30.", ("10:30", None)),
        ("La session s'ouvrira le lundi 20 avril 2015 à 10 h.", ("10:00", None)),
        ("The webinar will be held on 20 April 2015 at 1 PM.", ("13:00", None)),
    ]:
        (meeting,) = reading(f"Geneva, 1 April 2015\nDear Sir,\n{sentence}\n")["meetings"]
        assert (meeting["start_time"], meeting["end_time"]) == times, sentence


def test_requests_joined_in_one_sentence_and_in_a_long_one():
    found = reading(
        "Dear Madam/Sir,\nParties are strongly encouraged to nominate experts for the roster "
        "and to submit their views on the draft.\n"
    )
    actions = found["requested_actions"]
    assert len(actions) == 2
    assert actions[1].startswith("submit their views")
    long_sentence = (
        "In view of the decisions adopted at its last meeting, and recalling " + "the earlier "
        "decisions of the Conference of the Parties on this matter, " * 5 + "I would like to "
        "invite all Parties to send their national reports before the next meeting."
    )
    (action,) = reading(f"Dear Madam/Sir,\n{long_sentence}\n")["requested_actions"]
    assert "send their national reports" in action
    found = reading("Madame, Monsieur,\nLa Partie est instamment priée de soumettre son rapport.\n")
    assert found["requested_actions"] == ["submit report"]  # in English, as every request


def test_the_addressees_and_sender_of_notes_verbales_in_three_languages():
    found = reading(
        "The Office for Disarmament Affairs presents its compliments to the Permanent Missions "
        "of Member States, Observer States and intergovernmental organizations and, with "
        "reference to resolution 71/58, has the honour to inform them of the report.\n"
    )
    assert found["addressees"][0].startswith("Permanent Missions of Member States, Observer")
    found = reading(
        "Le Secrétariat présente ses compliments aux Missions permanentes auprès de l'Office "
        "des Nations Unies à Genève et a l'honneur de les informer de la réunion.\n"
    )
    assert found["addressees"][0].startswith("Missions permanentes auprès de l'Office")
    assert found["sender"]["title"] == "Secrétariat"
    found = reading(
        "La Secretaría saluda atentamente a las Misiones Permanentes y tiene el honor de "
        "informarles de la reunión.\n"
    )
    assert found["sender"]["title"] == "Secretaría"


def test_a_memorandums_from_line_and_an_addressee_on_two_lines():
    found = reading(
        "To the Heads of Delegation\nof the OSCE participating States\nFrom: Executive Secretary\n"
        "\nDear Colleagues,\nI write to you about the meeting.\n"
    )
    assert found["addressees"] == ["the Heads of Delegation of the OSCE participating States"]
    assert found["sender"]["title"] == "Executive Secretary"


def test_a_signature_without_a_closing_formula_gives_the_name_beside_the_post():
    body = (
        "Secretariat of the Convention\n\nNOTIFICATION TO THE PARTIES\n\n"
        "The Secretariat informs Parties that the report of the meeting is now available on "
        "the website of the Convention, together with the documents of the meeting.\n\n"
    )
    for block in (
        "Blasco M. Peñaherrera P.\nAmbassador, Permanent Representative\n",
        "Alternate Representative\nErnesto Campos Tenorio\n",
    ):
        footer = (
            "\nWorld Trade Centre\n413 Saint Jacques Street, Suite 800\nTel.: +1 514 288 2220\n"
            "Fax: +1 514 288 6588\nE-mail: secretariat@cbd.int\n"
        )
        sender = reading(body + block + footer)["sender"]
        assert sender["name"] in block, block


CIRCULAR = (
    "4 ALBERT EMBANKMENT\nLONDON SE1 7SR\nTelephone: +44 (0)20 7735 7611\n\n"
    "Circular Letter No.4001\n\n3 March 2020\n\nTo: All Members\n\n"
    "United Nations and specialized agencies\nIntergovernmental organizations\n"
    "Contracting Governments to the International Convention for the Safety of\n"
    "Life at Sea, 1974, which are not Members\n\nSubject: Tenth session of the Committee\n\n"
    "1 The Secretary-General has the honour to invite representation at the tenth session "
    "of the Committee, which will be held at Headquarters.\n"
)


def test_a_circular_letter_in_the_third_person_with_its_list_of_addressees():
    found = reading(CIRCULAR)
    assert found["reference"] == "Circular Letter No.4001"  # as written
    assert found["place"] == "LONDON"
    assert found["sender"]["title"] == "Secretary-General"
    assert found["addressees"] == [
        "All Members",
        "United Nations and specialized agencies",
        "Intergovernmental organizations",
        "Contracting Governments to the International Convention for the Safety of Life at "
        "Sea, 1974, which are not Members",
    ]
    assert (
        "International Convention for the Safety of Life at Sea, 1974"
        in (found["instruments_cited"])
    )
    # one person's address under "To:" is one addressee, not a list
    found = reading("To: Mr John Roe\nMinister for Foreign Affairs\nRepublic of Utopia\n\nSir,\n")
    assert len(found["addressees"]) <= 1


def test_a_french_closing_formula_is_no_request():
    found = reading(
        "Monsieur le Ministre,\nJe vous prie de transmettre mes condoléances aux familles.\n"
        "Je vous prie, Monsieur le Ministre, d'agréer l'expression de ma haute considération.\n"
    )
    assert found["requested_actions"] == ["transmit my condolences to the families"]


def test_a_meeting_that_says_when_it_ends_and_a_time_before_a_wrapped_line():
    found = reading(
        "London, 20 December 2018\n\nThe Secretary-General has the honour to invite "
        "representation at the 101st session of the Committee. The session will commence on "
        "Wednesday, 5 June 2019, at 9.30 a.m. and is expected to end on Friday, 14 June 2019.\n"
    )
    (meeting,) = found["meetings"]
    assert (meeting["start_date"], meeting["end_date"], meeting["start_time"]) == (
        "2019-06-05",
        "2019-06-14",
        "09:30",
    )
    wrapped = (
        "London, 14 July 2017\n\n"
        "1 Pursuant to the decisions of the Committee at its seventieth session, the\n"
        "Secretary-General has the honour to invite participation in the second meeting of the\n"
        "Working Group on Emissions, which has been scheduled to take place from 9.30 a.m.\n"
        "on Monday, 23 to Friday, 27 October 2017, at Headquarters, 4 Albert Embankment, London.\n"
        "The meeting will be conducted in English without interpretation, as decided before.\n"
    )
    (meeting,) = reading(wrapped)["meetings"]
    assert (meeting["start_date"], meeting["end_date"], meeting["start_time"]) == (
        "2017-10-23",
        "2017-10-27",
        "09:30",
    )
    (meeting,) = reading(
        "Paris, 1 June 2010\n\nThe meeting will be held from Tuesday 21 through Friday 24 "
        "September 2010.\n"
    )["meetings"]
    assert (meeting["start_date"], meeting["end_date"]) == ("2010-09-21", "2010-09-24")


def test_a_closing_formula_asks_nothing_and_condolences_enclose_nothing():
    found = reading(
        "Monsieur le Ministre,\nJe vous prie de bien vouloir transmettre mes condoléances aux "
        "agents de votre ambassade.\nVeuillez agréer, je vous prie, Monsieur le Ministre, "
        "l'assurance de ma haute considération.\n"
    )
    assert len(found["requested_actions"]) == 1
    assert found["enclosures"] == []
    found = reading(
        "The Secretariat requests that the present note be communicated to the competent "
        "authorities and avails itself of this opportunity to renew the assurances of its "
        "highest consideration.\n"
    )
    assert len(found["requested_actions"]) == 1


def test_a_web_pages_menu_before_the_letter_is_passed_over_and_offsets_stay_the_pages():
    menu = "".join(f"{item}\n" for item in ["Home", "About us", "News", "Events", "Documents"] * 3)
    letter = (
        "Ref.: SCBD/OES/2015/12\nMontreal, 12 March 2015\n\nDear Madam/Sir,\n"
        "I have the honour to inform you of the meeting.\nYours sincerely,\nJane Roe\n"
        "Executive Secretary\n"
    )
    plain, behind = read_text(letter).to_json(), read_text(menu + letter).to_json()
    for field in ("reference", "date", "place", "sender", "doc_type"):
        assert behind[field] == plain[field], field
    start, end = behind["evidence"]["reference"]
    assert (menu + letter)[start:end] == "SCBD/OES/2015/12"


def test_a_dateline_with_slashes_day_first_unless_the_month_cannot_be():
    body = "\n\nDear Sir,\nI have the honour to inform you of the decision.\n"
    found = reading("Vienna, 12/03/2015" + body)
    assert (found["date"], found["place"]) == ("2015-03-12", "Vienna")
    assert reading("Washington, 03/25/2015" + body)["date"] == "2015-03-25"
    # the figures of a document symbol are no date
    assert reading("SCBD/OES/12/03/2015" + body)["date"] is None


def test_circular_numbers_as_written_and_a_web_pages_publication_date():
    body = "\n\nDear Madam/Sir,\nI have the honour to inform you of the decision.\n"
    assert reading("TSB Circular 245" + body)["reference"] == "TSB Circular 245"
    assert reading("NOTIFICATION TO THE PARTIES No. 2019/017" + body)["reference"] == "2019/017"
    found = reading("Published on 10/05/2017\n\nParis, 14 July 2016" + body)
    assert found["date"] == "2016-07-14"


def test_a_list_of_addressees_in_bullets_or_under_a_bare_to():
    found = reading(
        "To: - Administrations of Member States of the ITU\n     - ITU-T Sector Members\n"
        "     - ITU-T Associates\n\nSubject: Meeting\n\nDear Sir/Madam,\nI write.\n"
    )
    assert found["addressees"] == [
        "Administrations of Member States of the ITU",
        "ITU-T Sector Members",
        "ITU-T Associates",
    ]
    found = reading("To:\nParties to the Convention\nObservers\n\nDear Sir/Madam,\nI write.\n")
    assert found["addressees"] == ["Parties to the Convention", "Observers"]
    found = reading("To:\nMr John Roe\nMinister\nRepublic of Utopia\n\nSir,\nI write.\n")
    # one person's block of address, read whole, however the layout model cuts its lines
    assert found["addressees"] == ["Mr John Roe, Minister, Republic of Utopia"]


def test_the_time_a_meeting_is_given_in_the_next_sentence():
    for sentence, times in [
        ("It will start at 10 a.m.", ("10:00", None)),
        ("Time: 10.00 a.m. to 1.00 p.m.", ("10:00", "13:00")),
        ("The list of 30 participants is attached.", (None, None)),
    ]:
        (meeting,) = reading(
            "Geneva, 1 April 2015\nDear Sir,\nThe consultations will take place on Monday, "
            f"20 April 2015 in Conference Room 2. {sentence}\n"
        )["meetings"]
        assert (meeting["start_time"], meeting["end_time"]) == times, sentence


def test_an_instruments_title_stops_before_the_next_instrument():
    found = reading(
        "Dear Sir,\nThe Convention on Long-range Transboundary Air Pollution and the Paris "
        "Agreement are cited.\n"
    )
    assert "Convention on Long-range Transboundary Air Pollution" in found["instruments_cited"]
    assert "Paris Agreement" in found["instruments_cited"]


def test_an_instrument_named_after_a_place_or_a_body():
    found = reading(
        "Dear Sir,\nThe Parties to the Aarhus Convention will meet at the Changwon Exhibition "
        "Convention Center.\n"
    )
    assert found["instruments_cited"] == ["Aarhus Convention"]


def test_the_person_written_to_under_the_signature_with_a_courtesy_title():
    found = reading(
        "Paris, le 2 mars 2004\nMonsieur le Président,\nJe vous remercie de votre lettre.\n"
        "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération.\n"
        "Jean DUPONT\nMonsieur Karl MEIER\nChancelier de la République d'Autriche\n"
    )
    assert found["sender"]["name"] == "Jean DUPONT"
    assert not found["sender"]["title"]
    assert found["addressees"] == ["Monsieur Karl MEIER, Chancelier de la République d'Autriche"]
    assert found["co_signatories"] == []


def test_a_reference_beside_the_date_and_a_symbol_without_digits():
    for head, ref in [
        (
            "Ref:  Ab.Sec/Decision XII/4" + " " * 40 + "Date: 6 February 2025",
            "Ab.Sec/Decision XII/4",
        ),
        (
            "Ref: Ab.Sec/Fund Monitoring/SM Fecha: 22 de noviembre de 2023",
            "Ab.Sec/Fund Monitoring/SM",
        ),
    ]:
        assert reading(f"{head}\nDear Sir/Madam,\nPlease note the letter.\n")["reference"] == ref


def test_labels_stacked_above_their_values_in_the_same_order():
    found = reading(
        "Date:\nReference:\nPage 1 of\n21 February 2012\nSEC/OBS/FEB/12\n2\nNOTIFICATION\n"
        "I wish to notify all observers of the forthcoming session.\n"
    )
    assert (found["reference"], found["date"]) == ("SEC/OBS/FEB/12", "2012-02-21")


def test_a_place_after_a_preposition_is_not_the_dateline():
    found = reading(
        "The Director General presents his compliments to the Minister and notifies the "
        "accession to the Convention, as revised at Geneva on November 10, 1972.\n"
        "October 3, 1995\n"
    )
    assert (found["date"], found["place"]) == ("1995-10-03", None)


def test_the_writers_address_at_the_foot_of_the_page():
    found = reading(
        "Ref: SEC/2025/4\n6 February 2025\nDear Sir/Madam,\nPlease find the report attached.\n"
        "Secretariat\n"
        "P.O. Box 30552\nNairobi, Kenya\nTelephone: +254 20 762 3452\n"
    )
    assert found["place"] == "Nairobi"


def test_an_archives_record_dates_are_not_the_letters():
    found = reading(
        "Document Creation Date:\nDecember 12, 2016\nRelease Date:\nApril 11, 2002\n"
        "Body:\nDear Mr. Dodge, The attaches will be withdrawn.\n"
    )
    assert found["date"] is None


def test_a_date_a_sentence_or_a_source_note_gives_is_not_the_letters():
    for text in [
        "No. 2023-029\nDear Madam/Sir,\nFurther to notification 2023-016 dated 24 February "
        "2023, the workshop is postponed.\n",
        "Sir: At a conference held on November 16, 1917, the terms were agreed.\n",
        "Monsieur le Ministre,\nJe vous remercie.\n(Source http://example.fr, le 11 mai 1999)\n",
    ]:
        assert reading(text)["date"] is None, text
