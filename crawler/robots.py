"""robots.txt as RFC 9309 reads it, and for every request that waits for it.

Two faults of Scrapy's RobotsTxtMiddleware (2.19) are fixed here. Requests
waiting together for a site's robots.txt share one Deferred; under the asyncio
reactor only the first gets the parser and the others get None, which reads
as "no rules": they are sent even when robots.txt forbids them.

And Scrapy treats a robots.txt download that failed (a
reset connection, a timeout, a 5xx) as "no robots.txt": everything is
allowed, and the crawl then fetches pages the site forbids. RFC 9309
(2.3.1.3, 2.3.1.4) asks the opposite: a server error or an unreachable
robots.txt means complete disallow. Here the fetch is tried a few times;
when it still fails, every request to that site in this crawl is refused
with `RobotsUnreachable`, which the crawler memory records as a transient
failure (retried later), not as the site's wish.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

ATTEMPTS = 3


class RobotsUnreachable(IgnoreRequest):
    """A request refused because its site's robots.txt could not be read."""


class _Unreadable:
    """The parser of a site whose robots.txt could not be read: it allows nothing."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def allowed(self, url: str, user_agent: Any) -> bool:
        return False


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """RobotsTxtMiddleware that retries robots.txt and, failing, disallows the site."""

    async def robot_parser(self, request: Request) -> Any:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            waiting: Deferred[Any] = Deferred()
            self._parsers[netloc] = waiting
            parser = await self._fetch(f"{url.scheme}://{netloc}/robots.txt", netloc, request)
            self._parsers[netloc] = parser
            waiting.callback(parser)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            # One Deferred per waiter: Deferred.asFuture's callback returns None,
            # so a second waiter on the shared Deferred would get None, which
            # Scrapy's middleware reads as "no robots.txt, allow everything".
            # (Seen in the fault matrix: a due retry waiting beside the list
            # page fetched an article robots.txt forbids.)
            mine: Deferred[Any] = Deferred()

            def relay(result: Any) -> Any:
                mine.callback(result)
                return result

            parser.addCallback(relay)
            return await maybe_deferred_to_future(mine)
        return parser

    async def _fetch(self, robots_url: str, netloc: str, request: Request) -> Any:
        reason = ""
        for _ in range(ATTEMPTS):
            robots_request = Request(
                robots_url,
                priority=self.DOWNLOAD_PRIORITY,
                meta={"dont_obey_robotstxt": True},
                callback=NO_CALLBACK,
                dont_filter=True,
            )
            self._stats.inc_value("robotstxt/request_count")
            try:
                response: Response = await self.crawler.engine.download_async(robots_request)
            except IgnoreRequest:
                # Our own rules refused robots.txt itself (an off-site redirect):
                # as Scrapy does, no rules.
                await self._parse_robots(Response(robots_url, status=404), netloc, request)
                return self._parsers[netloc]
            except Exception as exc:  # any download failure makes it unreadable
                reason = f"{type(exc).__name__}: {exc}"
                self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
                continue
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            if response.status >= 500:
                reason = f"HTTP {response.status}"
                continue
            # 2xx is the rules; 3xx was followed; 4xx means no rules (allow all).
            await self._parse_robots(response, netloc, request)
            return self._parsers[netloc]
        return _Unreadable(reason)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        # Scrapy's version resolves the waiting Deferred itself; here robot_parser does.
        self._stats.inc_value("robotstxt/response_count")
        body = response.body if response.status < 400 else b""
        parser = build_from_crawler(self._parserimpl, self.crawler, body)
        await self.crawler.signals.send_catch_log_async(
            signal=signals.robots_parsed, robotparser=parser, request=request
        )
        self._parsers[netloc] = parser

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _Unreadable):
            self._stats.inc_value("robotstxt/unreachable")
            raise RobotsUnreachable(f"robots.txt could not be read ({rp.reason})")
        super().process_request_2(rp, request)
