"""A meeting told in the present, as news items and notices without a date of their own
announce one: "The Forum takes place from 3 to 5 May in Dakar", "Le sommet s'ouvre le 3 mai",
"La Cumbre se celebra del 3 al 5 de mayo". Pure."""

from __future__ import annotations

import re

HELD_NOW = re.compile(
    r"\b(?:takes\s+place|(?:is|are)\s+(?:being\s+)?held|opens|convenes|"
    r"se\s+tien(?:t|nent)|(?:a|ont)\s+lieu|s['’]ouvre(?:nt)?|se\s+d[ée]roule(?:nt)?|"
    r"se\s+r[ée]uni(?:t|ssent)|se\s+celebran?|se\s+realizan?|se\s+llevan?\s+a\s+cabo|"
    r"tienen?\s+lugar|se\s+re[úu]nen?|se\s+inaugura)\b",
    re.IGNORECASE,
)


def told_in_the_present(sentence) -> bool:
    return bool(HELD_NOW.search(sentence))
