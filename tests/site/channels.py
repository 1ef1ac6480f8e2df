"""The copy's other channels (channels.yaml): 南京 (V2), 无锡 (TRS) and a government site.

They exist so `newswatch discover` and `newswatch check` can be tested
offline on a home page with several channels and a non-xhby layout.  No
crawler of the two 苏州 sources may reach them: their URLs go to
expected.yaml under `channels`, never under `articles`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

import yaml

from tests.site.render import (
    Templates,
    render_list_pages,
    render_trs_article,
    render_v2_article,
)
from tests.site.sitedata import TRS, V2, Article, Link, ListEntry, ListSpec, SiteWide

GOV = "gov"


@dataclass(frozen=True)
class Channel:
    """One extra channel: where it is linked from, its list pages and articles."""

    name: str
    home: str
    link_text: str
    layout: str
    spec: ListSpec
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class GovSite:
    """The government site's own parts (name, navigation, 热点 box)."""

    name: str
    home: str
    nav: tuple[Link, ...]
    hot_column: str
    hot_count: int


@dataclass(frozen=True)
class RenderedChannels:
    """URL path -> HTML of every extra page, and the answer key under `channels`."""

    pages: dict[str, str]
    expected: dict[str, Any]
    home_sections: str


def _digest(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def _article_path(layout: str, directory: str, title: str, moment: datetime) -> str:
    if layout == V2:
        return f"/content/s{int(moment.timestamp()):08x}{_digest(title)[:16]}.html"
    if layout == TRS:
        number = 7_000_000 + int(_digest(title)[:5], 16) % 1_000_000
        return f"{directory}{moment:%Y%m}/t{moment:%Y%m%d}_{number}.shtml"
    return f"{directory}{moment:%Y%m}/{_digest(title)}.shtml"


def _channel(data: dict[str, Any], filler: tuple[str, ...]) -> Channel:
    layout = data["layout"]
    articles = []
    for item in data["articles"]:
        moment = datetime.fromisoformat(item["published_at"])
        articles.append(
            Article(
                path=_article_path(
                    layout, item.get("directory", data["directory"]), item["title"], moment
                ),
                layout=layout if layout != GOV else V2,
                title=item["title"],
                published_at=moment,
                source="新华报业网",
                kind="unrelated",
                paragraphs=(item["lead"], *filler),
                editor="陈晨",
            )
        )
    spec = ListSpec(
        layout=layout if layout != GOV else V2,
        directory=data["directory"],
        first_page=data["first_page"],
        page_name=data["page_name"],
        first_number=data["first_number"],
        per_page=data["per_page"],
        channel=data["name"],
        title=f"{data['name']} - 新华报业网",
        column="资讯",
    )
    return Channel(
        name=data["name"],
        home=data["home"],
        link_text=data.get("link_text") or data["name"],
        layout=layout,
        spec=spec,
        articles=tuple(sorted(articles, key=lambda a: a.published_at, reverse=True)),
    )


def load_channels(path: Path) -> tuple[tuple[Channel, ...], GovSite]:
    """Parse channels.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    filler = tuple(data["filler"])
    gov = data["gov"]
    site = GovSite(
        name=gov["name"],
        home=gov["home"],
        nav=tuple(Link(**link) for link in gov["nav"]),
        hot_column=gov["hot_column"],
        hot_count=gov["hot_count"],
    )
    return tuple(_channel(item, filler) for item in data["channels"]), site


# ---------------------------------------------------------------- government site


def _gov_frame(gov: GovSite, templates: Templates) -> dict[str, str]:
    nav = "\n".join(
        f'<li><a href="{escape(link.href or "")}">{escape(link.text)}</a></li>' for link in gov.nav
    )
    return {
        "site_name": escape(gov.name),
        "home": gov.home,
        "header": templates.fill("gov_header", site_name=escape(gov.name), nav_items=nav),
        "footer": templates.fill("gov_footer", site_name=escape(gov.name)),
    }


def _gov_item(article: Article) -> str:
    return (
        f'      <li><a href="{escape(article.path)}" title="{escape(article.title)}">'
        f"{escape(article.title)}</a><span>{article.published_at:%Y-%m-%d}</span></li>"
    )


def _gov_pager(spec: ListSpec, index: int, count: int) -> str:
    parts = [f"共{count}页"]
    if index > 0:
        parts.append(f'<a href="{spec.page_path(index - 1)}">上一页</a>')
    for number in range(count):
        parts.append(
            f"<span>{number + 1}</span>"
            if number == index
            else f'<a href="{spec.page_path(number)}">{number + 1}</a>'
        )
    if index < count - 1:
        parts.append(f'<a href="{spec.page_path(index + 1)}">下一页</a>')
    return " ".join(parts)


def _gov_pages(
    channel: Channel, hot: list[Article], gov: GovSite, templates: Templates
) -> dict[str, str]:
    frame = _gov_frame(gov, templates)
    spec = channel.spec
    chunks = [
        channel.articles[i : i + spec.per_page]
        for i in range(0, len(channel.articles), spec.per_page)
    ]
    pages: dict[str, str] = {}
    hot_items = "\n".join(_gov_item(article) for article in hot)
    for index, chunk in enumerate(chunks):
        pages[spec.page_path(index)] = templates.fill(
            "gov_list",
            **frame,
            channel=escape(channel.name),
            items="\n".join(_gov_item(article) for article in chunk),
            pager=_gov_pager(spec, index, len(chunks)),
            hot=hot_items,
        )
    for article in channel.articles:
        body = "\n".join(f"      <p>{escape(p, quote=False)}</p>" for p in article.paragraphs)
        pages[article.path] = templates.fill(
            "gov_article",
            **frame,
            title=escape(article.title),
            time_display=f"{article.published_at:%Y-%m-%d %H:%M}",
            list_href=spec.page_path(0),
            channel=escape(channel.name),
            body=body,
        )
    return pages


def _gov_home(channels: list[Channel], gov: GovSite, templates: Templates) -> str:
    boxes = []
    for channel in channels:
        items = "\n".join(_gov_item(article) for article in channel.articles[:3])
        boxes.append(
            f'<div class="gov-box"><div class="gov-box-title">{escape(channel.name)}'
            f'<a class="more" href="{channel.spec.page_path(0)}">更多</a></div>\n'
            f"  <ul>\n{items}\n  </ul></div>"
        )
    return templates.fill("gov_home", **_gov_frame(gov, templates), boxes="\n".join(boxes))


# ---------------------------------------------------------------- all channels


def _xhby_pages(channel: Channel, site: SiteWide, templates: Templates) -> dict[str, str]:
    entries = [
        ListEntry(href=a.path, title=a.title, published_at=a.published_at, summary=a.summary)
        for a in channel.articles
    ]
    pages = render_list_pages(channel.spec, entries, site, templates)
    for article in channel.articles:
        pages[article.path] = (
            render_trs_article(article, site, templates)
            if channel.layout == TRS
            else render_v2_article(article, site, templates, [])
        )
    return pages


def _home_sections(channels: tuple[Channel, ...], gov: GovSite) -> str:
    """Sections of the xhby home page linking the extra xhby channels and the gov site."""
    lines = []
    for channel in channels:
        if channel.layout == GOV:
            continue
        text = channel.link_text if channel.link_text != channel.name else f"{channel.name}频道"
        lines += [
            '  <section class="home-channels">',
            f"    <h2>{escape(channel.name)}</h2>",
            f'    <ul><li><a href="{channel.spec.page_path(0)}">{escape(text)}</a></li></ul>',
            "  </section>",
        ]
    lines += [
        '  <section class="home-links">',
        "    <h2>友情链接</h2>",
        f'    <ul><li><a href="{gov.home}">{escape(gov.name)}</a></li></ul>',
        "  </section>",
    ]
    return "\n".join(lines)


def render_channels(site_dir: Path, site: SiteWide, templates: Templates) -> RenderedChannels:
    """Every page of the extra channels, the home page sections and the answer key."""
    channels, gov = load_channels(site_dir / "channels.yaml")
    pages: dict[str, str] = {}
    expected: dict[str, Any] = {}
    gov_channels = [c for c in channels if c.layout == GOV]
    hot_source = next(c for c in gov_channels if c.name == gov.hot_column)
    for channel in channels:
        if channel.layout == GOV:
            hot = [] if channel is hot_source else list(hot_source.articles[: gov.hot_count])
            channel_pages = _gov_pages(channel, hot, gov, templates)
        else:
            channel_pages = _xhby_pages(channel, site, templates)
        pages.update(channel_pages)
        articles = [a.path for a in channel.articles]
        expected[channel.name] = {
            "home": channel.home,
            "layout": channel.layout,
            "link_text": channel.link_text,
            "list_pages": [p for p in channel_pages if p not in articles],
            "articles": articles,
        }
    pages[gov.home] = _gov_home(gov_channels, gov, templates)
    return RenderedChannels(pages, expected, _home_sections(channels, gov))
