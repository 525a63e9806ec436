"""Wave 10, notes verbales and circular notes read whole: each rule on a made-up note."""

from plenipo.reading.gloss import gloss
from plenipo.reading.instruments import canonical as cited_name
from tests.reading.readings import (
    actions_of,
    addressees,
    cited,
    enclosed,
    meetings_of,
    reading,
    sender_name,
)

FOOT_ADDRESS = """EMBASSY OF THE REPUBLIC OF ARDENIA

No. 77/2031

The Embassy of the Republic of Ardenia presents its compliments to the Secretariat of the
Northern Fisheries Commission and has the honour to transmit the annual catch report.

The Embassy of the Republic of Ardenia avails itself of this opportunity to renew to the
Secretariat of the Northern Fisheries Commission the assurances of its highest consideration.

Lisbon, 4 May 2031

Secretariat of the Northern Fisheries Commission
Rua das Flores
LISBON
"""

SIGNED_NOTE = FOOT_ADDRESS.replace(
    "Secretariat of the Northern Fisheries Commission\nRua das Flores\nLISBON\n",
    "Tomas Verhaal\nAmbassador of the Republic of Ardenia\n",
)


def test_the_addressee_block_at_a_notes_foot_is_no_signature():
    found = reading(FOOT_ADDRESS)
    assert found["doc_type"] == "note_verbale"
    assert (found["sender"] or {}).get("name") is None
    assert "Ardenia" in found["sender"]["title"]


def test_a_note_in_spanish_with_its_addressee_at_the_foot():
    text = """EMBAJADA DE ARDENIA

La Embajada de Ardenia saluda atentamente al Ministerio de Asuntos Exteriores de Valdoria
y tiene el honor de solicitar la expedición de un visado oficial.

La Embajada de Ardenia aprovecha la oportunidad para reiterar al Ministerio de Asuntos
Exteriores de Valdoria las seguridades de su más alta consideración.

Valdoria, 3 de junio de 2031

Al Honorable
Ministerio de Asuntos Exteriores
Ciudad de Valdoria
"""
    assert sender_name(text) is None


def test_a_note_signed_under_its_closing_keeps_its_signatory():
    assert "Tomas Verhaal" in SIGNED_NOTE
    assert sender_name(SIGNED_NOTE) == "Tomas Verhaal"


def _note_es(body):
    return (
        "La Embajada de Ardenia saluda atentamente al Ministerio de Asuntos Exteriores de "
        f"Valdoria y tiene el honor de solicitar un visado oficial.\n\n{body}\n\n"
        "La Embajada de Ardenia aprovecha la oportunidad para reiterar al Ministerio las "
        "seguridades de su más alta consideración.\n\nValdoria, 3 de junio de 2031\n"
    )


def test_items_after_se_adjuntan_a_la_presente_each_apart():
    text = _note_es(
        "Para tal efecto, se adjuntan a la presente el formulario de solicitud y copia del "
        "pasaporte oficial del señor Ruiz."
    )
    found = enclosed(text)
    assert any(item.startswith("el formulario de solicitud") for item in found)
    assert any(item.startswith("copia del pasaporte") for item in found)
    # the note itself, said to be enclosed to nothing, is no item
    assert enclosed(_note_es("El programa se adjunta a la presente nota.")) == ["El programa"]


def test_the_item_of_a_cuyo_clause_and_no_placeholder_annex_line():
    text = _note_es(
        "El Gobierno presenta la candidatura del señor Ruiz, cuyo currículum vítae se adjunta "
        "a la presente.\n\nAnexo: lo indicado"
    )
    assert enclosed(text) == ["currículum vítae"]


def test_a_request_to_send_with_the_ones_asked_between_encloses_nothing():
    text = _note_es(
        "El Ministerio agradecerá a las Misiones Diplomáticas remitir la relación actualizada "
        "de su personal antes del 31 de marzo de 2031."
    )
    assert enclosed(text) == []


def test_a_deadline_after_ci_joint_is_no_item():
    text = (
        "Le Département présente ses compliments aux Missions diplomatiques et a l'honneur de "
        "les inviter à la réception.\n\nLes Missions sont priées de répondre au moyen du "
        "formulaire ci-joint d'ici au 20 décembre 2031.\n\nBerne, le 1er décembre 2031\n"
    )
    assert not any("ici" in item for item in enclosed(text))


def _numbered_note(number_line, lead="MINISTERIO DE RELACIONES EXTERIORES\n\n"):
    return (
        f"{lead}{number_line}\n\nEl Ministerio de Relaciones Exteriores saluda atentamente a "
        "las Misiones Diplomáticas acreditadas y tiene el honor de informarles del nuevo "
        "horario de atención.\n\nEl Ministerio hace propicia la oportunidad para renovarles "
        "las seguridades de su más alta consideración.\n\nQuito, 6 de febrero de 2031\n"
    )


