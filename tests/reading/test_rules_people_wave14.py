"""Who writes a letter, to whom, and where (wave 14): each form on short made-up texts,
with a close variant it must not read."""

import pytest

from tests.reading.readings import addressees, reading


def sender(text):
    return reading(text)["sender"] or {}


# A note's compliments to several, the preposition said again before each.
@pytest.mark.parametrize(
    ("compliments", "expected"),
    [
        (
            "L'Ambassade de la République de Norland présente ses compliments au Ministère des "
            "Affaires étrangères de l'Ardenne, aux ambassades des pays membres de l'Union et aux "
            "organisations internationales à Lisieux et a l'honneur de les informer que le "
            "consulat sera fermé le 3 mai 2031.",
            [
                "Ministère des Affaires étrangères de l'Ardenne",
                "ambassades des pays membres de l'Union",
                "organisations internationales à Lisieux",
            ],
        ),
        (
            "La Secretaría saluda atentamente a los Estados miembros de la Comisión y a los "
            "observadores y tiene el honor de informarles que la reunión se celebrará el 3 de "
            "mayo de 2031.",
            ["Estados miembros de la Comisión", "observadores"],
        ),
        (
            "The Embassy of Norland presents its compliments to the Ministry of Foreign Affairs "
            "of Ardenne and to the Diplomatic Missions accredited to Ardenne and has the honour "
            "to inform them that the consulate will close on 3 May 2031.",
            ["Ministry of Foreign Affairs of Ardenne", "Diplomatic Missions accredited to Ardenne"],
        ),
    ],
)
def test_compliments_to_several_give_one_addressee_each(compliments, expected):
    assert addressees(f"NOTE VERBALE\n\n{compliments}\n") == expected


@pytest.mark.parametrize(
    "compliments",
    [
        # heads of mission and the chargés d'affaires standing in for them are one group
        "Le Ministère présente ses compliments à Leurs Excellences les Chefs de mission "
        "diplomatique et aux Chargés d'affaires a.i. accrédités en Ardenne et a l'honneur de "
        "les informer que le Ministère sera fermé le 3 mai 2031.",
        # "to the United Nations" goes on the Mission's name, no comma nor "and" before it
        "The Ministry presents its compliments to the Permanent Mission of Norland to the "
        "United Nations and has the honour to inform it that the Ministry will close on 3 "
        "May 2031.",
    ],
)
def test_compliments_to_one_group_give_one_addressee(compliments):
    assert len(addressees(f"NOTE VERBALE\n\n{compliments}\n")) == 1


# A French sentence opening with "Aux termes de", "Au cas où", "A los efectos de" is no
# block of address.
@pytest.mark.parametrize(
    "opening",
    [
        "Aux termes de l'article 6 du règlement intérieur, l'ordre du jour est soumis au Bureau",
        "Aux fins de la présente décision, le Comité se réunit deux fois par an",
        "A los efectos de la presente nota, la Comisión se reunirá dos veces al año",
    ],
)
def test_a_sentence_opening_with_a_prepositional_phrase_names_no_addressee(opening):
    text = f"Le Comité se réunira le 3 mai 2031 à Lisieux.\n{opening}\n"
    assert addressees(text) == []


def test_a_line_opening_with_aux_and_a_group_still_names_it():
    text = "Aux membres du Comité permanent\n\nLe Comité se réunira le 3 mai 2031 à Lisieux.\n"
    assert addressees(text) == ["membres du Comité permanent"]


# A flattened note runs its compliments on after a number or a sentence: the post or the
# office that presents them writes it.
FLAT_NOTE = (
    "ED 2191/31 12 enero 2031 Original: inglés Consejo Internacional del Té Comité de Finanzas "
    "y Administración Comité de Proyectos Junta Consultiva del Sector Privado Comité de "
    "Estadística Convocación de reuniones Reuniones y lugar {before}El Director Ejecutivo "
    "saluda atentamente a los Miembros de la Organización y desea informarles acerca del "
    "programa provisional de las reuniones que se celebrarán del 2 al 6 de marzo de 2031 en "
    "Londres.\n"
)


def test_a_flattened_note_runs_its_compliments_on_after_a_paragraph_number():
    assert sender(FLAT_NOTE.format(before="1. "))["title"] == "Director Ejecutivo"


def test_a_quoted_note_gives_the_office_in_the_quotation():
    text = (
        "Le gouvernement a adressé une note à l'ambassade. « Le Ministère des Affaires "
        "étrangères de la République de Norland présente ses compliments à l'Ambassade "
        "d'Ardenne et a l'honneur de l'informer que le consulat sera fermé », précise la note.\n"
    )
    assert sender(text)["organization"] == (
        "Ministère des Affaires étrangères de la République de Norland"
    )


