"""Building and finding a crawl's services (memory of known URLs, page sink)."""

from __future__ import annotations

from dataclasses import replace

from newswatch.crawler.interfaces import CrawlServices
from newswatch.crawler.jobs import SERVICES_FACTORY
from newswatch.crawler.offload import Offloader, OffReactorMemory
from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object


def build_services(crawler: Crawler) -> CrawlServices:
    """The factory named by `NEWSWATCH_SERVICES` called with the crawler's settings, its
    memory's writes and the page sink's work moved off the reactor (crawler.offload)."""
    settings = crawler.settings
    path = settings.get(SERVICES_FACTORY)
    if not path:
        raise ValueError(
            f"{SERVICES_FACTORY} is not set: crawls are started by newswatch "
            "(`newswatch run`, or a Scrapyd job it sends), which names the factory"
        )
    services = load_object(path)(settings)
    if not isinstance(services, CrawlServices):
        raise TypeError(f"{path} returned {services!r}")
    offload = Offloader(crawler)
    return replace(
        services, memory=OffReactorMemory(services.memory, offload, crawler), offload=offload
    )


def services_of(crawler: Crawler) -> CrawlServices:
    """The services of the crawler's spider (built once, when the spider is)."""
    services = getattr(crawler.spider, "services", None)
    if services is None:
        raise RuntimeError("the crawler's spider has no newswatch services")
    return services
