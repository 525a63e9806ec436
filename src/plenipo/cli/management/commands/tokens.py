import datetime as dt

from django.utils import timezone

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.userdates import user_day
from plenipo.registry.queries import account_named, api_tokens_of, own_api_token
from plenipo.registry.services import tokens as service

MAX_ID = 2**31 - 1


class Command(PlenipoCommand):
    help = (
        "A user's API tokens, as /accounts/tokens/ shows them: make one (its secret is "
        "printed once), list them, revoke one."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        made = sub.add_parser("create", help="Make a token; prints its secret once")
        made.add_argument("--name", required=True, help="the script that will use it")
        made.add_argument(
            "--expires", default="", help="YYYY-MM-DD, refused from that day (90 days on)"
        )
        listed = sub.add_parser("list", help="The user's tokens, the newest first")
        listed.add_argument("--json", action="store_true")
        revoked = sub.add_parser("revoke", help="Refuse a token from now on")
        revoked.add_argument("id", help="the token's id (printed by list)")
        for parser_ in (made, listed, revoked):
            parser_.add_argument("--user", required=True, help="the account's username")

    def handle(self, *args, action, user, **options):
        account = account_named(user)
        if action == "create":
            expires = options["expires"].strip()
            token, secret = service.create_api_token(
                user=account,
                name=options["name"],
                expires_on=user_day(expires) if expires else None,
                by=None,
            )
            self.stdout.write(describe(token, timezone.localdate()))
            self.stdout.write(secret)
        elif action == "list":
            today = timezone.localdate()
            tokens = api_tokens_of(account)
            if options["json"]:
                self.print_json([as_dict(token, today) for token in tokens])
                return
            for token in tokens:
                self.stdout.write(describe(token, today))
        else:
            number = _token_id(options["id"])
            try:
                token = own_api_token(account, number)
            except NotFound:
                raise NotFound(f"no API token {number} of {user}'s") from None
            service.revoke_token(token=token, by=None)
            self.stdout.write(describe(token, timezone.localdate()))


def _token_id(text) -> int:
    if not text.isdigit() or int(text) > MAX_ID:
        raise InvalidInput(f"bad token id {text!r}: give the number list printed")
    return int(text)


def _day(value):
    return value.isoformat() if value else None


def _state(token, today: dt.date) -> str:
    if token.revoked_at is not None:
        return "revoked"
    return "expired" if token.expired_on(today) else "in use"


def as_dict(token, today: dt.date) -> dict:
    return {
        "id": token.pk,
        "name": token.name,
        "created_at": token.created_at.isoformat(),
        "expires_on": _day(token.expires_on),
        "last_used_at": _day(token.last_used_at),
        "revoked_at": _day(token.revoked_at),
        "state": _state(token, today),
    }


def describe(token, today: dt.date) -> str:
    expires = f"expires {token.expires_on}" if token.expires_on else "never expires"
    return f"{token.pk:>5}  [{_state(token, today)}]  {token.name}  ({expires})"
