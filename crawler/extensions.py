"""Scrapy extensions of the newswatch crawler."""

from __future__ import annotations

from newswatch.crawler.jobs import RUNS_FACTORY
from newswatch.crawler.outcome import crawl_ending
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object


class RunRecorder:
    """Finishes the run row of a crawl that has one (`spider.run_id`) when it closes.

    A crawl on a Scrapyd node has no parent process to do it: the scheduler
    only follows the job, so the crawl records its own ending, counts
    included, in the shared database.  The run log comes from the factory the
    `NEWSWATCH_RUNS` setting names (the crawler opens no database itself).
    """

    def __init__(self, crawler: Crawler) -> None:
        self._crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        """Scrapy's extension constructor."""
        return cls(crawler)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Write the run's outcome and counts."""
        run_id = getattr(spider, "run_id", None)
        if run_id is None:
            return
        stats = self._crawler.stats.get_stats() if self._crawler.stats else {}
        ending = crawl_ending(stats, reason)
        runs = load_object(self._crawler.settings[RUNS_FACTORY])(self._crawler.settings)
        try:
            runs.finish(run_id, ending.outcome, ending.counts, ending.message)
        finally:
            runs.close()
        spider.logger.info("run %s recorded: %s", run_id, ending.outcome)
