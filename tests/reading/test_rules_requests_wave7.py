"""What a letter asks, in forms of unseen senders: what the writer awaits or what must reach
it, duties ("are to be sent", "doivent être renvoyés", "deberán enviarse"), a request named
before its verb ("Confirmation … is requested by …"), advice to participants, the polite
forms of e-mails and of French and Spanish letters (made-up texts)."""

from plenipo.reading import read_text
from plenipo.reading.gloss import gloss


def actions_of(text):
    return read_text(text).to_json()["requested_actions"]


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
