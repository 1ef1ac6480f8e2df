"""Building and finding a crawl's services (memory of known URLs, page sink)."""

from __future__ import annotations

from newswatch.crawler.interfaces import CrawlServices
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object


def build_services(settings: BaseSettings) -> CrawlServices:
    """Call the factory named by `NEWSWATCH_SERVICES` with the crawler's settings."""
    factory = load_object(settings["NEWSWATCH_SERVICES"])
    services = factory(settings)
    if not isinstance(services, CrawlServices):
        raise TypeError(f"{settings['NEWSWATCH_SERVICES']} returned {services!r}")
    return services


def services_of(crawler: Crawler) -> CrawlServices:
    """The services of the crawler's spider (built once, when the spider is)."""
    services = getattr(crawler.spider, "services", None)
    if services is None:
        raise RuntimeError("the crawler's spider has no newswatch services")
    return services
