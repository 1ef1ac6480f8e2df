"""The likely fix when a source breaks, found by discovery; the config is never changed.

Two breakages have a findable fix: a start URL that answers 404/410 (the
channel moved: look for it among the home page's channel links, the one
whose page has links matching the source's article_url_pattern and whose
URL or name is closest to the old one) and a list page without article
links (the site was redesigned: discovery on that page proposes new
patterns).  `newswatch check`, the run note and `newswatch sources` call
these and show their sentence.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from newswatch.config import AppConfig, SourceConfig
from newswatch.crawler.links import LinkSorter
from newswatch.scheduler.display import safe
from newswatch.scheduler.onboarding.discover import Proposal, channel_links, propose
from newswatch.scheduler.onboarding.fetching import Link, PoliteFetcher, page_links
from newswatch.scheduler.onboarding.wording import SUGGESTION_MARK
from newswatch.scheduler.preview import Fetched

log = logging.getLogger(__name__)

# Channel pages of the home page read at most, the most similar to the old URL first.
MAX_CANDIDATES = 8
GONE = (404, 410)


@dataclass(frozen=True)
class MovedChannel:
    """Where a source's channel seems to be now."""

    text: str
    url: str
    article_links: int

    def sentence(self) -> str:
        """The fix in words (the link text made harmless: it goes into logs as it is)."""
        return (
            f"the {safe(self.text)} channel now seems to be at {self.url} "
            f"({self.article_links} links there match article_url_pattern): put it in start_urls"
        )


def home_of(url: str) -> str:
    """The home page of the site `url` is on."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - {"html", "shtml", "htm", "index"}


def _similarity(source: SourceConfig, old_url: str, link: Link) -> int:
    old = _words(urlsplit(old_url).path)
    score = 2 * len(old & _words(urlsplit(link.url).path))
    named = f"{source.name} {source.description or ''}"
    return score + 3 * (link.text in named)


def find_moved_channel(
    source: SourceConfig, old_url: str, fetcher: PoliteFetcher
) -> MovedChannel | None:
    """The home page's channel page most likely to be the source's channel now, if any."""
    try:
        home = fetcher.get(home_of(old_url))
    except OSError:
        return None
    if home.status != 200:
        return None
    candidates = [link for link in channel_links(home) if link.url != old_url]
    candidates.sort(key=lambda link: _similarity(source, old_url, link), reverse=True)
    sorter = LinkSorter(source)
    best: tuple[int, int, MovedChannel] | None = None
    for link in candidates[:MAX_CANDIDATES]:
        page = _page(link.url, fetcher)
        if page is None:
            continue
        found = sorter.sort(page.url, [x.url for x in page_links(page)]).articles
        if not found:
            continue
        key = (_similarity(source, old_url, link), len(found))
        if best is None or key > best[:2]:
            best = (*key, MovedChannel(link.text, page.url, len(found)))
    return best[2] if best else None


def _page(url: str, fetcher: PoliteFetcher) -> Fetched | None:
    try:
        page = fetcher.get(url)
    except OSError:
        return None
    return page if page.status == 200 else None


def suggest_for_start_url(
    config: AppConfig, source: SourceConfig, url: str, fetcher: PoliteFetcher
) -> str:
    """'; suggestion: …' for a start URL that is gone ('' never: a hint when nothing is found)."""
    moved = find_moved_channel(source, url, fetcher)
    if moved:
        return f"; {SUGGESTION_MARK} {moved.sentence()}"
    return (
        f"; {SUGGESTION_MARK} no channel page of {home_of(url)} has links matching "
        f"article_url_pattern: try `newswatch discover {home_of(url)} --channel NAME`"
    )


def suggest_for_pattern(
    config: AppConfig, source: SourceConfig, url: str, fetcher: PoliteFetcher
) -> str:
    """'; suggestion: …' for a list page where article_url_pattern matches nothing."""
    page = _page(url, fetcher)
    found = propose(page, fetcher, config.layouts) if page else None
    if isinstance(found, Proposal):
        lists = f", list_url_pattern '{found.list_url_pattern}'" if found.list_url_pattern else ""
        layout = f", layout {found.layout}" if found.layout else ""
        return (
            f"; {SUGGESTION_MARK} the page's articles now look like "
            f"{found.sample_articles[0]}: article_url_pattern '{found.article_url_pattern}'"
            f"{lists}{layout}"
        )
    return (
        f"; {SUGGESTION_MARK} no group of links on it leads to articles: "
        f"try `newswatch discover {home_of(url)} --channel NAME`"
    )


def diagnose(config: AppConfig, source: SourceConfig, fetcher: PoliteFetcher) -> str | None:
    """The suggestion for a source whose last crawl went wrong, or None when none applies.

    One request per start URL, more only when one is gone or shows no article link.
    """
    sorter = LinkSorter(source)
    for url in source.start_urls:
        try:
            page = fetcher.get(url)
        except OSError as exc:
            log.warning(
                "%s: no fix suggestion: %s cannot be fetched again: %s", source.name, url, exc
            )
            continue
        if page.status in GONE:
            return f"start URL {url} answers HTTP {page.status}" + suggest_for_start_url(
                config, source, url, fetcher
            )
        if (
            page.status == 200
            and not sorter.sort(page.url, [x.url for x in page_links(page)]).articles
        ):
            return f"no article link on {url}" + suggest_for_pattern(config, source, url, fetcher)
    return None
