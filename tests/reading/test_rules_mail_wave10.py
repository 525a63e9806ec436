"""Wave 10's rules for e-mails, forwarded messages and internal memoranda, on made-up texts:
general forms of the genre the reader missed."""

import pytest

from plenipo.reading.mail_forms import signs_again
from plenipo.reading.model import Person
from tests.reading.readings import (
    actions_of,
    addressees,
    cited,
    enclosed,
    kind,
    reading,
    sender_name,
)

# --- a message's head: its fields end a title and name no meeting ---------------------------


@pytest.mark.parametrize(
    ("subject", "field"),
    [
        ("Sujet : Atelier sur la Convention de Bamako", "Date : lun. 14 oct. 2019 10:12"),
        ("Subject: Workshop on the Convention of Bamako", "Date: Mon, 14 Oct 2019 10:12"),
        ("Objet : Atelier sur la Convention de Bamako", "De : Secrétariat <s@example.org>"),
    ],
)
def test_a_title_in_a_subject_line_ends_before_the_next_field(subject, field):
    text = f"{subject}\n{field}\n\nMadame, Monsieur,\n\nJe vous écris.\n"
    assert cited(text) == [cited(f"{subject}\n\nMadame,\n\nJe vous écris.\n")[0]]
    assert "date" not in cited(text)[0]
    # a title going on over its line, not into a field, stays whole
    body = "Madame,\n\nNous parlons de la Convention de Bamako\nsur les déchets dangereux.\n"
    assert "convention de bamako sur les dechets dangereux" in [
        c.replace("é", "e").replace("è", "e") for c in cited(body)
    ]


def test_a_french_subject_line_names_no_meeting_of_its_own():
    text = (
        "-------- Message transféré --------\n"
        "Sujet : Report de l'atelier régional de Dakar\n"
        "Date : Mon, 14 Oct 2031 10:12:33 +0000\n"
        "Pour : Points focaux nationaux\n\n"
        "Mesdames et Messieurs,\n\n"
        "Nous avons le regret de vous informer que l'atelier régional, prévu à Dakar du 4 au "
        "6 novembre 2031, est reporté à une date ultérieure.\n\n"
        "Moussa Roe\nCoordonnateur\n"
    )
    meetings = reading(text)["meetings"]
    assert [(m["start_date"], m["status"]) for m in meetings] == [("2031-11-04", "postponed")]


# --- a memorandum's heading ------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["INTERNAL MEMORANDUM", "Inter-office memorandum", "NOTE DE SERVICE", "Note interne"]
)
def test_a_memorandum_heading_makes_a_notice(heading):
    text = (
        f"{heading}\n\nÀ : Chefs de service\nDe : Jean Roe, Directeur\nDate : le 2 mai 2031\n"
        "Objet : Session de la Commission\n\n"
        "Je vous demande de bien vouloir me faire parvenir vos observations.\n"
    )
    assert kind(text) == "information_note"
    # without the heading, the writer's first person makes it a letter
    assert kind(text.split("\n", 2)[2]) == "letter"


def test_a_memorandum_in_capitals_is_no_telegram():
    text = (
        "INTERNAL MEMORANDUM\n\nTO: DIRECTOR, LEGAL DIVISION\nFROM: CHIEF, TREATY UNIT\n"
        "DATE: 3 MAY 2031\nSUBJECT: REGISTRATION OF THE AGREEMENT\n\n"
        "THE AGREEMENT WAS RECEIVED ON 29 APRIL 2031. IT SHOULD BE SUBMITTED FOR REGISTRATION.\n"
    )
    assert kind(text) == "information_note"
    assert kind(text.replace("INTERNAL MEMORANDUM\n\n", "")) == "other"


# --- the signature of an e-mail --------------------------------------------------------------

SIGNED_TWICE = (
    "From: Marcus Roe [mailto:m.roe@example.org]\nSent: Wednesday, June 05, 2031 4:17 PM\n"
    "To: Treaty Section; Depositary Unit\nSubject: RE: Instrument of ratification\n\n"
    "Dear colleagues,\n\nThank you for your message. Our Mission will deposit the instrument "
    "on Monday.\n\nBest regards,\nMarcus\n\nMarcus Roe\nLegal Adviser, Treaties Division\n"
    "Ministry of Foreign Affairs of Norland\nT +99 21 330 4410\n"
)


