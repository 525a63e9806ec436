"""The reader's general rules for ways of writing a meeting's days and a deadline that
the body rules do not cover, each on a short made-up letter."""

from plenipo.reading import read_text
from tests.reading.readings import reading


def test_a_range_of_days_written_with_until_hasta_or_jusqu_au_is_one_meeting_and_no_deadline():
    for sentence in (
        "The workshop will be held from 14 until 16 May 2031 in Bonn.",
        "El taller se celebrará desde el 14 hasta el 16 de mayo de 2031 en Lima.",
        "Le séminaire aura lieu du 14 jusqu'au 16 mai 2031 à Dakar.",
    ):
        found = reading(f"Geneva, 3 March 2031\n\nDear Colleagues,\n\n{sentence}\n\nJohn Smith\n")
        assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
            ("2031-05-14", "2031-05-16")
        ], sentence
        assert found["deadlines"] == [], sentence


def test_a_deadline_by_close_of_business_on_a_day_and_one_hasta_el_a_day():
    for sentence, qualifier in (
        (
            "Please send your nominations no later than close of business (New York time) on "
            "Friday, 11 April 2031.",
            "no later than",
        ),
        ("Se ruega enviar las candidaturas hasta el 11 de abril de 2031.", "hasta el"),
    ):
        found = reading(f"Geneva, 3 March 2031\n\nDear Colleagues,\n\n{sentence}\n\nJohn Smith\n")
        assert [(d["date"], d["qualifier"]) for d in found["deadlines"]] == [
            ("2031-04-11", qualifier)
        ], sentence


def test_two_days_each_with_its_weekday_and_article_are_one_meeting():
    for sentence in (
        "La réunion se tiendra le samedi 14 et le dimanche 15 juin 2031 à Paris.",
        "La reunión se celebrará el sábado 14 y el domingo 15 de junio de 2031 en Lima.",
    ):
        letter = f"Paris, le 3 mars 2031\n\nMadame, Monsieur,\n\n{sentence}\n\nJean Dupont\n"
        found = reading(letter)
        assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
            ("2031-06-14", "2031-06-15")
        ], sentence


def test_a_heading_that_extends_a_deadline_to_a_day_does_not_date_the_letter():
    found = reading(
        "Deadlines extended to 18 July 2031\nDear Colleagues,\nPlease submit your comments on "
        "the draft chapters by 11 July 2031.\nBest regards,\nJohn Smith\n"
    )
    assert found["date"] is None
    assert [d["date"] for d in found["deadlines"]] == ["2031-07-11"]


def test_a_meeting_announced_in_the_present_or_the_passive_in_an_undated_letter():
    for sentence in (
        "The third meeting of the Working Group is convened at the Palais on 14 March 2031.",
        "The Bureau meeting has been scheduled for 14 March 2031.",
        "We are pleased to announce the workshop on 14 March 2031 in Nairobi.",
        "The session opens on 14 March 2031 at 10 a.m.",
        "les consultations informelles auront lieu le jeudi 14 mars 2031.",
        "se convoca a la reunión ordinaria el 14 de marzo de 2031.",
        "The Standing Committee meets on 14 March 2031 in the afternoon.",
    ):
        # a sentence long enough that its date is no dateline
        text = f"Dear Colleagues,\n\nAs the Parties agreed at their last session, {sentence}\n"
        found = reading(f"{text}\nYours sincerely,\nJohn Smith\n")
        assert [m["start_date"] for m in found["meetings"]] == ["2031-03-14"], sentence


def test_a_meeting_on_a_day_still_to_be_fixed_and_another_documents_date():
    found = reading(
        "Washington, May 3, 2031\n\nSir: I have the honor to transmit the invitation of my "
        "Government to an International Conference on Fisheries, which is to take place in "
        "Lima on a date later to be determined.\n\nAccept, Sir, the renewed assurances of my "
        "highest consideration.\n"
    )
    assert [(m["start_date"], m["status"]) for m in found["meetings"]] == [(None, "tentative")]
    found = reading(
        "Washington, May 3, 2031\n\nSir: I have the honor to acknowledge the receipt of your "
        "Embassy's note of June 17, 2031, by which I am informed that the Conference will open "
        "on July 16, 2031.\n\nAccept, Sir, the renewed assurances of my highest consideration.\n"
    )
    assert [m["start_date"] for m in found["meetings"]] == ["2031-07-16"]


