"""More ways letters ask (wave 9): request cues in English, French and Spanish that senders
commonly write beyond the corpus's letters, and forms that only look like requests. Pure.

``more_cues`` finds them beside ``plenipo.reading.request_cues.REQUEST``; ``asks_nothing_more``
is read by ``plenipo.reading.requests`` with its own checks.
"""

import re
import sys

from plenipo.reading.caseless import Caseless, lowered
from plenipo.reading.lexicon import VERBS_ES, VERBS_FR

# A French or Spanish infinitive, reflexive or not: "soumettre", "s'inscrire",
# "inscribirse", "presentarlas".
_FR_INFINITIVE = r"(?:s['’]|se\s)?[a-zà-ÿ]{2,}(?:er|ir|re)\b"
_ES_INFINITIVE = r"[a-zá-úñ]{2,}(?:ar|er|ir)(?:se|l[aeo]s?|nos)?\b"
# The English verbs of requests, as the lexicon glosses them ("nominate", "send" …).
_ENGLISH_VERBS = "|".join(
    sorted(
        {verb for verb in (*VERBS_FR.values(), *VERBS_ES.values()) if " " not in verb},
        key=len,
        reverse=True,
    )
)
# Those a circular addresses, named as its subject.
_ADDRESSEES_FR = (
    r"(?:[ÉE]tats(?:\s+membres)?|Parties|Gouvernements|d[ée]l[ée]gations|d[ée]l[ée]gu[ée]s|"
    r"participants|Missions|Membres|candidats)"
)
_ADDRESSEES_ES = (
    r"(?:Estados(?:\s+miembros)?|Partes|Gobiernos|delegaciones|delegados|participantes|"
    r"Misiones|Miembros|candidatos)"
)

