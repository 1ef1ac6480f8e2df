"""`newswatch discover`: source entries proposed from a site's home or channel page.

A channel page is read as a crawler would read it: its same-site links are
grouped by URL shape (crawler.urlshape); the article group is the one whose
URLs carry ids or dates, whose anchors are headlines and whose sample pages
extract as articles; the pagination links are those labelled 下一页 / 2 3 …
From a home page, `channel` picks the links whose text names the channel and
each of their pages is read that way.  Patterns are the narrowest regexes
matching the samples; nothing is written anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.html
from lxml.cssselect import CSSSelector
from newswatch.config.models import ExtractionRules
from newswatch.crawler.urlshape import (
    describe,
    group_by_shape,
    has_id_or_date,
    narrowest_pattern,
    one_word_apart,
    pages_pattern,
    shape,
)
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import decode_html, extract_article
from newswatch.scheduler.onboarding.fetching import Link, PoliteFetcher, page_links, same_site
from newswatch.scheduler.preview import Fetched

PAGER_WORDS = frozenset({"下一页", "上一页", "下页", "上页", "尾页", "末页", "next", "»", "›"})
SAMPLES = 3
MIN_ARTICLE_CHARS = 150
HEADLINE_CHARS = 8
MAX_CHANNEL_LINKS = 6
MAX_CHANNEL_TEXT = 20
# A second article group this close in size, in the same part of the site, means
# the page is a portal showing several channels, not one channel's list.
PORTAL_RATIO = 0.6


@dataclass(frozen=True)
class Proposal:
    """One proposed source entry."""

    name: str
    start_urls: list[str]
    article_url_pattern: str
    list_url_pattern: str | None
    sample_articles: list[str]
    confidence: float
    layout: str | None = None
    channel: str | None = None
    evidence: str = ""

    def to_json(self) -> dict[str, object]:
        """The JSON object of `discover --json`."""
        return {
            "name": self.name,
            "start_urls": self.start_urls,
            "article_url_pattern": self.article_url_pattern,
            "list_url_pattern": self.list_url_pattern,
            "sample_articles": self.sample_articles,
            "confidence": self.confidence,
            "layout": self.layout,
        }


@dataclass
class Discovery:
    """What discover found: proposals, and a note for every page it could not use."""

    proposals: list[Proposal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Group:
    urls: list[str]
    texts: list[str]
    under_page: bool

    @property
    def headline_ratio(self) -> float:
        long = sum(1 for t in self.texts if len(t) >= HEADLINE_CHARS)
        return long / max(len(self.texts), 1)

    @property
    def rank(self) -> tuple[bool, int, float]:
        return (self.under_page, len(self.urls), self.headline_ratio)


@dataclass(frozen=True)
class ListPageReading:
    """A channel page read: its article group (if any) and its numbered pages."""

    url: str
    articles: list[str]
    pages: list[str]
    other_links: list[str]
    reason: str | None = None
    texts: Mapping[str, str] = field(default_factory=dict)


def pagination_links(page_url: str, links: Sequence[Link]) -> list[str]:
    """Links to the same list's other pages, in the page's directory: labelled 下一页 / 2 3 …,
    or named like the page with a number (index.html → index_2.html, nav_list_1.shtml)."""
    path = urlsplit(page_url).path
    directory, _, name = path.rpartition("/")
    directory += "/"
    stem, dot, ext = (name or "index.html").rpartition(".")
    numbered = re.compile(
        re.escape(stem or name) + r"[_-]\d+" + re.escape(dot + ext if stem else "")
    )
    found: dict[str, None] = {}
    for link in links:
        if link.url == page_url or not same_site(link.url, page_url):
            continue
        target = urlsplit(link.url).path
        if not target.startswith(directory) or "/" in target[len(directory) :]:
            continue
        label = link.text.strip().lower()
        if label in PAGER_WORDS or label.isdigit() or numbered.fullmatch(target[len(directory) :]):
            found[link.url] = None
    return list(found)


def read_list_page(page: Fetched, fetcher: PoliteFetcher) -> ListPageReading:
    """Sort one channel page's links into its article group, its pages and the rest.

    Samples of the two most likely groups are fetched and extracted to tell
    articles from other id-carrying links (pictures, downloads, another channel).
    """
    links = [
        link
        for link in page_links(page)
        if same_site(link.url, page.url) and link.url != page.url and fetcher.allowed(link.url)
    ]
    pages = pagination_links(page.url, links)
    directory = urlsplit(page.url).path.rsplit("/", 1)[0] + "/"
    texts: dict[str, str] = {}
    for link in links:
        if link.url not in pages and len(link.text) > len(texts.get(link.url, "")):
            texts[link.url] = link.text
    groups = [
        _Group(urls, [texts[u] for u in urls], urlsplit(urls[0]).path.startswith(directory))
        for key, urls in group_by_shape(texts).items()
        if has_id_or_date(key)
    ]
    groups.sort(key=lambda g: g.rank, reverse=True)
    extracting = [g for g in groups[:3] if _samples_extract(g.urls, fetcher)]
    others = [u for u in texts]
    if not extracting:
        return ListPageReading(page.url, [], pages, others, "no group of links leads to articles")
    best = extracting[0]
    if len(extracting) > 1:
        second = extracting[1]
        if second.under_page == best.under_page and len(second.urls) >= PORTAL_RATIO * len(
            best.urls
        ):
            shapes = ", ".join(describe(shape(g.urls[0])) for g in extracting[:2])
            return ListPageReading(
                page.url,
                [],
                pages,
                others,
                f"articles of several channels ({shapes}): a home page? pass --channel",
            )
    articles = _with_list_neighbours(best, groups, links)
    rest = [u for u in others if u not in articles]
    return ListPageReading(page.url, articles, pages, rest, texts=texts)


def _steps(where: str) -> list[str]:
    # lxml leaves out [1] for an only child of its tag; spell it out so paths line up.
    return [s if s.endswith("]") else s + "[1]" for s in where.split("/")]


def _item_depth(places: Sequence[str]) -> int | None:
    """The depth of the repeated list item among the article links' XPaths (li[1], li[2] …)."""
    paths = [_steps(p) for p in places]
    if len(paths) < 2 or len({len(p) for p in paths}) != 1:
        return None
    varying = [i for i in range(len(paths[0])) if len({p[i] for p in paths}) > 1]
    return varying[0] if len(varying) == 1 else None


