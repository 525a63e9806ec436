"""Query parameters the API does not know are refused, not ignored: ``status?date=2010-01-01``
would otherwise answer today's table as if it were the one asked for."""

import functools
import inspect

from ninja.params.models import QueryModel

READS = frozenset({"GET", "HEAD"})


def accepted_query_parameters(operation) -> tuple[str, ...]:
    """The names an operation reads from the query string, in its signature's order."""
    names = []
    for model in operation.models:
        if not issubclass(model, QueryModel):
            continue
        flattened = getattr(model, "__ninja_flatten_map__", None)
        if flattened:
            names.extend(flattened)
        else:
            names.extend(field.alias or name for name, field in model.model_fields.items())
    return tuple(names)


def unknown_parameters_message(unknown, accepted) -> str:
    names = ", ".join(repr(name) for name in unknown)
    noun = "parameter" if len(unknown) == 1 else "parameters"
    takes = f"accepted: {', '.join(accepted)}" if accepted else "this endpoint takes none"
    return f"unknown query {noun} {names} ({takes})"


def install(api):
    """Check every reading operation's query string before it runs (and before a cached
    answer is served)."""

    def refuse_unknown(run):
        operation = inspect.unwrap(run).__self__
        accepted = accepted_query_parameters(operation)

        @functools.wraps(run)
        def checked(request, *args, **kwargs):
            if request.method in READS:
                unknown = [name for name in request.GET if name not in accepted]
                if unknown:
                    detail = unknown_parameters_message(unknown, accepted)
                    return api.create_response(request, {"detail": detail}, status=400)
            return run(request, *args, **kwargs)

        return checked

    api.add_decorator(refuse_unknown, mode="view")
