"""The methods a page answers, checked before anything else, the CSRF check included.

An office, portal or account page answers GET (and HEAD) and the POST of its forms
(``PAGE_METHODS``); a form's own address may take POST alone (Django's ``require_POST``),
as signing out does.
A method such a page never takes (DELETE, PUT, PATCH…) is answered 405 with the methods it
does take, whether or not the request carries a CSRF token: refusing it changes nothing, so
there is nothing for the token to protect, and the client learns what the address is for
rather than that its form expired."""

from django.http import HttpResponseNotAllowed

PAGE_METHODS = ("GET", "HEAD", "POST")


def mark_page(view, methods=PAGE_METHODS):
    """Record on ``view`` the methods it answers, for ``MethodFirstMiddleware``; a decorator
    wrapping it later (``functools.wraps``) keeps the mark."""
    view.page_methods = tuple(methods)
    return view


def _closure_value(function, name):
    code = getattr(function, "__code__", None)
    if code is None or name not in code.co_freevars or not function.__closure__:
        return None
    return function.__closure__[code.co_freevars.index(name)].cell_contents


def methods_listed(view) -> set[str] | None:
    """The methods every ``require_http_methods`` (``require_POST``…) around or inside
    ``view`` lets through, or None for a view behind none. The decorator keeps its list in
    its closure and marks nothing else, so each layer (``functools.wraps``'s ``__wrapped__``)
    is read there."""
    allowed = None
    layer = view
    while layer is not None:
        listed = _closure_value(layer, "request_method_list")
        if listed is not None:
            allowed = set(listed) if allowed is None else allowed & set(listed)
        layer = getattr(layer, "__wrapped__", None)
    return allowed


def methods_answered(view) -> tuple[str, ...] | None:
    """The methods a marked page answers, narrowed by any ``require_http_methods`` around or
    inside it; None for a view not marked."""
    marked = getattr(view, "page_methods", None)
    if marked is None:
        return None
    listed = methods_listed(view)
    return tuple(method for method in marked if listed is None or method in listed)


class MethodFirstMiddleware:
    """Before the CSRF check: a marked page refuses a method it never answers with 405."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        allowed = methods_answered(view)
        if allowed is not None and request.method not in allowed:
            return HttpResponseNotAllowed(allowed)
        return None
