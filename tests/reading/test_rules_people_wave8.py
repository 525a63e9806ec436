"""Who writes and to whom, in general forms seen on real development letters of wave 8
(docs/reading.md): each rule on a short made-up text."""

from tests.reading.readings import reading, sender_name


def test_a_letter_the_writer_read_out_after_sending_it_names_writer_and_addressee():
    text = (
        "La presidenta Ana Roe leyó una carta que envió a su homóloga chilena Marta Díaz, en "
        "la que la invitó a Quito.\n\n«Estimada amiga: le escribo para invitarla a visitar "
        "nuestro país en primavera.»\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Ana Roe"
    assert found["sender"]["title"] == "presidenta"
    assert found["addressees"] == ["Marta Díaz"]


def test_a_counterpart_written_to_is_the_name_without_a_participle_clause():
    text = (
        "Prime Minister Jane Roe wrote to her counterpart John Doe inviting him to Lima for "
        "talks on fisheries.\n\nDear John, I am writing to invite you to Lima.\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Jane Roe"
    assert found["addressees"] == ["John Doe"]


def test_son_homologue_before_the_name_is_left_out():
    text = (
        "Le Président du Norland, M. Paul Marchal, a adressé une lettre à son homologue "
        "français M. Jean Roe pour le remercier.\n\n«Monsieur le Président, je vous "
        "remercie de votre accueil.»\n"
    )
    assert reading(text)["addressees"] == ["M. Jean Roe"]


def test_an_article_handing_over_the_letter_of_a_writer_to_an_addressee():
    text = (
        "Lima, 3 mayo (AP) A continuación transmitimos la misiva del Canciller peruano, Jaime "
        "Roe Paz al Secretario General de la OEA, Ana Díaz, en ocasión de la asamblea.\n\n"
        "Señor Secretario General:\nMe dirijo a usted para expresarle nuestro apoyo.\n"
    )
    found = reading(text)
    assert found["sender"] == {
        "name": "Jaime Roe Paz",
        "title": "Canciller peruano",
        "organization": None,
    }
    assert found["addressees"] == ["Secretario General de la OEA, Ana Díaz"]


def test_an_article_saying_who_received_a_letter_from_whom():
    text = (
        "Le Premier ministre du Norland, Jean Roe a reçu une lettre officielle de la "
        "présidente du Conseil, Marie Dupont, à participer au sommet de Lomé.\n\n«Je souhaite "
        "vous inviter à Lomé», lit-on dans la lettre.\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Marie Dupont"
    assert found["addressees"] == ["Premier ministre du Norland, Jean Roe"]


def test_a_secretariat_receiving_a_letter_from_a_government_names_no_one():
    text = (
        "The Secretariat has received a letter from the Government of Norland, informing it "
        "of the new focal point.\n\nParties are invited to take note of the change.\n"
    )
    found = reading(text)
    assert found["addressees"] == []
    assert (found["sender"] or {}).get("name") is None


def test_the_writer_named_after_the_words_quoted_from_the_letter_in_full():
    text = (
        "La ministre Marie Dupont Laval a invité ses collègues au sommet.\n\n«Nous comptons "
        "sur vous», a écrit Mme Marie Dupont dans sa lettre.\n"
    )
    assert sender_name(text) == "Marie Dupont Laval"
    text = (
        "Ministers gathered in Oslo on Monday.\n\n“We count on you,” wrote Jane Roe in her "
        "letter to the ministers.\n"
    )
    assert sender_name(text) == "Jane Roe"


def test_a_letter_the_body_mentions_is_not_handed_over():
    text = (
        "Dear Colleagues,\n\nI refer to the letter of the Minister for Foreign Affairs, "
        "Mr. John Doe, to the Chair of the Committee, dated 3 May 2031.\n\nYours sincerely,\n"
        "\nJane Roe\nExecutive Secretary\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Jane Roe"
    assert found["addressees"] == []


def test_a_signed_name_followed_by_a_dash_is_a_signature():
    for dash in (" –", " —", " -", ".—", "—"):
        text = (
            "Queridos amigos:\n\nLes escribo para invitarles a la reunión del Consejo el 4 de "
            f"junio de 2031.\n\nUn abrazo,\n\nJuan Pérez{dash}\nPresidente del Consejo\n"
        )
        found = reading(text)["sender"]
        assert found["name"] == "Juan Pérez"
        assert found["title"] == "Presidente del Consejo"


def test_a_heading_naming_the_writer_alone_gives_the_sender():
    body = (
        "\nDear Mr. Doe,\nI write to thank you for your support of the Partnership.\nSincerely,\n"
    )
    assert sender_name("Carta de Jane Roe" + body) == "Jane Roe"
    assert sender_name("Letter from John Doe" + body) == "John Doe"
    assert sender_name("Carta de Buenos Aires" + body) is None


def test_a_sentence_telling_of_a_letter_is_no_heading_post():
    text = (
        "LIMA: The Foreign Minister Jane Roe has a written a letter to the President of the "
        "Council, reminding it of its duty.\n\nFollowing is the full text of the letter;\n\n"
        "As you are aware, the situation remains grave.\n"
    )
    assert reading(text)["sender"] is None


def test_the_hon_the_minister_over_the_salutation_is_written_to():
    text = (
        "19 Nov. 1931\n\nThe Hon. the Minister of Fisheries of Norland.\n\nSir,\n\nI beg to "
        "refer to my letter on the above subject.\n\nI am, Sir, your obedient servant,\n\n"
        "J. SMITH\nSecretary\n"
    )
    assert reading(text)["addressees"] == ["The Hon. the Minister of Fisheries of Norland."]


def test_a_letterhead_office_going_on_with_aux_is_no_addressee():
    text = (
        "NATIONS UNIES\nHAUT COMMISSARIAT DES NATIONS UNIES\nAUX RÉFUGIÉS DU NORD\n\n"
        "Genève, le 3 mai 2031\n\nExcellence,\n\nJ'ai l'honneur de vous écrire au sujet de la "
        "réunion.\n\nVeuillez agréer, Excellence, l'assurance de ma haute considération.\n\n"
        "Jean Roe\nDirecteur\n"
    )
    assert reading(text)["addressees"] == []


def test_an_english_sentence_opening_with_the_article_a_is_no_addressee_line():
    text = (
        "NOTIFICATION 2031/4\n\nThe Bureau is pleased to transmit the documents for the "
        "meeting.\n\nA Revised Agenda of the meeting is included with this set.\n\nJane Roe\n"
        "Secretary General\n"
    )
    assert reading(text)["addressees"] == []
    text = "A: Ministerios de Relaciones Exteriores\n\nTengo el honor de invitarles.\n"
    assert reading(text)["addressees"] == ["Ministerios de Relaciones Exteriores"]


def test_a_collection_heading_letter_from_an_office_to_a_person_names_the_addressee():
    text = (
        "II Letter from the Ministry of Foreign Affairs of Norland,\n"
        "to Mr. John Doe, Ambassador of Southland to Norland.\n"
        "MFA 12/31 3rd May, 1961\n"
        "The Ministry of Foreign Affairs presents its compliments to the Embassy of Southland "
        "and has the honour to inform it that the talks will open on 4 June 1961.\n"
    )
    found = reading(text)["addressees"]
    assert "Mr. John Doe, Ambassador of Southland to Norland" in found


def test_a_printed_collections_numbered_heading_gives_the_writers_post():
    text = (
        "PART II\n\nCORRESPONDENCE\n\n"
        "1. THE PRESIDENT OF THE COMMISSION TO THE REGISTRAR OF THE COURT\n3 May 1931.\n"
        "[See p. 4.]\n\n"
        "2. LE SECRÉTAIRE GÉNÉRAL AU MINISTRE DES AFFAIRES ÉTRANGÈRES DU NORLAND\n\n"
        "7 mai 1931.\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous faire connaître que la "
        "Commission se réunira le 4 juin 1931.\n"
    )
    found = reading(text)["sender"]
    assert found["name"] is None
    assert found["title"] == "SECRÉTAIRE GÉNÉRAL"


def test_a_convocation_sent_by_a_named_writer_to_a_group_names_both():
    text = (
        "CONVOCATORIA A LA CUMBRE ANDINA\n\nTexto de la convocatoria a la I Cumbre Andina, "
        "enviada por la presidenta de Norlandia, Ana Roe Paz, a los Jefes de Estado de los "
        "países andinos.\n\nLima, 3 de mayo de 2031.\n\nMe permito invitarlo a un encuentro de "
        "Jefes de Estado en Lima.\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Ana Roe Paz"
    assert found["addressees"] == ["Jefes de Estado de los países andinos"]


def test_a_message_from_a_chair_to_his_colleagues_names_them():
    text = (
        "CM(2031)12 4 May 2031 ———————— Message from the Chair of the Board of Governors, "
        "Mr John Doe, Minister for Trade of Norland, to his colleagues ————————\n"
        "The Board will meet in Oslo on 11 June 2031. I look forward to seeing you there.\n"
    )
    assert reading(text)["addressees"] == ["his colleagues"]


def test_a_country_or_programme_under_the_signature_is_no_co_signatory():
    for below in ("REPUBLICA DE NORLANDIA.", "UN Fisheries Programme\nP.O. Box 123\nOslo"):
        text = (
            "Dear Colleague,\n\nI write to invite you to the meeting on 4 June 2031.\n\n"
            f"Yours sincerely,\n\nJane Roe\nExecutive Secretary\n\n{below}\n"
        )
        found = reading(text)
        assert found["sender"]["name"] == "Jane Roe"
        assert found["co_signatories"] == []


def test_writers_of_a_joint_letter_naming_their_capacities_are_its_signatories():
    text = (
        "3 May 2031\n\nExcellency,\n\nWe have the honour to write to you in our respective "
        "capacities as Special Rapporteur on the right to water, Chairperson-\nRapporteur of "
        "the Working Group on Fisheries, and Special Rapporteur on coastal affairs.\n\nWe "
        "wish to visit your country in June 2031.\n"
    )
    found = reading(text)
    assert found["sender"]["title"] == "Special Rapporteur on the right to water"
    assert [person["title"] for person in found["co_signatories"]] == [
        "Chairperson-Rapporteur of the Working Group on Fisheries",
        "Special Rapporteur on coastal affairs",
    ]
