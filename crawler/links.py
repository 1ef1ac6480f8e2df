"""Sorting a list page's links into article links and further list pages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newswatch.config.models import SourceConfig
from newswatch.pipeline.urls import normalize_url


@dataclass(frozen=True)
class PageLinks:
    """Normalized links of one list page, in document order, without repeats."""

    articles: list[str]
    lists: list[str]


def source_hosts(source: SourceConfig) -> list[str]:
    """The host names of a source's entry URLs: its links elsewhere are not its pages."""
    return sorted({urlsplit(url).hostname or "" for url in source.entry_urls})


class LinkSorter:
    """Applies a source's `article_url_pattern` and `list_url_pattern` to hrefs.

    Only links on the source's own hosts (or their subdomains) count: a link to
    another site may well match a path pattern.
    """

    def __init__(self, source: SourceConfig) -> None:
        self._article = re.compile(source.article_url_pattern)
        self._list = re.compile(source.list_url_pattern) if source.list_url_pattern else None
        self._hosts = tuple(source_hosts(source))

    def _on_site(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        return any(host == h or host.endswith("." + h) for h in self._hosts)

    def sort(self, base_url: str, hrefs: Iterable[str]) -> PageLinks:
        """Resolve `hrefs` against `base_url` and sort them; other links are dropped."""
        articles: dict[str, None] = {}
        lists: dict[str, None] = {}
        for href in hrefs:
            href = href.strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = normalize_url(urljoin(base_url, href))
            if not url.startswith(("http://", "https://")) or not self._on_site(url):
                continue
            if self._article.search(url):
                articles[url] = None
            elif self._list is not None and self._list.search(url):
                lists[url] = None
        return PageLinks(list(articles), list(lists))
