"""Wave 10: news items and web pages that quote or reproduce a letter or a note verbale
(made-up texts)."""

from tests.reading.readings import actions_of, meetings_of, reading

PAGE_OVER_THE_LETTER = """Home | World | Politics

Tarnland asks for observers

By Jane Field
Published 14 February 2041

ELMSTADT, Feb 14 (Northern Wire) - The Foreign Minister of Tarnland has written to the
Secretary-General. In a letter dated 12 February 2041, seen by Northern Wire, she wrote:

"I have the honour to request that observers be sent.

Please accept the assurances of my highest consideration."
"""


def test_an_introduction_under_the_page_header_dates_the_letter_it_quotes():
    assert reading(PAGE_OVER_THE_LETTER)["date"] == "2041-02-12"


def test_the_letter_of_a_page_introduced_in_other_words_is_dated_too():
    french = PAGE_OVER_THE_LETTER.replace(
        "In a letter dated 12 February 2041, seen by Northern Wire, she wrote:",
        "Nous publions ce courrier daté du 12 février 2041.",
    )
    spanish = PAGE_OVER_THE_LETTER.replace(
        "In a letter dated 12 February 2041, seen by Northern Wire, she wrote:",
        "La misiva, con fecha 12 de febrero de 2041, dice:",
    )
    assert reading(french)["date"] == "2041-02-12"
    assert reading(spanish)["date"] == "2041-02-12"


def test_a_letter_cited_inside_the_quoted_letter_dates_nothing():
    cited_inside = PAGE_OVER_THE_LETTER.replace(
        "In a letter dated 12 February 2041, seen by Northern Wire, she wrote:", "She wrote:"
    ).replace(
        "I have the honour to request", "Further to the letter dated 2 January 2041, I request"
    )
    assert reading(cited_inside)["date"] != "2041-01-02"


PAGE_DATE_OVER_ITS_INTRODUCTION = """Diario del Llano  |  Martes, 12 de marzo de 2041

NACIONALES

LLANOGRANDE.- Los alcaldes enviaron una carta al Congreso. La misiva, con fecha 11 de marzo de
2041, dice:

"Señor Presidente:

Nos dirigimos a usted para solicitarle una sesión."
"""


def test_a_page_date_over_the_introduction_gives_way_to_the_letters():
    assert reading(PAGE_DATE_OVER_ITS_INTRODUCTION)["date"] == "2041-03-11"
    undated = PAGE_DATE_OVER_ITS_INTRODUCTION.replace(", con fecha 11 de marzo de\n2041,", "")
    assert reading(undated)["date"] == "2041-03-12"


AGENCY_OF_SEVERAL_WORDS = """Santé

GENÈVE, 11 avril 2041 (Agence Presse Lémanique) - Une association écrit à l'OMS.

Monsieur le Directeur général,

Nous vous demandons d'envoyer une équipe.
"""


def test_a_news_agency_of_several_words_dates_the_article_not_the_letter():
    read = reading(AGENCY_OF_SEVERAL_WORDS)
    assert read["date"] is None
    assert read["place"] is None
    one_word = AGENCY_OF_SEVERAL_WORDS.replace("(Agence Presse Lémanique) - ", "")
    assert reading(one_word)["date"] == "2041-04-11"


TOWN_UNDER_A_BYLINE = """Le Courrier du Val | Actualités

Par la rédaction | 2 février 2041

Le maire écrit au Premier ministre. Nous publions ce courrier.

Val-Sainte-Anne, le 30 janvier 2041

Monsieur le Premier ministre,

Je sollicite votre intervention.
"""


def test_a_town_outside_the_list_dates_the_letter_under_a_byline():
    read = reading(TOWN_UNDER_A_BYLINE)
    assert (read["date"], read["place"]) == ("2041-01-30", "Val-Sainte-Anne")


def test_a_press_release_dateline_running_into_its_sentence_is_not_the_letters():
    release = TOWN_UNDER_A_BYLINE.replace(
        "Le maire écrit au Premier ministre. Nous publions ce courrier.\n\n"
        "Val-Sainte-Anne, le 30 janvier 2041",
        "Val-Sainte-Anne, le 1er février 2041 - Le maire écrit.\n\n"
        "Val-Sainte-Anne, le 30 janvier 2041",
    )
    assert reading(release)["date"] == "2041-01-30"


def _names(read):
    return " | ".join(read["addressees"])


WIRE_INTRODUCTION = """ELMSTADT, Feb 14 (Northern Wire) - Foreign Minister Jane \
Holloway has written to the Secretary-General of the Union asking for observers. The letter follows.

"I have the honour to request that observers be sent.

Please accept the assurances of my highest consideration."
"""


def test_the_writer_of_a_reported_letter_follows_an_agencys_dateline():
    read = reading(WIRE_INTRODUCTION)
    assert read["sender"]["name"] == "Jane Holloway"
    assert "Secretary-General of the Union" in _names(read)


