"""An item the body encloses and the foot's "Enclosure:" line names in other words is one
item (made-up texts)."""

from tests.reading.readings import enclosed


def test_the_body_and_the_foot_naming_one_letter_give_one_item():
    text = (
        "Dear Mr Rossi,\n\nPlease find enclosed a copy of my letter to the Fisheries Board in "
        "the above cases.\n\nYours sincerely,\nThe Ombudsman\n\nEnclosure: Letter to the "
        "Regional Fisheries Board concerning complaints 12/2031/AB and 13/2031/AB with "
        "enclosures\n"
    )
    assert enclosed(text) == [
        "Letter to the Regional Fisheries Board concerning complaints 12/2031/AB and "
        "13/2031/AB with enclosures"
    ]


def test_two_items_sharing_fewer_words_stay_two():
    text = (
        "Dear Mr Rossi,\n\nPlease find enclosed a copy of the annual report of the Board.\n\n"
        "Yours sincerely,\nThe Ombudsman\n\nEnclosure: Letter to the Regional Fisheries Board "
        "concerning complaint 12/2031/AB\n"
    )
    assert len(enclosed(text)) == 2
