"""Reads of the registry shared by the public site, the API and the command line."""

import datetime as dt

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Q, Sum
from django.utils import timezone

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.fields import span_covers_q
from plenipo.core.listing import matches
from plenipo.core.partialdates import DateBounds, Precision, span_covers
from plenipo.registry import names
from plenipo.registry.models import (
    AccessToken,
    AccessTokenKind,
    Membership,
    MembershipRole,
    Mission,
    Organization,
    OrganizationKind,
    Person,
    Post,
    PostHolding,
    State,
    StateName,
)

UN_LANGUAGES = names.LANGUAGES


def failed_sign_ins(username: str, address: str) -> int:
    """Failed sign-ins to one account from one address that django-axes holds."""
    attempts = AccessAttempt.objects.filter(username=username, ip_address=address)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


MAX_DOUBLINGS = 16  # 2**16 times the first lock is past any maximum one would set


def lock_length(failures: int) -> dt.timedelta:
    """How long ``failures`` failed sign-ins from one address lock an account (the sign-in
    page's lock and the users page's "locked until"): LOGIN_COOLOFF_SECONDS, doubled for
    every failure beyond the limit, never more than LOGIN_COOLOFF_MAX_SECONDS."""
    beyond = max(0, failures - settings.AXES_FAILURE_LIMIT)
    seconds = settings.LOGIN_COOLOFF_SECONDS * 2 ** min(beyond, MAX_DOUBLINGS)
    return dt.timedelta(seconds=min(seconds, settings.LOGIN_COOLOFF_MAX_SECONDS))


def sign_in_lock(username: str) -> dt.datetime | None:
    """Until when django-axes refuses ``username`` from at least one address (the latest
    such moment), or None when it signs in from everywhere."""
    now = timezone.now()
    ends = [
        attempt.attempt_time + lock_length(attempt.failures_since_start)
        for attempt in AccessAttempt.objects.filter(
            username=username, failures_since_start__gte=settings.AXES_FAILURE_LIMIT
        )
    ]
    latest = max(ends, default=None)
    return latest if latest is not None and latest > now else None


def all_states():
    return State.objects.order_by("code")


def search_states(text):
    """States whose code, CLDR name (any UN language) or any name the UN or the Council of
    Europe recorded for them (short or formal, any language, any period) holds every word
    of ``text``; accents and case aside. Three queries whatever the number of states."""
    states = all_states()
    if not str(text or "").split():
        return states
    found = {
        row["code"]
        for row in State.objects.values("code", "names")
        if matches(text, row["code"], *(row["names"] or {}).values())
    }
    for row in StateName.objects.values("party_code", "short", "formal"):
        recorded = [*(row["short"] or {}).values(), *(row["formal"] or {}).values()]
        if matches(text, *recorded):
            found.add(row["party_code"])
    return states.filter(code__in=found)


def get_state(code: str) -> State:
    state = State.objects.filter(code=(code or "").strip().upper()).first()
    if state is None:
        raise NotFound(f"unknown state code {code!r} (use ISO 3166-1 alpha-3, e.g. FRA)")
    return state


def find_person(text: str) -> Person:
    """A person of the registry by record key or by full name (either case); NotFound, or
    InvalidInput when the name is shared, naming the problem."""
    text = (text or "").strip()
    person = Person.objects.filter(key=text).first()
    if person is not None:
        return person
    found = list(Person.objects.filter(name__iexact=text).order_by("key")[:2])
    if not found:
        raise NotFound(f"no person {text!r} in the registry (give the name or the record key)")
    if len(found) > 1:
        keys = ", ".join(p.key for p in found)
        raise InvalidInput(f"more than one person is named {text!r}: give the record key ({keys})")
    return found[0]


# The kinds of organization, as a form offers them.
ORGANIZATION_KINDS = OrganizationKind.choices


def all_organizations():
    return Organization.objects.order_by("code")


def organizations_with_members():
    """The organizations whose member states the registry records: those it can say which
    members are not party to an instrument."""
    members = Membership.objects.filter(role=MembershipRole.MEMBER).values("organization")
    return Organization.objects.filter(pk__in=members).order_by("code")


def get_organization(code: str) -> Organization:
    organization = Organization.objects.filter(code=(code or "").strip().upper()).first()
    if organization is None:
        known = ", ".join(Organization.objects.values_list("code", flat=True))
        raise NotFound(f"unknown organization code {code!r} (known: {known})")
    return organization


def get_party(code: str) -> State | Organization:
    """The state or, failing one, the organization of that code (FRA, UNODC …)."""
    code = (code or "").strip().upper()
    # A NUL is refused by PostgreSQL before it could match anything.
    known = code and "\x00" not in code
    party = State.objects.filter(code=code).first() if known else None
    party = party or (Organization.objects.filter(code=code).first() if known else None)
    if party is None:
        raise NotFound(
            f"unknown state or organization {code!r} (a state by its ISO 3166-1 alpha-3 code, "
            "e.g. FRA; an organization by its code, e.g. EU)"
        )
    return party


