"""How a letter names a state, its mission and its representative on the letter's date.

Letters name a state as the United Nations named it on that day: in titles and running text
by its short name put in running order with its article, as UN documents and the missions'
own titles do ("Permanent Mission of Austria", "of the Russian Federation", "of the
Plurinational State of Bolivia"); by its formal name where a letter needs the full style
("the Republic of Austria"); by its short name where a list names it ("Austria").
The names come from the registry (``un-names.yaml``); a state the registry does not name
in the letter's language falls back to English, then to the UN short name then in use,
then to ISO/CLDR through ``correspondence.names``.

French and Spanish titles put the state after "de" with the article UNTERM gives its short
name ("Mission permanente de l'Autriche", "du Bélarus", "des Pays-Bas"), or, where the
registry records no article, its formal name ("de la République de Cuba"); a state with
neither in that language, or a place with no recorded form in it, keeps its English titles.
"""

import datetime as dt

from plenipo.core.partialdates import span_covers
from plenipo.correspondence import titles
from plenipo.correspondence.names import formal_name, with_article
from plenipo.correspondence.titles import uninverted
from plenipo.registry import names
from plenipo.registry.models import Membership, MembershipRole, Mission
from plenipo.registry.queries import name_records

__all__ = ["StateNamer", "uninverted"]


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

    def in_running_text(self, code: str, language: str = "en") -> str | None:
        """'Austria', 'the Russian Federation', 'the Plurinational State of Bolivia';
        "l'Autriche", 'le Bélarus', or the formal name where the registry records no
        article ('la République de Cuba'); None where it has neither in ``language``."""
        if language == "en":
            short = self._un_name(code, "short", "en")
            return with_article(uninverted(short) if short else formal_name(code))
        found = names.name_on(self._records, code, self.day, kind="short", language=language)
        usable = found is not None and found.language == language and not found.before_first_record
        article = found.record.article.get(language) if usable else None
        if article is not None:
            return titles.in_running_text(found.text, article)
        return self._un_name(code, "formal", language)

    def of_state(self, code: str, language: str = "en") -> str | None:
        """'of Austria'; "de l'Autriche", 'du Bélarus', 'del Afganistán'; None where the
        registry has no name for the state in ``language``."""
        name = self.in_running_text(code, language)
        if name is None:
            return None
        return f"of {name}" if language == "en" else titles.after_de(name, language)

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

    def mission(
        self, state, place: Mission, language: str = "en", gender: str = ""
    ) -> tuple[str, str] | None:
        """The mission's and its head's titles: ('Permanent Mission of the Russian
        Federation to the United Nations', 'Permanent Representative of … '); in French
        ('Mission permanente de la Fédération de Russie auprès de …', 'Représentant
        permanent …', 'Représentante permanente …' for a woman). None in a language where
        the state or the place has no recorded name (English always has one)."""
        observer = self._is_observer(state, place)
        if language == "en":
            where = titles.PLACES.get(place.code, {}).get("en", f"at {place.name}")
            of_state = f"{self.of_state(state.code)} {where}"
            if observer:
                return f"Permanent Observer Mission {of_state}", f"Permanent Observer {of_state}"
            mission = titles.MISSION_WORDS.get(place.code, {}).get("en", "Permanent Mission")
            return f"{mission} {of_state}", f"Permanent Representative {of_state}"
        of_state = self.of_state(state.code, language)
        if of_state is None:
            return None
        return titles.mission_titles(
            of_state, place.code, language, observer=observer, gender=gender
        )
