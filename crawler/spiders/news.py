"""The generic news spider: list pages -> article pages, driven by a SourceConfig."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from config.models import SourceConfig
from crawler.interfaces import CrawlServices, KnownGround
from crawler.items import ArticlePage
from crawler.links import LinkSorter, source_hosts
from crawler.middlewares import LIST_PAGE, SOURCE
from crawler.services import build_services
from pipeline.urls import normalize_url

LIST_INDEX = "newswatch_list_index"
ARTICLE_URL = "newswatch_article_url"


class NewsSpider(scrapy.Spider):
    """Crawls one configured source.

    From each list page it takes the links matching `article_url_pattern`,
    asks the crawler memory which are already known, and requests the rest.
    It follows links matching `list_url_pattern` up to `max_list_pages`, one
    page at a time (the first unseen list link, in document order: "2" in
    "1 2 3 下一页"), and only while list pages still show something new: a
    page whose article links are all known is where the known ground starts.
    """

    name = "news"
    services: CrawlServices

    def __init__(self, source: SourceConfig, **kwargs: Any) -> None:
        super().__init__(name=f"news:{source.name}", **kwargs)
        self.source = source
        self._sorter = LinkSorter(source)
        self.allowed_domains = source_hosts(source)
        self._list_pages_requested = 0
        self._stop_at_known_ground = True
        self._seen_lists: set[str] = set()

    @classmethod
    def for_source(cls, source: SourceConfig) -> type[NewsSpider]:
        """A subclass carrying the source's politeness as Scrapy per-spider settings."""
        return type(
            "NewsSpider_" + re.sub(r"\W", "_", source.name),
            (cls,),
            {
                "custom_settings": {
                    "DOWNLOAD_DELAY": source.download_delay,
                    "AUTOTHROTTLE_START_DELAY": max(source.download_delay, 0.1),
                    "CONCURRENT_REQUESTS_PER_DOMAIN": source.concurrency,
                }
            },
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        """The spider plus the services its settings name (memory, page sink)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.services = build_services(crawler.settings)
        return spider

    @property
    def memory(self) -> KnownGround:
        """The crawler memory of known URLs."""
        return self.services.memory

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The source's start URLs as list pages, then failed articles due for a retry."""
        self._stop_at_known_ground = not self.memory.last_walk_interrupted(self.source.name)
        if not self._stop_at_known_ground:
            self.logger.info("previous crawl was interrupted: walking all list pages")
        for url in self.source.start_urls:
            request = self._list_request(normalize_url(url))
            if request is not None:
                yield request
        for url in self.memory.due_retries(self.source.name):
            self.crawler.stats.inc_value("newswatch/retries")
            yield self._article_request(url)

    def _article_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={ARTICLE_URL: url, "handle_httpstatus_all": True},
        )

    def _list_request(self, url: str) -> scrapy.Request | None:
        if url in self._seen_lists or self._list_pages_requested >= self.source.max_list_pages:
            return None
        self._seen_lists.add(url)
        self._list_pages_requested += 1
        return scrapy.Request(
            url,
            callback=self.parse_list,
            errback=self.list_failed,
            meta={LIST_PAGE: True, SOURCE: self.source.name, "handle_httpstatus_list": [304]},
        )

    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        """Queue new article links; paginate only while there is something new."""
        self.crawler.stats.inc_value("newswatch/list_pages")
        if response.status == 304:
            self.crawler.stats.inc_value("newswatch/list_not_modified")
            return
        articles, lists = self._links(response)
        if not articles:
            self.crawler.stats.inc_value("newswatch/list_without_articles")
            self.logger.warning("list page %s shows no article links", response.url)
        known = self.memory.known(articles)
        fresh = [url for url in articles if url not in known]
        for url in fresh:
            yield self._article_request(url)
        if articles and not fresh and self._stop_at_known_ground:
            self.crawler.stats.inc_value("newswatch/known_ground_reached")
            return
        # One list page at a time, in page order: the walk must be able to
        # stop at the first page that shows nothing new.
        for url in lists:
            request = self._list_request(url)
            if request is not None:
                yield request
                break

    def _links(self, response: Response) -> tuple[list[str], list[str]]:
        links = self._sorter.sort(response.url, response.css("a::attr(href)").getall())
        return links.articles, links.lists

    def parse_article(self, response: Response) -> Iterator[ArticlePage]:
        """Hand a downloaded article page to the pipeline, or record why it failed."""
        url = response.meta[ARTICLE_URL]
        if response.status != 200:
            self._failed(url, response.status, f"HTTP {response.status}")
            return
        yield ArticlePage(
            url=url,
            body=response.body,
            source=self.source.name,
            status=response.status,
            final_url=normalize_url(response.url),
            headers={
                k.decode("latin-1").lower(): b", ".join(v).decode("latin-1")
                for k, v in response.headers.items()
            },
        )

    def article_failed(self, failure: Failure) -> None:
        """Network-level failure of an article request (timeout, reset, refused...)."""
        request = failure.request  # type: ignore[attr-defined]
        url = request.meta.get(ARTICLE_URL, request.url)
        if failure.check(IgnoreRequest):
            # robots.txt (or an off-site redirect) ruled it out: the site's
            # wish, not an error; remembered so it is not asked again soon.
            self.crawler.stats.inc_value("newswatch/ignored")
            self.memory.record_failure(url, self.source.name, None, _describe(failure))
            self.logger.info("article %s skipped: %s", url, _describe(failure))
            return
        response = getattr(failure.value, "response", None)
        status = response.status if response is not None else None
        self._failed(url, status, _describe(failure))

    def list_failed(self, failure: Failure) -> None:
        """A list page could not be fetched: counted as an error of this run."""
        self.crawler.stats.inc_value("newswatch/errors")
        self.crawler.stats.inc_value("newswatch/list_errors")
        self.logger.warning("list page %s failed: %s", failure.request.url, _describe(failure))  # type: ignore[attr-defined]

    def _failed(self, url: str, status: int | None, reason: str) -> None:
        self.crawler.stats.inc_value("newswatch/errors")
        self.crawler.stats.inc_value("newswatch/failed")
        self.memory.record_failure(url, self.source.name, status, reason)
        self.logger.warning("article %s failed: %s", url, reason)


def _describe(failure: Failure) -> str:
    value = failure.value
    name = type(value).__name__
    text = str(value).strip()
    return f"{name}: {text}" if text else name
