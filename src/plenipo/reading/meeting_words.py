"""How a letter words a meeting: the words that name one (not a post, a document's heading or
the papers of a session) and the words that tell whether it is to come, past, tentative, put
off or called off. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from plenipo.reading.caseless import caseless

MEETING_WORDS = re.compile(
    # "the informals" meet; "the informal expert consultation" is a consultation
    r"\b(?:meeting|session|sitting|consultations?|informals|informal(?![ \t]+[a-z])|conference|"
    r"workshop|seminar|hearing|"
    # a members' meeting by its initials: "the AGM takes place on …", "an EGM is called for …"
    r"agm|egm|"
    r"dialogue|briefing|forum|summit|sommet|cumbre|r[ée]union|s[ée]ance|consultation|conf[ée]rence|atelier|"
    r"webinar|video-?conference|teleconference|symposium|round[- ]?table|side[- ]event|retreat|"
    # the words French and Spanish letters give gatherings: "l'Encuentro Regional", "el Foro
    # Andino", "una rencontre avec les partenaires", "la table ronde", "une journée d'étude",
    # "las Jornadas Iberoamericanas", "el simposio", "le webinaire", "el webinario"
    r"encuentros?|foros?|simposios?|rencontres?|tables?[- ]rondes?|jornadas?|"
    r"journ[ée]es?\s+d['’](?:[ée]tudes?|information|r[ée]flexion|[ée]changes?)|"
    r"webinaire|webinario|"
    # "the Regional Training Course …", "un curso regional", not "in the course of"
    r"(?:training|regional|international|sub-?regional|national)\s+course|"
    r"curso\s+(?:regional|internacional|subregional|virtual|de\s+(?:capacitaci[óo]n|formaci[óo]n))|"
    r"stage\s+de\s+formation|(?:photo\s+|art\s+)?exhibition|"
    r"round\s+of\s+(?:negotiations|talks)|"
    # "the opening plenary starts at 10 a.m.", "la inauguración será el 10 de marzo", "a
    # follow-up call is scheduled for …" (not a call for proposals)
    r"plenary|pl[ée]ni[èe]re|plenari[oa]|inauguration|inauguraci[óo]n|"
    r"(?:conference|video|phone|telephone|follow-up|coordination|courtesy|zoom|teams)\s+call|"
    # not the receipt of papers: "date limite de réception des candidatures", "accusé de
    # réception", "la fecha de recepción de las propuestas"
    r"reception|(?<!de\s)(?<!d[èe]s\s)r[ée]ception(?!\s+(?:des|du|de\s+(?:la|l['’]|vos|votre|"
    r"leurs?|ces|cette|chaque)))|(?<!de\s)recepci[óo]n(?!\s+(?:del|de\s+(?:las?|los|sus?)))|"
    r"ceremony|c[ée]r[ée]monie|ceremonia|"
    # the launch of a report held as an event: "the launch of the report, to be held on …",
    # "le lancement du rapport, qui aura lieu le …", "el lanzamiento del informe, que se
    # celebrará el …" (not the launch of a decade or of an appeal)
    r"(?:launch|lancement|lanzamiento)(?=[^.;]{0,100}?\b(?:to\s+be\s+held|will\s+(?:be\s+held|take\s+"
    r"place)|se\s+tiendra|aura\s+lieu|se\s+celebrar[áa]|tendr[áa]\s+lugar))|"
    # what a protocol's circular note convenes the diplomatic corps to on a national day: "the
    # traditional Te Deum", "a memorial mass", "la misa solemne", "el desfile militar", "le
    # dépôt de gerbe", "a wreath-laying ceremony"
    r"te\s+deum|(?:memorial|requiem|holy|solemn|funeral)\s+mass|misa|messe|military\s+parade|"
    r"desfile|d[ée]fil[ée]\s+(?:militaire|du|national)|wreath[- ]laying|d[ée]p[ôo]t\s+de\s+gerbes?|"
    r"ofrenda\s+floral|"
    # a meal a host offers: "will host a dinner on 25 September", "un déjeuner sera offert"
    r"(?:working\s+|official\s+|state\s+)?(?:dinner|luncheon|lunch|breakfast)|d[îi]ner|d[ée]jeuner|"
    r"almuerzo|cena|desayuno|cocktail(?:\s+reception)?|c[óo]ctel|vin\s+d['’]honneur|"
    r"t[ée]l[ée]conf[ée]rence|visioconf[ée]rence|videoconferencia|"
    # "an open debate on 9 March", "l'audience publique aura lieu le …"
    r"(?:open|general|thematic|high-level)\s+debate|d[ée]bat\s+(?:public|g[ée]n[ée]ral|ouvert)|"
    r"debate\s+(?:abierto|p[úu]blico|general)|audience\s+publique|audiencia\s+p[úu]blica|"
    # a head of state or minister receiving someone: "will receive you in private audience",
    # "vous recevra en audience", "le concederá audiencia" (not a text's "target audience")
    r"(?:in|en)\s+(?:(?:private|special|public|priv[ée]e|sp[ée]ciale|privada|especial)\s+)?"
    r"audienc(?:e|ia)|(?:an|une|una)\s+audienc(?:e|ia)\s+(?:with|avec|con)|"
    # a body whose sitting is held: "un Conseil des ministres se tiendra le …", "the General
    # Assembly of the Federation will take place on …", "la Asamblea General se celebrará el
    # …" (the General Assembly of a resolution's date holds nothing)
    r"(?:council|conseil|consejo|assembly|assembl[ée]e|asamblea|congress|congr[èe]s|congreso|"
    r"cabinet|gabinete)(?=[^.;]{0,60}?\b(?:will\s+(?:be\s+held|take\s+place|open)|se\s+tiendra|"
    r"(?<=,\s)to\s+be\s+held|"
    r"aura\s+lieu|s['’]ouvrira|se\s+d[ée]roulera|se\s+celebrar[áa]|tendr[áa]\s+lugar|"
    r"se\s+llevar[áa]\s+a\s+cabo|se\s+realizar[áa]|"
    # a body called to sit: "the Assembly will be convened at 9:30 on …", "l'Assemblée sera
    # convoquée le …", "la Asamblea será convocada para el …", "the Council will meet on …"
    r"will\s+(?:be\s+convened|convene|meet)|(?:is|are)\s+(?:hereby\s+)?convened|"
    r"sera\s+convoqu[ée]e?|se\s+r[ée]unira|ser[áa]\s+convocad[oa]|se\s+reunir[áa]|"
    # the present of a convocation: "l'Assemblée générale est convoquée le …", "la Asamblea
    # queda convocada para el …"
    r"(?:est|sont)\s+(?:par\s+la\s+pr[ée]sente\s+)?convoqu[ée]e?s?|"
    r"(?:queda|quedan|es|son)\s+convocad[oa]s?|"
    r"sesionar[áa]|"
    # its close: "the Assembly will close no later than …", "devait se terminer le …"
    r"will\s+(?:close|end|conclude)|(?:doit|devait|devra)\s+se\s+terminer|se\s+terminera|"
    r"se\s+cl[ôo]turera|prendra\s+fin|se\s+clausurar[áa]|concluir[áa]|terminar[áa])\b)|"
    # the body a writer calls: "has the honour to convene the Seventy-seventh World Health
    # Assembly", "convoque la Conférence générale", "convocar a la Asamblea General"
    r"(?:convene|convenes|convoke|convoque|convoquer|convocar|convoca|convocará)\s+"
    r"(?:a\s+)?(?:the|la|el|le|l['’])\s*"
    # not across the meeting it names: "convene the Fifth Session of the Assembly"
    r"(?:(?!session|meeting|sitting|s[ée]ance|sesi[óo]n|r[ée]union|reuni[óo]n)[\w-]+\s+){0,4}?"
    r"(?:assembly|assembl[ée]e|asamblea|council|conseil|consejo|congress|congr[èe]s|congreso)|"
    # the members called to the body's sitting: "les membres sont convoqués en Assemblée
    # générale", "quedan convocados a la Asamblea General"
    r"(?:convoqu[ée]e?s|convocad[oa]s)\s+(?:en|[àa]\s+l['’]|a\s+la|al)\s*"
    r"(?:assembl[ée]e|asamblea|congr[èe]s|congreso|conseil|consejo)|"
    # what a host holds: "the Council will hold a high-level panel on …", "will give a lecture"
    r"(?:hold|host|organi[sz]e|convene|give|deliver)s?\s+an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:panel(?:\s+discussion)?|lecture|presentation)|"
    # a gathering named by its being held: "the panel discussion will take place on …", "the
    # talks will resume on …", "la formation aura lieu le …", "la conmemoración se realizará
    # el …" (the words alone are too loose: "visit our website", "the launch of the report")
    r"(?:panel(?:\s+discussion)?|colloqui(?:um|a)|talks|negotiations|n[ée]gociations|"
    r"negociaciones|pourparlers|conversaciones|conversatorio|training(?:\s+session)?|formation|"
    r"capacitaci[óo]n|launch|lancement|lanzamiento|c[ée]l[ée]brations?|celebrations?|"
    r"commemorations?|comm[ée]morations?|conmemoraci[óo]n|visit|visite|visita|hackathon|"
    r"festival|concert|concierto|"
    # a signing, a lecture or a presentation held as an event: "the signing of the agreement
    # will take place on …", "la signature de l'accord aura lieu le …", "la firma del acuerdo
    # se realizará el …"
    r"signing|signature|firma|suscripci[óo]n|lecture|presentation|pr[ée]sentation|"
    r"presentaci[óo]n)(?=[^.;]{0,60}?\b(?:will\s+(?:be\s+held|take\s+place|resume)|"
    r"(?:is|are)\s+scheduled|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+d[ée]roulera|"
    r"reprendront|se\s+celebrar[áa]n?|tendr[áa]n?\s+lugar|se\s+llevar[áa]n?\s+a\s+cabo|"
    r"se\s+realizar[áa]n?|se\s+reanudar[áa]n?)\b)|"
    r"(?:high-level|ministerial|opening|closing)\s+segment|"
    # "a high-level event on 14 March", not "in the event that"
    r"(?<!in\sthe\s)event|[ée]v[ée]nement|evento|"
    # "two open mornings for students", "une journée portes ouvertes", "jornada de puertas abiertas"
    r"open\s+(?:days?|mornings?|afternoons?)|journ[ée]es?\s+portes\s+ouvertes|"
    r"jornadas?\s+de\s+puertas\s+abiertas|"
    r"s[ée]minaire|colloque|seminario|coloquio|mesa\s+redonda|"
    # the Spanish plurals too: "Período Ordinario de Sesiones", "las reuniones preparatorias"
    r"reuni[óo]?n(?:es)?|sesi[óo]?n(?:es)?|conferencia|taller|consulta|CoP\s?\d{1,2}|MoP\s?\d{1,2}|"
    r"se\s+r[ée]unira|will\s+(?:also\s+|again\s+)?(?:meet|convene)|se\s+reunir[áa]|"
    # the infinitive, a meeting asked for or planned: "de se réunir virtuellement en janvier"
    r"se\s+r[ée]unir|reunirse|"
    # a body that "meets on 14 March", "se réunit le …", "se reúne el …"
    r"(?:meets|convenes)\s+(?:on|in|at|from|for|again)|se\s+r[ée]unit|se\s+re[úu]ne|"
    # the infinitive and the subjunctive: "is expected to meet on 3 June", "proposes that the
    # Committee meet on …", "que le Comité se réunisse le …", "que el Comité se reúna el …"
    r"meet\s+(?:again\s+)?(?:on|from|between)|se\s+r[ée]unisse(?:nt)?|se\s+re[úu]nan?)s?\b",
    re.IGNORECASE,
)


FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+scheduled|are\s+scheduled|to\s+be\s+held|invited\s+to|"
    r"take\s+place|upcoming|next|forthcoming|convene|se\s+tiendra|aura\s+lieu|se\s+celebrar[áa]|"
    r"tendr[áa]\s+lugar|invit[ée]|plan(?:ned)?\s+to|s['’]ouvrira|commencera|d[ée]butera|"
    r"se\s+r[ée]unira|se\s+d[ée]roulera|comenzar[áa]|se\s+inaugurar[áa]|se\s+llevar[áa]\s+a\s+cabo|"
    # the plural and the present of a schedule, and the passive of a meeting called: "the
    # meeting is convened for …", "has been scheduled", "auront lieu", "se convoca a …"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:convened|scheduled|planned|"
    r"organi[sz]ed|called|arranged|set\s+for|fixed\s+for)|(?:pleased|glad|honou?red?)\s+to\s+(?:announce|invite)|"
    r"(?:opens|begins|starts|commences|meets|convenes)\s+(?:on|at)|"
    r"auront\s+lieu|se\s+tiendront|se\s+d[ée]rouleront|se\s+r[ée]uniront|"
    r"(?:est|sont|sera|seront)\s+(?:convoqu[ée]e?s?|pr[ée]vue?s?|organis[ée]e?s?)|"
    r"(?:ser[áa]n?|quedan?)\s+convocad[oa]s?|"
    # "la cérémonie prévue le 2 février", "la reunión prevista para el 3 de mayo"
    r"pr[ée]vue?s?\s+(?:le|les|du|pour\s+le)|previst[oa]s?\s+(?:para\s+)?(?:el|del)|"
    # a body that holds or hosts it: "le Comité tiendra sa 51e réunion", "el Consejo
    # celebrará una sesión", "la Secretaría organizará un taller"
    r"tiendra|tiendront|organisera|organiseront|accueillera|celebrar[áa]n?|realizar[áa]n?|"
    r"organizar[áa]n?|"
    # the present of an announcement, the day right after the verb: "X and Y organise, on 5
    # December, the extraordinary meeting …", "organisent, le 5 décembre …", "organiza el …"
    r"(?:organi[sz]es?|organisent|organizan?)\s*,?\s+(?:on|le|les|du|el|los|del|from)\s+(?=\w*\d)|"
    # the host's pleasure to come: "je serai heureux de vous recevoir", "nous serons ravis de"
    r"(?:serai|serais|serons|serions)\s+(?:tr[èe]s\s+)?(?:heureux|heureuses?|ravie?s?)|"
    r"se\s+celebrar[áa]n|tendr[áa]n\s+lugar|se\s+convoca|se\s+realizar[áa]n?|se\s+efectuar[áa]n?|(?:est[áa]n?|ha\s+sido|han\s+sido)\s+"
    r"(?:convocad[oa]s?|previst[oa]s?|programad[oa]s?))\b",
    re.IGNORECASE,
)


PAST = re.compile(
    r"\b(?:was\s+held|were\s+held|took\s+place|this\s+morning['’]s|last\s+week|"
    r"s['’]est\s+tenue|se\s+celebr[óo]|thank\s+you\s+for)\b",
    re.IGNORECASE,
)


TENTATIVE = re.compile(
    r"\b(?:if\s+needed|if\s+necessary|if\s+required|tentative(?:ly)?|probably|provisionally|"
    # "subject to confirmation", "provisoirement fixée au …", "provisionalmente"
    r"subject\s+to\s+confirmation|sous\s+r[ée]serve\s+de\s+confirmation|"
    r"sujet[oa]s?\s+a\s+confirmaci[óo]n|provisoirement|provisionalmente|tentativamente|"
    r"to\s+be\s+confirmed|[àa]\s+confirmer|por\s+confirmar|"
    r"could\s+be\s+held|would\s+be\s+held|si\s+n[ée]cessaire|de\s+ser\s+necesario|"
    # a meeting that may be held: "may be held on …", "pourrait se tenir le …", "podría
    # celebrarse el …", "subject to the availability of funds"
    r"(?:may|might|could)\s+(?:be\s+held|take\s+place|be\s+convened)|"
    r"pourrai(?:t|ent)\s+(?:se\s+tenir|avoir\s+lieu|être\s+organis[ée]e?s?)|"
    r"podr[íi]an?\s+(?:celebrarse|realizarse|llevarse\s+a\s+cabo|tener\s+lugar)|"
    r"subject\s+to\s+(?:the\s+)?availability\s+of\s+(?:funds|funding|resources))\b",
    re.IGNORECASE,
)


POSTPONED = re.compile(
    r"\b(?:postpone[ds]?|postponement|report[ée]e?s?|report\s+d[eu]|ajourn[ée]e?s?|aplazad[oa]s?|"
    r"aplazar|aplazamiento|rescheduled|moved\s+(?:to|from)|d[ée]plac[ée]e?s?\s+au|trasladad[oa]s?\s+al|"
    # the day a meeting had before it was moved: "originally scheduled for 10 February, will
    # now be held on …", "initialement prévue le …", "inicialmente prevista para el …"
    # "has been deferred", "ha sido postergada", "quedó pospuesta", "reprogramada",
    # "reprogrammé", "diferida"
    r"deferred|put\s+off|postergad[oa]s?|pospuest[oa]s?|reprogramad[oa]s?|"
    r"reprogramm[ée]e?s?|diferid[oa]s?|"
    r"originally\s+(?:scheduled|planned|foreseen)|initialement\s+(?:pr[ée]vue?s?|programm[ée]e?s?)|"
    r"(?:inicial|original)mente\s+(?:previst|programad)[oa]s?|"
    # put off with no new day: "suspended until further notice", "queda suspendida",
    # "suspendue jusqu'à nouvel ordre"
    r"not\s+(?:take\s+place|be\s+held)\s+as\s+(?:planned|scheduled|foreseen|originally)|"
    r"suspended\s+until\s+further\s+notice|suspendue?s?\s+jusqu['’][àa]\s+nouvel\s+(?:ordre|avis)|"
    r"(?:queda|quedan|ha\s+sido|han\s+sido)\s+suspendid[oa]s?|suspendid[oa]s?\s+hasta\s+nuevo\s+aviso)\b",
    re.IGNORECASE,
)


CANCELLED = re.compile(
    r"\b(?:cancell?ed|cancel|annul[ée]e?s?|cancelad[oa]s?|called\s+off|"
    # "will not take place", "n'aura pas lieu", "no se realizará", "no tendrá lugar"
    # (not "will not take place as planned": put off)
    r"will\s+not\s+(?:take\s+place|be\s+held)(?!\s+as\s+(?:planned|scheduled|foreseen|"
    r"originally))|n['’]aura\s+pas\s+lieu|ne\s+se\s+tiendra\s+pas|"
    # "will no longer take place", "n'aura plus lieu", "ya no se celebrará"
    r"will\s+no\s+longer\s+(?:take\s+place|be\s+held)|n['’]aura\s+plus\s+lieu|"
    r"ne\s+se\s+tiendra\s+plus|ya\s+no\s+se\s+(?:celebrar|realizar|llevar)[áa]|"
    r"no\s+(?:se\s+(?:realizar|celebrar|efectuar)[áa]|se\s+llevar[áa]\s+a\s+cabo|tendr[áa]\s+lugar))\b",
    re.IGNORECASE,
)


RELATIVE = re.compile(
    r"\b(?:the\s+following\s+week|next\s+week|later\s+(?:this|in)\s+\w+|next\s+year|"
    r"l['’]ann[ée]e\s+prochaine|el\s+(?:pr[óo]ximo\s+a[ñn]o|a[ñn]o\s+pr[óo]ximo)|"
    r"la\s+semaine\s+suivante|la\s+semana\s+siguiente)\b",
    re.IGNORECASE,
)


INFORMAL = re.compile(r"\binformal\b", re.IGNORECASE)


def status_of(sentence) -> str:
    if CANCELLED.search(sentence):
        return "cancelled"
    if POSTPONED.search(sentence):
        return "postponed"
    if TENTATIVE.search(sentence):
        return "tentative"
    return "scheduled"


FIELD_LABEL = re.compile(r"^\s*(?:Subject|Objet|Sujet|Asunto|Re|Ref|Title)\s*:\s*", re.IGNORECASE)


# What a meeting is of or on, after the word that names it: "session of the Commission on
# Crime Prevention and Criminal Justice", "consultation on the implementation of …",
# "réunion du Conseil", "Reunión Plenaria de la COPPPAL"; up to a clause, a day or a place.
_NOT_OF_A_TITLE = (
    # "in" and "en" open a place, not "Trafficking in Persons" nor "la mise en œuvre"
    r"(?!(?:which|that|who|to|will|shall|is|are|was|were|at|from|held|qui|que|se|"
    r"in(?![ \t]+(?:Persons|Human|Women))|en(?![ \t]+(?:œuvre|oeuvre|materia))|"
    r"being|having|has|have|had|aura|auront|sera|seront|à|au|dans|durante|celebrad[oa]|"
    # "and" joins the words of a name ("Crime Prevention and Criminal Justice"), or a clause
    r"tendr[áa]|con|with|by|during|between|entre|hasta|until|or|ou|o|"
    # "on" before a day opens the date: "the regional group on 13 October"
    r"on(?=[ \t]+\d)|"
    r"(?:and|et|y)(?![ \t]+(?-i:[A-ZÀ-Ý])))\b)"
)
COMPLEMENT = re.compile(
    # a name's capitalised words, or one adjective after the noun ("seminario técnico",
    # "réunion extraordinaire"), not a participle ("meeting scheduled for")
    r"(?:(?:[ \t]+(?-i:[A-Z][\w-]*))+|[ \t]+" + _NOT_OF_A_TITLE + r"(?-i:[a-zà-ÿ][\w-]*)(?<!ed))?"
    r"[ \t]+(?:of|on|for|de|du|des|del|sobre|sur|pour|para|d['’])(?:[ \t]+|(?<=['’]))"
    r"(?:" + _NOT_OF_A_TITLE + r"[^\s,;:.()\[\]\d]+[ \t]*){1,20}",
    re.IGNORECASE,
)


# The last article before the word naming the meeting: the title starts after it.
ARTICLE_BEFORE = (
    r"^(?:.*\b(?:the|a|an|our|its|la|le|el|une|un|al|au|aux|del|du|des|los|las|les)\s+|.*\bl['’])"
)


def title_around(sentence, match):
    if match is None:
        return sentence.strip()[:80]
    # a heading's field label names no meeting: "Subject: Fifth meeting of …"
    heading = FIELD_LABEL.match(sentence)
    words = sentence[heading.end() if heading else 0 : match.end()].split()
    title = " ".join(words[-6:])
    title = re.sub(ARTICLE_BEFORE, "", title, flags=re.I)
    title = title.strip(" ,;:()") or match.group(0)
    complement = COMPLEMENT.match(sentence, match.end())
    if complement:
        title += " " + " ".join(complement.group(0).split())
    return title


# The day a meeting is put off to: "has been postponed to 27 October", "rescheduled for …",
# "will now be held on …", "reportée au 5 mai", "aplazada al 3 de junio".
NEW_DAY = re.compile(
    r"\b(?:(?:postponed|rescheduled|moved|deferred|put\s+off)\s+(?:to|until|till|for)|now\s+be\s+held|"
    r"(?:report[ée]e?s?|d[ée]plac[ée]e?s?)\s+(?:au|[àa])|"
    r"(?:aplazad[oa]s?|trasladad[oa]s?|pospuest[oa]s?|postergad[oa]s?)\s+"
    r"(?:al|para\s+el|hasta\s+el)|"
    # "reprogrammé du 14 au 16 avril", "reprogramada para el 3 de junio": the new days
    r"reprogramm[ée]e?s?|reprogramad[oa]s?)\b"
    r"[^.;]{0,25}?(?:on|le|el|from|du|del)?\s*(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# The day a meeting put off will be held instead, after its first day: "originally planned
# for 24 April, is being rescheduled and will be held from 5 to 9 June", "inicialmente prevista
# para el 22 de septiembre, se celebrará del 29 de septiembre …".
HELD_INSTEAD = re.compile(
    r"\b(?:will\s+(?:now\s+)?(?:be\s+held|take\s+place|convene|meet)|se\s+(?:celebrar[áa]n?|"
    r"tiendr(?:a|ont)|llevar[áa]n?\s+a\s+cabo|realizar[áa]n?|d[ée]roulera)|auront?\s+lieu|"
    r"tendr[áa]n?\s+lugar)\b[^.;]{0,30}?(?:on|le|les|el|los|from|du|del|between|entre)?\s*"
    r"(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# The new day of a meeting moved from its old one: "postponed from 3 June to 7 June",
# "reportée du 3 juin au 10 juin", "aplazada del 3 de junio al 10 de junio".
MOVED_FROM_TO = re.compile(
    r"\b(?:postponed|moved|rescheduled|deferred|changed|report[ée]e?s?|d[ée]plac[ée]e?s?|"
    r"reprogramm[ée]e?s?|aplazad[oa]s?|trasladad[oa]s?|pospuest[oa]s?|postergad[oa]s?|"
    r"reprogramad[oa]s?)\s+(?:from|du|del)\s+[^.;]{1,40}?\s+(?:to|until|au|al|hasta\s+el)\s*$",
    re.IGNORECASE,
)


def new_day(text, sentence_start, date_start) -> bool:
    """Whether the day at ``date_start`` is the one a meeting put off is moved to: "postponed
    to …", or a day the meeting "will be held" on after the postponement is told."""
    if NEW_DAY.search(text, max(0, date_start - 60), date_start):
        return True
    if MOVED_FROM_TO.search(text, max(sentence_start, date_start - 80), date_start):
        return True
    held = HELD_INSTEAD.search(text, max(sentence_start, date_start - 60), date_start)
    return bool(held and POSTPONED.search(text, sentence_start, held.start()))


