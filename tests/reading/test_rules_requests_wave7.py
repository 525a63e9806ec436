"""What a letter asks, in forms of unseen senders: what the writer awaits or what must reach
it, duties ("are to be sent", "doivent être renvoyés", "deberán enviarse"), a request named
before its verb ("Confirmation … is requested by …"), advice to participants, the polite
forms of e-mails and of French and Spanish letters (made-up texts)."""

from plenipo.reading import read_text
from plenipo.reading.gloss import gloss
from tests.reading.readings import actions_of


def test_what_the_writer_looks_forward_to_receiving_and_what_should_reach_it():
    text = (
        "Dear Colleague,\n\nThe Bureau will meet on 3 May 2031.\n\n"
        "The Secretariat looks forward to receiving your proposals on the draft rules.\n\n"
        "Nominations should reach the Secretariat by 20 April 2031.\n\n"
        "Yours sincerely,\nThe Clerk\n"
    )
    assert len(actions_of(text)) == 2
    assert "looking forward" not in " ".join(actions_of("I look forward to meeting you soon."))


def test_duties_to_be_done_and_a_request_named_before_its_verb():
    text = (
        "Excellency,\n\nThe Forum will open on 9 June 2031.\n\n"
        "Replies are to be sent to the Registry before 1 May 2031.\n\n"
        "Member States are to submit the names of their experts.\n\n"
        "Confirmation of attendance is requested by 15 May 2031.\n\nAccept, Excellency, …\n"
    )
    assert len(actions_of(text)) == 3
    assert actions_of("Currently 120 States are Parties to the Agreement.") == []
    assert actions_of("All other Parties are entitled to attend as observers.") == []


def test_advice_to_participants_and_the_requests_of_an_e_mail():
    text = (
        "Dear all,\n\nParticipants are advised to arrive one hour before the opening.\n\n"
        "It would be great if you could share the speakers' names by Friday.\n\nThanks,\nLea\n"
    )
    assert len(actions_of(text)) == 2
    assert actions_of("Please also note that the session will be paperless.") == []
    assert actions_of("Your attention is kindly drawn to the new security rules.") == []


def test_a_subject_with_its_own_relative_clause_is_asked():
    text = (
        "Dear Sir or Madam,\n\nStates which have not yet done so are encouraged to accede to "
        "the Protocol.\n\nI enclose the report, which I would ask you to bring to the attention "
        "of your authorities.\n\nYours faithfully,\nThe Director\n"
    )
    assert len(actions_of(text)) == 2
    relative = "The session ends with a dinner which all delegates are invited to attend."
    assert actions_of(relative) == []


def test_requests_to_the_addressees_own_authorities():
    text = "The Office requests your authorities to provide the data by 1 June 2031."
    assert len(actions_of(text)) == 1


def test_french_invitations_thanks_in_advance_and_duties_are_asked_in_english():
    text = (
        "Madame, Monsieur,\n\nJe vous invite à désigner un expert national.\n\n"
        "Merci de confirmer votre participation avant le 2 mai 2031.\n\n"
        "Les formulaires doivent être renvoyés au Secrétariat avant le 9 mai 2031.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de ma considération.\n"
    )
    asked = read_text(text).to_json()["requested_actions"]
    assert [a.split()[0] for a in asked] == ["designate", "confirm", "return"]
    assert actions_of("Merci de votre attention.") == []


def test_spanish_polite_commands_invitations_and_duties_are_asked_in_english():
    text = (
        "Estimados colegas:\n\nLes invitamos a participar en el seminario regional.\n\n"
        "Por favor, envíen el formulario antes del 1 de agosto de 2031.\n\n"
        "Les rogamos hacer llegar sus comentarios.\n\n"
        "Las candidaturas deberán enviarse a la Secretaría.\n\n"
        "Se recuerda a las Misiones que deben actualizar la lista de delegados.\n\n"
        "Saludos cordiales,\nLa Secretaría\n"
    )
    asked = read_text(text).to_json()["requested_actions"]
    assert [a.split()[0] for a in asked] == ["participate", "send", "send", "send", "update"]
    assert actions_of("El Consejo votó a favor de la propuesta.") == []


def test_irregular_french_participles_and_acknowledging_receipt_are_glossed():
    assert gloss("doivent être soumis avant le 31 mars", "fr").startswith("submit")
    assert gloss("de bien vouloir en accuser réception", "fr") == "acknowledge receipt"


def test_a_question_that_asks_and_what_is_due():
    text = (
        "Dear Dr Lane,\n\nCould you let us know whether you are available on 3 June?\n\n"
        "Abstracts are due 30 days before the meeting.\n\nBest wishes,\nThe Organizers\n"
    )
    assert len(actions_of(text)) == 2
    assert actions_of("The delay is due in part to the strike.") == []


def test_items_naming_things_are_the_objects_of_the_verb_of_their_head():
    text = (
        "Dear Members,\n\nMembers are requested to provide:\n"
        "a) the names of their delegates;\nb) their national reports.\n\n"
        "Yours sincerely,\nThe Chair\n"
    )
    assert actions_of(text) == [
        "provide the names of their delegates",
        "provide their national reports",
    ]


def test_a_second_english_verb_joined_without_to_is_a_request_of_its_own():
    text = (
        "The Embassy would be grateful if the Ministry could examine the proposal and "
        "communicate its views at its earliest convenience."
    )
    assert actions_of(text)[1] == "communicate its views at its earliest convenience"


def test_the_writer_in_the_third_person_requests():
    text = "The Secretary requests an acknowledgment of receipt of this letter."
    assert len(actions_of(text)) == 1


def test_french_wishes_to_invite_and_what_is_fitting_to_do_are_asked():
    text = (
        "Excellence,\n\n"
        "Je voudrais inviter les États membres à faire parvenir leurs commentaires.\n\n"
        "Il convient de présenter les demandes par note verbale.\n\n"
        "Il convient de rappeler que la session est publique.\n\n"
        "Veuillez agréer, Excellence, l'assurance de ma haute considération.\n"
    )
    assert [a.split()[0] for a in actions_of(text)] == ["send", "submit"]


def test_the_subject_of_a_passive_duty_is_what_is_acted_on():
    text = "Afin de protéger le processus, les demandes doivent être présentées à Ottawa."
    assert read_text(text).to_json()["requested_actions"] == ["submit the requests to Ottawa"]
    text = "Las candidaturas deberán enviarse a la Secretaría antes del 30 de junio de 2031."
    assert read_text(text).to_json()["requested_actions"][0].startswith("send the nominations to")


def test_comments_that_would_be_welcome_are_asked():
    assert len(actions_of("Your comments would be most welcome by 12 November 2031.")) == 1
