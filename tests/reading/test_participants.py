"""The members of a delegation a letter announces, in list and sentence forms, in English,
French and Spanish; and the letters whose names are no delegation's members (a signature,
copies, the speakers of a panel, an invitation asking for the composition). Made-up letters."""

import pytest

from plenipo.reading import Reading, read_text
from plenipo.reading.lines import LINE_REACH
from plenipo.reading.participants import _in_list, _in_sentence
from tests.reading.test_linear_lines import CountingText

EN_INLINE = (
    "PERMANENT MISSION OF NORLAND\n"
    "TO THE UNITED NATIONS\n"
    "\n"
    "No. 45/2031\n"
    "\n"
    "The Permanent Mission of Norland to the United Nations presents its compliments "
    "to the Secretariat of the Conference of the Parties and has the honour to "
    "inform that the delegation of Norland to the fifth session of the Working Group "
    "on Trafficking in Persons will be composed as follows: H.E. Ms Anna Berg, "
    "Ambassador, Permanent Representative (Head of Delegation); Mr Jon Dahl, "
    "Counsellor; Ms Ola Nes, Second Secretary, e-mail ola.nes@mfa.no.\n"
    "\n"
    "The Permanent Mission of Norland avails itself of this opportunity to renew to "
    "the Secretariat the assurances of its highest consideration.\n"
    "\n"
    "Vienna, 3 March 2031\n"
)

FR_LIST = (
    "La Mission permanente de la République de Valmont auprès de l'Office des "
    "Nations Unies à Vienne présente ses compliments au Secrétariat et a l'honneur "
    "de l'informer que la délégation de Valmont à la troisième réunion du Groupe de "
    "travail sera composée comme suit :\n"
    "\n"
    "- S.E. M. Pierre Lambert, Ambassadeur, Représentant permanent, Chef de "
    "délégation\n"
    "- Mme Claire Dubois, Conseillère, Suppléante\n"
    "- M. Marc Petit, Premier secrétaire, courriel : marc.petit@diplo.vl\n"
    "\n"
    "La Mission permanente de Valmont saisit cette occasion pour renouveler au "
    "Secrétariat les assurances de sa très haute considération.\n"
    "\n"
    "Vienne, le 12 mai 2031\n"
)

ES_TABLE = (
    "La Misión Permanente de la República de Costaverde ante las Naciones Unidas "
    "saluda atentamente a la Secretaría y tiene el honor de informar que la "
    "delegación de Costaverde al período de sesiones estará integrada por las "
    "siguientes personas:\n"
    "\n"
    "Nombre                      Cargo\n"
    "Sra. Lucía Ramírez          Embajadora, Jefa de Delegación\n"
    "Sr. Andrés Molina           Ministro Consejero, Suplente\n"
    "Sr. Tomás Vega              Asesor\n"
    "\n"
    "La Misión Permanente de Costaverde hace propicia la ocasión para reiterar a la "
    "Secretaría las seguridades de su más alta consideración.\n"
)

EN_SENTENCE = (
    "Dear Madam,\n"
    "\n"
    "I have the honour to inform you that the Government of Norland will be "
    "represented at the Conference by Mr Erik Holm, Director, Ministry of Justice, "
    "and Ms Sara Lind, Adviser. Please address any correspondence to the Mission.\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "Anna Berg\n"
    "Ambassador\n"
)

EN_BLOCKS = (
    "Note No. 112\n"
    "\n"
    "The Embassy of the Kingdom of Eastmark presents its compliments to the "
    "Secretariat of the Group of Experts and has the honour to communicate the "
    "composition of the delegation of Eastmark to the expert meeting, which is as "
    "follows:\n"
    "\n"
    "Head of Delegation:\n"
    "Dr. Henrik Sørensen\n"
    "Director-General, Ministry of the Interior\n"
    "E-mail: h.sorensen@interior.em\n"
    "\n"
    "Alternates:\n"
    "1. Karin Vik, Deputy Director\n"
    "2. Lars Moe, Senior Legal Officer\n"
    "\n"
    "Advisers:\n"
    "Mette Holt\n"
    "Police Commissioner\n"
    "\n"
    "The Embassy avails itself of this opportunity to renew the assurances of its "
    "highest consideration.\n"
)

MUST_SIGNATURE_CC = (
    "Dear Colleagues,\n"
    "\n"
    "We thank you for your letter and look forward to the meeting. The delegation of "
    "Norland will send its list of participants in due course.\n"
    "\n"
    "Yours sincerely,\n"
    "\n"
    "Ms Anna Berg\n"
    "Ambassador, Permanent Representative\n"
    "\n"
    "cc: Mr Jon Dahl, Counsellor, Ministry of Foreign Affairs\n"
    "    Ms Ola Nes, Second Secretary\n"
)

MUST_PANEL = (
    "Excellency,\n"
    "\n"
    "I have the honour to invite your Government to the high-level event on "
    "trafficking in persons, to be held in New York on 12 June 2031. The opening "
    "panel will be composed of the following speakers:\n"
    "\n"
    "- H.E. Ms Maria Lopez, Minister of Justice of Costaverde\n"
    "- Mr John Smith, Executive Director, UNODC\n"
    "- Ms Fatima Rahman, Special Rapporteur\n"
    "\n"
    "Governments are kindly requested to inform the secretariat of the composition "
    "of their delegations by 1 June 2031. Each delegation will be composed of a head "
    "of delegation and up to three advisers. States are invited to be represented by "
    "high-level officials.\n"
    "\n"
    "Please accept, Excellency, the assurances of my highest consideration.\n"
    "\n"
    "Mr Peter Brown\n"
    "Chair\n"
)


def _people(text):
    return [
        (p.name, p.title, p.role, p.email, text[p.evidence.start : p.evidence.end])
        for p in read_text(text).participants
    ]


