"""The reader's rules for what a letter asks and announces (requests, meetings, instruments),
each on a short text written the way many are: the later rules."""

from plenipo.reading.instruments import canonical
from tests.reading.readings import actions_of, enclosed, meeting_days, reading


def test_what_others_are_invited_to_a_quoted_resolution_a_purpose_and_wishes_ask_nothing():
    text = (
        "Gland, 2 March 2031\n\nThe Secretariat presents its compliments to the Parties and "
        "has the honour to announce the meeting. NGO partners are also invited to attend. "
        "Resolution 4.2 “urges Parties to settle their contributions”. Requests the "
        "Secretary-General to report on the matter. This shall enable the Centre to invite "
        "focal points to regional meetings. We hope that the new year finds you in good "
        "health.\n"
    )
    assert actions_of(text) == []


def test_a_request_after_a_quoted_title_cut_at_its_question_mark_is_kept():
    text = (
        'Subject: Symposium on "Is training on course?" and open days\n'
        '" and open days. The Secretary-General has the honour to invite attendance at the '
        'Symposium on "Is training on course?", which will take place on 2 October 2031.\n'
    )
    assert any("honour to invite attendance" in action for action in actions_of(text))


def test_invitations_and_requests_in_the_old_diplomatic_style():
    found = actions_of(
        "Sir,\n\nI have the honor to communicate the formal invitation that the Government of "
        "Ruritania extends to the Government of the United States to be represented at a "
        "Conference in Rome. I now have the honor, in conformity with my instructions, to ask "
        "Your Excellency to be so kind as to confirm the participation of your Government. "
        "My Government has charged me with the honor of inviting, in its name, your "
        "Government to participate in the fifth conference.\n"
    )
    assert len(found) == 3
    assert "to be represented" in found[0]
    assert "confirm the participation" in found[1]
    assert "to participate in the fifth conference" in found[2]


def test_a_body_that_will_meet_next_year_probably_in_a_month_meets_tentatively():
    [meeting] = reading(
        "Bonn, 14 December 2031\n\nThe Bureau will also meet next year, probably in the first "
        "half of July.\n"
    )["meetings"]
    assert (meeting["start_date"], meeting["status"]) == (None, "tentative")


def test_a_reception_and_a_ceremony_are_events_announced():
    found = reading(
        "Mexico, 2 August 2031\n\nThe President will give a reception for the envoys on "
        "6 September 2031. The ceremony of signature will take place on 8 September 2031 at "
        "10 a.m.\n"
    )["meetings"]
    assert [(m["start_date"], m["start_time"]) for m in found] == [
        ("2031-09-06", None),
        ("2031-09-08", "10:00"),
    ]


def test_an_old_invitation_that_a_government_may_deign_to_be_represented():
    [action] = actions_of(
        "Mr. Secretary:\n\nI have the honor to extend to you the invitation of my Government, "
        "in order that your Government may deign to be represented at the Conference.\n"
    )
    assert "deign to be represented" in action


def test_an_act_of_a_convention_a_bodys_financial_rules_and_one_rule_of_the_rules_of_procedure():
    found = reading(
        "Geneva, 2 March 2031\n\nRuritania has ratified the Lisbon Act of the Paris Convention. "
        "In accordance with the Wetland Fund financial rules, the invoices are in Swiss francs. "
        "Rule 18 of the Rules of Procedure applies to credentials; the Rules of Procedure are "
        "annexed.\n"
    )["instruments_cited"]
    cited = {canonical(value) for value in found}
    assert "lisbon act of the paris convention" in cited
    assert canonical("Paris Convention") not in cited
    assert "wetland fund financial rules" in cited
    assert "rules of procedure" not in cited
    assert canonical("Rule 18 of the Rules of Procedure") in cited


def test_a_deadline_opening_its_sentence_is_for_what_follows_and_a_named_one_for_its_name():
    [deadline] = reading(
        "Geneva, 2 March 2031\n\nBy 15 May 2031, Parties are requested to submit their "
        "national reports.\n"
    )["deadlines"]
    assert deadline["what"] == "Parties are requested to submit their national reports"
    [named] = reading(
        "Geneva, 2 March 2031\n\nSubject: Candidates for the post of Chair\nDeadline for "
        "application: 31 December 2031\n\nDear Sir,\n"
    )["deadlines"]
    assert (named["date"], named["what"]) == ("2031-12-31", "application")


def test_a_meeting_in_the_subject_line_is_titled_without_the_label():
    [meeting] = reading(
        "Geneva, 2 March 2031\n\nSubject: Fifth meeting of the Working Group, 10-12 May 2031, "
        "Bonn\n\nDear Sir/Madam,\n\nI have the pleasure to invite you to the above meeting.\n"
    )["meetings"]
    assert meeting["title"] == "Fifth meeting of the Working Group"
    assert (meeting["start_date"], meeting["end_date"]) == ("2031-05-10", "2031-05-12")


def test_a_sessions_papers_and_a_date_butoir_date_no_meeting():
    assert (
        reading(
            "Gland, 2 March 2031\n\nThe final mailing of COP9 documents will be done on "
            "16 October 2031. La date butoir du 16 mai 2031 pour la soumission des lettres de "
            "créance de la CoP19 n’est plus applicable.\n"
        )["meetings"]
        == []
    )


