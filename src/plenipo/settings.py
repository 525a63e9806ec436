"""Settings for Plenipo.

SQLite under var/ is the embedded default; set DATABASE_URL (e.g. postgres://127.0.0.1/plenipo)
for PostgreSQL, the production path (docs/deploy.md).
"""

import importlib.util
import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from plenipo.ops.logs import logging_config

## PATHS
SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(os.environ.get("PLENIPO_HOME", SRC_DIR.parent.parent)).resolve()
VAR_DIR = Path(os.environ.get("PLENIPO_VAR", BASE_DIR / "var"))
DATA_DIR = SRC_DIR / "data"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_bool(name, default):
    """A yes/no setting from the environment; unset or empty is `default`. Anything else
    stops start-up with one line naming the variable (never read as "no" by mistake)."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in _TRUE | _FALSE:
        return value in _TRUE
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r}: expected one of 1/0, true/false, yes/no, on/off"
    )


def env_int(name, default, *, minimum=0, maximum=None):
    """A whole-number setting from the environment, from `minimum` to `maximum`; unset or
    empty is `default`. Anything else stops start-up with one line naming the variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or number < minimum or (maximum is not None and number > maximum):
        bound = f"from {minimum} to {maximum}" if maximum is not None else f"of {minimum} or more"
        raise ImproperlyConfigured(f"{name}={os.environ[name]!r}: expected a whole number {bound}")
    return number


def _secret_key():
    if key := os.environ.get("PLENIPO_SECRET_KEY"):
        return key
    # A development key kept beside the database so sessions survive restarts.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


## SECURITY (docs/deploy.md lists the production settings)
SECRET_KEY = _secret_key()
# Off unless asked for: `make run` asks; tests and production never depend on it.
DEBUG = env_bool("PLENIPO_DEBUG", default=False)
ALLOWED_HOSTS = os.environ.get("PLENIPO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
# Served over HTTPS (production): HSTS, redirect to HTTPS, cookies only over HTTPS.
HTTPS = env_bool("PLENIPO_HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
# The load balancer and the monitoring ask the web server itself, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("PLENIPO_HSTS_SECONDS", 31536000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PLENIPO_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env_bool("PLENIPO_HSTS_PRELOAD", default=HTTPS)
if env_bool("PLENIPO_BEHIND_PROXY", default=False):
    # Only behind a proxy that sets this header itself and strips it from clients.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
# A working day, not Django's two weeks: a session left open on a shared or lost machine
# should not keep the secretariat's office open for long.
SESSION_COOKIE_AGE = env_int("PLENIPO_SESSION_SECONDS", 12 * 60 * 60, minimum=1)
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp): everything from this origin, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

## APPLICATIONS
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "csp",
    "ninja",  # serves the API docs' Swagger UI from its own static files, not a CDN
    "plenipo.core",
    "plenipo.registry",
    "plenipo.treaties",
    "plenipo.bodies",
    "plenipo.meetings",
    "plenipo.monitoring",
    "plenipo.correspondence",
    "plenipo.negotiations",
    "plenipo.campaigns",
    "plenipo.jobs",
    "plenipo.public",
    "plenipo.office",
    "plenipo.portal",
    "plenipo.api",
    "plenipo.cli",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "plenipo.ops.faults.DatabaseUnavailableMiddleware",  # a clean 503 while the database is away
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "plenipo.ops.methods.MethodFirstMiddleware",  # a 405 needs no CSRF token
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "plenipo.api.auth.ApiTokenMiddleware",  # a script's bearer token, after the session's user
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "plenipo.ops.errors.DomainErrorMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "plenipo.urls"
WSGI_APPLICATION = "plenipo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

## DATABASE
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'plenipo.sqlite3'}",
        conn_max_age=env_int("PLENIPO_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home-for-user"

## PASSWORDS (set on a one-time link, or changed by a signed-in owner: docs/deploy.md)
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},  # add-user applies these rules too (create_user)
    },
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A one-time link (asked for with "Forgot your password?" or made by the office) works until
# a password is set on it, or for this long.
PASSWORD_RESET_TIMEOUT = env_int("PLENIPO_PASSWORD_LINK_SECONDS", 3 * 24 * 3600, minimum=1)
# "Forgot your password?" answers this many requests an hour for one e-mail address, and
# for one client address, then refuses (429) until the hour is over.
PASSWORD_RESET_PER_EMAIL = env_int("PLENIPO_PASSWORD_RESETS_PER_EMAIL", 3, minimum=1)
PASSWORD_RESET_PER_ADDRESS = env_int("PLENIPO_PASSWORD_RESETS_PER_ADDRESS", 20, minimum=1)

