"""The registry's sections of data files (see plenipo.core.importing)."""

from plenipo.core.errors import InvalidInput
from plenipo.core.importing import (
    CORROBORATED,
    UNCHANGED,
    Matched,
    check_keys,
    register_section,
    sources_of,
    strip,
)
from plenipo.registry.models import MembershipRole, Mission, Organization, Person, Post
from plenipo.registry.names import NamesError, read_records
from plenipo.registry.queries import get_state
from plenipo.registry.services import states as registry


def organization(code):
    found = Organization.objects.filter(code=code).first()
    if found is None:
        raise InvalidInput(f"unknown organization {code!r}")
    return found


MEMBERSHIP_KEYS = {
    "organization",
    "state",
    "start",
    "end",
    "source",
    "sources",
    "note",
    "conflicts",
}


def _load_organization(run, document, record):
    def create():
        check_keys(record, {"code", "names", "kind", "source"}, "organization")
        source, _ = sources_of(run, record)
        return registry.define_organization(
            code=record["code"],
            names=strip(record["names"]),
            kind=record["kind"],
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"organization {record.get('code')}", create)


def _load_mission(run, document, record):
    def create():
        check_keys(record, {"code", "name", "organization", "city"}, "mission")
        return registry.define_mission(
            code=record["code"],
            name=record["name"],
            organization=organization(record["organization"]),
            city=record["city"],
            by=run.by,
        )

    return run.attempt(document, record, f"mission {record.get('code')}", create)


def _membership_loader(role):
    def load(run, document, record):
        what = f"membership of {record.get('state')} in {record.get('organization')}"

        def create():
            check_keys(record, MEMBERSHIP_KEYS, what)
            source, others = sources_of(run, record)
            where = {
                "organization": organization(record["organization"]),
                "state": registry.ensure_state(record["state"], by=None),
                "start": strip(record["start"]),
                "end": strip(record.get("end")),
                "role": role,
            }
            existing = registry.recorded_membership(**where, sources=[source, *others], by=run.by)
            if existing is not None:
                return Matched(CORROBORATED if existing[1] else UNCHANGED)
            return registry.record_membership(
                **where,
                source=source,
                other_sources=others,
                note=record.get("note") or "",
                conflicts=strip(record.get("conflicts") or []),
                by=run.by,
            )

        return run.attempt(document, record, what, create)

    return load


def _load_membership_change(run, document, record):
    def create():
        check_keys(
            record,
            {
                "organization",
                "former",
                "state",
                "successor",
                "successors",
                "date",
                "kind",
                "source",
                "sources",
                "note",
            },
            "membership change",
        )
        source, _ = sources_of(run, record)
        codes = record.get("successors") or (
            [record["successor"]] if record.get("successor") else []
        )
        states = [registry.ensure_state(c, by=None) for c in codes]
        former = record.get("former")
        if record.get("state"):  # a change of one state's own membership (e.g. withdrawal)
            state = registry.ensure_state(record["state"], by=None)
            states.append(state)
            former = former or state.name
        return registry.record_membership_change(
            organization=organization(record["organization"]),
            former=former,
            successors=states,
            kind=record["kind"],
            date=strip(record.get("date")),
            note=record.get("note") or "",
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"membership change {record.get('former')}", create)


def _load_person(run, document, record):
    def create():
        check_keys(record, {"id", "name", "honorific", "gender", "note"}, "person")
        return registry.define_person(
            key=record["id"],
            name=record["name"],
            honorific=record.get("honorific") or "",
            gender=record.get("gender") or "",
            by=run.by,
        )

    return run.attempt(document, record, f"person {record.get('id')}", create)


def _load_post(run, document, record):
    def create():
        check_keys(record, {"id", "title", "state", "organization", "mission"}, "post")
        mission = (
            Mission.objects.filter(code=record["mission"]).first()
            if record.get("mission")
            else None
        )
        if record.get("mission") and mission is None:
            raise InvalidInput(f"unknown mission {record['mission']!r}")
        return registry.define_post(
            key=record["id"],
            title=record["title"],
            state=get_state(record["state"]) if record.get("state") else None,
            organization=organization(record["organization"])
            if record.get("organization")
            else None,
            mission=mission,
            by=run.by,
        )

    return run.attempt(document, record, f"post {record.get('id')}", create)


def _load_holding(run, document, record):
    def create():
        check_keys(
            record, {"person", "post", "start", "end", "source", "sources", "note"}, "holding"
        )
        source, others = sources_of(run, record)
        person = Person.objects.filter(key=record["person"]).first()
        post = Post.objects.filter(key=record["post"]).first()
        if person is None or post is None:
            raise InvalidInput(f"unknown {'person' if person is None else 'post'}")
        return registry.record_post_holding(
            person=person,
            post=post,
            start=strip(record["start"]),
            end=strip(record.get("end")),
            source=source,
            other_sources=others,
            note=record.get("note") or "",
            by=run.by,
        )

    return run.attempt(document, record, f"{record.get('person')} as {record.get('post')}", create)


def _load_permanent_mission(run, document, record):
    def create():
        check_keys(
            record,
            {"state", "place", "address", "email", "phone", "source", "sources", "note"},
            "permanent mission",
        )
        source, _ = sources_of(run, record)
        place = Mission.objects.filter(code=record["place"]).first()
        if place is None:
            raise InvalidInput(f"unknown place {record['place']!r}")
        return registry.record_permanent_mission(
            state=registry.ensure_state(record["state"], by=None),
            place=place,
            source=source,
            address=record.get("address") or "",
            email=record.get("email") or "",
            phone=str(record.get("phone") or ""),
            by=run.by,
        )

    return run.attempt(document, record, f"mission of {record.get('state')}", create)


def _records(section, loader):
    def load(run, documents, counts):
        for document in documents:
            for record in document.data.get(section) or []:
                run.tally(document, record, section, loader(run, document, record))

    return load


def _load_names(run, documents, counts):
    """The names of states over time: read and checked together, recorded together."""
    for document in documents:
        if not document.data.get("names"):
            continue

        def record(document=document):
            try:
                records = read_records(
                    {"sources": dict.fromkeys(run.sources), "names": strip(document.data["names"])}
                )
            except NamesError as exc:
                raise InvalidInput(str(exc)) from None
            return registry.record_state_names(records=records, sources=run.sources, by=run.by)

        created = run.attempt(document, {}, "names", record)
        if created:
            counts["names"] = counts.get("names", 0) + len(created)


def register():
    for order, (section, loader) in enumerate(
        [
            ("organizations", _load_organization),
            ("missions", _load_mission),
            ("memberships", _membership_loader(MembershipRole.MEMBER)),
            ("observers", _membership_loader(MembershipRole.OBSERVER)),
            ("membership_changes", _load_membership_change),
            ("people", _load_person),
            ("posts", _load_post),
            ("holdings", _load_holding),
            ("permanent_missions", _load_permanent_mission),
        ],
        start=10,
    ):
        register_section(order=order, keys={section}, load=_records(section, loader))
    register_section(order=19, keys={"names"}, load=_load_names)
