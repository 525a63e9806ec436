"""The reader's general rules for a letter's body: meetings, instruments, deadlines,
enclosures and requests, each on a short made-up letter."""

from plenipo.reading.instruments import canonical
from tests.reading.readings import actions_of, enclosed, meeting_days, reading


def test_a_sentence_opening_with_they_goes_on_about_the_meeting_of_the_sentence_before():
    found = reading(
        "Geneva, 2 March 2031\n\nDear Sir or Madam,\n\nThe sessions of the subsidiary bodies "
        "will be held at the Congress Centre, Bonn. They will take place during the period of "
        "Monday, 12 to Friday, 23 May 2031. Further details will follow.\n\nYours sincerely,\n"
    )
    assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
        ("2031-05-12", "2031-05-23")
    ]
    assert "session" in found["meetings"][0]["title"]


def test_a_sentence_opening_with_it_is_speaks_of_no_meeting_before_it():
    text = (
        "New York, 2 June 2031\n\nExcellency,\n\nWe will hold an informal meeting on Monday, "
        "9 June 2031. It is our intention to circulate a draft on Friday, 13 June.\n"
    )
    assert meeting_days(text) == [("2031-06-09", "2031-06-09")]


def test_a_session_named_in_a_post_is_no_meeting():
    text = (
        "The Permanent Mission of Ruritania presents its compliments to the President of the "
        "ninetieth session of the General Assembly and has the honour to announce its "
        "candidature, to be decided in May 2036.\n"
    )
    assert meeting_days(text) == []


def test_a_document_heading_session_and_agenda_item_is_no_meeting():
    text = (
        "Ninetieth session Agenda item 12 Letter dated 3 March 2036 from the Permanent "
        "Representative of Ruritania addressed to the Secretary-General. The conference will "
        "discuss the matter in June 2036.\n"
    )
    assert [m["title"] for m in reading(text)["meetings"]] == ["conference"]


def test_the_session_at_which_elections_are_held_is_no_meeting():
    text = (
        "Excellency,\n\nRuritania presents its candidature to the Council at the elections to "
        "be held during the ninetieth session of the General Assembly on 9 May 2036.\n"
    )
    assert meeting_days(text) == []


def instruments(text):
    return reading(text)["instruments_cited"]


def test_french_and_spanish_titles_are_instruments_in_their_own_words():
    assert instruments(
        "Le Secrétariat transmet le rapport au titre de la Convention de Lisbonne: appel à "
        "contributions. Il rappelle le Traité établissant une Communauté des pêches pour "
        "l'Atlantique, signé en 2030.\n"
    ) == [
        "Convention de Lisbonne",
        "Traité établissant une Communauté des pêches pour l'Atlantique",
    ]
    assert instruments("Informe anual para el Convenio de Lima: contribuciones.\n") == [
        "Convenio de Lima"
    ]


def test_a_title_keeps_its_own_date_and_revisions_and_its_later_short_name_is_the_same():
    found = instruments(
        "Le Directeur notifie l'adhésion à la Convention de Turin pour la protection des "
        "semences anciennes du 3 mai 1950, telle que révisée à Rome le 2 juin 1970 et "
        "modifiée le 4 avril 1980. Conformément à la Convention de Turin, elle entrera en "
        "vigueur.\n"
    )
    assert found == [
        "Convention de Turin pour la protection des semences anciennes du 3 mai 1950, telle "
        "que révisée à Rome le 2 juin 1970 et modifiée le 4 avril 1980"
    ]
    assert instruments(
        "It notifies the accession to the International Convention for the Protection of "
        "Ancient Seeds of May 3, 1950, as revised at Rome on June 2, 1970, and on April 4, "
        "1980.\n"
    ) == [
        "International Convention for the Protection of Ancient Seeds of May 3, 1950, as "
        "revised at Rome on June 2, 1970, and on April 4, 1980"
    ]


def test_a_title_establishing_a_body_and_a_code_keep_their_initials():
    assert instruments(
        "A notification will follow on the Convention Establishing the World Seed "
        "Organization (WSO), and on the International Code for Seed Storage Systems (SSS "
        "Code).\n"
    ) == [
        "Convention Establishing the World Seed Organization (WSO)",
        "International Code for Seed Storage Systems (SSS Code)",
    ]


def deadline_days(text):
    return [(d["date"], d["time"]) for d in reading(text)["deadlines"]]


