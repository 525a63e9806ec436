"""A bilingual lexicon of the vocabulary of diplomatic and secretariat requests: French
and Spanish words and their English glosses, for ``plenipo.reading.gloss``. Pure.

Each row is "English: French forms | Spanish forms", each written once in its dictionary
form (a verb's infinitive, a noun's singular, an adjective's masculine singular);
``gloss`` derives the inflections. Words keep their accents here; lookups strip them, since
OCR and web pages often lose them. An entry of several words ("faire parvenir", "ponerse
en contacto") is matched whole.
"""

# The actions a letter asks for.
_VERB_ROWS = """
send: envoyer, adresser, faire parvenir, expédier | enviar, remitir, hacer llegar, dirigir
send: parvenir | llegar
transmit: transmettre | transmitir
submit: soumettre, présenter, remettre | presentar, someter, entregar
deposit: déposer | depositar
provide: fournir | proporcionar, suministrar, facilitar, aportar
communicate: communiquer, faire connaître | comunicar, dar a conocer
let know: faire savoir | hacer saber
confirm: confirmer | confirmar
acknowledge receipt: accuser réception | acusar recibo
designate: désigner | designar
appoint: nommer | nombrar
propose: proposer | proponer
register: inscrire, enregistrer | inscribir, registrar
reply: répondre | responder, contestar
inform: informer, aviser | informar, avisar
keep informed: tenir informé | mantener informado
notify: notifier | notificar
participate: participer | participar
attend: assister | asistir, acudir, concurrir
attend: honorer de votre présence, honorer de sa présence | honrar con su presencia
attend: | contar con su presencia
take part: prendre part | tomar parte
be seated: prendre place | tomar asiento
be represented: faire représenter | hacerse representar
complete: remplir, compléter | completar, rellenar, cumplimentar, llenar, diligenciar
return: renvoyer, retourner | devolver
contact: contacter, prendre contact | contactar, ponerse en contacto, dirigirse
consult: consulter | consultar
review: examiner, réviser, revoir | examinar, revisar
include: inclure, intégrer | incluir
consider: envisager, étudier, prendre en considération, prendre en compte | considerar, estudiar
consider: | tomar en consideración, tener en cuenta
share: partager | compartir
indicate: indiquer | indicar
specify: préciser | especificar
take: prendre | tomar
ensure: veiller, garantir, assurer | asegurar, velar, garantizar
support: appuyer, soutenir | apoyar
contribute: contribuer | contribuir
pay: payer, verser, régler | pagar, abonar
update: mettre à jour, actualiser | actualizar
distribute: distribuer | distribuir
circulate: faire distribuer, faire circuler, diffuser | hacer distribuir, circular, difundir
translate: traduire | traducir
publish: publier | publicar
accept: accepter | aceptar
approve: approuver | aprobar
ratify: ratifier | ratificar
sign: signer | firmar
accede: adhérer | adherirse
promote: promouvoir, favoriser | promover, fomentar
use: utiliser, employer, faire usage | utilizar, usar, emplear, hacer uso
subscribe: souscrire, abonner | suscribir
express: exprimer, manifester | expresar, manifestar
start: commencer, entamer | iniciar, comenzar, emprender
organize: organiser | organizar
prepare: préparer, élaborer | preparar, elaborar
host: accueillir | acoger
announce: annoncer | anunciar
book: réserver | reservar
obtain: obtenir | obtener
meet: réunir | reunir
follow: suivre | seguir
respect: respecter | respetar
check: vérifier | verificar, comprobar
identify: identifier | identificar
report: rendre compte, faire rapport, signaler |
download: télécharger | descargar
renew: renouveler | renovar
implement: mettre en œuvre | implementar
apply: appliquer | aplicar
cooperate: collaborer, coopérer | cooperar, colaborar
nominate:  | postular
issue: délivrer, émettre | expedir, emitir, extender
bring: porter, apporter, munir | llevar, traer
forward: faire suivre, transférer | reenviar, hacer seguir
point out:  | señalar
leave: quitter | abandonar, salir de
visit: visiter, rendre visite à | visitar
withdraw: retirer | retirar
receive: recevoir | recibir
grant: accorder, octroyer | conceder, otorgar
adopt: adopter | adoptar
facilitate: faciliter |
postpone: reporter, ajourner | aplazar, posponer
cancel: annuler | cancelar, anular
join: rejoindre | unirse a
exercise: exercer | ejercer
fulfil: s'acquitter de | cumplir
attach: joindre | adjuntar, anexar
collect: récupérer | recoger
access: accéder | acceder, ingresar
coordinate: coordonner | coordinar
accredit: accréditer | acreditar
validate: valider | validar
choose: choisir | elegir, escoger
select: sélectionner | seleccionar
plan: prévoir, planifier | prever, planificar
convene: convoquer | convocar
include: inclure | incluir
dispatch: dépêcher | despachar
mobilize: mobiliser | movilizar
suspend: suspendre | suspender
establish: établir, mettre en place | establecer
refrain: s'abstenir | abstenerse
lift: lever | levantar
release: libérer | liberar
alert: alerter | alertar
recognize: reconnaître | reconocer
offer: offrir | ofrecer
maintain: maintenir | mantener
authorize: autoriser | autorizar
protect: protéger | proteger
continue: poursuivre, continuer | continuar, proseguir
resume: reprendre | reanudar
help: aider | ayudar
urge: exhorter | instar, exhortar
stop: cesser, mettre fin à | cesar, poner fin a, detener
condemn: condamner | condenar
intervene: intervenir | intervenir
reconsider: reconsidérer | reconsiderar
defend: défendre | defender
assume: assumer | asumir
evaluate: évaluer | evaluar
"""

