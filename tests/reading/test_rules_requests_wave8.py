"""What a letter asks, in forms the development letters still missed (made-up texts): the
first person with an adverb ("We warmly encourage you to"), a help hoped for ("It would be
most helpful if the Ministry could …"), "It is requested that", an invitation to visit,
what "is to reach" the Secretariat, addressees singled out by what they hold ("Observers
with accreditation should …"); and what asks nothing: thanks ("I appreciate how …") and
an offer on a condition ("If you cannot register online, please contact …")."""

from tests.reading.readings import actions_of


def test_the_first_person_with_an_adverb_asks():
    text = (
        "Dear Members,\n\nThe Assembly will meet in Lisbon on 4 May 2031.\n\n"
        "We warmly encourage you to register before the end of March.\n\nRegards,\nThe Bureau\n"
    )
    assert len(actions_of(text)) == 1


def test_a_help_hoped_for_and_a_passive_request_ask():
    text = (
        "Dear Minister,\n\nThe Committee is examining the fishing quotas.\n\n"
        "It would be most helpful if your department could send us a short briefing on the "
        "new quotas.\n\nIt would be equally useful to have a written statement from your "
        "officials.\n\nIt is further requested that the figures be shared with the clerks.\n\n"
        "Yours sincerely,\nA. Convener\n"
    )
    assert len(actions_of(text)) == 3
    assert actions_of("It would be helpful for the reader to know the history.") == []


def test_an_invitation_to_visit_and_what_is_to_reach_the_secretariat_ask():
    text = (
        "Dear Colleague,\n\nI was glad to read of your appointment.\n\n"
        "I would be delighted to welcome you to Vienna at a date of your choosing.\n\n"
        "Proposals for new agenda items are to reach the Secretariat not later than 2 May "
        "2031.\n\nYours sincerely,\nB. Director\n"
    )
    assert len(actions_of(text)) == 2


def test_addressees_singled_out_by_what_they_hold_are_asked():
    text = (
        "Dear Sir or Madam,\n\nThe Review will open on 8 June 2031.\n\n"
        "Organizations with observer accreditation should confirm their delegation by "
        "1 May 2031.\n\nYours faithfully,\nThe Registry\n"
    )
    assert len(actions_of(text)) == 1


def test_thanks_and_an_offer_on_a_condition_ask_nothing():
    text = (
        "Dear Ambassador,\n\nI appreciate how much work the preparations have required.\n\n"
        "If you cannot register online, please contact the Protocol Office.\n\n"
        "Should you need the programme in Braille, please get in touch with us.\n\n"
        "Yours sincerely,\nC. Chair\n"
    )
    assert actions_of(text) == []
    assert len(actions_of("Please contact the Protocol Office to book a bilateral room.")) == 1
    assert len(actions_of("If you have any questions, please contact the Protocol Office.")) == 1


def test_a_second_passive_request_joined_to_the_first_is_its_own():
    text = (
        "Sir,\n\nI have the honour to transmit the statement of my Minister.\n\n"
        "I should be grateful if the statement were brought to the attention of the Board "
        "and circulated as an official document of the Board.\n\nAccept, Sir, …\n"
    )
    asked = actions_of(text)
    assert len(asked) == 2
    assert asked[1].startswith("circulated as an official document")


def test_a_request_goes_on_past_the_dots_of_an_address():
    text = (
        "Dear Colleagues,\n\nPlease send your comments to reviews@forum.example.int with a "
        "copy to the chair by 3 May 2031.\n\nBest regards,\nD. Officer\n"
    )
    assert actions_of(text) == [
        "send your comments to reviews@forum.example.int with a copy to the chair by 3 May 2031"
    ]


def test_the_things_listed_under_the_following_documents_are_one_request():
    text = (
        "Dear Applicant,\n\nTo be admitted as an observer, please send the following "
        "documents to the Registry:\n1) A copy of your statutes;\n2) A completed contact "
        "form.\nWe look forward to your application.\n\nKind regards,\nThe Registry\n"
    )
    assert actions_of(text) == ["send a copy of your statutes, a completed contact form"]


def test_a_duty_recalled_asks():
    text = (
        "Dear Members,\n\nThe Board meets on 5 October 2031.\n\n"
        "Members are reminded of their obligation to pay the annual fee before the session."
        "\n\nMembers' attention is drawn to the requirement that each delegate should carry "
        "a valid badge.\n\nTo vote online, Members need to register an official contact.\n\n"
        "Yours sincerely,\nThe Executive Secretary\n"
    )
    assert len(actions_of(text)) == 3
    assert actions_of("Members need to be aware that the hall closes at six.") == []


def test_a_hope_that_the_heads_of_mission_act_asks_past_an_initialism():
    text = (
        "Circular Note\n\nThe Office of Protocol presents its compliments to the Heads of "
        "Mission.\n\nIt is hoped that the Heads of Mission and Chargés d'affaires a.i. will "
        "register their vehicles with the Office by 1 June 2031.\n\nOttawa, 2 May 2031\n"
    )
    asked = actions_of(text)
    assert len(asked) == 1
    assert asked[0].endswith("by 1 June 2031")
    assert actions_of("It is hoped that the weather will be fine for the reception.") == []
