"""HTML of the local xhby.net copy: both layouts' article and list pages.

Templates are `string.Template` files in tests/site/templates; the loops
(paragraphs, list entries, links) are assembled here from small fragments.
Every text goes through `html.escape`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from string import Template

from tests.site.sitedata import TRS, V2, Article, Link, ListEntry, ListSpec, SiteWide


def _text(value: str) -> str:
    """Escape a text node (quotes stay as typed, as CMS output has them)."""
    return escape(value, quote=False)


class Templates:
    """The page templates of one directory, by file stem."""

    def __init__(self, directory: Path) -> None:
        self._templates = {
            path.stem: Template(path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.html"))
        }

    def fill(self, name: str, **values: str) -> str:
        """Template `name` with every placeholder substituted (KeyError if one is missing)."""
        return self._templates[name].substitute(values)


# ---------------------------------------------------------------- shared fragments


def _anchor(link: Link, *, target: bool = False) -> str:
    extra = ' target="_blank"' if target else ""
    return f'<a href="{escape(link.href or "")}"{extra}>{escape(link.text)}</a>'


def _nav_items(site: SiteWide, layout: str) -> str:
    return "\n".join(f"      <li>{_anchor(link)}</li>" for link in site.nav[layout])


def header(site: SiteWide, templates: Templates, layout: str) -> str:
    """The page header (logo, search, navigation) of a layout."""
    name = "trs_header" if layout == TRS else "v2_header"
    return templates.fill(name, nav_items=_nav_items(site, layout))


def footer(site: SiteWide, templates: Templates, layout: str) -> str:
    """The page footer (links, licence and ICP lines, report sites) of a layout."""
    name = "trs_footer" if layout == TRS else "v2_footer"
    return templates.fill(
        name,
        footer_links=" | ".join(_anchor(link) for link in site.footer_links),
        footer_lines="\n".join(f"    <p>{_text(line)}</p>" for line in site.footer_lines),
        footer_external=" ".join(_anchor(link, target=True) for link in site.footer_external),
    )


def _picture_item(link: Link, src: str) -> str:
    image = f'<img src="{src}" alt="{escape(link.text)}" />'
    if link.href:
        image = f'<a href="{escape(link.href)}" target="_blank">{image}</a>'
    return f'      <li>{image}<p class="pic-name">{escape(link.text)}</p></li>'


def trs_sidebar(site: SiteWide, templates: Templates) -> str:
    """The TRS right column: file-name-captioned pictures, then 相关网站 QR codes."""
    images = [
        _picture_item(link, f"/images/trs/side_{i:02d}.png")
        for i, link in enumerate(site.trs_sidebar_images, 1)
    ]
    related = [
        _picture_item(link, f"/images/trs/xgwz_{i:02d}.png")
        for i, link in enumerate(site.related_sites, 1)
    ]
    return templates.fill("trs_sidebar", images="\n".join(images), related_sites="\n".join(related))


# ---------------------------------------------------------------- article bodies


def image_src(article: Article, file: str) -> str:
    """Where an article's inline picture lives (TRS: next to the page; V2: /uploads/YYYY/MM/)."""
    if article.layout == TRS:
        return article.path.rsplit("/", 1)[0] + "/" + file
    return f"/uploads/{article.published_at:%Y/%m}/{file}"


def _trs_image(article: Article, file: str, caption: str) -> list[str]:
    return [
        f'<p style="text-align: center;"><img src="./{escape(file)}" oldsrc="{escape(file)}" '
        f'alt="" /></p>',
        f'<p style="text-align: center;">{_text(caption)}</p>',
    ]


def _v2_image(article: Article, file: str, caption: str) -> list[str]:
    src = escape(image_src(article, file))
    return [f'<figure><img src="{src}" alt=""><figcaption>{_text(caption)}</figcaption></figure>']


def _paragraphs(article: Article) -> list[str]:
    """Body paragraphs with the inline pictures in place."""
    trs = article.layout == TRS
    style = ' style="text-indent: 2em;"' if trs else ""
    lines: list[str] = []
    for index, text in enumerate(article.paragraphs):
        lines.append(f"<p{style}>{_text(text)}</p>")
        for image in article.images:
            if image.after == index:
                render = _trs_image if trs else _v2_image
                lines.extend(render(article, image.file, image.caption))
    return lines


def _trs_boilerplate(article: Article, site: SiteWide) -> list[str]:
    """标签 / 责编 / 版权和免责声明 as the TRS template prints them (ASCII colons)."""
    tags = "".join(f"<span>{escape(tag)}</span>" for tag in article.tags)
    disclaimer = site.disclaimer[TRS]
    statement = "".join(f"<p>{_text(p)}</p>" for p in disclaimer.paragraphs)
    return [
        f'<div class="tags">标签:{tags}</div>',
        f'<div class="editor">责编:{escape(article.editor or "")}</div>',
        f'<div class="disclaimer"><h3>{escape(disclaimer.title)}</h3>{statement}</div>',
    ]


