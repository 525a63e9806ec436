"""A sentence about registering for a meeting gives registration's days, not the meeting's:
"On-site registration will be open from 8 a.m. to 5 p.m. on Sunday, 2 September, and during
the remaining days of the meeting", "L'inscription se fera le lundi 3 mai à partir de 8
heures, avant l'ouverture de la réunion". Pure."""

from __future__ import annotations

import re

# The sentence's subject is registration, accreditation or the collecting of badges.
REGISTRATION_FIRST = re.compile(
    r"\W*(?:(?:on-?site|online|advance|participants?['’]?|delegates?['’]?)\s+)?"
    r"(?:registration|pre-?registration|accreditation|check-in|badges?)\b|"
    r"\W*(?:(?:l['’]|les\s+)(?:enregistrement|inscriptions?|accr[ée]ditation|badges?))\b|"
    r"\W*(?:el|la|los|las)\s+(?:registro|inscripci[óo]n(?:es)?|acreditaci[óo]n(?:es)?|"
    r"credenciales|gafetes)\b",
    re.IGNORECASE,
)


# The meeting itself said to begin or be held: "… and the meeting will open at 10 a.m."
MEETING_ITSELF = re.compile(
    r"[^.;]{0,60}?\b(?:will|shall|is\s+scheduled\s+to|starts?|opens?|begins?|commences?|"
    r"s['’]ouvrira|commencera|d[ée]butera|se\s+tiendra|aura\s+lieu|comenzar[áa]|"
    r"se\s+inaugurar[áa]|se\s+celebrar[áa]|iniciar[áa])\b",
    re.IGNORECASE,
)


def registration_only(sentence, named, first_day_at) -> bool:
    """Whether the sentence, whose subject is registration, names its meeting (``named``,
    a match in ``sentence``) only after its first day (at ``first_day_at`` in the sentence)
    and not as itself beginning or being held."""
    return bool(
        REGISTRATION_FIRST.match(sentence)
        and named.start() > first_day_at
        and not MEETING_ITSELF.match(sentence, named.end())
    )
