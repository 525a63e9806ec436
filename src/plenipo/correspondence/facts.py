"""The facts a letter template may use, computed from the data for one recipient and date.

Every value comes from a query; a fact the data lacks is None, and a letter that would print it
names it for the recipient instead of letting the letter print a blank.
"""

import datetime as dt

from babel.dates import format_date

from plenipo.correspondence.protocol import StateNamer
from plenipo.correspondence.titles import city, in_sentence
from plenipo.monitoring.models import Mechanism
from plenipo.monitoring.queries import monitoring_status
from plenipo.registry.queries import holders_on
from plenipo.treaties.models import Action
from plenipo.treaties.queries import status_of

WHY_MISSING = {
    "recipient.name": "no holder of the post “{post}” is recorded on {date}",
    "recipient.form_of_address": "no holder of the post “{post}” is recorded on {date}",
    "sender.name": "nobody is recorded as holding the signatory's post on {date}",
    "monitoring.evaluated": "no monitoring mechanism is recorded for the instrument",
    "meeting.title": "the letter names no meeting",
    "related.programme": "no programme is recorded as signed by the recipient's state",
    "decision.functions": "the decision the meeting is held under records no functions",
}


COUNT_RANGE = {  # (no upper bound, a range)
    "en": ("at least {min}", "between {min} and {max}"),
    "fr": ("au moins {min}", "entre {min} et {max}"),
    "es": ("al menos {min}", "entre {min} y {max}"),
}


def count_text(count: dict, language: str = "en") -> str:
    """A count whose sources only bound it, in words of the letter's language."""
    at_least, between = COUNT_RANGE.get(language, COUNT_RANGE["en"])
    if count["max"] is None:
        return at_least.format(min=count["min"])
    if count["min"] == count["max"]:
        return str(count["min"])
    return between.format(min=count["min"], max=count["max"])


LOCALES = {"en": "en_GB"}  # "15 June 2015", as UN and Council of Europe letters write it


def day_text(day: dt.date, language: str) -> str:
    return format_date(day, format="long", locale=LOCALES.get(language, language))


RANGE = {  # (same month, different months, single day)
    "en": ("from {a} to {b} {month}", "from {start} to {end}", "on {start}"),
    "fr": ("du {a} au {b} {month}", "du {start} au {end}", "le {start}"),
    "es": ("del {a} al {b} de {month_es}", "del {start} al {end}", "el {start}"),
}


def _date_range(start, end, language):
    same_month, general, single = RANGE.get(language, ("{start} – {end}",) * 2 + ("{start}",))
    words = {
        "start": day_text(start, language),
        "end": day_text(end, language),
        "a": start.day,
        "b": end.day,
        "month": format_date(end, "MMMM y", locale=language),
        "month_es": format_date(end, "MMMM 'de' y", locale=language),
    }
    if start == end:
        return single.format(**words)
    if (start.year, start.month) == (end.year, end.month):
        return same_month.format(**words)
    return general.format(**words)


def signatory(office, day):
    if office.signatory is None:
        return None
    holders = [h for h, certain in holders_on(office.signatory, day) if certain]
    return holders[0].person.name if len(holders) == 1 else None


def build(
    *,
    office,
    recipient,
    day: dt.date,
    language="en",
    instrument=None,
    organization=None,
    meeting=None,
    reference=None,
    earlier=None,
) -> dict:
    state = recipient.state
    facts = {
        "date": day_text(day, language),
        "place": city(office.city, language),
        "reference": reference,
        "language": language,
        "recipient": _recipient_facts(recipient, day, language),
        "sender": _sender_facts(office, day, language),
        "earlier": {"date": day_text(earlier.date, language), "reference": earlier.reference}
        if earlier
        else {"date": None, "reference": None},
    }
    if instrument is not None:
        facts.update(_instrument_facts(instrument, day, organization, state, language))
    if state is not None:
        facts["related"] = _programme_facts(state, day, language)
    if meeting is not None:
        facts["meeting"] = _meeting_facts(meeting, language, day)
        facts["decision"] = _decision_facts(meeting)
    return facts


