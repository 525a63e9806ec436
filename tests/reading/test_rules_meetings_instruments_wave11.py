"""Wave 11, meetings, enclosures and instruments: general forms letters and press items use
for them, each rule on a made-up text with a variant that must not match."""

from tests.reading.readings import cited, enclosed, meetings_of, reading


def test_the_un_charter_under_its_short_and_long_names_in_three_languages():
    for text in (
        "El Gobierno actúa en defensa de la Carta de Naciones Unidas.",
        "Conforme a la Carta de la ONU, pedimos su intervención.",
        "Es contrario a la Carta de la Organización de las Naciones Unidas.",
        "Ces actes violent la Charte de l'ONU.",
        "Ces actes violent la Charte de l’Organisation des Nations Unies.",
        "These acts breach the Charter of the UN.",
        "These acts breach the U.N. Charter.",
    ):
        assert cited(text) == ["Charter of the United Nations"], text
    # another body's charter is not the United Nations'
    assert "Charter of the United Nations" not in cited("It follows the Charter of the UNESCO.")
    assert cited("Es contrario a la Carta de la OEA.") == ["OAS Charter"]


def test_a_treaty_named_after_its_town_with_its_kind_in_lower_case():
    for text, name in (
        (
            "Ces agissements ne sont pas compatibles avec la convention de Vienne.",
            "convention de vienne",
        ),
        ("Le Parlement a ratifié le traité de Lisbonne en 2008.", "traité de lisbonne"),
        ("Esto es contrario al tratado de Versalles, dijo.", "tratado de versalles"),
        ("Según la convención de Viena, el embajador goza de inmunidad.", "convención de viena"),
    ):
        assert name in cited(text), text
    # a fuller title is read whole, by its own rule
    assert cited("Conformément à la convention de Vienne sur les relations diplomatiques.") == [
        "Vienna Convention on Diplomatic Relations"
    ]
    # no town: an agreement of partners, a person's
    for text in (
        "Nous avons signé une convention de partenariat avec la ville.",
        "La convention de Monsieur Dupont avec la mairie a pris fin.",
        "La convention de Jean Dupont avec la mairie a pris fin.",
        "Une convention de Genève serait utile.",
        "Firmamos el convenio de Colaboración con la Universidad.",
    ):
        assert cited(text) == [], text


def _letter(body):
    return f"Dear members,\n\n{body}\n\nYours sincerely,\nJane Smith\nSecretary General\n"


def test_a_meeting_to_come_the_readers_are_asked_to_attend_without_its_day():
    for body in (
        "We invite you to nominate a delegation to attend the upcoming virtual General Assembly.",
        "For those who cannot take part in the forthcoming Congress, we offer a live stream.",
        "Nous vous invitons à participer à la prochaine Assemblée générale de la Fédération.",
        "Nous serions heureux de vous voir assister au prochain Congrès mondial.",
        "Los invitamos a asistir a la próxima reunión del Consejo Directivo.",
        "Esperamos que pueda participar en el próximo Foro regional.",
    ):
        assert meetings_of(_letter(body)) == [(None, None, "scheduled")], body
    # past meetings, and one that names no one going to it, are none
    for body in (
        "Thank you for attending the General Assembly last year.",
        "We attended the last Conference with great pleasure.",
        "The report will be considered at the next session.",
    ):
        assert meetings_of(_letter(body)) == [], body


def test_the_hours_of_an_undated_meeting_to_come_in_the_same_clause():
    body = (
        "For those who cannot take part in the upcoming General Assembly in Lisbon, scheduled "
        "for Thursday 9:30 – 13:30, we offer online participation. The office opens at 8:00."
    )
    assert meetings_of(_letter(body)) == [(None, "09:30", "scheduled")]
    body = "We hope you will attend the next meeting. The office opens at 8:00."
    assert meetings_of(_letter(body)) == [(None, None, "scheduled")]


def test_a_meeting_with_its_day_is_not_read_again_without_it():
    body = (
        "We invite you to attend the upcoming General Assembly, which will be held on "
        "14 May 2031 in Lisbon."
    )
    assert meetings_of(_letter(body)) == [("2031-05-14", None, "scheduled")]