# Nouns: plurals are derived on both sides.
_NOUN_ROWS = """
comment: commentaire | comentario
terms of reference: termes de référence | términos de referencia
character: caractère | carácter
content: teneur, contenu | contenido, tenor
observation: observation | observación
view: vue, avis, opinion | opinión, parecer
candidate: candidat, candidate | candidato, candidata
nomination: candidature | candidatura
designation: désignation | designación
appointment: nomination | nombramiento
expert: expert | experto, experta
delegation: délégation | delegación
delegate: délégué | delegado
representative: représentant | representante
participation: participation | participación
attendance: présence | asistencia, presencia
report: rapport | informe
questionnaire: questionnaire | cuestionario
information: information, renseignement | información
contribution: contribution, cotisation | contribución, aporte, aportación, cuota
full powers: pleins pouvoirs | plenos poderes
credentials: pouvoirs, lettres de créance | credenciales, cartas credenciales
focal point: point focal, correspondant | punto focal
name: nom | nombre
post: fonction, poste | cargo, puesto
title: titre | título
contact details: coordonnées | datos de contacto
address: adresse | dirección
email: courriel, courrier électronique | correo electrónico, correo
form: formulaire | formulario
username: nom d'utilisateur, identifiant | nombre de usuario
password: mot de passe | contraseña
note verbale: note verbale | nota verbal
link: lien | enlace, vínculo
registration: inscription, enregistrement | inscripción, registro
reply: réponse | respuesta
letter: lettre | carta
note: note | nota
invitation: invitation | invitación
meeting: réunion, rencontre | reunión, encuentro
summit: sommet | cumbre
event: événement, évènement | evento, acontecimiento
head: chef | jefe, jefa
sitting: séance |
session: session | sesión, período de sesiones
conference: conférence | conferencia
workshop: atelier | taller
seminar: séminaire | seminario
consultation: consultation |
committee: comité | comité
commission: commission | comisión
secretariat: secrétariat | secretaría
secretary: secrétaire | secretario
party: partie | parte
state: état | estado
government: gouvernement | gobierno
ministry: ministère | ministerio
minister: ministre | ministro
mission: mission | misión
embassy: ambassade | embajada
organization: organisation | organización
proposal: proposition | propuesta
draft: projet | proyecto
text: texte | texto
document: document | documento
documentation: documentation | documentación
attention: attention, connaissance | atención, conocimiento
minute: procès-verbal | acta
authority: autorité | autoridad
identity card: pièce d'identité, carte d'identité | tarjeta de identificación, carné de identidad
identity card: | cédula de identidad
list: liste | lista
agenda: ordre du jour | orden del día, programa
programme: programme |
payment: paiement, versement | pago
fees: frais |
fund: fonds | fondo
measure: mesure | medida
step: démarche | gestión
arrangement: disposition | disposición, arreglo
visa: visa | visado, visa
accreditation: accréditation | acreditación
decision: décision | decisión
resolution: résolution | resolución
convention: convention | convenio, convención
protocol: protocole | protocolo
agreement: accord | acuerdo
treaty: traité | tratado
instrument: instrument | instrumento
ratification: ratification | ratificación
implementation: mise en œuvre | aplicación
website: site web, site internet, site | sitio web, página web, sitio
alert: alerte | alerta
power: | facultad
working group: groupe de travail | grupo de trabajo
negotiation: négociation | negociación
defence: défense | defensa
value: valeur | valor
principle: principe | principio
hostile action: action hostile | actuación hostil
group: groupe | grupo
message: message | mensaje
special envoy: envoyé spécial | enviado especial
situation: situation | situación
border: frontière | frontera
area: zone | zona
protest: protestation | protesta
team: équipe | equipo
closure: fermeture | cierre
sanction: sanction | sanción
visit: visite | visita
bill: projet de loi | proyecto de ley
system: système | sistema
question: question | pregunta, cuestión
interest: intérêt | interés
support: appui, soutien | apoyo
assistance: aide | ayuda
participant: participant | participante
observer: observateur | observador
president: président, présidente | presidente, presidenta
bureau: bureau | mesa
topic: thème |
subject: sujet |
condolences: condoléances | condolencias
mandate: mandat | mandato
family: famille | familia
congratulations: félicitations | felicitaciones
staff: personnel | personal
staff member: agent |
date: date | fecha
deadline: délai, date limite | plazo, fecha límite
time: heure | hora
venue: lieu | lugar
room: salle | sala
premises: locaux | instalaciones
travel: voyage | viaje
funding: financement | financiación, financiamiento
request: demande | solicitud, petición
copy: copie | copia
process: processus | proceso
procedure: procédure | procedimiento
work: travaux | trabajo
activity: activité | actividad
budget: budget | presupuesto
annex: annexe | anexo
communication: communication | comunicación
speech: discours | discurso
assembly: assemblée | asamblea
high-level meeting: réunion de haut niveau | reunión de alto nivel
high-level dialogue: dialogue de haut niveau | diálogo de alto nivel
high-level event: manifestation de haut niveau | evento de alto nivel
dialogue: dialogue | diálogo
open debate: débat public | debate abierto
debate: débat | debate
Personal Envoy: Envoyé personnel | Enviado Personal
Special Envoy: Envoyé spécial | Enviado Especial
Special Representative: Représentant spécial | Representante Especial
assessment mission: mission d'évaluation | misión de evaluación
opening ceremony: cérémonie d'ouverture | ceremonia de inauguración, ceremonia de apertura
closing ceremony: cérémonie de clôture | ceremonia de clausura
ceremony: cérémonie | ceremonia
council: conseil | consejo
Security Council: Conseil de sécurité | Consejo de Seguridad
General Assembly: Assemblée générale | Asamblea General
Human Rights Council:  | Consejo de Derechos Humanos
Secretary-General: Secrétaire général | Secretario General
statement: déclaration | declaración
position: position | posición
reservation: réservation | reserva
hotel: hôtel | hotel
passport: passeport | pasaporte
badge: badge | gafete
photograph: photo, photographie | foto, fotografía
curriculum vitae: curriculum vitae | currículum vitae, hoja de vida
reception desk: accueil |
need: besoin | necesidad
priority: priorité | prioridad
data: données | dato
survey: enquête | encuesta
study: étude | estudio
progress: progrès | progreso, avance
result: résultat | resultado
experience: expérience | experiencia
practice: pratique | práctica
contact: contact | contacto
person: personne | persona
official: fonctionnaire | funcionario
equality: égalité | igualdad
gender: genre, sexe | género
vote: vote | votación
election: élection | elección
seat: siège | sede
member: membre | miembro, integrante
country: pays | país
territory: territoire | territorio
region: région | región
public: public |
acknowledgement of receipt: accusé de réception | acuse de recibo
receipt: réception | recepción
technical assistance:  | asistencia técnica
financial assistance:  | asistencia financiera
contact point:  | punto de contacto
details:  | señas
query:  | consulta
item:  | tema
"""

