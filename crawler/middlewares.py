"""Downloader middlewares of the newswatch crawler."""

from __future__ import annotations

import logging
from typing import Any

from newswatch.config.models import SourceConfig
from newswatch.crawler.interfaces import KnownGround
from newswatch.crawler.links import SiteScope
from newswatch.crawler.services import services_of
from newswatch.crawler.stats import UNSTORED
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

log = logging.getLogger(__name__)

LIST_PAGE = "newswatch_list_page"
SOURCE = "newswatch_source"
UNCONDITIONAL = "newswatch_unconditional"
# Set by the spider on a list answer once every link of it was handed on
# (requested, known, or too old); only such pages keep their validators.
HANDED_ON = "newswatch_handed_on"


class _Validators:
    def __init__(self, etag: str | None, last_modified: str | None) -> None:
        self.etag = etag
        self.last_modified = last_modified


class ConditionalListMiddleware:
    """Asks for list pages conditionally and remembers their validators.

    A list page that has not changed costs the site a 304 with no body; the
    spider then neither parses it nor paginates. Validators are written only
    when the crawl finishes normally: a crawl killed after a list page arrived
    but before its articles were stored must see that page again next time.
    And only for pages whose links were all handed on (`HANDED_ON`): a page
    whose callback raised, or whose new links were capped, is read again.
    """

    def __init__(self, crawler: Crawler) -> None:
        self._crawler = crawler
        self._pending: dict[str, tuple[str, int, _Validators, dict[str, Any]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalListMiddleware:
        """The middleware of one crawler; it uses the spider's crawl services."""
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    @property
    def _memory(self) -> KnownGround:
        return services_of(self._crawler).memory

    def process_request(self, request: Request) -> None:
        """Add If-None-Match / If-Modified-Since to list page requests."""
        if not request.meta.get(LIST_PAGE) or request.meta.get(UNCONDITIONAL):
            return
        validators = self._memory.validators(request.url)
        if validators.etag:
            request.headers.setdefault(b"If-None-Match", validators.etag)
        if validators.last_modified:
            request.headers.setdefault(b"If-Modified-Since", validators.last_modified)

    def process_response(self, request: Request, response: Response) -> Response:
        """Note a list page's validators, to be remembered if the crawl finishes."""
        if request.meta.get(LIST_PAGE) and response.status in (200, 304):
            self._pending[request.url] = (
                request.meta.get(SOURCE, ""),
                response.status,
                _Validators(_header(response, b"ETag"), _header(response, b"Last-Modified")),
                # The same dict as response.meta: the spider marks it once handed on.
                request.meta,
            )
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Write the noted validators, but only after a normal finish."""
        if reason != "finished":
            log.info("crawl ended (%s): list page validators not kept", reason)
            return
        if self._crawler.stats and self._crawler.stats.get_value(UNSTORED):
            log.warning("some pages could not be stored: list page validators not kept")
            return
        for url, (source, status, validators, meta) in self._pending.items():
            if meta.get(HANDED_ON):
                self._memory.remember_list_page(url, source, status, validators)
            else:
                log.info("list page %s: not every link handed on, validators not kept", url)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class RetryAfterAwareRetryMiddleware(RetryMiddleware):
    """Scrapy's quick in-crawl retry, except when the server said when to come back.

    A 503 or 429 with Retry-After asks for a pause; asking again at once would
    be rude and pointless. The crawler memory records the wish instead and
    schedules the URL's next attempt no earlier than it (capped).
    """

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        """Pass a response with Retry-After through untouched; otherwise Scrapy's retry."""
        if response.headers.get(b"Retry-After"):
            return response
        return super().process_response(request, response)


class OffsiteRedirect(IgnoreRequest):
    """A page redirected to a host that is not its source's."""

    def __init__(self, target: str, status: int) -> None:
        super().__init__(f"redirected ({status}) off-site to {target}")
        self.target = target
        self.status = status


class SameSiteRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, refusing those that leave the source's hosts.

    Scrapy's OffsiteMiddleware does not stop a redirect's follow-up request
    (it is fetched, a DNS lookup and all, and fails or lands elsewhere); here
    the redirect itself fails with `OffsiteRedirect`, which reaches the
    request's errback, so the article's failure is recorded.
    """

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        """Follow a redirect only within the spider's `allowed_domains`."""
        result = super().process_response(request, response)
        if isinstance(result, Request) and not _on_site(result, self.crawler.spider):
            raise OffsiteRedirect(result.url, response.status)
        return result


def _on_site(request: Request, spider: Spider | None) -> bool:
    source = getattr(spider, "source", None)
    if isinstance(source, SourceConfig):  # host and port (see SiteScope)
        return SiteScope(source).contains(request.url)
    allowed = [d for d in getattr(spider, "allowed_domains", None) or [] if d]
    host = urlparse_cached(request).hostname or ""
    return not allowed or any(host == d or host.endswith("." + d) for d in allowed)