MORE_CUES = (
    # an invitation with any pronoun: "a le plaisir de les inviter à nommer …", "a
    # l'honneur de l'inviter à …"
    r"\b(?:plaisir|honneur)\s+de\s+(?:les|leur|lui|l['’])\s*inviter\b|"
    # "vous êtes prié(e)s de …", "sont invité(e)s à …": both genders written at once
    r"\b(?:est|sont|seront|[êe]tes)\s+(?:\w+\s+)?(?:invit|pri|encourag)[ée]\(e\)s?\s+(?:[àa]|de|d['’])|"
    # a passive duty in the future or the conditional: "Leurs nom et adresse devront être
    # communiqués au Secrétariat …", "les formulaires devraient être renvoyés …"
    r"\bdevr(?:a|ont|ait|aient)\s+[êe]tre\s+(?:\w+ment\s+)?(?:envoy|renvoy|retourn|soumis|transmis|"
    r"adress|communiqu|re[çc]u|remis|d[ée]pos|pr[ée]sent|rempli|compl[ée]t)|"
    r"\bdeber[íi]an\s+(?:ser\s+(?:enviad|remitid|presentad|recibid|comunicad)|enviarse|remitirse|"
    r"presentarse|recibirse|comunicarse)|"
    # a duty in the conditional, its subject those addressed: "Les Parties devraient
    # soumettre …", "Los Estados miembros deberían enviar …"
    rf"\b{_ADDRESSEES_FR}\s+devr(?:aient|ont)\s+(?=(?:(?:bien|donc|également)\s+)?{_FR_INFINITIVE})|"
    rf"\b{_ADDRESSEES_ES}\s+deber[íi]an\s+(?=(?:(?:también|por\s+tanto)\s+)?{_ES_INFINITIVE})|"
    # a duty stated: "Les participants sont tenus de s'inscrire …", "están obligados a …"
    r"\b(?:est|sont|[êe]tes|seront)\s+tenu(?:e|s|es)?\s+(?:de|d['’])\s|"
    r"\b(?:est[áa]n?|quedan?)\s+obligad[oa]s?\s+a\s|"
    # "Les pedimos que confirmen …", "Pedimos a los Miembros que se registren …", "Le
    # pido que …"
    r"\b(?:(?:les?|os)\s+)?pedimos\s+(?:a|que)\b|\b(?:les?|os)\s+pido\s+(?:a|que)\b|"
    # "Nous demandons aux Parties de …", "Il est demandé aux délégations de …", "Il vous est
    # demandé de …"
    r"\b(?:je|nous)\s+demand(?:e|ons)\s+(?:aux|au|à\s+(?:la|l['’]))\s*[^.;]{0,80}?\s(?:de|d['’])\s*"
    r"(?=[a-zà-ÿ])|\bil\s+(?:vous\s+|leur\s+)?est\s+(?:\w+ment\s+)?demand[ée]\s+(?:aux?\s+[^.;]{0,60}?\s)?"
    r"(?:de|d['’])|"
    # "Los Estados Miembros están invitados a presentar …", "quedan invitados a …"
    r"\b(?:est[áa]n?|quedan?)\s+(?:\w+mente\s+)?(?:invitad|convocad)[oa]s?\s+a\b|"
    # "Les délégations voudront bien s'inscrire …"
    r"\bvoudr(?:a|ont)\s+bien\s+(?!(?:\w+\s+)?(?:agr[ée]er|accepter|croire|trouver)\b)|"
    # "Il est rappelé aux délégations qu'elles doivent …"
    r"\brappel[ée]\s+aux?\s+[^.;]{0,80}?\bqu['’](?:ils|elles)\s+doivent\s+(?=[a-zà-ÿ'’]{3})|"
    # an aside between the cue and what is asked: "Governments are invited, if they have not
    # already done so, to ratify …", "sont invités, s'ils ne l'ont pas encore fait, à …"
    r"\b(?:is|are)\s+(?:\w+ly\s+|also\s+)?(?:requested|invited|encouraged|urged|asked),\s+"
    r"[^.;]{1,100}?,\s+to\s+[a-z]{3}|"
    r"\b(?:invit|pri|encourag)[ée]e?s?,\s+[^.;]{1,100}?,\s+(?:[àa]|de|d['’])\s*[a-zà-ÿ]{3}|"
    # a help or a support asked for: "to request your Government's strong support for …",
    # "We seek your cooperation in …", "solliciter votre bienveillant appui"
    # (the writers named with it: "We seek …" is theirs to ask, not a charge laid on them)
    r"(?:\b(?:I|we)\s+(?:\w+\s+)?)?\b(?:request|seek|solicit|ask\s+for)\s+(?:your|Your\s+Excellency['’]s)\s+"
    r"(?:\w+['’]s\s+)?(?:\w+\s+)?(?:support|cooperation|co-operation|assistance|help|"
    r"collaboration|understanding|consideration)\b|"
    r"(?:\b(?:je|nous)\s+)?\bsollicit(?:e|ons|er)\s+(?:votre|vos)\s+(?:\w+\s+)?(?:appui|soutien|concours|aide|"
    r"collaboration|coop[ée]ration|bienveillance)\b|"
    # what is sent must hold: "All nominations should indicate the field of expertise …",
    # "Applications must include a CV"; those who send it: "Candidates should submit …"
    r"\b(?:nominations|applications|submissions|proposals|candidatures|replies|responses)\s+"
    r"(?:should|must|shall)\s+(?:\w+ly\s+|also\s+)?(?:indicate|include|contain|specify|state|"
    r"mention|list|describe|be\s+accompanied\s+by|arrive|be\s+received)\b|"
    r"\b(?:applicants|candidates|nominators|nominees|authors|speakers|presenters|exhibitors|"
    r"those\s+(?:wishing|interested|intending|planning)\b[^.;,]{0,60}?)\s+(?:should|must)\s+"
    r"(?:\w+ly\s+|also\s+)?(?:submit|send|register|apply|provide|complete|contact|indicate|"
    r"include|attach|return|inform|confirm|notify)\b|"
    # the presence asked: "Your presence is requested at the opening ceremony"
    # (not a forecast: "Attendance is expected to exceed 500")
    r"\b(?:presence|attendance)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:requested|required|expected)\b"
    r"(?!\s+to\b)|"
    # a registration required: "Online registration is required for the Health Assembly",
    # "Registration is mandatory for all participants"
    # (not "No registration is required", "No prior registration is required")
    r"(?<!\bno\s)(?<!\bno\sprior\s)(?<!\bno\sonline\s)\bregistration\s+(?:is|will\s+be)\s+(?:now\s+|also\s+)?(?:required|mandatory|compulsory|"
    r"obligatory)\b|"
    # what the writer awaits: "I look forward to your reply", "… to an early response"
    # (not a courtesy's hope: "I look forward to your positive response to this letter")
    r"(?:\b(?:I|we)\s+)?\blook(?:s|ing)?\s+forward\s+to\s+(?:your|an?|their|its)\s+"
    r"(?:early\s+|prompt\s+|timely\s+)?(?:reply|replies|response|responses|answer|"
    r"confirmation|comments|feedback|nominations?|contributions?|views|input)\b|"
    # "L'inscription en ligne est désormais obligatoire", "La inscripción es obligatoria"
    r"\b(?:inscription|enregistrement|inscripci[óo]n|registro)\s+(?:en\s+(?:ligne|l[ií]nea)\s+|pr[ée]alable\s+|"
    r"previa\s+)?(?:est|sera|es|ser[áa])\s+(?:d[ée]sormais\s+|ahora\s+)?obligato(?:ire|ria|rio)\b|"
    # what is called for, in the passive: "Nominations are invited for …", "Comments are
    # welcome until 3 May", "Expressions of interest are sought"
    r"\b(?:nominations|applications|proposals|comments|submissions|contributions|offers|"
    r"candidatures|expressions\s+of\s+interest)\s+(?:are|is)\s+(?:hereby\s+|now\s+|also\s+|"
    r"therefore\s+)?(?:invited|welcome|welcomed|sought|solicited)\b(?!\s+(?:to|by\s+the)\b)|"
    # a recommendation to the addressees: "It is recommended that participants book …",
    # "Delegates are strongly recommended to …", "Se recomienda a los participantes …"
    r"\bit\s+is\s+(?:\w+ly\s+|also\s+)?recommended\s+that\b|"
    r"\b(?:is|are)\s+(?:\w+ly\s+|also\s+)?recommended\s+to\s+[a-z]{3}|"
    r"\bse\s+(?:les?\s+)?(?:recomienda|encarece|exhorta)\s+(?:a\b|que\b|encarecidamente\b|"
    r"(?=[a-zá-úñ]+(?:ar|er|ir)(?:se)?\b))|"
    # the writer's own call, in French and Spanish: "J'invite les États membres à …",
    # "Nous encourageons vivement les Parties à …", "Insto a los Estados a …"
    r"\b(?:j['’]|nous\s+)(?:invite|encourage|exhorte|engage|encourageons|exhortons|engageons)\s+"
    r"(?:(?:vivement|instamment|fortement|donc|également)\s+)?(?:les|tous|toutes|l['’]ensemble|"
    r"chaque|chacun)\b[^.;]{0,100}?\s(?:[àa]|de|d['’])\s*(?=[a-zà-ÿ])|"
    r"\b(?:invito|insto|exhorto|aliento|animo|instamos|exhortamos|alentamos|animamos|invitamos)\s+"
    r"(?:encarecidamente\s+|cordialmente\s+)?a\s+(?:los|las|todos|todas|cada|usted|ustedes|"
    r"su|sus|V\.)\b|"
    r"\bser[ií]a\s+de\s+agradecer\b|"
    # an invitation card's "R.S.V.P. by 3 May", "RSVP to protocol@…"
    r"\bR\.?\s?S\.?\s?V\.?\s?P\.?(?=\s*(?::|(?:by|before|to|avant|antes|no\s+later|not\s+later)\b))|"
    # a form to send back after an enclosure: "Please find attached the form and return it by
    # 3 May"
    r"\b(?:please|kindly)\s+(?:find|see)\s+[^.;]{0,150}?\band\s+(?:kindly\s+)?(?:return|send|"
    r"submit|forward|complete|sign)\b|"
    # "You will be required to present your passport …"
    r"\b(?:you|participants|delegates|delegations|applicants|candidates|visitors|all\s+\w+)\s+will\s+"
    r"(?:also\s+)?be\s+(?:required|expected|asked)\s+to\b|"
    r"\bbe\s+so\s+good\s+as\s+to\b|"
    # "Il serait apprécié que les Parties communiquent …"
    r"\bil\s+serait\s+(?:tr[èe]s\s+|grandement\s+)?(?:appr[ée]ci[ée]|souhaitable)\s+(?:que|qu['’]|de|d['’])|"
    # what must reach the writer, in French and Spanish: "Les candidatures doivent parvenir
    # au Secrétariat …", "deberán llegar a la Secretaría …", "deberán hacerse llegar …"
    r"\b(?:doi(?:t|vent)|devr(?:a|ont|ait|aient))\s+(?:nous\s+|lui\s+|leur\s+|me\s+)?parvenir\b|"
    r"\bdeb(?:e|en|er[áa]n?|er[íi]an?)\s+(?:llegar|hacerse\s+llegar|obrar\s+en\s+poder)\b|"
    # a passive duty with a reflexive: "Las candidaturas deben enviarse …", "han de enviarse"
    r"\b(?:deben?|ha(?:n)?\s+de)\s+(?:ser\s+(?:enviad|remitid|presentad|recibid|comunicad)|"
    r"enviarse|remitirse|presentarse|recibirse|comunicarse)|"
    # a duty as "to be done": "Les réponses sont à adresser au Secrétariat"
    r"\b(?:est|sont)\s+[àa]\s+(?:adresser|envoyer|renvoyer|retourner|transmettre|soumettre|"
    r"communiquer|remplir|compl[ée]ter|d[ée]poser|remettre|faire\s+parvenir)\b|"
    # "Je me permets de vous demander de confirmer …"
    r"\bvous\s+demander\s+(?:instamment\s+)?(?:de|d['’])\s*(?=[a-zà-ÿ])|"
    # a circular's heading of what it asks: "Action required: nominate a focal point by …"
    # (not "Action required: none", "Action requested: for information")
    r"\b(?:action\s+(?:requested|required|requise|demand[ée]e)|suite\s+[àa]\s+donner|"
    r"acci[óo]n\s+(?:solicitada|requerida))\s*:\s*(?!(?:nil|none|no\s+action|n/a|for\s+information|"
    r"pour\s+information|n[ée]ant|aucune|ninguna|para\s+informaci[óo]n)\b)"
    # what follows opens on a verb ("Nominate …", "désigner …"), not a subject's noun
    rf"(?=(?:{_ENGLISH_VERBS})\b|[a-zà-ÿ]{{2,}}(?:er|ir|re|ar)\b)|"
    # "I am asking you to …", "We are inviting all Parties to …"
    r"\b(?:I|we)\s+(?:am|are)\s+(?:\w+ly\s+|therefore\s+|now\s+)?(?:asking|requesting|inviting|urging|"
    r"encouraging|calling\s+(?:up)?on)\s+(?:you|your|all|the|each|every|Parties|Member|Governments|"
    r"States)\b|"
    r"\b(?:happy|glad)\s+to\s+invite\b|"
    # "Les invitamos cordialmente a participar …"
    r"\b(?:les?|los|las|os)\s+invit(?:o|amos)\s+(?:\w+mente\s+)?a\b|"
    # a question that asks, in the three languages: "Would you be able to …?",
    # "Pourriez-vous nous faire parvenir …?", "Auriez-vous l'amabilité de …", "¿Podría usted
    # enviarnos …?", "Tendría la amabilidad de …"
    r"\bwould\s+you\s+be\s+(?:able|willing|prepared|kind\s+enough)\s+to\b|"
    r"\bhave\s+the\s+kindness\s+to\b|"
    # (the question's hyphen: "vous pourriez vous interroger" is a statement)
    r"\bpourr(?:iez|ais)[-‐]vous\s+(?!(?:vous\s+)?(?:imaginer|croire)\b)|"
    r"\b(?:auriez[-\s]vous|ayez|avoir)\s+l['’](?:amabilit[ée]|obligeance)\s+de\b|"
    r"¿\s*podr[ií]an?\b|\bpodr[ií]an?\s+ustedes?\b|"
    r"\btendr[ií]an?\s+(?:usted(?:es)?\s+)?la\s+(?:amabilidad|bondad|gentileza)\s+de\b|"
    r"\bse\s+requiere\s+que\b|"
    # a duty laid on those a circular names: "Delegates must register …", "Heads of
    # delegation should …" (not a profile: "Nominees should have …")
    r"\b(?:delegates|attendees|observers|visitors|guests|recipients|NGOs|focal\s+points|"
    r"Heads\s+of\s+(?:delegations?|Missions?))\s+(?:should|must|are\s+required\s+to|need\s+to)\s+"
    r"(?!(?:not\s+)?(?:be\s+)?(?:aware|noted|have|possess|hold)\b)|"
    # "You are most welcome to attend the reception" (not "You are welcome to the meeting")
    r"\byou\s+are\s+(?:\w+\s+)?welcome\s+to\s+(?!(?:the|this|our|my)\b)[a-z]{3}|"
    # a note verbale's third person: "L'Ambassade … prie le Ministère de lui faire parvenir
    # …", "La Embajada … ruega a esa Secretaría …" (not "prie … d'agréer")
    r"\bprie\s+(?:[ée]galement\s+|aussi\s+|en\s+outre\s+|par\s+ailleurs\s+)?(?:le|la|les|l['’])\s*(?:(?!(?:de\b|d['’]))[\w’'-]+\s+){0,8}?(?:de\s+|d['’])"
    r"(?!(?:bien\s+vouloir\s+)?(?:agr[ée]er|croire|accepter|recevoir)\b)(?=[a-zà-ÿ])|"
    r"\bruega\s+a\s+(?:la|el|los|las|esa|ese|esas|esos|esta|este|usted|ustedes|Vuestra|V\.)(?!\w)|"
    # "I would like to take this opportunity to invite you to …"
    r"\b(?:opportunity|occasion)\s+to\s+(?:invite|ask|request|urge|encourage|remind)\s+(?:you|your|"
    r"all|the|each|every)\b|"
    # a wish that the addressee come or act: "Je souhaiterais vivement que vous puissiez
    # honorer de votre présence …", "Sería un honor contar con su presencia …"
    r"\b(?:souhait(?:e|ons|erais|erions)|esp[èe]re|esp[ée]rons|serai[st]?\s+(?:tr[èe]s\s+)?"
    r"(?:honor[ée]e?|heureux|heureuse)|serait\s+un\s+(?:grand\s+)?honneur)\s+(?:\w+ment\s+)?"
    r"que\s+vous\s+(?:puissiez|pourriez|acceptiez|vouliez)\b|"
    r"\b(?:espero|esperamos|deseo|desear[íi]a(?:mos)?|ser[íi]a\s+un\s+(?:gran\s+)?honor|me\s+honrar[íi]a)"
    r"\s+(?:\w+mente\s+)?(?:que\s+(?:usted\s+|Vuestra\s+Excelencia\s+)?(?:pueda|acepte|quiera)\b|"
    r"contar\s+con\s+su\s+(?:presencia|participaci[óo]n)\b)|"
    # an order to leave the country, told in the third person as notes declaring a diplomat
    # persona non grata do: "a demandé à l'Ambassadeur … de quitter le territoire", "lui
    # demander de quitter le pays", "est sommé de quitter …", "ha solicitado al Embajador
    # abandonar el país", "ordered him to leave the country"
    r"\b(?:demand|pri|somm|enjoi|ordonn|intim)\w*\s+(?:[^;]{0,100}?\s)?(?:de\s+|d['’])"
    r"(?=quitter\s+(?:le|la|l['’]|son|sa)\s*(?:\w+\s+)?(?:territoire|pays)\b)|"
    r"\b(?:solicit|ped|orden|intim|conmin)\w*\s+(?:[^;]{0,100}?\s)?(?:que\s+)?"
    r"(?=(?:abandon|salga|salir|sal)\w*\s+(?:de\s+)?(?:el|la|su|del)\s+(?:\w+\s+)?(?:territorio|pa[íi]s)\b)|"
    r"\b(?:asked|requested|ordered|instructed|told)\s+(?:(?:him|her|them)\s+)?to\s+"
    r"(?=leave\s+(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:territory|country)\b)|"
    # a list asked under "Please:" ("Please: / (a) complete the form; / (b) return it …")
    r"\b(?:please|kindly|veuillez|pri[èe]re\s+de|s[ií]rvase)\s*:\s*$"
)


