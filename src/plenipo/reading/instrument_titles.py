"""The general forms of an instrument's title ("Convention on …", "Agreement between … and …",
"the Madrid Agreement Concerning …", a title with its date or number), in English, French and
Spanish: the patterns `instruments` reads a letter's citations with. Pure."""

import re

from plenipo.reading.dates import MONTHS
from plenipo.reading.places import WRITING_CITY

# A month's name is a date's, never a word of a title: "… of Plants of December 2, 1961".
_NOT_A_MONTH = r"(?!(?i:" + "|".join(m for m in MONTHS if len(m) > 3 or m == "may") + r")\b)"
# Words that open a sentence or a heading, or name a body, rather than a title's place or
# adjective: "Under Convention on …", "Parties Convention on …".
_NOT_A_TITLE_WORD = (
    r"(?!(?:The|This|That|These|Those|Its|Our|Their|Your|Under|In|Of|By|With|For|To|And|On|At|"
    r"As|An|Each|Any|Such|Said|Draft|New|Proposed|Revised|Amended|Whereas|Article|Parties|States|"
    r"Party|State|Secretariat|Council|Committee|Conference|Meeting|Commission|Re|Subject|Ref|"
    r"Regarding|Concerning|Ratification|Ratify|Accession|Signature|Implementation|Status|Review|"
    r"Annex|Appendix|Schedule|Amendments?|Text|Members?|Contracting|Signatories|All|Both|Pursuant|Per|Dear|From|Date|Notification|"
    r"Circular|Note|Invitation|Registration|Secretary|Bureau|Office|Division|Unit|Department|"
    r"Ministry|Mission|Embassy|Government|Republic|Kingdom|Union|Nations|Organization|"
    r"Organisation|Agency|Programme|Fund|Court|Assembly|Parliament|Chamber|Board|Group|Forum|"
    r"Network|Coalition|Centre|Center|Institute|Foundation|Association|Society|Federation|"
    r"Minister|President|Ambassador|Director|Chair|Chairman|Chairperson|Delegation|Summit|Session|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# The organization a title names before its kind: "United Nations Convention against
# Corruption", "Council of Europe Convention on …", "WHO Framework Convention on …", "ECOWAS
# Protocol on …" (initials in capitals, not a heading's "RE" or "CC").
_ORGANIZATION_PREFIX = (
    r"(?:United\s+Nations|Council\s+of\s+Europe|African\s+Union|European\s+Union|"
    r"(?!(?:RE|CC|TO|NB|PS|FROM|SUBJECT|OBJET|ASUNTO|REF|THE|AND|OF|FOR|ON|IN|AT|BY|NO|WITH|"
    r"ANNEX|ANNEXE|ANEXO|NOTE|DRAFT|PROJET|PROYECTO|MEMO|URGENT|ITEM|AGENDA|DATE|FECHA|ENCL)\b)"
    r"[A-Z]{2,8}[ \t])[ \t]*"
)
# The first word of a place of two words ("the Los Angeles Declaration on …", "the New York
# Declaration for …", "the Addis Ababa Agenda for …"): the title opens on both words.
_PLACE_OPENER = (
    r"(?:(?:Los|Las|San|Santa|Santo|S[ãa]o|New|Buenos|Addis|Abu|Cape|Port|Kuala|Rio|Dar|El|"
    r"Saint|St\.|Hong|Costa|Sri|Puerto|Porto|Tel|Phnom|Ho|Nur|Punta|Mar)\s+)?"
)
# Instruments named in general form: "Convention on …", "Protocol to …", "Declaration on …",
# "Convention Establishing the World Intellectual Property Organization (WIPO)".
GENERIC = re.compile(
    # a title in Title Case named after its place or organization first: "the Madrid
    # Agreement Concerning …", "the African Charter on …", "the Beijing Treaty on …" (not a
    # word of the sentence before it)
    r"\b(?:"
    + _ORGANIZATION_PREFIX
    + r"|"
    + r"(?P<placed>"
    + _PLACE_OPENER
    + _NOT_A_TITLE_WORD
    + r"(?=[A-Z][a-z]{2,}\s+(?:(?:International|Framework|Optional|Additional)\s+)?"
    r"(?:Convention|Protocol|Agreement|Treaty|Charter|Declaration|Arrangement)\s+(?:Concerning|"
    r"Relating|Establishing|Respecting|Regarding|on|for|to|against)\s)[A-Z][a-z]+\s+))?"
    r"(?:(?:International|European|Inter-American|Regional|Optional|Framework|Additional|Global)\s+)*"
    # a programme or plan is an instrument as one of action ("Programme for International
    # Student Assessment", "Programme on Capacity-building" are a body's work), a code as
    # one of conduct or practice too
    r"(?:Convention|Protocol|Covenant|Treaty|Declaration|Agreement|Charter|Pact|"
    # an arrangement "for" the meeting is its logistics, one "on" or "concerning" a text
    # (a place's arrangement "for" is a treaty's title: "the Lisbon Arrangement for the
    # Protection of …")
    r"Arrangement(?(placed)|(?!\s+for\b))|"
    r"(?:Programme|Plan)"
    r"(?=\s+(?:of|for)\s+Action)|Code|Compact|Memorandum\s+of\s+Understanding)\s+"
    # Title Case too: "… Concerning the International Registration of Marks", "Protocol
    # Relating to the Madrid Agreement"
    r"(?:(?:of|for)\s+Action\s+|of\s+(?:Conduct|Practice)\s+)?"
    r"(?:on|for|against|to|[Cc]oncerning|[Rr]elating\s+to|[Ee]stablishing)\s+"
    r"(?:the\s+)?"
    # not into the next instrument: "… on Climate Change and the Paris Agreement", "… and to
    # the Protocol …"; a title's own small words: "… of Persons with Disabilities", "… of All
    # Persons from …"
    # after a comma only the next capitalised word of an enumeration ("Economic, Social and
    # Cultural Rights"), not the sentence going on ("…, and with the Statute …", "…, Parties
    # shall …")
    r"[A-Z][\w-]+(?:(?:,\s+(?!(?:Parties|States|Members|Governments|Signatories)\b)(?=[A-Z])|"
    r"\s+(?:(?:and(?!\s+(?:the|to|in|on|for|by|with|under|its|their|as|at|Protocols?|"
    r"Conventions?|Treaty|Agreement|Covenant)\b)|or|of|the|a|an|in|on|for|to|against|its|at|"
    r"with|from|by)\s+)*)"
    + _NOT_A_MONTH
    # not the meeting the sentence goes on to: "… Conventional Weapons to the Meeting of …"
    + r"(?!(?:Meetings?|Sessions?|Conference|Summit|Workshop|Secretariat)\b)"
    + r"[A-Z][\w-]+){0,14}"
    # its initials, its revision, its year or its number in a treaty series, as the title
    # gives them: "(WIPO)", "(FSS Code)", "(revised)", "(2005)", "(CETS No. 210)"
    r"(?:\s+\((?:[A-Z]{2,8}(?:\s+Code)?|[Rr]evised|(?:19|20)\d\d|C?ETS\s+No\.\s*\d{1,3})\))?"
)
# French and Spanish titles keep their words in lower case after the first: "la Convention
# de Berne pour la protection des œuvres littéraires et artistiques", "el Convenio de
# Viena", "le Traité établissant une Constitution pour l'Europe".
_ROMANCE_HEAD = (
    r"(?:Convention|Convenio|Convenci[óo]n|Trait[ée]|Tratado|Protocole|Protocolo|Charte|"
    r"D[ée]claration|Declaraci[óo]n|Pacte|Pacto|Accord|Acuerdo|Arrangement|Arreglo)"
)
_PURPOSE = (
    r"(?:[ée]tablissant|portant|instituant|sur|relati(?:f|ve)s?\s+(?:à|aux?)|pour|sobre|concernant|"
    r"relativ[oa]\s+a|para|contre|contra|(?<=[Aa]dicional\s)(?:a\s+la|al)|(?<=additionnel\s)à\s+la|"
    # "le Protocole facultatif se rapportant à la Convention …", "el Acuerdo de Marrakech por
    # el que se establece la Organización …"
    r"se\s+rapportant\s+(?:[àa]\s+la|aux?)|por\s+(?:el|la)\s+(?:que|cual)\s+se\s+(?:establece|crea|"
    r"instituye)n?)"
)
# the adjective a French or Spanish title writes in lower case after its kind: "le Traité
# révisé de la CEDEAO", "la Convention internationale sur …", "la Convention de 1970
# concernant …"
_ROMANCE_ADJECTIVE = (
    r"(?:\s+(?i:r[ée]vis[ée]e?|revisad[oa]|additionnel(?:le)?|adicional|facultatif|facultativ[oa]|constitutif|constitutiv[oa]|"
    r"europ[ée]enne?|internationale?|africaine?|interam[ée]ricaine?|am[ée]ricaine?|arabe|"
    r"de\s+(?:19|20)\d\d)(?=\s))?"
)
# a word of the title, not one that goes on with the sentence ("… de Bâle lors de …")
_TITLE_WORD = (
    r"(?!(?:qui|que|dont|est|sont|a|ont|sera|seront|entrera|ladite|lors|dans|avec|con|en|et|se|"
    # the verb of a Spanish sentence: "… sobre la pesca fue firmada", "… ha sido ratificado"
    r"fue|fueron|es|son|ha|han|hab[ií]a|ser[áa]|ser[áa]n|est[áa]|est[áa]n|entr[óo]|entrar[áa]|"
    r"y|ou|o|de|des|du|del|al|au|aux|r[ée]vis[ée]e?|modifi[ée]e?|telle|conforme|conform[ée]ment|"
    r"seg[úu]n|selon|afin|ainsi|as[ií]|como|comme|mediante|durante|pendant|hasta|desde|depuis|"
    r"par|por)\b)[^\W\d_][\w'’-]*"
)
# "et"/"y" go on with the title unless another instrument or clause follows ("… et le …")
_TITLE_WORDS = (
    _TITLE_WORD + r"(?:\s+(?:(?:et|y|de|des|du|del|de\s+la|de\s+las?|de\s+los|en\s+mati[èe]re\s+de|"
    r"en\s+materia\s+de)\s+(?!(?:le|la|les|el|los|las|son|sa|ses|su|sus|l['’])\b)"
    # "… sur le fonctionnement de l'Union européenne": "de l'" goes on with the title
    r"|de\s+(?=l['’]\s?(?-i:[A-ZÀ-Ýa-zà-ÿ]))"
    # "… des employés du Congo et du Ruanda-Urundi": a second place's name (not another
    # instrument: "… y del Protocolo de …")
    r"|(?:et|y)\s+(?:du|des|del|de\s+la|de\s+los|de\s+las)\s+(?=(?-i:[A-ZÀ-Ý]))"
    r"(?!(?i:protoc|conven|trait|tratado|accord|acuerdo|pact|chart|carta|d[ée]clara|arr|statut|"
    r"estatuto|r[èe]glement|reglamento))"
    # "… certaines règles en matière d'abordage"
    r"|en\s+mati[èe]re\s+d['’]\s?(?=[^\W\d_])"
    # "… relatif à la mise en œuvre de la Partie XI …"
    r"|en\s+(?=(?:œ|oe)uvre\b))?"
    + _TITLE_WORD
    # an enumeration of capitalised words: "… Derechos Económicos, Sociales y Culturales"
    + r"(?:(?:,\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){1,3}\s+(?:y|et|e)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)?){0,9}"
)
# "la Déclaration des Nations Unies sur …", "la Convención de las Naciones Unidas contra …"
_OF_THE_STATES = (
    r"(?:des|de\s+las|de\s+los)\s+(?=Nations\s+Unies|Naciones\s+Unidas|[ÉE]tats|Estados)"
)
# A protocol of accession names who accedes and to what: "el Protocolo de Adhesión de la
# República de Panamá al Tratado de Montevideo 1980", "le Protocole d'adhésion du Royaume du
# Maroc à l'Accord de Lomé".
_ACCESSION = (
    r"(?:(?<=Adhesi[óo]n)|(?<=adh[ée]sion))"
    r"(?:\s+(?:de\s+la|del?|du|de\s+l['’])\s*(?:(?:Rep[úu]blica|R[ée]publique|Reino|Royaume|"
    r"Estado|[ÉE]tat|Principado|Principaut[ée])\s+(?:de\s+la\s+|de\s+l['’]|del?\s+|du\s+|d['’])?)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})?"
    r"\s+(?:al|a\s+la|au|[àa]\s+la|[àa]\s+l['’])\s*(?:Tratado|Convenio|Acuerdo|Convenci[óo]n|"
    r"Protocolo|Trait[ée]|Accord|Convention|Protocole)\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w-]+"
    r"(?:\s+(?:19|20)\d\d)?"
)
ROMANCE_GENERIC = re.compile(
    rf"\b{_ROMANCE_HEAD}{_ROMANCE_ADJECTIVE}(?:\s+(?:de\s+la\s+|de|d['’]|del|{_OF_THE_STATES})\s*"
    # a town's Portuguese name keeps its small word: "la Convención de Belém do Pará"
    r"(?:[A-Z][\w-]+(?:\s+(?:(?:do|da|dos|das)\s+)?[A-ZÀ-Ý][\w-]+){0,2}(?:"
    + _ACCESSION
    + r")?|(?i:adh[ée]sion)"
    + _ACCESSION
    + r")"
    rf"(?:\s+{_PURPOSE}\s+{_TITLE_WORDS})?"
    # a title's adjective in capitals before its purpose: "la Convención Americana sobre …"
    rf"|(?:\s+(?-i:[A-Z][a-zà-ÿ]+))?\s+{_PURPOSE}\s+{_TITLE_WORDS})"
)
# A bilateral title names its parties before its purpose: "the Agreement between the
# Government of … and the Government of … on Air Services", "Agreement between our two
# Governments for Cooperation in …", "the Memorandum of Understanding concluded on 20 May
# 1996 between the United Nations and the Government of …", "the Headquarters Agreement
# between the United Nations and …"; its purpose in lower case runs up to the clause after it
# ("… relating to the employment of dependants, which …").
_PARTY = r"(?:(?:the|our|two)\s+)*[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and)\s+){0,2}[A-Z][\w'’-]*){0,8}"
_PLAIN_WORD = (
    r"(?!(?:is|are|was|were|has|have|had|will|shall|may|might|must|can|could|would|should|does|"
    r"did|which|that|who|and|or|but|as|to|in\s+force|between|expires?|expired|enters?|entered|"
    r"remains?|remained|provides|provided|requires|required|stipulates|states|sets|came|comes|"
    r"took|takes|signed|concluded)\b)[A-Za-z][\w'’-]*"
)
_CONCLUDED = (
    r",?\s+(?:concluded|signed|done|entered\s+into)(?:\s+at\s+[A-Z]\w+)?"
    r"\s+on\s+[\w ,]{6,20}?\d{4},?"
)
# the days it was made, each a day or two of one exchange: "the Exchange of Letters of 1 December
# 1959, 16/17 December 1992 and 28 February/5 March 2002 between …"
_DAY = r"\d{1,2}(?:/\d{1,2})?\s+[A-Z][a-z]+(?:/\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}"
_OF_DAYS = rf"\s+of\s+{_DAY}(?:(?:,\s+|\s+and\s+){_DAY})*"
_PURPOSE_EN = (
    r"(?:on|for|concerning|relating\s+to|regarding|providing\s+for|constituting|"
    r"with\s+respect\s+to)"
)
BETWEEN_TITLE = re.compile(
    r"\b(?:(?:(?!(?:The|This|That|Our|Its|Their|Your|Under|In|Of|By|With|To|Draft|New)\b)"
    r"[A-Z][a-z]+\s+)?"
    r"(?:Agreement|Convention|Treaty|Protocol|Arrangement|Memorandum\s+of\s+Understanding|"
    r"Exchange\s+of\s+(?:Notes|Letters))(?:" + _CONCLUDED + r"|" + _OF_DAYS + r")?"
    # its subject before its parties: "the Treaty on Extradition between …"
    r"(?:\s+(?:on|for)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?"
    # in running text an old letter writes it in lower case, with the day it was concluded
    r"|(?-i:agreement|convention|treaty|arrangement|memorandum\s+of\s+understanding)"
    + _CONCLUDED
    + r")\s+between\s+(?:(?:our|the)\s+two\s+[A-Z]\w+|"
    + _PARTY
    + r"\s+and\s+"
    + _PARTY
    + r")"
    + r"(?:,?\s+"
    + _PURPOSE_EN
    + r"\s+(?:(?:the|an?)\s+)?(?:[A-Z][\w-]+(?:\s+(?:(?:and|of|the|a|an|in|on|for|to|with|"
    r"from|by)\s+)*[A-Z][\w-]+){0,8}|" + _PLAIN_WORD + r"(?:\s+" + _PLAIN_WORD + r"){0,14}))?"
)
# French and Spanish bilateral titles: "l'Accord entre le Gouvernement de la République
# française et le Gouvernement du Royaume du Maroc relatif à la coopération culturelle", "el
# Convenio entre el Gobierno de … y el Gobierno de … sobre Cooperación Cultural", "l'accord
# conclu le 17 décembre 1931 entre les Pays-Bas et le Chili".
_ROMANCE_PARTY = (
    r"(?:(?:le|la|les|el|los|las)\s+|l['’]\s*)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:de|du|des|del|la|las|los|d['’])\s*){0,2}[A-Z][\w'’-]*"
    r"|\s+(?-i:[a-zà-ÿ]+(?:aise?|aine?|ienne?|ique|ano|ana|ico|ica|eño|eña|esa))){0,8}"
)
ROMANCE_BETWEEN = re.compile(
    r"\b(?:Accord\s+de\s+si[èe]ge|Acuerdo\s+de\s+[Ss]ede|Accord|Acuerdo|Convenio|Convention|"
    r"Convenci[óo]n|Trait[ée]|Tratado|Protocole|Protocolo|Arrangement|M[ée]morandum\s+d['’]accord|Memor[áa]ndum\s+de\s+Entendimiento|[ÉE]change\s+de\s+lettres|"
    r"Canje\s+de\s+Notas"
    # in running text an old letter writes it in lower case, with the day it was concluded
    r"|(?-i:accord|convention|trait[ée]|arrangement|acuerdo|convenio|tratado)"
    r"(?=,?\s+(?:conclu|sign[ée]|suscrito|firmado|celebrado)\s+(?:le|el)\s))"
    r"(?:\s+de\s+(?-i:[A-Z][a-zà-ÿ]+)(?:\s+(?:(?:y|et|de|en)\s+)?(?-i:[A-Z][a-zà-ÿ]+)){0,3})?"
    r"(?:,?\s+(?:conclu|sign[ée]|suscrito|firmado|celebrado)\s+(?:le|el)\s+[\w ]{6,24}?\d{4},?)?"
    r"\s+entre\s+"
    + _ROMANCE_PARTY
    + r"\s+(?:et|y)\s+"
    + _ROMANCE_PARTY
    + r"(?:,?\s+(?:"
    + _PURPOSE
    + r"|relatifs?\s+(?:à|aux?)|concernant|en\s+mati[èe]re\s+de|"
    r"en\s+materia\s+de)\s+" + _TITLE_WORDS + r")?"
)
# A treaty named after its place, as older treaties are: "the Treaty of Versailles", "the
# Treaty of Washington of 1871" (French and Spanish titles are read by the form above).
PLACE_TITLE = re.compile(
    # its adjectives before it: "the Universal Postal Convention of Rome"
    r"\b(?:(?!(?:The|This|That|These|Our|Its|In|Of|By|Under|With)\b)[A-Z][a-z]+\s+){0,3}"
    # not a state's protocol service: "the Offices of Protocol of Canada's provinces"
    r"(?:Treaty|Peace|Convention|(?<!Office\sof\s)(?<!Offices\sof\s)(?<!Chief\sof\s)"
    r"(?<!Director\sof\s)(?<!Head\sof\s)Protocol|Charter)\s+of\s+"
    + _NOT_A_MONTH
    + r"(?!(?i:the|a|an)\b)"
    # "the Convention of Saint-Germain", "the Treaty of Brest-Litovsk", "the Revised Treaty of
    # ECOWAS"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-(?:[A-Z][a-z]+|en|sur|sous|de|la|le|les|am|an|upon))*(?<!-en)(?<!-de)"
    r"|[A-Z]{3,8}\b)"
    r"(?:\s+(?-i:[A-Z][a-z]{2,}))?\b"
    # a title that goes on in Title Case: "the Treaty of Amity and Cooperation in Southeast
    # Asia", "the Charter of Fundamental Rights of the European Union"
    r"(?:\s+(?:and|in|of\s+the|of)\s+(?-i:[A-Z][a-z]{2,})(?:\s+(?-i:[A-Z][a-z]{2,}))?\b){0,3}"
)
EN_DATE = (
    # "July 11, 1949", "11 July 1949", an older letter's "11th July, 1949"
    r"(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|"
    r"the\s+\d{1,2}(?:st|nd|rd|th|d)?\s+of\s+[A-Z][a-z]+,?\s+\d{4})"
)
# An older letter names a convention by its date, then its purpose in lower case: "the
# convention of August 22, 1864, for the amelioration of the condition of …", up to the
# clause after it.
DATE_NAMED_TITLE = re.compile(
    rf"\b(?:[Cc]onvention|[Tt]reaty|[Aa]rrangement)\s+of\s+{EN_DATE},\s+(?:for|on|concerning|"
    r"relating\s+to|respecting)\s+the\s+[a-z][^,.;:()\n]{5,140}"
)
# an optional protocol's subject in lower case after its title: "… of the Child on a
# communications procedure"
OPTIONAL_PROTOCOL_SUBJECT = re.compile(
    r"\s+on\s+(?:the\s+|a\s+)?[a-z][a-z-]+(?:(?:,\s+|\s+(?:and|of|in)\s+|\s+)"
    r"(?!(?:which|that|is|are|was|were|has|have|will|shall|by|to|for|at|as|with|and|its)\b)"
    r"[a-z][a-z-]+){0,8}"
)
_FR_DATE = r"\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}"
# A treaty named by the day it was concluded, after its place or before its purpose in
# Title Case: "the Hague Convention of 25 October 1980 on the Civil Aspects of International
# Child Abduction" ("the Convention of 8 November 1927" alone is most often one the letter
# names in full elsewhere).
_DAY_PURPOSE = (
    r"\s+(?:on|for|concerning)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:(?:and(?!\s+(?:the|to|in|on|for|"
    r"by|of)\b)|of|the|in|on|for|to)\s+)*[A-Z][\w-]+){0,10}"
)
DAY_TITLE = re.compile(
    r"\b(?:"
    + _NOT_A_TITLE_WORD
    + r"[A-Z][a-z]{2,}\s+(?:Convention|Treaty|Protocol|Agreement)\s+of\s+"
    + EN_DATE
    + rf"(?:{_DAY_PURPOSE})?"
    + rf"|(?:Convention|Treaty|Protocol|Agreement)\s+of\s+{EN_DATE}{_DAY_PURPOSE})"
)
# A title's own date and revisions belong to it: "… of December 2, 1961, as revised at
# Geneva on November 10, 1972, and on October 23, 1978", "… du 9 septembre 1886, telle que
# révisée à Paris le 24 juillet 1971 et modifiée le 2 octobre 1979".
DATED_TITLE = re.compile(
    r",\s+(?:19|20)\d\d(?:\s+\(No\.\s*\d{1,3}\))?(?![\d/–-])"
    # "the General Agreement on Tariffs and Trade 1994."
    r"|\s+(?:19|20)\d\d(?=[.,;:)]|[ \t]*$)"
    # "… of 1871", "Tratado de Madrid de 1954"
    r"|\s+(?:of|de)\s+1[6-9]\d\d(?![\d/–-])|\s+(?:of|de)\s+20\d\d(?![\d/–-])"
    rf"|,?\s+(?:of|dated)\s+{EN_DATE}(?:,?\s+as\s+(?:revised|amended)\s+(?:at\s+[A-Z][a-z]+\s+)?on\s+{EN_DATE}"
    rf"(?:,?\s+and\s+(?:at\s+[A-Z][a-z]+\s+)?on\s+{EN_DATE})*)?"
    rf"|\s+du\s+{_FR_DATE}(?:,?\s+tel(?:le)?\s+que\s+r[ée]vis[ée]e?\s+(?:à\s+[A-Z][a-z]+\s+)?le\s+"
    rf"{_FR_DATE}(?:,?\s+et\s+(?:modifi[ée]e?|r[ée]vis[ée]e?)\s+(?:à\s+[A-Z][a-z]+\s+)?le\s+"
    rf"{_FR_DATE})*)?"
)


# Instruments named after a place or a body: "the Aarhus Convention", "the Inter-American
# Democratic Charter", "the Espoo Convention" (the general form above takes "… on …").
NAMED_AFTER = re.compile(
    r"\b(?:the|The)\s+"
    # a family named by its field is no one instrument: "the Biodiversity-related Conventions"
    r"(?![\w'’-]+-[Rr]elated\s+(?:Convention|Protocol|Agreement|Treat(?:y|ie))s\b)"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,4}(?:Convention|Protocol|Agreement|Treaty|"
    r"Charter|Declaration|Accord|Covenant|Arrangement|Pact)s?\b(?:\s+\((?:[Rr]evised|(?:19|20)\d\d)\))?"
    # its year after a comma: "the Maritime Labour Convention, 2006"
    r"(?:,\s+(?:19|20)\d\d(?![\d/–-]))?)"
    r"(?!\s+(?:on|for|to|of|against|concerning|Concerning|relating|Relating|Cent(?:er|re)|Hall|"
    r"Centro|Room|Section|Series|Office|Division|Unit|Collection|Database)\b)"
)
# A title ending in its kind and given with its year and number, as the ILO's are cited:
# "the Freedom of Association and Protection of the Right to Organise Convention, 1948
# (No. 87)": the year and number tell the title from a sentence, so it may hold "of", "and".
NUMBERED_TITLE = re.compile(
    r"\b(?!(?:The|This|Its|Under|In|By)\b)[A-Z][\w'’-]+(?:\s+(?:(?:of|and|the|to|for|on|in)\s+)*"
    r"[A-Z][\w'’-]+){0,12}\s+(?:Convention|Recommendation|Protocol),\s+(?:19|20)\d\d\s+"
    r"\(No\.\s*\d{1,3}\)"
)
# A title alone on its line in capitals, as a depositary notification heads its text:
# "CONVENTION ON THE PROHIBITION OF …".
CAPITALS_TITLE = re.compile(
    r"^[ \t]*(?P<name>(?:(?:INTERNATIONAL|EUROPEAN|REGIONAL|OPTIONAL|FRAMEWORK|ADDITIONAL|"
    r"INTER-AMERICAN)\s+)*(?:CONVENTION|PROTOCOL|AGREEMENT|TREATY|COVENANT|CHARTER|STATUTE)\s+"
    r"(?:ON|FOR|AGAINST|TO|OF|CONCERNING|RELATING\s+TO|ESTABLISHING)\s+"
    r"[A-Z][A-Z0-9 ,’'()-]{3,200}?)"
    r"[ \t]*$",
    re.MULTILINE,
)
# A body's founding text: "Statute of the International Renewable Energy Agency",
# "Constitution of the International Labour Organisation".
_FOUNDED = (
    r"(?:Organi[sz]ation|Agency|Union|Court|Fund|Institute|Tribunal|Centre|Center|Bank|Commission|"
    r"Community|Association|Commonwealth)"
)
FOUNDING = re.compile(
    # a regional organization's founding treaty or charter too: "the Treaty of the Economic
    # Community of …", "the Charter of the Association of …"
    rf"\b(?:Statute|Constitution|Charter|Treaty)\s+of\s+the\s+(?:[A-Z][\w-]+\s+){{0,5}}{_FOUNDED}\b"
    # "… of the International Court of Justice", "… of the Organization of American States"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,3})?"
    # an organization by its initials: "the Statute of the IAEA", "the Constitution of UNESCO"
    r"|\b(?:Statute|Constitution)\s+of\s+(?:the\s+)?(?-i:[A-Z]{3,8})\b"
    # not the staff's: "the Statute of NFO staff"
    r"(?!\s+(?:of|for|staff|personnel|members?|officials?|employees)\b)"
    # and in French and Spanish: "le Statut de la Cour internationale de Justice", "la
    # Constitución de la Organización Mundial de la Salud"
    r"|\b(?:Statut|Estatuto|Constitution|Constituci[óo]n)\s+(?:de\s+la|de\s+l['’]|del)\s*"
    r"(?:Cour|Corte|Organisation|Organizaci[óo]n|Agence|Agencia|Union|Uni[óo]n|Fonds|Fondo|"
    r"Tribunal|Institut|Instituto)\b"
    r"(?:\s+(?:(?:de|du|des|de\s+la|del|pour|para|et|y)\s+)?(?:[A-Z][\w'’-]+|(?-i:internationale?|"
    r"internacional|mondiale?|mundial|europ[ée]enne?|africaine?|am[ée]ricaine?|interam[ée]ricaine?|"
    r"atomique|at[óo]mica|maritime|mar[íi]tima|m[ée]t[ée]orologique|meteorol[óo]gica|"
    r"permanente?|p[ée]nale?)\b)){0,5}"
)
# A title in a letter typed in capitals, read in its copy with each word capitalised (small
# words and auxiliaries in lower case): "… OF THE CONVENTION ON INTERNATIONAL CIVIL AVIATION
# SIGNED AT CHICAGO", "SIGNATURE OF TREATY OF PEACE WITH JAPAN WILL TAKE PLACE"; it ends at a
# verb of the sentence, another instrument or a punctuation mark. An "agreement on" in
# capitals is as often the sentence's.
_NOT_IN_TITLE = (
    r"(?!(?:Signed|Done|Adopted|Concluded|Opened|Entered|Deposited|Ratified|Approved|Take|Takes|"
    r"Took|Taken|Come|Came|Enter|Enters|Provides?|Requires?|Resolution|Decision|Article|"
    r"Convention|Treaty|Protocol|Agreement|Stop|Regards?|Sincerely|Please)\b)"
)
CAPITALISED_TITLE = re.compile(
    r"\b(?:(?:International|European|Inter-American|Universal|Optional|Additional)\s+)*"
    r"(?:Convention|Treaty|Protocol|Covenant|Charter)\s+(?:on|of|for|against|to|concerning|"
    r"relating\s+to)\s+(?:the\s+)?" + _NOT_IN_TITLE + r"[A-Z][\w-]+"
    r"(?:\s+(?:(?:and|of|the|in|on|for|to|with)\s+)*" + _NOT_IN_TITLE + r"[A-Z][\w-]+){0,10}"
)
# A headquarters agreement in French or Spanish, named so alone or after its organization: "l'Accord
# de siège", "l'Accord de siège de l'UNESCO", "el Acuerdo de Sede" ("the Headquarters Agreement"
# is read as any title named after its kind).
HEADQUARTERS_TITLE = re.compile(
    r"\b(?:Accord\s+de\s+si[èe]ge|Acuerdo\s+de\s+[Ss]ede)"
    r"(?:\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|del\s+|de\s+)(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})?"
)
# A peace agreement in French or Spanish, its words in lower case after its kind, alone or
# after its place or its parties: "l'Accord de paix d'Arusha pour le Burundi", "l'Accord de
# paix de Ouagadougou", "l'Accord pour la paix et la réconciliation au Mali", "el Acuerdo de
# paz" (an English "Peace Agreement" is read as any title named after its kind).
PEACE_TITLE = re.compile(
    r"\b(?-i:Accord|Acuerdo)\s+(?:(?:global|g[ée]n[ée]ral|general|final)\s+)?"
    r"(?:de\s+paix|de\s+paz|pour\s+la\s+paix|para\s+la\s+paz)"
    r"(?:\s+(?:et\s+la\s+r[ée]conciliation|y\s+la\s+reconciliaci[óo]n))?"
    r"(?:\s+(?:de\s+|d['’]\s*|del\s+|au\s+|en\s+)(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?:pour\s+le|pour\s+la|para)\s+(?-i:[A-Z][\w'’-]*))?)?",
    re.IGNORECASE,
)
# An IMO code's title told by its initials after it, its words in any case and over a page's
# break: "the International Code of Safety for Ships using Gases or other Low-flashpoint Fuels
# (IGF Code)".
INITIALLED_CODE = re.compile(
    r"\bInternational\s+(?:[A-Z][\w-]+\s+){0,3}Code\s+(?:of|for|on)\s+[^()\n]{3,120}?"
    r"(?:\n\s*){0,4}[^()\n]{0,80}?\s\([A-Z]{2,8}\s+Code\)"
)
# A treaty an older letter names in lower case by its purpose, told a treaty by where and when
# it was signed: "la convention concernant l'abrogation des capitulations en Egypte, signée à
# Montreux le 8 mai 1937", "the convention concerning …, signed at Geneva on 8 May 1937".
SIGNED_TITLE = re.compile(
    r"\b(?-i:convention|trait[ée]|accord|convenio|tratado|convenci[óo]n|treaty|agreement)\s+"
    r"(?:concernant|relative?\s+(?:à|aux?)|sur|pour|sobre|relativ[oa]\s+a|para|concerning|"
    r"relating\s+to|on|for)\s+[^,;.()]{5,140}?,\s+(?:sign[ée]e?\s+à|firmad[oa]\s+en|signed\s+at)\s+"
    r"[A-Z][\w-]+\s+(?:le|el|on)\s+[\w ]{4,20}?\d{4}"
)


# A French or Spanish title made of its kind and an adjective of place alone: "el Tratado
# Antártico", "el Pacto Andino", "la Carta Africana", "la Convention alpine", "la Charte
# africaine" (the adjective of a people or a region, in capitals in Spanish, often in lower
# case in French); not "el Acuerdo Político", "la convention collective".
ADJECTIVE_TITLE = re.compile(
    r"\b(?:Tratado|Convenio|Convenci[óo]n|Acuerdo|Pacto|Carta)\s+"
    r"(?!(?:Pol[ií]tic|Econ[óo]mic|Jur[ií]dic|T[ée]cnic|Pr[áa]ctic|P[úu]blic|[ÚU]nic|Marc)[oa]\b)"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?:ic[oa]|in[oa]|an[oa]|ense)\b"
    r"|\b(?:Convention|Charte|Pacte|Trait[ée]|Accord)\s+"
    r"(?!(?:politique|[ée]conomique|juridique|technique|pratique|publique|unique|cadre)\b)"
    r"[a-zA-ZÀ-ÿ][a-zà-ÿ]{2,}(?:ine|aine|ienne|ique)\b"
)


