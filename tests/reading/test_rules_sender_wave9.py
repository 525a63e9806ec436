"""Who signs a letter, in the general forms of signature blocks letters of every kind
write (wave 9, docs/reading.md): each rule on short made-up texts, with a variant it must
not match."""

import pytest

from plenipo.reading import people, read_text, signoff

BODY_EN = (
    "Dear Colleague,\n\nI am writing to inform you that the fifth meeting of the working "
    "group will be held in Nairobi from 3 to 5 June 2031. The provisional agenda is attached "
    "to this letter for your information.\n\nI would be grateful if you could confirm the "
    "participation of your delegation by 30 April 2031.\n\n"
)
BODY_FR = (
    "Monsieur le Ministre,\n\nJ'ai l'honneur de vous informer que la cinquième réunion du "
    "groupe de travail se tiendra à Dakar du 3 au 5 juin 2031. L'ordre du jour provisoire est "
    "joint à la présente lettre.\n\nJe vous saurais gré de bien vouloir confirmer la "
    "participation de votre délégation avant le 30 avril 2031.\n\n"
)
BODY_ES = (
    "Señor Ministro:\n\nTengo el honor de dirigirme a usted para informarle que la quinta "
    "reunión del grupo de trabajo se celebrará en Lima del 3 al 5 de junio de 2031. El orden "
    "del día provisional se adjunta a la presente carta.\n\nLe agradecería confirmar la "
    "participación de su delegación antes del 30 de abril de 2031.\n\n"
)


def sender(text):
    return read_text(text).to_json()["sender"] or {}


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("Yours sincerely,\n\nProf. Dr. Jane Roe\nPresident\n", "Jane Roe"),
        ("Yours sincerely,\n\nPROFESSOR JANE ROE\nChair\n", "JANE ROE"),
        ("Yours sincerely,\n\nRt Hon Jane Roe MP\nSecretary of State\n", "Jane Roe"),
        ("Yours sincerely,\n\nJudge Jane Roe\nPresident of the Court\n", "Jane Roe"),
        ("Yours sincerely,\n\nGeneral John Doe\nChief of Defence\n", "John Doe"),
        ("Yours sincerely,\n\nJane Roe, MD, MPH\nDirector-General\n", "Jane Roe"),
        ("Sincerely,\n\nJane Roe, Ph.D.\nPresident\n", "Jane Roe"),
        ("Yours sincerely,\n\nAmbassador Jane Roe\nChair of the Working Group\n", "Jane Roe"),
        # a knight's name is written with "Sir"
        ("Yours sincerely,\n\nSir John Doe KCMG\nHigh Commissioner\n", "Sir John Doe"),
        # a rank before a surname alone stays with it
        ("Yours sincerely,\n\nJudge Roe\nPresident of the Court\n", "Judge Roe"),
    ],
)
def test_honorifics_ranks_and_letters_after_the_name_are_no_part_of_it(block, name):
    assert sender(BODY_EN + block)["name"] == name


@pytest.mark.parametrize(
    ("body", "block", "name"),
    [
        (BODY_ES, "Atentamente,\n\nIng. Juan Pérez Gómez\nDirector General\n", "Juan Pérez Gómez"),
        (BODY_ES, "Atentamente,\n\nAbog. Ana Díaz\nDirectora General\n", "Ana Díaz"),
        (BODY_ES, "Atentamente,\n\nMtro. Juan Pérez Gómez\nSecretario\n", "Juan Pérez Gómez"),
        (BODY_FR, "Cordialement,\n\nPr Jean Dupont\nRecteur\n", "Jean Dupont"),
    ],
)
def test_honorifics_of_french_and_spanish_signatures(body, block, name):
    assert sender(body + block)["name"] == name


