"""`/health/`: can this process reach its database and its cache? For load balancers."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        (answer,) = cursor.fetchone()
    if answer != 1:
        raise RuntimeError("SELECT 1 did not answer 1")


def _cache():
    if ping := getattr(cache, "ping", None):
        ping()  # Redis: its errors are otherwise swallowed so that pages keep being served
    key, value = f"health-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("a value written was not read back")
    finally:
        cache.delete(key)


CHECKS = {"database": _database, "cache": _cache}


def _run(check):
    try:
        check()
    except Exception as exc:  # any failure is the answer, never a 500
        # The class name says what failed without leaking hosts or credentials.
        return f"failed: {type(exc).__name__}"
    return "ok"


@never_cache
@require_GET
def health(request):
    answers = {name: _run(check) for name, check in CHECKS.items()}
    healthy = all(answer == "ok" for answer in answers.values())
    return JsonResponse(answers, status=200 if healthy else 503)