# A treaty named after the town where it was made, its kind in lower case as French and
# Spanish typography and the press write it: "la convention de Vienne", "le traité de
# Lisbonne", "el tratado de Versalles", "la convención de Viena"; after its article, so that
# "une convention de Monsieur …" or "la convention de partenariat" is none.
LOWER_TOWN_TITLE = re.compile(
    r"(?:(?<=\b[lL][ae]\s)|(?<=\b[eEaAdD][lu]\s)|(?<=\bdel\s))"
    r"(?:convention|convenio|convenci[óo]n|trait[ée]|tratado)\s+de\s+"
    r"(?!(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|Me|Ma[îi]tre|Son|Sa|Su|Don|Do[ñn]a|Se[ñn]or|"
    r"Se[ñn]ora|Sr|Sra)\b)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)*"
    # the town alone: not a person's name, nor a fuller title a rule reads whole
    r"(?![\w'’]|\s+(?:[A-ZÀ-Ý]|de\s+(?:19|20)\d\d|entre|sur|sobre|pour|para|relati|concernant|"
    r"portant|contre|contra|(?:con|avec)\b|del?\s))"
)

# A declaration named in English after the city that adopted it, its subject in Title Case
# after it: "the Declaration of Santo Domingo", "the Declaration of Lima on Food Security";
# or one of principles, commitment or intent with its subject: "the Declaration of
# Principles on Tolerance" (not a form's "Declaration of Interest").
_TITLE_CASE_SUBJECT = (
    r"\s+on\s+(?:the\s+)?(?-i:[A-Z])[\w/-]+"
    r"(?:\s+(?:(?:of|in|for)\s+(?:the\s+)?|and\s+(?!the\b))?(?-i:[A-Z])[\w/-]+){0,5}"
)
DECLARATION_OF = re.compile(
    r"\b(?:Declaration|Consensus)\s+of\s+(?:(?:"
    + WRITING_CITY.pattern
    + rf")(?:{_TITLE_CASE_SUBJECT})?|(?-i:Principles|Commitment|Intent){_TITLE_CASE_SUBJECT})"
)