def test_an_event_and_a_time_written_for_a_day():
    found = reading(
        "Geneva, 12 January 2031\n\nDear Sir/Madam,\n\nI am pleased to invite you to a "
        "high-level event on 14 March 2031 (10:00-11:30 a.m.) in the ECOSOC Chamber. The "
        "opening ceremony is scheduled for 9.30 a.m. on 15 March 2031. In the event that you "
        "cannot attend on 16 March 2031, please tell us.\n\nYours sincerely,\n\nJane Roe\n"
    )
    assert [(m["start_date"], m["start_time"]) for m in found["meetings"]] == [
        ("2031-03-14", "10:00"),
        ("2031-03-15", "09:30"),
    ]


def test_a_meeting_held_before_is_background_in_an_undated_letter():
    found = reading(
        "Dear Sir/Madam,\n\nFollowing the informal consultations held on 14 March 2031, the "
        "Secretariat will circulate a revised draft to all delegations. The next session, which "
        "is to be held on 20 April 2031, will consider it.\n\nYours sincerely,\nJane Roe\n"
    )
    assert [m["start_date"] for m in found["meetings"]] == ["2031-04-20"]


def test_a_time_the_sentence_gives_before_its_one_day_and_a_deadlines_time():
    found = reading(
        "Geneva, 12 January 2031\n\nDear Sir/Madam,\n\nThe meeting will be held at 3 p.m. in "
        "Conference Room 4 of the Palais des Nations on Thursday, 14 March 2031. Please "
        "register by 5 p.m. on 1 March 2031 for the reception on 15 March 2031.\n\n"
        "Yours sincerely,\nJane Roe\n"
    )
    assert [(m["start_date"], m["start_time"]) for m in found["meetings"]] == [
        ("2031-03-14", "15:00"),
        ("2031-03-15", None),
    ]


def test_a_meeting_that_follows_the_one_before_on_its_last_day():
    found = reading(
        "Geneva, 12 January 2031\n\nDear Sir/Madam,\n\nThe Forum will be held on 14 and 15 "
        "March 2031 at 10:00. The Forum will be followed by a reception which all participants "
        "are invited to attend.\n\nYours sincerely,\nJane Roe\n"
    )
    assert [(m["start_date"], m["start_time"]) for m in found["meetings"]] == [
        ("2031-03-14", "10:00"),
        ("2031-03-15", None),
    ]


def enclosed(text):
    return [(e["description"], e["date"]) for e in read_text(text).to_json()["enclosures"]]


def test_an_encl_line_lists_its_items_apart_each_with_its_date():
    text = (
        "12 July 2031\n\nDear Chair,\n\nI write about the meeting.\n\n"
        "Encl.: Letter of the Rapporteur dated 1 July 2031; Note of the Bureau dated 28 June 2031\n"
    )
    assert enclosed(text) == [
        ("Letter of the Rapporteur dated 1 July 2031", "2031-07-01"),
        ("Note of the Bureau dated 28 June 2031", "2031-06-28"),
    ]
    assert enclosed("Paris, le 2 mars 2031\n\nMadame,\n\nP.J. : note de synthèse\n") == [
        ("note de synthèse", None)
    ]


def test_a_list_under_a_cue_and_a_report_transmitted_herewith():
    text = (
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint :\n- la note d'orientation ;\n"
        "- le formulaire d'inscription.\n\nCordialement,\n"
    )
    assert [d for d, _ in enclosed(text)] == [
        "la note d'orientation",
        "le formulaire d'inscription",
    ]
    herewith = "Excellency,\n\nTransmitted herewith is the report of the Expert Group.\n"
    assert [d for d, _ in enclosed(herewith)] == ["the report of the Expert Group"]


def test_a_request_to_send_something_encloses_nothing():
    assert enclosed("Parties are invited to transmit their comments by 1 May 2031.\n") == []
    assert enclosed("Tenga a bien remitir a esta Secretaría la lista de su delegación.\n") == []
    assert enclosed("Les États sont priés de transmettre leurs observations.\n") == []
    text = "Tengo el honor de informarle que se adjunta el proyecto de programa de la reunión.\n"
    assert [d for d, _ in enclosed(text)] == ["el proyecto de programa de la reunión"]


def described(text):
    return [description for description, _ in enclosed(text)]


def test_an_item_enclosed_after_a_title_and_in_french_and_spanish_forms():
    assert described("Dear Colleague,\n\nThe curriculum vitae of Ms. Adler is enclosed.\n") == [
        "The curriculum vitae of Ms. Adler"
    ]
    text = "Monsieur,\n\nVous trouverez en annexe le curriculum vitae de M. Roux.\n"
    assert described(text) == ["le curriculum vitae de M. Roux"]
    assert described("Señores:\n\nAdjuntamos el cuestionario.\n") == ["el cuestionario"]
    text = "Vous êtes priés de remplir le formulaire ci-joint et de le renvoyer avant le 3 mai."
    assert described(text) == ["formulaire"]