def _trs_boilerplate_inside(article: Article, site: SiteWide) -> list[str]:
    """The older TRS template: tags and editor typed as body paragraphs."""
    tags = "、".join(article.tags)
    disclaimer = site.disclaimer[TRS]
    statement = "".join(f"<p>{_text(p)}</p>" for p in disclaimer.paragraphs)
    return [
        f"<p>标签:{escape(tags)}</p>",
        f"<p>责编:{escape(article.editor or '')}</p>",
        f'<div class="disclaimer"><h3>{escape(disclaimer.title)}</h3>{statement}</div>',
    ]


def _v2_boilerplate(article: Article, site: SiteWide) -> list[str]:
    tags = "".join(f"<span>{escape(tag)}</span>" for tag in article.tags)
    disclaimer = site.disclaimer[V2]
    statement = "".join(f"<p>{_text(p)}</p>" for p in disclaimer.paragraphs)
    return [
        f'<div class="article-editor">责编：{escape(article.editor or "")}</div>',
        f'<div class="article-tags">标签：{tags}</div>',
        f'<div class="article-statement"><p class="statement-title">{escape(disclaimer.title)}'
        f"</p>{statement}</div>",
    ]


def _v2_boilerplate_inside(article: Article, site: SiteWide) -> list[str]:
    """Editor credit typed as the last body paragraph, the statement pasted below it."""
    disclaimer = site.disclaimer[V2]
    statement = "".join(f"<p>{_text(p)}</p>" for p in disclaimer.paragraphs)
    return [
        f"<p>（责编：{escape(article.editor or '')}）</p>",
        f'<div class="article-statement"><p class="statement-title">{escape(disclaimer.title)}'
        f"</p>{statement}</div>",
    ]


def _indent(lines: list[str], spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in lines)


def _body_and_after(article: Article, site: SiteWide) -> tuple[str, str]:
    """(inside the body container, after it) for an article's layout and boilerplate style."""
    body = _paragraphs(article)
    if article.layout == TRS:
        inside, outside = _trs_boilerplate_inside, _trs_boilerplate
    else:
        inside, outside = _v2_boilerplate_inside, _v2_boilerplate
    if article.boilerplate == "inside":
        return _indent(body + inside(article, site), 10), ""
    return _indent(body, 10), _indent(outside(article, site), 6)


# ---------------------------------------------------------------- article pages


def _byline(article: Article, html: str) -> str:
    return html.format(author=escape(article.author or "")) if article.byline else ""


def render_trs_article(article: Article, site: SiteWide, templates: Templates) -> str:
    """A V1 (TRS WCM, 2018–2023) article page."""
    body, after = _body_and_after(article, site)
    return templates.fill(
        "trs_article",
        charset=article.encoding,
        keywords=escape(",".join(article.tags)),
        description=escape(article.summary),
        source=escape(article.source),
        publish_date=f"{article.published_at:%Y-%m-%d}",
        title=escape(article.title),
        header=header(site, templates, TRS),
        channel="苏州",
        channel_href="/sz/",
        column="资讯",
        column_href="/sz/yw/index.shtml",
        time_display=escape(article.time_display),
        author_html=_byline(article, '&nbsp;&nbsp;<span id="author_baidu">作者：{author}</span>'),
        body=body,
        after_body=after,
        sidebar=trs_sidebar(site, templates),
        footer=footer(site, templates, TRS),
    )


def _related(article: Article, others: list[Article]) -> str:
    items = [
        f'          <li><a href="{escape(o.path)}" target="_blank">{escape(o.title)}</a></li>'
        for o in others
    ]
    return "\n".join(items)


def render_v2_article(
    article: Article, site: SiteWide, templates: Templates, related: list[Article]
) -> str:
    """A V2 (2023–today) article page with a 相关阅读 column of `related` articles."""
    body, after = _body_and_after(article, site)
    share = "".join(
        f'<a href="javascript:void(0);" class="share-{i}">{escape(name)}</a>'
        for i, name in enumerate(site.share, 1)
    )
    return templates.fill(
        "v2_article",
        keywords=escape(",".join(article.tags)),
        description=escape(article.summary),
        title=escape(article.title),
        header=header(site, templates, V2),
        channel="苏州",
        channel_href="/sz/index.html",
        time_display=escape(article.time_display),
        source=escape(article.source),
        author_html=_byline(article, '\n        <span class="author">作者：{author}</span>'),
        body=body,
        after_body=after,
        share=share,
        related=_related(article, related),
        footer=footer(site, templates, V2),
    )