@pytest.mark.parametrize(
    ("body", "block"),
    [
        (BODY_EN, "Respectfully yours,\n\nJane Roe\n"),
        (BODY_EN, "Yours very truly,\n\nJane Roe\n"),
        (BODY_EN, "With appreciation,\n\nJane Roe\n"),
        (BODY_EN, "Thank you,\n\nJane Roe\n"),
        (BODY_EN, "Best,\nJane Roe\n"),
        (
            BODY_FR,
            "Veuillez agréer, Monsieur le Ministre, l'expression de mes salutations "
            "distinguées.\n\nJane Roe\n",
        ),
        (
            BODY_FR,
            "Je vous prie de croire, Monsieur le Ministre, à l'assurance de mes sentiments "
            "les meilleurs.\n\nJane Roe\n",
        ),
        (BODY_FR, "Bien cordialement,\n\nJane Roe\n"),
        (BODY_ES, "Cordialmente,\n\nJane Roe\n"),
        (BODY_ES, "Sin otro particular, le saluda atentamente,\n\nJane Roe\n"),
        (BODY_ES, "Un saludo cordial,\n\nJane Roe\n"),
        (BODY_ES, "Quedo de usted,\n\nJane Roe\n"),
    ],
)
def test_sign_offs_of_every_style_close_the_letter_over_the_name(body, block):
    text = body + block
    assert signoff.closing_formula(text).group(0) == block.split("\n")[0]
    assert sender(text)["name"] == "Jane Roe"


def test_a_sentence_opening_with_a_sign_off_word_closes_nothing():
    text = BODY_EN + "Thank you for your attention.\nBest wishes for the new year.\n\nJane Roe\n"
    assert signoff.closing_formula(text).group(0).startswith("Best wishes")
    assert signoff.closing_formula(BODY_EN + "Thank you for your attention.\n") is None


def test_the_name_is_under_the_formula_that_has_one_under_it():
    text = (
        BODY_EN + "Thank you,\n\nWe look forward to welcoming you in Nairobi in June and "
        "to working with your delegation.\n\nYours sincerely,\n\nJane Roe\n"
    )
    assert sender(text)["name"] == "Jane Roe"


@pytest.mark.parametrize(
    "block",
    [
        "Yours sincerely,\n\nSgd. Jane Roe\nExecutive Director\n",
        "Yours sincerely,\n\nsgd Jane Roe\nExecutive Director\n",
        "Yours sincerely,\n\nSgd: Jane Roe\nExecutive Director\n",
        "Yours faithfully,\n\nSd/-\nJane Roe\nExecutive Director\n",
        "Atentamente,\n\nFdo. Jane Roe\nDirectora General\n",
    ],
)
def test_a_signed_mark_before_the_name_is_no_part_of_it(block):
    assert sender(BODY_EN + block)["name"] == "Jane Roe"


def test_a_word_opening_with_the_letters_of_a_mark_is_no_mark():
    block = "Yours sincerely,\n\nSgdala Roe\nExecutive Director\n"
    assert sender(BODY_EN + block)["name"] == "Sgdala Roe"


NOTIFICATION = (
    "NOTIFICATION TO THE PARTIES\n\nNo. 2031/012\n\nGeneva, 14 March 2031\n\n1. The "
    "Secretariat is pleased to inform Parties that the 80th meeting of the Standing Committee "
    "will be held in Geneva from 3 to 5 June 2031.\n\n2. Parties are invited to register their "
    "delegates by 30 April 2031 through the online system available on the website.\n\n"
)


@pytest.mark.parametrize(
    ("block", "post"),
    [
        ("Jane Roe\nLegal Counsel\n", "Legal Counsel"),
        ("Jane Roe\nUnited States Senator\n", "United States Senator"),
        ("Jane Roe\nActing Governor\n", "Acting Governor"),
        ("Jane Roe\nCommittee Specialist\n", "Committee Specialist"),
        ("Ana Díaz\nGobernadora del Estado\n", "Gobernadora del Estado"),
        ("Ana Díaz\nAsesora Jurídica\n", "Asesora Jurídica"),
        ("Jeanne Roe\nPorte-parole\n", "Porte-parole"),
    ],
)
def test_posts_of_other_offices_are_posts_not_names(block, post):
    found = sender(NOTIFICATION + block)
    assert found["name"] == block.split("\n")[0]
    assert found["title"] == post