def test_an_item_named_in_the_body_and_again_on_the_enclosures_list_is_enclosed_once():
    text = (
        "Dear Colleague,\n\nI transmit herewith the declaration adopted at the summit.\n\n"
        "Yours sincerely,\n\nEnclosures:\n1. Final declaration\n2. List of participants\n"
    )
    assert described(text) == ["Final declaration", "List of participants"]
    text = (
        "Please find enclosed the draft agenda.\n\nYours faithfully,\n\nEnclosure: Draft agenda\n"
    )
    assert described(text) == ["Draft agenda"]


def test_requests_asked_as_a_question_a_reminder_or_a_wish():
    for text in (
        "Dear Colleague,\n\nWould it be possible for the Secretariat to provide a speaker?\n",
        "Dear colleagues,\n\nThis is a kind reminder to complete the survey on fisheries.\n",
        "Dear President,\n\nI would ask that the Council agree to open the talks.\n",
        "Your Excellency,\n\nYour confirmation of attendance is kindly requested.\n",
        "Hi all, pls send your slides to the chair.\n",
    ):
        assert reading(text)["requested_actions"], text


def test_a_third_person_request_in_french_and_spanish():
    text = (
        "La Secretaría saluda atentamente a la Embajada y le agradecerá que remita la lista de "
        "su personal antes del 31 de enero de 2031.\n"
    )
    assert reading(text)["requested_actions"] == ["send the list of staff"]
    text = (
        "Monsieur le Ministre,\n\nJe prie Votre Excellence de vouloir bien me faire connaître "
        "les noms des délégués.\n"
    )
    assert reading(text)["requested_actions"]


def test_a_day_the_sentence_names_as_a_deadline_is_no_meetings():
    text = (
        "Notice\n\nThe deadline for the registration of delegates to the Tenth Session of the "
        "Assembly is 10 September 2031. The deadline for comments has been extended to 20 "
        "September 2031.\n"
    )
    read = reading(text)
    assert read["meetings"] == []
    assert [d["date"] for d in read["deadlines"]] == ["2031-09-10", "2031-09-20"]


def test_a_round_of_talks_a_ceremony_planned_for_a_day_and_a_where_field():
    text = "Valdor, 2 May 2031\n\nThe next round of negotiations will begin on 7 June 2031.\n"
    assert [m["start_date"] for m in reading(text)["meetings"]] == ["2031-06-07"]
    text = "Paris, le 2 mai 2031\n\nNous signerons lors de la cérémonie prévue le 2 juin 2031.\n"
    assert [m["start_date"] for m in reading(text)["meetings"]] == ["2031-06-02"]
    text = (
        "Valdor, 2 May 2031\n\nMEDIA ADVISORY\n\nWHAT: Round table on water\n"
        "WHEN: Thursday, 12 June 2031, 10:00 - 12:30\nWHERE: City Hall, Valdor\n"
    )
    meetings = reading(text)["meetings"]
    assert [(m["start_date"], m["start_time"]) for m in meetings] == [("2031-06-12", "10:00")]


def test_an_aside_before_the_item_transmitted_and_an_enclosure_as_stated():
    text = (
        "Monsieur,\n\nJ'ai l'honneur de vous transmettre, aux fins d'enregistrement, une copie "
        "certifiée de l'Accord.\n"
    )
    assert described(text) == ["une copie certifiée de l'Accord"]
    text = "Sir,\n\nI transmit herewith the annual report.\n\nEnclosure: as stated\n"
    assert described(text) == ["the annual report"]


def test_an_invitation_to_host_a_session_asks():
    text = "Dear Minister,\n\nI write to invite your country to host the third session.\n"
    assert reading(text)["requested_actions"]


def test_a_list_of_requests_under_an_invitation_ending_in_a_colon_and_solicitarle():
    text = (
        "NOTIFICATION\n\nThe Secretariat invites Governments:\n"
        "1. To nominate experts for the assessment;\n2. To share the call with partners.\n"
    )
    assert reading(text)["requested_actions"] == [
        "nominate experts for the assessment",
        "share the call with partners",
    ]
    text = (
        "Excmo. Sr. Ministro:\n\nTengo el honor de dirigirme a V.E. con relación al Acuerdo, "
        "a fin de solicitarle que su Gobierno designe un punto focal nacional.\n\n"
        "Hago propicia la ocasión para reiterarle las seguridades de mi más alta consideración.\n"
    )
    assert reading(text)["requested_actions"] == ["designate a national focal point"]


def test_an_item_transmitted_together_with_another():
    text = "Dear Member,\n\nEnclosed please find the minutes, together with the list of members.\n"
    assert described(text) == ["the minutes", "the list of members"]