def test_an_english_composition_in_the_sentence_with_its_head_and_an_email():
    assert _people(EN_INLINE) == [
        (
            "Anna Berg",
            "Ambassador, Permanent Representative",
            "head",
            None,
            "H.E. Ms Anna Berg, Ambassador, Permanent Representative (Head of Delegation)",
        ),
        ("Jon Dahl", "Counsellor", "not stated", None, "Mr Jon Dahl, Counsellor"),
        (
            "Ola Nes",
            "Second Secretary",
            "not stated",
            "ola.nes@mfa.no",
            "Ms Ola Nes, Second Secretary, e-mail ola.nes@mfa.no",
        ),
    ]


def test_a_french_list_of_bullets_with_chef_and_suppleante():
    people = _people(FR_LIST)
    assert [(n, t, r, e) for n, t, r, e, _ in people] == [
        ("Pierre Lambert", "Ambassadeur, Représentant permanent", "head", None),
        ("Claire Dubois", "Conseillère", "alternate", None),
        ("Marc Petit", "Premier secrétaire", "not stated", "marc.petit@diplo.vl"),
    ]


def test_a_spanish_table_of_names_and_posts():
    people = _people(ES_TABLE)
    assert [(n, t, r) for n, t, r, _, _ in people] == [
        ("Lucía Ramírez", "Embajadora", "head"),
        ("Andrés Molina", "Ministro Consejero", "alternate"),
        ("Tomás Vega", "Asesor", "adviser"),
    ]


def test_represented_by_in_a_sentence_and_the_signature_left_out():
    assert [(n, t, r) for n, t, r, _, _ in _people(EN_SENTENCE)] == [
        ("Erik Holm", "Director, Ministry of Justice", "not stated"),
        ("Sara Lind", "Adviser", "adviser"),
    ]


def test_blocks_of_lines_under_role_headings_and_a_numbered_list_without_honorifics():
    people = _people(EN_BLOCKS)
    assert [(n, t, r, e) for n, t, r, e, _ in people] == [
        (
            "Henrik Sørensen",
            "Director-General, Ministry of the Interior",
            "head",
            "h.sorensen@interior.em",
        ),
        ("Karin Vik", "Deputy Director", "alternate", None),
        ("Lars Moe", "Senior Legal Officer", "alternate", None),
        ("Mette Holt", "Police Commissioner", "adviser", None),
    ]
    # a bare name is less sure than one an honorific opens
    confidences = [p.confidence for p in read_text(EN_BLOCKS).participants]
    assert confidences[0] > confidences[1]


@pytest.mark.parametrize(
    "letter", [MUST_SIGNATURE_CC, MUST_PANEL], ids=["signature and copies", "panel's speakers"]
)
def test_no_members_where_no_delegation_is_announced(letter):
    reading = read_text(letter)
    assert reading.participants == ()
    assert read_text(letter).to_json()["participants"] == []


def test_the_secretariat_represented_is_no_delegation():
    letter = EN_SENTENCE.replace("the Government of Norland", "the Secretariat")
    assert read_text(letter).participants == ()


def test_an_invitation_asking_for_the_composition_reads_none():
    letter = (
        "Excellency,\n\nI have the honour to invite your Government to the sixth session. "
        "The Secretariat would be grateful to receive the composition of the delegation, "
        "which will be composed of a head of delegation and advisers, by 1 May 2031.\n\n"
        "Ms Jane Roe\nSecretary\n"
    )
    assert read_text(letter).participants == ()


def test_the_members_go_to_json_and_back():
    reading = read_text(EN_INLINE)
    stored = reading.to_json()
    assert stored["participants"][0]["role"] == "head"
    assert Reading.from_json(stored).participants == reading.participants
    older = {k: v for k, v in stored.items() if k != "participants"}
    assert Reading.from_json(older).participants == ()


def test_a_members_list_on_a_megabyte_line_is_read_a_few_words_at_a_time():
    text = CountingText("Mr Jon Dahl, Counsellor; " * 40_000)
    CountingText.work = 0
    _in_list(text, 0)
    assert CountingText.work < 10 * LINE_REACH
    CountingText.work = 0
    _in_sentence(text, 0)
    assert CountingText.work < 10 * 1500 + 10 * LINE_REACH


ONE_A_LINE = (
    "The Ministry of Foreign Affairs of Westria has the honour to inform that the "
    "following\n"
    "officials will attend the regional meeting:\n"
    "\n"
    "Maria Kovač, Head of Delegation\n"
    "Ivan Horvat, Senior Adviser, ivan.horvat@mfa.wr\n"
    "\n"
    "The Ministry avails itself of this opportunity to renew the assurances of its "
    "highest\n"
    "consideration.\n"
    "\n"
    "cc: Mr Tom Baker, Protocol Officer\n"
)


def test_the_following_officials_one_a_line_and_the_copies_after_them_left_out():
    assert [(n, t, r, e) for n, t, r, e, _ in _people(ONE_A_LINE)] == [
        ("Maria Kovač", None, "head", None),
        ("Ivan Horvat", "Senior Adviser", "adviser", "ivan.horvat@mfa.wr"),
    ]


def test_a_french_sentence_represented_by():
    letter = (
        "L'Ambassade de la République de Valmont a l'honneur d'informer que la République "
        "de Valmont sera représentée à la réunion par M. Paul Girard, Directeur des affaires "
        "juridiques, et Mme Anne Roux, Conseillère technique.\n"
    )
    assert [(n, t, r) for n, t, r, _, _ in _people(letter)] == [
        ("Paul Girard", "Directeur des affaires juridiques", "not stated"),
        ("Anne Roux", "Conseillère technique", "adviser"),
    ]
