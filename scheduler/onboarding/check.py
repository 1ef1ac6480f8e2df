"""`newswatch check`: does each enabled source's config still fit its site, right now?

Per source, politely (robots.txt, the configured User-Agent, the crawl's
timeout and size cap): the regex safety of its patterns, the HTTP status of
each start URL, how many links match `article_url_pattern` and
`list_url_pattern`, whether the first matched article extracts, and every
problem in words with a fix; for a start URL that is gone or a pattern that
matches nothing, the fix discovery proposes (scheduler.onboarding.suggest).
Nothing is written: not the config, not the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newswatch.config import AppConfig, SourceConfig
from newswatch.config.regex import compile_user_pattern
from newswatch.config.regexsafety import pattern_problems
from newswatch.crawler.links import LinkSorter
from newswatch.crawler.urlshape import pages_pattern
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import extract_article
from newswatch.scheduler.onboarding.discover import pagination_links
from newswatch.scheduler.onboarding.fetching import Link, PoliteFetcher, page_links
from newswatch.scheduler.onboarding.suggest import suggest_for_pattern, suggest_for_start_url
from newswatch.scheduler.onboarding.wording import SUGGESTION_MARK
from newswatch.scheduler.preview import Fetched

GONE = (404, 410)
# Article links tried before check says the source's articles do not extract.
ARTICLES_TRIED = 3


@dataclass(frozen=True)
class ArticleCheck:
    """The first matched article, extracted."""

    url: str
    title: str | None
    published_at: datetime | None
    text_length: int


@dataclass
class SourceCheck:
    """What `check` found for one source."""

    name: str
    status: dict[str, int | None] = field(default_factory=dict)
    article_links: int = 0
    list_links: int = 0
    article: ArticleCheck | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No problem found."""
        return not self.problems

    def to_json(self) -> dict[str, object]:
        """The JSON object of `check --json`."""
        article = None
        if self.article:
            article = {
                "url": self.article.url,
                "title": self.article.title,
                "published_at": (
                    self.article.published_at.isoformat() if self.article.published_at else None
                ),
                "text_length": self.article.text_length,
            }
        return {
            "name": self.name,
            "ok": self.ok,
            "status": self.status,
            "article_links": self.article_links,
            "list_links": self.list_links,
            "problems": self.problems,
            "article": article,
        }


def check_config(config: AppConfig, fetcher: PoliteFetcher) -> list[SourceCheck]:
    """A check of every enabled source of `config`."""
    return [check_source(config, s, fetcher) for s in config.sources if s.enabled]


def check_source(config: AppConfig, source: SourceConfig, fetcher: PoliteFetcher) -> SourceCheck:
    """Fetch the source's start pages once and say what its config finds there."""
    result = SourceCheck(source.name)
    result.problems += pattern_problems("article_url_pattern", source.article_url_pattern)
    if source.list_url_pattern is not None:
        result.problems += pattern_problems("list_url_pattern", source.list_url_pattern)
    fetcher.timeout = source.download_timeout
    sorter = LinkSorter(source)
    articles: dict[str, None] = {}
    lists: dict[str, None] = {}
    readable = 0
    for url in source.entry_urls:
        page = _fetch(url, fetcher, result)
        if page is None:
            continue
        if page.status != 200:
            result.status[url] = page.status
            result.problems.append(_status_problem(config, source, url, page.status, fetcher))
            continue
        result.status[url] = 200
        if url not in source.start_urls:
            continue  # feeds and sitemaps: reachable is what check can say
        readable += 1
        links = page_links(page)
        found = sorter.sort(page.url, [link.url for link in links])
        articles.update(dict.fromkeys(found.articles))
        lists.update(dict.fromkeys(found.lists))
        result.problems += _pagination_problems(source, page.url, links, found.lists)
        if compile_user_pattern(source.article_url_pattern).search(page.url):
            result.problems.append(
                f"article_url_pattern also matches the list page {url} itself: "
                "narrow it to the article URLs' shape (see `newswatch discover URL`)"
            )
    result.article_links, result.list_links = len(articles), len(lists)
    if readable and not articles:
        first = next(u for u, s in result.status.items() if s == 200 and u in source.start_urls)
        result.problems.append(
            "article_url_pattern matches none of the links on "
            f"{first}{suggest_for_pattern(config, source, first, fetcher)}"
        )
    if articles:
        result.article = _first_article(config, source, list(articles), fetcher, result)
    return result


def _pagination_problems(
    source: SourceConfig, url: str, links: list[Link], matched: list[str]
) -> list[str]:
    """list_url_pattern given but matching none of the numbered pages the list page shows."""
    if source.list_url_pattern is None or matched:
        return []
    pages = pagination_links(url, links)
    if not pages:
        return []
    return [
        f"list_url_pattern matches none of the {len(pages)} further list page(s) of {url} "
        f"(e.g. {pages[0]}), so only the first page is read; "
        f"{SUGGESTION_MARK} list_url_pattern '{pages_pattern(url, pages)}'"
    ]


def _fetch(url: str, fetcher: PoliteFetcher, result: SourceCheck) -> Fetched | None:
    try:
        return fetcher.get(url)
    except PermissionError:
        result.status[url] = None
        result.problems.append(
            f"robots.txt of the site disallows {url} for newswatch: the crawler will not "
            "fetch it; pick another list page of the channel or ask the site"
        )
    except OSError as exc:
        result.status[url] = None
        result.problems.append(
            f"{url} cannot be fetched ({exc}): check the URL in a browser; "
            "a timeout may need a larger download_timeout"
        )
    return None


def _status_problem(
    config: AppConfig, source: SourceConfig, url: str, status: int, fetcher: PoliteFetcher
) -> str:
    if status in GONE:
        return (
            f"start URL {url} answers HTTP {status}: the page is gone"
            f"{suggest_for_start_url(config, source, url, fetcher)}"
        )
    return f"start URL {url} answers HTTP {status}: try again later; if it stays, fix the URL"


def _first_article(
    config: AppConfig,
    source: SourceConfig,
    urls: list[str],
    fetcher: PoliteFetcher,
    result: SourceCheck,
) -> ArticleCheck | None:
    """The first matched article that answers and extracts; a problem when none of a few does.

    One dead or failing article is the site's trouble, not the config's: the
    crawl records and retries it.
    """
    failures = []
    for url in urls[:ARTICLES_TRIED]:
        try:
            page = fetcher.get(url)
        except OSError as exc:
            failures.append(f"{url}: {exc}")
            continue
        if page.status != 200:
            failures.append(f"{url}: HTTP {page.status}")
            continue
        try:
            article = extract_article(
                page.body, page.url, rules=config.rules_for(source), content_type=page.content_type
            )
        except ExtractionError as exc:
            failures.append(f"{url}: no article ({exc})")
            continue
        return ArticleCheck(url, article.title, article.published_at, len(article.text))
    result.problems.append(
        f"none of the first {len(failures)} article links gives an article ("
        + "; ".join(failures)
        + "): check that article_url_pattern matches only article links, and give the source "
        "a layout or extraction selectors (`newswatch extract URL` shows what is found)"
    )
    return None
