"""What a letter asks and by when, in forms the development letters still missed (wave 11,
made-up texts): a Spanish request in the present subjunctive of a verb whose stem changes
("que ejerza", "que establezca", "que mantenga"), and a time allowed counted from a day the
letter gives ("dans les 48 heures à compter du 7 avril")."""

from plenipo.reading.gloss import gloss
from tests.reading.readings import actions_of, reading


def test_a_spanish_subjunctive_whose_stem_changes_is_read_as_asked():
    assert gloss("Solicitamos que ejerza sus facultades", "es") == "exercise powers"
    assert gloss("Le rogamos que establezca un grupo de trabajo", "es") == (
        "establish a working group"
    )
    assert gloss("Le pedimos que reconozca la candidatura", "es") == "recognize the nomination"
    assert gloss("que los Estados ofrezcan su apoyo", "es") == "offer support"
    assert gloss("Le ruego que mantenga la reunión", "es") == "maintain the meeting"
    # the regular forms are read as before, and a stem that is no subjunctive is not a verb
    assert gloss("Le rogamos que incluya sus comentarios", "es") == "include comments"
    assert gloss("que la ejercitación del grupo", "es") is None


def _deadline_days(text):
    return [d["date"] for d in reading(text)["deadlines"]]


def test_a_time_allowed_counted_from_a_day_given_ends_that_many_days_later():
    head = "Geneva, 3 April 2031\n\nDear Sir,\n\n"
    assert _deadline_days(
        head + "Parties are requested to submit comments within thirty (30) days from 10 April"
        " 2031.\n"
    ) == ["2031-05-10"]
    assert _deadline_days(
        "Paris, le 3 avril 2031\n\nMonsieur,\n\nL'Ambassadeur est prié de quitter le territoire"
        " dans les 48 heures à compter du 7 avril 2031.\n"
    ) == ["2031-04-09"]
    assert _deadline_days(
        "Paris, le 3 avril 2031\n\nMonsieur,\n\nJe vous prie de transmettre vos commentaires"
        " dans un délai de quinze jours à partir du 10 avril 2031.\n"
    ) == ["2031-04-25"]
    assert _deadline_days(
        "Madrid, 3 de abril de 2031\n\nSeñor:\n\nLe ruego enviar sus comentarios dentro de los"
        " 2 semanas contadas a partir del 5 de abril de 2031.\n"
    ) == ["2031-04-19"]


def test_a_time_counted_in_working_days_or_from_a_past_day_gives_no_day():
    head = "Geneva, 3 April 2031\n\nDear Sir,\n\n"
    # working days are not counted on the calendar; a time ended before the letter is history
    assert _deadline_days(
        head + "Please send comments within 10 working days from 5 April 2031.\n"
    ) in ([], [None])
    assert _deadline_days(
        head + "Parties were asked to reply within 10 days from 5 January 2031.\n"
    ) in ([], [None])
    assert "2031-04-15" not in _deadline_days(
        head + "The Convention enters into force 10 days from 5 April 2031.\n"
    )


def test_an_order_to_leave_the_country_told_in_the_third_person_asks_to_leave():
    fr = "Paris, le 3 avril 2031\n\nMonsieur,\n\n"
    for said in (
        "Le Ministère a demandé à l'Ambassadeur, M. Paul Roux, de quitter le territoire dans"
        " les 48 heures.",
        "Les autorités ont décidé de lui demander de quitter le territoire national sous"
        " quarante-huit heures (48h).",
        "Le Chargé d'affaires est sommé de quitter le pays dans les prochaines 72 heures.",
    ):
        assert [a.split()[0] for a in actions_of(fr + said + "\n")] == ["leave"], said
        assert "heures" not in " ".join(actions_of(fr + said + "\n")), said
    es = "Madrid, 3 de abril de 2031\n\nSeñor Embajador:\n\nEl Ministerio ha solicitado"
    assert actions_of(es + " al Encargado de Negocios abandonar el país en 72 horas.\n") == [
        "leave the country"
    ]
    # leaving the country as a time of the story asks nothing
    assert actions_of(fr + "Le Ministre a remercié l'Ambassadeur avant de quitter le pays.\n") == []


def test_a_time_allowed_ends_the_object_asked():
    assert gloss("Veuillez envoyer vos commentaires dans un délai de trente (30) jours", "fr") == (
        "send comments"
    )
    assert gloss("Le ruego enviar sus comentarios dentro de los 10 días", "es") == "send comments"


def test_more_verbs_of_diplomatic_requests_are_glossed():
    assert gloss("Le prions de bien vouloir reprendre les négociations", "fr") == (
        "resume the negotiations"
    )
    assert (
        gloss("Solicitamos que cese las actuaciones hostiles", "es") == "stop the hostile actions"
    )
    assert gloss("Je vous prie de mettre fin à la spoliation", "fr").startswith("stop")
    assert gloss("Les rogamos que autoricen la reunión", "es") == "authorize the meeting"
    assert gloss("Je vous prie de bien vouloir agréer mes salutations", "fr") is None


def test_a_spanish_verb_in_zar_asked_in_the_subjunctive_is_read():
    assert gloss("Les rogamos que organicen la reunión", "es") == "organize the meeting"
    assert gloss("Se ruega que utilicen el formulario", "es") == "use the form"
    assert gloss("Les pedimos que comuniquen sus comentarios", "es") == "communicate comments"
    assert gloss("Les pedimos que entreguen el formulario", "es") == "submit the form"


def test_a_perfect_infinitive_asks_what_its_participle_names():
    said = "Les participants sont priés d'avoir rempli le formulaire avant leur arrivée"
    assert gloss(said, "fr") == "complete the form"
    assert gloss("Se ruega a los participantes haber enviado el formulario", "es") == (
        "send the form"
    )
    assert gloss("Les délégués sont priés d'avoir pris place", "fr") == "be seated"
    # "avoir" before a noun asks no verb
    assert gloss("Les délégations sont priées d'avoir des badges", "fr") is None
