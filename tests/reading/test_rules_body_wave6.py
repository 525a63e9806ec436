"""Requests and enclosures written the ways registries meet them: a passive request in
Spanish or French, "we need your response", "Vous voudrez bien trouver ci-joint …", a list of
items in French or Spanish, a recipient before the item (made-up texts)."""

from plenipo.reading import read_text
from plenipo.reading.gloss import gloss


def read(text):
    return read_text(text).to_json()


def described(text):
    return [e["description"] for e in read(text)["enclosures"]]


def test_a_passive_request_is_glossed_by_its_participle_and_subject():
    assert gloss(
        "Solicito que la presente carta sea distribuida como documento oficial", "es"
    ).startswith("distribute the present letter as official document")
    assert gloss(
        "Je vous saurais gré de faire en sorte que la présente lettre soit distribuée", "fr"
    ).startswith("distribute the present letter")
    # a participle naming a thing is no verb: the form is what is returned
    assert gloss("Je vous prie de renvoyer le formulaire complété au Secrétariat", "fr") == (
        "return the complete form to the Secretariat"
    )


def test_we_need_your_response_asks():
    text = (
        "Dear Colleague,\n\nWe need your reply to the enclosed survey by 3 October 2031.\n\n"
        "Best regards,\nThe Secretariat\n"
    )
    assert read(text)["requested_actions"] == [
        "We need your reply to the enclosed survey by 3 October 2031"
    ]


def test_vous_voudrez_bien_trouver_ci_joint_encloses_and_asks_nothing():
    text = (
        "Monsieur le Directeur,\n\nVous voudrez bien trouver ci-joint le rapport annuel de "
        "l'Institut.\n\nVeuillez agréer, Monsieur le Directeur, l'expression de ma haute "
        "considération.\n"
    )
    reading = read(text)
    assert reading["requested_actions"] == []
    assert [e["description"] for e in reading["enclosures"]] == ["le rapport annuel de l'Institut"]


def test_the_verb_sending_an_item_is_no_item():
    text = (
        "La Mission permanente présente ses compliments au Secrétariat et a l'honneur de lui "
        "faire tenir ci-joint la liste des experts nationaux.\n"
    )
    assert described(text) == ["la liste des experts nationaux"]


def test_a_spanish_list_of_items_is_each_item():
    text = (
        "Estimado colega:\n\nAdjunto el programa del taller, la nota conceptual y el "
        "formulario de inscripción.\n\nAtentamente,\n"
    )
    assert described(text) == [
        "el programa del taller",
        "la nota conceptual",
        "el formulario de inscripción",
    ]


def test_a_recipient_before_the_item_is_not_the_item():
    text = (
        "Excelentísimo señor:\n\nMe es grato remitir a Vuestra Excelencia, adjunto a la "
        "presente, el texto del Convenio entre la República de Arcadia y la República de "
        "Utopía.\n"
    )
    assert described(text) == [
        "el texto del Convenio entre la República de Arcadia y la República de Utopía"
    ]


def test_vous_voudrez_bien_egalement_trouver_ci_inclus():
    text = (
        "Monsieur le Ministre,\n\nVous voudrez bien également trouver ci-inclus, en trois "
        "exemplaires, la copie du mémoire déposé.\n\nVeuillez agréer, Monsieur le Ministre, "
        "l'assurance de ma haute considération.\n"
    )
    reading = read(text)
    assert reading["requested_actions"] == []
    assert described(text) == ["la copie du mémoire déposé"]


def test_a_convocation_asks_to_attend_the_meeting():
    spanish = (
        "Señor Edil:\n\nLa Secretaría de la Junta convoca a Ud. para la Sesión Ordinaria "
        "a celebrarse el lunes 3 de marzo a las 19 horas.\n\nSaluda atentamente,\n"
    )
    assert read(spanish)["requested_actions"] == ["attend the Ordinary Session"]
    assert gloss("vous êtes convoqué à la réunion du Conseil qui se tiendra le 3 mai", "fr") == (
        "attend the meeting of the Council"
    )


def test_me_permito_invitarlo_asks_to_attend():
    text = (
        "Señor Presidente:\n\nMe permito invitarlo a la Conferencia Regional sobre el Agua, "
        "en Quito, en mayo de 2031.\n\nAtentamente,\n"
    )
    (asked,) = read(text)["requested_actions"]
    assert asked.startswith("attend the Regional Conference")


def test_heads_of_state_and_of_government_join_no_second_request():
    text = (
        "Señor Presidente:\n\nMe permito invitarlo a la reunión de Jefes de Estado y de "
        "Gobierno de la región.\n\nAtentamente,\n"
    )
    assert len(read(text)["requested_actions"]) == 1