def _with_list_neighbours(
    best: _Group, groups: Sequence[_Group], links: Sequence[Link]
) -> list[str]:
    """The article group plus groups one word apart whose links are items of the same list.

    A channel list often mixes columns (/sz/yw/…, /sz/jj/…) in one <ul>; a
    box of another column's headlines next to it is another list.
    """
    where: dict[str, list[str]] = {}
    for link in links:
        where.setdefault(link.url, []).append(link.where)
    best_places = [w for u in best.urls for w in where.get(u, [])]
    depth = _item_depth(best_places)
    if depth is None:
        return list(best.urls)
    items = {tuple(p[:depth] + p[depth + 1 :]) for p in map(_steps, best_places)}
    urls = list(best.urls)
    for group in groups:
        if group is best or not one_word_apart(shape(best.urls[0]), shape(group.urls[0])):
            continue
        places = [_steps(w) for u in group.urls for w in where.get(u, [])]
        if any(len(p) > depth and tuple(p[:depth] + p[depth + 1 :]) in items for p in places):
            urls += group.urls
    return urls


def _samples_extract(urls: Sequence[str], fetcher: PoliteFetcher) -> bool:
    """Whether most of the first few reachable samples extract as articles."""
    tried = good = 0
    for url in urls[: SAMPLES + 2]:
        if tried == SAMPLES:
            break
        try:
            page = fetcher.get(url)
        except OSError:
            continue
        if page.status != 200:
            continue
        tried += 1
        good += _is_article(page)
    return tried > 0 and good * 2 > tried


def _is_article(page: Fetched) -> bool:
    try:
        article = extract_article(page.body, page.url, content_type=page.content_type)
    except ExtractionError:
        return False
    return len(article.text) >= MIN_ARTICLE_CHARS


def layout_fitting(
    samples: Sequence[Fetched], layouts: Mapping[str, ExtractionRules]
) -> str | None:
    """The first known layout whose title and body selectors find something on every sample."""
    trees = []
    for page in samples:
        text, _ = decode_html(page.body, page.content_type)
        trees.append(lxml.html.fromstring(text))
    for name, rules in layouts.items():
        needed = [rules.title, rules.body]
        if not trees or not all(needed):
            continue
        if all(
            any(CSSSelector(css)(tree) for css in selectors)
            for tree in trees
            for selectors in needed
        ):
            return name
    return None


