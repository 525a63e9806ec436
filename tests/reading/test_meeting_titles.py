"""A meeting's title as the letter names it: the words before the word naming the meeting and
what it is of or on, up to a clause, a day or a place; not a body's secretariat."""

from .readings import reading


def titles(text):
    return [m["title"] for m in reading(text)["meetings"]]


def test_a_title_goes_on_with_what_the_meeting_is_of_or_on():
    text = (
        "Dear Colleague,\n\nI have the honour to invite you to the twenty-ninth session of the "
        "Commission on Crime Prevention and Criminal Justice, which will be held in Vienna "
        "from 12 to 16 May 2031.\n\nYours sincerely,\nJane Roe\n"
    )
    assert titles(text) == [
        "twenty-ninth session of the Commission on Crime Prevention and Criminal Justice"
    ]
    # up to the clause that says when: not "of the Commission which will be held"
    assert titles(text.replace(", which will be held", " will be held")) == titles(text)


def test_a_body_named_in_a_secretariats_name_is_no_meeting_s_title():
    text = (
        "The Permanent Mission of Eldoria presents its compliments to the Secretariat of the "
        "Conference of the Parties and has the honour to invite it to the informal expert "
        "consultation on the implementation of the Protocol against Trafficking in Persons, "
        "which will be held on 16 March 2031 at 10 a.m. in Room M3, Vienna."
    )
    assert titles(text) == [
        "informal expert consultation on the implementation of the Protocol against "
        "Trafficking in Persons"
    ]
    # the informals, a noun, still meet
    informals = text.replace(
        "the informal expert consultation on the implementation of the Protocol against "
        "Trafficking in Persons, which",
        "the informals on the draft text, which",
    )
    assert titles(informals) == ["informals on the draft text"]


def test_a_french_or_spanish_title_keeps_its_adjective_and_what_it_is_on():
    french = (
        "Madame,\n\nJ'ai l'honneur de vous inviter à la réunion régionale sur la mise en œuvre "
        "du Protocole, qui se tiendra à Paris le 12 avril 2031.\n\nVeuillez agréer, Madame, "
        "l'assurance de ma haute considération.\n"
    )
    assert titles(french) == ["réunion régionale sur la mise en œuvre du Protocole"]
    spanish = (
        "Señora:\n\nTengo el honor de invitarla al seminario técnico sobre cooperación "
        "internacional, que se celebrará en Viena el 8 de junio de 2031.\n\nAtentamente,\n"
    )
    assert titles(spanish) == ["seminario técnico sobre cooperación internacional"]
    # a participle after the noun is no part of it: "the meeting scheduled for"
    english = (
        "Dear Sir,\n\nThe meeting scheduled for 3 June 2031 in Geneva will discuss the budget."
        "\n\nYours faithfully,\nJ. Roe\n"
    )
    assert titles(english) == ["meeting"]
