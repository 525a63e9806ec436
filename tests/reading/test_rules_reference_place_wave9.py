"""The reader's wave 9 rules for a letter's reference, place and date of writing and kind of
document, on made-up letters: forms many senders use that the corpus had few of."""

import pytest

from plenipo.reading import read_text
from plenipo.reading.reference_forms import a_date_after_a_word


def read(text):
    return read_text(text).to_json()


def kind(text):
    return read(text)["doc_type"]


# --- the kind of document -----------------------------------------------------------------

BODY = (
    "The secretariat is pleased to share the call for nominations and the information on "
    "the elections with the organizations accredited to the Conference.\n"
)


@pytest.mark.parametrize(
    "salutation",
    [
        "Dear representatives of the accredited civil society organizations (CSOs) of the "
        "Convention,",
        "Dear Permanent Representatives and Permanent Observers to the United Nations Office "
        "at Nairobi:",
        "Querida Hermana Presidente,",
        "Querido amigo:",
        "Queridos compañeros y compañeras:",
        "Excelentísima Señora:",
        "Distinguidos colegas:",
        "Respected Sir,",
        "Hon. Minister,",
        "A quien corresponda:",
        "À qui de droit,",
        "Greetings,",
    ],
)
def test_a_long_or_warm_salutation_makes_a_letter(salutation):
    assert kind(f"{salutation}\n{BODY}") == "letter"


def test_a_text_without_a_salutation_still_informs():
    assert kind(BODY) == "information_note"


@pytest.mark.parametrize(
    "sentence",
    [
        "Siguiendo instrucciones de mi Gobierno, tengo el honor de señalar a su atención la "
        "gravedad de la situación en la frontera.",
        "D'ordre de mon Gouvernement, j'ai l'honneur de porter à votre attention la situation "
        "à la frontière.",
        "On behalf of the Council, we have the honour to draw attention to the situation on "
        "the border.",
        "Nos unimos a la celebración del aniversario. Aprovechamos la oportunidad para "
        "expresarle nuestro agradecimiento.",
    ],
)
def test_the_first_person_inside_a_sentence_makes_a_letter(sentence):
    assert kind(sentence + "\n") == "letter"


@pytest.mark.parametrize(
    "heading",
    [
        "USA: Open letter to President Roe",
        "EE.UU. Carta abierta a Juan Pérez",
        "Tunisie : Lettre ouverte au Président de la République",
    ],
)
def test_an_open_letter_headed_after_its_country_is_a_letter(heading):
    text = f"{heading}\n\nIn the coming hours the attention of the world will turn to the State.\n"
    assert kind(text) == "letter"


def test_a_subject_naming_an_open_letter_is_no_heading_of_one():
    text = "Subject: the open letter to the Parties\n\nThe Parties are invited to comment.\n"
    assert kind(text) == "information_note"


@pytest.mark.parametrize(
    "report",
    [
        "CAPITAL (Agency) -- The Foreign Minister on Wednesday sent a letter to the "
        "Secretary-General of the United Nations about the situation.",
        "L'ambassadeur, Représentant permanent auprès de l'ONU, a adressé, le 17 novembre, une "
        "lettre aux membres du Conseil de sécurité sur la situation.",
        "El Ministro de Asuntos Exteriores ha enviado un mensaje de felicitación a la "
        "Secretaria de Relaciones Exteriores con motivo del Día Nacional.",
        "The Minister's letter was published today.\nThe letter said: the border must stay open.",
    ],
)
def test_a_news_article_reporting_a_letter_sent_is_a_letter(report):
    assert kind(report + "\n") == "letter"


@pytest.mark.parametrize(
    "sentence",
    [
        "We, the undersigned Heads of Government, are deeply concerned by the situation.",
        "Nous, soussignés, représentants des organisations, sommes préoccupés par la situation.",
        "Nosotros, los abajo firmantes, expresamos nuestra preocupación por la situación.",
        "In a letter to the Secretary-General, the Foreign Minister said the border must stay "
        "open.",
        "Dans une lettre adressée au Président du Conseil, l'ambassadeur a dénoncé la situation.",
        "En una carta dirigida al Presidente, el Canciller denunció la situación.",
    ],
)
def test_joint_writers_or_an_article_quoting_a_letter_make_a_letter(sentence):
    assert kind(sentence + "\n") == "letter"