def _alternatives(source: str) -> tuple[str, ...]:
    """The alternatives of a pattern's source, split at its top level."""
    found, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(source[start:index])
            start = index + 1
        index += 1
    return (*found, source[start:])


# Each cue is run only over a sentence that holds a piece of text it needs ("parvenir",
# "rsvp" …): forty more alternatives tried at every letter would slow the reader by a tenth.
CUES = _alternatives(MORE_CUES)
SCANS = tuple(Caseless(re.compile(cue, re.IGNORECASE)) for cue in CUES)
NEEDS = tuple(scan.fast_needs for scan in SCANS)


# A piece that holds a shorter one is tested as that one ("inviter" as "invit"): a few
# tests fewer for each sentence, the cue run a little more often.
_ALL_PIECES = {piece for needs in NEEDS if needs for piece in needs}


def _shortest_inside(piece: str) -> str:
    return min((other for other in _ALL_PIECES if other in piece), key=len)


TESTS = tuple(None if needs is None else frozenset(map(_shortest_inside, needs)) for needs in NEEDS)
PIECES = tuple(sorted({piece for tests in TESTS if tests for piece in tests}))
# the cues each piece lets run, and those no piece tells
RUN_BY = {
    piece: {i for i, tests in enumerate(TESTS) if tests and piece in tests} for piece in PIECES
}
ALWAYS = {index for index, tests in enumerate(TESTS) if tests is None}