def party_choices() -> list[tuple[str, str]]:
    """Every state and organization of the registry: (code, name), states first."""
    states = [(s.code, s.name) for s in State.objects.order_by("code")]
    return states + [(o.code, o.name) for o in Organization.objects.order_by("code")]


def get_mission(code: str) -> Mission:
    mission = Mission.objects.filter(code=(code or "").strip()).first()
    if mission is None:
        raise NotFound(f"unknown mission {code!r}")
    return mission


def members_on(organization: Organization, day: dt.date) -> list[tuple[State, bool]]:
    """States that were members on ``day``, each with whether that is certain."""
    candidates = (
        Membership.objects.filter(organization=organization, role=MembershipRole.MEMBER)
        .filter(span_covers_q(Membership.start, Membership.end, day)[1])
        .select_related("state")
        .order_by("state__code")
    )
    result = {}
    for membership in candidates:
        covers = span_covers(membership.start, membership.end, day)
        if covers is not False:
            result[membership.state.code] = (membership.state, covers is True)
    return list(result.values())


def memberships_of(state: State):
    return state.memberships.select_related("organization", "source").order_by("start_not_before")


def find_post(text: str) -> Post:
    text = (text or "").strip()
    post = Post.objects.filter(Q(key=text) | Q(title__iexact=text)).first()
    if post is None:
        raise NotFound(f"unknown post {text!r}")
    return post


def holders_on(post: Post, day: dt.date) -> list[tuple[PostHolding, bool]]:
    """Who held ``post`` on ``day``: usually one, several when dates are uncertain."""
    holdings = post.holdings.select_related("person", "source").order_by("start_not_before")
    result = []
    for holding in holdings:
        covers = span_covers(holding.start, holding.end, day)
        if covers is not False:
            result.append((holding, covers is True))
    return result


def api_tokens_of(user) -> list[AccessToken]:
    """A user's API tokens, the newest first, revoked ones included."""
    return list(AccessToken.objects.filter(user=user, kind=AccessTokenKind.API))


def own_api_token(user, pk) -> AccessToken:
    """One of ``user``'s API tokens; anyone else's is as unknown as a token never made."""
    token = AccessToken.objects.filter(user=user, kind=AccessTokenKind.API, pk=pk).first()
    if token is None:
        raise NotFound(f"no API token {pk} of yours")
    return token


def calendar_feed_of(user) -> AccessToken | None:
    """The user's calendar feed secret in force, if any."""
    return AccessToken.objects.filter(
        user=user, kind=AccessTokenKind.CALENDAR, revoked_at=None
    ).first()


def accounts():
    """Every user account with its role: its groups and, for a focal point, its state and
    mission; in a constant number of queries, by username."""
    from django.contrib.auth import get_user_model  # noqa: PLC0415 -- the configured model

    return list(
        get_user_model()
        .objects.select_related("focal_point__state", "focal_point__mission")
        .prefetch_related("groups")
        .order_by("username")
    )


def account_named(username: str):
    """The user account of that username."""
    from django.contrib.auth import get_user_model  # noqa: PLC0415 -- the configured model

    user = get_user_model().objects.filter(username=(username or "").strip()).first()
    if user is None:
        raise NotFound(f"no user {username!r}")
    return user


def get_account(pk):
    """One user account by its id, as ``accounts`` reads it."""
    from django.contrib.auth import get_user_model  # noqa: PLC0415 -- the configured model

    user = (
        get_user_model()
        .objects.select_related("focal_point__state", "focal_point__mission")
        .filter(pk=pk)
        .first()
    )
    if user is None:
        raise NotFound(f"no user {pk}")
    return user


def name_records(*, kinds=("short", "formal"), states=None) -> list[names.NameRecord]:
    """Every recorded name of a state over time, for ``names.name_on``; only the
    ``kinds`` of name asked for are read (the status pages need the short ones), and
    only the ``states`` asked for when given (codes)."""
    # A short name's article is read with it: letters put the name after "de" with it.
    columns = ["party_code", "scheme", *kinds, "source__key"]
    if "short" in kinds:
        columns.append("article")
    dated = [StateName.start, StateName.end]
    for field in dated:
        columns += [field.not_before, field.not_after, field.precision]
    rows = StateName.objects.all()
    if states is not None:
        rows = rows.filter(party_code__in=[code.upper() for code in states])
    records = []
    for row in rows.values(*columns):
        start, end = (
            DateBounds(row[f.not_before], row[f.not_after], Precision(row[f.precision]))
            if row[f.precision]
            else None
            for f in dated
        )
        records.append(
            names.NameRecord(
                state=row["party_code"],
                scheme=row["scheme"],
                short=row.get("short") or {},
                formal=row.get("formal") or {},
                start=start,
                end=end,
                sources=(row["source__key"],),
                article=row.get("article") or {},
            )
        )
    return records


