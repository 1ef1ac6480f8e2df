"""URL normalization: one spelling per page, so 'already known' is a lookup, not a guess."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that identify a campaign or a click, never a page.
_TRACKING_PREFIXES = ("utm_", "spm", "from", "share", "wxshare", "isappinstalled", "scene")
_TRACKING_EXACT = frozenset(
    {"fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "ref", "src", "timestamp"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def normalize_url(url: str) -> str:
    """Canonical spelling of an http(s) URL.

    Lower-cases scheme and host, drops default ports, fragments and tracking
    parameters, sorts the remaining query, and turns an empty path into '/'.
    Two URLs that differ only in those respects name the same page.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        credentials = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{credentials}@{netloc}"
    query = urlencode(
        sorted(
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
        )
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_published(url: str) -> datetime | None:
    """The publication time a URL itself implies (TRS tYYYYMMDD_, ObjectId paths...), or None.

    The patterns are the extractor's built-in `url_dates` rules
    (config/boilerplate.yaml): the crawler leaves links older than a source's
    `since` alone by the same reading of a URL that the extractor uses.
    """
    # Imported here: the extractor's import is heavy, and this module is not.
    from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
    from newswatch.pipeline.extract.dates import date_from_url

    found = date_from_url(url, list(load_builtin_rules().url_dates))
    return found.value if found else None
