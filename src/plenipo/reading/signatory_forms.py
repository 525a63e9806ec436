"""The words around a signatory's name that are no part of it, in the forms letters of
every kind write them: honorifics and ranks before it ("Prof. Dr.", "Rt Hon", "Judge",
"Ing.", "Mtro."), letters after it ("MP", "Ph.D.", "KCMG"). Pure.

The name is given without them, as docs/reading.md asks ("the name without its
honorific"); "Sir" and "Dame" stay, a knight's name being written with them."""

import dataclasses
import re

from plenipo.reading.model import Person, Span

# Honorifics, academic and professional titles and ranks written before a name, in
# English, French and Spanish (in any case): "Prof. Dr. Jane Roe", "The Rt Hon Jane Roe",
# "Pr Jean Roe", "Ing. Juan Pérez", "Abog. Ana Díaz", "Ambassador Jane Roe". Those that
# are also names or words of a name ("Eng", "Col", "M") only with their full stop; so the
# marks of one signing for another, "p.p." and "P.O." (pour ordre, por orden).
HONORIFIC_WORDS = (
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Dra|Prof|Professor|Professeure?|Profesora?|Pr|Mme|Mlle|Sr|Sra|"
    r"Srta|Hon|Honou?rable|Rt|Right|Judge|Justice|Juez|Jueza|General|G[ée]n[ée]ral|Colonel|"
    r"Coronel|Admiral|Amiral|Almirante|Captain|Capitaine|Capit[áa]n|Major|Ambassador|"
    r"Ambassadeur|Ambassadrice|Embajadora?)\.?|"
    r"(?:M|Lic|Licda|Licdo|Ing|Inga|Arq|Abog|Mtro|Mtra|Dott|Eng|Rev|Gen|Col|Adm|Capt|Maj|Drs|"
    r"Profa|Amb|Emb|P\.\s?O|p\.\s?p|pp)\.|H\.\s?E\.|S\.\s?E\.|(?:His|Her)\s+Excellency|"
    r"Son\s+Excellence|Su\s+Excelencia)"
)
# one or more of them, with "The" before a British "Rt Hon" and "Hon" after it
HONORIFICS_BEFORE = rf"(?:(?i:(?:The\s+)?{HONORIFIC_WORDS})\s+)"
# Letters after a name: orders, degrees, a member's letters, "Esq." ("Jane Roe, MP",
# "John Doe KCMG", "Jane Roe, Ph.D.", "Jane Roe, MD, MPH").
POSTNOMINAL = (
    r"(?:MP|MEP|MLA|QC|KC|SC|KCMG|GCMG|CMG|KBE|DBE|CBE|OBE|MBE|GCB|KCB|CB|FRS|FRSE|"
    r"Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|MPH|MBA|LL\.?M\.?|LL\.?D\.?|M\.?Sc\.?|Esq\.?)"
)
POSTNOMINALS_AFTER = rf"(?:,?[ \t]+(?-i:{POSTNOMINAL})(?![\w]))"

# Posts of other offices and staff than the usual ones, in the three languages, for the
# words of a post (``people.TITLE_WORDS``): "Legal Counsel", "Acting Governor", "Committee
# Specialist", "Programme Assistant", "Asesora Jurídica", "Porte-parole".
OTHER_POSTS = (
    r"Counsel\b|Governor|Gouverneur|Gobernador[a]?|Senator|S[ée]nat(?:eur|rice)|Senador[a]?|"
    r"Clerk\b|Treasurer|Tr[ée]sori[eè]re?|Tesorer[oa]|Manager|Gerente|Gestionnaire|Specialist|"
    r"Sp[ée]cialiste|Especialista|Assistant|Asistente|Administrat(?:or|eur|rice)\b|"
    r"Administrador[a]?|Spokes(?:person|man|woman)|Porte-parole|Portavoz|Analyst|Analista|"
    r"Expert[ea]?\b|Experto\b|Consultant[e]?\b|Consultor[a]?\b|Asesor[a]?\b|Adjoint[e]?\b|"
    r"Adjunt[oa]\b|Prosecutor|Procureur|Superintendent|Inspector|Comptroller|Focal\s+Point|"
    r"Leader\b"
)

_LEADING = re.compile(rf"^{HONORIFICS_BEFORE}+")
_TRAILING = re.compile(rf"{POSTNOMINALS_AFTER}+[ \t]*$")
# a name of two words at least, or an initial and a surname: what the name must keep
_NAME_LEFT = re.compile(r"^\S+(?:\.\s?|\s+)\S+")


def bare_name(person: Person | None) -> Person | None:
    """``person`` with the name given without the honorifics before it and the letters
    after it, its evidence narrowed to what is left; a name that would be left with one
    word keeps them ("Judge Roe")."""
    if person is None or not person.name:
        return person
    name = person.name
    kept = _TRAILING.sub("", name)
    kept = _LEADING.sub("", kept)
    if kept == name or not _NAME_LEFT.match(kept):
        return person
    evidence = person.evidence
    if evidence and evidence.end - evidence.start == len(name):
        start = evidence.start + name.index(kept)
        evidence = Span(start, start + len(kept))
    return dataclasses.replace(person, name=kept, evidence=evidence)