## SIGN-IN THROTTLING (django-axes; failures are kept in the database, shared by processes)
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "plenipo.office.auth.SignInBackend",  # Django's, telling a closed account's owner so
]
# An account is locked from the address its failures came from: another account signing in
# from that address, or the same account from elsewhere, is never refused.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("PLENIPO_LOGIN_FAILURE_LIMIT", 5, minimum=1)
LOGIN_COOLOFF_SECONDS = env_int("PLENIPO_LOGIN_COOLOFF", 900, minimum=1)  # the first lock
LOGIN_COOLOFF_MAX_SECONDS = 24 * 3600
AXES_COOLOFF_TIME = "plenipo.office.auth.cool_off"  # doubles with each failure while locked
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "plenipo.office.auth.locked_out"
AXES_VERBOSE = False

## BACKGROUND JOBS (Django's Tasks API; docs/deploy.md)
# Django 6 has it built in; on Django 5.2 the django-tasks backport provides the same API.
BUILTIN_TASKS = importlib.util.find_spec("django.tasks") is not None
if not BUILTIN_TASKS:
    INSTALLED_APPS.append("django_tasks")
INSTALLED_APPS.append("django_tasks_db")  # its table exists whichever backend runs the jobs
_TASK_BACKENDS = {
    # In the web process, before the response: the embedded default and the tests.
    "immediate": ("django.tasks" if BUILTIN_TASKS else "django_tasks")
    + ".backends.immediate.ImmediateBackend",
    # A queue in the database, run by `plenipo worker`: production.
    "database": "django_tasks_db.backend.DatabaseBackend",
}
TASK_BACKEND = os.environ.get("PLENIPO_TASK_BACKEND", "immediate")
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"PLENIPO_TASK_BACKEND={TASK_BACKEND!r}: use {' or '.join(_TASK_BACKENDS)}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND]}}
# A running job whose worker has said nothing for this long is taken to have died, and
# the scheduler (or a worker starting) queues it again.
JOB_SILENCE_SECONDS = env_int("PLENIPO_JOB_SILENCE_SECONDS", 300, minimum=1)

## CACHE
# Redis in production (PLENIPO_REDIS_URL), shared by every process; local memory otherwise.
# Redis being down never takes a page down: the cache answers "not cached" and logs it.
REDIS_URL = os.environ.get("PLENIPO_REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "plenipo.ops.cache.ForgivingRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "plenipo",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

## MAIL
EMAIL_BACKEND = os.environ.get(
    "PLENIPO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("PLENIPO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("PLENIPO_EMAIL_PORT", 25, minimum=1, maximum=65535)
DEFAULT_FROM_EMAIL = os.environ.get("PLENIPO_FROM_EMAIL", "secretariat@plenipo.invalid")

## UPLOADS (never served as static media: plenipo.core.files checks who asks)
MEDIA_ROOT = VAR_DIR / "media"
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

## INTERNATIONALISATION
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("zh-hans", "中文"),
]
# The six official languages of the United Nations, as CLDR locale codes.
UN_LANGUAGES = ["en", "fr", "es", "ru", "ar", "zh"]
# English dates in the UN's style; the other languages keep their locale's.
FORMAT_MODULE_PATH = ["plenipo.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

## STATIC FILES
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# `plenipo serve` turns this on: files collected into STATIC_ROOT with hashed, compressed
# names, served by WhiteNoise. Off (development, tests) they are found in the apps as is.
STATIC_MANIFEST = env_bool("PLENIPO_STATIC_MANIFEST", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_AUTOREFRESH = not STATIC_MANIFEST
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)

## LOGGING (every line carries the request id; JSON lines unless DEBUG or PLENIPO_LOG_FORMAT=text)
MIDDLEWARE.insert(0, "plenipo.ops.logs.RequestIdMiddleware")
LOGGING = logging_config(
    level=os.environ.get("PLENIPO_LOG_LEVEL", "WARNING"),
    json_lines=os.environ.get("PLENIPO_LOG_FORMAT", "text" if DEBUG else "json") == "json",
)
