"""What a failed article request means for the crawler memory.

Scrapy reports failures in several shapes: an `HttpError` carrying the
response, an `IgnoreRequest` (robots.txt, an off-site redirect, too many
redirects), a download error (timeout, reset, a page over
DOWNLOAD_MAXSIZE), or, for a redirect back into its own chain, nothing at all
(see `dropped_redirect`). Each becomes one `ArticleFailure`: the status and reason
to record, whether the failure will recur by its nature, and the server's
Retry-After wish.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newswatch.crawler.middlewares import OffsiteRedirect
from newswatch.crawler.robots import RobotsUnreachable
from scrapy import Request
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

# Longer wishes are cut here (the retry policy caps them further, at 24 h).
MAX_RETRY_AFTER = timedelta(days=365)


@dataclass(frozen=True)
class ArticleFailure:
    """One failed attempt at an article URL, as the crawler memory records it.

    `lasting`: the same request will fail the same way (a redirect loop, an
    off-site redirect, a page too large), so it is given up after a few tries
    like a 404. `counted`: an error of the run; a robots.txt refusal is the
    site's wish, not an error.
    """

    status: int | None
    reason: str
    lasting: bool = False
    retry_after: timedelta | None = None
    counted: bool = True


def classify(failure: Failure, now: datetime | None = None) -> ArticleFailure:
    """The `ArticleFailure` of an errback's failure."""
    value = failure.value
    request: Request | None = getattr(failure, "request", None)
    if isinstance(value, HttpError):
        response = value.response
        header = response.headers.get(b"Retry-After")
        return ArticleFailure(
            response.status,
            f"HTTP {response.status}",
            retry_after=parse_retry_after(header, now),
        )
    if isinstance(value, OffsiteRedirect):
        return ArticleFailure(value.status, f"off-site redirect to {value.target}", lasting=True)
    if isinstance(value, IgnoreRequest) and "max redirections" in str(value) and request:
        hops = " → ".join([*request.meta.get("redirect_urls", []), request.url])
        status = _last_redirect_status(request)
        return ArticleFailure(status, f"redirect loop (too many redirects): {hops}", lasting=True)
    if isinstance(value, RobotsUnreachable):
        # Not the site's wish but our failure to read it: retried like a timeout.
        return ArticleFailure(None, str(value))
    if isinstance(value, IgnoreRequest):
        return ArticleFailure(None, describe(failure), counted=False)
    if isinstance(value, DownloadCancelledError) and "size" in str(value):
        return ArticleFailure(None, f"too large: {describe(failure)}", lasting=True)
    return ArticleFailure(None, describe(failure))


def dropped_redirect(request: Request) -> ArticleFailure | None:
    """The failure of a redirect the duplicate filter dropped, if it closed a loop.

    Scrapy drops a redirect back to an already requested URL silently (no
    errback; only the `request_dropped` signal). One back into its own
    redirect chain is a loop; one to a URL another link already asked for is
    merely a duplicate, not a failure.
    """
    chain = request.meta.get("redirect_urls") or []
    if request.url not in chain:
        return None
    hops = " → ".join([*chain, request.url])
    return ArticleFailure(_last_redirect_status(request), f"redirect loop: {hops}", lasting=True)


def parse_retry_after(value: bytes | str | None, now: datetime | None = None) -> timedelta | None:
    """A Retry-After header (seconds or an HTTP date) as a delay; None if absent or invalid."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()[:64]
    if text.isdigit():
        # A 40-digit delay would overflow timedelta (and crash the errback).
        return timedelta(seconds=min(int(text[:12]), int(MAX_RETRY_AFTER.total_seconds())))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return min(MAX_RETRY_AFTER, max(timedelta(0), when - (now or datetime.now(UTC))))
    except OverflowError:
        return MAX_RETRY_AFTER


def describe(failure: Failure) -> str:
    """`ExceptionName: message` of a failure, in one line."""
    value = failure.value
    name = type(value).__name__
    text = " ".join(str(value).split())
    return f"{name}: {text}" if text else name


def _last_redirect_status(request: Request) -> int | None:
    reasons = request.meta.get("redirect_reasons") or []
    last = reasons[-1] if reasons else None
    return last if isinstance(last, int) else None
