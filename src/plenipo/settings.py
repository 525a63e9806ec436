"""Settings for Plenipo.

SQLite under var/ is the embedded default; set DATABASE_URL (e.g. postgres://127.0.0.1/plenipo)
for PostgreSQL, the production path (docs/deploy.md).
"""

import os
import secrets
from pathlib import Path

import dj_database_url

## PATHS
SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(os.environ.get("PLENIPO_HOME", SRC_DIR.parent.parent)).resolve()
VAR_DIR = Path(os.environ.get("PLENIPO_VAR", BASE_DIR / "var"))
DATA_DIR = SRC_DIR / "data"


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key():
    if key := os.environ.get("PLENIPO_SECRET_KEY"):
        return key
    # A development key kept beside the database so sessions survive restarts.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


## SECURITY
SECRET_KEY = _secret_key()
DEBUG = env_bool("PLENIPO_DEBUG", default=True)
ALLOWED_HOSTS = os.environ.get("PLENIPO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

## APPLICATIONS
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "plenipo.core",
    "plenipo.registry",
    "plenipo.treaties",
    "plenipo.bodies",
    "plenipo.meetings",
    "plenipo.monitoring",
    "plenipo.correspondence",
    "plenipo.negotiations",
    "plenipo.campaigns",
    "plenipo.public",
    "plenipo.office",
    "plenipo.portal",
    "plenipo.api",
    "plenipo.cli",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
        conn_max_age=int(os.environ.get("PLENIPO_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home-for-user"
LOGIN_FAILURE_LIMIT = int(os.environ.get("PLENIPO_LOGIN_FAILURE_LIMIT", "5"))
LOGIN_FAILURE_WINDOW = int(os.environ.get("PLENIPO_LOGIN_FAILURE_WINDOW", "900"))  # seconds

## CACHE (the sign-in rate limit lives here; use a shared cache with several processes)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

## MAIL
EMAIL_BACKEND = os.environ.get(
    "PLENIPO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("PLENIPO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("PLENIPO_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("PLENIPO_FROM_EMAIL", "secretariat@plenipo.invalid")

## UPLOADS
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "media/"
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
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

## STATIC FILES
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

## LOGGING
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PLENIPO_LOG_LEVEL", "WARNING")},
}
