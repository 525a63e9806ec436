"""Django's Redis cache, except that Redis being away costs speed, not pages: every read
answers "not cached", every write is dropped, and a warning is logged."""

import functools
import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _forgiving(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as exc:
                logger.warning("cache unavailable, answering uncached: %s", type(exc).__name__)
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        return wrapper

    return decorate


class ForgivingRedisCache(RedisCache):
    @_forgiving(lambda key, default=None, version=None: default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_forgiving(None)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_forgiving(False)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_forgiving(False)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_forgiving(False)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_forgiving(None)
    def incr(self, key, delta=1, version=None):
        return super().incr(key, delta, version)

    @_forgiving(dict)
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_forgiving(list)
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_forgiving(None)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_forgiving(False)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_forgiving(False)
    def clear(self):
        return super().clear()

    def ping(self):
        """For /health/: raises when Redis does not answer (the other methods never do)."""
        self._cache.get_client(write=True).ping()
