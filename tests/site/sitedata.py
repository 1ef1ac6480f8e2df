"""The data the local xhby.net copy is rendered from, loaded and checked.

`site.yaml` holds the site-wide parts (navigation, footer, disclaimers,
robots.txt, test routes), `lists.yaml` the 苏州 list pages of both layouts,
`articles/*.yaml` one article each.  Loading fails loudly on data that would
render an inconsistent site (a V2 id whose time is not the publish time, a
TRS path whose date is not the publish date, a credit that names no author).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

TRS = "xhby-trs"
V2 = "xhby-2023"
LAYOUTS = (TRS, V2)
KINDS = ("relevant", "relevant_implicit", "near_miss", "unrelated")
RELEVANT_KINDS = frozenset({"relevant", "relevant_implicit"})
ENTRY_EXPECTATIONS = ("not_found", "server_error")
TIME_FORMATS = {TRS: "%Y-%m-%d %H:%M:%S", V2: "%Y-%m-%d %H:%M"}
SUMMARY_CHARS = 60

_TRS_PATH = re.compile(r"/(?P<month>\d{6})/t(?P<day>\d{8})_\d+\.shtml$")
_CREDIT = re.compile(r"[（(][^（()）]{1,30}[）)]$")
_V2_PATH = re.compile(r"/content/s(?P<time>[0-9a-f]{8})[0-9a-f]{16}\.html$")


class SiteDataError(ValueError):
    """The site data is inconsistent; the message names the file and the problem."""


@dataclass(frozen=True)
class Link:
    """A link (or a picture, or both) in navigation, sidebars and footers."""

    text: str
    href: str | None = None
    image: str | None = None


@dataclass(frozen=True)
class InlineImage:
    """A picture inside an article body, placed after paragraph `after` (0-based)."""

    after: int
    file: str
    caption: str


@dataclass(frozen=True)
class Article:
    """One article page of the copy and the truth about it."""

    path: str
    layout: str
    title: str
    published_at: datetime
    source: str
    kind: str
    paragraphs: tuple[str, ...]
    author: str | None = None
    byline: bool = False
    editor: str | None = None
    tags: tuple[str, ...] = ()
    boilerplate: str = "outside"
    encoding: str = "utf-8"
    served_content_type: str | None = None
    private: bool = False
    time_format: str | None = None
    duplicate_of: str | None = None
    images: tuple[InlineImage, ...] = ()

    @property
    def relevant(self) -> bool:
        """Whether the article is about social organizations."""
        return self.kind in RELEVANT_KINDS

    @property
    def time_display(self) -> str:
        """The publication time as the page prints it."""
        return self.published_at.strftime(self.time_format or TIME_FORMATS[self.layout])

    @property
    def credit(self) -> str | None:
        """The bracketed byline ending the last paragraph, e.g. "(邹玉芬)" or "（记者 李洁）"."""
        match = _CREDIT.search(self.paragraphs[-1])
        if match and self.author and self.author in match.group(0):
            return match.group(0)
        return None

    @property
    def last_paragraph(self) -> str:
        """The last paragraph without its trailing credit (that is the author, not text)."""
        credit = self.credit
        return self.paragraphs[-1].removesuffix(credit) if credit else self.paragraphs[-1]

    @property
    def summary(self) -> str:
        """The teaser a list page shows: the start of the first paragraph."""
        first = self.paragraphs[0]
        return first if len(first) <= SUMMARY_CHARS else first[:SUMMARY_CHARS] + "…"


@dataclass(frozen=True)
class ListEntry:
    """One entry of a list page: an article of ours or an `extra_entries` item."""

    href: str
    title: str
    published_at: datetime
    source: str = "新华报业网"
    summary: str = ""
    expect: str | None = None


@dataclass(frozen=True)
class ListSpec:
    """The list pages of one layout's 苏州 channel."""

    layout: str
    directory: str
    first_page: str
    page_name: str
    first_number: int
    per_page: int
    channel: str
    title: str
    column: str = ""
    extra_entries: tuple[ListEntry, ...] = ()
    sidebar: tuple[Link, ...] = ()

    def page_path(self, index: int) -> str:
        """URL path of list page `index` (0 = the first page)."""
        name = (
            self.first_page
            if index == 0
            else self.page_name.format(n=self.first_number + index - 1)
        )
        return self.directory + name