def test_a_time_written_between_the_cue_and_the_day_keeps_the_deadline():
    text = (
        "Geneva, 2 March 2031\n\nThe Secretariat will accept proposals received by e-mail "
        "until 0900hrs local time in Switzerland on 17 April 2031.\n"
    )
    assert deadline_days(text) == [("2031-04-17", "09:00")]


def test_an_invoices_payment_date_is_a_deadline_even_once_passed():
    text = (
        "Gland, 25 January 2031\n\nThe invoices include a payment date of 1 January 2031. "
        "Parties are requested to pay as early as possible.\n"
    )
    assert deadline_days(text) == [("2031-01-01", None)]


def test_an_undated_notice_dates_a_year_less_day_in_the_year_of_the_first_date_it_gives():
    text = (
        "10th Meeting of the Conference\nSeoul, 28 October - 4 November 2032\n\nThe "
        "Secretariat would be grateful if the names of the delegates were transmitted no "
        "later than 1st August.\n"
    )
    assert deadline_days(text) == [("2032-08-01", None)]


def test_what_asks_nothing_of_the_addressee_is_no_requested_action():
    assert (
        actions_of(
            "Excellency,\n\nI thank the co-chairs for kindly accepting this task. The prizes were "
            "kindly offered by a sponsor. We are invited to adopt two texts at the session. The "
            "report is expected to be available in July. The session is expected to end on "
            "Friday. How can we encourage the committees to combine their efforts?\n"
        )
        == []
    )


def test_the_writers_wish_for_an_opportunity_asks_nothing():
    text = (
        "Excellency,\n\nThe Kingdom of Arden would appreciate an opportunity to contribute "
        "further to the work of the Council. I would appreciate your support for its "
        "candidature.\n"
    )
    assert actions_of(text) == ["I would appreciate your support for its candidature"]


def test_a_cue_in_a_relative_clause_describes_unless_it_names_the_addressee():
    assert (
        actions_of(
            "Dear Sir,\n\nThe workshop will be followed by a dinner which all speakers of the "
            "panel are invited to attend.\n"
        )
        == []
    )
    assert (
        len(
            actions_of(
                "Dear Sir,\n\nThe workshop, which you are invited to attend, opens on Monday.\n"
            )
        )
        == 1
    )


def test_a_group_singled_out_among_candidates_is_not_asked():
    text = (
        "Dear Colleagues,\n\nMember States are invited to nominate experts for the panel. "
        "Young researchers are especially encouraged to apply.\n"
    )
    assert actions_of(text) == ["nominate experts for the panel"]


def test_a_request_before_thanks_that_close_the_letter_is_kept_and_the_thanks_are_not():
    found = actions_of(
        "Solicito sus buenos oficios a fin de que esta nota sea circulada a las Misiones. "
        "Agradeciendo la atención que se sirva prestar a la presente, aprovecho la "
        "oportunidad para reiterarle mi consideración.\n"
    )
    assert len(found) == 1
    assert found[0] == "circulate this note to the Missions"  # glossed, as the conventions ask
    assert actions_of("Delegations are kindly requested to register by e-mail.\n") == [
        "register by e-mail"
    ]


def test_an_item_marked_attached_in_brackets_is_enclosed():
    assert enclosed(
        "The Secretariat would like to remind Parties of Circular Note 2031/4 (attached), "
        "which announced the meeting.\n"
    ) == ["Circular Note 2031/4"]


def test_an_item_said_to_be_attached_over_a_wrapped_line_or_included_is_enclosed():
    found = enclosed(
        "Dear Sir,\nThe meeting will be held online. The provisional agenda of the meeting\n"
        "(ABC/DEF/CC.3/1) is attached. Short notes on each candidate are attached to this "
        "Note. A revised list of documents is included with this set.\nYours faithfully,\n"
    )
    assert found == [
        "The provisional agenda of the meeting (ABC/DEF/CC.3/1)",
        "Short notes on each candidate",
        "A revised list of documents",
    ]


def test_an_item_named_again_as_the_attached_one_is_enclosed_once():
    assert enclosed(
        "An invoice for the year 2032, with explanatory notes, is attached. Parties are "
        "requested to pay the attached invoice by 1 January 2032.\n"
    ) == ["An invoice for the year 2032, with explanatory notes"]


def test_a_headings_line_of_place_and_days_dates_the_meeting_named_above_it():
    found = reading(
        "Notification 2033/5\n\n12th Meeting of the Conference of the Parties\nLima, Peru "
        "8 - 15 November 2033\n\nThe Secretariat presents its compliments to the Parties.\n"
    )
    assert [(m["start_date"], m["end_date"], m["city"]) for m in found["meetings"]] == [
        ("2033-11-08", "2033-11-15", "Lima")
    ]
    assert found["meetings"][0]["title"].endswith("Meeting of the Conference of the Parties")


