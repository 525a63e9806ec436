"""Wave 10's rules for letters of heads of state and government, ministers, ambassadors and
permanent representatives to the UN's officers and treaty bodies, on made-up letters."""

import pytest

from plenipo.reading.council_requests import council_meeting_asked
from plenipo.reading.gloss import gloss
from plenipo.reading.instruments import canonical
from tests.reading.readings import actions_of, cited, enclosed, meetings_of, reading, sender_name

# --- the letter's own date in a UN document's heading of identical letters -----------------


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        (
            "Identical letters dated 9 February 2032 from the Permanent Representative of "
            "Norland to the United Nations addressed to the Secretary-General and the President "
            "of the Security Council",
            "2032-02-09",
        ),
        (
            "Lettres identiques datées du 9 février 2032, adressées au Secrétaire général et au "
            "Président du Conseil de sécurité par le Représentant permanent de la Norlande",
            "2032-02-09",
        ),
        (
            "Cartas idénticas de fecha 9 de febrero de 2032 dirigidas al Secretario General y a "
            "la Presidenta del Consejo de Seguridad por el Representante Permanente de Norlandia",
            "2032-02-09",
        ),
    ],
)
def test_identical_letters_heading_gives_the_letters_date(heading, day):
    body = (
        "\n\nFurther to my letters of 3 and 14 January 2032, I have the honour to inform you of "
        "the latest developments.\n\n(Signed) Ana Berg\nPermanent Representative\n"
    )
    assert reading(heading + body)["date"] == day


def test_identical_letters_a_sentence_mentions_are_not_the_heading():
    text = (
        "Geneva, 20 March 2032\n\nExcellency,\n\nI refer to the identical letters dated "
        "9 February 2032 from the Permanent Representative of Norland.\n\n"
        "Yours sincerely,\nAna Berg\n"
    )
    assert reading(text)["date"] == "2032-03-20"


# --- the UN's organs named in a French or Spanish request, glossed whole ------------------


@pytest.mark.parametrize(
    ("sentence", "language", "organ"),
    [
        (
            "Le agradecería que tuviera a bien hacer distribuir la presente carta como "
            "documento del Consejo de Seguridad.",
            "es",
            "Security Council",
        ),
        (
            "Ruego a Vuestra Excelencia hacer distribuir la presente nota como documento de la "
            "Asamblea General.",
            "es",
            "General Assembly",
        ),
        (
            "Je vous prie de bien vouloir transmettre la présente lettre à l'Assemblée générale.",
            "fr",
            "General Assembly",
        ),
    ],
)
def test_un_organs_are_glossed_whole(sentence, language, organ):
    assert organ in gloss(sentence, language)


# --- a request that the Security Council or the General Assembly meet --------------------


def _asking(sentence, closing, signature):
    return f"Excellency,\n\n{sentence}\n\n{closing}\n\n{signature}\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sur instructions de mon gouvernement, j'ai l'honneur de vous demander la "
            "convocation d'une réunion d'urgence du Conseil de sécurité afin d'examiner la "
            "situation à la frontière orientale.",
            "convene an urgent meeting of the Security Council",
        ),
        (
            "Tengo el honor de dirigirme a usted para solicitarle la convocatoria de una sesión "
            "pública del Consejo de Seguridad sobre la situación en la región.",
            "convene a public meeting of the Security Council",
        ),
        (
            "Por instrucciones de mi Gobierno, solicito la celebración de una reunión urgente y "
            "pública del Consejo de Seguridad.",
            "convene an urgent public meeting of the Security Council",
        ),
    ],
)
def test_a_council_meeting_asked_for_is_convene(sentence, expected):
    text = _asking(
        sentence, "Je vous prie d'agréer, Excellence, ma haute considération.", "Ana Berg"
    )
    assert expected in reading(text)["requested_actions"]


def test_a_letter_circulated_to_the_council_is_no_meeting_asked():
    assert (
        council_meeting_asked(
            "Le ruego que tenga a bien hacer distribuir la presente carta como documento del "
            "Consejo de Seguridad, en relación con la sesión del 3 de marzo."
        )
        is None
    )
    assert council_meeting_asked("I request an urgent meeting with the Minister.") is None


# --- an invitation put as a wish; an aside between commas before the object -------------

FRENCH_CLOSE = "Je vous prie d'agréer, Monsieur le Secrétaire général, ma très haute considération."
SPANISH_CLOSE = "Aprovecho la oportunidad para reiterarle las seguridades de mi alta consideración."