GROUP_WRITERS = """BERNSTADT (Alpine Wire) -- Nine aid organizations have written to \
the President of the Assembly, Ambassador Piotr Nowak, urging a special session. \
Below is the letter.

Excellency,

We call on the Assembly to convene a special session.

Sincerely,

Aid Network
"""


def test_writers_the_article_does_not_name_still_say_whom_they_wrote_to():
    assert "President of the Assembly" in _names(reading(GROUP_WRITERS))
    spanish = """LLANOGRANDE.- Los alcaldes de cinco municipios enviaron una carta \
a la presidenta del Senado, Marta Ruiz, para pedir una sesión. Dice la misiva:

"Señora Presidenta:

Le solicitamos una sesión."
"""
    assert "presidenta del Senado" in _names(reading(spanish))


def test_a_letter_a_body_tells_of_names_no_addressee_of_a_page_without_introduction():
    body_only = """Excellency,

The organizations have written to the President of the Assembly, urging a session.

Sincerely,

Aid Network
"""
    assert "President of the Assembly" not in _names(reading(body_only))


ADDRESSED_BEFORE_THE_WRITER = """Le Courrier du Val

Dans un courrier adressé au Premier ministre, M. Paul Garnier, le maire de Val-Sainte-Anne, \
M. Olivier Ménard, réclame le maintien de l'hôpital.

Monsieur le Premier ministre,

Je sollicite votre intervention.
"""


def test_the_one_written_to_named_before_the_writer():
    read = reading(ADDRESSED_BEFORE_THE_WRITER)
    assert "Premier ministre, M. Paul Garnier" in _names(read)


def test_the_name_an_honorific_opens_among_the_writers_words():
    release = """NOTA DE PRENSA

Madrid, 2 de junio de 2041. El ministro de Asuntos Exteriores, Unión Europea y Cooperación, \
D. Fernando Roldán Ruiz, ha dirigido una carta a los ministros de Relaciones Exteriores de \
los países iberoamericanos para convocarlos. Este es el texto de la carta:

Estimados colegas:

Tengo el honor de convocarles.
"""
    assert reading(release)["sender"]["name"] == "Fernando Roldán Ruiz"


def test_a_sentence_copying_the_letter_to_someone_names_no_addressee():
    copied = WIRE_INTRODUCTION + (
        "\nThe letter was signed by Ms. Holloway and copied to the President of the Council.\n"
    )
    assert "President of the Council" not in _names(reading(copied))
    heading = "The Ambassador of Norland to the Secretary of State.\n\nSir,\n\nI have the honour.\n"
    assert "Secretary of State" in _names(reading(heading))


def test_the_quotation_mark_closing_a_quoted_letter_is_no_part_of_the_signature():
    quoted = """By Julia Marsh

The Prime Minister has written to the Commission. In the letter, Mr Evans writes:

"Dear President,

I am writing to ask for support.

With best wishes,
Rhodri Evans"

Advertisement
"""
    assert reading(quoted)["sender"]["name"] == "Rhodri Evans"


BYLINE_OVER_THE_PAGE_DATE = """Tarnland asks for observers

By Peter Kaluba
Published 14 February 2041

The minister asked the Secretariat to send a team before 1 March 2041.
"""


def test_a_bylines_by_sets_no_deadline():
    days = [d["date"] for d in reading(BYLINE_OVER_THE_PAGE_DATE)["deadlines"]]
    assert "2041-02-14" not in days
    assert "2041-03-01" in days


def test_a_deadline_by_a_day_on_the_next_line_still_counts():
    asked = "Please reply by\n14 February 2041.\n"
    assert [d["date"] for d in reading(asked)["deadlines"]] == ["2041-02-14"]


def test_page_furniture_under_a_quoted_note_is_no_addressee():
    note = """Notre rédaction s'est procuré la note.

Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade de Norland et a \
l'honneur de l'informer de ce qui suit.

Le Ministère saisit cette occasion pour renouveler à l'Ambassade de Norland les assurances de \
sa haute considération.

Mboké, le 20 juillet 2041

À lire aussi
Commentaires
"""
    assert not [a for a in reading(note)["addressees"] if "lire" in a]


def test_a_headline_telling_of_the_letter_is_no_address():
    page = """Prime Minister writes to Commission President on ferry link

By Julia Marsh, Political Correspondent
Tuesday 17 November 2026

The Prime Minister, Rhodri Evans, has written to the President of the European Commission \
calling for EU funding for the new ferry link. The letter, sent on Monday, says the link is \
"vital for the economy of the coastal regions".

In the letter, Mr Evans writes:

"Dear President,

I am writing to ask the Commission to consider the ferry link for support.

I would welcome the opportunity to meet you in Brussels on 3 December 2026 to discuss the \
project, and I enclose a summary of the business case.

With best wishes,
Rhodri Evans"

A Commission spokesperson confirmed the letter had been received.

Advertisement
Most read
"""
    names = reading(page)["addressees"]
    assert not [a for a in names if "writes" in a]
    assert "President of the European Commission" in names