def test_a_first_name_over_the_full_signature_block_is_one_signer():
    read = reading(SIGNED_TWICE)
    assert read["sender"]["name"] == "Marcus Roe"
    assert read["sender"]["title"] == "Legal Adviser, Treaties Division"
    assert read["co_signatories"] == []
    assert read["addressees"] == ["Treaty Section", "Depositary Unit"]


def test_a_different_name_under_a_first_name_is_not_the_same_signer_again():
    marcus = Person("Marcus", None, None, None, 0.6)
    assert signs_again([marcus], Person("Marcus Roe", None, None, None, 0.6))
    assert not signs_again([marcus], Person("Jane Doe", None, None, None, 0.6))
    assert not signs_again([marcus], Person("Marcuson Roe", None, None, None, 0.6))
    # under another name, a lone first name above a typed block is no signer of its own
    # (as the scrawl of a handwritten signature): the block's name signs
    text = SIGNED_TWICE.replace("Marcus\n\nMarcus Roe", "Marcus\n\nJane Doe")
    assert reading(text)["sender"]["name"] == "Jane Doe"


# --- a salutation naming a group in lower case ------------------------------------------------


def test_dear_members_of_a_named_body_names_them():
    text = (
        "From: Li Roe\nTo: wg-ocean@lists.example.org\nSubject: Reminder\n\n"
        "Dear members of the Ocean Pact Working Group,\n\n"
        "This is a kind reminder that nominations are due on Friday.\n\nBest wishes,\nLi Roe\n"
    )
    assert addressees(text) == ["members of the Ocean Pact Working Group"]
    courtesy = text.replace("members of the Ocean Pact Working Group", "friends and colleagues")
    assert addressees(courtesy) == []


# --- requests and enclosures: what the writer asks to be sent to them -----------------------

ASKED_FR = (
    "Madame,\n\nJe vous saurais gré de bien vouloir nous confirmer la réception de ce message "
    "et de nous transmettre le projet d'ordre du jour.\n\nCordialement,\nJeanne Roe\n"
)


def test_a_second_request_to_send_to_us_is_its_own_and_encloses_nothing():
    actions = actions_of(ASKED_FR)
    assert actions[0] == "confirm the receipt of this message"
    assert len(actions) == 2
    assert actions[1].startswith("transmit")
    assert enclosed(ASKED_FR) == []
    # the writer sending it encloses it
    sent = "Madame,\n\nJ'ai l'honneur de vous transmettre le projet d'ordre du jour.\n\nJ. Roe\n"
    assert enclosed(sent) == ["le projet d'ordre du jour"]


def test_a_spanish_request_to_send_to_us_encloses_nothing():
    text = (
        "Señora:\n\nMucho le agradeceré confirmar la recepción y remitirnos la lista de "
        "participantes.\n\nAtentamente,\nJuan Roe\n"
    )
    assert enclosed(text) == []
    sent = "Señora:\n\nTengo el agrado de remitir la lista de participantes.\n\nJuan Roe\n"
    assert enclosed(sent) == ["la lista de participantes"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Je vous demande de bien vouloir me faire parvenir, avant le 20 mai 2031, vos "
            "observations sur le projet.",
            "send observations on the draft",
        ),
        (
            "Le ruego enviar, a más tardar el 3 de mayo, sus comentarios sobre el proyecto.",
            "send comments on the draft",
        ),
    ],
)
def test_a_day_set_off_by_commas_before_the_object_is_passed_over(sentence, expected):
    assert actions_of(f"Madame,\n\n{sentence}\n\nCordialement,\nJ. Roe\n") == [expected]


# --- instruments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Please send your proposals on article 6 of the draft agreement.",
        "Se solicita remitir sus propuestas sobre el artículo 6 del proyecto de acuerdo.",
    ],
)
def test_a_provision_of_a_draft_cites_no_instrument(sentence):
    assert cited(f"Dear Sir,\n\n{sentence}\n\nYours,\nJ. Roe\n") == []
    agreed = sentence.replace("draft agreement", "Agreement").replace(
        "proyecto de acuerdo", "Acuerdo"
    )
    assert cited(f"Dear Sir,\n\n{agreed}\n\nYours,\nJ. Roe\n") != []