def test_a_notice_that_mentions_a_letter_sent_stays_a_notice():
    text = (
        "NOTIFICATION TO THE PARTIES\nNo. 2031/044\n\nThe Secretariat sent a letter to the "
        "focal points on 3 May 2031 about the review.\n"
    )
    assert kind(text) == "information_note"


def test_an_authority_inviting_in_the_third_person_writes_a_note():
    text = (
        "The Director-General of the Organization has the honour to invite the non-State "
        "actors in official relations with the Organization to appoint representatives to "
        "the session of the Board.\n"
    )
    assert kind(text) == "note_verbale"


@pytest.mark.parametrize(
    "opening",
    [
        "La Misión Permanente de la República ante las Naciones Unidas saluda a la Secretaría "
        "y tiene a bien informar que la delegación será presidida por el Ministro.",
        "El Ministerio de Relaciones Exteriores saluda a la Embajada de la República y se "
        "complace en informarle que la reunión tendrá lugar en mayo.",
    ],
)
def test_an_authority_greeting_another_in_spanish_writes_a_note(opening):
    assert kind(opening + "\n") == "note_verbale"


def test_a_letter_that_greets_a_body_by_its_salutation_stays_a_letter():
    text = (
        "Estimado Embajador:\n\nMe complace informarle que el Presidente saluda a la "
        "Embajada por su aniversario.\n\nAtentamente,\n"
    )
    assert kind(text) == "letter"


@pytest.mark.parametrize(
    "heading", ["PRESS RELEASE", "Communiqué de presse", "Nota de prensa No. 12/2031"]
)
def test_a_press_release_quoting_its_speakers_stays_a_notice(heading):
    text = (
        f"{heading}\n\nGeneva, 3 May 2031 – The Secretariat announced today the dates of the "
        "conference. “We are pleased to welcome you all to Geneva,” said the Executive "
        "Secretary.\n"
    )
    assert kind(text) == "information_note"


def test_a_letter_transmitting_a_communique_stays_a_letter():
    text = (
        "Communique issued on 26 March 2031 by the Government\n\nSir,\n\nI have the honour to "
        "transmit the communique.\n\nAccept, Sir, the assurances of my highest consideration.\n"
    )
    assert kind(text) == "letter"


def test_a_circular_whose_secretary_general_has_the_honour_to_invite_stays_a_circular():
    text = (
        "Circular Letter No. 4123\n\nThe Secretary-General has the honour to invite Member "
        "States to attend the session of the Committee.\n"
    )
    assert kind(text) == "information_note"


# --- the letter's own date ------------------------------------------------------------------


def own(text):
    reading = read(text)
    return reading["date"], reading["place"]


@pytest.mark.parametrize(
    "dateline",
    [
        "Basseterre, St. Kitts, September 03, 2031 (SKNIS): ",
        "Bir Lehlu, 21/09/2031 (SPS).- ",
        "Lomé, 3 May 2031 (AFP) — ",
    ],
)
def test_a_news_agencys_dateline_dates_the_article_not_the_letter(dateline):
    text = (
        f"{dateline}The Foreign Minister has sent a message of congratulations to his "
        "counterpart on the National Day.\n"
    )
    assert own(text)[0] is None


def test_a_dateline_without_an_agency_still_dates_the_letter():
    text = "Lomé, 3 May 2031\n\nDear Minister,\n\nI write to congratulate you.\n"
    assert own(text) == ("2031-05-03", "Lomé")


@pytest.mark.parametrize(
    "label",
    [
        "Deadline for submissions: 31 May 2031",
        "Plazo para presentar información: 31 de mayo de 2031",
        "Date limite de réponse : 31 mai 2031",
    ],
)
def test_a_date_under_a_deadlines_label_is_not_the_letters(label):
    text = (
        f"Views on the draft guidance\n{label}\n\nThe Office presents its compliments to the "
        "Permanent Missions and invites them to send their views.\n"
    )
    assert own(text)[0] is None


