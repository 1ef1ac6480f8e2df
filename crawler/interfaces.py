"""What the crawler needs from the rest of newswatch, as small protocols.

The scheduler puts objects satisfying these into the crawler's settings
(`NEWSWATCH_MEMORY`, `NEWSWATCH_SINK`); the crawler never opens a database
or imports the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from pipeline.page import FetchedPage


class ListValidators(Protocol):
    """ETag and Last-Modified of a list page's last 200 answer."""

    etag: str | None
    last_modified: str | None


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

    def record_failure(self, url: str, source: str, status: int | None, reason: str) -> object:
        """Count a failed article download."""
        ...


class PageOutcome(Protocol):
    """What the sink did with a page."""

    status: str
    relevant: bool


class PageSink(Protocol):
    """Takes downloaded article pages (see pipeline.process.ArticleProcessor)."""

    def process(self, page: FetchedPage) -> PageOutcome:
        """Extract, judge and store one page; never raises for bad content."""
        ...