def _chosen(sentence: str) -> list[int]:
    """The cues that may match in ``sentence``: those whose pieces it holds."""
    low = lowered(sentence)
    if low is None:
        return list(range(len(CUES)))
    chosen = set(ALWAYS)
    for piece in PIECES:
        if piece in low:
            chosen |= RUN_BY[piece]
    return sorted(chosen)


def more_cues(sentence: str, end: int = sys.maxsize):
    """The matches of this module's cues in ``sentence`` up to ``end``."""
    return [
        found for index in _chosen(sentence) for found in SCANS[index].finditer(sentence, 0, end)
    ]


# Quoting a reference in a reply is a courtesy of the file, not a request: "Prière de
# rappeler la référence", "Kindly quote the above reference", "Sírvase citar la referencia".
QUOTE_REFERENCE = re.compile(
    r"(?:please|kindly|veuillez|pri[èe]re\s+de|merci\s+de|s[ií]rvase|favor\s+de)\s+"
    r"(?:(?:bien\s+vouloir|always)\s+)?(?:quote|cite|mention|rappeler|mentionner|indiquer|citer|"
    r"citar|mencionar|indicar|use)\s+(?:\w+\s+){0,3}?(?:r[ée]f[ée]rences?|referencias?)\b",
    re.IGNORECASE,
)

