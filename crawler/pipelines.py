"""Item pipelines of the newswatch crawler."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from crawler.interfaces import PageOutcome, PageSink
from crawler.items import ArticlePage


class SinkPipeline:
    """Hands every article page to the sink from `NEWSWATCH_SINK` and counts outcomes.

    The counts land in Scrapy's stats as `newswatch/<status>` and
    `newswatch/relevant`, where the scheduler reads them for the run history.
    """

    def __init__(self, sink: PageSink, stats: StatsCollector) -> None:
        self._sink = sink
        self._stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SinkPipeline:
        """Build from the crawler's `NEWSWATCH_SINK` setting."""
        sink = crawler.settings.get("NEWSWATCH_SINK")
        if sink is None:
            raise NotConfigured("NEWSWATCH_SINK is not set")
        assert crawler.stats is not None
        return cls(sink, crawler.stats)

    def process_item(self, item: ArticlePage) -> PageOutcome:
        """Process one page; the returned outcome replaces the page (bodies are large)."""
        outcome = self._sink.process(item)
        self._stats.inc_value(f"newswatch/{outcome.status}")
        if outcome.status == "stored" and outcome.relevant:
            self._stats.inc_value("newswatch/relevant")
        return outcome
