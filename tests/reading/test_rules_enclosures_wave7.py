"""What a letter sends with it, in forms of unseen senders: "forward herewith", "Kindly find
attached", one-line enclosure labels ("Appendix:", "Attached:", "Adjunto:"), annex lines
without a colon, an item named before its annex, a covering e-mail opening on what it sends
(made-up texts)."""

from plenipo.reading import read_text
from tests.reading.readings import enclosed


def test_forwarding_or_circulating_herewith_and_kindly_finding_attached():
    assert enclosed(
        "Excellency,\n\nI have the honour to forward herewith the draft programme of the "
        "Symposium.\n\nAccept, Excellency, …\n"
    ) == ["the draft programme of the Symposium"]
    assert enclosed(
        "Excellency,\n\nI have the honour to circulate herewith a letter dated 3 March 2031 "
        "from the Chair of the Committee.\n"
    )
    text = "Dear Members,\n\nKindly find attached the minutes of the Board.\n\nBest regards,\nAnn\n"
    assert enclosed(text) == ["the minutes of the Board"]
    assert read_text(text).to_json()["requested_actions"] == []


def test_one_line_enclosure_labels_in_three_languages():
    foot = "\n\nYours faithfully,\nThe Director\n\n"
    assert enclosed(
        "Dear Sir,\n\nThe meeting is postponed." + foot + "Appendix: Revised timetable\n"
    )
    assert enclosed("Dear Sir,\n\nSee below." + foot + "Attached: agenda; list of hotels\n") == [
        "agenda",
        "list of hotels",
    ]
    assert enclosed(
        "Estimados colegas:\n\nHola.\n\nSaludos,\nAna\n\nAdjunto: Nota conceptual\n"
    ) == ["Nota conceptual"]
    assert enclosed("Chers collègues,\n\nVous trouverez en pièce jointe la note d'information.\n")


def test_annex_lines_without_a_colon_at_the_foot():
    text = (
        "To: All Member Governments\n\n1. Nominations are invited for the Group.\n\n"
        "2. The form should be used.\n\nAnnex 1 Nomination form\nAnnex 2 Terms of reference\n"
    )
    assert enclosed(text) == ["Nomination form", "Terms of reference"]
    body = "Annex I Parties under the Protocol met in Bonn.\n" + "The session ended.\n" * 3
    assert enclosed(body) == []


def test_an_item_named_before_its_annex_or_said_attached():
    assert enclosed("Please reply using the questionnaire in Annex 1.") == ["questionnaire"]
    assert enclosed("Use the template provided in the annex to this Notification.") == ["template"]
    assert enclosed("Please send your nominations using the template attached.") == ["template"]
    assert enclosed("Emissions of the countries listed in Annex I fell.") == []
    assert enclosed("The Parties included in Annex I to the Convention met.") == []


def test_a_covering_e_mail_opening_on_what_it_sends():
    text = "Hi all,\n\nSharing the concept note and the draft agenda (see attachment).\n\nAnna\n"
    assert enclosed(text) == ["the concept note", "the draft agenda"]


def test_an_item_named_by_its_kind_alone_is_one_of_those_listed():
    text = (
        "The Embassy requests visas for the persons named in the attached annex.\n\n"
        "Enclosure: List of delegation members\n"
    )
    assert enclosed(text) == ["List of delegation members"]


def test_submitting_herewith_and_a_list_of_enclosed_documents():
    text = (
        "The Mission has the honour to submit herewith the reply of the Government to the "
        "questionnaire.\n"
    )
    assert enclosed(text) == ["the reply of the Government to the questionnaire"]
    text = (
        "Dear Minister,\n\nPlease find below the list of enclosed documents:\n"
        "1. Provisional agenda\n2. Logistics note\n\nYours sincerely,\nThe Director\n"
    )
    assert enclosed(text) == ["Provisional agenda", "Logistics note"]


def test_an_item_set_out_in_the_letters_own_annex():
    text = "Governments are invited to complete the application form set out in the annex."
    assert enclosed(text) == ["application form"]
    assert enclosed("The form set out in the annex to decision 3/2 was used.") == []


def test_a_listed_item_keeps_its_own_date_and_a_bare_enclosure_line_heads_a_list():
    text = (
        "My dear Mr. Ambassador:\n\nI enclose a memorandum setting forth our position.\n\n"
        "Sincerely yours,\n\nEnclosure:\nMemorandum of March 30, 1949.\n"
    )
    found = read_text(text).to_json()["enclosures"]
    assert [e["date"] for e in found] == ["1949-03-30"]
    text = (
        "Sir,\n\nThe Council will meet in December.\n\nIts session will last five days and "
        "will open at the headquarters.\n\nAccept, Sir, …\n\nDirector-General\n\n"
        "Enclosure\nProvisional Agenda (CL 170/1)\n"
    )
    assert enclosed(text) == ["Provisional Agenda (CL 170/1)"]


def test_an_aside_after_attached_and_french_and_spanish_items_in_the_annex():
    text = "Attached, for your review, is the draft terms of reference of the Group."
    assert enclosed(text) == ["the draft terms of reference of the Group"]
    assert enclosed("Le questionnaire est également disponible en annexe.") == ["questionnaire"]
    assert enclosed("El programa provisional figura en el anexo.") == ["programa provisional"]
    assert enclosed("La liste figure à l'annexe II du rapport A/31/2.") == []