def test_an_item_a_body_sends_herewith_in_the_third_person_after_its_recipients():
    for body, item in (
        (
            "The Secretariat herewith e-mails to all members a copy of the application documents.",
            "a copy of the application documents",
        ),
        ("The Secretariat hereby forwards to all members the draft agenda.", "the draft agenda"),
        ("I herewith send you a copy of the annual report.", "a copy of the annual report"),
        (
            "Le Secrétariat transmet ci-joint aux membres le projet d'ordre du jour.",
            "le projet d'ordre du jour",
        ),
        (
            "La Mission permanente transmet ci-joint le texte de la déclaration.",
            "le texte de la déclaration",
        ),
        (
            "La Secretaría remite adjunto a los miembros el proyecto de programa.",
            "el proyecto de programa",
        ),
        (
            "La Misión Permanente remite adjunta la declaración del Ministro.",
            "la declaración del Ministro",
        ),
    ):
        assert enclosed(_letter(body)) == [item], body
    # sent without an attachment, nothing is enclosed
    for body in (
        "Le Secrétariat transmet aux membres ses salutations les plus cordiales.",
        "The Secretariat sends all members its best wishes.",
    ):
        assert enclosed(_letter(body)) == [], body


def test_ci_jointe_after_its_item_before_a_relative_clause_sends_nothing_after():
    letter = (
        "Monsieur,\n\nJ'ai l'honneur de proposer que la présente note et l'annexe ci-jointe, "
        "dont les versions française et anglaise font également foi, constituent un accord."
        "\n\nVeuillez agréer, Monsieur, mes salutations.\nJean Dupont\n"
    )
    assert enclosed(letter) == ["annexe"]
    letter = letter.replace("l'annexe ci-jointe, dont", "l'annexe ci-jointe, laquelle")
    assert enclosed(letter) == ["annexe"]
    # before its item, "ci-joint" still sends it
    letter = (
        "Monsieur,\n\nVeuillez trouver ci-joint, pour information, le rapport annuel."
        "\n\nVeuillez agréer, Monsieur, mes salutations.\nJean Dupont\n"
    )
    assert enclosed(letter) == ["le rapport annuel"]


def _dated_letter(body):
    return f"Geneva, 3 July 2031\n\nDear members,\n\n{body}\n\nYours sincerely,\nJane Smith\n"


def test_an_open_day_is_a_meeting():
    for body in (
        "On 22 September 2031, the Organization will be hosting an open day for students.",
        "On 22 September 2031 (9.30 a.m. to 12.30 p.m.), we will be hosting an open morning.",
        "Le 22 septembre 2031, l'Organisation organisera une journée portes ouvertes.",
        "El 22 de septiembre de 2031 se celebrará una jornada de puertas abiertas.",
    ):
        assert [m[0] for m in meetings_of(_dated_letter(body))] == ["2031-09-22"], body
    # an office open to the public is no event
    body = "The office will be open on 22 September 2031 for the public."
    assert meetings_of(_dated_letter(body)) == []


def test_an_item_the_sender_has_the_honour_to_attach_in_the_infinitive():
    for body, item in (
        (
            "La Secretaría se complace en adjuntar a la presente comunicación, para su "
            "atención, una carta del Secretario Ejecutivo sobre el Fondo.",
            "una carta del Secretario Ejecutivo sobre el Fondo",
        ),
        ("Tengo el honor de adjuntar a la presente nota el informe anual.", "el informe anual"),
        ("Me complace adjuntarle el informe anual.", "el informe anual"),
        ("Tengo el honor de anexar a la presente el informe anual.", "el informe anual"),
        ("Tengo el honor de acompañar a la presente copia del acta.", "copia del acta"),
        (
            "J'ai l'honneur de joindre à la présente note le rapport annuel.",
            "le rapport annuel",
        ),
        ("Nous avons le plaisir de joindre le programme.", "le programme"),
        ("I have the honour to attach to this letter the annual report.", "the annual report"),
    ):
        assert enclosed(_letter(body)) == [item], body
    # asked of the reader, or a person accompanied, nothing is enclosed
    for body in (
        "Le pedimos adjuntar a su respuesta el formulario.",
        "Tengo el honor de acompañar a Su Excelencia en la visita.",
    ):
        assert enclosed(_letter(body)) == [], body


def test_an_item_the_writer_sends_in_a_relative_clause_of_its_own():
    for body, item in (
        (
            "Trabajó con la UNESCO. Su hoja de servicio, que me permito enviarle, es más que "
            "ilustrativa.",
            "Su hoja de servicio",
        ),
        (
            "Le curriculum vitae du candidat, que je me permets de vous adresser, montre son "
            "expérience.",
            "Le curriculum vitae du candidat",
        ),
        (
            "The report of the Committee, which I am pleased to send you, sets out the plan.",
            "The report of the Committee",
        ),
    ):
        assert enclosed(_letter(body)) == [item], body
    # a clause that sends nothing
    body = "Su hoja de servicio, que me permito recordar, es más que ilustrativa."
    assert enclosed(_letter(body)) == []