# ---------------------------------------------------------------- list pages


def _relative(spec: ListSpec, href: str) -> str:
    """TRS lists link their own articles relatively (./202206/t...shtml)."""
    if spec.layout == TRS and href.startswith(spec.directory):
        return "./" + href[len(spec.directory) :]
    return href


def _list_item(spec: ListSpec, entry: ListEntry, templates: Templates) -> str:
    href = escape(_relative(spec, entry.href))
    if spec.layout == TRS:
        date = f"{entry.published_at:%Y-%m-%d}"
        return templates.fill("trs_list_item", href=href, title=escape(entry.title), date=date)
    return templates.fill(
        "v2_list_item",
        href=href,
        title=escape(entry.title),
        summary=escape(entry.summary),
        source=escape(entry.source),
        time_display=f"{entry.published_at:%Y-%m-%d %H:%M}",
    ).rstrip("\n")


def _page_href(spec: ListSpec, index: int) -> str:
    path = spec.page_path(index)
    return path[len(spec.directory) :] if spec.layout == TRS else path


def _trs_pager(spec: ListSpec, index: int, count: int) -> str:
    """The static links TRS pages carry next to createPageHTML (what crawlers see)."""
    parts = (
        ["<span>首页</span>", "<span>上一页</span>"]
        if index == 0
        else [
            f'<a href="{_page_href(spec, 0)}">首页</a>',
            f'<a href="{_page_href(spec, index - 1)}">上一页</a>',
        ]
    )
    for number in range(count):
        if number == index:
            parts.append(f'<span class="current">{number + 1}</span>')
        else:
            parts.append(f'<a href="{_page_href(spec, number)}">{number + 1}</a>')
    if index == count - 1:
        parts += ["<span>下一页</span>", "<span>尾页</span>"]
    else:
        parts += [
            f'<a href="{_page_href(spec, index + 1)}">下一页</a>',
            f'<a href="{_page_href(spec, count - 1)}">尾页</a>',
        ]
    return "&nbsp;".join(parts)


def _v2_pager(spec: ListSpec, index: int, count: int) -> str:
    parts = [
        '<span class="prev disabled">上一页</span>'
        if index == 0
        else f'<a class="prev" href="{_page_href(spec, index - 1)}">上一页</a>'
    ]
    for number in range(count):
        if number == index:
            parts.append(f'<span class="num active">{number + 1}</span>')
        else:
            parts.append(f'<a class="num" href="{_page_href(spec, number)}">{number + 1}</a>')
    parts.append(
        '<span class="next disabled">下一页</span>'
        if index == count - 1
        else f'<a class="next" href="{_page_href(spec, index + 1)}">下一页</a>'
    )
    return "".join(parts)


def _sidebar_item(link: Link) -> str:
    if link.image:
        image = f'<img src="{escape(link.image)}" alt="{escape(link.text)}" />'
        return f'        <li><a href="{escape(link.image)}" target="_blank">{image}</a></li>'
    return f"        <li>{_anchor(link, target=True)}</li>"


def render_list_pages(
    spec: ListSpec, entries: list[ListEntry], site: SiteWide, templates: Templates
) -> dict[str, str]:
    """All list pages of a channel, newest entries first: URL path -> HTML."""
    ordered = sorted(entries, key=lambda e: (e.published_at, e.href), reverse=True)
    chunks = [ordered[i : i + spec.per_page] for i in range(0, len(ordered), spec.per_page)]
    stem, _, ext = spec.first_page.partition(".")
    sidebar = "\n".join(_sidebar_item(link) for link in spec.sidebar)
    pages: dict[str, str] = {}
    for index, chunk in enumerate(chunks):
        items = "\n".join(_list_item(spec, entry, templates).rstrip("\n") for entry in chunk)
        common = {
            "title": escape(spec.title),
            "header": header(site, templates, spec.layout),
            "channel": escape(spec.channel),
            "items": items,
            "sidebar": sidebar,
            "footer": footer(site, templates, spec.layout),
        }
        if spec.layout == TRS:
            html = templates.fill(
                "trs_list",
                **common,
                channel_href="/sz/",
                column=escape(spec.column),
                page_count=str(len(chunks)),
                page_index=str(index),
                page_stem=stem,
                page_ext=ext,
                pager=_trs_pager(spec, index, len(chunks)),
            )
        else:
            html = templates.fill("v2_list", **common, pager=_v2_pager(spec, index, len(chunks)))
        pages[spec.page_path(index)] = html
    return pages


def render_home(site: SiteWide, templates: Templates, channels: str = "") -> str:
    """The site's front page: the two 苏州 channels, then `channels` (other sections)."""
    return templates.fill(
        "home",
        header=header(site, templates, V2),
        footer=footer(site, templates, V2),
        channels=channels,
    )