@pytest.mark.parametrize(
    ("sentence", "closing", "expected"),
    [
        (
            "Je souhaiterais vivement que vous puissiez honorer de votre présence la cérémonie "
            "d'ouverture du Forum, le 4 mai 2033.",
            FRENCH_CLOSE,
            "attend the opening ceremony",
        ),
        (
            "Sería un gran honor contar con su presencia en la ceremonia de inauguración de la "
            "Cumbre, el 4 de mayo de 2033.",
            SPANISH_CLOSE,
            "attend the opening ceremony",
        ),
        (
            "Je vous saurais gré de bien vouloir me faire connaître, avant le 30 mars 2033, le "
            "nom du chef de la délégation.",
            FRENCH_CLOSE,
            "communicate the name",
        ),
    ],
)
def test_wishes_and_asides_are_read_as_requests(sentence, closing, expected):
    text = f"Monsieur le Secrétaire général,\n\n{sentence}\n\n{closing}\n\nAna Berg\n"
    assert any(expected in action for action in reading(text)["requested_actions"])


def test_the_writers_own_pleasure_asks_nothing():
    text = (
        "Monsieur le Secrétaire général,\n\nJe serai heureux de vous recevoir à Villebrune au "
        f"début de l'année prochaine.\n\n{FRENCH_CLOSE}\n\nAna Berg\n"
    )
    assert reading(text)["requested_actions"] == []


# --- treaties as French and Spanish letters name them -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le Gouvernement reste attaché à l'Accord de paix d'Arusha pour le Burundi.",
            "Accord de paix d'Arusha pour le Burundi",
        ),
        ("Le Gouvernement réaffirme son attachement à l'Accord de paix de Lomé.", None),
        ("El Gobierno reitera su compromiso con el Acuerdo de paz firmado en 2016.", None),
    ],
)
def test_a_peace_agreement_in_lower_case_is_cited(sentence, expected):
    found = cited(sentence)
    assert len(found) == 1
    assert found[0].lower().startswith(("accord de paix", "acuerdo de paz"))
    if expected:
        assert found == [canonical(expected)]


def test_a_peace_agreement_to_come_is_not_cited():
    assert cited("Les parties ont entamé des négociations en vue d'un accord de paix.") == []


@pytest.mark.parametrize(
    "title",
    [
        "Convention contre la torture et autres peines ou traitements cruels, inhumains ou "
        "dégradants",
        "Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes",
    ],
)
def test_the_convention_against_torture_in_full_is_one_instrument(title):
    assert canonical(title) == "Convention against Torture"


# --- what the writer will send by a day is no deadline ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "deadlines"),
    [
        ("La liste de la délégation vous parviendra au plus tard le 10 mai 2033.", []),
        ("The list of the delegation will reach you by 10 May 2033.", []),
        ("La lista de la delegación le será remitida antes del 10 de mayo de 2033.", []),
        (
            "Je vous saurais gré de me faire parvenir la liste au plus tard le 10 mai 2033.",
            ["2033-05-10"],
        ),
    ],
)
def test_what_the_writer_will_send_is_no_deadline(sentence, deadlines):
    text = f"Geneva, 2 April 2033\n\nExcellency,\n\n{sentence}\n\nAna Berg\n"
    assert [d["date"] for d in reading(text)["deadlines"]] == deadlines


# --- what the annex details is enclosed ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 2 and 6 May 2033, 41 violations of the ceasefire were recorded, as detailed in "
        "the annex to the present letter.",
        "Entre le 2 et le 6 mai 2033, 41 violations du cessez-le-feu ont été enregistrées, comme "
        "indiqué dans l'annexe à la présente lettre.",
        "Entre el 2 y el 6 de mayo de 2033 se registraron 41 violaciones del alto el fuego, como "
        "se detalla en el anexo de la presente carta.",
    ],
)
def test_what_the_annex_details_is_enclosed(sentence):
    text = f"Excellency,\n\n{sentence}\n\n(Signed) Ana Berg\nPermanent Representative\n"
    assert any("41 viol" in description for description in enclosed(text))


def test_a_detail_given_in_the_letter_itself_is_no_enclosure():
    text = (
        "Excellency,\n\nBetween 2 and 6 May 2033, 41 violations of the ceasefire were recorded, "
        "as detailed in the statement of the Ministry.\n\n(Signed) Ana Berg\n"
    )
    assert enclosed(text) == []


# --- a document the addressee is asked to send is not enclosed ----------------------------