def test_a_circular_notes_number_keeps_the_offices_initials():
    found = reading(_numbered_note("Nota Circular N° 0234/DGP/2031"))["reference"]
    assert found == "Nota Circular N° 0234/DGP/2031"
    assert reading(_numbered_note("Nota Circular N° 22/2031"))["reference"] == (
        "Nota Circular N° 22/2031"
    )


def test_the_office_code_opening_a_number_line_is_kept():
    assert reading(_numbered_note("DT/N° 56/2031"))["reference"] == "DT/N° 56/2031"
    assert reading(_numbered_note("PPT-UNASUR N° 118/2031"))["reference"] == (
        "PPT-UNASUR N° 118/2031"
    )
    # the paper's kind before the number is no office's code; it is kept as the note's
    assert reading(_numbered_note("NOTA VERBAL N° 118/2031"))["reference"] == (
        "NOTA VERBAL N° 118/2031"
    )


def test_an_office_numbered_in_its_code_heads_a_symbol():
    text = _numbered_note("J4/TR/2031/218", lead="Direction des Traités\n")
    assert reading(text)["reference"] == "J4/TR/2031/218"


LONG_CLOSING_ES = """MISIÓN PERMANENTE DE ARDENIA ANTE LA ORGANIZACIÓN DE ESTADOS DEL SUR

La Misión Permanente de Ardenia ante la Organización de Estados del Sur saluda atentamente a
la Secretaría General de la Organización de Estados del Sur y tiene el honor de presentar la
candidatura de la doctora Ana Ruiz al Comité Jurídico para el periodo 2032-2035.

La Misión Permanente agradecerá a la Secretaría General circular la presente nota entre los
Estados Miembros de la Organización. La candidata reúne las calidades exigidas por el Estatuto
del Comité y cuenta con una larga experiencia en derecho internacional público, en derecho del
mar y en la solución pacífica de controversias entre los Estados de la región, como lo muestra
su trayectoria académica y profesional de más de veinte años al servicio de la Organización.

La Misión Permanente de Ardenia ante la Organización de Estados del Sur aprovecha la
oportunidad para reiterar a la Secretaría General de la Organización de Estados del Sur –
Departamento de Asuntos Jurídicos Internacionales – las seguridades de su más alta y
distinguida consideración.

Montevideo, a 22 de abril de 2031
"""


def test_a_notes_long_closing_formula_dates_the_note_under_it():
    found = reading(LONG_CLOSING_ES)
    assert (found["date"], found["place"]) == ("2031-04-22", "Montevideo")


def _note_en(body):
    return (
        "The Ministry presents its compliments to the Embassy of Ardenia and has the honour "
        f"to refer to the Embassy's note of 2 May 2031.\n\n{body}\n\n"
        "The Ministry avails itself of this opportunity to renew to the Embassy the "
        "assurances of its highest consideration.\n\nLima, 3 May 2031\n"
    )


def test_a_note_asks_with_an_adverb_between_prie_and_its_addressee():
    text = _note_en("Le Ministère prie également l'Ambassade de lui signaler tout départ.")
    assert [a.split()[0] for a in actions_of(text)] == ["report"]
    # "prie … d'agréer" closes, it asks nothing
    closing = _note_en("Le Ministère prie également l'Ambassade d'agréer ses salutations.")
    assert actions_of(closing) == []


def test_taking_into_consideration_is_considering():
    text = _note_en(
        "La Mission saurait gré au Secrétariat de bien vouloir prendre en considération "
        "cette candidature."
    )
    assert actions_of(text) == ["consider this nomination"]


def test_a_second_verb_with_a_pronoun_object_is_a_request_of_its_own():
    text = _note_en(
        "The Mission would be grateful if the Office could acknowledge receipt of the reply "
        "and include it in the report."
    )
    assert "include it in the report" in actions_of(text)
    # "and it" joins no verb
    joined = _note_en("The Mission would be grateful if the Office could reply and it will.")
    assert len(actions_of(joined)) == 1


def test_a_note_convening_a_meeting_asks_to_attend_it():
    text = _note_en(
        "La Presidencia tiene el honor de convocar a la Reunión de Coordinadores Nacionales, "
        "que se celebrará en Lima."
    )
    assert any(action.startswith("attend") for action in actions_of(text))
    # convening the meeting itself, not summoning someone to it, is "convene"
    assert gloss("convocar una reunión del Consejo", "es").startswith("convene a meeting")
    assert gloss("convoquer au Sommet extraordinaire", "fr").startswith("attend")


def test_a_request_sending_to_an_office_names_no_addressee():
    text = _note_en(
        "The Embassy is kindly requested to confirm its participation by 25 May 2031 to "
        "the Directorate of Multilateral Affairs (multilateral@mfa.example)."
    )
    assert [a for a in addressees(text) if "Directorate" in a] == []
    # a heading of its own still names one: "The Ardenian Ambassador to the Secretary of State."
    heading = "The Ardenian Ambassador to the Secretary of State.\n\nSir,\n\nI have the honour."
    assert addressees(heading) == ["Secretary of State"]


