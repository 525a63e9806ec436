"""Answers worth keeping between requests, dropped as soon as any recorded data changes.

Every key carries the data's generation, a counter in the cache itself (Redis in
production, so every worker sees the same one). Services write through `log_action`, which
moves the generation on at once and again when the transaction commits: a request that read
the old data while the write was in flight cannot leave its answer under the new
generation. Nothing is ever invalidated by hand, and an answer is never older than the last
write, except across an outage of the cache itself: writes made while it was away could not
move the generation, so answers are also kept no longer than a minute.
Without a reachable cache every read simply computes.
"""

from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "data-generation"
LIFETIME_SECONDS = 60


def generation() -> int:
    found = cache.get(GENERATION_KEY)
    if found is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        found = cache.get(GENERATION_KEY) or 1
    return found


def _move_on():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (evicted or never read): any new value will do
        cache.set(GENERATION_KEY, generation() + 1, timeout=None)


def data_changed():
    """Drop every remembered answer: now, and once more after the write commits."""
    _move_on()
    transaction.on_commit(_move_on)


def key_for(namespace: str, parts: tuple) -> str:
    """The key of an answer under the data's generation now: take it before computing the
    answer, so that a write made meanwhile leaves the answer under the old generation."""
    return f"{namespace}:{generation()}:" + ":".join(str(part) for part in parts)


def recall(key: str):
    """The answer kept under ``key`` (from ``key_for``), or None."""
    return cache.get(key)


def keep(key: str, answer) -> None:
    cache.set(key, answer, LIFETIME_SECONDS)


def remembered(namespace: str, parts: tuple, compute: Callable):
    """``compute()``, or the answer it gave for the same ``parts`` since the last write."""
    key = key_for(namespace, parts)
    found = recall(key)
    if found is None:
        found = compute()
        keep(key, found)
    return found
