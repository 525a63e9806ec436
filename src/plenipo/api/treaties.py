"""API: instruments, their status on a date, and entry into force."""

import datetime as dt

from django.http import HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from plenipo.api.schemas import Answer, Bounds, Count, Error
from plenipo.core.errors import InvalidInput
from plenipo.ops.pagecache import public_page
from plenipo.registry import queries as registry
from plenipo.treaties import exporters
from plenipo.treaties import queries as treaties

# The operation ids are the ones these endpoints had when the API module defined them
# itself: clients generated from the OpenAPI document keep their method names.
router = Router(tags=["treaties"])


class InstrumentOut(Answer):
    code: str
    title: str
    kind: str
    entry_into_force: dt.date | None
    entry_into_force_computed: Bounds | None
    entry_into_force_recorded: dt.date | None
    depositary: str
    adopted: str | None
    opened_for_signature: str | None
    source: str


class PartyOut(Answer):
    state: str
    name: str
    party_type: str
    action: str | None
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    entry_into_force: dt.date | None
    entry_into_force_bounds: Bounds | None
    certain: bool


class MemberNotParty(Answer):
    state: str
    name: str
    signed: bool
    certain_member: bool


class ReservationOut(Answer):
    state: str
    date: dt.date | None
    text: str
    certain: bool


class StatusOut(Answer):
    instrument: InstrumentOut
    as_of: dt.date
    parties: list[PartyOut]
    signatories: list[PartyOut]
    counts: dict[str, Count]
    reservations: list[ReservationOut]
    instruments_still_needed: dict[str, int] | None = None
    not_yet_open: str | None = Field(
        None,
        description="Set when the instrument was not yet (or possibly not yet) adopted or "
        "opened for signature on as_of, e.g. 'not yet adopted on 1990-01-01 (adopted …)'",
    )
    not_yet_in_force: str | None = Field(
        None,
        description="Set when the instrument itself was not yet (or possibly not yet) in "
        "force on as_of, e.g. 'not yet in force on 2003-12-01 (entry into force 2003-12-25)': "
        "its parties had consented and none was bound (counts.bound)",
    )
    members_of: str | None = None
    members_not_parties: list[MemberNotParty] | None = None


class EifOut(Schema):
    code: str
    entry_into_force: dt.date | None
    bounds: Bounds | None
    recorded: dt.date | None
    threshold_reached_on: dt.date | None
    threshold_bounds: Bounds | None
    nth_instrument: str | None
    rule: str | None
    missing: list[str]
    complete_until: dt.date | None
    notes: list[str]
    agrees_with_record: bool | None


class StatusQuery(Schema):
    as_of: str | None = None
    members_of: str | None = None


@router.get(
    "/instruments", response=list[InstrumentOut], operation_id="plenipo_api_urls_list_instruments"
)
def list_instruments(request):
    """Every instrument with its computed and recorded entry into force."""
    return [exporters.instrument_as_dict(i) for i in treaties.all_instruments()]


@router.get(
    "/instruments/{code}",
    response={200: InstrumentOut, 404: Error},
    operation_id="plenipo_api_urls_get_instrument",
)
def get_instrument(request, code: str):
    return exporters.instrument_as_dict(treaties.get_instrument(code))


@router.get(
    "/instruments/{code}/status",
    response={200: StatusOut, 400: Error, 404: Error},
    operation_id="plenipo_api_urls_instrument_status",
)
@decorate_view(public_page)  # the JSON as sent, not only the status: 197 rows validated once
def instrument_status(request, code: str, query: Query[StatusQuery]):
    """Parties and signatories on a date (default today); with ``members_of``, the members of
    that organization on that date that are not parties."""
    instrument = treaties.get_instrument(code)
    organization = registry.get_organization(query.members_of) if query.members_of else None
    day = treaties.parse_as_of(query.as_of, instrument)
    return exporters.remembered_status(instrument, day, members_of=organization)


@router.get(
    "/instruments/{code}/status.{fmt}",
    response={200: None, 400: Error, 404: Error},
    openapi_extra={"responses": {200: {"description": "The status table as a file"}}},
    operation_id="plenipo_api_urls_instrument_status_file",
)
def instrument_status_file(request, code: str, fmt: str, query: Query[StatusQuery]):
    """The status table as CSV or XLSX; with ``members_of``, also the members of that
    organization on that date that are not parties."""
    if fmt not in {"csv", "xlsx"}:
        raise InvalidInput(f"unknown export format {fmt!r} (use csv or xlsx)")
    instrument = treaties.get_instrument(code)
    organization = registry.get_organization(query.members_of) if query.members_of else None
    day = treaties.parse_as_of(query.as_of, instrument)
    status = treaties.status_of(instrument, day, members_of=organization)
    name, content_type, body = exporters.export_status(status, fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@router.get(
    "/instruments/{code}/eif",
    response={200: EifOut, 404: Error},
    operation_id="plenipo_api_urls_instrument_eif",
)
def instrument_eif(request, code: str):
    """Entry into force computed from the clause and the recorded actions."""
    return exporters.eif_as_dict(treaties.get_instrument(code))
