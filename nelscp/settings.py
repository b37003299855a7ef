"""Settings for the CSPR publication system, read from environment variables.

Defaults run a fresh checkout with no `.env`: SQLite in `var/`, an embedded filesystem broker,
console email. Production differs only by environment variables (see README.md). DEBUG is off
unless DJANGO_DEBUG turns it on (`make run` does), and with it off the settings refuse what is
only safe on a developer's machine.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    """Return the boolean in `name`; raise ImproperlyConfigured for anything but yes/no words."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false (1/0, yes/no, on/off), not {raw!r}.")


def envint(name: str, default: int, *, minimum: int = 0, maximum: int = 2**31) -> int:
    """Return the whole number in `name`, within [minimum, maximum]."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None
    if not minimum <= value <= maximum:
        raise ImproperlyConfigured(f"{name} must be between {minimum} and {maximum}, not {value}.")
    return value


def envlist(name: str, default: str) -> list[str]:
    """Return the comma-separated list in `name`, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


def envurl(name: str, default: str | None) -> str | None:
    """Return the URL in `name` (None when unset and no default); reject values with no scheme."""
    raw = os.environ.get(name, default)
    if raw is None or raw.strip() == "":
        return None
    if "://" not in raw:
        raise ImproperlyConfigured(
            f"{name} must be a URL such as redis://host:6379/0, not {raw!r}."
        )
    return raw.strip()


# --- Core -------------------------------------------------------------------------------------

INSECURE_DEFAULT_KEY = "insecure-development-key-do-not-use-in-production"
# Off unless asked for. The test run is the exception: pytest-django imports these settings
# before any conftest.py can set the environment, and pytest announces itself in PYTEST_VERSION
# (the test database, static files and email are then the development ones).
DEBUG = envbool("DJANGO_DEBUG", "PYTEST_VERSION" in os.environ)
SECRET_KEY = envstr("DJANGO_SECRET_KEY", INSECURE_DEFAULT_KEY)
if not DEBUG and SECRET_KEY == INSECURE_DEFAULT_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off: the default key is public."
    )
ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", "")
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# How many reverse proxies (e.g. the TLS proxy) stand in front of gunicorn: the client's
# address is then read from X-Forwarded-For, as the outermost trusted proxy saw it.
TRUSTED_PROXIES = envint("DJANGO_TRUSTED_PROXIES", 0, maximum=5)