def test_a_flattened_note_presented_by_an_office_gives_the_office():
    text = (
        "Plazo para presentar información: 31 de mayo de 2031 La Oficina de Asuntos de "
        "Desarme saluda atentamente a las Misiones Permanentes y tiene el honor de informarles "
        "que el plazo vence el 31 de mayo de 2031.\n"
    )
    assert sender(text)["organization"] == "Oficina de Asuntos de Desarme"


def test_compliments_told_within_a_sentence_name_no_writer():
    text = FLAT_NOTE.format(before="y se informó que ").replace("El Director", "el Director")
    assert sender(text).get("title") is None


# A news article retelling a note ends on the quotation and the verb that reports it; the
# name alone under it is the article's author, not the note's writer.
NEWS_RETELLING = (
    "Le Quotidien de Lisieux\n\nFermeture du consulat de Norland\n\n"
    "« L'Ambassade de Norland présente ses compliments au Ministère des Affaires étrangères "
    "et a l'honneur de l'informer que le consulat sera fermé le 3 mai 2031{close}\n\n"
    "Jean Dupré\n"
)


def test_a_name_under_a_quotation_and_its_reporting_verb_is_no_signature():
    text = NEWS_RETELLING.format(close=" », précise la note.")
    assert sender(text).get("name") is None


def test_a_name_under_the_letter_itself_still_signs():
    closing = ".\n\nVeuillez agréer l'assurance de ma haute considération."
    text = NEWS_RETELLING.format(close=closing)
    assert sender(text).get("name") == "Jean Dupré"


# A printed collection of diplomatic documents heads each with its number, the writer's
# name and post and the one written to.
COLLECTION = (
    "Documents diplomatiques\n\n{heading}\n\nLisieux, 11 avril 2031.\n\n"
    "J'ai l'honneur de vous adresser l'état des travaux accomplis par mon collaborateur sur "
    "le rapatriement de nos compatriotes.\n"
)


@pytest.mark.parametrize(
    ("heading", "name", "post"),
    [
        (
            "208. M. Roussel, Ambassadeur de France à Lisieux, à M. Dupré, Ministre des "
            "Affaires étrangères",
            "Roussel",
            "Ambassadeur de France à Lisieux",
        ),
        (
            "No. 12. Sir John Roe, Ambassador at Lisieux, to Sir Paul Doe, Foreign Secretary",
            "John Roe",
            "Ambassador at Lisieux",
        ),
    ],
)
def test_a_collections_numbered_heading_names_the_writer_and_the_post(heading, name, post):
    found = sender(COLLECTION.format(heading=heading))
    assert (found["name"], found["title"]) == (name, post)


def test_a_numbered_paragraph_naming_a_person_gives_no_writer():
    heading = "208. M. Roussel, Ambassadeur de France à Lisieux, a signé l'accord hier."
    assert sender(COLLECTION.format(heading=heading)).get("name") is None


def place(text):
    return reading(text)["place"]


BODY_LETTER = (
    "Dear Members of the Committee,\n\n"
    "Congratulations on your election to the Committee for the period 2031 to 2034. This "
    "note gives practical information on the meetings, the documents and travel.\n\n"
    "Yours sincerely,\n\nJane Roe\nSecretary-General\n\n"
)


# The writer's street address at the page's foot, or a city with its telephone on its line.
@pytest.mark.parametrize(
    ("foot", "city"),
    [
        ("14-20 Port Royal Street, Kingston, Jamaica", "Kingston"),
        ("12 rue de Lausanne, Genève", "Genève"),
    ],
)
def test_the_street_address_at_the_foot_gives_the_place(foot, city):
    assert place(f"12 March 2031\n\n{BODY_LETTER}{foot}\n") == city


def test_a_city_with_its_telephone_on_its_line_at_the_foot_gives_the_place():
    assert place(f"12 March 2031\n\n{BODY_LETTER}Vienna, Austria, +43 1 26060 5582\n") == "Vienna"


def test_a_city_alone_at_the_foot_without_a_contact_gives_no_place():
    assert place(f"12 March 2031\n\n{BODY_LETTER}Vienna, Austria\n") is None


def test_a_street_address_in_the_body_gives_no_place():
    text = (
        f"12 March 2031\n\n{BODY_LETTER}"
        "The meeting will be held at 14-20 Port Royal Street, Kingston, on 3 May 2031 in the "
        "Council room, and the documents will be sent in due course.\n\nJane Roe\n"
    )
    assert place(text) is None


# The line right under a meeting's days names its venue, not where the page is written.
def test_the_venue_under_a_meetings_days_is_not_the_place():
    text = (
        "Eighth meeting of the Working Group on Public Participation\n\n8 - 9 October 2031\n\n"
        "Room XXVII, Palais des Nations Geneva, Switzerland.\n\n"
        "The eighth meeting of the Working Group will be held on 8 to 9 October 2031.\n"
    )
    assert place(text) is None


