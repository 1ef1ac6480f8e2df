"""Sorting a list page's links into article links and further list pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newswatch.config.models import SourceConfig
from newswatch.config.regex import compile_user_pattern
from newswatch.pipeline.store.schema import URL_LENGTH
from newswatch.pipeline.urls import normalize_url

# Longer URLs do not fit the store's URL columns (pipeline.store.schema.URL_LENGTH);
# browsers stop at 2,083 characters anyway.
MAX_URL_LENGTH = URL_LENGTH


@dataclass(frozen=True)
class PageLinks:
    """Normalized links of one list page, in document order, without repeats.

    `malformed`: hrefs that are not URLs at all (a bad port, a broken IPv6
    host), skipped; `too_long`: on-site links longer than `MAX_URL_LENGTH`,
    which could be neither fetched reliably nor recorded, skipped. Both are
    counted so that a crawl says what it left behind.
    """

    articles: list[str]
    lists: list[str]
    malformed: int = 0
    too_long: int = 0


def source_hosts(source: SourceConfig) -> list[str]:
    """The host names of a source's entry URLs: its links elsewhere are not its pages."""
    return sorted({urlsplit(url).hostname or "" for url in source.entry_urls})


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host_and_port(url: str) -> tuple[str, int | None]:
    """(host, port) of `url`; the port is None for the scheme's default port, so that
    http://x/ and https://x/ are one site and x:8080 another."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return "", -1  # a malformed port is nobody's site
    if port is not None and _DEFAULT_PORTS.get(parts.scheme.lower()) == port:
        port = None
    return (parts.hostname or "").lower(), port


class SiteScope:
    """The pages of a source: its entry URLs' hosts (and their subdomains) on their ports.

    The same host on another port is another site (often another service on
    the machine), for links and redirects alike.
    """

    def __init__(self, source: SourceConfig) -> None:
        self._sites = frozenset(_host_and_port(url) for url in source.entry_urls)

    def contains(self, url: str) -> bool:
        """Whether `url` is one of the source's pages."""
        host, port = _host_and_port(url)
        return bool(host) and any(
            port == site_port and (host == site or host.endswith("." + site))
            for site, site_port in self._sites
        )


class LinkSorter:
    """Applies a source's `article_url_pattern` and `list_url_pattern` to hrefs.

    Only links on the source's own site (see SiteScope) count: a link to
    another site may well match a path pattern.
    """

    def __init__(self, source: SourceConfig) -> None:
        # RE2: a user's pattern runs in linear time on any URL (see config.regex).
        self._article = compile_user_pattern(source.article_url_pattern)
        self._list = (
            compile_user_pattern(source.list_url_pattern) if source.list_url_pattern else None
        )
        self._site = SiteScope(source)

    def sort(self, base_url: str, hrefs: Iterable[str]) -> PageLinks:
        """Resolve `hrefs` against `base_url` and sort them; other links are dropped."""
        articles: dict[str, None] = {}
        lists: dict[str, None] = {}
        malformed = too_long = 0
        for href in hrefs:
            href = href.strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            try:
                url = normalize_url(urljoin(base_url, href))
                on_site = url.startswith(("http://", "https://")) and self._site.contains(url)
            except ValueError:
                # One broken href (`:8O80`, `[::1`) must not cost the page's other links.
                malformed += 1
                continue
            if not on_site:
                continue
            if len(url) > MAX_URL_LENGTH:
                too_long += 1
                continue
            if self._article.search(url):
                articles[url] = None
            elif self._list is not None and self._list.search(url):
                lists[url] = None
        return PageLinks(list(articles), list(lists), malformed, too_long)
