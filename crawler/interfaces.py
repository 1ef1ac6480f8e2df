"""What the crawler needs from the rest of newswatch, as small protocols.

The crawler's settings name a factory (`NEWSWATCH_SERVICES`, a dotted path)
that builds a `CrawlServices` from the settings; the crawler never opens a
database or imports the CLI itself. A path rather than live objects, because
Scrapy deep-copies settings, and because a crawl on a Scrapyd node has no
parent process to hand objects over.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from newswatch.pipeline.page import FetchedPage, ListValidators

if TYPE_CHECKING:
    from newswatch.crawler.offload import Offloader

__all__ = ["CrawlServices", "KnownGround", "ListValidators", "PageOutcome", "PageSink"]


class KnownGround(Protocol):
    """The crawler's memory of URLs (see pipeline.store.memory.CrawlMemory)."""

    def known(self, urls: Iterable[str]) -> set[str]:
        """The subset of `urls` that must not be requested."""
        ...

    def validators(self, url: str) -> ListValidators:
        """Validators for a conditional request of a list page."""
        ...

    def remember_list_page(
        self, url: str, source: str, status: int, validators: ListValidators
    ) -> None:
        """Store a list page's answer for the next conditional request."""
        ...

    def record_failure(
        self,
        url: str,
        source: str,
        status: int | None,
        reason: str,
        *,
        retry_after: timedelta | None = None,
        lasting: bool = False,
    ) -> object:
        """Count a failed article download (see pipeline.store.memory.RetryPolicy)."""
        ...

    def due_retries(self, source: str) -> list[str]:
        """Failed article URLs of the source whose next attempt is due."""
        ...

    def last_walk_interrupted(self, source: str) -> bool:
        """Whether the source's previous crawl died before finishing."""
        ...

    def has_walked(self, source: str) -> bool:
        """Whether a crawl of the source ever finished its walk of the list pages."""
        ...


class PageOutcome(Protocol):
    """What the sink did with a page (read-only)."""

    @property
    def status(self) -> str:
        """stored, duplicate, known or failed."""
        ...

    @property
    def relevant(self) -> bool:
        """Whether a stored page was judged relevant."""
        ...


class PageSink(Protocol):
    """Takes downloaded article pages (see pipeline.process.ArticleProcessor)."""

    def process(self, page: FetchedPage) -> PageOutcome:
        """Extract, judge and store one page; never raises for bad content."""
        ...


@dataclass(frozen=True)
class CrawlServices:
    """Everything a crawl talks to outside Scrapy."""

    memory: KnownGround
    sink: PageSink
    # Where the crawl's blocking calls run (crawler.offload); set by build_services.
    offload: Offloader | None = None
