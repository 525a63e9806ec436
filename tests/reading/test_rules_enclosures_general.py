"""What a letter encloses, named the ways registries meet it: lists at the foot with a
count or under "the following documents:", annexes described in the body, an item named
before "enclosed herewith", Spanish "se anexa" and "el … adjunto" (made-up texts)."""

from tests.reading.readings import enclosed


def test_a_counted_list_at_the_foot_is_read_item_by_item():
    text = (
        "Dear Colleague,\n\nThe meeting will open at 10 a.m.\n\nYours sincerely,\nThe Director\n"
        "Enclosures (2):\nTimetable of the visit\nSecurity note\n"
    )
    assert enclosed(text) == ["Timetable of the visit", "Security note"]


def test_the_following_documents_then_a_marked_list_ending_at_the_next_line():
    text = (
        "Dear Colleagues,\n\nEnclosed herewith are the following documents:\n"
        "1. Provisional agenda\n2. Hotel form\nParticipants are asked to register early.\n"
        "Regards,\nThe Unit\n"
    )
    assert enclosed(text) == ["Provisional agenda", "Hotel form"]


def test_annexes_in_spanish_on_one_line():
    text = (
        "Estimado colega:\n\nLe informo del taller.\n\nAtentamente,\nEl Director\n"
        "Anexos: Guía; Mapa\n"
    )
    assert enclosed(text) == ["Guía", "Mapa"]


def test_annexes_described_in_the_body_but_not_another_document_s():
    text = (
        "Dear Focal Points,\n\nThe revised terms of reference are contained in the annex to "
        "this letter. Annex II to this letter contains the schedule of the hearings. The "
        "background study is set out in the annex to document XYZ/4/2.\n\nSecretariat\n"
    )
    assert enclosed(text) == ["The revised terms of reference", "the schedule of the hearings"]


def test_the_item_named_before_enclosed_herewith_and_spanish_forms():
    english = "States are invited to fill in the survey enclosed herewith by 2 May 2031.\n"
    assert enclosed(english) == ["survey"]
    spanish = "Se anexa copia del acta. Les ruego completar el formulario adjunto.\n"
    assert enclosed(spanish) == ["copia del acta", "formulario"]


def test_a_courteous_request_to_transmit_something_encloses_nothing():
    text = "Le ruego tenga la amabilidad de transmitir esta propuesta al Gobierno de Ruritania.\n"
    assert enclosed(text) == []
    assert enclosed("Could you please transmit our reply to the Chair?\n") == []


def test_attached_to_this_letter_you_will_find():
    text = "Attached to this letter you will find the revised roadmap for the talks.\n"
    assert enclosed(text) == ["the revised roadmap for the talks"]