def test_a_letterhead_address_over_the_days_still_gives_the_place():
    text = (
        "Palais des Nations, Geneva, Switzerland\n\n8 - 9 October 2031\n\n"
        "The eighth meeting of the Working Group will be held on 8 to 9 October 2031.\n"
    )
    assert place(text) == "Geneva"


# An agenda's heading in capitals under the closing is no signature.
CONVOCATION = (
    "Lisieux, 3 de mayo de 2031\n\nSeñores Miembros del Consejo:\n\n"
    "Tengo el honor de convocarles a la reunión ordinaria del Consejo, que se celebrará el 12 "
    "de junio de 2031 en la sede de la Organización.\n\nAtentamente,\n\n{under}\n\n"
    "1. Apertura de la sesión\n2. Aprobación del acta\n"
)


@pytest.mark.parametrize("heading", ["ORDEN DEL DÍA", "ORDRE DU JOUR"])
def test_an_agendas_heading_under_the_closing_signs_nothing(heading):
    assert sender(CONVOCATION.format(under=heading)).get("name") is None


def test_a_name_under_the_closing_over_the_agenda_signs():
    assert sender(CONVOCATION.format(under="Juan Pérez Roca")).get("name") == "Juan Pérez Roca"


# The writer's post printed as the letterhead over the date, in a letter no one signs.
INVITATION = {
    "en": "Dear Colleagues,\n\nI am writing to invite you to the meeting of the Committee, "
    "which will be held on 12 June 2031 in Lisieux.\n",
    "fr": "Chers collègues,\n\nJ'ai l'honneur de vous inviter à la réunion du Comité, qui se "
    "tiendra le 12 juin 2031 à Lisieux.\n",
    "es": "Estimados colegas:\n\nTengo el honor de invitarles a la reunión del Comité, que se "
    "celebrará el 12 de junio de 2031 en Lisieux.\n",
}


@pytest.mark.parametrize(
    ("letterhead", "language", "post"),
    [
        ("THE EXECUTIVE DIRECTOR", "en", "Executive Director"),
        ("THE HIGH COMMISSIONER", "en", "High Commissioner"),
        ("THE DEPUTY SECRETARY-GENERAL", "en", "Deputy Secretary-General"),
        ("The Registrar", "en", "Registrar"),
        ("LE DIRECTEUR GÉNÉRAL", "fr", "Directeur Général"),
        ("EL SECRETARIO EJECUTIVO", "es", "Secretario Ejecutivo"),
        ("PRESIDENT OF THE GENERAL ASSEMBLY", "en", "President of the General Assembly"),
    ],
)
def test_a_post_printed_over_the_date_is_the_writers(letterhead, language, post):
    text = f"{letterhead}\n\n12 March 2031\n\n{INVITATION[language]}"
    assert sender(text).get("title") == post


@pytest.mark.parametrize(
    "head",
    [
        "The Executive Director\nUnited Nations Environment Programme\nNairobi",  # written to
        "THE ANNUAL MEETING",  # a heading, no post
        "THE HIGH LEVEL PANEL",
    ],
)
def test_a_block_of_address_or_a_heading_over_the_date_is_no_writers_post(head):
    text = f"{head}\n\n12 March 2031\n\n{INVITATION['en']}"
    assert sender(text).get("title") is None


# Lines of a block of address that each name a whole group are as many addressees; a
# mission's name cut over two lines stays one.
def test_a_group_on_each_line_of_the_block_is_one_addressee_each():
    head = "Ref.: CL.7/2031\n\n3 May 2031\n\n"
    foot = (
        "\n\nDear Sir/Madam,\n\nI have the honour to invite you.\n\nYours faithfully,\n\nJ. Roe\n"
    )
    groups = reading(head + "All Member States\nAll Observer States" + foot)["addressees"]
    assert groups == ["All Member States", "All Observer States"]
    mission = reading(head + "Permanent Mission of Ruritania\nto the United Nations" + foot)
    [one] = mission["addressees"]
    assert one.startswith("Permanent Mission of Ruritania")
    assert one.endswith("United Nations")


# A name signed with the rank before it, under the post, in a letter with no closing formula.
def test_a_name_with_its_rank_under_the_post_signs():
    letter = (
        "Vienna, 4 March 2031\n\nDear Colleagues,\n\nI am pleased to invite you to the informal "
        "consultations on the draft resolution, to be held on 20 March 2031 in Vienna.\n\n"
    )
    signed = reading(letter + "The Chair of the Committee\nAmbassador Tom Hill\n")["sender"]
    assert (signed["name"], signed["title"]) == ("Tom Hill", "Chair of the Committee")
    unsigned = reading(letter + "The Chair of the Committee\nAmbassador of Ruritania\n")["sender"]
    assert unsigned["name"] is None