# An offer on a condition, to write to the site: "If you encounter any issues or have
# feedback, please email us at …".
WRITE_TO_US = re.compile(
    r"(?:please|kindly)\s+(?:e-?mail|write\s+to|reach|message|let)\s+us\b", re.IGNORECASE
)


# A registration required, said in French or Spanish: "L'inscription en ligne est
# désormais obligatoire pour la participation …" asks to register (online).
REGISTRATION_REQUIRED = re.compile(
    r"\b(?:inscription|enregistrement|inscripci[óo]n|registro)\s+(?P<online>en\s+(?:ligne|l[ií]nea)\s+)?"
    r"(?:pr[ée]alable\s+|previa\s+)?(?:est|sera|es|ser[áa])\s+(?:d[ée]sormais\s+|ahora\s+)?"
    r"obligato(?:ire|ria|rio)\b",
    re.IGNORECASE,
)


def registration_asked(asked) -> str | None:
    """A registration required in French or Spanish (``asked`` opening on it) as the
    English request "register (online)", or None."""
    required = REGISTRATION_REQUIRED.match(asked)
    if not required:
        return None
    return "register online" if required["online"] else "register"


# A forecast of a crowd: "Some 47 participants from 22 countries are expected to attend",
# "More than 300 delegates are expected to take part" (but "All delegates are expected to
# attend the opening" asks).
EXPECTED = re.compile(r"(?:is|are)\s+expected\s+to\b", re.IGNORECASE)
# a figure's forecast: "Attendance is expected to exceed 500"
FORECAST = re.compile(
    r"(?:is|are)\s+expected\s+to\s+(?:exceed|reach|number|total|grow|increase|rise|double|surpass|top)\b",
    re.IGNORECASE,
)
# What a meeting or a paper is expected to do is a forecast, not a request: "the fifth meeting
# is expected to discuss …", "The declaration is expected to be adopted …" (but "Delegations
# are expected to register" asks).
THING_EXPECTED = re.compile(
    r"\b(?:meeting|session|workshop|conference|seminar|event|forum|dialogue|declaration|report|"
    r"document|draft|text|agenda|decision|resolution|outcome|programme|plan|strategy)s?[ \t]*$",
    re.IGNORECASE,
)
COUNTED_CROWD = re.compile(
    r"\b(?:some|about|around|approximately|over|more\s+than|nearly|almost|up\s+to|at\s+least|"
    r"an\s+estimated)\s+\d|\b\d[\d,]*\s+(?:\w+\s+)?(?:participants|delegates|representatives|"
    r"experts|countries|people|persons|delegations|guests|visitors|attendees|speakers)\b",
    re.IGNORECASE,
)


