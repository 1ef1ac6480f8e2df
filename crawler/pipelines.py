"""Item pipelines of the newswatch crawler."""

from __future__ import annotations

import logging

from newswatch.crawler import stats as keys
from newswatch.crawler.interfaces import CrawlServices, PageOutcome
from newswatch.crawler.items import ArticlePage
from newswatch.crawler.services import services_of
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future

log = logging.getLogger(__name__)


class SinkPipeline:
    """Hands every article page to the crawl's page sink and counts outcomes.

    The sink's work (extraction, judging, storage, and waiting out a locked
    database) runs in the crawl's thread pool (crawler.offload), never on the
    reactor, so the other downloads go on meanwhile. The counts land in
    Scrapy's stats under the keys of `crawler.stats`, where `crawler.outcome`
    reads them for the run history; they are counted here, on the reactor.
    """

    def __init__(self, crawler: Crawler, stats: StatsCollector) -> None:
        self._crawler = crawler
        self._stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SinkPipeline:
        """The pipeline of one crawler; it uses the spider's crawl services."""
        assert crawler.stats is not None
        return cls(crawler, crawler.stats)

    @property
    def _services(self) -> CrawlServices:
        return services_of(self._crawler)

    async def process_item(self, item: ArticlePage) -> PageOutcome:
        """Process one page; the returned outcome replaces the page (bodies are large)."""
        services = self._services
        try:
            if services.offload is None:
                outcome = services.sink.process(item)
            else:
                work = services.offload.run(services.sink.process, item)
                outcome = await maybe_deferred_to_future(work)
        except Exception as exc:
            # The store failed (not the page: bad content is an outcome). Counted
            # so that this crawl keeps no list validators: the next one walks
            # the list pages again and finds the page, instead of a 304.
            self._stats.inc_value(keys.ERRORS)
            self._stats.inc_value(keys.UNSTORED)
            log.error("page %s could not be stored: %s: %s", item.url, type(exc).__name__, exc)
            raise DropItem(f"not stored: {exc}") from exc
        self._stats.inc_value(keys.outcome_key(outcome.status))
        if outcome.status == "failed":
            # Recorded for a retry, but lost for this run: never an `ok` run.
            self._stats.inc_value(keys.ERRORS)
        if outcome.status == "stored" and outcome.relevant:
            self._stats.inc_value(keys.RELEVANT)
        return outcome