def _records_by_state(kind: str, states=None) -> dict[str, list[names.NameRecord]]:
    by_state: dict[str, list[names.NameRecord]] = {}
    for record in name_records(kinds=(kind,), states=states):
        by_state.setdefault(record.state, []).append(record)
    return by_state


def official_names_on(
    day: dt.date,
    *,
    language: str = "en",
    kind: str = "short",
    scheme: str = "un",
    states=None,
) -> dict[str, str]:
    """Each recorded state's name on ``day`` as the UN (or the CoE) gave it, by code;
    only the ``states`` asked for when given. One query."""
    language = language if language in names.LANGUAGES else names.FALLBACK_LANGUAGE
    found = _names_on(day, (language,), kind=kind, scheme=scheme, states=states)
    return {code: by_language[language] for code, by_language in found.items()}


def official_names_in_languages(
    day: dt.date, *, kind: str = "short", scheme: str = "un", states=None
) -> dict[str, dict[str, str]]:
    """Each recorded state's name on ``day`` in the six UN languages, by code and
    language, read in one query. A language the record lacks is answered as
    ``names.name_on`` answers it (in English)."""
    return _names_on(day, names.LANGUAGES, kind=kind, scheme=scheme, states=states)


def _names_on(day, languages, *, kind, scheme, states) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for code, records in _records_by_state(kind, states).items():
        for language in languages:
            name = names.name_on(records, code, day, scheme=scheme, kind=kind, language=language)
            if name is not None:
                found.setdefault(code, {})[language] = name.text
    return found


def state_names_in_languages(states, day: dt.date) -> dict[str, dict[str, str]]:
    """Each of ``states``' short names on ``day`` in the six UN languages, by code and
    language: the UN's where it names the state, CLDR's where it names it nowhere (a
    territory, not a state). One query, whatever the number of states."""
    states = list(states)
    un_names = official_names_in_languages(day, states=[state.code for state in states])
    return {
        state.code: {
            language: un_names.get(state.code, {}).get(language) or state.name_in(language)
            for language in names.LANGUAGES
        }
        for state in states
    }


def interface_language(language: str | None) -> str:
    """The UN language a name is given in for an interface language ("fr-ch" → "fr")."""
    base = (language or "en").split("-")[0].lower()
    return base if base in names.LANGUAGES else names.FALLBACK_LANGUAGE


def state_name_on(state: State, day: dt.date, *, language: str = "en") -> str:
    """One state's UN short name on ``day``; its CLDR name when the UN names it nowhere
    (a territory, not a state). One query."""
    found = official_names_on(day, language=language, states=[state.code])
    return found.get(state.code) or state.name_in(interface_language(language))


def name_history(state: State) -> list[dict]:
    """Every name the UN (and the CoE, where it differs) gave one state, oldest first,
    in English, each with its period. One query."""
    history = [
        {
            "scheme": record.scheme,
            "short": record.short.get("en") or next(iter(record.short.values()), ""),
            "formal": record.formal.get("en") or next(iter(record.formal.values()), ""),
            "start": record.start,
            "end": record.end,
            "sources": record.sources,
        }
        for record in name_records(states=[state.code])
    ]
    return sorted(
        history,
        key=lambda item: (
            item["scheme"] != "un",
            item["start"].not_before if item["start"] and item["start"].not_before else dt.date.min,
        ),
    )


def mission_places():
    """The places states accredit missions to (UN-NY, UN-GE, UN-VIE …)."""
    return Mission.objects.order_by("code")


# Received letters are written in these; a name in another script never matches one.
LETTER_LANGUAGES = ("en", "fr", "es")


def correspondent_names() -> dict[str, list[tuple[str, list[str]]]]:
    """Every name the registry knows each state, organization, post and person by, in the
    languages letters are read in, for matching who a received letter is from and to:
    ``{kind: [(code, names)]}``, the name to show first; a post's row ends with the code of
    the state it serves, if any. Four queries."""
    recorded: dict[str, list[str]] = {}
    for row in StateName.objects.values("party_code", "short", "formal"):
        for written in (row["short"] or {}, row["formal"] or {}):
            recorded.setdefault(row["party_code"], []).extend(
                written[lang] for lang in LETTER_LANGUAGES if written.get(lang)
            )
    states = [
        (code, _in_letter_languages(names_, recorded.get(code, [])))
        for code, names_ in State.objects.order_by("code").values_list("code", "names")
    ]
    organizations = [
        (code, [*_in_letter_languages(names_), code])
        for code, names_ in Organization.objects.order_by("code").values_list("code", "names")
    ]
    return {
        "state": states,
        "organization": organizations,
        "post": [
            (key, [title], state)
            for key, title, state in Post.objects.values_list("key", "title", "state__code")
        ],
        "person": [(key, [name]) for key, name in Person.objects.values_list("key", "name")],
    }


def _in_letter_languages(names_: dict, more=()) -> list[str]:
    written = [names_[lang] for lang in LETTER_LANGUAGES if names_.get(lang)]
    return list(dict.fromkeys([*written, *more]))
