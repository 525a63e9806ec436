"""Wave 10, circulars: the circular letters, notifications, invitations and calls for
nominations international organizations, secretariats, federations and unions send their
members or Parties, each rule on a made-up text with a variant that must not match."""

from tests.reading.readings import (
    actions_of,
    addressees,
    cited,
    enclosed,
    meeting_days,
    meetings_of,
    reading,
)


def circular(heading, body="Dear colleagues,\n\nWe are pleased to inform you of the meeting."):
    return (
        "LAKE FISHERIES ORGANIZATION\nSecretaría Ejecutiva\n\n"
        f"{heading}\n\nQuito, 5 de marzo de 2031\n\nA: Estados Miembros\n\n"
        f"{body}\n\nAtentamente,\n\nLaura Pinto\nSecretaria Ejecutiva\n"
    )


def test_a_circular_numbered_with_n_dot_ordinal_or_a_symbol_is_a_circular():
    for heading, reference in (
        ("Circular N.º 15/2031", "Circular N.º 15/2031"),
        ("Circular LFO/SE/2031/11", "Circular LFO/SE/2031/11"),
        ("Circular Letter 2031/44", "Circular Letter 2031/44"),
    ):
        read = reading(circular(heading))
        assert read["reference"] == reference
        assert read["doc_type"] == "information_note"


def test_a_letter_citing_a_circular_is_no_circular():
    read = reading(circular("Ref.: LFO/SE/88", "Further to our Circular LFO/SE/2031/11, I write."))
    assert read["doc_type"] == "letter"


JOINT_NOTICE = (
    "CIRCULAIRE N° 4-2031\n\nLausanne, le 3 mars 2031\n\nChères Fédérations,\n\n"
    "Le Comité a décidé de lancer la procédure de candidature.\n\n"
    "Avec nos salutations sportives,\n\n"
    "{first}                    Marco Ferri\nSecrétaire générale               Président\n"
)


def test_a_joint_signature_in_columns_without_a_closing_formula_is_signed_by_the_first():
    read = reading(JOINT_NOTICE.format(first="Léa Dumont"))
    assert read["sender"]["name"] == "Léa Dumont"
    assert read["sender"]["title"] == "Secrétaire générale"
    assert [(p["name"], p["title"]) for p in read["co_signatories"]] == [
        ("Marco Ferri", "Président")
    ]
    # a column that holds no full name splits nothing
    assert reading(JOINT_NOTICE.format(first="Léa"))["co_signatories"] == []


def test_a_spanish_professional_title_before_a_signed_name_is_an_honorific():
    text = (
        "Montevideo, 3 de marzo de 2031\n\nSeñores Presidentes\n\nDe nuestra consideración:\n\n"
        "Les invitamos al Congreso Ordinario.\n\nSin otro particular, les saludamos muy "
        "atentamente.\n\nLic. Pablo Ríos                        Ing. Ana Soto\n"
        "Secretario General                           Presidenta\n"
    )
    assert reading(text)["sender"]["name"] == "Pablo Ríos"
    # a given name that opens like the title is no title
    single = text.replace("Lic. Pablo Ríos                        Ing. Ana Soto", "Ingrid Soto")
    assert reading(single)["sender"]["name"] == "Ingrid Soto"


def listed_to(head):
    return reading(
        "LAKE FISHERIES ORGANIZATION\n\nCircular Letter No. 12\n\n3 March 2031\n\n"
        f"{head}\n\nSubject: Annual session\n\nExcellency,\n\n"
        "I have the honour to invite you to the annual session.\n\nYours sincerely,\n\n"
        "Jane Moss\nExecutive Secretary\n"
    )["addressees"]


def test_the_lines_under_a_to_line_naming_a_group_are_each_a_group():
    head = "To: All Member States\n    Observer States\n    Intergovernmental organizations"
    assert listed_to(head) == [
        "All Member States",
        "Observer States",
        "Intergovernmental organizations",
    ]


def test_the_lines_under_a_to_line_naming_a_person_are_one_address():
    head = "To: H.E. Mr. John Hale\n    Minister of Fisheries\n    Port Louis"
    assert len(listed_to(head)) == 1


def test_a_spanish_a_line_and_a_french_attention_line_list_their_groups():
    assert listed_to("A:   Estados Miembros\n     Organismos cooperantes") == [
        "Estados Miembros",
        "Organismos cooperantes",
    ]
    head = "À l'attention de :\n- toutes les Fédérations membres\n- les membres du Bureau"
    assert listed_to(head) == ["toutes les Fédérations membres", "les membres du Bureau"]


def test_a_subject_set_as_a_heading_under_the_to_line_is_no_group():
    head = "TO: ALL NATIONAL MEMBER ASSOCIATIONS\n\nCALL FOR NOMINATIONS - BOARD 2031-2034"
    assert listed_to(head) == ["ALL NATIONAL MEMBER ASSOCIATIONS"]
    head = "TO: ALL NATIONAL MEMBER ASSOCIATIONS\n\nNATIONAL OLYMPIC COMMITTEES"
    assert listed_to(head) == ["ALL NATIONAL MEMBER ASSOCIATIONS", "NATIONAL OLYMPIC COMMITTEES"]