def test_a_meeting_named_again_by_its_day_alone_is_the_one_with_its_time():
    found = reading(
        "New York, 1 March 2031\n\nExcellency,\n\nWe will hold an open meeting on Monday "
        "6 March 2031, at 3:00 p.m., in Conference Room 1. At the 6 March meeting we will "
        "provide an update.\n"
    )["meetings"]
    assert [(m["start_date"], m["start_time"]) for m in found] == [("2031-03-06", "15:00")]


def test_an_offer_to_help_after_please_asks_nothing():
    assert (
        actions_of(
            "Dear Colleagues,\n\nPlease do not hesitate to contact the Secretariat for any "
            "question. Please feel free to share your views at the meeting. Please allow me to "
            "thank you.\n"
        )
        == []
    )


def test_every_decision_and_resolution_of_a_list_and_a_council_resolution_of_one_digit():
    found = set(
        reading(
            "Geneva, 2 March 2031\n\nIn its decisions XIII/5 and XIII/6 and its decisions "
            "15/4, 15/5 and 15/6, the Conference decided; Resolutions XI.1 and XI.2 and "
            "Council resolution 5/3 apply.\n"
        )["instruments_cited"]
    )
    expected = {
        "decision XIII/5",
        "decision XIII/6",
        "decision 15/4",
        "decision 15/5",
        "decision 15/6",
        "Resolution XI.1",
        "Resolution XI.2",
        "resolution 5/3",
    }
    assert {canonical(value) for value in expected} <= {canonical(value) for value in found}


def test_enclosures_written_in_the_first_person_in_spanish_and_after_the_attached():
    cases = {
        "I am attaching the draft report for your review.": ["the draft report"],
        "Se adjunta el programa provisional de la reunión.": [
            "el programa provisional de la reunión"
        ],
        "Adjunto le remito el informe anual.": ["el informe anual"],
        "Please see the attached information note for details.": ["information note"],
    }
    for sentence, items in cases.items():
        assert enclosed(f"Geneva, 2 March 2031\n\nDear Colleagues,\n\n{sentence}\n") == items


def test_registration_or_a_call_that_closes_on_a_day_is_a_deadline_and_a_meeting_is_not():
    def deadlines_of(sentence):
        found = reading(f"Geneva, 2 March 2031\n\nDear Colleagues,\n\n{sentence}\n")
        return [(d["date"], d["what"]) for d in found["deadlines"]]

    assert deadlines_of("Registration closes on 15 May 2031.") == [("2031-05-15", "Registration")]
    assert deadlines_of("The call for nominations will close on Friday, 15 May.") == [
        ("2031-05-15", "The call for nominations")
    ]
    assert deadlines_of("The meeting will close on 15 May 2031.") == []


def test_a_request_goes_on_over_a_line_left_as_typed():
    text = (
        "Dear Speaker,\n\nPlease also send the\nnames of the members of your delegation.\n\n"
        "I would appreciate it if you could designate a focal point and inform the\n"
        "Secretariat accordingly.\n\nYours sincerely,\n"
    )
    assert actions_of(text) == [
        "send the names of the members of your delegation",
        # a second verb joined without "to" is a request of its own, and the first ends
        # before it
        "designate a focal point",
        "inform the Secretariat accordingly",
    ]


def test_finding_an_enclosure_and_quoting_a_reference_ask_nothing():
    text = (
        "In reply please quote: ABC/12/3\n\nMadame,\n\nVeuillez trouver ci-joint le rapport "
        "annuel du Comité.\n\nPlease return the form by 1 May 2031.\n"
    )
    assert actions_of(text) == ["return the form by 1 May 2031"]


def test_a_meeting_typed_over_several_lines_and_a_summit_in_french_and_spanish():
    text = (
        "Geneva, 2 March 2031\n\nDear Sir/Madam,\n\nMember States are invited to attend the "
        "third session of the Committee, which will take place\nin Geneva from 10 to 12 "
        "November 2031.\n"
    )
    assert meeting_days(text) == [("2031-11-10", "2031-11-12")]
    text = (
        "Lomé, le 2 mars 2031\n\nLe Ministère a le plaisir d'inviter Son Excellence le "
        "Président de la République au Sommet extraordinaire qui se tiendra à Accra le 22 "
        "juin 2031.\n"
    )
    assert meeting_days(text) == [("2031-06-22", "2031-06-22")]
    text = (
        "Quito, 2 de marzo de 2031\n\nTengo el agrado de invitarle a la Cumbre Andina que se "
        "celebrará en Lima el 9 de septiembre de 2031.\n"
    )
    assert meeting_days(text) == [("2031-09-09", "2031-09-09")]


def test_a_joint_letters_call_upon_and_a_wish_for_information_ask():
    text = (
        "Dear High Commissioner,\n\nWe also call upon the Council to establish an inquiry.\n"
        "I would welcome information on the steps taken since March.\n"
        "Nous vous demandons instamment de publier le rapport.\n"
    )
    assert actions_of(text) == [
        "We also call upon the Council to establish an inquiry",
        "I would welcome information on the steps taken since March",
        "publish the report",  # a French sentence of an English letter, glossed from French
    ]
