"""The sign-in part of an office user's page: its lock, if any, and the buttons to unlock it
and to make a new set-password link (``office.sign_in_access``)."""

from django import template

from plenipo.registry.queries import sign_in_lock
from plenipo.registry.services.passwords import password_link_refusal

register = template.Library()


@register.inclusion_tag("office/_sign_in_access.html", takes_context=True)
def sign_in_access(context, account):
    viewer = context["request"].user
    return {
        "account": account,
        "csrf_token": context.get("csrf_token"),
        "locked_until": sign_in_lock(account.get_username()),
        # a link hands the account to whoever holds it: an administrator's, to one alone;
        # an account waiting for its first password has the users page's own button
        "may_link": account.has_usable_password()
        and not password_link_refusal(user=account, by=viewer),
    }