def test_the_body_one_is_invited_to_sits_when_it_is_said_to():
    text = (
        "Montevideo, 3 de agosto de 2031\n\nSeñores Presidentes\n\nDe nuestra consideración:\n\n"
        "Tenemos el agrado de invitarles al Congreso Ordinario de la Confederación, que tendrá "
        "lugar el sábado 25 de octubre de 2031, a las 10:00 horas, en Asunción.\n\n"
        "Atentamente,\n\nPablo Ríos\nSecretario General\n"
    )
    assert meetings_of(text) == [("2031-10-25", "10:00", "scheduled")]
    # the election to a body held on a day is no sitting of it
    elected = text.replace(
        "Tenemos el agrado de invitarles al Congreso Ordinario de la Confederación, que tendrá",
        "La elección al Congreso Ordinario de la Confederación tendrá",
    )
    assert meetings_of(elected) == []


def test_the_copies_line_under_a_list_of_annexes_is_no_annex():
    text = (
        "Madrid, 3 de marzo de 2031\n\nEstimados miembros:\n\nLes convocamos a la Asamblea.\n\n"
        "Atentamente,\n\nLuisa Gómez\nSecretaria General\n\nAnexos:\n1. Orden del día\n"
        "2. Formulario de inscripción\n\n{last}\n"
    )
    assert enclosed(text.format(last="c.c.: Presidencia de la Organización")) == [
        "Orden del día",
        "Formulario de inscripción",
    ]
    # a third item lettered "c." still is one
    assert len(enclosed(text.format(last="c. Nota de información"))) == 3


def test_a_french_heading_from_a_post_to_a_post_names_the_addressee():
    text = (
        "UNION DES POSTES DU SAHEL\n\nNiamey, le 4 juin 2031\n\nLe Secrétaire général\n\n{to}\n\n"
        "Mesdames et Messieurs les Ministres chargés des Postes\n\nObjet : Convocation\n\n"
        "Madame la Ministre, Monsieur le Ministre,\n\n"
        "J'ai l'honneur de vous convier au Conseil.\n\n"
        "Veuillez agréer l'assurance de ma haute considération.\n\nAmadou Issa\n"
    )
    assert addressees(text.format(to="à")) == [
        "Mesdames et Messieurs les Ministres chargés des Postes"
    ]
    # without the "à" the line is no address (a courtesy salutation follows)
    ministers = "Mesdames et Messieurs les Ministres chargés des Postes"
    assert ministers not in addressees(text.format(to="et"))


NOTIFIED_WORKSHOP = (
    "NOTIFICATION TO THE PARTIES\nNo. 2032/015\n\nGeneva, 6 May 2032\n\n"
    "Subject: Regional workshop on peatland restoration, Graz, 23-25 June 2032\n\n"
    "1. In accordance with Resolution VIII.4 adopted by the Conference of the Parties at its "
    "eighth meeting, {what} will take place in Graz, Austria, from 23 to 25 June 2032. "
    "The workshop will begin at 9:30 each day.\n\nJane Moss\nExecutive Secretary\n"
)


def reading_titles(text):
    return [(m["title"], m["start_date"], m["start_time"]) for m in reading(text)["meetings"]]


def test_the_body_that_adopted_a_decision_holds_no_meeting():
    found = reading_titles(NOTIFIED_WORKSHOP.format(what="a regional workshop"))
    assert [title.lower() for title, _, _ in found] == ["regional workshop on peatland restoration"]


def test_a_meeting_of_the_subject_line_and_the_body_over_the_same_days_is_one():
    found = reading_titles(NOTIFIED_WORKSHOP.format(what="a regional workshop"))
    assert [(day, time) for _, day, time in found] == [("2032-06-23", "09:30")]
    # one day introduced as another meeting on the first day stays apart
    other = NOTIFIED_WORKSHOP.format(what="a preparatory meeting of the Bureau").replace(
        "from 23 to 25 June 2032", "on 23 June 2032"
    )
    assert len(reading_titles(other)) == 2


def test_a_body_whose_sitting_a_clause_after_a_comma_dates_meets_then():
    text = (
        "Geneva, 18 September 2031\n\nDear Presidents,\n\nThe term of six members of the Board "
        "will expire at the close of the {what}, to be held in Lima, Peru, from 4 to 7 June "
        "2032.\n\nYours sincerely,\n\nJane Moss\nChief Executive Officer\n"
    )
    assert meeting_days(text.format(what="Quadrennial Congress")) == [("2032-06-04", "2032-06-07")]
    # the elections to a body dated so are no sitting of it
    elected = text.replace("at the close of the {what}", "after the elections to the {what}")
    assert meeting_days(elected.format(what="Council")) == []


def test_requests_for_a_thing_open_a_duty_not_a_quoted_operative_paragraph():
    text = (
        "Geneva, 3 March 2031\n\nDear colleagues,\n\n{s}\n\nYours sincerely,\n\n"
        "Jane Moss\nExecutive Secretary\n"
    )
    duty = "Requests for visa letters should be sent to the secretariat by 14 February 2031."
    assert actions_of(text.format(s=duty)) == [
        "send requests for visa letters to the secretariat by 14 February 2031"
    ]
    operative = "Requests the Secretary-General to report on the matter."
    assert actions_of(text.format(s=operative)) == []


def test_an_article_of_a_french_title_going_on_with_its_participle_cites_the_title_once():
    text = (
        "Niamey, le 3 mars 2031\n\nMonsieur le Ministre,\n\nConformément à l'article 9 de la "
        "Convention{rest}, j'ai l'honneur de vous convier au Conseil.\n\nVeuillez agréer, "
        "Monsieur le Ministre, l'assurance de ma haute considération.\n\nJean Dupont\n"
    )
    titled = cited(text.format(rest=" portant création de l'Union"))
    assert len(titled) == 1
    assert "portant" in titled[0].lower()
    assert len(cited(text.format(rest=""))) == 1