# A step of a procedure someone will take: "Within eight days, the Office shall request the
# Ministry to register the intern", "The Secretariat will invite the Parties to …" (but "We
# will ask you to …" asks the addressee).
WILL_ASK = re.compile(
    r"\b(?!(?:I|we)\b)\w+\s+(?:shall|will|would\s+then|may|can)\s+(?:then\s+|also\s+|subsequently\s+)?$",
    re.IGNORECASE,
)
ASKING_VERB = re.compile(
    r"(?:request|invite|ask|encourage|urge|remind)s?\s+(?!(?:you|your)\b)", re.IGNORECASE
)


# A letter's subject line naming what the letter asks ("Subject: Action required:
# Nominate …") heads what the body asks again.
ACTION_HEADING = re.compile(r"action|suite|acci[óo]n", re.IGNORECASE)
SUBJECT_LINE = re.compile(r"\b(?:Subject|Objet|Asunto|Re)\s*:", re.IGNORECASE)


# A duty told as what a body decided or a report said, not asked of the addressee: "La
# Conferencia decidió que los Estados deberán …", "… deberán presentar informes, según
# decidió la Conferencia", "Le Comité a décidé que les Parties doivent …".
REPORTED_BEFORE = re.compile(
    r"\b(?:decidi[óo]|acord[óo]|dispuso|estableci[óo]|señal[óo]|indic[óo]|resolvi[óo]|"
    r"(?:a|avait|ont|avaient)\s+(?:d[ée]cid[ée]|indiqu[ée]|estim[ée]|soulign[ée]|not[ée]))\s+"
    r"qu(?:e\b|['’])[^.;:]{0,100}$",
    re.IGNORECASE,
)
REPORTED_AFTER = re.compile(
    r"[^.;:]{0,120}?\b(?:seg[úu]n\s+(?:lo\s+)?(?:decidi[óo]|acord[óo]|dispuso|decidido|acordado|"
    r"establecido)|comme\s+l['’]a\s+d[ée]cid[ée]|"
    r"selon\s+(?:la\s+d[ée]cision|ce\s+qu['’]a\s+d[ée]cid[ée]))\b",
    re.IGNORECASE,
)
# The Spanish and French duties a reported decision may state.
DUTY = re.compile(r"deber[áa]n|deben|doivent|devront", re.IGNORECASE)