def test_an_item_in_an_annex_written_with_a_capital():
    for body, item in (
        ("El formulario de inscripción figura en el Anexo 2.", "formulario de inscripción"),
        ("Le formulaire d'inscription figure à l'Annexe 2.", "formulaire d'inscription"),
    ):
        assert enclosed(_letter(body)) == [item], body
    # the annex of another text
    assert enclosed(_letter("El programa figura en el Anexo 2 del Reglamento.")) == []


def test_what_the_mailing_or_package_contains_is_enclosed():
    for body, items in (
        (
            "Parties are invited to note that the present mailing contains the invitation to "
            "submit candidates.",
            ["the invitation to submit candidates"],
        ),
        ("This package contains the draft agenda.", ["the draft agenda"]),
    ):
        assert enclosed(_letter(body)) == items, body
    # what the letter itself contains is no enclosure
    assert enclosed(_letter("This letter contains the details of the meeting.")) == []


def test_a_regional_community_act_numbered_with_its_initials():
    for text, act in (
        (
            "En application de la Décision N°73/CEEAC/CCEG/XVI/15 du Conseil.",
            "décision 73/ceeac/cceg/xvi/15",
        ),
        (
            "Pursuant to Decision No. 73/ECCAS/CHSG/XVI/15 of the Conference.",
            "decision 73/eccas/chsg/xvi/15",
        ),
        ("Vu l'Acte additionnel n°03/2015/CCEG/UEMOA.", "acte additionnel 03/2015/cceg/uemoa"),
    ):
        assert cited(text) == [act], text
    # the same act written another way is the same instrument
    assert cited("Vu la décision n° 73/ceeac/cceg/xvi/15.") == ["décision 73/ceeac/cceg/xvi/15"]
    # a number with one part after it is another form's
    assert cited("See decision no. 5/the annex.") == []
    assert cited("Decision 5/COP.16 was adopted.") == ["decision 5/COP.16"]
    assert cited("Council Directive 2030/16/EU applies.") == ["directive 2030/16/EU"]


def test_a_family_of_conventions_named_by_its_field_is_no_instrument():
    for text in (
        "We welcome synergies among the Biodiversity-related Conventions.",
        "We welcome synergies among the Chemicals-Related Conventions.",
    ):
        assert cited(text) == [], text
    # one instrument, or a family known by its own name, still is
    assert cited("We recall the Geneva Conventions.") == ["Geneva Conventions of 12 August 1949"]
    assert cited("The Trade-Related Aspects Agreement applies.") == [
        "trade-related aspects agreement"
    ]


def test_an_item_named_again_by_a_demonstrative_takes_the_day_the_sentence_before_gives():
    for body in (
        "A first letter with requests 1 to 5 was sent on 25 June 2031 to ask for the "
        "information. This letter is attached for ease of reference.",
        "La première lettre a été envoyée le 25 juin 2031. Cette lettre est jointe au présent "
        "courrier pour que vous puissiez vous y référer.",
        "La primera carta fue enviada el 25 de junio de 2031. Dicha carta se adjunta a la "
        "presente.",
    ):
        found = reading(_dated_letter(body))["enclosures"]
        assert [e["date"] for e in found] == ["2031-06-25"], body
    # a day the sentence before gives to something else dates nothing
    body = "The meeting was held on 25 June 2031. This letter is attached for reference."
    assert [e["date"] for e in reading(_dated_letter(body))["enclosures"]] == [None]


def test_a_title_keeps_its_day_written_dated_or_with_an_ordinal():
    title = (
        "the Agreement between the Government of India and the Government of Australia "
        "relating to Air Services"
    )
    assert cited(f"I refer to {title} dated 11th July, 1949, as modified.") == [
        "agreement between the government of india and the government of australia relating "
        "to air services dated 11th july, 1949"
    ]
    assert cited(f"I refer to {title} of 11 July 1949.") == [
        "agreement between the government of india and the government of australia relating "
        "to air services of 11 july 1949"
    ]
    # a day that is not the title's own (a letter's) stays out of it
    assert cited(f"I refer to {title}, in my letter to you on 11 July 2031.") == [
        "agreement between the government of india and the government of australia relating "
        "to air services"
    ]
