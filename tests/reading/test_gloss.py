"""Requests in French and Spanish as short English phrases, on made-up sentences."""

import pytest

from plenipo.reading.gloss import gloss
from plenipo.reading.requests import actions


@pytest.mark.parametrize(
    ("asked", "language", "english"),
    [
        ("Ruego a ustedes confirmar su participación", "es", "confirm participation"),
        (
            "sont priées de désigner leurs points focaux nationaux avant le 3 mai",
            "fr",
            "designate national focal points",
        ),
        (
            "se invita a los Estados Miembros interesados a que presenten sus candidaturas, "
            "de conformidad con el reglamento",
            "es",
            "submit nominations",
        ),
        (
            "Veuillez nous faire parvenir vos commentaires et observations écrits par courriel",
            "fr",
            "send comments and written observations by email",
        ),
        (
            "Sírvase comunicarnos los nombres y cargos de los expertos nacionales que asistirán",
            "es",
            "communicate the names and posts of the national experts",
        ),
        (
            "est priée de fournir des informations sur la mise en œuvre de la Convention",
            "fr",
            "provide information on the implementation of the Convention",
        ),
        (
            "prière de confirmer votre présence à la troisième séance du Comité",
            "fr",
            "confirm attendance to the third sitting of the Committee",
        ),
        ("veuillez répondre au questionnaire ci-joint", "fr", "reply to the questionnaire"),
        ("srvase contactar a la Secretara", "es", "contact the Secretara"),
    ],
)
def test_a_request_is_its_verb_and_object_in_english(asked, language, english):
    assert gloss(asked, language) == english


def test_names_acronyms_and_numbers_are_kept_as_written():
    phrase = gloss("le ruego enviar el informe 2024/7 del GTCA-3 a la Sra. Kowalski", "es")
    assert phrase == "send the report 2024/7 of the GTCA-3 to the Sra. Kowalski"


def test_the_object_stops_at_a_second_request_and_a_clause():
    assert gloss("prie de réviser le projet et de soumettre ses vues", "fr") == "review the draft"
    assert gloss("se solicita designar un experto que represente al país", "es") == (
        "designate a expert"
    )


def test_a_purpose_ends_the_object():
    assert gloss("veuillez utiliser ces salles pour s'entendre sur le programme", "fr") == (
        "use these rooms"
    )
    assert gloss("le ruego enviar el formulario para inscribirse", "es") == "send the form"
    assert gloss("prière de remplir le formulaire pour la réunion", "fr") == (
        "complete the form for the meeting"
    )


def test_a_subjunctive_is_the_request_only_after_que():
    # "presente" is here the adjective of "la presente nota"
    assert gloss("Le agradecería la presente nota", "es") is None
    assert gloss("se insta a las Partes a que designen un punto focal", "es") == (
        "designate a focal point"
    )


def test_a_purpose_after_the_cue_gives_no_verb():
    assert gloss("sont priés d'arriver tôt afin que les séances puissent commencer", "fr") is None


def test_no_gloss_without_a_known_verb_or_in_english():
    assert gloss("Les délégués sont priés d'arriver tôt", "fr") is None
    assert gloss("Parties are invited to submit views", "en") is None


def test_a_french_letters_requests_read_in_english_on_the_original_words():
    text = (
        "Monsieur le Ministre,\n\n"
        "J'ai l'honneur de vous informer que la réunion du comité aura lieu à Genève. "
        "Les États membres sont priés de désigner leurs experts nationaux et de soumettre "
        "leurs observations écrites.\n\n"
        "Je vous prie d'agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n"
    )
    found = actions(text, "fr")
    assert [a.text for a in found] == [
        "designate national experts",
        "submit written observations",
    ]
    assert actions(text)[0].text.startswith("Les États membres sont priés")
    first = found[0].evidence
    evidence = text[first.start : first.end].strip()
    assert evidence.startswith("Les États membres sont priés de désigner")


def test_an_infinitive_joined_without_a_preposition_is_a_second_request():
    text = (
        "Señor Ministro:\n\n"
        "Sírvase comunicar los nombres de sus delegados a la Secretaría y registrar sus "
        "datos en el sitio web de la reunión.\n"
    )
    assert [a.text for a in actions(text, "es")] == [
        "communicate the names of delegates to the Secretariat",
        "register data in the website of the meeting",
    ]


def test_an_infinitive_joined_after_a_purpose_belongs_to_the_purpose():
    text = (
        "Madame,\n\nLes Parties sont priées de réviser le projet et de se réunir en mai "
        "pour discuter du texte et soumettre un rapport commun.\n"
    )
    found = [a.text for a in actions(text, "fr")]
    assert len(found) == 1
    assert found[0].startswith("review the draft")


def test_a_join_before_a_word_that_is_no_verb_asks_nothing_more():
    text = "Madame,\n\nVeuillez envoyer le formulaire et votre rapport au Secrétariat.\n"
    assert [a.text for a in actions(text, "fr")] == ["send the form and report to the Secretariat"]


def test_premises_are_glossed():
    assert gloss("veuillez utiliser les locaux du Palais", "fr") == "use the premises of the Palais"