def _recipient_facts(recipient, day: dt.date, language: str) -> dict:
    from plenipo.correspondence.formulas import form_of_address  # noqa: PLC0415

    state = recipient.state
    namer = StateNamer(day) if state else None
    return {
        "name": recipient.name,
        # No honorific unless the recipient's gender is recorded: "Mr" would be made up.
        "form_of_address": form_of_address(
            recipient.name, gender=recipient.gender, language=language
        )
        if recipient.name
        else None,
        "post": recipient.post_in(language),
        "state": namer.short(state.code, language, state.name_in(language)) if state else None,
        "state_formal": namer.formal(state.code, language) if state else None,
        "mission": recipient.mission_in(language),
        "address": recipient.address or None,
        "email": recipient.email or None,
    }


def _sender_facts(office, day: dt.date, language: str) -> dict:
    return {
        "name": signatory(office, day),
        "post": office.signatory.title if office.signatory else office.name,
        "office": office.name,
        "third_person": (office.third_person or {}).get(language) or office.name,
    }


def _programme_facts(state, day: dt.date, language: str) -> dict:
    """The programmes the state had signed by the day, earliest first."""
    programmes = (
        Action.objects.filter(
            Action.date.certainly_by(day),
            state=state,
            kind="signature",
            instrument__kind="programme",
        )
        .select_related("instrument")
        .order_by("date_not_before")
    )
    titles = [
        a.instrument.titles.get(language) or a.instrument.titles.get("en") for a in programmes
    ]
    return {"programmes": titles, "programme": titles[-1] if titles else None}


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _decision_facts(meeting):
    """The decision the meeting is held under, as its record names it (``held_under``):
    its symbol and title, and, where that decision established the meeting's body, the
    functions and requirements it gave it. All None where the record names none: a body's
    later meetings are not held under the decision that created it."""
    from plenipo.bodies.models import Decision  # noqa: PLC0415

    none = {"symbol": None, "title": None, "establishes": False}
    decision = Decision.objects.filter(symbol=meeting.held_under).first()
    if not meeting.held_under or decision is None:
        return none | {"functions": None, "requirements": None}
    mandate = decision.mandates.filter(creates=meeting.body).first()
    facts = {"symbol": decision.symbol, "title": decision.title, "establishes": bool(mandate)}
    if mandate is None:
        return facts | {"functions": None, "requirements": None}
    requirements = [r.text for r in mandate.requirements.exclude(kind="deadline")]
    return facts | {
        "functions": "\n".join(
            f"- ({ROMAN[i] if i < len(ROMAN) else i + 1}) {text}"
            for i, text in enumerate(mandate.functions)
        )
        or None,
        "requirements": _each_should(requirements),
    }


def _each_should(requirements: list[str]) -> str | None:
    """The template writes "should" before the first; a decision repeats it before each
    ("should meet during … and should hold …"), as the note verbale quotes it."""
    if not requirements:
        return None
    if len(requirements) == 1:
        return requirements[0]
    return ", should ".join(requirements[:-1]) + " and should " + requirements[-1]


# A list of names in running text, and a Council of Europe treaty's reference, as the
# letter's language writes them (the Council's French series is the STCE).
AND = {"en": " and ", "fr": " et ", "es": " y "}
COUNCIL_OF_EUROPE_SERIES = {"en": "CETS No. ", "fr": "STCE n° "}


def _reference(instrument, language) -> str:
    series = COUNCIL_OF_EUROPE_SERIES.get(language, COUNCIL_OF_EUROPE_SERIES["en"])
    return instrument.code.replace("CETS-", series)


def _state_names(states, day, language) -> list[str]:
    """(code, name) pairs, named for running text: as recorded in English ('Belarus'); in
    another language with the article its source gives ('le Bélarus'), else the recorded
    name."""
    if language == "en":
        return [name for _, name in states]
    namer = StateNamer(day)
    return [namer.in_running_text(code, language) or name for code, name in states]