def test_a_name_under_no_post_is_no_post():
    found = sender(NOTIFICATION + "Jane Roe\nUnited Nations Office at Geneva\n")
    assert found.get("title") is None


@pytest.mark.parametrize(
    ("block", "name", "post"),
    [
        (
            "Yours faithfully,\nDavis Jnust.\n(Jane Roe) Acting Governor\n",
            "Jane Roe",
            "Acting Governor",
        ),
        ("Yours faithfully,\n\n(JANE ROE)\nDirector\n", "JANE ROE", "Director"),
        ("Yours faithfully,\n\nSd/-\n(Jane Roe)\nUnder Secretary\n", "Jane Roe", "Under Secretary"),
        ("Yours faithfully,\n\nJ. Roc\n(JANE ROE)\nDirector\n", "JANE ROE", "Director"),
    ],
)
def test_the_name_typed_in_brackets_under_a_signature_names_the_signatory(block, name, post):
    found = sender(BODY_EN + block)
    assert (found["name"], found["title"]) == (name, post)


def test_a_country_in_brackets_under_the_name_is_no_name():
    assert (
        sender(BODY_EN + "Yours faithfully,\n\nJane Roe\n(United Kingdom)\n")["name"] == "Jane Roe"
    )


LETTER_TEXT = "\n\nThe letter reads:\n\nI write to you on the situation in the region.\n"


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        (
            "Capital City, 1 February -- Jane Roe, minister of Foreign Affairs of Norland, on "
            "Wednesday sent a letter to John Doe, secretary general of the United Nations.",
            "Jane Roe",
        ),
        (
            "NEW YORK: Foreign Minister Jane Roe has written a letter to the President of the "
            "Security Council, reminding the body of its responsibility.",
            "Jane Roe",
        ),
        (
            "Foreign Minister Jane Roe yesterday wrote to the Secretary-General, urging action.",
            "Jane Roe",
        ),
        (
            "L'ambassadeur, Représentant permanent de la Norlande auprès de l'ONU, Jean Dupont, "
            "a adressé, le 17 novembre courant, une lettre au Président du Conseil de sécurité, "
            "dans laquelle il dénonce les allégations.",
            "Jean Dupont",
        ),
        (
            "El canciller de Norlandia, Juan Pérez, envió este martes una carta al Secretario "
            "General de las Naciones Unidas, en la que denuncia la situación.",
            "Juan Pérez",
        ),
    ],
)
def test_a_news_article_names_the_writer_whenever_it_says_the_letter_was_sent(intro, name):
    assert sender(intro + LETTER_TEXT)["name"] == name


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        (
            "Capital City, February 1 (NNA) -- Jane Roe, minister of Foreign Affairs of Norland, "
            "on Wednesday sent a letter to John Doe, secretary general of the United Nations.",
            "Jane Roe",
        ),
        (
            "Villa Roe, 21/09/2031 (NNA).- El ministro de Asuntos Exteriores de Norlandia, Juan "
            "Pérez Roe ha enviado un mensaje de felicitación a la Secretaria de Relaciones "
            "Exteriores, Ana Díaz, con motivo del Día Nacional.",
            "Juan Pérez Roe",
        ),
    ],
)
def test_a_news_agencys_dateline_in_brackets_before_the_writer(intro, name):
    assert sender(intro + LETTER_TEXT)["name"] == name


def test_a_day_named_after_the_verb_is_no_part_of_the_one_written_to():
    intro = "Foreign Minister Jane Roe sent on Monday a letter to the Secretary-General."
    assert sender(intro + LETTER_TEXT)["name"] == "Jane Roe"