def test_what_the_addressee_is_asked_to_send_is_not_enclosed():
    text = (
        "Señor Director General:\n\nAgradeceré a Vuestra Excelencia se sirva remitir a esta "
        "Embajada las credenciales correspondientes antes del 15 de noviembre de 2033.\n\n"
        "Hago propicia la oportunidad para reiterarle las seguridades de mi alta consideración."
        "\n\nAna Berg\nEmbajadora\n"
    )
    assert enclosed(text) == []


def test_what_the_writer_sends_is_enclosed():
    text = (
        "Señor Director General:\n\nTengo el honor de remitir a Vuestra Excelencia el informe "
        "nacional de 2033.\n\nHago propicia la oportunidad para reiterarle las seguridades de "
        "mi alta consideración.\n\nAna Berg\nEmbajadora\n"
    )
    assert enclosed(text) != []


# --- a second request of the writer's own, joined by "and I …" ----------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Dear Mr. Secretary-General,\n\nI appeal to the United Nations to send emergency "
            "assistance to the affected provinces, and I request that a flash appeal be "
            "launched without delay.\n\nSincerely,\nAna Berg\n",
            "flash appeal",
        ),
        (
            "Monsieur le Secrétaire général,\n\nJe vous saurais gré de transmettre cette lettre "
            "au Président du Conseil, et je vous prie de la faire distribuer comme document du "
            "Conseil de sécurité.\n\nAna Berg\n",
            "circulate",
        ),
    ],
)
def test_a_second_request_joined_by_and_i_is_one_of_its_own(text, second):
    actions = actions_of(text)
    assert len(actions) == 2
    assert second in actions[1]


def test_and_i_thank_you_asks_nothing_more():
    text = (
        "Dear Mr. Secretary-General,\n\nI request that the present letter be circulated as a "
        "document of the Security Council, and I thank you for your attention.\n\n"
        "Sincerely,\nAna Berg\n"
    )
    assert len(actions_of(text)) == 1


def test_a_personal_envoy_is_glossed_whole():
    text = (
        "Excelentísimo Señor Secretario General:\n\nTengo el honor de solicitarle que tenga a "
        "bien designar un Enviado Personal para la región.\n\nFernando Ruiz\nPresidente\n"
    )
    assert any("Personal Envoy" in action for action in actions_of(text))


# --- a signatory's name under ranks, two honorifics or an "s/" mark ---------------------

SIGNED_BODY = (
    "Excellency,\n\nI have the honour to inform you that my Government supports the "
    "initiative.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\n"
)


@pytest.mark.parametrize(
    "signature",
    [
        "Prof. Dr. Ilse Brandt-Vogel\nFederal Minister for Foreign Affairs",
        "s/ Ilse Brandt-Vogel\nPrime Minister",
        "General (Retd.) Ilse Brandt-Vogel\nMinister of Defence",
        "Lt. Gen. Ilse Brandt-Vogel\nMinister of Defence",
    ],
)
def test_the_name_under_ranks_and_marks_is_the_senders(signature):
    assert sender_name(SIGNED_BODY + signature + "\n") == "Ilse Brandt-Vogel"


def test_a_general_office_is_no_name():
    assert sender_name(SIGNED_BODY + "General Secretariat\nMinistry of Defence\n") is None


# --- a room's name is no verb; high-level meetings glossed whole --------------------------


def test_a_room_named_after_an_article_is_no_verb():
    asked = gloss(
        "invitarle al diálogo de alto nivel que se celebrará el 14 de septiembre de 2033 en la "
        "Sala de Conferencias 2.",
        "es",
    )
    assert asked == "attend the high-level dialogue"


def test_a_pronoun_before_a_subjunctive_still_asks():
    assert gloss("que la presenten antes del 3 de mayo.", "es") == "submit"


# --- the launch of a report held as an event ---------------------------------------------

INVITING = "New York, 2 August 2033\n\nExcellency,\n\n{}\n\nAna Berg\nPermanent Representative\n"


def test_the_launch_of_a_report_to_be_held_is_a_meeting():
    text = INVITING.format(
        "I have the honour to invite you to the launch of the report, to be held on Thursday, "
        "15 September, at 1.15 p.m., in the ECOSOC Chamber."
    )
    assert meetings_of(text) == [("2033-09-15", "13:15", "scheduled")]


def test_the_launch_of_a_decade_is_no_meeting():
    text = INVITING.format(
        "I have the honour to recall the launch of the Decade on 1 January 2031."
    )
    assert meetings_of(text) == []