@dataclass(frozen=True)
class Disclaimer:
    """The 版权和免责声明 block of a layout."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class SiteWide:
    """What every page of a layout carries around its content."""

    name: str
    nav: dict[str, tuple[Link, ...]]
    trs_sidebar_images: tuple[Link, ...]
    related_sites: tuple[Link, ...]
    disclaimer: dict[str, Disclaimer]
    share: tuple[str, ...]
    footer_links: tuple[Link, ...]
    footer_lines: tuple[str, ...]
    footer_external: tuple[Link, ...]
    robots_disallow: tuple[str, ...]
    routes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SiteData:
    """Everything the copy is rendered from."""

    site: SiteWide
    lists: dict[str, ListSpec]
    articles: tuple[Article, ...]

    def article(self, path: str) -> Article:
        """The article at `path`; KeyError otherwise."""
        for article in self.articles:
            if article.path == path:
                return article
        raise KeyError(path)


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SiteDataError(f"{path}: invalid YAML: {exc}") from exc


def _links(items: Any) -> tuple[Link, ...]:
    return tuple(Link(**item) for item in items or ())


def _timestamp(value: Any, where: str) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise SiteDataError(f"{where}: published_at needs a UTC offset (+08:00)")
    return moment


def load_site_wide(path: Path) -> SiteWide:
    """Parse site.yaml."""
    data = _read(path)
    footer = data["footer"]
    return SiteWide(
        name=data["name"],
        nav={layout: _links(links) for layout, links in data["nav"].items()},
        trs_sidebar_images=_links(data["trs_sidebar_images"]),
        related_sites=_links(data["related_sites"]),
        disclaimer={
            layout: Disclaimer(block["title"], tuple(block["paragraphs"]))
            for layout, block in data["disclaimer"].items()
        },
        share=tuple(data["share"]),
        footer_links=_links(footer["links"]),
        footer_lines=tuple(footer["lines"]),
        footer_external=_links(footer["external"]),
        robots_disallow=tuple(data["robots_disallow"]),
        routes=dict(data.get("routes") or {}),
    )


def load_lists(path: Path) -> dict[str, ListSpec]:
    """Parse lists.yaml."""
    specs: dict[str, ListSpec] = {}
    for layout, data in _read(path).items():
        if layout not in LAYOUTS:
            raise SiteDataError(f"{path}: unknown layout {layout!r}")
        entries = []
        for item in data.get("extra_entries") or ():
            entry = ListEntry(
                **{**item, "published_at": _timestamp(item["published_at"], str(path))}
            )
            if entry.expect not in ENTRY_EXPECTATIONS:
                raise SiteDataError(
                    f"{path}: entry {entry.href}: expect one of {ENTRY_EXPECTATIONS}"
                )
            entries.append(entry)
        fields = {k: v for k, v in data.items() if k not in ("extra_entries", "sidebar")}
        specs[layout] = ListSpec(
            layout=layout,
            extra_entries=tuple(entries),
            sidebar=_links(data.get("sidebar")),
            **fields,
        )
    return specs


def _article_from(path: Path, data: dict[str, Any], originals: dict[str, Article]) -> Article:
    duplicate_of = data.get("duplicate_of")
    paragraphs = data.get("paragraphs")
    if duplicate_of is not None:
        if duplicate_of not in originals:
            raise SiteDataError(f"{path}: duplicate_of {duplicate_of} is not an article")
        paragraphs = paragraphs or originals[duplicate_of].paragraphs
    images = tuple(InlineImage(**image) for image in data.get("images") or ())
    fields = {k: v for k, v in data.items() if k not in ("paragraphs", "images", "tags")}
    return Article(
        **{
            **fields,
            "published_at": _timestamp(data["published_at"], str(path)),
            "paragraphs": tuple(paragraphs or ()),
            "tags": tuple(data.get("tags") or ()),
            "images": images,
        }
    )


def check_article(article: Article, where: str) -> None:
    """SiteDataError if an article's fields contradict each other or its URL."""
    if article.layout not in LAYOUTS:
        raise SiteDataError(f"{where}: layout must be one of {LAYOUTS}")
    if article.kind not in KINDS:
        raise SiteDataError(f"{where}: kind must be one of {KINDS}")
    if article.boilerplate not in ("outside", "inside"):
        raise SiteDataError(f"{where}: boilerplate must be 'outside' or 'inside'")
    if len(article.paragraphs) < 3:
        raise SiteDataError(f"{where}: an article needs at least 3 paragraphs")
    if any(image.after >= len(article.paragraphs) - 1 for image in article.images):
        raise SiteDataError(f"{where}: pictures go between paragraphs, never after the last")
    if article.author and not article.byline and article.author not in article.paragraphs[-1]:
        raise SiteDataError(f"{where}: author {article.author} is neither a byline nor credited")
    _check_path_time(article, where)


def _check_path_time(article: Article, where: str) -> None:
    if article.layout == TRS:
        match = _TRS_PATH.search(article.path)
        expected = article.published_at.strftime("%Y%m%d")
        if not match or match["day"] != expected or match["month"] != expected[:6]:
            raise SiteDataError(f"{where}: TRS path must carry the publish date {expected}")
    else:
        match = _V2_PATH.search(article.path)
        if not match or int(match["time"], 16) != int(article.published_at.timestamp()):
            stamp = f"{int(article.published_at.timestamp()):08x}"
            raise SiteDataError(f"{where}: V2 id must start with the publish time {stamp}")


def load_articles(directory: Path) -> tuple[Article, ...]:
    """Parse and check articles/*.yaml, originals before their duplicates."""
    raw = [(path, _read(path)) for path in sorted(directory.glob("*.yaml"))]
    raw.sort(key=lambda item: item[1].get("duplicate_of") is not None)
    articles: dict[str, Article] = {}
    for path, data in raw:
        article = _article_from(path, data, articles)
        check_article(article, str(path))
        if article.path in articles:
            raise SiteDataError(f"{path}: {article.path} is used twice")
        articles[article.path] = article
    return tuple(sorted(articles.values(), key=lambda a: (a.published_at, a.path)))


def load_site_data(site_dir: Path) -> SiteData:
    """Everything under tests/site needed to render the copy."""
    return SiteData(
        site=load_site_wide(site_dir / "site.yaml"),
        lists=load_lists(site_dir / "lists.yaml"),
        articles=load_articles(site_dir / "articles"),
    )
