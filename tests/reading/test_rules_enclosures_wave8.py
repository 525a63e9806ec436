"""What a letter sends with it, in forms the development letters still missed (made-up
texts): a thing marked "(see attached document)" and an item set off by commas before
"ci-jointe"."""

from tests.reading.readings import enclosed


def test_a_thing_marked_see_attached_is_enclosed():
    text = (
        'Dear Partner,\n\nTo take part, please return a completed "Speaker Profile" '
        "(see attached document) before the end of April.\n\nBest regards,\nThe Forum\n"
    )
    assert enclosed(text) == ["Speaker Profile"]
    assert enclosed("The Delegation Roster (see attached) lists every member.") == [
        "The Delegation Roster"
    ]


def test_an_item_set_off_by_commas_before_ci_jointe_is_the_item():
    text = (
        "Monsieur le Directeur,\n\nLe Président du Comité m'a adressé la note, ci-jointe, "
        "précisant le calendrier des travaux.\n\nVeuillez agréer, Monsieur le Directeur, …\n"
    )
    assert enclosed(text) == ["note"]
