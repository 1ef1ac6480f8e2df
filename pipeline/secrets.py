"""Masking secrets in URLs before they are printed or logged.

Database URLs carry passwords (`user:password@host`, or libpq's `?password=`),
notification URLs carry tokens (Apprise: `wecombot://KEY`, `dingtalk://TOKEN`,
`mailtos://user:pass@host`). Every message and log line that may show such a
URL goes through `mask_url` (one URL) or `mask_secrets` (free text).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, quote, urlsplit

MASK = "***"

# Query parameters whose value is a credential (libpq's `password`, `sslpassword`,
# API keys and tokens of web hooks); compared lower-cased, `-` read as `_`.
SECRET_KEYS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "pass",
        "sslpassword",
        "secret",
        "client_secret",
        "token",
        "access_token",
        "refresh_token",
        "auth",
        "auth_token",
        "apikey",
        "api_key",
        "key",
        "sig",
        "signature",
        "passphrase",
    }
)
_SECRET_PARTS = ("password", "secret", "token", "apikey", "api_key", "passwd")

# Schemes whose host and path are addresses, not credentials: only their user
# info and secret query values are hidden. Any other scheme (Apprise's
# `wecombot://KEY`, `tgram://BOT_TOKEN/CHAT`...) may keep a token anywhere.
_ADDRESS_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "file"})
_DATABASE_SCHEME = re.compile(r"^(sqlite|postgres|postgresql|mysql|mariadb|oracle|mssql)(\+|$)")

# A URL inside free text: stops at whitespace, quotes and brackets that end it
# in log lines ({'NEWSWATCH_DATABASE': 'postgresql://...'}).
_URL_IN_TEXT = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s'\"<>`]+")


def is_secret_key(name: str) -> bool:
    """True for a query parameter whose value is a credential."""
    key = name.lower().replace("-", "_")
    return key in SECRET_KEYS or any(part in key for part in _SECRET_PARTS)


def mask_url(url: str) -> str:
    """`url` with every secret it may carry replaced by `***`.

    Keeps what tells a reader which server is meant (scheme, user name, host,
    port, path of web and database URLs) and hides passwords, secret query
    values, and everything after the scheme of any other kind of URL.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    scheme = parts.scheme.lower()
    if not scheme or (not parts.netloc and "://" not in url):
        return url
    if scheme not in _ADDRESS_SCHEMES and not _DATABASE_SCHEME.match(scheme):
        return f"{parts.scheme}://{MASK}"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{hostport}" if has_password else f"{user}@{hostport}"
    query = _mask_query(parts.query)
    # urlunsplit would turn `sqlite:///file` (empty host) into `sqlite:/file`.
    masked = f"{parts.scheme}://{netloc}{parts.path}"
    masked += f"?{query}" if query else ""
    return masked + (f"#{parts.fragment}" if parts.fragment else "")


def _mask_query(query: str) -> str:
    if not query:
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(is_secret_key(key) for key, _ in pairs):
        return query
    return "&".join(
        f"{quote(key, safe='')}={MASK if is_secret_key(key) else quote(value, safe='')}"
        for key, value in pairs
    )


def mask_secrets(text: str) -> str:
    """`text` with every URL in it passed through `mask_url`."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda m: mask_url(m.group()), text)


_FORMATTER = logging.Formatter()


class MaskSecretsFilter(logging.Filter):
    """A handler filter that masks URLs in every record it lets through."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg = masked
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_secrets(_FORMATTER.formatException(record.exc_info))
        return True


def mask_logging(handler: logging.Handler) -> logging.Handler:
    """Install `MaskSecretsFilter` on `handler` (returned for chaining)."""
    handler.addFilter(MaskSecretsFilter())
    return handler
