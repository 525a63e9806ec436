"""What a letter asks, in forms the development letters still missed (wave 9, made-up
texts): an invitation with any pronoun ("a le plaisir de les inviter à"), "prié(e)s", a
passive duty in the future ("devront être communiqués"), a duty in the conditional ("Les
Parties devraient …", "deberían"), "sont tenus de", "pedimos", "nous demandons aux …",
"il est demandé", "están invitados a", "voudront bien", an aside before what is asked, a
support asked for, what a nomination must hold, a presence or a registration required,
a reply looked forward to and a list under "Please:"; and what asks nothing: quoting a
reference and an offer to be written to on a condition."""

from plenipo.reading import read_text
from plenipo.reading.gloss import gloss
from plenipo.reading.requests import actions


def texts(text, language):
    return [mention.text for mention in actions(text, language)]


def test_a_french_invitation_with_any_pronoun_asks():
    for said in (
        "Le Directeur a le plaisir de les inviter à désigner un représentant.",
        "La Présidente a l'honneur de l'inviter à désigner un représentant.",
        "Le Bureau a le plaisir de leur inviter à désigner un représentant.",
    ):
        assert texts(said, "fr") == ["designate a representative"], said
    assert texts("Le Directeur a le plaisir de les informer de la réunion.", "fr") == []


def test_both_genders_written_at_once_ask():
    assert texts("Vous êtes prié(e)s de confirmer votre présence.", "fr") == ["confirm attendance"]
    assert texts("Les membres sont invité(e)s à soumettre leurs commentaires.", "fr") == [
        "submit comments"
    ]


def test_a_passive_duty_in_the_future_asks_what_its_subject_names():
    said = "Les formulaires devront être renvoyés au Secrétariat avant le 3 mai 2031."
    assert texts(said, "fr") == ["return the forms to the Secretariat"]
    assert texts("Les candidatures devraient être envoyées au Bureau.", "fr") == [
        "send the nominations to the Bureau"
    ]
    assert texts("Las candidaturas deberían enviarse a la Secretaría.", "es") == [
        "send the nominations to the Secretariat"
    ]
    # what will be done, not what is asked
    assert texts("Les résultats devront être publiés en juin.", "fr") == []


def test_a_duty_in_the_conditional_laid_on_the_addressees_asks():
    assert texts("Les Parties devraient soumettre leurs rapports nationaux.", "fr") == [
        "submit national reports"
    ]
    assert texts("Los Estados miembros deberían enviar sus informes.", "es") == ["send reports"]
    assert texts("Les délégations devront s'inscrire en ligne.", "fr") == ["register online"]
    assert texts("Les prix devraient baisser l'an prochain.", "fr") == []


def test_a_duty_stated_asks():
    assert texts("Les participants sont tenus de s'inscrire en ligne.", "fr") == ["register online"]
    assert texts("Los participantes están obligados a presentar sus credenciales.", "es") == [
        "submit credentials"
    ]


def test_spanish_pedimos_and_french_demandons_ask():
    assert texts("Les pedimos que confirmen su asistencia.", "es") == ["confirm attendance"]
    assert texts("Pedimos a los Miembros que se registren en línea.", "es") == ["register online"]
    assert texts("Nous demandons aux Parties de soumettre leurs rapports.", "fr") == [
        "submit reports"
    ]
    assert texts("Il vous est demandé de remplir le formulaire.", "fr") == ["complete the form"]
    assert texts("Il est demandé aux délégations de s'inscrire en ligne.", "fr") == [
        "register online"
    ]
    assert texts("Nous demandons la paix.", "fr") == []


def test_invited_in_spanish_and_voudront_bien_and_a_recalled_duty_ask():
    assert texts("Los Estados Miembros están invitados a presentar candidaturas.", "es") == [
        "submit nominations"
    ]
    assert texts("Les délégations voudront bien s'inscrire en ligne.", "fr") == ["register online"]
    assert texts("Il est rappelé aux délégations qu'elles doivent s'inscrire en ligne.", "fr") == [
        "register online"
    ]
    assert texts("Les délégations voudront bien agréer nos salutations.", "fr") == []


def test_an_aside_between_the_cue_and_what_is_asked():
    said = "Governments are invited, if they have not already done so, to ratify the Treaty."
    assert len(texts(said, "en")) == 1
    said = "Les États sont invités, s'ils ne l'ont pas encore fait, à ratifier le Traité."
    assert texts(said, "fr") == ["ratify the Treaty"]
    assert texts("The delegates were invited, as usual, by the host.", "en") == []