OLD_LETTER = (
    "\n\nSir,\n\nI have the honour to transmit the enclosed report on the state of the "
    "negotiations and request that it be laid before Congress.\n\nI have the honor to be &c.\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("From Thomas Jefferson to John Jay, 4 May 1786", "Thomas Jefferson"),
        ("To Benjamin Franklin from the Comte de Vergennes, 4 March 1779", "Comte de Vergennes"),
        ("To Benjamin Franklin from Vergennes, 4 March 1779", "Vergennes"),
        ("John Adams to Thomas Jefferson, 6 Dec. 1787", "John Adams"),
    ],
)
def test_an_editions_heading_names_the_writer_of_the_letter_under_it(heading, name):
    assert sender(heading + OLD_LETTER)["name"] == name


@pytest.mark.parametrize(
    "heading",
    [
        "From Words to Action, 12 May 2031",
        "From Geneva to Nairobi, 12 May 2031",
        "John Adams to Congress",
    ],
)
def test_a_title_or_an_undated_line_is_no_editions_heading(heading):
    assert sender(heading + OLD_LETTER).get("name") is None


OLD_BODY = (
    "Passy, March 4, 1779.\n\nSir,\n\nI received the letter you did me the honour to write "
    "to me on the 2d instant, and I shall lay it before the Congress by the first "
    "opportunity.\n\n"
)


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("I am, Sir, Your most obedient humble Servant B Franklin\n", "B Franklin"),
        ("I have the honour to be, Sir, Your most humble Servant\nB Franklin\n", "B Franklin"),
        ("I am, Sir, your most obedient servant,\nGo: Washington\n", "Go: Washington"),
    ],
)
def test_the_old_styles_signature_with_an_initial_without_its_stop(block, name):
    assert sender(OLD_BODY + block)["name"] == name


def test_a_word_of_one_letter_is_no_initial():
    assert people.signatory_match("A Joint Statement") is None
    assert people.signatory_match("I Remain") is None


WEB_PAGE_END = (
    "\n\nShare this page\nFacebook\nTwitter\nLinkedIn\n\nRelated news\nSecretary-General "
    "appoints new envoy to the region\n© 2031 United Nations. All rights reserved.\n"
)
PAGE_FOOTER = (
    "\n\nUnited Nations Environment Programme · P.O. Box 30552 · Nairobi, Kenya\n"
    "Tel: +254 20 762 1234 · Email: unep@un.org · www.unep.org\nPage 2 of 2\n"
)


@pytest.mark.parametrize("after", [WEB_PAGE_END, PAGE_FOOTER])
@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("Yours sincerely,\n\nJane Roe\n", "Jane Roe"),
        ("F. du Roe.\n", "F. du Roe"),
        ("Dr Jane Roe | Executive Secretary\nUnited Nations Environment Programme\n", "Jane Roe"),
    ],
)
def test_the_signature_is_read_above_a_web_pages_matter_or_a_pages_footer(block, name, after):
    assert sender(BODY_EN + block + after)["name"] == name


def test_a_name_and_post_line_under_a_notice_signs_it():
    found = sender(NOTIFICATION + "Jane Roe, Executive Secretary\n")
    assert (found["name"], found["title"]) == ("Jane Roe", "Executive Secretary")


def test_a_press_contact_signs_nothing():
    text = NOTIFICATION + "For further information, please contact:\nJane Roe, Press Officer\n"
    assert sender(text).get("name") is None


def test_a_logo_is_no_name():
    text = NOTIFICATION + "Norland Logo\nSecretariat of the Convention\n" + PAGE_FOOTER
    assert sender(text).get("name") is None