def test_a_notes_prie_l_ambassade_de_lui_signaler_is_no_invitation():
    text = (
        "Le Ministère présente ses compliments à l'Ambassade d'Ardenie à Lima et a l'honneur "
        "de l'informer de la mise à jour de la liste diplomatique.\n\nLe Ministère prie "
        "également l'Ambassade de lui signaler tout départ.\n\nLima, le 3 mai 2031\n"
    )
    assert addressees(text) == ["Ambassade d'Ardenie à Lima"]
    card = (
        "Le Président de la République prie Son Excellence l'Ambassadeur d'Ardenie de lui "
        "faire l'honneur d'assister au dîner officiel.\n"
    )
    assert any("Ambassadeur" in a for a in addressees(card))


def test_a_french_title_goes_on_through_en_matiere_d():
    text = (
        "Le Ministère présente ses compliments aux Ambassades et a l'honneur de leur notifier "
        "l'adhésion de l'Ardenie à la Convention internationale pour l'unification de "
        "certaines règles en matière d'assistance, signée à Bruxelles le 23 septembre 1910.\n"
    )
    assert cited(text) == [
        cited_name(
            "Convention internationale pour l'unification de certaines règles en matière "
            "d'assistance"
        )
    ]


def test_a_protocol_of_accession_names_who_accedes_and_to_what():
    text = _note_es(
        "El Ministerio informa que Ardenia depositó el instrumento de ratificación del "
        "Protocolo de Adhesión de la República de Ardenia al Tratado de Asunción."
    )
    assert cited_name(
        "Protocolo de Adhesión de la República de Ardenia al Tratado de Asunción"
    ) in cited(text)
    # a protocol of accession named by its kind alone is none
    assert cited(_note_es("El Protocolo de adhesión será firmado en mayo.")) == []


def test_a_circular_notes_spanish_request_is_glossed_in_english_words():
    text = _note_es(
        "El Ministerio agradecerá a las Misiones presentar las solicitudes de carné de "
        "identidad a través de la plataforma y remitir la lista actualizada de su personal "
        "acreditado."
    )
    words = " ".join(actions_of(text)).split()
    assert {"identity", "through", "updated", "accredited"} <= set(words)


def test_the_third_additional_protocol_by_its_full_title_or_its_number():
    full = (
        "The Department presents its compliments to the Embassies and has the honour to inform "
        "them that Ardenia acceded to the Protocol additional to the Geneva Conventions of 12 "
        "August 1949, and relating to the Adoption of an Additional Distinctive Emblem "
        "(Protocol III).\n"
    )
    third = cited_name("Protocol Additional to the Geneva Conventions (Protocol III)")
    assert cited(full) == [third]
    assert cited("Ardenia ratified Additional Protocol III on 3 May 2031.\n") == [third]
    # the first is not the third
    assert third not in cited("Ardenia ratified Additional Protocol I on 3 May 2031.\n")


def test_a_circular_note_convening_the_corps_to_a_te_deum():
    text = _note_es(
        "Con motivo de las Fiestas Patrias, el día lunes 19 de septiembre de 2031 se celebrará "
        "el tradicional Te Deum Ecuménico en la Catedral Metropolitana, a las 11:00 horas."
    )
    assert meetings_of(text) == [("2031-09-19", "11:00", "scheduled")]
    # mass media hold no meeting
    assert (
        meetings_of(_note_es("El 19 de septiembre de 2031 la mass media publicará el aviso.")) == []
    )


def test_a_note_of_information_is_an_item_of_its_own():
    text = (
        "La Secrétaire générale présente ses compliments aux Représentations permanentes et a "
        "l'honneur de les informer de la session.\n\nL'ordre du jour provisoire et la note "
        "d'information pratique sont joints à la présente note.\n\nParis, le 3 mai 2031\n"
    )
    assert len(enclosed(text)) == 2


def test_a_request_to_transmit_with_tuviera_a_bien_encloses_nothing():
    text = _note_es(
        "La Embajada agradecería al Ministerio que tuviera a bien transmitir esta información "
        "a las autoridades competentes."
    )
    assert enclosed(text) == []


def test_a_notes_number_after_its_office_code_beside_the_dateline():
    text = _numbered_note("DIPROT/GPP No. 3321                    Quito, 2 de junio de 2031")
    assert reading(text)["reference"] == "DIPROT/GPP No. 3321"
    # a date beside nothing but a word is no number line
    plain = _numbered_note("PROTOCOLO                    Quito, 2 de junio de 2031")
    assert reading(plain)["reference"] is None


def test_a_ci_joint_line_lists_the_items_each_apart():
    text = (
        "L'Ambassade présente ses compliments au Ministère et a l'honneur de lui demander un "
        "visa diplomatique.\n\nCi-joint : copie du passeport diplomatique et deux "
        "photographies.\n\nDakar, le 14 avril 2031\n"
    )
    found = enclosed(text)
    assert [item.rstrip(".") for item in found] == [
        "copie du passeport diplomatique",
        "deux photographies",
    ]