def test_a_support_asked_for():
    said = "I wish to request your Government's continued support for the Programme."
    assert len(texts(said, "en")) == 1
    assert len(texts("We seek your kind cooperation in this matter.", "en")) == 1
    assert len(texts("Nous sollicitons votre bienveillant appui.", "fr")) == 1
    assert texts("We thank you for your support.", "en") == []


def test_what_a_nomination_must_hold_and_who_sends_it():
    assert len(texts("All applications should include a curriculum vitae in English.", "en")) == 1
    assert len(texts("Nominations must clearly indicate the field of expertise.", "en")) == 1
    assert len(texts("Candidates should submit a letter of motivation.", "en")) == 1
    said = "Those wishing to attend the dinner should register online."
    assert len(texts(said, "en")) == 1
    assert texts("The report should include a summary of the debates.", "en") == []


def test_a_presence_or_a_registration_required_asks():
    assert len(texts("Your presence is requested at the opening ceremony.", "en")) == 1
    assert len(texts("Online registration is mandatory for all participants.", "en")) == 1
    assert texts("Registration opened on 3 May.", "en") == []
    assert texts("Attendance is expected to exceed 500 people.", "en") == []


def test_a_reply_looked_forward_to_asks():
    assert len(texts("I look forward to your early reply.", "en")) == 1
    assert len(texts("We look forward to an early response.", "en")) == 1
    assert texts("I look forward to seeing you in Geneva.", "en") == []


def test_a_list_under_please_asks_each_item():
    text = (
        "Dear Colleagues,\n\nThe workshop will take place in Rome.\n\nPlease:\n"
        "(a) complete the registration form;\n(b) return it to the Secretariat.\n\n"
        "Kind regards,\nThe Secretariat\n"
    )
    found = read_text(text).to_json()["requested_actions"]
    assert found == ["complete the registration form", "return it to the Secretariat"]


def test_quoting_a_reference_asks_nothing():
    assert texts("Prière de rappeler la référence : AB/12/3", "fr") == []
    assert texts("Kindly quote the above reference in your reply.", "en") == []
    assert texts("Sírvase citar esta referencia en su respuesta.", "es") == []
    assert texts("Prière de rappeler la date de la réunion aux délégués.", "fr") != []


def test_an_offer_to_be_written_to_on_a_condition_asks_nothing():
    said = "If you encounter any issues or have feedback, please email us at web@example.org."
    assert texts(said, "en") == []
    assert texts("Please email us your comments by 3 May.", "en") != []


def test_french_y_is_a_pronoun_not_and():
    said = "Le Bureau a le plaisir de les inviter à nommer un représentant pour y participer."
    assert texts(said, "fr") == ["appoint a representative"]
    said = "Sírvase comunicar los nombres y registrar sus datos en línea."
    assert len(texts(said, "es")) == 2


def test_one_or_more_and_the_new_verbs_are_glossed():
    assert gloss("de nommer un ou plusieurs représentants", "fr") == (
        "appoint one or more representatives"
    )
    assert gloss("designar uno o varios expertos", "es") == "designate one or more experts"
    assert gloss("que cumpla su mandato", "es") == "fulfil mandate"


def test_a_registration_required_in_french_or_spanish_asks_to_register():
    said = "L'inscription en ligne est désormais obligatoire pour participer à l'Assemblée."
    assert texts(said, "fr") == ["register online"]
    assert texts("La inscripción previa es obligatoria para todos.", "es") == ["register"]
    assert texts("L'inscription a été close le 3 mai.", "fr") == []


def test_what_is_called_for_in_the_passive_asks():
    assert len(texts("Nominations are invited for the post of Chair.", "en")) == 1
    assert len(texts("Comments are welcome until 3 May 2031.", "en")) == 1
    assert len(texts("Expressions of interest are sought from qualified firms.", "en")) == 1
    assert texts("The proposals were welcomed by the Bureau.", "en") == []


def test_a_recommendation_to_the_addressees_asks():
    assert len(texts("It is recommended that participants book their hotel early.", "en")) == 1
    assert len(texts("Delegates are strongly recommended to arrive early.", "en")) == 1
    said = "Se recomienda a los participantes reservar su hotel con antelación."
    assert texts(said, "es") == ["book hotel"]
    assert texts("The Committee recommended to the Council that it adopt the text.", "en") == []


