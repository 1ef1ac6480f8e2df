"""Scrapy extensions of the newswatch crawler."""

from __future__ import annotations

import gc

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


GC_SETTING = "NEWSWATCH_GC_YOUNG_OBJECTS"


class CollectorTuning:
    """Fewer garbage-collector passes over a crawl process's start-up objects.

    Scrapy, Twisted, SQLAlchemy and the configuration leave a large heap of
    objects that live as long as the process, and Python's collector walks
    all of them on every full pass: in a 2,000-article crawl the collector
    took about 7% of the crawl process's CPU (0.5 ms an article).  When
    the engine first starts, the start-up heap is collected once and frozen
    (gc.freeze: no later pass walks it), and the youngest generation waits
    for `NEWSWATCH_GC_YOUNG_OBJECTS` new objects instead of 700, so a page's
    short-lived objects are mostly freed by reference counting before a
    pass.  Once per process: a second crawler in it finds the work done.
    A value of 0 leaves the collector as Python sets it.
    """

    _done = False  # per process, not per crawler

    def __init__(self, crawler: Crawler) -> None:
        self._young = crawler.settings.getint(GC_SETTING, 0)
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CollectorTuning:
        """Scrapy's extension constructor."""
        return cls(crawler)

    def engine_started(self) -> None:
        """Collect and freeze the start-up heap, raise the young generation's threshold."""
        if self._young <= 0 or CollectorTuning._done:
            return
        CollectorTuning._done = True
        gc.collect()  # garbage left by start-up is freed, not frozen for good
        gc.freeze()
        young, older, oldest = gc.get_threshold()
        gc.set_threshold(max(self._young, young), older, oldest)