FLAT_BODY = (
    "Dear Colleague, I am writing to inform you that the fifth meeting of the working group "
    "will be held in Nairobi from 3 to 5 June 2031. I would be grateful if you could confirm "
    "the participation of your delegation by 30 April 2031. "
)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        (
            "Accept, Your Excellency, the assurances of my highest consideration and esteem. "
            "Yours sincerely, Jane Roe Commonwealth Parliamentary Association",
            "Jane Roe",
        ),
        ("Accept [etc.] Hans Roe", "Hans Roe"),
        (
            "Veuillez agréer, Monsieur le Président, l'expression de ma très haute "
            "considération.\nBien amicalement vôtre, Jean ROE\nMonsieur Paul DOE Président",
            "Jean ROE",
        ),
        (
            "Accept, Excellency, the renewed assurances of my highest consideration. Alternate "
            "Representative Juan Pérez Roe Chargé d'Affaires ad interim",
            "Juan Pérez Roe",
        ),
        (
            "Je vous prie d'agréer, Monsieur le Ministre, l'expression de ma très haute "
            "considération et de ma fidèle amitié. Jean ROE Monsieur Paul DOE Président",
            "Jean ROE",
        ),
    ],
)
def test_a_flattened_copy_runs_the_name_on_after_the_formula(tail, name):
    assert sender(FLAT_BODY + tail)["name"] == name


def test_a_place_or_the_one_written_to_after_a_notes_formula_signs_nothing():
    text = (
        "The Permanent Mission of Norland presents its compliments to the President of the "
        "General Assembly and has the honour to transmit its pledges. The Permanent Mission "
        "avails itself of this opportunity to renew the assurances of its highest "
        "consideration. New York. 12 April 2031 H.E. Mr. Jan Doe President of the General "
        "Assembly"
    )
    assert sender(text).get("name") is None


def test_a_name_in_the_prose_after_a_quoted_formula_signs_nothing():
    text = (
        "The embassy sent a note. “I take this opportunity to renew to you the assurances of "
        "my highest consideration,” the note further read. Equally important, the minister "
        "for Foreign Affairs, Economic Development, Trade and Industry welcomed it."
    )
    assert sender(text).get("name") is None


def test_an_initials_full_stop_opens_no_block():
    text = FLAT_BODY + "Sincerely,Jomph R. Sean L"
    assert sender(text).get("name") != "Sean L"


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        (
            "Foreign Minister Jane Roe said in a letter to the Secretary-General that the "
            "situation was grave.",
            "Jane Roe",
        ),
        (
            "In a letter to the Secretary-General, Foreign Minister Jane Roe said the situation "
            "was grave.",
            "Jane Roe",
        ),
        (
            "The letter, signed by Foreign Minister Jane Roe, was sent to the Secretary-General "
            "on Monday.",
            "Jane Roe",
        ),
        (
            "According to a letter signed by Jane Roe, the Minister of Foreign Affairs, the talks "
            "will resume.",
            "Jane Roe",
        ),
        (
            "Dans une lettre adressée au Secrétaire général, le ministre Jean Roe affirme que la "
            "situation est grave.",
            "Jean Roe",
        ),
        (
            "En una carta dirigida al Secretario General, el canciller Juan Roe afirmó que la "
            "situación es grave.",
            "Juan Roe",
        ),
    ],
)
def test_a_news_article_telling_what_the_writer_says_in_the_letter(intro, name):
    assert sender(intro + LETTER_TEXT)["name"] == name


def test_a_body_saying_something_in_its_letter_names_no_person():
    intro = "The committee, in its letter to the minister, said that it regretted the delay."
    assert sender(intro + LETTER_TEXT).get("name") is None


UN_BODY = (
    "\n\nUpon instructions from my Government, I have the honour to inform you that the "
    "aircraft of a neighbouring State again violated the airspace of my country.\n"
)