@pytest.mark.parametrize(
    ("sentence", "language", "english"),
    [
        ("Vous êtes priés de confirmer votre présence.", "fr", "confirm attendance"),
        ("Nous vous saurions gré de nous faire parvenir le formulaire.", "fr", "send the form"),
        ("Nous vous serions reconnaissants de désigner un expert.", "fr", "designate a expert"),
        ("Vous voudrez bien faire connaître vos observations.", "fr", "communicate observations"),
        ("Les ruego confirmar su asistencia.", "es", "confirm attendance"),
        ("Le agradeceré enviar el formulario.", "es", "send the form"),
        ("Quisiera solicitar que designen un experto.", "es", "designate a expert"),
    ],
)
def test_the_ways_of_asking_of_french_and_spanish_letters(sentence, language, english):
    assert [a.text for a in actions(f"Madame,\n\n{sentence}\n", language)] == [english]


def test_a_closing_formula_in_the_old_style_asks_nothing():
    text = "Madame,\n\nVous voudrez bien agréer, Madame, l'assurance de ma considération.\n"
    assert actions(text, "fr") == []


def test_an_invitation_to_a_meeting_asks_to_attend_it_and_a_pronoun_before_a_second_verb():
    text = (
        "Le Ministère a le plaisir d'inviter Son Excellence le Ministre au Sommet "
        "extraordinaire qui se tiendra à Dakar le 3 juin 2031.\n\nVous êtes priés de "
        "remplir le formulaire et de le renvoyer au Secrétariat.\n"
    )
    assert [m.text for m in actions(text, "fr")] == [
        "attend the extraordinary Summit",
        "complete the form",
        "return to the Secretariat",
    ]
    text = "La Embajada tiene el honor de invitar a Su Excelencia a la Reunión Ministerial."
    assert [m.text for m in actions(text, "es")] == ["attend the Ministerial Meeting"]


def test_a_past_subjunctive_after_a_conditional_is_the_verb_asked():
    text = "Le agradeceríamos que nos proporcionara información sobre las medidas adoptadas."
    assert [m.text for m in actions(text, "es")] == [
        "provide information on the measures adoptadas"
    ]


def test_the_subject_of_a_spanish_passive_is_what_is_asked_for():
    asked = "agradeceré que la presente carta se distribuya como documento oficial"
    assert gloss(asked, "es") == "distribute the present letter as official document"
    asked = "vous saurais gré de transmettre le formulaire des pleins pouvoirs"
    assert gloss(asked, "fr") == "transmit the form of the full powers"


def test_bringing_to_attention_issuing_and_authorities_are_glossed():
    french = gloss("de bien vouloir porter ce rapport à l'attention des autorités", "fr")
    assert french.startswith("bring this report to the attention")
    assert gloss("se sirva expedir los visados", "es").startswith("issue")


def test_one_takes_part_in_a_meeting_and_attends_it():
    assert gloss("de prendre part audit séminaire régional", "fr") == (
        "take part in the regional seminar"
    )
    assert gloss("à participer à cet évènement", "fr") == "participate in this event"
    assert gloss("participer aux travaux du Comité", "fr") == (
        "participate in the work of the Committee"
    )
    assert gloss("assister à la réunion du Conseil", "fr") == "attend the meeting of the Council"
    assert gloss("participar en la reunión", "es") == "participate in the meeting"


def test_both_genders_said_once_and_an_aside_after_the_invitation():
    text = (
        "Tengo el honor de escribirle a fin de invitarla, en calidad de oradora principal, "
        "a participar del Encuentro de Jefas y Jefes de Delegación."
    )
    assert [m.text for m in actions(text, "es")] == [
        "participate in the Meeting of Heads of Delegation"
    ]


def test_the_clause_asked_of_good_offices_is_the_request():
    asked = "Solicito sus buenos oficios para que la presente nota sea publicada como documento"
    assert gloss(asked, "es") == "publish the present note as document"
    asked = "je sollicite vos bons offices afin que la présente lettre soit distribuée"
    assert gloss(asked, "fr") == "distribute the present letter"


def test_a_time_between_the_verb_and_its_object_is_passed_over():
    asked = "sont priés de nous communiquer dès que possible les noms de leurs experts"
    assert gloss(asked, "fr") == "communicate the names of experts"
    asked = "se ruega enviar a la mayor brevedad los nombres de los expertos"
    assert gloss(asked, "es") == "send the names of the experts"


def test_one_request_in_two_languages_of_one_number_or_the_other_is_asked_once():
    text = (
        "Parties are requested to submit their national reports.\n\n"
        "Les Parties sont priées de communiquer les rapports nationaux.\n\n"
        "Se ruega a las Partes comunicar el informe nacional.\n"
    )
    asked = [m.text for m in actions(text, "en")]
    assert asked[1:] == ["communicate the national reports"]


def test_what_it_would_be_fitting_to_do_asks_and_is_glossed():
    text = "Il conviendrait de porter à la connaissance des États membres la présente note."
    assert [m.text for m in actions(text, "fr")] == [
        "bring to the attention of the Member States the present note"
    ]
    assert actions("Il conviendrait de noter que la séance est publique.", "fr") == []


def test_a_duty_in_the_active_asks_and_is_glossed():
    text = (
        "Los Estados miembros deben utilizar una contraseña única para el registro.\n\n"
        "Se debe reenviar una nueva nota verbal mediante el mismo enlace.\n\n"
        "Se debe tener en cuenta que la sala es pequeña.\n"
    )
    assert [m.text for m in actions(text, "es")] == [
        "use a unique password for the registration",
        "forward a new note verbale through the same link",
    ]
    assert [m.text for m in actions("Les Parties doivent soumettre le mot de passe.", "fr")] == [
        "submit the password"
    ]