PRESS_RELEASE_OF_A_LETTER = """NOTA DE PRENSA

Madrid, 2 de junio de 2041. El ministro ha dirigido una carta a sus homólogos. Este es el \
texto de la carta:

Estimados colegas:

Tengo el honor de convocarles a la Reunión.

Un saludo muy cordial,

Fernando Roldán
"""


def test_a_press_release_giving_the_text_of_a_letter_is_the_letter():
    assert reading(PRESS_RELEASE_OF_A_LETTER)["doc_type"] == "letter"
    telling = PRESS_RELEASE_OF_A_LETTER.replace(" Este es el texto de la carta:", "")
    assert reading(telling)["doc_type"] == "information_note"


def test_an_adverb_between_the_writers_and_their_call():
    letter = "Excellency,\n\nWe respectfully call on the Council to convene a special session.\n\n"
    letter += "Sincerely,\n\nJane Roe\n"
    assert actions_of(letter)
    assert not actions_of(letter.replace("We respectfully call on", "We recall that"))


def test_the_words_of_letters_quoted_by_news_pages_are_glossed():
    spanish = "Señor Ministro:\n\n{}\n\nAtentamente,\n\nJuan Pérez\n"
    french = "Monsieur le Ministre,\n\n{}\n\nVeuillez agréer mes salutations.\n\nJean Roe\n"
    convene = actions_of(
        spanish.format("Me dirijo a usted para solicitarle que convoque una sesión extraordinaria.")
    )
    assert convene == ["convene a extraordinary session"]
    asked = actions_of(
        french.format(
            "Je vous demande de bien vouloir recevoir une délégation et de suspendre la "
            "décision de fermeture."
        )
    )
    assert "suspend the decision of closure" in asked
    sent = actions_of(french.format("Nous vous demandons de dépêcher une équipe d'experts."))
    assert sent == ["dispatch a team of experts"]


NOTE_DATED_UNDER_ITS_CLOSING = """Cancillería entrega nota de protesta

Por Redacción | 18 de agosto de 2041

El Ministerio entregó una nota. A continuación el texto íntegro de la nota.

Nota No. DGPE/0932/2041

El Ministerio de Relaciones Exteriores de la República de Norlandia saluda atentamente a la \
Embajada de la República de Tarnia y tiene el honor de expresar su más enérgica protesta por \
las declaraciones del Embajador publicadas en la prensa nacional durante la semana pasada.

El Ministerio solicita a la Embajada que transmita a su Gobierno la presente protesta y que \
se abstenga de emitir opiniones sobre asuntos internos de la República de Norlandia.

El Ministerio de Relaciones Exteriores de la República de Norlandia hace propicia la \
oportunidad para reiterar a la Embajada de la República de Tarnia las seguridades de su más \
alta y distinguida consideración.

San Martín del Valle, 18 de agosto de 2041

Comparte esta noticia
"""


def test_a_notes_town_under_its_closing_far_down_the_page():
    assert reading(NOTE_DATED_UNDER_ITS_CLOSING)["place"] == "San Martín del Valle"


SIGNED_AS_THE_PAGE_SAYS = """LLANOGRANDE.- Los alcaldes de cinco municipios enviaron una carta \
a la presidenta del Senado, Marta Ruiz, para pedir una sesión. Dice la misiva:

"Señora Presidenta:

Le pedimos, además, que reciba a una comisión de alcaldes."

Firman la carta los alcaldes Ernesto Paredes (Río Alto), Mirta Godoy (Llanos) y otros tres.
"""


def test_the_signer_a_news_page_names_after_the_letter():
    read = reading(SIGNED_AS_THE_PAGE_SAYS)
    assert read["sender"]["name"] == "Ernesto Paredes"
    french = SIGNED_AS_THE_PAGE_SAYS.replace(
        "Firman la carta los alcaldes", "La lettre est signée par le maire"
    )
    assert reading(french)["sender"]["name"] == "Ernesto Paredes"


def test_le_pedimos_asks():
    assert actions_of(SIGNED_AS_THE_PAGE_SAYS) == ["receive a commission of alcaldes"]


def test_a_writer_who_would_meet_the_addressee_names_a_meeting():
    letter = "Dear President,\n\n{}\n\nYours sincerely,\n\nJane Roe\n1 November 2041\n"
    meet = "I would welcome the opportunity to meet you in Brussels on 3 December 2041."
    assert [m[0] for m in meetings_of(letter.format(meet))] == ["2041-12-03"]
    french = "Je souhaiterais vous rencontrer à Bruxelles le 3 décembre 2041."
    assert [m[0] for m in meetings_of(letter.format(french))] == ["2041-12-03"]
    past = "I met you in Brussels on 3 October 2041."
    assert meetings_of(letter.format(past)) == []
