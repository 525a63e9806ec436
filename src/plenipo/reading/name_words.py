"""Words that make a capitalised line something else than a person's name, by class, in any
case ("Treaties Division", "PERMANENT MISSION", "WHO SHOULD ATTEND"): a signature's or an
address's line in capitals is checked as one in the usual case. Pure.

The classes: the words that name an organisation or one of its parts (a person's name holds
none of them), a document's kinds and the headings of its sections, the formulas that close
a letter, the words of a clause (a name is no sentence: "Who should attend", "Veuillez
noter"), and a web page's buttons and images."""

import re

from plenipo.reading.page_chrome import CHROME_WORDS

# An article opening the words ("Le Ministre", "THE SECRETARIAT"), not a particle of a name
# ("de La Rochère", "MOHAMED EL GHAZOUANI").
OPENING_ARTICLE = r"(?<![^\W\d_]\s)(?:The|Le|La|Les|El|Los)"

# An organisation, a body or one of its parts, in English, French and Spanish: "Treaties
# Division", "Permanent Mission", "Direction de la Communication", "Global Foundations Unit".
ORGANISATION_WORDS = (
    r"Secretariat|Secr[ée]tariat|Secretar[ií]a|Convention|Mission|Misi[óo]n|Ministry|"
    r"Minist[èe]re|Ministerio|Embassy|Ambassade|Embajada|Delegation|D[ée]l[ée]gation|"
    r"Delegaci[óo]n|Legation|L[ée]gation|Consulate|Consulat|Consulado|Council|Conseil|Consejo|"
    r"Committee|Comit[ée]|Commission|Comisi[óo]n|Office|Bureau|Oficina|Division|Divisi[óo]n|"
    r"Section|Secci[óo]n|Unit|Unit[ée]|Unidad|Branch|Directorate|Direction|Direcci[óo]n|"
    r"Department|D[ée]partement|Departamento|Service|Services|Servicio|Nations|Union|Uni[óo]n|"
    r"Organi[sz]ation|Organizaci[óo]n|Assembly|Assembl[ée]e|Asamblea|Government|Gouvernement|"
    r"Gobierno|Republic|Rep[úu]blica|R[ée]publique|Kingdom|Royaume|Reino|Parliament|Parlement|"
    r"Parlamento|Senate|S[ée]nat|Senado|Court|Cour|Corte|Tribunal|Registry|Greffe|Registro|"
    r"University|Universit[ée]|Universidad|Programme|Program|Programa|International|"
    r"Internationale?|Internacional|Congress|Congr[eè]s|Congreso|Centre|Center|Centro|Forum|"
    r"Foro|Network|R[ée]seau|Foundation|Fondation|Fundaci[óo]n|Institute|Institut|"
    r"Instituto|Associations?|Asociaci[óo]n|Coalition|Coalici[óo]n|Federation|F[ée]d[ée]ration|"
    r"Federaci[óo]n|Alliance|Alianza|Society|Soci[ée]t[ée]|Sociedad|Watch|Movement|Mouvement|"
    r"Movimiento|Initiative|Iniciativa|Group|Groupe|Grupo|League|Ligue|Liga|Trust|Project|"
    r"Partners|Agency|Agence|Agencia|Authority|Autorit[ée]|Autoridad|Fund|Fonds|Fondo|Bank|"
    r"Banque|Banco|Protocol|Protocole|Protocolo|Helpdesk|Team|[ÉE]quipe|Equipo|Treaties|"
    r"Trait[ée]s|Tratados|Affairs|Affaires|Majesty['’]?s?"
)

# A document's kind, a page's kind and the headings of a document's sections: "PRESS
# RELEASE", "NOTA VERBAL", "Annex", "Subject", "Agenda", "NEWS ARCHIVE", "Venue".
HEADING_WORDS = (
    r"Awards?|Annex(?:es)?|Anexos?|Enclosures?|Attachments?|Distribution|Copy|Subject|Objet|"
    r"Asunto|Conference|Conf[ée]rence|Conferencia|Meeting|R[ée]union|Reuni[óo]n|Session|"
    r"Sesi[óo]n|Agenda|Letter|Lettre|Carta|Press|Release|Advisory|Communiqu[ée]|Comunicado|"
    r"Notification|Circular|Circulaire|Note|Nota|Verbale?|Archives?|Archivo|News|Nouvelles|"
    r"Noticias|Venue|Lieu|Registration|Inscription|Inscripci[óo]n|Participation|Participants|"
    r"Participantes|Background|Contexte|Antecedentes|Contacts?|Information|Informaci[óo]n|"
    r"Documents|Documentation|Documentaci[óo]n|Accommodation|H[ée]bergement|Alojamiento|"
    r"Deadline|Summary|R[ée]sum[ée]|Resumen|Introduction|Introducci[óo]n|Arrangements|"
    r"Orden\s+del\s+D[íi]a|Ordre\s+du\s+jour"
)

# A closing formula or a press release's end mark: "KIND REGARDS", "ENDS".
CLOSING_WORDS = r"Regards|Sincerely|Faithfully|Truly|Cordialement|Atentamente|Ends"

# The words of a clause, which no name holds: a question or an instruction heading a
# section ("WHO SHOULD ATTEND", "Qui peut participer", "Cómo inscribirse"), a heading read
# in capitals ("LETTER FROM THE PERMANENT REPRESENTATIVE OF …"). Not words that are also
# given names or surnames ("Will", "May", "Can", "Son", "Su").
CLAUSE_WORDS = (
    r"Who|What|When|Where|Why|How|Should|Shall|Must|Would|Could|Please|Your|Our|This|These|"
    r"Those|From|Pour|Por|Qui|Quoi|Quand|Comment|Votre|Vos|Notre|Nos|Veuillez|Qui[ée]n|"
    r"Qu[ée]|Cu[áa]ndo|D[óo]nde|C[óo]mo|Nuestr[oa]s?|Vuestr[oa]s?|Sírvase"
)

# A line that goes on from the one above ("PERMANENT MISSION / OF NORLAND / TO THE UNITED
# NATIONS") opens with a word that links it to that line, which no name opens with.
GOING_ON = r"\A\s*(?:of|to|for|and|at|in)\b|"

NOT_A_NAME = re.compile(
    GOING_ON
    + r"\b(?:Excellenc[ey]|Excelencia|Excelent[íi]sim[oa]|"
    + OPENING_ARTICLE
    + "|"
    + ORGANISATION_WORDS
    + "|"
    + HEADING_WORDS
    + "|"
    + CLOSING_WORDS
    + "|"
    + CLAUSE_WORDS
    + "|"
    + CHROME_WORDS
    + r")\b",
    re.IGNORECASE,
)
