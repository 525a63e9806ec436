"""What a letter asks, written the many ways correspondence asks it: lists of requests
whose items open on their verb, requests in the writer's or a note's third person, and a
resolution's own requests reported (made-up texts)."""

from tests.reading.readings import actions_of


def test_marked_items_opening_on_their_verb_are_the_requests_of_the_head():
    text = (
        "Dear Colleagues,\n\nAfter the meeting of the Board, States Parties are requested to:\n"
        "- forward their annual returns by 1 August 2031;\n"
        "- appoint a liaison officer;\n"
        "- review the draft manual.\n\nYours sincerely,\nThe Registrar\n"
    )
    assert actions_of(text) == [
        "forward their annual returns by 1 August 2031",
        "appoint a liaison officer",
        "review the draft manual",
    ]


def test_spanish_items_opening_on_an_infinitive_are_requests():
    text = (
        "Estimados colegas:\n\nPor la presente se solicita a los Estados:\n"
        "a) designar un punto focal;\n"
        "b) enviar sus comentarios.\n\nAtentamente,\nLa Secretaría\n"
    )
    assert len(actions_of(text)) == 2


def test_items_naming_things_under_a_colon_are_no_requests():
    text = (
        "Dear Colleagues,\n\nWe would be grateful for your views on the following:\n"
        "- the budget of the fund;\n"
        "- the venue of the next session.\n\nSincerely,\nThe Chair\n"
    )
    assert "the budget of the fund" not in actions_of(text)


def test_writing_to_urge_welcoming_information_and_glad_if_ask():
    text = (
        "Dear Mr. President,\n\nI write to urge the Board to adopt the plan without delay. "
        "The Rapporteur would welcome any information on the measures taken. "
        "I should be glad if you would inform your authorities of it. "
        "I have the honour to refer to the Agreement and to request your Government to "
        "provide the figures for 2030.\n\nYours sincerely,\nA. Writer\n"
    )
    actions = actions_of(text)
    assert len(actions) == 4


def test_a_note_asks_in_the_third_person_with_de_bien_vouloir_but_the_closing_does_not():
    text = (
        "Le Ministère présente ses compliments à l'Ambassade et la prie de bien vouloir "
        "indiquer la date d'arrivée du Ministre.\n\nJe vous prie de bien vouloir agréer "
        "l'assurance de ma haute considération.\n"
    )
    assert len(actions_of(text)) == 1


def test_a_resolution_s_own_request_reported_asks_the_addressee_nothing():
    text = (
        "Dear Representative,\n\nDecision 80/123 requests the President to hold "
        "consultations on the matter. Resolution 12/4 also invites States to report. "
        "Delegations are requested to register their speakers.\n\nPresident\n"
    )
    assert actions_of(text) == ["register their speakers"]


def test_addressees_singled_out_by_a_clause_are_asked():
    text = (
        "INFORMATION NOTE\n\nThe session opens on 3 May 2031. Delegations wishing to make a "
        "statement should inscribe on the list of speakers. Participants who need a visa must "
        "apply at the nearest consulate.\n"
    )
    assert len(actions_of(text)) == 2
