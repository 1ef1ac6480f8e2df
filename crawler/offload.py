"""Blocking work of a crawl (extraction, database writes) in a small thread pool, off the reactor.

Twisted's reactor runs every download of every source in the crawl process:
a page extracted or an article stored on it (or a write waiting for a
database another connection holds locked) would stall all of them. The
crawl's blocking calls go to this pool instead; the reactor gets a Deferred.

The pool is the crawler's own, not the reactor's default thread pool: that
one resolves host names, and a write waiting out a lock must not hold up a
DNS lookup. Its size bounds how many pages are in extraction or storage at
once (`NEWSWATCH_STORE_THREADS`); pages waiting for a thread are what Scrapy's
scraper counts against SCRAPER_SLOT_MAX_ACTIVE_SIZE, which pauses new
downloads' parsing when too many wait. The pool is drained when the crawler's
engine stops (after every spider_closed handler), so no write is cut off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from newswatch.crawler import stats as keys
from newswatch.crawler.interfaces import KnownGround, ListValidators
from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred, DeferredList
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

THREADS_SETTING = "NEWSWATCH_STORE_THREADS"


class Offloader:
    """Runs calls in the crawler's bounded thread pool; the reactor gets Deferreds."""

    def __init__(self, crawler: Crawler) -> None:
        threads = max(1, crawler.settings.getint(THREADS_SETTING, 2))
        self._pool = ThreadPool(minthreads=0, maxthreads=threads, name="newswatch-store")
        self._pending: set[Deferred[Any]] = set()
        crawler.signals.connect(self.drain, signal=signals.engine_stopped)

    def run(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Deferred[T]:
        """`func(*args, **kwargs)` in the pool; its result or error through the Deferred."""
        from twisted.internet import reactor

        if not self._pool.started:
            self._pool.start()
        result: Deferred[T] = deferToThreadPool(reactor, self._pool, func, *args, **kwargs)
        self._pending.add(result)

        def settled(value: T) -> T:
            self._pending.discard(result)
            return value

        result.addBoth(settled)
        return result

    async def drain(self) -> None:
        """Wait for every call under way, then stop the pool's threads."""
        await maybe_deferred_to_future(DeferredList(list(self._pending), consumeErrors=True))
        if self._pool.started:
            self._pool.stop()

    def fire_and_forget(
        self,
        what: str,
        on_error: Callable[[BaseException], None],
        func: Callable[P, object],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        """`func` in the pool with nobody waiting; a failure goes to `on_error` and the log."""

        def failed(failure: object) -> None:
            error = getattr(failure, "value", failure)
            log.error("%s failed: %s: %s", what, type(error).__name__, error)
            if isinstance(error, BaseException):
                on_error(error)

        self.run(func, *args, **kwargs).addErrback(failed)


class OffReactorMemory:
    """The crawler's memory with its writes in the pool; its reads stay on the reactor.

    Reads are quick and never wait for a writer (SQLite in WAL mode,
    PostgreSQL's MVCC); writes may wait out another connection's lock. A
    write that fails in the end is logged and makes the crawl keep no list
    validators, so the next crawl reads the list pages again.
    """

    def __init__(self, memory: KnownGround, offloader: Offloader, crawler: Crawler) -> None:
        self._memory = memory
        self._offloader = offloader
        self._crawler = crawler

    def _lost(self, _error: BaseException) -> None:
        if self._crawler.stats is not None:
            self._crawler.stats.inc_value(keys.UNSTORED)

    def known(self, urls: Iterable[str]) -> set[str]:
        """The subset of `urls` that must not be requested."""
        return self._memory.known(urls)

    def validators(self, url: str) -> ListValidators:
        """Validators for a conditional request of a list page."""
        return self._memory.validators(url)

    def remember_list_page(
        self, url: str, source: str, status: int, validators: ListValidators
    ) -> None:
        """Store a list page's answer for the next conditional request (in the pool)."""
        self._offloader.fire_and_forget(
            f"remembering list page {url}",
            self._lost,
            self._memory.remember_list_page,
            url,
            source,
            status,
            validators,
        )

    def record_failure(
        self,
        url: str,
        source: str,
        status: int | None,
        reason: str,
        *,
        retry_after: timedelta | None = None,
        lasting: bool = False,
    ) -> None:
        """Count a failed article download (in the pool)."""
        self._offloader.fire_and_forget(
            f"recording the failure of {url}",
            self._lost,
            self._memory.record_failure,
            url,
            source,
            status,
            reason,
            retry_after=retry_after,
            lasting=lasting,
        )

    def due_retries(self, source: str) -> list[str]:
        """Failed article URLs of the source whose next attempt is due."""
        return self._memory.due_retries(source)

    def last_walk_interrupted(self, source: str) -> bool:
        """Whether the source's previous crawl died before finishing."""
        return self._memory.last_walk_interrupted(source)

    def has_walked(self, source: str) -> bool:
        """Whether a crawl of the source ever finished its walk of the list pages."""
        return self._memory.has_walked(source)
