"""The reader's general rules for ways of writing a meeting's days and a deadline that
the body rules do not cover, each on a short made-up letter."""

from plenipo.reading import read_text


def reading(text):
    return read_text(text).to_json()


def test_a_range_of_days_written_with_until_hasta_or_jusqu_au_is_one_meeting_and_no_deadline():
    for sentence in (
        "The workshop will be held from 14 until 16 May 2031 in Bonn.",
        "El taller se celebrará desde el 14 hasta el 16 de mayo de 2031 en Lima.",
        "Le séminaire aura lieu du 14 jusqu'au 16 mai 2031 à Dakar.",
    ):
        found = reading(f"Geneva, 3 March 2031\n\nDear Colleagues,\n\n{sentence}\n\nJohn Smith\n")
        assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
            ("2031-05-14", "2031-05-16")
        ], sentence
        assert found["deadlines"] == [], sentence


def test_a_deadline_by_close_of_business_on_a_day_and_one_hasta_el_a_day():
    for sentence, qualifier in (
        (
            "Please send your nominations no later than close of business (New York time) on "
            "Friday, 11 April 2031.",
            "no later than",
        ),
        ("Se ruega enviar las candidaturas hasta el 11 de abril de 2031.", "hasta el"),
    ):
        found = reading(f"Geneva, 3 March 2031\n\nDear Colleagues,\n\n{sentence}\n\nJohn Smith\n")
        assert [(d["date"], d["qualifier"]) for d in found["deadlines"]] == [
            ("2031-04-11", qualifier)
        ], sentence


def test_two_days_each_with_its_weekday_and_article_are_one_meeting():
    for sentence in (
        "La réunion se tiendra le samedi 14 et le dimanche 15 juin 2031 à Paris.",
        "La reunión se celebrará el sábado 14 y el domingo 15 de junio de 2031 en Lima.",
    ):
        letter = f"Paris, le 3 mars 2031\n\nMadame, Monsieur,\n\n{sentence}\n\nJean Dupont\n"
        found = reading(letter)
        assert [(m["start_date"], m["end_date"]) for m in found["meetings"]] == [
            ("2031-06-14", "2031-06-15")
        ], sentence


def test_a_heading_that_extends_a_deadline_to_a_day_does_not_date_the_letter():
    found = reading(
        "Deadlines extended to 18 July 2031\nDear Colleagues,\nPlease submit your comments on "
        "the draft chapters by 11 July 2031.\nBest regards,\nJohn Smith\n"
    )
    assert found["date"] is None
    assert [d["date"] for d in found["deadlines"]] == ["2031-07-11"]


def enclosed(text):
    return [(e["description"], e["date"]) for e in read_text(text).to_json()["enclosures"]]


def test_an_encl_line_lists_its_items_apart_each_with_its_date():
    text = (
        "12 July 2031\n\nDear Chair,\n\nI write about the meeting.\n\n"
        "Encl.: Letter of the Rapporteur dated 1 July 2031; Note of the Bureau dated 28 June 2031\n"
    )
    assert enclosed(text) == [
        ("Letter of the Rapporteur dated 1 July 2031", "2031-07-01"),
        ("Note of the Bureau dated 28 June 2031", "2031-06-28"),
    ]
    assert enclosed("Paris, le 2 mars 2031\n\nMadame,\n\nP.J. : note de synthèse\n") == [
        ("note de synthèse", None)
    ]


def test_a_list_under_a_cue_and_a_report_transmitted_herewith():
    text = (
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint :\n- la note d'orientation ;\n"
        "- le formulaire d'inscription.\n\nCordialement,\n"
    )
    assert [d for d, _ in enclosed(text)] == [
        "la note d'orientation",
        "le formulaire d'inscription",
    ]
    herewith = "Excellency,\n\nTransmitted herewith is the report of the Expert Group.\n"
    assert [d for d, _ in enclosed(herewith)] == ["the report of the Expert Group"]


def test_a_request_to_send_something_encloses_nothing():
    assert enclosed("Parties are invited to transmit their comments by 1 May 2031.\n") == []
    assert enclosed("Tenga a bien remitir a esta Secretaría la lista de su delegación.\n") == []
    assert enclosed("Les États sont priés de transmettre leurs observations.\n") == []
    text = "Tengo el honor de informarle que se adjunta el proyecto de programa de la reunión.\n"
    assert [d for d, _ in enclosed(text)] == ["el proyecto de programa de la reunión"]
