"""`newswatch preview SOURCE`: what a source's config finds on its first list page, now."""

from __future__ import annotations

import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urljoin

import lxml.html
from newswatch.config import AppConfig, SourceConfig
from newswatch.crawler.links import LinkSorter
from newswatch.crawler.settings import DOWNLOAD_MAXSIZE, DOWNLOAD_TIMEOUT, USER_AGENT
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import decode_html, extract_article
from newswatch.scheduler.display import local_time, safe
from newswatch.scheduler.fetch import Fetched, FetchLimits
from newswatch.scheduler.fetch import fetch as fetch_within

# The crawl's DOWNLOAD_TIMEOUT; `preview` uses the source's own `download_timeout`.
TIMEOUT = DOWNLOAD_TIMEOUT

__all__ = ["TIMEOUT", "Fetched", "fetch", "preview", "read_robots", "robots_allow"]


def fetch(
    url: str,
    user_agent: str = USER_AGENT,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = DOWNLOAD_MAXSIZE,
) -> Fetched:
    """GET `url` within the crawl's limits; HTTP errors come back as a status.

    Network errors, a body over `max_bytes` (the crawl's size cap) and a
    download taking more than `timeout` in all raise OSError: the crawler
    would not take that page either (see scheduler.fetch).
    """
    return fetch_within(url, user_agent, FetchLimits(max_bytes=max_bytes, timeout=timeout))


def read_robots(
    url: str, user_agent: str = USER_AGENT, timeout: float = TIMEOUT
) -> urllib.robotparser.RobotFileParser | None:
    """The robots.txt of `url`'s site, fetched with our User-Agent (RobotFileParser.read()
    would send Python's); None (everything allowed) when it is missing or unreadable."""
    try:
        answer = fetch(urljoin(url, "/robots.txt"), user_agent, timeout=timeout)
    except OSError:
        return None
    parser = urllib.robotparser.RobotFileParser()
    if answer.status in (401, 403):
        parser.disallow_all = True  # type: ignore[attr-defined]  # as read() decides
    elif answer.status == 200:
        parser.parse(answer.body.decode("utf-8", "replace").splitlines())
    else:
        return None
    return parser


def robots_allow(url: str, user_agent: str = USER_AGENT, timeout: float = TIMEOUT) -> bool:
    """Whether the site's robots.txt lets newswatch fetch `url` (allowed if unreadable)."""
    robots = read_robots(url, user_agent, timeout)
    return robots is None or robots.can_fetch(user_agent, url)


def preview(
    config: AppConfig, source: SourceConfig, limit: int, out: Callable[[str], None] = print
) -> int:
    """Print the first list page's links as the source sees them, then `limit` extractions.

    Returns the number of problems found (0 when the source looks healthy).
    """
    problems = 0
    agent = config.user_agent or USER_AGENT
    timeout = source.download_timeout  # the crawl's, per source
    start = source.start_urls[0]
    out(f"source {source.name}: first list page {start}")
    if not robots_allow(start, agent, timeout):
        out("  robots.txt disallows this page for newswatch: the crawler will not fetch it")
        return 1
    page = fetch(start, agent, timeout=timeout)
    if page.status != 200:
        out(f"  HTTP {page.status}: the list page cannot be read")
        return 1
    text, encoding = decode_html(page.body, page.content_type)
    hrefs = lxml.html.fromstring(text).xpath("//a/@href") if text.strip() else []
    links = LinkSorter(source).sort(page.url, hrefs)
    out(
        f"  {len(hrefs)} links ({encoding}); {len(links.articles)} match article_url_pattern, "
        f"{len(links.lists)} match list_url_pattern"
    )
    for url in links.articles[:20]:
        out(f"    article  {safe(url)}")
    for url in links.lists[:10]:
        out(f"    list     {safe(url)}")
    if not links.articles:
        out("  ! no article link matched: check article_url_pattern against the links above")
        problems += 1
    rules = config.rules_for(source)
    for url in links.articles[:limit]:
        problems += _preview_article(url, rules, config.timezone, agent, timeout, out)
    return problems


def _preview_article(
    url: str, rules, tz: str, agent: str, timeout: float, out: Callable[[str], None]
) -> int:
    out(f"\n  {url}")
    if not robots_allow(url, agent, timeout):
        out("    skipped: robots.txt disallows it (the crawler will not fetch it either)")
        return 0
    try:
        page = fetch(url, agent, timeout=timeout)
    except OSError as exc:
        out(f"    ! cannot fetch: {exc}")
        return 1
    if page.status != 200:
        out(f"    ! HTTP {page.status}")
        return 1
    try:
        article = extract_article(page.body, page.url, rules=rules, content_type=page.content_type)
    except ExtractionError as exc:
        out(f"    ! no article: {exc}")
        return 1
    out(f"    title:     {safe(article.title)}")
    out(
        f"    published: {local_time(article.published_at, tz, article.published_precision)}"
        f"   source: {safe(article.source)}"
        f"   author: {safe(article.author)}   editor: {safe(article.editor)}"
    )
    out(f"    extracted by {article.strategy}, {len(article.text)} characters:")
    for line in article.text.splitlines()[:3]:
        out(f"      {safe(line)[:120]}")
    for warning in article.warnings:
        out(f"    warning: {safe(warning)}")
    return 0
