"""The page that asks an officer to confirm a step the services warn of (a proposal a
party objected to, a silence while proposals are pending): the warning, what it is about,
and the same form sent again with ``confirm``, or a way back without doing anything."""

from django.shortcuts import render

from plenipo.negotiations import queries as negotiations

NOT_REPEATED = {"csrfmiddlewaretoken", "confirm"}


def ask_to_confirm(request, *, process, warning, what: str, back: str):
    """``warning``: the service's ``NeedsConfirmation``; ``what``: the step, in words."""
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name not in NOT_REPEATED
        for value in values
    ]
    context = {
        "process": process,
        "warning": str(warning),
        "proposals": warning.items,
        "what": what,
        "fields": fields,
        "action": request.path,
        "back": back,
        "party_labels": negotiations.party_labels(warning.items),
    }
    return render(request, "office/negotiation_confirm.html", context)