INSTALLED_APPS = [
    # django.contrib.admin, whose `admin.site` requires a second factor (nelscp/accounts)
    "nelscp.accounts.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "nelscp.accounts",
    "reviews",
    "publishing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "nelscp.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nelscp.accounts.middleware.SessionLifetimeMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # last, as django-axes asks: it turns a refused login into the locked-out page
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nelscp.urls"
WSGI_APPLICATION = "nelscp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nelscp.context_processors.partnership",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------

DATABASE_URL = envstr("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
except ValueError as exc:  # dj-database-url raises ValueError on an unknown scheme
    raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE transactions plus a busy
    # timeout make concurrent writers wait their turn instead of failing with "locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, not memory, for the test database too: a real worker thread must share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Broker and cache -------------------------------------------------------------------------

REDIS_URL = envurl("REDIS_URL", None)
BROKER_DIR = VAR_DIR / "broker"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS: dict = {"visibility_timeout": 3600}
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # The embedded broker: kombu's filesystem transport needs no server, so a fresh checkout
    # runs web, worker and beat together. Messages are files in var/broker/.
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
# Public pages served to anonymous readers from the cache for up to this many seconds, and
# forgotten at once when anything they show changes (publishing/services/page_cache.py). 0 turns
# the page cache off; the test suite runs with it off but for the tests that are about it (a
# test's transaction never commits, so the cache would never learn of its changes).
PUBLIC_CACHE_SECONDS = envint(
    "PUBLIC_CACHE_SECONDS", 0 if "PYTEST_VERSION" in os.environ else 300, maximum=86400
)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = "Europe/London"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", False)

# --- Email ------------------------------------------------------------------------------------

EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30, minimum=1, maximum=600)
# An attempt still "sending" after twice EMAIL_TIMEOUT, and at least this many seconds, has an
# unknown outcome (its worker died mid-send): it is re-sent, marked as a possible duplicate.
DELIVERY_CLAIM_LEASE_SECONDS = envint("DELIVERY_CLAIM_LEASE_SECONDS", 60, minimum=1, maximum=3600)
DEFAULT_FROM_EMAIL = envstr(
    "DEFAULT_FROM_EMAIL", "NEL Safeguarding Children Partnership <scp@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Notices to Ofsted, the DfE and the Panel must really leave: with DEBUG off, a backend that
# only prints or keeps mail in memory would lose them silently.
NOT_SENDING_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
}
if not DEBUG and EMAIL_BACKEND in NOT_SENDING_BACKENDS:
    raise ImproperlyConfigured(
        f"EMAIL_BACKEND is {EMAIL_BACKEND}, which sends nothing: set EMAIL_BACKEND to "
        "django.core.mail.backends.smtp.EmailBackend (and EMAIL_HOST) when DJANGO_DEBUG is off."
    )

# --- The partnership --------------------------------------------------------------------------

PARTNERSHIP_NAME = envstr(
    "PARTNERSHIP_NAME", "North East Lincolnshire Safeguarding Children Partnership"
)
PARTNERSHIP_EMAIL = envstr("PARTNERSHIP_EMAIL", "scp@example.org")
PARTNERSHIP_PHONE = envstr("PARTNERSHIP_PHONE", "01472 000000")
# A copy request's personal details (name, email, organisation, purpose) are deleted, with its
# history, this many calendar months after it was sent or refused; open requests are kept.
COPY_REQUEST_RETENTION_MONTHS = envint("COPY_REQUEST_RETENTION_MONTHS", 12, minimum=1, maximum=120)

# --- Internationalisation, static files, security ---------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(envstr("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(envstr("DJANGO_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/admin/files/"  # staff-only: see nelscp/urls.py
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# HTTPS only in production. Behind a proxy that terminates TLS the request reaches gunicorn as
# HTTP: trust the proxy's X-Forwarded-Proto, and only when DJANGO_TRUSTED_PROXIES says there is
# one (without a proxy, a visitor could send the header themselves).
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container health check speaks plain HTTP
SECURE_HSTS_SECONDS = 0 if DEBUG else 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
# `check --deploy` asks for preload. It commits nothing by itself: only the registrable domain's
# owner can submit the domain to the browsers' preload list.
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4): scripts and styles only from files on this site; no
# inline script, no inline style, nothing from elsewhere. Django 5.2's admin needs no
# 'unsafe-inline' either: its scripts are files and it sets styles from script (allowed). Its
# one inline <style>, on change lists without actions, resets a width no rule sets any more:
# the browser skips it and nothing changes.
_SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        # 'self', not 'none': browsers show our PDFs through their built-in viewer
        "object-src": [_SELF],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": ["'none'"],
    },
}
# Features no page uses, switched off for every page (nelscp.security).
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# --- Staff sign-in: password, second factor, throttling, session limits -----------------------

# The only sign-in is the staff admin's.
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
AUTHENTICATION_BACKENDS = [
    # First: refuses every login attempt, right or wrong, while the user and address are locked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5, minimum=1, maximum=100)
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=envint("AXES_COOLOFF_MINUTES", 15, minimum=1, maximum=7 * 24 * 60)
)
# Lock the pair, so a stranger guessing a colleague's password from elsewhere cannot lock that
# colleague out, nor one office's shared address lock out everyone in it.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "nelscp.security.client_address"  # honours DJANGO_TRUSTED_PROXIES
AXES_LOCKOUT_CALLABLE = "nelscp.accounts.views.locked_out"  # a page saying why, status 429
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Failures and lockouts are logged (WARNING, logger "axes") naming the username and address an
# operator needs to act on; the password never is. No start-up banner on every command.
AXES_SENSITIVE_PARAMETERS: list[str] = []
AXES_VERBOSE = False

OTP_TOTP_ISSUER = "NELSCP reviews"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # device secrets never shown in the admin, even to superusers

SESSION_COOKIE_AGE = 30 * 60  # idle limit: every request renews it...
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
STAFF_SESSION_MAX_AGE = 8 * 60 * 60  # ...up to 8 hours from sign-in (SessionLifetimeMiddleware)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Login failures and lockouts (logger "axes") and refused second-factor codes
    # ("nelscp.accounts") are WARNING records, so they show at every LOG_LEVEL up to WARNING.
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    # fontTools and WeasyPrint narrate every font subset and rendering step at INFO
    "loggers": {
        "fontTools": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
    },
}
SIMPLE_HISTORY_REVERT_DISABLED = (
    True  # history is an audit trail; changes go through forms and services
)