# Adjectives: their other genders and numbers are derived; they go before their noun in
# English.
_ADJECTIVE_ROWS = """
national: national | nacional
possible: éventuel | eventual, posible
solemn: solennel | solemne
regional: régional | regional
international: international | internacional
official: officiel | oficial
unique: unique | único
same: même | mismo
online: en ligne | en línea
legal: juridique | jurídico
Inter-American: interaméricain | interamericano
original: original | original
general: général |
executive: exécutif | ejecutivo
technical: technique | técnico
financial: financier | financiero
scientific: scientifique | científico
relevant: pertinent | pertinente
necessary: nécessaire | necesario
updated: actualisé, mis à jour | actualizado
accredited: accrédité | acreditado
diplomatic: diplomatique | diplomático
complete: complet | completo
detailed: détaillé | detallado
written: écrit | escrito
final: final | final
provisional: provisoire | provisional
annual: annuel | anual
ordinary: ordinaire | ordinario
ministerial: ministériel | ministerial
extraordinary: extraordinaire | extraordinario
plenary: plénier | plenario
permanent: permanent | permanente
constructive: constructif | constructivo
new: nouveau | nuevo
next: prochain | próximo
electronic: électronique | electrónico
interested: intéressé | interesado
concerned: concerné |
competent: compétent | competente
appropriate: approprié | apropiado, adecuado
voluntary: volontaire | voluntario
Member: membre | miembro
Contracting: contractant | contratante
first: premier | primero, primer
second: deuxième, second | segundo
third: troisième | tercero, tercer
fourth: quatrième | cuarto
fifth: cinquième | quinto
sixth: sixième | sexto
seventh: septième | séptimo
eighth: huitième | octavo
ninth: neuvième | noveno
tenth: dixième | décimo
several: plusieurs | varios
personal: personnel |
virtual: virtuel | virtual
inaugural: inaugural | inaugural
present: présent | presente
General:  | general
attached:  | adjunto
"""

