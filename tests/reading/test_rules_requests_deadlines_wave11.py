"""What a letter asks and by when, in forms the development letters still missed (wave 11,
made-up texts): a Spanish request in the present subjunctive of a verb whose stem changes
("que ejerza", "que establezca", "que mantenga"), and a time allowed counted from a day the
letter gives ("dans les 48 heures à compter du 7 avril")."""

from plenipo.reading.gloss import gloss


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
