"""The review page's reading flow: where a decision leads, row excerpts, the access log.

A reviewer deciding on an article's own page goes on to the next undecided
article of the list they came from (its filters travel in the `next` URL);
when none is left, back to that list.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

from flask import Flask, Response, g, request, url_for
from markupsafe import Markup
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.scheduler.display import safe
from newswatch.scheduler.web.highlight import highlight, term_pattern
from werkzeug.datastructures import MultiDict

ACCESS_LOG = logging.getLogger("newswatch.web.access")
# Characters of context on each side of the first hit in a row's excerpt.
EXCERPT_CONTEXT = 40


def next_article_url(
    store: ReviewQueue,
    back: str,
    decided: int,
    list_filter: Callable[[MultiDict[str, str]], QueueFilter],
) -> str:
    """Where to go after deciding article `decided` on its page: the next undecided
    article of the list `back` shows (keeping `back` as its way back), else `back`.

    `list_filter` turns the list's query string into its filter."""
    parts = urlsplit(back)
    if parts.path != url_for("review.queue"):
        return back
    args = MultiDict(
        [(key, value) for key, values in parse_qs(parts.query).items() for value in values]
    )
    following = store.next_undecided(list_filter(args), after=decided)
    if following is None:
        return back
    return url_for("review.article", article_id=following) + "?" + urlencode({"next": back})


def excerpt(text: str | None, terms: list[str], context: int = EXCERPT_CONTEXT) -> Markup:
    """The text around the first hit of any term, hits marked; the opening when none."""
    flat = " ".join((text or "").split())
    pattern = term_pattern(terms)
    match = pattern.search(flat) if pattern is not None else None
    if match is None:
        cut = flat[: 2 * context]
        return highlight(cut + ("…" if len(flat) > len(cut) else ""), terms)
    start = max(0, match.start() - context)
    end = min(len(flat), match.end() + context)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    return highlight(lead + flat[start:end] + tail, terms)


def install_access_log(app: Flask) -> None:
    """One line per request on the `newswatch.web.access` logger: who asked what, the
    answer's status and size, how long it took."""

    def start() -> None:
        g.access_started = time.monotonic()

    def finish(response: Response) -> Response:
        took = time.monotonic() - g.get("access_started", time.monotonic())
        ACCESS_LOG.info(
            '%s "%s %s" %d %s %.0fms',
            request.remote_addr or "-",
            request.method,
            safe(request.full_path.rstrip("?")),
            response.status_code,
            response.content_length if response.content_length is not None else "-",
            took * 1000,
        )
        return response

    app.before_request(start)
    app.after_request(finish)
