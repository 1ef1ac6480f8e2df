"""The generic news spider: list pages -> article pages, driven by a SourceConfig."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import Any

import scrapy
from newswatch.config.models import SourceConfig
from newswatch.crawler import stats as keys
from newswatch.crawler.failures import ArticleFailure, classify, describe, dropped_redirect
from newswatch.crawler.interfaces import CrawlServices, KnownGround
from newswatch.crawler.items import ArticlePage
from newswatch.crawler.links import LinkSorter, source_hosts
from newswatch.crawler.middlewares import LIST_PAGE, SOURCE, UNCONDITIONAL
from newswatch.crawler.services import build_services
from newswatch.crawler.walk import WalkOptions
from newswatch.pipeline.urls import normalize_url, url_published
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

ARTICLE_URL = "newswatch_article_url"


@dataclass(frozen=True)
class Taken:
    """What became of one page's article links."""

    fetched: int
    known: int
    too_old: int

    @property
    def all_too_old(self) -> bool:
        """Every link not known is older than `since`: the archive starts here."""
        return self.too_old > 0 and self.fetched == 0


class NewsSpider(scrapy.Spider):
    """Crawls one configured source.

    From each list page (or feed, or sitemap) it takes the links matching
    `article_url_pattern` on the source's own hosts, leaves alone those already
    known and those older than `since`, and requests the rest. It follows links
    matching `list_url_pattern` up to `max_list_pages`, one page at a time (the
    first unseen list link, in document order: "2" in "1 2 3 下一页"), and
    only while list pages still show something new: a page whose article links
    are all known (or all too old) is where the known ground starts.
    """

    name = "news"
    services: CrawlServices

    def __init__(
        self, source: SourceConfig, walk: WalkOptions | None = None, **kwargs: Any
    ) -> None:
        super().__init__(name=f"news:{source.name}", **kwargs)
        self.source = source
        self.walk = walk or WalkOptions()
        self._sorter = LinkSorter(source)
        self.allowed_domains = source_hosts(source)
        self._max_list_pages = self.walk.max_list_pages or source.max_list_pages
        self._list_pages_requested = 0
        self._stop_at_known_ground = not self.walk.walk_all
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
                    "DOWNLOAD_TIMEOUT": source.download_timeout,
                }
            },
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        """The spider plus the services its settings name (memory, page sink)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.services = build_services(crawler)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    @property
    def memory(self) -> KnownGround:
        """The crawler memory of known URLs."""
        return self.services.memory

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """List pages, feeds and sitemaps, then failed articles due for a retry."""
        if self._stop_at_known_ground:
            if self.memory.last_walk_interrupted(self.source.name):
                self._stop_at_known_ground = False
                self.logger.info("previous crawl was interrupted: walking all list pages")
            elif not self.memory.has_walked(self.source.name):
                # Articles stored by other sources must not cut a first walk short.
                self._stop_at_known_ground = False
                self.logger.info("first crawl of this source: walking all list pages")
        for url in self.source.start_urls:
            request = self._list_request(normalize_url(url))
            if request is not None:
                yield request
        for url in self.source.feed_urls:
            yield self._entry_request(normalize_url(url), self.parse_feed)
        for url in self.source.sitemap_urls:
            yield self._entry_request(normalize_url(url), self.parse_sitemap)
        for url in self.memory.due_retries(self.source.name):
            self.crawler.stats.inc_value(keys.RETRIES)
            yield self._article_request(url)

    def _article_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            # Redirects are followed (a moved article becomes an alias); error
            # statuses reach `article_failed` as HttpError, with their headers.
            meta={ARTICLE_URL: url},
        )

    def _entry_request(self, url: str, callback: Any) -> scrapy.Request:
        """A conditional request for a list page, feed or sitemap."""
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.list_failed,
            meta={
                LIST_PAGE: True,
                SOURCE: self.source.name,
                # A deep walk (a backfill, a first or interrupted walk) reads
                # every page, changed or not: a 304 would end it at the top.
                UNCONDITIONAL: not self._stop_at_known_ground,
                "handle_httpstatus_list": [304],
            },
        )

    def _list_request(self, url: str) -> scrapy.Request | None:
        if url in self._seen_lists or self._list_pages_requested >= self._max_list_pages:
            return None
        self._seen_lists.add(url)
        self._list_pages_requested += 1
        return self._entry_request(url, self.parse_list)

    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        """Queue new article links; paginate only while there is something new."""
        self.crawler.stats.inc_value(keys.LIST_PAGES)
        if response.status == 304:
            self.crawler.stats.inc_value(keys.LIST_NOT_MODIFIED)
            self.logger.info("%s: not modified since the last crawl", response.url)
            return
        links = self._sorter.sort(response.url, response.css("a::attr(href)").getall())
        if not links.articles:
            self.crawler.stats.inc_value(keys.LIST_WITHOUT_ARTICLES)
            self.logger.warning("list page %s shows no article links", response.url)
        taken = yield from self._take(links.articles, response.url)
        if links.articles and taken.all_too_old:
            self.crawler.stats.inc_value(keys.SINCE_REACHED)
            return
        if links.articles and not taken.fetched and self._stop_at_known_ground:
            self.crawler.stats.inc_value(keys.KNOWN_GROUND_REACHED)
            return
        # One list page at a time, in page order: the walk must be able to
        # stop at the first page that shows nothing new.
        for url in links.lists:
            request = self._list_request(url)
            if request is not None:
                yield request
                break

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """Article links of an RSS or Atom feed."""
        self.crawler.stats.inc_value(keys.LIST_PAGES)
        if response.status == 304:
            self.crawler.stats.inc_value(keys.LIST_NOT_MODIFIED)
            return
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        hrefs = selector.xpath(
            "//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href"
        ).getall()
        links = self._sorter.sort(response.url, hrefs)
        yield from self._take(links.articles, response.url)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Article links of a sitemap; a sitemap index leads to its sitemaps."""
        self.crawler.stats.inc_value(keys.LIST_PAGES)
        if response.status == 304:
            self.crawler.stats.inc_value(keys.LIST_NOT_MODIFIED)
            return
        sitemap = Sitemap(response.body)
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc in locs[: self._max_list_pages]:
                yield self._entry_request(normalize_url(loc), self.parse_sitemap)
            return
        links = self._sorter.sort(response.url, locs)
        yield from self._take(links.articles, response.url)

    def _take(self, articles: list[str], page: str) -> Generator[scrapy.Request, None, Taken]:
        """Request the new, recent enough articles of a page; returns what was taken."""
        known = self.memory.known(articles)
        unknown = [url for url in articles if url not in known]
        recent = [url for url in unknown if self._recent(url)]
        taken = Taken(fetched=len(recent), known=len(known), too_old=len(unknown) - len(recent))
        self.logger.info(
            "%s: %d article links, %d known, %d older than since, %d to fetch",
            page,
            len(articles),
            taken.known,
            taken.too_old,
            taken.fetched,
        )
        for url in recent:
            yield self._article_request(url)
        return taken

    def _recent(self, url: str) -> bool:
        if self.walk.since is None:
            return True
        published = url_published(url)
        if published is not None and published < self.walk.since:
            self.crawler.stats.inc_value(keys.TOO_OLD)
            return False
        return True

    def parse_article(self, response: Response) -> Iterator[ArticlePage]:
        """Hand a downloaded article page to the pipeline, or record why it failed."""
        url = response.meta[ARTICLE_URL]
        if response.status != 200:
            self._failed(url, ArticleFailure(response.status, f"HTTP {response.status}"))
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
        """Failure of an article request: an error status, a timeout, a reset, a bad redirect..."""
        request = failure.request  # type: ignore[attr-defined]
        url = request.meta.get(ARTICLE_URL, request.url)
        found = classify(failure)
        if not found.counted:
            # robots.txt ruled it out: the site's wish, not an error; it will
            # not change by itself, so it is given up like a 404.
            self.crawler.stats.inc_value(keys.IGNORED)
            self.memory.record_failure(url, self.source.name, None, found.reason, lasting=True)
            self.logger.info("article %s skipped: %s", url, found.reason)
            return
        self._failed(url, found)

    def request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """A request the scheduler dropped: for an article's redirect back into its chain, a loop.

        Without this an article caught in a redirect loop would be neither
        stored nor recorded, and fetched again every cycle.
        """
        if spider is not self or ARTICLE_URL not in request.meta:
            return
        found = dropped_redirect(request)
        if found is not None:
            self._failed(request.meta[ARTICLE_URL], found)

    def list_failed(self, failure: Failure) -> None:
        """A list page could not be fetched: counted as an error of this run."""
        self.crawler.stats.inc_value(keys.ERRORS)
        self.crawler.stats.inc_value(keys.LIST_ERRORS)
        self.logger.warning("list page %s failed: %s", failure.request.url, describe(failure))  # type: ignore[attr-defined]

    def _failed(self, url: str, found: ArticleFailure) -> None:
        self.crawler.stats.inc_value(keys.ERRORS)
        self.crawler.stats.inc_value(keys.FAILED)
        self.memory.record_failure(
            url,
            self.source.name,
            found.status,
            found.reason,
            retry_after=found.retry_after,
            lasting=found.lasting,
        )
        self.logger.warning("article %s failed: %s", url, found.reason)
