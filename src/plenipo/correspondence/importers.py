"""The correspondence sections of data files: sending offices with their reference schemes,
and letter templates."""

from plenipo.core.errors import InvalidInput
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.correspondence.models import ReferenceScheme, SendingOffice
from plenipo.correspondence.services import setup
from plenipo.registry.importers import organization
from plenipo.registry.models import Post

OFFICE_KEYS = {
    "code",
    "name",
    "city",
    "organization",
    "letterhead",
    "signatory",
    "third_person",
    "schemes",
    "source",
    "sources",
    "note",
}
TEMPLATE_KEYS = {
    "name",
    "genre",
    "language",
    "office",
    "scheme",
    "subject",
    "body",
    "enclosures",
    "note",
}


def _load_offices(run, documents, counts):
    def create(document, record):
        check_keys(record, OFFICE_KEYS, "office")
        source, _ = sources_of(run, record)
        signatory = None
        if record.get("signatory"):
            signatory = Post.objects.filter(key=record["signatory"]).first()
            if signatory is None:
                raise InvalidInput(f"unknown post {record['signatory']!r}")
        office = setup.define_office(
            code=record["code"],
            name=record["name"],
            city=record["city"],
            organization=organization(record["organization"])
            if record.get("organization")
            else None,
            letterhead=record.get("letterhead") or "",
            signatory=signatory,
            third_person=strip(record.get("third_person") or {}),
            source=source,
            by=run.by,
        )
        for spec in record.get("schemes") or []:
            check_keys(spec, {"code", "pattern", "suffix", "counters"}, "reference scheme")
            scheme = setup.define_scheme(
                office=office,
                code=spec["code"],
                pattern=spec["pattern"],
                suffix=spec.get("suffix") or "",
                by=run.by,
            )
            for counter in spec.get("counters") or []:
                setup.continue_numbering(
                    scheme=scheme, year=counter["year"], last=counter["last"], by=run.by
                )
        return office

    run.each(documents, "offices", lambda r: f"office {r.get('code')}", create, counts)


def _load_templates(run, documents, counts):
    def create(document, record):
        check_keys(record, TEMPLATE_KEYS, "template")
        office = SendingOffice.objects.filter(code=record["office"]).first()
        if office is None:
            raise InvalidInput(f"unknown office {record['office']!r}")
        scheme = None
        if record.get("scheme"):
            scheme = ReferenceScheme.objects.filter(office=office, code=record["scheme"]).first()
            if scheme is None:
                raise InvalidInput(f"{office.code} has no reference scheme {record['scheme']!r}")
        return setup.save_template(
            name=record["name"],
            genre=record["genre"],
            language=record["language"],
            office=office,
            scheme=scheme,
            subject=record.get("subject") or "",
            body=record["body"],
            enclosures=record.get("enclosures") or [],
            by=run.by,
        )

    run.each(documents, "templates", lambda r: f"template {r.get('name')}", create, counts)


def register():
    register_section(order=60, keys={"offices"}, load=_load_offices)
    register_section(order=61, keys={"templates"}, load=_load_templates)
