"""Silence notices: the letters telling all permanent missions at the process's place that
a version is under silence until a deadline, and then that the silence passed or who broke
it. Written from a letter template of the correspondence app (one draft per mission, as
any mail merge), linked to the process and its silence procedure, and left as drafts: the
office approves and sends them like any other letter."""

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, get_timezone_location
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.protocol import StateNamer
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import distribution
from plenipo.correspondence.services.letters import MergeResult, merge
from plenipo.correspondence.titles import in_sentence
from plenipo.negotiations.models import NoticeKind, ProcessLetter, SilenceStatus
from plenipo.negotiations.queries import FACILITATORS, resolve_party
from plenipo.negotiations.services.processes import link_letter
from plenipo.registry.models import Mission, State

# The built-in templates (data/correspondence/templates.yaml), by notice and language.
TEMPLATES = {
    NoticeKind.START: {"en": "silence-start-nv-en"},
    NoticeKind.RESULT: {"en": "silence-result-nv-en"},
}
# "18:00 New York time on Friday, 7 July 2017"; "18 h 00, heure de New York, le vendredi …"
DEADLINE = {
    "en": ("HH:mm", "EEEE, d MMMM y", "{time} {city} time on {day}"),
    "fr": ("HH 'h' mm", "EEEE d MMMM y", "{time}, heure de {city}, le {day}"),
}
MANDATE = {"en": "paragraph {number} of {symbol}", "fr": "paragraphe {number} de {symbol}"}
THE_FACILITATORS = {"en": "the facilitators", "fr": "les facilitateurs"}


def deadline_text(moment: dt.datetime, timezone: str, language: str) -> str:
    """The deadline in the venue's time zone, as a letter writes it."""
    time_pattern, day_pattern, sentence = DEADLINE.get(language, DEADLINE["en"])
    local = moment.astimezone(ZoneInfo(timezone))
    city = get_timezone_location(ZoneInfo(timezone), locale=language, return_city=True)
    return sentence.format(
        time=format_datetime(local, time_pattern, locale=language),
        city=city,
        day=format_datetime(local, day_pattern, locale=language),
    )


def _party_name(code: str, namer: StateNamer, language: str) -> str:
    code, party = resolve_party(code)
    if code == FACILITATORS:
        return THE_FACILITATORS.get(language, THE_FACILITATORS["en"])
    if isinstance(party, State):
        return namer.formal(code, language)
    return party.names.get(language) or party.names.get("en") or code


def notice_facts(silence, *, language: str, day: dt.date) -> dict:
    """What a silence notice may print (``silence.*`` and ``negotiation.*``); a fact the
    data lacks is None, and a letter printing it is refused by the merge."""
    process, version = silence.process, silence.version
    mandate = None
    if process.mandate_id:
        symbol, number = process.mandate.decision.symbol, process.mandate.paragraph_number
        mandate = (
            MANDATE.get(language, MANDATE["en"]).format(number=number, symbol=symbol)
            if number
            else symbol
        )
    breaks = list(silence.breaks.order_by("at"))
    namer = StateNamer(day)
    zone = ZoneInfo(silence.timezone)
    return {
        "negotiation": {
            "title": process.title,
            "title_in_sentence": in_sentence(process.title),
            "mandate": mandate,
        },
        "silence": {
            "version": version.label,
            "symbol": version.symbol or None,
            "deadline": deadline_text(silence.until, silence.timezone, language),
            "broken": silence.status == SilenceStatus.BROKEN,
            "broken_by": " and ".join(_party_name(b.party, namer, language) for b in breaks)
            or None,
            "broken_on": format_datetime(breaks[0].at.astimezone(zone), "d MMMM y", locale=language)
            if breaks
            else None,
        },
    }


def _places_of_consultations(process) -> list[str]:
    """The mission places in the city of the process's consultations (of its audience)."""
    cities = set()
    for consultation in process.consultations.select_related("meeting__room__venue"):
        meeting = consultation.meeting
        cities.add(meeting.room.venue.city if meeting.room_id else meeting.city)
    places = Mission.objects.filter(city__in=cities - {""})
    if process.audience_id:
        places = places.filter(organization=process.audience)
    return sorted(places.values_list("code", flat=True))


def suggested_missions_place(process) -> str:
    """The one mission place the consultations' city gives, else "" (the user chooses)."""
    codes = _places_of_consultations(process)
    return codes[0] if len(codes) == 1 else ""


def missions_places() -> list[tuple[str, str]]:
    """Every mission place the registry knows, as (code, name), to choose from."""
    return list(Mission.objects.values_list("code", "name"))


def missions_place(process, place: str = "") -> str:
    """The place whose permanent missions are written to: ``place`` when given, else the
    one mission place in the city of the process's consultations (UN-NY for New York)."""
    if place:
        return place.strip().upper()
    codes = _places_of_consultations(process)
    if len(codes) != 1:
        found = ", ".join(codes) or "none"
        raise InvalidInput(
            f"name the missions' place (e.g. UN-NY): the city of {process.code}'s "
            f"consultations gives {found}"
        )
    return codes[0]


def _check_kind(silence, kind):
    if kind not in NoticeKind.values:
        raise InvalidInput(f"unknown notice {kind!r}: start or result")
    if kind == NoticeKind.RESULT and silence.status == SilenceStatus.UNDER_SILENCE:
        raise InvalidInput(
            f"the silence on {silence.version.label} has no result yet: record the break, "
            "or close it once its deadline has passed unbroken"
        )
    if kind == NoticeKind.START and silence.status != SilenceStatus.UNDER_SILENCE:
        raise InvalidInput(
            f"the silence on {silence.version.label} is over ({silence.status}): "
            "announce its result instead"
        )
    drafted = ProcessLetter.objects.filter(silence=silence, notice=kind).count()
    if drafted:
        raise InvalidInput(
            f"the {kind} notice of the silence on {silence.version.label} is already drafted "
            f"({drafted} letters): approve and send those"
        )


@transaction.atomic
def draft_silence_notice(
    *, silence, kind, day: dt.date, by, template=None, language="en", place=""
) -> MergeResult:
    """One draft notice per permanent mission at the process's place, linked to the
    process and the silence; ``template`` (a name) overrides the built-in one."""
    _check_kind(silence, kind)
    name = template or TEMPLATES[kind].get(language)
    if name is None:
        known = ", ".join(TEMPLATES[kind])
        raise InvalidInput(f"no built-in {kind} notice in {language!r} (known: {known})")
    letter_template = get_template(name)
    process = silence.process
    recipients = distribution(f"missions:{missions_place(process, place)}", day).recipients
    result = merge(
        template=letter_template,
        recipients=recipients,
        day=day,
        by=by,
        extra_facts=notice_facts(silence, language=letter_template.language, day=day),
    )
    if not result.letters:
        raise InvalidInput(
            "no notice could be written: "
            + ("; ".join(reason for _, reason in result.refused[:3]) or "no mission recorded")
        )
    for letter in result.letters:
        link_letter(process=process, letter=letter, silence=silence, notice=kind, by=by)
    log_action(
        silence,
        "negotiations.silence.notice_drafted",
        by=by,
        data={"notice": kind, "template": name, "letters": len(result.letters)},
    )
    return result