def test_a_salutation_run_on_after_the_date_leaves_the_date_the_letters():
    furniture = "Suggestions of the Personal Envoy to move forward with the process - Ministry\n\n"
    text = (
        furniture * 5 + "Secretariat\n\nJune 22, 2031 Your Excellency, "
        "The Personal Envoy would be grateful if you would kindly transmit the letter "
        "attached to the Minister. I avail myself of this opportunity to renew the assurances "
        "of my highest consideration.\n"
    )
    assert own(text)[0] == "2031-06-22"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Circular Note No. XDC-1234 of January 9, 2031", "2031-01-09"),
        ("Note circulaire NO XDC-0394-4 du 24 février 2031", "2031-02-24"),
    ],
)
def test_the_date_joined_to_a_notes_number_is_its_date(heading, day):
    text = (
        f"Formalities for Heads of Mission\n\nLast updated: 8 May 2033\n\n{heading}\n\nThe "
        "Department presents its compliments to the Heads of Mission and has the honour to "
        "inform them of the formalities.\n"
    )
    assert own(text)[0] == day


def test_a_spanish_un_heading_dates_the_letter_it_reproduces():
    text = (
        "Naciones Unidas\nA/AC.99/383\nDistr. general\n16 de agosto de 2031\nOriginal: inglés\n"
        "Carta de fecha 10 de agosto de 2031 dirigida al Presidente del Comité por el "
        "Ministro Consejero de la Misión\nTengo el honor de transmitir una nota verbal.\n"
    )
    assert own(text)[0] == "2031-08-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "I have the honor to acknowledge the receipt of your Embassy's note of December 17, "
        "2030, by which I am informed of the decision.",
        "I would like to thank you for your letter. In my interim letter of 16th November "
        "2030, I had assured you of a detailed reply.",
    ],
)
def test_a_date_of_the_letter_answered_is_not_the_replys(sentence):
    assert own(f"Sir:\n\n{sentence}\n")[0] is None


def test_a_pages_last_update_in_french_is_not_the_notices_date():
    text = (
        "Notification 2031-008\n\nLes Parties sont invitées à s'inscrire.\n\n"
        "Dernière mise à jour le 30 août 2031\n"
    )
    assert own(text)[0] is None


def test_a_place_over_a_blank_line_heads_the_letters_date_under_the_pages():
    text = (
        "Organization of States\nGT/CDI-3/31 add. 1\n6 August 2031\nOriginal: Spanish\n\n"
        "Permanent Mission of the Republic\n\nWashington, D.C.\n\nJuly 31, 2031\n\n\nI have "
        "the honor to address Your Excellency to acknowledge receipt of your note.\n"
    )
    assert own(text) == ("2031-07-31", "Washington, D.C.")


def test_a_notice_without_a_date_of_its_own_is_dated_by_its_publication():
    text = (
        "Guide for participants Published on 24 June 2031\n\n1. VENUE\nThe Forum will be held "
        "at the Convention Centre.\n"
    )
    assert own(text)[0] == "2031-06-24"


def test_a_letter_on_a_web_page_is_not_dated_by_the_page():
    text = (
        "Published on 10/05/2031\n\nDear Boris,\n\nI would like to congratulate you on your "
        "appointment.\n\nYours sincerely,\nJean\n"
    )
    assert own(text)[0] is None


# --- the letter's own reference -----------------------------------------------------------


