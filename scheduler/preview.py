"""`newswatch preview SOURCE`: what a source's config finds on its first list page, now."""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from newswatch.config import AppConfig, SourceConfig
from newswatch.crawler.links import LinkSorter
from newswatch.crawler.settings import DOWNLOAD_MAXSIZE, USER_AGENT
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import decode_html, extract_article
from newswatch.scheduler.display import local_time, safe

TIMEOUT = 30


@dataclass(frozen=True)
class Fetched:
    """One page as the preview fetched it."""

    url: str
    status: int
    content_type: str | None
    body: bytes


def fetch(
    url: str,
    user_agent: str = USER_AGENT,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = DOWNLOAD_MAXSIZE,
) -> Fetched:
    """GET `url`; HTTP errors come back as a status, network errors raise OSError.

    A body over `max_bytes` (the crawl's size cap) raises OSError too: the
    crawler would not take that page either.
    """
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise OSError(f"page larger than {max_bytes} bytes (the crawl's size cap)")
            return Fetched(
                response.url, response.status, response.headers.get("Content-Type"), body
            )
    except urllib.error.HTTPError as exc:
        return Fetched(url, exc.code, exc.headers.get("Content-Type"), b"")


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


def robots_allow(url: str, user_agent: str = USER_AGENT) -> bool:
    """Whether the site's robots.txt lets newswatch fetch `url` (allowed if unreadable)."""
    robots = read_robots(url, user_agent)
    return robots is None or robots.can_fetch(user_agent, url)


def preview(
    config: AppConfig, source: SourceConfig, limit: int, out: Callable[[str], None] = print
) -> int:
    """Print the first list page's links as the source sees them, then `limit` extractions.

    Returns the number of problems found (0 when the source looks healthy).
    """
    problems = 0
    agent = config.user_agent or USER_AGENT
    start = source.start_urls[0]
    out(f"source {source.name}: first list page {start}")
    if not robots_allow(start, agent):
        out("  robots.txt disallows this page for newswatch: the crawler will not fetch it")
        return 1
    page = fetch(start, agent)
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
        problems += _preview_article(url, rules, config.timezone, agent, out)
    return problems


def _preview_article(url: str, rules, tz: str, agent: str, out: Callable[[str], None]) -> int:
    out(f"\n  {url}")
    if not robots_allow(url, agent):
        out("    skipped: robots.txt disallows it (the crawler will not fetch it either)")
        return 0
    try:
        page = fetch(url, agent)
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