def test_spanish_urging_and_the_writers_own_call_ask():
    assert texts("Se encarece a los Estados Miembros que presenten sus informes.", "es") == [
        "submit reports"
    ]
    assert texts("Se exhorta a las Partes a ratificar el Protocolo.", "es") == [
        "ratify the Protocol"
    ]
    assert texts("Insto a los Estados a presentar sus informes.", "es") == ["submit reports"]
    assert texts("Sería de agradecer que enviaran sus comentarios.", "es") == ["send comments"]
    said = "J'invite les États membres à soumettre leurs candidatures avant le 3 mai."
    assert texts(said, "fr") == ["submit nominations"]
    said = "Nous encourageons vivement les Parties à ratifier le Protocole."
    assert texts(said, "fr") == ["ratify the Protocol"]
    assert texts("Le Secrétariat encourage la participation des femmes.", "fr") == []


def test_an_invitation_cards_rsvp_asks():
    assert len(texts("R.S.V.P. by 3 May 2031 to protocol@example.org", "en")) == 1
    assert texts("The RSVP list was closed.", "en") == []


def test_a_form_to_send_back_after_an_enclosure_asks():
    assert len(texts("Please find attached the form and return it by 3 May.", "en")) == 1
    assert texts("Please find attached the report and the agenda.", "en") == []


def test_what_will_be_required_of_the_addressees_asks():
    said = "You will be required to present your passport at the entrance."
    assert len(texts(said, "en")) == 1
    assert len(texts("Please be so good as to confirm.", "en")) == 1
    assert texts("The room will be required for the plenary.", "en") == []


def test_being_informed_or_reminded_asks_nothing():
    assert texts("Kindly be informed that the meeting is postponed.", "en") == []
    assert texts("Please be reminded that the deadline is 3 May.", "en") == []
    assert len(texts("Kindly be present at 9 a.m.", "en")) == 1


def test_what_must_reach_the_writers_in_french_and_spanish_asks():
    for said, language in (
        ("Les candidatures doivent parvenir au Secrétariat avant le 3 mai.", "fr"),
        ("Las candidaturas deberán llegar a la Secretaría antes del 3 de mayo.", "es"),
        ("Las candidaturas deberán hacerse llegar a la Secretaría.", "es"),
        ("Las candidaturas deben enviarse a la Secretaría.", "es"),
    ):
        assert texts(said, language) == ["send the nominations to the Secretariat"], said
    assert texts("Les réponses sont à adresser au Secrétariat.", "fr") == [
        "send the replies to the Secretariat"
    ]
    assert texts("Las respuestas han de enviarse a la Secretaría.", "es") == [
        "send the replies to the Secretariat"
    ]
    assert texts("La lettre est à lire attentivement.", "fr") == []


def test_a_wish_in_french_and_other_polite_forms_ask():
    said = "Il serait apprécié que les Parties communiquent leurs observations."
    assert texts(said, "fr") == ["communicate observations"]
    said = "Je me permets de vous demander de confirmer votre participation."
    assert texts(said, "fr") == ["confirm participation"]
    assert texts("Tengan a bien confirmar su asistencia.", "es") == ["confirm attendance"]
    assert texts("Quisiera invitarle a participar en la reunión.", "es") == [
        "participate in the meeting"
    ]


def test_a_forecast_of_a_crowd_asks_nothing():
    said = "Some 40 participants from 12 countries are expected to attend the workshop."
    assert texts(said, "en") == []
    assert texts("More than 300 delegates are expected to take part.", "en") == []
    assert len(texts("All delegates are expected to attend the opening session.", "en")) == 1


def test_a_step_someone_will_take_asks_nothing():
    said = "Within eight days, the Office shall request the Ministry to register the intern."
    assert texts(said, "en") == []
    assert texts("The Secretariat will invite the Parties to comment on the draft.", "en") == []
    assert len(texts("The Secretariat will invite you to comment on the draft.", "en")) == 1


def test_a_second_step_joined_in_the_gerund_asks_with_its_verb():
    said = "Please register by completing the attached form and returning it to the Secretariat."
    assert texts(said, "en") == [said.rstrip("."), "return it to the Secretariat"]
    said = "Delegates are requested to register by sending an e-mail and attaching a photo."
    assert texts(said, "en") == [said.rstrip("."), "attach a photo"]
    said = "I invite you to act by supporting the proposal and speaking for it."
    assert texts(said, "en") == [said.rstrip(".")]


def test_a_circulars_heading_of_what_it_asks():
    assert len(texts("Action required: Nominate a focal point by 3 May 2031.", "en")) == 1
    said = "Suite à donner : désigner un point focal avant le 3 mai."
    assert texts(said, "fr") == ["designate a focal point"]
    assert texts("Acción requerida: designar un punto focal.", "es") == ["designate a focal point"]
    assert texts("Action required: None", "en") == []
    # a subject line's heading, or one naming a subject, asks nothing of its own
    assert texts("Subject: Action required: Nominate a focal point by 3 May.", "en") == []
    assert texts("Action required: Participation of your expert in the meeting", "en") == []
    assert texts("Action requested: for information", "en") == []


