"""Several things asked in one sentence, each on its own: deadlines and requests."""

from .readings import actions_of, reading


def deadlines_of(text):
    return [(d["date"], d["what"]) for d in reading(text)["deadlines"]]


FRENCH = (
    "Madame,\n\nLes États Parties sont priés de désigner leurs points focaux avant le 10 mars "
    "2031 et de faire parvenir leurs contributions écrites avant le 25 mars 2031.\n\n"
    "Veuillez agréer, Madame, l'assurance de ma haute considération.\n"
)


def test_the_second_deadline_of_a_sentence_is_what_follows_the_first():
    # (each said in English, as the letter's requests are)
    assert deadlines_of(FRENCH) == [
        ("2031-03-10", "designate focal points"),
        ("2031-03-25", "send written contributions"),
    ]
    # one deadline alone keeps its sentence
    alone = FRENCH.replace(
        " et de faire parvenir leurs contributions écrites avant le 25 mars 2031", ""
    )
    assert deadlines_of(alone) == [("2031-03-10", "designate focal points")]


def test_a_deadlines_words_end_without_a_comma():
    text = (
        "Dear Colleague,\n\nThe Mission would be grateful if the Secretariat could confirm the "
        "dates of the visit, proposed for 7 to 11 June 2031 in Minsk, no later than 30 April "
        "2031.\n\nYours sincerely,\nJ. Roe\n"
    )
    [(day, what)] = deadlines_of(text)
    assert day == "2031-04-30"
    assert what.endswith("in Minsk")


def test_a_request_whose_second_half_is_asked_on_its_own_keeps_its_first_half():
    text = (
        "Dear Colleague,\n\nThe Secretariat is kindly requested to confirm its participation "
        "and to communicate the name of its representative by 15 February 2031 at the latest."
        "\n\nYours sincerely,\nJ. Roe\n"
    )
    asked = actions_of(text)
    assert "confirm its participation" in asked
    assert any(a.startswith("communicate the name of its representative") for a in asked)
    # one request alone keeps its words to the sentence's end
    one = text.replace(" and to communicate the name of its representative", "")
    assert actions_of(one) == ["confirm its participation by 15 February 2031 at the latest"]