def reference(head):
    text = (
        f"{head}\n\nGeneva, 3 May 2031\n\nDear Colleague,\n\nI have the honour to inform you "
        "that the meeting is postponed.\n\nYours sincerely,\n\nJohn Roe\n"
    )
    return read(text)["reference"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Prière de rappeler\nla référence : ABC W1/23/4(12)", "ABC W1/23/4(12)"),
        # values of slashed parts without a digit, which only a label makes a reference
        ("À rappeler dans la réponse : DG/PROT/SEC", "DG/PROT/SEC"),
        ("Sírvase citar la referencia: SG/DAJ/MEC", "SG/DAJ/MEC"),
        ("Al contestar, cítese este número: DAJ/COOP/UN", "DAJ/COOP/UN"),
        ("When replying please quote: HR/ENG/PROT", "HR/ENG/PROT"),
        ("Please quote this reference in your reply: ABC/123", "ABC/123"),
        ("Ref. Nr. 2031/45", "2031/45"),
        ("Nº de referencia: SG/DAJ/MEC", "SG/DAJ/MEC"),
        ("No. de Nota: DGT/COOP", "DGT/COOP"),
        ("Your ref: AB/12      Our ref: CD/34", "CD/34"),
        ("V/Réf. : XY/9      N/Réf. : DG/2031/4", "DG/2031/4"),
    ],
)
def test_a_label_asking_the_reply_to_quote_the_reference(head, expected):
    assert reference(head) == expected


def test_the_addressees_reference_is_not_the_letters():
    assert reference("Votre référence : XYZ/1/2") is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("CIRCULAR LETTER 25/2031", "CIRCULAR LETTER 25/2031"),
        ("Ref. Ares(2031)2934567 - 03/05/2031", "Ares(2031)2934567"),
        ("N° 0234 / MAEC / SG", "0234 / MAEC / SG"),
        ("NOTE VERBALE N° 0123/MAE/DAJ", "NOTE VERBALE N° 0123/MAE/DAJ"),
        # an oficio keeps its kind, abbreviated too
        ("OF. N° 123-2031-MRE/DGP", "OF. N° 123-2031-MRE/DGP"),
        ("Of. Nº 0456/2031", "Of. Nº 0456/2031"),
    ],
)
def test_numbers_of_letters_in_more_shapes(head, expected):
    assert reference(head) == expected


@pytest.mark.parametrize(
    "head",
    [
        "WORLD ORGANIZATION\n20, AVENUE DES NATIONS – CH-1211 GENÈVE 27 – SUISSE – TEL. 2111",
        "INTERNATIONAL AUTHORITY\n14-20 Port Royal Street, Kingston, Jamaica",
        "SECRETARIAT\n11-13 chemin des Anémones, 1219 Châtelaine, Switzerland",
        "MINISTRY\n1-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8919",
        "SECRETARÍA\nCalle 10 No. 5-51, Bogotá D.C., Colombia",
    ],
)
def test_an_address_or_a_pages_date_numbers_no_letter(head):
    assert reference(head) is None


@pytest.mark.parametrize(
    ("value", "a_date"),
    [
        ("DE 13/12/2031", True),
        ("EDITION 2031-12-13", False),
        ("SG 13/12/2031", True),
        ("DE 13/12", False),
    ],
)
def test_a_word_before_a_date_leaves_a_date(value, a_date):
    assert a_date_after_a_word(value) is a_date


# --- the place of writing -------------------------------------------------------------------


def undated_place(head):
    text = f"{head}\n\nDear Colleague,\n\nI write to inform you that the meeting is postponed.\n"
    return read(text)["place"]


@pytest.mark.parametrize(
    ("head", "town"),
    [
        (
            "SECRETARIAT\n11-13 chemin des Anémones, 1219 Châtelaine, Switzerland",
            "Châtelaine",
        ),
        ("Office of the Registrar\nPostfach 12, CH-8805 Richterswil – Schweiz", "Richterswil"),
        ("Regional Office\nKaiserstrasse 4, 64283 Darmstadt, Germany", "Darmstadt"),
        (
            "THE TRUST\nThe Old House, Main Road, Histon, Grantchester CB4 4NP\nTel: 01223 233971",
            "Grantchester",
        ),
    ],
)
def test_a_letterheads_town_told_by_its_postcode(head, town):
    assert undated_place(head) == town


@pytest.mark.parametrize(
    "head",
    [
        "THE PRESIDENT OF THE ASSEMBLY\n20 March 2031 Excellency, I write to you.",
        "Annual report\nThe sessions will be held at the Hotel, Allee 4, 53175 Koblenz, Germany, "
        "and will be open to observers.",
    ],
)
def test_a_year_or_a_sentences_address_names_no_town(head):
    assert undated_place(head) is None


