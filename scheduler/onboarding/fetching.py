"""Polite one-page fetches for check and discover: robots.txt, User-Agent, timeout, size cap.

The fetch itself is preview's (`newswatch preview` and these commands read
pages the same way); this adds a per-site robots.txt cache, since discover
reads a dozen pages of one site, and page parsing into links.
"""

from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from newswatch.config import AppConfig
from newswatch.crawler.settings import USER_AGENT
from newswatch.pipeline.extract import decode_html
from newswatch.pipeline.urls import normalize_url
from newswatch.scheduler.preview import TIMEOUT, Fetched, fetch, read_robots


@dataclass(frozen=True)
class Link:
    """One `<a href>` of a page: absolute URL, its text and where it sits (its XPath)."""

    url: str
    text: str
    where: str = ""


@dataclass
class PoliteFetcher:
    """Fetches pages as the crawler would: its User-Agent, robots.txt, timeout, size cap."""

    user_agent: str = USER_AGENT
    timeout: float = TIMEOUT
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    # One command reads a page once, however many questions it asks of it.
    _pages: dict[str, Fetched] = field(default_factory=dict)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets the crawler fetch `url` (allowed when unreadable)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = read_robots(site, self.user_agent, self.timeout)
        robots = self._robots[site]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def get(self, url: str) -> Fetched:
        """The page (an HTTP error is a status); OSError when unreachable, too big or disallowed."""
        if not self.allowed(url):
            raise PermissionError("robots.txt disallows it for newswatch")
        if url not in self._pages:
            self._pages[url] = fetch(url, self.user_agent, timeout=self.timeout)
        return self._pages[url]


def fetcher_for(config: AppConfig) -> PoliteFetcher:
    """A fetcher sending the config's User-Agent (or newswatch's own)."""
    return PoliteFetcher(user_agent=config.user_agent or USER_AGENT)


def page_links(page: Fetched) -> list[Link]:
    """The page's http(s) links, resolved and normalized, in document order."""
    text, _ = decode_html(page.body, page.content_type)
    if not text.strip():
        return []
    try:
        tree = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return []
    links: list[Link] = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        try:
            url = normalize_url(urljoin(page.url, href))
        except ValueError:  # a malformed href (`:8O80`, `[::1`) is no link
            continue
        if url.startswith(("http://", "https://")):
            text = " ".join(anchor.text_content().split())
            links.append(Link(url, text, tree.getroottree().getpath(anchor)))
    return links


def same_site(url: str, other: str) -> bool:
    """Whether two URLs are on one host and port (another port is another site)."""
    a, b = urlsplit(url), urlsplit(other)
    return (a.hostname or "", a.port) == (b.hostname or "", b.port)
