"""A request id on every request, response and log line.

`RequestIdMiddleware` takes the caller's `X-Request-ID` (a reverse proxy's, say) when it is
a plausible token, otherwise makes one, and echoes it on the response; `RequestIdFilter`
puts it on every log record emitted while the request runs; `JsonFormatter` writes one JSON
object per line, which is what log collectors read in production.

Each line is written once, by the root's handler: Django's own loggers keep no handler of
their own (its default console handler would repeat every line while DEBUG is on). A
refusal answered 4xx (a 403 for a page one may not use, say) is logged as its one line,
without the traceback of the exception that carried it; a 5xx keeps its traceback.
"""

import contextvars
import datetime as dt
import json
import logging
import re
import uuid

HEADER = "X-Request-ID"
_ACCEPTED = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_current = contextvars.ContextVar("request_id", default=None)


def current_request_id():
    return _current.get()


def _request_id_from(request):
    offered = request.headers.get(HEADER, "")
    # An id that is not a short token could smuggle line breaks or markup into the logs.
    return offered if _ACCEPTED.fullmatch(offered) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = _request_id_from(request)
        token = _current.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[HEADER] = request.request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request)."""

    def filter(self, record):
        record.request_id = current_request_id() or _from_access_log(record) or "-"
        return True


class RefusalWithoutTracebackFilter(logging.Filter):
    """Drops the traceback from Django's line for a 4xx answer: the refusal is ordinary (a
    permission, a missing page), and its line already says what and where."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.") and isinstance(status, int) and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True


def _from_access_log(record):
    # Gunicorn's access log runs after the response left the middleware; its record
    # carries the response headers as atoms such as "{x-request-id}o".
    if record.name == "gunicorn.access" and isinstance(record.args, dict):
        value = record.args.get("{x-request-id}o")
        return value if value and value != "-" else None
    return None


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def logging_config(*, level, json_lines):
    """Django's LOGGING (and gunicorn's) with request ids, as text or as JSON lines."""
    formatter = (
        {"()": "plenipo.ops.logs.JsonFormatter"}
        if json_lines
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    )
    handler = {
        "class": "logging.StreamHandler",
        "filters": ["request_id", "refusal_without_traceback"],
        "formatter": "default",
        # On the handler too: lines propagated from loggers with their own level (gunicorn's
        # at INFO, Django's) reach the root's handler whatever the root's level.
        "level": level,
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "plenipo.ops.logs.RequestIdFilter"},
            "refusal_without_traceback": {"()": "plenipo.ops.logs.RefusalWithoutTracebackFilter"},
        },
        "formatters": {"default": formatter},
        "handlers": {"console": handler},
        # Django's default configuration gives "django" handlers of its own: none here, so
        # its lines reach the root's handler alone, once.
        "loggers": {"django": {"handlers": [], "level": level, "propagate": True}},
        "root": {"handlers": ["console"], "level": level},
    }
