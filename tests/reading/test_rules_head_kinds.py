"""The reader's rules for a document's kind, own date, place and reference, each on a short
text written the way many are."""

from tests.reading.readings import reading
from tests.reading.test_rules_head import KIND_BODY


def test_the_letterheads_city_with_its_country_alone_on_its_line():
    found = reading(
        f"Private Mail Bag\nKingston, Jamaica\n\n3 May 2031\n\nDear Sir/Madam,\n{KIND_BODY}\n"
        "Yours sincerely,\nJane Roe\n"
    )
    assert found["place"] == "Kingston"


def test_a_notification_that_presents_its_compliments_is_a_note():
    found = reading(
        "NOTIFICATION TO THE PARTIES No. 2031/012\n3 May 2031\nThe Secretariat of the "
        f"Convention presents its compliments to the Parties and {KIND_BODY}"
    )
    assert found["doc_type"] == "note_verbale"


def test_a_notification_named_alone_on_its_heading_line_however_it_opens_and_closes():
    found = reading(
        f"NOTIFICATION\n\nRef.: AB/CD/12345\n3 May 2031\n\nDear Madam/Sir,\n\n{KIND_BODY}\n\n"
        "Please accept, Madam/Sir, the assurances of my highest consideration.\n\nJane Roe\n"
    )
    assert found["doc_type"] == "information_note"


def test_the_addressees_reference_is_not_the_letters_own():
    found = reading(
        "Your ref.: 2031/512\n\nLisbon, 2 May 2031\n\nDear Ms Hall,\n\n"
        "Thank you for your letter.\n\nYours sincerely,\n\nTom Reed\n"
    )
    assert found["reference"] is None
    both = reading("Your ref.: 2031/512\nOur ref.: LX/2031/9\n\n2 May 2031\n\nDear Ms Hall,\n")
    assert both["reference"] == "LX/2031/9"


def test_a_ref_no_label_and_a_circulars_number_with_its_year():
    found = reading("Ref. No.: OTT/2031/118\n\n3 February 2031\n\nExcellency,\n")
    assert found["reference"] == "OTT/2031/118"
    circular = reading("Circular N° 22/2031\n\nQuito, 5 de mayo de 2031\n\nA los Estados\n")
    assert circular["reference"] == "Circular N° 22/2031"


def test_a_circulars_kind_in_capitals_and_a_registry_number_before_initials():
    found = reading(
        "LETTRE CIRCULAIRE N° 31/2031\n\nAux États membres\n\nLe Directeur général a "
        "l'honneur d'informer les États membres de la session.\n\nParis, le 9 mars 2031\n"
    )
    assert found["reference"] == "LETTRE CIRCULAIRE N° 31/2031"
    found = reading(
        "MINISTERE DES AFFAIRES ETRANGERES\nN° 0345/MAE/DAJ\n\nNOTE VERBALE\n\nLe Ministère "
        "présente ses compliments aux Missions diplomatiques.\n\nKlow, le 20 avril 2031\n"
    )
    assert found["reference"] == "0345/MAE/DAJ"


def test_a_notifications_number_after_no_without_its_dot():
    found = reading(
        "NOTIFICATION AUX PARTIES No 2030/012\n\nGenève, le 14 février 2030\n\nLe Secrétariat "
        "a le plaisir d'informer les Parties de la réunion.\n"
    )
    assert found["reference"] == "2030/012"


def test_a_deadline_in_french_or_spanish_is_not_the_documents_date():
    found = reading(
        "Note d'information à l'intention des participants\n\nQuatrième réunion du Comité\n\n"
        "Les participants sont priés de s'inscrire avant le 1er mars 2030.\n"
    )
    assert found["date"] is None
    found = reading(
        "Nota informativa para los participantes\n\nReunión regional de expertos\n\n"
        "Se ruega a los participantes inscribirse antes del 15 de agosto de 2029.\n"
    )
    assert found["date"] is None


def test_a_treatys_place_and_date_of_adoption_under_its_title():
    found = reading(
        "C.N.301.2031.TREATIES-XXVII.4 (Depositary Notification)\n\nCONVENTION ON THE "
        "PROTECTION OF MOUNTAIN AREAS\nNEW YORK, 1 MARCH 2030\n\nRUGOVIA: ACCESSION\n\nThe "
        "Secretary-General, acting in his capacity as depositary, communicates the following.\n"
        "\n18 April 2031\n"
    )
    assert found["date"] != "2030-03-01"
    assert found["place"] is None


def test_a_short_sentences_date_on_its_own_line_is_not_the_documents():
    found = reading(
        "DEPOSITARY NOTIFICATION\n\nThe Secretary-General communicates the following.\n"
        "The action was effected on 14 April 2031.\nIt enters into force in July.\n\n"
        "18 April 2031\n"
    )
    assert found["date"] == "2031-04-18"


def test_a_letter_quoted_by_a_news_article_opens_with_its_salutation():
    found = reading(
        "“Estimado Sr. Presidente,\nQuisiera agradecerle las conversaciones mantenidas en "
        "Ginebra sobre la controversia entre nuestros países.\nLe ruego transmitir esta "
        "disposición a la otra parte."
    )
    assert found["doc_type"] == "letter"


def test_a_notice_speaking_to_delegates_in_french_or_spanish():
    found = reading(
        "Point de la situation\n\nLe Secrétariat a reporté la session du Comité.\n\n"
        "À ce stade, les délégués sont invités à noter ce qui suit.\n"
    )
    assert found["doc_type"] == "information_note"
    found = reading(
        "Actualización\n\nLa reunión del Comité se ha aplazado.\n\nLos participantes están "
        "invitados a consultar la página de la reunión.\n"
    )
    assert found["doc_type"] == "information_note"


def test_an_old_letters_dateline_gives_its_date_and_place():
    french = reading(
        "Paris, le 12 mars 1868\n\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous écrire.\n\n"
        "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n"
    )
    assert (french["date"], french["place"]) == ("1868-03-12", "Paris")
    american = reading(
        "Department of State,\nWashington, May 4, 1864.\n\nSir: I have the honor to acknowledge "
        "your note.\n\nI have the honor to be, sir, your obedient servant,\nJOHN ROE.\n"
    )
    assert (american["date"], american["place"]) == ("1864-05-04", "Washington")
    spanish = reading("Asunción, Febrero 18 de 1890.\n\nSeñor Ministro:\n\nTengo el honor.\n")
    assert spanish["date"] == "1890-02-18"


def test_an_old_date_in_a_modern_letters_body_is_not_its_date():
    found = reading(
        "Dear Colleagues,\n\nUnder the Geneva Convention of 22 August 1864 the Parties agreed to "
        "protect the wounded.\n\nYours sincerely,\nJane Roe\n"
    )
    assert found["date"] is None