def told_as_decided(sentence, at) -> bool:
    """Whether the duty at ``at`` is one the sentence reports a body decided."""
    return bool(
        DUTY.search(sentence, at, at + 40)
        and (
            REPORTED_BEFORE.search(sentence, max(0, at - 120), at)
            or REPORTED_AFTER.match(sentence, at)
        )
    )


def asks_nothing_more(sentence, at, opens_on_condition) -> bool:
    """Whether the cue at ``at`` only asks to quote a reference, offers, on a condition, to
    be written to, forecasts a crowd, tells a step someone will take or reports a duty a
    body decided."""
    return bool(
        QUOTE_REFERENCE.match(sentence, at)
        or (opens_on_condition and WRITE_TO_US.match(sentence, at))
        or (EXPECTED.match(sentence, at) and COUNTED_CROWD.search(sentence, 0, at))
        or FORECAST.match(sentence, at)
        or (EXPECTED.match(sentence, at) and THING_EXPECTED.search(sentence, max(0, at - 30), at))
        or (ASKING_VERB.match(sentence, at) and WILL_ASK.search(sentence, max(0, at - 40), at))
        or (ACTION_HEADING.match(sentence, at) and SUBJECT_LINE.search(sentence, 0, at))
        or told_as_decided(sentence, at)
    )