def _instrument_facts(instrument, day, organization, state, language="en"):
    status = status_of(instrument, day, members_of=organization)
    counts = status.status.counts["parties"].as_dict()
    members = {s.code for s, _ in status.members} if status.members is not None else set()
    non_members = _state_names(
        [
            (p.code, p.name)
            for p in status.parties
            if organization and p.code not in members and not p.is_organization and p.certain
        ],
        day,
        language,
    )
    mechanism = Mechanism.objects.filter(instrument=instrument).first()
    evaluated = None
    if mechanism is not None:
        evaluated = count_text(monitoring_status(mechanism, day)["evaluated"], language)
    signed = any(s.code == state.code for s in status.signatories) if state else False
    return {
        "instrument": {
            "code": instrument.code,
            "title": instrument.titles.get(language)
            or instrument.titles.get("en")
            or instrument.code,
            "short_title": instrument.short_title,
            "reference": _reference(instrument, language),
        },
        "status": {
            "parties": count_text(counts, language),
            "non_member_parties": AND.get(language, AND["en"]).join(non_members) or None,
            "non_member_count": len(non_members),
            "non_member_verb": "is" if len(non_members) == 1 else "are",
            "members_not_parties": _state_names(
                [(m["state"].code, m["name"]) for m in status.members_not_parties or []],
                day,
                language,
            ),
        },
        "monitoring": {"body": mechanism.body.code if mechanism else None, "evaluated": evaluated},
        "target": {
            "stage": "signed" if signed else "not signed",
            "next_step": "the ratification" if signed else "the signature and ratification",
        },
    }


def meeting_is_past(meeting, day: dt.date) -> bool:
    """Whether a letter dated ``day`` speaks of the meeting in the past: its last day has
    certainly gone by (an undated end is never taken as passed)."""
    end = meeting.end or meeting.start
    return end is not None and end.certainly_by(day - dt.timedelta(days=1))


def _meeting_facts(meeting, language, day):
    start, end = meeting.start, meeting.end
    documents = list(meeting.documents.prefetch_related("versions"))
    working = [d for d in documents if d.kind != "information_note"]
    note = next((d for d in documents if d.kind == "information_note"), None)
    six = set(meeting.languages or []) >= {"ar", "zh", "en", "fr", "ru", "es"}
    all_languages = working and all(
        {v.language for v in d.versions.all() if v.status == "available"} >= set(meeting.languages)
        for d in working
    )
    return {
        "title": meeting.title,
        "name_in_sentence": in_sentence(meeting.title),
        "dates": _date_range(start.day, end.day, language)
        if start.is_exact and end.is_exact
        else None,
        "city": city(meeting.city, language) or None,
        "body": meeting.body.name,
        "documents": ", ".join(d.title[0].lower() + d.title[1:] for d in working) or None,
        "languages": (
            "all the official United Nations languages" if six and all_languages else None
        ),
        "information_note": note.title if note else None,
        "past": meeting_is_past(meeting, day),
        "registration_deadline": (
            day_text(meeting.registration_deadline, language)
            if meeting.registration_deadline
            else None
        ),
    }


def resolve(facts: dict, path: str):
    value = facts
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


class Missing:
    """Stands for a fact the data lacks: false in {% if %}, and noted when printed."""

    def __init__(self, path, printed):
        self.path, self._printed = path, printed

    def __bool__(self):
        return False

    def __str__(self):
        self._printed.add(self.path)
        return ""

    def __iter__(self):
        return iter(())


def with_missing(facts, printed, prefix=""):
    """A copy of ``facts`` where every absent value is a ``Missing`` recording its path."""
    result = {}
    for key, value in facts.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            result[key] = with_missing(value, printed, f"{path}.")
        elif value in (None, "", []):
            result[key] = Missing(path, printed)
        else:
            result[key] = value
    return result


def explain(paths, *, recipient, day) -> list[str]:
    return [
        WHY_MISSING.get(path, "the data has no value for {path}").format(
            post=recipient.post, date=day.isoformat(), path=path
        )
        for path in sorted(paths)
    ]