def test_rules_of_procedure_are_cited_when_named_not_as_any_meetings():
    assert instruments("According to the Rules of Procedure, drafts are due in May.\n") == [
        "rules of procedure"
    ]
    assert instruments("We will adopt the agenda and rules of procedure for the meeting.\n") == []


def test_two_days_apart_joined_by_and_are_two_meetings_but_a_span_between_them_is_one():
    text = (
        "New York, 20 November 2034\n\nExcellency,\n\nWe will hold two further meetings on 3 "
        "December and 16 December 2034.\n"
    )
    assert meeting_days(text) == [("2034-12-03", "2034-12-03"), ("2034-12-16", "2034-12-16")]
    text = (
        "Ginebra, 2 de marzo de 2035\n\nLa reunión se celebrará entre el 23 y el 31 de julio "
        "de 2035.\n"
    )
    assert meeting_days(text) == [("2035-07-23", "2035-07-31")]


def test_noting_only_informs_and_asks_nothing():
    text = (
        "Geneva, 3 March 2031\n\nDear Colleagues,\n\nPlease note that the deadline for the "
        "survey has been extended. Parties are kindly invited to note that the report is "
        "online. Veuillez noter que la version espagnole a été envoyée.\n\nYours sincerely,\n"
    )
    assert actions_of(text) == []


def test_a_sentence_noting_something_still_asks_what_it_asks_after():
    text = (
        "Geneva, 3 March 2031\n\nDear Colleagues,\n\nPlease note that comments should be sent "
        "to the secretariat by e-mail.\n\nYours sincerely,\n"
    )
    [action] = actions_of(text)
    assert "comments should be sent" in action


def test_the_requests_listed_under_a_request_ending_in_a_colon_are_each_one():
    text = (
        "Bonn, 3 March 2031\n\nDear Colleagues,\n\nI would like to invite Governments and "
        "observers:\n\n1. To nominate experts for the two panels:\n\n  a. A panel on rivers;\n"
        "  b. A panel on lakes.\n\n2. To make offers of in-kind support to the units.\n\n"
        "A second call will be issued in May 2031.\n\nYours sincerely,\n"
    )
    assert actions_of(text) == [
        "nominate experts for the two panels",
        "make offers of in-kind support to the units",
    ]


def test_notification_style_requests_in_three_languages():
    cases = {
        "The sponsors are seeking nominations for the post of chair of the panel.": "seeking",
        "Applications should be emailed to the project office.": "emailed",
        "Please communicate your response to the secretariat.": "communicate",
        "We would like to make a strong plea to all Parties to consider funding delegates.": (
            "plea"
        ),
        # French and Spanish requests are given in English
        "Prière de confirmer votre participation au secrétariat.": "confirm participation",
        "Sírvase comunicar los nombres de sus representantes.": "communicate the names",
        "Srvase comunicar los nombres de sus representantes.": "communicate the names",
        "Ruego a ustedes confirmar su asistencia a la reunión del Comité.": "confirm attendance",
    }
    salutations = {"Pri": "Chers collègues,", "Sí": "Estimados colegas:", "Sr": "Estimados:"}
    salutations["Rue"] = "Estimados colegas:"
    for sentence, word in cases.items():
        salutation = next(
            (s for start, s in salutations.items() if sentence.startswith(start)),
            "Dear Colleagues,",
        )
        [action] = actions_of(f"{salutation}\n\n{sentence}\n")
        assert word in action, sentence


def test_please_find_attached_encloses_and_asks_nothing():
    text = "Dear Colleagues,\n\nPlease find attached the provisional agenda of the meeting.\n"
    found = reading(text)
    assert found["requested_actions"] == []
    assert "provisional agenda" in found["enclosures"][0]["description"]


def test_a_spanish_deadline_whose_accents_were_lost():
    text = (
        "Pars, 2 de marzo de 2031\n\nSeor Delegado:\n\nSrvase registrar a sus representantes "
        "a ms tardar el 14 de mayo de 2031.\n"
    )
    assert [d["date"] for d in reading(text)["deadlines"]] == ["2031-05-14"]