# A session named in a post is no meeting: "the President of the sixty-first session of the
# General Assembly", "le Président de la 68e session".
IN_A_POST = re.compile(
    r"\b(?:President|Vice-President|Chair(?:man|person|woman)?|Pr[ée]sident(?:e)?|"
    # a body's secretariat is no meeting: "the Secretariat of the Conference of the Parties"
    r"Presidente|Bureau|Mesa|Secretariat|Secr[ée]tariat|Secretar[íi]a)\s+(?:of|de|del)\s+"
    r"(?:the\s+|la\s+|le\s+)?"
    # not the post of one invited to the meeting: "le Président de la République au Sommet"
    r"(?:(?!(?:to|at|au|aux|à|al|a|en|in)\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A UN document's heading names the session of its series: "Sixty-first session / Agenda
# item 105 (e)", "Trigésimo cuarto período de sesiones / Temas 46 y 55 del programa".
SERIES_HEADING = re.compile(
    r"\s*(?:Agenda\s+items?|Items?\s+\d+\s+of\s+the\s+(?:provisional\s+)?agenda|"
    r"Points?\s+\d+\s+de\s+l['’]ordre|Temas?\s+\d+)\b",
    re.IGNORECASE,
)


# Elections held at a session are no meeting of their own; the session only says when
# they are: "the elections to be held during the sixty-first session of the General
# Assembly in May 2007", "élections qui auront lieu lors de la soixantième session".
ELECTIONS_HELD = re.compile(
    r"\b(?:elections?|[ée]lections?|elecci[óo]n(?:es)?)\b[^.;]{0,60}?\b(?:to\s+be\s+held|will\s+be"
    r"\s+held|qui\s+auront\s+lieu|se\s+tiendront|que\s+se\s+celebrar[áa]n?)\b",
    re.IGNORECASE,
)


AS_A_FRAME = re.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of|lors\s+de|pendant|durante|en)\s+(?:the|its|la|le|el|"
    r"su)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A session's name before the papers of it names no meeting: "the final mailing of Ramsar
# COP8 documents will be done on …", "les documents de la CoP18".
OF_THE_SESSION = re.compile(
    r"\s+(?:documents?|decisions?|resolutions?|papers|website|web\s+page|reports?|mailing)\b",
    re.IGNORECASE,
)


# A body named as the object of another's words is not the one whose sitting is held: "the
# first elections to the Council will be held on 9 May", "les élections au Conseil auront lieu …".
BODY = re.compile(
    r"council|conseil|consejo|assembly|assembl[ée]e|asamblea|congress|congr[èe]s|congreso|"
    r"cabinet|gabinete",
    re.IGNORECASE,
)
BODY_AS_OBJECT = re.compile(
    r"\b(?:to|for|at|in|into|of|with|by|on|au|aux|à|du|des|de|al|del|en|a|con|par|pour|para|"
    r"sur|por)\s+(?:(?:the|la|le|les|el|los|las|its|their|this)\s+|l['’])?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# The body one is invited or called to is the sitting itself: "to invite you to the Ordinary
# Congress, which will take place on …", "vous convier à l'Assemblée générale qui se tiendra
# le …", "invitarles al Congreso Ordinario, que tendrá lugar el …".
INVITED_TO = re.compile(
    r"\b(?:invite|inviting|invited|convene|convening|summon|invit(?:er|ons|e|é|ée|és|ées)|"
    r"convier|convions|convoquer|convoquons|invitar(?:les|le|la|los|las)?|invitamos|invito|"
    r"convocar(?:les|le|los)?|convocamos|convoco)\s+"
    r"(?:(?:you|them|all|members|delegates|vous|les|ustedes|a\s+ustedes|todos)\s+)*"
    r"(?:to|al|a|à|au|aux)\s+(?:(?:the|la|le|les|el|los|las|its|this)\s+|l['’])?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A meeting word that names a room is a place, not a meeting: a request for "a meeting room
# for about 20 persons" announces none, nor do "Conference Room 4", "the conference
# facilities", "une salle de réunion", "una sala de conferencias".
ROOM_AFTER = re.compile(r"[ \t]+(?:rooms?|halls?|spaces?|facilities)\b", re.IGNORECASE)
ROOM_BEFORE = re.compile(r"\b(?:salles?|salas?)[ \t]+(?:de[ \t]+)?$", re.IGNORECASE)


def _names_a_room(sentence, match) -> bool:
    return bool(
        ROOM_AFTER.match(sentence, match.end())
        or ROOM_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
    )


# The body that took a decision a letter cites, and the session it took it at, hold no
# meeting: "Resolution 8/4 adopted by the Conference of the Parties at its eighth meeting, a
# workshop will …", "la décision prise par la Conférence des Parties à sa huitième réunion".
AGENT_OF_A_DECISION = re.compile(
    r"\b(?:(?:adopted|approved|taken|endorsed|established|agreed)\s+(?:by|at)|"
    r"(?:adopt|approuv|pris|d[ée]cid)[ée]?e?s?\s+(?:par|[àa])|"
    r"(?:adoptad|aprobad|tomad)[oa]s?\s+(?:por|en))\s+"
    r"(?:(?!(?:will|shall|be|is|are|was|were|sera|ser[áa])\b)[\w’'-]+\s+){0,5}?"
    r"(?:(?:at|[àa]|en)\s+(?:its|sa|son|su)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)


# A clause after a comma that says when the body itself sits: "at the close of the
# Congress, to be held in Lima from …", "au Congrès, qui se tiendra à …", "del Congreso, que
# tendrá lugar el …".
SITTING_CLAUSE = re.compile(
    r"[^.;,]{0,60},\s+(?:to\s+be\s+held|which\s+will\s+(?:be\s+held|take\s+place)|"
    r"qui\s+(?:se\s+tiendra|aura\s+lieu)|que\s+(?:tendr[áa]\s+lugar|se\s+celebrar[áa]|"
    r"se\s+realizar[áa]|se\s+llevar[áa]\s+a\s+cabo))\b",
    re.IGNORECASE,
)


# What is held is the election to the body, not its sitting: "the elections to the Human
# Rights Council, to be held on …", "su candidatura al Consejo, que tendrá lugar …".
ELECTED_TO = re.compile(
    r"\b(?:elections?|[ée]lections?|elecci[óo]n(?:es)?|candidac(?:y|ies)|candidatures?|"
    r"candidaturas?|membership)\b[^.;]{0,50}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def meeting_word(sentence):
    """The first word of the sentence that names a meeting, not one in a post or in a
    document's heading, nor the session at which elections are held. Kept for the reading
    (``plenipo.reading.reader`` clears it): a sentence is asked again as the one before
    the next, and an undated letter's meetings are read twice."""
    elections = ELECTIONS_HELD.search(sentence)
    for match in caseless(MEETING_WORDS).finditer(sentence):
        if IN_A_POST.search(sentence, 0, match.start()) or SERIES_HEADING.match(
            sentence, match.end()
        ):
            continue
        if elections and AS_A_FRAME.search(sentence, 0, match.start()):
            continue
        if AGENT_OF_A_DECISION.search(sentence, max(0, match.start() - 160), match.start()):
            continue
        if OF_THE_SESSION.match(sentence, match.end()) or _names_a_room(sentence, match):
            continue
        if (
            BODY.fullmatch(match.group(0))
            and BODY_AS_OBJECT.search(sentence, 0, match.start())
            and not INVITED_TO.search(sentence, 0, match.start())
            and not (
                SITTING_CLAUSE.match(sentence, match.end())
                and not ELECTED_TO.search(sentence, max(0, match.start() - 60), match.start())
            )
        ):
            continue
        return match
    return caseless(INFORMAL).search(sentence) or caseless(HOSTING).search(sentence)


# A head of state or minister who will receive the addressee names a visit, where the
# sentence names no meeting: "I would be happy to welcome you to Paris", "de vous accueillir
# le 15 juillet à Paris", "tendré el gusto de recibirle en Lima".
HOSTING = re.compile(
    r"\b(?:welcome|welcoming|receive|receiving|host|hosting)\s+you\s+(?:to|in|at)\b|"
    # or meet them: "the opportunity to meet you in Brussels on …", "vous rencontrer à …",
    # "reunirme con usted en …"
    r"\bmeet\s+(?:with\s+)?you\s+(?:in|at|on)\b|\bvous\s+rencontrer\b|"
    r"\breunirme\s+con\s+usted\b|"
    r"\bvous\s+(?:accueillir|recevoir|accueillerai|recevrai|accueillerons|recevrons)\b|"
    r"\b(?:recibirle|recibirla|recibirlo|acogerle)\b|\ble\s+recibir[ée]\b",
    re.IGNORECASE,
)


# A meeting whose day is still to be fixed: "on a date later to be determined", "à une date
# à fixer", "en una fecha por determinar".
DAY_TO_BE_FIXED = re.compile(
    r"\b(?:on|at|for)\s+a\s+(?:later\s+)?date\s+(?:later\s+)?to\s+be\s+(?:determined|fixed|"
    r"announced|decided|confirmed|agreed)|[àa]\s+une\s+date\s+(?:ult[ée]rieure|[àa]\s+"
    r"(?:d[ée]terminer|fixer|pr[ée]ciser|confirmer))|en\s+(?:una\s+)?fecha\s+(?:por|a)\s+"
    r"(?:determinar|definir|confirmar|fijar)|"
    # "will be held at a later date", "en una fecha posterior"
    r"\b(?:on|at)\s+a\s+later\s+date|en\s+una\s+fecha\s+(?:posterior|ulterior)",
    re.IGNORECASE,
)


# A time to come given only roughly: "in the second quarter of 2032", "early next year",
# "au début de l'année prochaine", "a mediados de 2032".
VAGUE_TIME = re.compile(
    r"\b(?:in\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of|"
    r"(?:in\s+)?(?:early|mid|late)[- ](?:next\s+year|20\d\d)|"
    r"(?:at\s+)?the\s+(?:beginning|start|end)\s+of\s+(?:next\s+year|20\d\d)|"
    r"au\s+(?:d[ée]but|cours)\s+de\s+l['’]ann[ée]e\s+prochaine|[àa]\s+la\s+fin\s+de\s+l['’]ann[ée]e|"
    r"au\s+(?:premier|second|deuxi[èe]me|troisi[èe]me|quatri[èe]me)\s+(?:trimestre|semestre)|"
    r"(?:en\s+el|durante\s+el)\s+(?:primer|segundo|tercer|cuarto)\s+(?:trimestre|semestre)|"
    r"a\s+(?:principios|mediados|finales)\s+(?:del?\s+)?(?:pr[óo]ximo\s+a[ñn]o|20\d\d)|"
    # a visit for when the guest can come: "as soon as your schedule allows", "dès que votre
    # agenda le permettra", "tan pronto como su agenda lo permita"
    r"as\s+soon\s+as\s+(?:your|his|her|their)\s+(?:schedule|agenda|diary|commitments)\s+"
    r"(?:allows?|permits?)|d[èe]s\s+que\s+(?:votre|son|leur)\s+(?:agenda|emploi\s+du\s+temps)\s+"
    r"le\s+permet(?:tra|trait)|tan\s+pronto\s+como\s+su\s+agenda\s+lo\s+permita)",
    re.IGNORECASE,
)


def undated_status(sentence, dated, relative, own_day, status) -> str | None:
    """The status of a meeting the sentence gives without a day: put off or called off
    ("the Council has deemed it opportune to postpone the proposed conference"), or to be
    held on a day still to be fixed (tentative); else None."""
    if not dated and not relative and status in ("postponed", "cancelled"):
        return status
    ahead = [d for d in dated if not (own_day and d.last and d.last < own_day)]
    if not ahead and not relative and caseless(DAY_TO_BE_FIXED).search(sentence):
        return "tentative"
    if not dated and not relative and status == "tentative" and VAGUE_TIME.search(sentence):
        return status  # "will be held in the second quarter of 2032"
    return None


# The day a term of office or a measure takes effect is no meeting's: "for a three-year term,
# formally beginning on 1 January 2033", "un mandat de deux ans commençant le 1er janvier",
# "with effect from 1 July", "effective as of 3 May", "con efecto a partir del 1 de enero".
TAKES_EFFECT = re.compile(
    r"(?:\b(?:term|mandate|mandat|mandato)\b[^.;]{0,60}?\b(?:beginning|starting|commencing|"
    r"begins|starts|commences|d[ée]butant|commen[çc]ant|a\s+partir\s+del?)|"
    r"\bwith\s+effect\s+(?:from|as\s+of)|\beffective\s+(?:from|as\s+of|on)|"
    r"\bavec\s+effet\s+(?:au|[àa]\s+compter\s+du)|\bcon\s+efecto\s+(?:a\s+partir\s+)?del?|"
    # a rule that applies, or papers made available, from a day: "will apply from 3 June",
    # "s'appliqueront à compter du …", "will be available on …", "sera publié le …"
    r"\b(?:apply|applies|be\s+applicable|take\s+effect|come\s+into\s+effect|"
    r"(?:be|been|made)\s+(?:available|published|posted|issued|circulated|distributed)|"
    r"s['’]appliquer(?:a|ont)|ser(?:a|ont)\s+(?:disponibles?|publi[ée]e?s?|diffus[ée]e?s?)|"
    r"se\s+aplicar[áa]n?|estar[áa]n?\s+disponibles?|ser[áa]n?\s+(?:publicad|distribuid)[oa]s?)"
    r"(?:\s+(?:from|as\s+of|on|[àa]\s+compter\s+du|d[èe]s\s+le|[àa]\s+partir\s+du|le|"
    r"a\s+partir\s+del|desde\s+el|el))?)"
    r"\s*(?:on|le|el|the)?\s*(?:\w+,?\s+)?$",
    re.IGNORECASE,
)


# A day right before a salutation is the dateline of a letter the text reproduces or
# encloses ("… / 01 March 2033 / Excellency, …"), not a meeting's.
SALUTATION_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:Excellency|Your\s+Excellency|Dear\s|Sir\b|Madam\b|Excellence\b|"
    r"Monsieur\b|Madame\b|Excelencia\b|Excelent[íi]sim[oa]\b|Señor\b|Señora\b|Estimad[oa]s?\b)"
)


def day_still_to_fix(sentence, dated) -> bool:
    """Whether the sentence bounds its meeting by months only and says its day is still to
    be fixed ("in late February 2032, on a date to be determined"): a meeting not yet fixed."""
    return (
        bool(dated)
        and all(d.month_only for d in dated)
        and bool(caseless(DAY_TO_BE_FIXED).search(sentence))
    )