# Small words of both languages (articles and possessives, prepositions, conjunctions):
# "word=English", an underscore for a space, nothing after "=" for a word left out. The
# addressee's own possessives are left out, as a short phrase says it ("confirmer votre
# participation": "confirm participation"); "su" is "your" or "their" as the case may be.
_FUNCTION_WORDS = """
le=the la=the les=the l=the el=the los=the las=the un=a une=a uno=a una=a unos= unas= son=
sa= ses= leur= leurs= su= sus= votre= vos= vuestro= vuestra= vuestros= vuestras=
mon=my ma=my mes=my mi=my mis=my
notre=our nos=our nuestro=our nuestra=our nuestros=our ce=this cet=this cette=this ces=these
este=this esta=this estos=these estas=these de=of d=of du=of_the des=of_the del=of_the à=to
a=to au=to_the aux=to_the al=to_the en=in dans=in sur=on sobre=on pour=for para=for par=by
por=by avec=with con=with entre=between ante=to auprès=with et=and y=and e=and ou=or o=or
tous=all toutes=all todos=all todas=all chaque=each comme=as como=as ci-joint=attached
ci-jointe=attached cada=each toute=any tout=any cualquier=any
un_ou_plusieurs=one_or_more une_ou_plusieurs=one_or_more uno_o_varios=one_or_more
una_o_varias=one_or_more uno_o_mas=one_or_more una_o_mas=one_or_more
a_traves_de=through a_travers=through
audit=to_the mediante=through ladite=the ledit=the lesdits=the lesdites=the dicho=the dicha=the
concernant=concerning relatif_au=on_the relative_au=on_the relatifs_aux=on_the relativo_al=on_the
relativa_al=on_the relativos_al=on_the relativas_al=on_the sous_forme_de=as_a en_forma_de=as_a
adressee=addressed adressees=addressed dirigido=addressed dirigida=addressed dirigidos=addressed
dirigidas=addressed
"""

# Words that end a request's object: a clause, a purpose, a time, a manner.
_OBJECT_ENDS_FR = """
que qui dont lequel laquelle afin si lorsque avant d'ici au_plus_tard dès_réception
conformément auprès dans_les_meilleurs_délais dans_les_plus_brefs le_plus_tôt_possible
dès_que_possible ainsi_que notamment compte_tenu en_vue à_l'adresse à_l'heure
à_l'avance dans_un_délai
"""
_OBJECT_ENDS_ES = """
que quien cual cuyo si cuando antes a_más_tardar a_fin de_conformidad con_arreglo
lo_antes_posible a_la_brevedad cuanto_antes hasta así_como en_particular a_efectos
en_la_dirección a_celebrarse a_realizarse a_efectuarse a_llevarse_a_cabo
con_antelación con_suficiente_antelación dentro_de en_un_plazo
"""


def _table(rows: str) -> tuple[dict[str, str], dict[str, str]]:
    """(French, Spanish) words to English, from rows "English: French | Spanish"."""
    french, spanish = {}, {}
    for row in rows.strip().splitlines():
        english, _, words = row.partition(":")
        fr, _, es = words.partition("|")
        for table, listed in ((french, fr), (spanish, es)):
            for word in filter(None, (w.strip() for w in listed.split(","))):
                table[word] = english.strip()
    return french, spanish


def _words(listing: str) -> list[str]:
    return [word.replace("_", " ") for word in listing.split()]


VERBS_FR, VERBS_ES = _table(_VERB_ROWS)
NOUNS_FR, NOUNS_ES = _table(_NOUN_ROWS)
ADJECTIVES_FR, ADJECTIVES_ES = _table(_ADJECTIVE_ROWS)
FUNCTION_WORDS = dict(pair.split("=", 1) for pair in _words(_FUNCTION_WORDS))
OBJECT_ENDS_FR = _words(_OBJECT_ENDS_FR)
OBJECT_ENDS_ES = _words(_OBJECT_ENDS_ES)
