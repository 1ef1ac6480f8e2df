"""The generic news spider: list pages -> article pages, driven by a SourceConfig."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Self, cast

import scrapy
from newswatch.config.models import SourceConfig
from newswatch.crawler import stats as keys
from newswatch.crawler.failures import ArticleFailure, classify, describe, dropped_redirect
from newswatch.crawler.interfaces import CrawlServices, KnownGround
from newswatch.crawler.items import ArticlePage
from newswatch.crawler.ledger import CrawlLedger
from newswatch.crawler.links import LinkSorter, PageLinks, source_hosts
from newswatch.crawler.middlewares import HANDED_ON, LIST_PAGE, SOURCE, UNCONDITIONAL
from newswatch.crawler.services import build_services
from newswatch.crawler.walk import WalkOptions
from newswatch.pipeline.urls import normalize_url, url_published
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

ARTICLE_URL = "newswatch_article_url"


@dataclass(frozen=True)
class Taken:
    """What became of one page's article links."""

    fetched: int
    known: int
    too_old: int
    capped: int = 0

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
    ledger: CrawlLedger

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
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        """The spider plus the services its settings name (memory, page sink)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.services = build_services(crawler)
        spider.ledger = CrawlLedger(crawler)
        for handler, signal in (
            (spider.request_dropped, signals.request_dropped),
            (spider.callback_failed, signals.spider_error),
            (spider.item_settled, signals.item_scraped),
            (spider.item_settled, signals.item_dropped),
            (spider.item_settled, signals.item_error),
            (spider.settle_the_rest, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)
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
            request = self._list_request(normalize_url(url), self.parse_sitemap)
            if request is not None:
                yield request
        for url in self.memory.due_retries(self.source.name):
            self.crawler.stats.inc_value(keys.RETRIES)
            request = self._article_request(url)
            if request is not None:
                yield request

    def _article_request(self, url: str) -> scrapy.Request | None:
        if not self.ledger.article_requested(url):
            return None  # already asked for in this crawl (a due retry also listed)
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
        self.ledger.list_requested()
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

    def _list_request(self, url: str, callback: Any = None) -> scrapy.Request | None:
        """A list page (or sitemap) request, unless seen or over `max_list_pages`."""
        if url in self._seen_lists or self._list_pages_requested >= self._max_list_pages:
            return None
        self._seen_lists.add(url)
        self._list_pages_requested += 1
        return self._entry_request(url, callback or self.parse_list)

    def _answered(self, response: Response) -> bool:
        """Count a list answer; False for a 304 (nothing to read, validators kept)."""
        self.crawler.stats.inc_value(keys.LIST_PAGES)
        if response.status == 304:
            self.crawler.stats.inc_value(keys.LIST_NOT_MODIFIED)
            self.logger.info("%s: not modified since the last crawl", response.url)
            response.meta[HANDED_ON] = True
            return False
        return True

    def parse_list(self, response: Response) -> Iterator[scrapy.Request]:
        """Queue new article links; paginate only while there is something new."""
        if not self._answered(response):
            return
        links = self._sorter.sort(response.url, response.css("a::attr(href)").getall())
        self._count_skipped(links, response.url)
        if not links.articles:
            self.crawler.stats.inc_value(keys.LIST_WITHOUT_ARTICLES)
            self.logger.warning("list page %s shows no article links", response.url)
        taken = yield from self._take(links.articles, response)
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
        if not self._answered(response):
            return
        # A feed is text (parsed as XML); _answered let only such answers through.
        selector = scrapy.Selector(cast(TextResponse, response), type="xml")
        selector.remove_namespaces()
        hrefs = selector.xpath(
            "//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href"
        ).getall()
        links = self._sorter.sort(response.url, hrefs)
        self._count_skipped(links, response.url)
        yield from self._take(links.articles, response)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Article links of a sitemap; a sitemap index leads to its sitemaps.

        Every sitemap, index or not, counts against `max_list_pages`: an index
        of indexes must not fan out without bound.
        """
        if not self._answered(response):
            return
        sitemap = Sitemap(response.body)
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            skipped = 0
            for loc in locs:
                try:
                    url = normalize_url(loc)
                except ValueError:
                    self.crawler.stats.inc_value(keys.MALFORMED_LINKS)
                    continue
                request = self._list_request(url, self.parse_sitemap)
                if request is None:
                    skipped += 1
                else:
                    yield request
            if skipped:
                self.logger.info("%s: %d sitemaps over max_list_pages", response.url, skipped)
            response.meta[HANDED_ON] = not skipped
            return
        links = self._sorter.sort(response.url, locs)
        self._count_skipped(links, response.url)
        yield from self._take(links.articles, response)

    def _count_skipped(self, links: PageLinks, page: str) -> None:
        if links.malformed:
            self.crawler.stats.inc_value(keys.MALFORMED_LINKS, links.malformed)
            self.logger.warning("%s: %d malformed links skipped", page, links.malformed)
        if links.too_long:
            self.crawler.stats.inc_value(keys.TOO_LONG_LINKS, links.too_long)
            self.logger.warning("%s: %d links too long to fetch skipped", page, links.too_long)

    def _take(
        self, articles: list[str], response: Response
    ) -> Generator[scrapy.Request, None, Taken]:
        """Request the new, recent enough articles of a page; returns what was taken.

        At most `max_articles_per_page` new ones: the rest are left for the
        next cycle, and the page's validators are not kept so that it is read
        again then. A page all of whose links were handed on is marked so
        (its validators may be kept).
        """
        known = self.memory.known(articles)
        unknown = [url for url in articles if url not in known]
        recent = [url for url in unknown if self._recent(url)]
        cap = self.source.max_articles_per_page
        taken = Taken(
            fetched=min(len(recent), cap),
            known=len(known),
            too_old=len(unknown) - len(recent),
            capped=max(0, len(recent) - cap),
        )
        self.logger.info(
            "%s: %d article links, %d known, %d older than since, %d to fetch",
            response.url,
            len(articles),
            taken.known,
            taken.too_old,
            taken.fetched,
        )
        if taken.capped:
            self.crawler.stats.inc_value(keys.CAPPED_LINKS, taken.capped)
            self.logger.warning(
                "%s: %d new article links left for the next cycle (max_articles_per_page %d)",
                response.url,
                taken.capped,
                cap,
            )
        for url in recent[:cap]:
            request = self._article_request(url)
            if request is not None:
                yield request
        response.meta[HANDED_ON] = not taken.capped
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
        try:
            found = classify(failure)
        except Exception as exc:  # an odd failure must still be recorded, not lost
            found = ArticleFailure(None, f"{describe(failure)} ({type(exc).__name__}: {exc})")
        if not found.counted:
            self.ledger.article_settled(url)
            # robots.txt ruled it out: the site's wish, not an error; it will
            # not change by itself, so it is given up like a 404.
            self.crawler.stats.inc_value(keys.IGNORED)
            self.memory.record_failure(url, self.source.name, None, found.reason, lasting=True)
            self.logger.info("article %s skipped: %s", url, found.reason)
            return
        self._failed(url, found)

    def request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        """A request the scheduler dropped: for a redirect back into its chain, a loop.

        Without this an article caught in a redirect loop would be neither
        stored nor recorded, and fetched again every cycle; a list page in one
        would vanish from the crawl without a word.
        """
        if spider is not self:
            return
        found = dropped_redirect(request)
        if ARTICLE_URL in request.meta:
            if found is not None:
                self._failed(request.meta[ARTICLE_URL], found)
        elif request.meta.get(LIST_PAGE) and found is not None:
            first = (request.meta.get("redirect_urls") or [request.url])[0]
            self.ledger.list_failed(first, found.reason)
            self.logger.warning("list page %s failed: %s", first, found.reason)

    def list_failed(self, failure: Failure) -> None:
        """A list page could not be fetched: counted as an error of this run, its cause kept."""
        request = failure.request  # type: ignore[attr-defined]
        try:
            reason = classify(failure).reason
        except Exception:  # the cause must be told even when it cannot be classified
            reason = describe(failure)
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        self.ledger.list_failed(first, reason)
        self.logger.warning("list page %s failed: %s", first, reason)

    def callback_failed(self, failure: Failure, response: Response, spider: scrapy.Spider) -> None:
        """A callback raised (Scrapy counts it in spider_exceptions/*, an error of the run).

        An article page's failure is recorded with the retry policy like any
        other; a list page's handing-on stops there, so its validators are not
        kept and the next cycle reads it again.
        """
        if spider is not self:
            return
        url = response.meta.get(ARTICLE_URL)
        self.logger.error("%s: %s", url or response.url, describe(failure))
        if url is not None:
            self._record(url, ArticleFailure(response.status, describe(failure)))

    def item_settled(self, item: Any, response: Response, spider: scrapy.Spider, **_: Any) -> None:
        """An article page went through the pipeline (stored, known, failed or dropped)."""
        if spider is self and ARTICLE_URL in response.meta:
            self.ledger.article_settled(response.meta[ARTICLE_URL])

    def settle_the_rest(self, spider: scrapy.Spider, reason: str) -> None:
        """Record every requested article that vanished without an outcome, so it is retried."""
        if spider is not self or reason != "finished":
            return  # a stopped crawl is failed as a whole and walks everything next time
        for url in self.ledger.unsettled():
            self.crawler.stats.inc_value(keys.UNSETTLED)
            self._failed(url, ArticleFailure(None, "requested but never answered nor recorded"))

    def _failed(self, url: str, found: ArticleFailure) -> None:
        self.crawler.stats.inc_value(keys.ERRORS)
        self._record(url, found)

    def _record(self, url: str, found: ArticleFailure) -> None:
        self.ledger.article_settled(url)
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
