"""How a letter names a state, its mission and its representative on the letter's date.

Letters name a state as the United Nations named it on that day: in titles and running text
by its short name put in running order with its article, as UN documents and the missions'
own titles do ("Permanent Mission of Austria", "of the Russian Federation", "of the
Plurinational State of Bolivia"); by its formal name where a letter needs the full style
("the Republic of Austria"); by its short name where a list names it ("Austria").
The names come from the registry (``un-names.yaml``); a state the registry does not name
in the letter's language falls back to English, then to the UN short name then in use,
then to ISO/CLDR through ``correspondence.names``.
"""

import datetime as dt
import re

from plenipo.core.partialdates import span_covers
from plenipo.correspondence.names import formal_name, with_article
from plenipo.registry import names
from plenipo.registry.models import Membership, MembershipRole, Mission
from plenipo.registry.queries import name_records

# How a title names the place a mission is accredited to, after "… of <state>".
PLACE_NAMES = {
    "UN-VIE": "to the United Nations (Vienna)",
    "UN-NY": "to the United Nations",
    "UN-GE": "to the United Nations Office at Geneva",
    "COE": "to the Council of Europe",
}
_INVERTED = re.compile(r"^(?P<name>[^(]+?) \((?P<prefix>[^)]+)\)$")


def uninverted(short_name: str) -> str:
    """'Iran (Islamic Republic of)' -> 'Islamic Republic of Iran' (UN short names list
    the distinctive word first; running text does not)."""
    match = _INVERTED.match(short_name)
    return f"{match['prefix']} {match['name']}" if match else short_name


def _possible_members(organization, day: dt.date) -> set[int]:
    """Ids of the states that were (possibly) members of ``organization`` on ``day``."""
    memberships = Membership.objects.filter(organization=organization, role=MembershipRole.MEMBER)
    return {m.state_id for m in memberships if span_covers(m.start, m.end, day) is not False}


class StateNamer:
    """Names states as of one day; reads the registry's names once."""

    def __init__(self, day: dt.date):
        self.day = day
        self._records = name_records()
        self._members: dict[int, set[int]] = {}

    def _un_name(self, code: str, kind: str, language: str) -> str | None:
        if language not in names.LANGUAGES:
            return None
        found = names.name_on(self._records, code, self.day, kind=kind, language=language)
        if found is None or found.language != language or found.before_first_record:
            return None  # a name not yet in use, or in another language, would misname it
        return found.text

    def formal(self, code: str, language: str = "en") -> str:
        """'the Russian Federation', 'the Republic of Austria', 'Palestine' (before 2012)."""
        for lang in dict.fromkeys([language, "en"]):
            found = self._un_name(code, "formal", lang)
            if found:
                return found
        short = self._un_name(code, "short", "en")
        return with_article(uninverted(short) if short else formal_name(code))

    def in_running_text(self, code: str) -> str:
        """'Austria', 'the Russian Federation', 'the Plurinational State of Bolivia'."""
        short = self._un_name(code, "short", "en")
        return with_article(uninverted(short) if short else formal_name(code))

    def short(self, code: str, language: str = "en", fallback: str = "") -> str:
        """The UN short name ('Iran (Islamic Republic of)'), else ``fallback`` or ISO."""
        return self._un_name(code, "short", language) or fallback or formal_name(code)

    def _is_observer(self, state, place: Mission) -> bool:
        """A state at a UN place that is not (possibly) a Member on the day has an observer
        mission. The members are read once per organization, whatever the list's length."""
        organization = place.organization
        if organization.code != "UN":
            return False
        if organization.pk not in self._members:
            self._members[organization.pk] = _possible_members(organization, self.day)
        return state.pk not in self._members[organization.pk]

    def mission(self, state, place: Mission) -> tuple[str, str]:
        """The mission's and its head's titles: ('Permanent Mission of the Russian
        Federation to the United Nations', 'Permanent Representative of … ')."""
        where = PLACE_NAMES.get(place.code, f"at {place.name}")
        of_state = f"of {self.in_running_text(state.code)} {where}"
        if self._is_observer(state, place):
            return f"Permanent Observer Mission {of_state}", f"Permanent Observer {of_state}"
        return f"Permanent Mission {of_state}", f"Permanent Representative {of_state}"
