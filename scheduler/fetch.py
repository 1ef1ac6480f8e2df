"""Fetching one page outside the crawl (`preview`, `extract URL`) within the crawl's limits.

The crawl is bounded by Scrapy's DOWNLOAD_MAXSIZE (a body cap) and
DOWNLOAD_TIMEOUT (the whole download, not each read). urllib has neither: an
endless body grows memory without end, and a server sending a byte every few
seconds never trips a per-read timeout. Here the body is read in pieces up to
the cap, and a timer cuts the connection when the overall time is up.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newswatch.crawler import settings as crawl_settings

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """The crawl's limits: body size, time for the whole download, redirect hops."""

    max_bytes: int = crawl_settings.DOWNLOAD_MAXSIZE
    timeout: float = crawl_settings.DOWNLOAD_TIMEOUT
    max_redirects: int = crawl_settings.REDIRECT_MAX_TIMES


@dataclass(frozen=True)
class Fetched:
    """One page as fetched: final URL, status, Content-Type, body (empty unless 2xx)."""

    url: str
    status: int
    content_type: str | None
    body: bytes


class FetchError(OSError):
    """The page could not be fetched within the limits; `str()` says why."""


def fetch(url: str, user_agent: str, limits: FetchLimits | None = None) -> Fetched:
    """GET `url`, following redirects, within `limits` (FetchError when over them).

    HTTP error statuses come back as a `Fetched` with an empty body; network
    errors raise OSError.
    """
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.timeout
    for _ in range(limits.max_redirects + 1):
        status, content_type, location, body = _get_once(url, user_agent, limits, deadline)
        if status in _REDIRECTS and location:
            url = urljoin(url, location)
            continue
        return Fetched(url, status, content_type, body)
    raise FetchError(f"more than {limits.max_redirects} redirects")


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url}")
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return kind(parts.hostname, parts.port, timeout=timeout), target


def _cut(sock: socket.socket, expired: threading.Event) -> None:
    # Runs on the timer's thread: shutting the socket down makes the blocked
    # read in the fetching thread return at once.
    expired.set()
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _get_once(
    url: str, user_agent: str, limits: FetchLimits, deadline: float
) -> tuple[int, str | None, str | None, bytes]:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"no answer within {limits.timeout:g} s")
    connection, target = _connection(url, remaining)
    expired = threading.Event()
    timer: threading.Timer | None = None
    try:
        connection.connect()  # within `remaining` (the socket's timeout)
        # The response keeps reading from this socket after http.client lets
        # go of it (a body without length): the timer cuts the socket itself.
        timer = threading.Timer(deadline - time.monotonic(), _cut, (connection.sock, expired))
        timer.daemon = True
        timer.start()
        connection.request(
            "GET", target, headers={"User-Agent": user_agent, "Accept-Encoding": "identity"}
        )
        response = connection.getresponse()
        content_type = response.getheader("Content-Type")
        if response.status in _REDIRECTS or not 200 <= response.status < 300:
            return response.status, content_type, response.getheader("Location"), b""
        body = _read_capped(response, limits)
        if expired.is_set():
            raise FetchError(f"not downloaded within {limits.timeout:g} s")
        if response.length:  # the server closed before sending what it announced
            raise OSError(f"connection closed {response.length} bytes before the end of the page")
        return response.status, content_type, None, body
    except (OSError, http.client.HTTPException) as exc:
        if isinstance(exc, FetchError):
            raise
        if expired.is_set():
            raise FetchError(f"not downloaded within {limits.timeout:g} s") from None
        raise OSError(str(exc) or type(exc).__name__) from None
    finally:
        if timer is not None:
            timer.cancel()
        connection.close()


def _read_capped(response: http.client.HTTPResponse, limits: FetchLimits) -> bytes:
    too_large = FetchError(f"page larger than {limits.max_bytes} bytes (the crawl's size cap)")
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise too_large
    pieces: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise too_large
        pieces.append(chunk)
    return b"".join(pieces)