# An English duty in the passive said as the request it is: "Registration should be completed
# by 13 May" is "complete registration by 13 May", as labels write a request (verb + object).
_IRREGULAR = {"send": "sent", "take": "taken", "bring": "brought", "meet": "met", "pay": "paid"}
_IRREGULAR |= {"leave": "left", "let": "let", "hold": "held", "give": "given", "make": "made"}


def _participle(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if verb in ("submit", "permit", "admit", "transmit", "commit"):
        return verb + "ted"
    return verb + "ed"


DONE = {
    _participle(verb): verb
    for verb in (*VERBS_FR.values(), *VERBS_ES.values(), *_IRREGULAR)
    # (what "must be received" is the writers' to receive: it stays as written)
    if " " not in verb and verb != "receive"
}
PASSIVE_DUTY_EN = re.compile(
    r"^(?P<subject>[\w-]+(?:\s+[\w’'-]+){0,5}?)\s+(?:should|must|shall|is\s+to|are\s+to|"
    r"will\s+need\s+to)\s+be\s+(?:\w+ly\s+)?(?P<done>[a-z]+)\b(?P<rest>.*)$",
    re.DOTALL,
)
NOT_A_SUBJECT = re.compile(r"\b(?:that|which|who|if|please|note|when|as|it|this|there)\b", re.I)


def in_active(phrase: str) -> str:
    """``phrase`` (an English request) with a passive duty's verb first, else as it is."""
    duty = PASSIVE_DUTY_EN.match(phrase)
    if not duty or duty["done"] not in DONE or NOT_A_SUBJECT.search(duty["subject"]):
        return phrase
    subject = duty["subject"]
    if not subject[:2].isupper():  # "Registration", not "NGO registration"
        subject = subject[:1].lower() + subject[1:]
    return f"{DONE[duty['done']]} {subject}{duty['rest']}"