@pytest.mark.parametrize("adjective", ["Adicional", "adicional"])
def test_a_spanish_additional_protocol_to_an_agreement_is_one_title(adjective):
    text = (
        f"Señor:\n\nLa firma del Protocolo {adjective} al Acuerdo de Salvaguardias está "
        "prevista.\n\nAtentamente,\nJ. Roe\n"
    )
    assert cited(text) == ["protocolo adicional al acuerdo de salvaguardias"]


def test_a_subject_line_cut_short_is_the_full_title_of_the_body():
    text = (
        "Subject: RE: Ratification - Agreement on Port State Measures\n\nDear colleagues,\n\n"
        "The instrument of ratification of the Agreement on Port State Measures to Prevent, "
        "Deter and Eliminate Illegal, Unreported and Unregulated Fishing was signed.\n\n"
        "Best regards,\nJ. Roe\n"
    )
    assert len(cited(text)) == 1
    # a shorter title in the body, not cut by its line's end, stays its own
    both = text.replace("signed.", "signed, like the Agreement on Port State Measures of 2031.")
    assert len(cited(both)) >= 1


# --- a mail program's head --------------------------------------------------------------------

OUTLOOK = (
    "From: Doe, John (OLA)\nSent: Monday, May 3, 2031 10:00 AM\nTo: Roe, Jane\n"
    "Subject: Treaty event\n\nJane,\n\nPlease confirm the list of signatories.\n\nThanks,\nJohn\n"
)


def test_a_from_field_with_the_surname_first_gives_the_name_in_order():
    assert sender_name(OUTLOOK) == "John Doe"
    # a post after the comma is no given name
    posted = OUTLOOK.replace("From: Doe, John (OLA)", "From: Jean Dupont, Directeur")
    assert sender_name(posted.replace("Thanks,\nJohn", "Thanks,\nJean")) == "Jean Dupont"


def test_an_e_mail_head_makes_a_letter_of_a_message_without_dear():
    assert kind(OUTLOOK) == "letter"
    # a memorandum's head, no mail program's, leaves it a notice
    memo = "FROM: Director\nDATE: 3 May 2031\nTO: All staff\nSUBJECT: Treaty event\n\nIt is due.\n"
    assert kind(memo) == "information_note"


# --- titles of French and Spanish instruments -------------------------------------------------


def test_a_french_title_ends_before_a_reflexive_verb():
    text = "Monsieur,\n\nLes Parties au Traité sur l'Antarctique se réunissent.\n\nJ. Roe\n"
    assert cited(text) == ["traité sur l'antarctique"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Las Partes del Tratado Antártico se reúnen en mayo.", ["tratado antártico"]),
        ("Les Parties à la Convention alpine se réunissent en mai.", ["convention alpine"]),
        ("El Acuerdo Político fue firmado en mayo.", []),
        ("La convention collective est signée en mai.", []),
    ],
)
def test_a_title_of_a_kind_and_an_adjective_of_place(sentence, expected):
    assert cited(f"Señor:\n\n{sentence}\n\nAtentamente,\nJ. Roe\n") == expected


# --- a reply's quoted message -----------------------------------------------------------------

REPLY = (
    "Bonjour à tous,\n\nLa réunion du groupe de travail aura lieu le jeudi 10 juin 2031.\n\n"
    "Merci de confirmer votre présence.\n\nCordialement,\nMarie Roe\nChargée de mission\n\n"
    "{attribution}\n> Bonjour Marie,\n> La réunion du 3 juin 2031 tient-elle toujours ?\n"
)


@pytest.mark.parametrize(
    "attribution",
    [
        "Le lun. 3 mai 2031 à 10:00, Pierre Doe <p.doe@example.org> a écrit :",
        "On Mon, 3 May 2031 at 10:00, Pierre Doe <p.doe@example.org> wrote:",
        "El lun, 3 may 2031 a las 10:00, Pierre Doe (<p.doe@example.org>) escribió:",
    ],
)
def test_the_message_a_reply_quotes_is_another_messages(attribution):
    read = reading(REPLY.format(attribution=attribution))
    assert read["date"] is None
    assert [m["start_date"] for m in read["meetings"]] == ["2031-06-10"]


def test_a_letter_quoting_what_someone_wrote_keeps_its_dates():
    text = REPLY.format(attribution="Le 3 mai 2031, le Ministre a écrit :")
    assert reading(text)["date"] == "2031-05-03"