def test_a_sitting_opening_at_a_time_sharp_on_its_day():
    text = (
        "Geneva, 2 March 2031\n\nSir,\n\nThe opening sitting of the Conference will begin at "
        "11 a.m. sharp on Tuesday, 3 June 2031, in the Assembly Hall.\n"
    )
    [sitting] = reading(text)["meetings"]
    assert (sitting["start_date"], sitting["start_time"]) == ("2031-06-03", "11:00")


def test_a_meeting_whose_quoted_title_ends_in_a_question_mark():
    text = (
        "London, 2 March 2031\n\nThe Secretary-General has the honour to invite attendance at "
        'the Symposium on "Is maritime training on course?", which will take place from '
        "2.30 p.m. on Thursday, 25 September 2031 at Headquarters.\n"
    )
    [symposium] = reading(text)["meetings"]
    assert (symposium["start_date"], symposium["start_time"]) == ("2031-09-25", "14:30")
    assert "Symposium" in symposium["title"]


def test_a_meeting_put_off_without_a_day():
    text = (
        "Berne, 2 March 2031\n\nSir,\n\nOn account of the floods, the Council has deemed it "
        "opportune to postpone the proposed conference until further notice.\n"
    )
    [conference] = reading(text)["meetings"]
    assert (conference["start_date"], conference["status"]) == (None, "postponed")
    assert "conference" in conference["title"]


def test_a_past_meeting_postponed_long_ago_is_not_announced():
    text = "Berne, 2 March 2031\n\nThe conference was held in 2029 after it was postponed.\n"
    assert reading(text)["meetings"] == []


def test_decisions_numbered_by_session_and_resolutions_with_a_dash():
    found = reading(
        "Bonn, 2 March 2031\n\nI refer to decisions 3/COP.9, 3/COP.10 and 3/COP11 and to "
        "decision 1/CMP.2. En su Resolucin XXIV-7, la Asamblea decidi crear el sistema.\n"
    )["instruments_cited"]
    assert {"decision 3/COP.9", "decision 3/COP.10", "decision 3/COP.11"} <= set(found)
    assert "decision 1/CMP.2" in found
    assert any("xxiv-7" in value.lower() for value in found)


def test_a_bodys_own_rules_and_regulations_by_their_provisions():
    found = reading(
        "Rome, 2 March 2031\n\nUnder Rule XXV-3(a) of the General Rules of the Organization, "
        "and paragraphs 1 and 2 of article 14 of the Conference Standing Orders, and WMO "
        "General Regulation 41, the Council elects its members.\n"
    )["instruments_cited"]
    cited = {canonical(value) for value in found}
    assert canonical("Rule XXV-3(a) of the General Rules of the Organization") in cited
    assert canonical("paragraphs 1 and 2 of article 14 of the Conference Standing Orders") in cited
    assert "wmo general regulation 41" in cited


def test_a_draft_shared_with_you_and_a_form_named_without_its_article_are_enclosed():
    assert enclosed(
        "New York, 2 March 2031\n\nExcellency,\n\nWe are pleased to share with you, for your "
        "consideration, a revised draft declaration.\n"
    ) == ["a revised draft declaration"]
    assert enclosed(
        "Dear Observers,\n\nThe provisional agenda of the meeting and registration form for "
        "observers are also attached to the present email. The provisional agenda for the "
        "meeting (XYZ/CC.3/1) is enclosed.\n"
    ) == ["The provisional agenda of the meeting", "registration form for observers"]
    assert enclosed("I would like to share with you my concerns about the budget.\n") == []


def test_a_list_of_annexes_at_the_foot_and_an_item_enclosed_herewith():
    assert enclosed(
        "Geneva, 2 March 2031\n\nDear Colleagues,\n\nYou are invited to the workshop.\n\n"
        "Yours sincerely,\n\nJane Doe\nExecutive Secretary\n\nAnnexes:\n1. Provisional agenda\n"
        "2. Registration form\n\nPage 2\n"
    ) == ["Provisional agenda", "Registration form"]
    assert enclosed("Dear Colleagues,\n\nEnclosed herewith is the list of participants.\n") == [
        "the list of participants"
    ]


def test_a_spanish_meeting_whose_accents_were_lost():
    text = (
        "Pars, 2 de marzo de 2031\n\nSeor Delegado:\n\nMe complace invitarle a la Cuarta "
        "reunin del Grupo, que se celebrar del 2 al 4 de junio de 2031 en Lima.\n"
    )
    found = reading(text)
    assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
        ("2031-06-02", "2031-06-04")
    ]
    assert found["requested_actions"]
