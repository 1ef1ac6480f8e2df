"""A crawl's books: what it asked for, what came of it, and the stats keys it counts in.

Nothing may vanish between "this link was found" and "this article was
stored or its failure recorded". The spider enters every article request
and every list request here; each article is settled when it is stored,
found known or duplicate, or recorded as failed. Whatever is still unsettled
when the crawl finishes was lost somewhere (a dropped request, a swallowed
exception) and is recorded as a failure then, so it is retried like any other.
"""

from __future__ import annotations

from newswatch.crawler.stats import ERRORS, LIST_ERROR_FIRST, LIST_ERRORS, LIST_REQUESTS
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector


class CrawlLedger:
    """Article and list requests of one crawl and what became of them."""

    def __init__(self, crawler: Crawler) -> None:
        # Scrapy sets the crawler's stats only when the crawl starts.
        self._crawler = crawler
        self._requested: dict[str, None] = {}
        self._settled: set[str] = set()

    def article_requested(self, url: str) -> bool:
        """Enter an article request; False if this crawl already asked for `url`."""
        if url in self._requested:
            return False
        self._requested[url] = None
        return True

    def article_settled(self, url: str) -> None:
        """The article at `url` was stored, found known, or its failure recorded."""
        self._settled.add(url)

    @property
    def _stats(self) -> StatsCollector:
        stats = self._crawler.stats
        assert stats is not None
        return stats

    def unsettled(self) -> list[str]:
        """Article URLs requested but neither stored nor recorded, in request order."""
        return [url for url in self._requested if url not in self._settled]

    def list_requested(self) -> None:
        """A list page, feed or sitemap was asked for."""
        self._stats.inc_value(LIST_REQUESTS)

    def list_failed(self, url: str, reason: str) -> None:
        """A list page could not be read: an error of the run; the first one names the cause."""
        self._stats.inc_value(ERRORS)
        self._stats.inc_value(LIST_ERRORS)
        if not self._stats.get_value(LIST_ERROR_FIRST):
            self._stats.set_value(LIST_ERROR_FIRST, f"{url}: {reason}")