@pytest.mark.parametrize(
    ("line", "town"),
    [
        (
            "INTERNATIONAL FISHERIES COMMISSION MINISTRY OF AGRICULTURE, FISHERIES DEPARTMENT, "
            "ST. STEPHEN'S HOUSE, VICTORIA EMBANKMENT, LONDON, S. W. 1 Telephone: WHItehall 3201",
            "LONDON",
        ),
        (
            "INTERNATIONAL FISHERIES COMMISSION The Red House, Station Road, Histon, Cambridge "
            "CB4 4NP United Kingdom Telephone: (0223) 233971 Fax: (0223) 232876",
            "Cambridge",
        ),
    ],
)
def test_a_letterhead_flattened_onto_one_long_line_gives_its_city(line, town):
    head = (
        "Amendments to the Schedule of the Fisheries Convention, Glasgow, 2031\n"
        "Primary source citation: Circular Communications RG/VJH/19399, 10 July 2031 and "
        "RG/JAC/23449, 9 October 2031 of the Commission\n" + line
    )
    assert undated_place(head) == town


def test_a_spanish_dateline_with_its_month_first():
    reading = read("Bogotá D.C., mayo 3 de 2031\n\nSeñor Ministro:\n\nTengo el honor.\n")
    assert (reading["date"], reading["place"]) == ("2031-05-03", "Bogotá D.C.")


@pytest.mark.parametrize(
    "closing",
    [
        "Respectfully,",
        "Regards,",
        "Best wishes,",
        "Bien à vous,",
        "Meilleures salutations,",
        "Un cordial saludo,",
        "Fraternalmente,",
        "Veuillez agréer, Madame, l'expression de mes sentiments distingués.",
    ],
)
def test_a_closing_on_its_own_line_makes_a_letter(closing):
    text = f"{BODY}\n{closing}\n\nJohn Roe\nDirector\n"
    assert kind(text) == "letter"


def test_a_word_of_a_closing_inside_a_sentence_makes_no_letter():
    text = f"{BODY}\nBest practices will be shared with regards to the review.\n"
    assert kind(text) == "information_note"


@pytest.mark.parametrize(
    ("dateline", "day", "town"),
    [
        ("Dado en Lima, a los 3 días del mes de mayo de 2031", "2031-05-03", "Lima"),
        ("Hecho en Quito, el día 15 del mes de junio del año 2031", "2031-06-15", "Quito"),
    ],
)
def test_the_formal_spanish_date_of_acts_and_notes(dateline, day, town):
    text = f"Señor Ministro:\n\nTengo el honor de informarle.\n\nAtentamente,\n\n{dateline}\n"
    assert own(text) == (day, town)


@pytest.mark.parametrize(
    ("line", "town"),
    [
        (
            "Secretaría de Relaciones Exteriores Tegucigalpa, M.D.C., 3 de mayo de 2031 Señor "
            "Embajador: Tengo el honor de dirigirme a usted.",
            "Tegucigalpa",
        ),
        ("Embajada Santo Domingo, D.N., 3 de mayo de 2031 Señor: Tengo el honor.", "Santo Domingo"),
    ],
)
def test_a_flattened_datelines_town_before_its_district(line, town):
    assert own(line + "\n") == ("2031-05-03", town)


@pytest.mark.parametrize(
    "form",
    [
        "Date: 3 June 2031\nTime: 13:15-14:30\nVenue: Conference Room 4",
        "Fecha: 3 de junio de 2031\nHora: 10:00\nLugar: Sala 1",
        "Date : 3 juin 2031\nHeure : 10 h\nLieu : Salle XX",
    ],
)
def test_a_meeting_forms_date_is_the_meetings_not_the_notices(form):
    reading = read(f"Side event on oceans\n\n{form}\n\nThe delegations are invited to attend.\n")
    assert reading["date"] is None
    assert [m["start_date"] for m in reading["meetings"]] == ["2031-06-03"]


def test_a_letters_date_field_beside_its_subject_stays_its_date():
    text = "Ref: AB/12\nDate: 3 May 2031\nSubject: Meeting\n\nDear Sir,\n\nI write.\n"
    assert own(text)[0] == "2031-05-03"