def test_the_writer_asking_now_and_a_happy_invitation_ask():
    assert len(texts("I am asking you to support this proposal.", "en")) == 1
    assert len(texts("We are inviting all Parties to share their views.", "en")) == 1
    assert len(texts("I am happy to invite you to the reception.", "en")) == 1
    assert texts("Les invitamos cordialmente a participar en el seminario.", "es") == [
        "participate in the seminar"
    ]
    assert texts("We are asking ourselves what to do.", "en") == []


def test_a_polite_question_asks_in_the_three_languages():
    assert len(texts("Would you be able to send us the list by Friday?", "en")) == 1
    said = "Pourriez-vous nous faire parvenir vos commentaires avant le 3 mai ?"
    assert texts(said, "fr") == ["send comments"]
    said = "Auriez-vous l'amabilité de confirmer votre participation ?"
    assert texts(said, "fr") == ["confirm participation"]
    assert texts("¿Podría usted enviarnos el formulario?", "es") == ["send the form"]
    said = "Tendría la amabilidad de confirmar su asistencia."
    assert texts(said, "es") == ["confirm attendance"]
    assert texts("La reunión podría celebrarse en Lima.", "es") == []
    assert texts("Vous pourriez vous interroger sur la suite.", "fr") == []


def test_a_duty_laid_on_those_a_circular_names():
    assert len(texts("Delegates must register online before 3 May.", "en")) == 1
    assert len(texts("Heads of delegation should submit their credentials.", "en")) == 1
    assert texts("Observers should have experience in fisheries.", "en") == []


def test_a_reflexive_after_those_who_act_is_not_a_passive():
    said = "Los participantes deberán inscribirse en línea."
    assert texts(said, "es") == ["register online"]
    said = "Se requiere que las delegaciones se inscriban en línea."
    assert texts(said, "es") == ["register online"]
    said = "Las candidaturas deben enviarse a la Secretaría."
    assert texts(said, "es") == ["send the nominations to the Secretariat"]


def test_an_english_duty_in_the_passive_is_said_with_its_verb_first():
    said = "Registration should be completed by 13 May 2031."
    assert texts(said, "en") == ["complete registration by 13 May 2031"]
    said = "Nominations should be sent to the Secretariat by 3 May."
    assert texts(said, "en") == ["send nominations to the Secretariat by 3 May"]
    said = "All nominations must be received by 3 May."
    assert texts(said, "en") == ["All nominations must be received by 3 May"]
    said = "The Secretariat hopes that the forms should be sent back soon."
    assert all(not found.startswith("send") for found in texts(said, "en"))


def test_a_courtesys_hope_asks_nothing_but_a_welcome_to_attend_asks():
    assert texts("I look forward to your positive response to this letter.", "en") == []
    assert len(texts("You are most welcome to attend the reception.", "en")) == 1
    assert texts("You are welcome to the twentieth session.", "en") == []


def test_no_registration_required_asks_nothing():
    assert texts("No registration is required for the reception.", "en") == []
    assert texts("No prior registration is required.", "en") == []


def test_a_note_verbales_third_person_asks():
    said = "L'Ambassade prie le Ministère de lui communiquer les noms des délégués."
    assert texts(said, "fr") == ["communicate the names of the delegates"]
    said = "La Embajada ruega a la Cancillería enviar los nombres de los delegados."
    assert texts(said, "es") == ["send the names of the delegates"]
    said = "I would like to take this opportunity to invite you to the ceremony."
    assert len(texts(said, "en")) == 1
    said = "L'Ambassade prie le Ministère d'agréer les assurances de sa haute considération."
    assert texts(said, "fr") == []


def test_more_verbs_and_nouns_of_requests_are_glossed():
    assert texts("Se ruega diligenciar el formulario adjunto.", "es") == [
        "complete the attached form"
    ]
    said = "Les participants sont priés de joindre une copie de leur passeport."
    assert texts(said, "fr") == ["attach a copy of passport"]
    said = "Se invita a las delegaciones a acudir a la sesión inaugural."
    assert texts(said, "es") == ["attend the inaugural session"]
    said = "Sírvase adjuntar una fotografía y la hoja de vida."
    assert texts(said, "es") == ["attach a photograph and the curriculum vitae"]
    said = "Les candidatures doivent être remises au Secrétariat."
    assert texts(said, "fr") == ["submit the nominations to the Secretariat"]