def _name_for(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "site"
    labels = [x for x in host.split(".") if x not in ("www", "com", "cn", "net", "org", "gov")]
    site = "site" if re.fullmatch(r"[\d.]+", host) or not labels else labels[0]
    words = [w for w in parts.path.split("/")[:-1] if re.fullmatch(r"[A-Za-z0-9_-]+", w)]
    return "-".join([site, *words])


def propose(
    page: Fetched,
    fetcher: PoliteFetcher,
    layouts: Mapping[str, ExtractionRules],
    channel: str | None = None,
) -> Proposal | str:
    """A source entry for one channel page, or the reason there is none."""
    reading = read_list_page(page, fetcher)
    if not reading.articles:
        return reading.reason or "no article links"
    article_pattern = narrowest_pattern(reading.articles)
    list_pattern = pages_pattern(page.url, reading.pages) if reading.pages else None
    regex = re.compile(article_pattern)
    stray = [u for u in [*reading.other_links, *reading.pages, page.url] if regex.search(u)]
    samples: list[Fetched] = []
    for url in reading.articles[: SAMPLES + 2]:
        try:
            fetched = fetcher.get(url)
        except OSError:
            continue
        if fetched.status == 200 and len(samples) < SAMPLES:
            samples.append(fetched)
    headlines = sum(1 for u in reading.articles if len(reading.texts.get(u, "")) >= HEADLINE_CHARS)
    confidence = (
        0.4
        + 0.2 * (headlines * 2 >= len(reading.articles))
        + 0.2 * bool(reading.pages)
        + 0.2 * (not stray)
    )
    evidence = (
        f"{len(reading.articles)} article links shaped {describe(shape(reading.articles[0]))}, "
        f"{len(samples)} sample(s) read, {len(reading.pages)} further list page(s)"
    )
    if stray:
        evidence += f"; the pattern also matches {len(stray)} other link(s) on the page"
    return Proposal(
        name=_name_for(page.url),
        start_urls=[page.url],
        article_url_pattern=article_pattern,
        list_url_pattern=list_pattern,
        sample_articles=[p.url for p in samples] or reading.articles[:SAMPLES],
        confidence=round(confidence, 2),
        layout=layout_fitting(samples, layouts),
        channel=channel,
        evidence=evidence,
    )


def _is_channel_link(link: Link, page: Fetched) -> bool:
    # A headline naming the channel (社区社会组织…) leads to an article, not a channel.
    headline = has_id_or_date(shape(link.url)) and len(link.text) >= HEADLINE_CHARS + 4
    return (
        same_site(link.url, page.url)
        and link.url != page.url
        and 0 < len(link.text) <= MAX_CHANNEL_TEXT
        and not headline
    )


def channel_links(page: Fetched, channel: str | None = None) -> list[Link]:
    """Same-site links that look like channels (named `channel` when given), exact names first."""
    found: dict[str, Link] = {}
    for link in page_links(page):
        if (channel is None or channel in link.text) and _is_channel_link(link, page):
            found.setdefault(link.url, link)
    if channel is None:
        return list(found.values())
    ordered = sorted(found.values(), key=lambda link: (link.text != channel, len(link.text)))
    return ordered[:MAX_CHANNEL_LINKS]


def discover(
    url: str,
    fetcher: PoliteFetcher,
    layouts: Mapping[str, ExtractionRules],
    channel: str | None = None,
) -> Discovery:
    """Proposals from `url` itself, or from its links naming `channel`."""
    result = Discovery()
    page = _get(url, fetcher, result)
    if page is None:
        return result
    if channel is None:
        found = propose(page, fetcher, layouts)
        if isinstance(found, Proposal):
            result.proposals.append(found)
        else:
            names = sorted({link.text for link in channel_links(page)}, key=len)[:15]
            hint = f"; channels linked here: {', '.join(names)}" if names else ""
            result.notes.append(f"{url}: {found}{hint}")
        return result
    candidates = channel_links(page, channel)
    if not candidates:
        result.notes.append(f"{url}: no link names the channel {channel!r}")
    for link in candidates:
        target = _get(link.url, fetcher, result, link.text)
        if target is None:
            continue
        found = propose(target, fetcher, layouts, channel=link.text)
        if isinstance(found, Proposal):
            if all(p.start_urls != found.start_urls for p in result.proposals):
                result.proposals.append(found)
        else:
            result.notes.append(f"{link.url} ({link.text}): {found}")
    return result


def _get(url: str, fetcher: PoliteFetcher, result: Discovery, label: str = "") -> Fetched | None:
    where = f"{url} ({label})" if label else url
    try:
        page = fetcher.get(url)
    except OSError as exc:
        result.notes.append(f"{where}: cannot fetch: {exc}")
        return None
    if page.status != 200:
        result.notes.append(f"{where}: HTTP {page.status}")
        return None
    return page