@pytest.mark.parametrize(
    ("heading", "post"),
    [
        (
            "Letter dated 16 September 1965 from the representative of Norland to the "
            "President of the Security Council",
            "representative of Norland",
        ),
        (
            "LETTER DATED 16 SEPTEMBER 1965 FROM THE PERMANENT REPRESENTATIVE OF NORLAND TO THE "
            "PRESIDENT OF THE SECURITY COUNCIL",
            "PERMANENT REPRESENTATIVE OF NORLAND",
        ),
    ],
)
def test_an_older_un_documents_heading_without_addressed_gives_the_post(heading, post):
    assert sender(heading + UN_BODY)["title"] == post


def test_a_heading_naming_no_post_after_from_gives_none():
    heading = "Letter dated 16 September 1965 from Norland to the President of the Council"
    assert sender(heading + UN_BODY).get("title") is None


HEADED_BODY = (
    "\n\nI would like to thank you for your letter of 10 November. The situation in the "
    "region requires the urgent attention of the members of the Council.\n"
)


@pytest.mark.parametrize(
    ("heading", "name", "post"),
    [
        ("Following is the text of President’s letter to Mr. John Doe", None, "President"),
        ("Text of Foreign Minister Jane Roe's letter to the Secretary-General", "Jane Roe", None),
        ("The Secretary of State's letter to the Ambassador", None, "Secretary of State"),
    ],
)
def test_a_heading_naming_the_writer_in_the_possessive(heading, name, post):
    found = sender(heading + HEADED_BODY)
    assert found["name"] == name
    if post:
        assert found["title"] == post


@pytest.mark.parametrize(
    "heading", ["Norland's letter to the Council", "Children's letter to world leaders"]
)
def test_a_country_or_a_group_in_the_possessive_is_no_writer(heading):
    assert sender(heading + HEADED_BODY).get("name") is None


@pytest.mark.parametrize(
    ("opening", "post"),
    [
        (
            "Excellency,\n\nAs President of the General Assembly, I have the honour to inform you "
            "that",
            "President of the General Assembly",
        ),
        (
            "Excelencia:\n\nComo Presidente del Consejo, tengo el honor de informarle que",
            "Presidente del Consejo",
        ),
        (
            "Excellence,\n\nEn tant que Directeur général de l'Organisation, j'ai l'honneur "
            "de vous informer que",
            "Directeur général de l'Organisation",
        ),
    ],
)
def test_the_post_a_writer_gives_as_theirs_in_the_first_sentence(opening, post):
    assert sender(opening + " the meeting will be held on 3 June 2031.\n")["title"] == post


def test_a_sentence_naming_another_persons_post_gives_no_post():
    text = "Excellency,\n\nAs President Roe said, I believe that the meeting will be useful.\n"
    assert sender(text).get("title") is None


@pytest.mark.parametrize("formula", ["Très haute considération", "Haute considération."])
def test_the_french_administrations_formula_alone_on_its_line_closes(formula):
    text = BODY_FR + formula + "\nL'Ambassadeur\nReprésentant Permanent\nJean ROE\n"
    assert signoff.closing_formula(text).group(0).strip(" .") == formula.strip(" .")
    found = sender(text)
    assert (found["name"], found["title"]) == ("Jean ROE", "Représentant Permanent")


def test_a_letterhead_running_on_under_the_signature_is_no_co_signatory():
    text = (
        BODY_FR + "Très haute considération\nJean ROE\nDirecteur\nNATIONS UNIES\n"
        "HAUT COMMISSARIAT DES NATIONS UNIES\nAUX DROITS DE L’HOMME\n"
    )
    assert read_text(text).to_json()["co_signatories"] == []


E_MAIL = (
    "Dear delegates,\n\nPlease note that the meeting will be held on 3 June 2031 in Room 4. "
    "Kindly confirm your participation by 30 April 2031.\n\nBest regards,\nJane\n"
)


def test_an_e_mails_from_line_with_the_name_in_quotes():
    text = 'From: "Jane Roe" <jane.roe@example.org>\nTo: Delegates\nSubject: Meeting\n\n' + E_MAIL
    assert sender(text)["name"] == "Jane Roe"


@pytest.mark.parametrize(
    "block",
    [
        "Yours sincerely,\n\nJane Roe\tJohn Doe\nCo-Chair\tCo-Chair\n",
        "Yours sincerely,\n\nJane Roe and John Doe\nCo-Chairs\n",
    ],
)
def test_two_signatories_on_one_line(block):
    found = read_text(BODY_EN + block).to_json()
    assert found["sender"]["name"] == "Jane Roe"
    assert [person["name"] for person in found["co_signatories"]] == ["John Doe"]


@pytest.mark.parametrize(
    "block",
    [
        "Yours sincerely,\n\nResearch and Development\n",
        "Yours sincerely,\n\nJane Roe and Associates\n",
    ],
)
def test_words_joined_by_and_that_are_not_two_names(block):
    assert read_text(BODY_EN + block).to_json()["co_signatories"] == []


@pytest.mark.parametrize(
    ("body", "block", "name"),
    [
        (BODY_FR, "Cordialement,\n\nP.O. Jean Dupont\nDirecteur\n", "Jean Dupont"),
        (BODY_ES, "Atentamente,\n\nP.O. Juan Pérez\nDirector\n", "Juan Pérez"),
        (
            BODY_ES,
            "Atentamente,\n\nPor el Secretario General,\n\nJuan Pérez\nDirector\n",
            "Juan Pérez",
        ),
    ],
)
def test_signing_for_another_is_no_part_of_the_name(body, block, name):
    found = read_text(body + block).to_json()
    assert found["sender"]["name"] == name
    assert found["co_signatories"] == []


PRESS_RELEASE = (
    "PRESS RELEASE\n\nGeneva, 14 March 2031 - The Secretariat announced today that the fifth "
    "meeting of the working group will be held in Nairobi from 3 to 5 June 2031. More than 500 "
    "participants from 120 countries are expected to attend the meeting, which will discuss "
    "the implementation of the programme of work.\n\n"
)


@pytest.mark.parametrize(
    "contact",
    [
        "* * *\nFor more information:\nJane Roe\nSpokesperson\n+41 22 917 1234\n",
        "For more information:\nJane Roe\nDirector of Communications\n",
        "Media contact: Jane Roe\nSpokesperson\n",
        "Pour plus d'informations :\nJeanne Roe\nPorte-parole\n",
    ],
)
def test_a_press_releases_contact_person_signs_nothing(contact):
    assert sender(PRESS_RELEASE + contact).get("name") is None


def test_a_post_signed_for_over_the_name_is_no_contact_line():
    text = NOTIFICATION + "For the Secretary-General:\nJane Roe\nDirector\n"
    assert sender(text)["name"] == "Jane Roe"


@pytest.mark.parametrize("image", ["Jme Roc\n", "J. Roe\n\n"])
def test_the_signature_as_ocr_reads_it_over_the_typed_name_is_no_signatory(image):
    found = read_text(BODY_EN + "Yours sincerely,\n\n" + image + "Jane Roe\nExecutive Director\n")
    found = found.to_json()
    assert (found["sender"]["name"], found["co_signatories"]) == ("Jane Roe", [])


def test_two_names_over_a_post_in_the_plural_both_sign():
    found = read_text(BODY_EN + "Yours sincerely,\n\nJane Roe\nJohn Doe\nCo-Chairs\n").to_json()
    assert [person["name"] for person in found["co_signatories"]] == ["John Doe"]


def test_a_paragraph_mentioning_further_information_is_no_contact_label():
    text = (
        NOTIFICATION + "Further information on the registration process and the meeting "
        "documentation will be shared in due course on the website.\nI thank you for your "
        "support.\nDr Jane Roe | Executive Secretary\nNorland Platform on Biodiversity\n"
        + WEB_PAGE_END
    )
    assert sender(text)["name"] == "Jane Roe"
