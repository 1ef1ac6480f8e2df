"""Write the `meta_` pages of the full corpus: real-size pages that test title and time finding.

Run from the repository root:  .venv/bin/python -m tests.corpus.full.build_meta [--batches N]

Every template copies a class of real Chinese news and government pages with
the chrome that makes headlines and publication times hard to find: a header
bar showing today's date, navigation, hot lists and related stories with
their own dates, reader comments with times, footers with © years, <title>s
with site and channel names in many separator styles (or only a channel
name), several <h1>s, 引题 / 副题 around the headline, times split over
elements, written without a year, after the body, in JSON-LD or meta tags,
next to an 更新时间 that is not the publication time.  Pages are 20-60 KB, as
real ones are.  Gold (NAME.json, the format of tests/corpus/dev plus the
credits) is what a reader sees: the headline, the time as the page states it
("YYYY-MM-DD HH:MM", or "YYYY-MM-DD" where the page shows no time), source,
author, editor and body paragraphs.

Pages were written in batches of five (BATCHES); each batch was measured
with benchmarks/extraction.py before the extractor was changed for it.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.full.meta_articles import ARTICLES, MetaArticle

OUT = Path(__file__).resolve().parent
BY_KEY = {article.key: article for article in ARTICLES}
TODAY_CN = "2026年12月02日 星期三"
TODAY = "2026-12-02"


@dataclass(frozen=True)
class Page:
    """One rendered page and what extraction must yield from it."""

    html: str
    url: str
    title: str
    published: str  # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (the page shows no time)
    source: str | None
    author: str | None
    editor: str | None
    encoding: str = "utf-8"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def when(a: MetaArticle, shown: bool = True) -> str:
    return f"{a.day} {a.clock}" if shown and a.clock else a.day


def ymd(a: MetaArticle) -> tuple[str, str, str]:
    year, month, day = a.day.split("-")
    return year, month, day


def body(a: MetaArticle, *, indent: bool = False, img: str = "/uploads/pic.jpg") -> str:
    pad = "　　" if indent else ""
    out = [f"<p>{pad}{esc(line)}</p>" for line in a.lines]
    out.insert(1, f'<p style="text-align:center"><img src="{img}" width="600"></p>')
    return "\n".join(out)


# ------------------------------------------------------------------ chrome

_PLACES = ("苏州", "姑苏", "吴中", "相城", "吴江", "昆山", "常熟", "张家港", "太仓", "高新区", "园区", "南京")
_TOPICS = (
    "召开全市安全生产工作会议",
    "新增一批口袋公园",
    "地铁新线开通试运营",
    "举办人才招聘大会",
    "发布重点项目清单",
    "开展消防安全演练",
    "推进老旧小区改造",
    "启动全民健身月活动",
    "公布第一批示范街区",
    "优化营商环境出台新举措",
    "农村人居环境整治见成效",
    "智慧交通建设提速",
    "文旅消费季拉开帷幕",
    "数字人民币试点扩围",
    "医保服务进社区",
    "古城保护更新项目开工",
)


def headlines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(_PLACES)}{rng.choice(_TOPICS)}" for _ in range(count)]


def style_block(seed: int, rules: int = 170) -> str:
    rng = random.Random(seed)
    names = ("header", "nav", "main", "side", "list", "item", "tit", "info", "foot", "box", "hot", "rel")
    out = []
    for i in range(rules):
        name = f".{rng.choice(names)}-{rng.choice(names)}{i}"
        out.append(
            f"{name}{{margin:{rng.randint(0, 20)}px auto;padding:{rng.randint(0, 12)}px;"
            f"font-size:{rng.randint(12, 18)}px;color:#{rng.randint(0, 0xFFFFFF):06x};"
            f"line-height:{rng.randint(18, 30)}px;}}"
        )
    return "<style>" + "\n".join(out) + "</style>"


def script_block(seed: int) -> str:
    rng = random.Random(seed)
    ids = ",".join(str(rng.randint(100000, 999999)) for _ in range(60))
    return (
        "<script>var _hmt = _hmt || [];(function(){var hm=document.createElement('script');"
        "hm.src='https://hm.example.com/hm.js?"
        + "".join(rng.choice("0123456789abcdef") for _ in range(32))
        + "';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(hm,s);})();"
        f"var serverTime='{TODAY} 15:43:07';var recIds=[{ids}];"
        "function setFont(s){document.getElementById('content').style.fontSize=s+'px';}"
        "</script>"
    )


def nav(seed: int, channels: tuple[str, ...]) -> str:
    links = "".join(f'<li><a href="/{i}/">{esc(name)}</a></li>' for i, name in enumerate(channels))
    more = "".join(
        f'<a href="/sub/{i}.html">{esc(text[:6])}</a>' for i, text in enumerate(headlines(seed, 24))
    )
    return f'<div class="nav"><ul>{links}</ul><div class="subnav">{more}</div></div>'


def dated_list(seed: int, count: int, year: str, style: str, heading: str, cls: str) -> str:
    """A sidebar or related list whose items carry their own dates (never the article's)."""
    rng = random.Random(seed)
    items = []
    for i, text in enumerate(headlines(seed, count)):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        stamp = {
            "full": f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
            "day": f"{year}-{month:02d}-{day:02d}",
            "md": f"{month:02d}-{day:02d}",
            "bracket": f"[{year}-{month:02d}-{day:02d}]",
            "cn": f"{year}年{month}月{day}日",
        }[style]
        items.append(f'<li><a href="/a/{seed}{i}.html" title="{attr(text)}">{esc(text)}</a><span>{stamp}</span></li>')
    return f'<div class="{cls}"><h3>{esc(heading)}</h3><ul>{"".join(items)}</ul></div>'


_COMMENTS = (
    "点赞！这样的好事要多宣传。",
    "我们小区什么时候也能推广一下？",
    "希望政策能真正落到实处。",
    "支持，为家乡的变化感到骄傲。",
    "请问具体在哪里办理？",
)


def comments(seed: int, day: str, style: str = "full") -> str:
    """Reader comments timed on the article's own day and later: never the publication time."""
    rng = random.Random(seed)
    rows = []
    for i, text in enumerate(_COMMENTS):
        hour, minute = 20 + i % 4, rng.randint(0, 59)
        stamp = f"{day} {hour:02d}:{minute:02d}" if style == "full" else f"{day[5:]} {hour:02d}:{minute:02d}"
        rows.append(
            f'<div class="comment-item"><span class="user">网友{rng.randint(1000, 9999)}</span>'
            f'<p>{esc(text)}</p><span class="ctime">{stamp}</span><a class="reply">回复</a> <a class="like">赞</a></div>'
        )
    return f'<div class="comment"><h3>网友评论</h3>{"".join(rows)}<p>网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。</p></div>'


def footer(site: str, since: int, extra: str = "") -> str:
    return (
        f'<div class="footer"><p><a href="/about">关于我们</a> | <a href="/ad">广告服务</a> | '
        f'<a href="/contact">联系我们</a> | <a href="/map">网站地图</a> | <a href="/law">法律声明</a></p>'
        f"<p>Copyright © {since}-2024 {esc(site)} 版权所有 未经授权禁止复制或建立镜像</p>"
        f"<p>苏ICP备{since}0123号 苏公网安备32050002000{since % 100}号 {extra}</p></div>"
    )


def shell(head: str, page: str, seed: int) -> str:
    """The document around a template's head and body: styles and scripts real pages carry."""
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head>{head}\n{style_block(seed)}\n'
        f"{script_block(seed)}</head>\n<body>\n{page}\n{script_block(seed + 1)}</body></html>"
    )


# ------------------------------------------------------------------ templates


def portal_kicker(a: MetaArticle, n: int) -> Page:
    """A provincial portal: logo and channel <h1>s, 引题 above and 副题 below the headline,
    date and time in separate spans, today's date in the header bar."""
    year, month, day = ymd(a)
    kicker = f'<div class="yinti">{esc(a.kicker)}</div>' if a.kicker else ""
    sub = f'<h2 class="futi">{esc(a.subtitle)}</h2>' if a.subtitle else ""
    clock = f'<span class="time">{a.clock}</span>' if n == 0 else f'<span class="time">{a.clock}:37</span>'
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}_本地新闻_江南在线</title>'
        f'<meta name="keywords" content="民政,养老,社区"><meta name="description" content="{attr(a.lines[0][:70])}">'
    )
    page = f"""<div class="topbar"><span class="today">今天是：{TODAY_CN}</span> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="header"><h1 class="logo"><a href="/"><img src="/logo.png" alt="江南在线">江南在线</a></h1>
{nav(n, ("首页", "时政", "本地新闻", "社会", "财经", "文旅", "教育", "健康", "视频", "专题"))}</div>
<div class="channel-bar"><h1 class="channel">本地新闻</h1><span class="crumb"><a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 正文</span></div>
<div class="main"><div class="left">
<div class="article-head">{kicker}<h1 class="article-title">{esc(a.title)}</h1>{sub}
<div class="article-info"><span class="date">{year}年{month}月{day}日</span>{clock}<span class="src">来源：<a href="/">{esc(a.source)}</a></span><span class="author">作者：{esc(a.author)}</span></div></div>
<div class="article-content" id="content">
{body(a)}
</div>
<div class="article-editor">责任编辑：{esc(a.editor)}</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
{dated_list(n + 10, 8, year, "full", "相关新闻", "related")}
{comments(n + 20, a.day)}
</div>
<div class="right">{dated_list(n + 30, 14, year, "md", "24小时热点", "hot")}{dated_list(n + 40, 12, year, "day", "图片新闻", "pic")}</div></div>
{footer("江南在线", 1999)}"""
    published = f"{a.day} {a.clock}"
    return Page(
        shell(head, page, 100 + n),
        f"https://www.jnzx.example.cn/bd/{year}{month}/{day}/c{n}1029384.html",
        a.title,
        published,
        a.source,
        a.author,
        a.editor,
    )


def gov_updated(a: MetaArticle, n: int) -> Page:
    """A municipal bureau on a 政务 CMS: "站点 — 标题" <title>, 发布时间 (date only) next to
    an 更新时间 with a time, a dated 通知公告 list beside the article."""
    year, _, _ = ymd(a)
    site = "常熟市民政局"
    sep = " — " if n == 0 else "·"
    head = (
        f'<meta charset="utf-8"><title>{site}{sep}{esc(a.title)}</title>'
        f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="工作动态">'
    )
    info = (
        f"发布时间：{a.day}　更新时间：2024-06-03 15:30　来源：{esc(a.source)}　浏览次数：1{n}82"
        if n == 0
        else f"更新时间：2024-06-03 15:30　发布时间：{a.day}　信息来源：{esc(a.source)}　浏览次数：1{n}82"
    )
    page = f"""<div class="top"><div class="w1200"><span>{TODAY_CN}</span> <a>无障碍</a> <a>长者模式</a> <a>繁體</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"><span class="sitename">{site}</span></div>
{nav(n + 2, ("首页", "机构概况", "政务公开", "工作动态", "通知公告", "政策法规", "办事服务", "互动交流"))}</div>
<div class="w1200 clearfix"><div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>
<div class="left-col">{dated_list(n + 50, 10, year, "bracket", "通知公告", "tzgg")}</div>
<div class="right-col"><div class="article">
<div class="article-tit"><h2>{esc(a.title)}</h2></div>
<div class="article-attr">{info}　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body(a, indent=True)}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="qr"><img src="/qr.png"><span>扫一扫在手机打开当前页</span></div>
{dated_list(n + 60, 6, year, "day", "相关信息", "xgxx")}
</div></div></div>
{footer(site, 2003, "网站标识码：3205810010")}"""
    return Page(
        shell(head, page, 200 + n),
        f"http://mzj.changshu.example.gov.cn/gzdt/{year}/{a.day.replace('-', '')}{n}.html",
        a.title,
        a.day,
        a.source,
        None,
        None,
    )


def city_yearless(a: MetaArticle, n: int) -> Page:
    """A city app's web page: <title> holds only the channel, the headline split by <br>,
    the visible time without a year ("05-16 08:18"), the year in a meta tag only."""
    year, month, day = ymd(a)
    first, _, second = a.title.partition(" ")
    split = f"{esc(first)}<br>{esc(second)}" if second else esc(a.title)
    meta = (
        f'<meta property="article:published_time" content="{a.day}">'
        if n == 0
        else f'<meta name="publishdate" content="{a.day}">'
    )
    head = f'<meta charset="utf-8"><title>本地新闻</title>{meta}<meta name="author" content="{attr(a.author)}">'
    page = f"""<div class="app-bar"><a class="logo" href="/">看苏州</a> <a href="/download">下载APP</a> <span class="date">{TODAY_CN}</span></div>
{nav(n + 4, ("推荐", "本地新闻", "直播", "视频", "民生", "政务", "问政", "服务"))}
<div class="container"><div class="news-main">
<div class="news-title">{split}</div>
<div class="news-meta"><span class="from">{esc(a.source)}</span><span class="time">{month}-{day} {a.clock}</span><span class="read">阅读 2.{n}万</span></div>
<div class="news-body" id="content">
{body(a)}
</div>
<div class="news-end"><p>编辑：{esc(a.editor)}</p><p>声明：本文为看苏州原创内容，转载请注明出处。</p></div>
{comments(n + 70, a.day, style="md")}
</div>
<div class="news-side">{dated_list(n + 80, 15, year, "md", "热门推荐", "hotlist")}{dated_list(n + 90, 12, year, "md", "最新资讯", "newest")}</div></div>
{footer("看苏州", 2015)}"""
    return Page(
        shell(head, page, 300 + n),
        f"https://news.ksz.example.cn/detail/{n}8{year}{month}{day}77.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        a.editor,
    )


def paper_after(a: MetaArticle, n: int) -> Page:
    """A county paper's site: "标题 | 报名" in <title> and og:title, a dated 最新发布 list above
    the article, the 发布日期 (a date only) after the body, comments timed that same day."""
    year, _, _ = ymd(a)
    paper = "太仓日报"
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)} | {paper}</title>'
        f'<meta property="og:title" content="{attr(a.title)} | {paper}">'
        f'<meta property="og:site_name" content="{paper}"><meta name="description" content="{attr(a.lines[0][:60])}">'
    )
    date = a.day if n == 0 else a.day.replace("-", "/")
    page = f"""<div class="datebar">{TODAY_CN}　农历冬月初二</div>
<div class="masthead"><a href="/"><img src="/masthead.png" alt="{paper}"></a></div>
{nav(n + 6, ("首页", "要闻", "民生", "经济", "文化", "副刊", "数字报"))}
<div class="layout">
<div class="col-left">{dated_list(n + 100, 12, year, "full", "最新发布", "latest")}</div>
<div class="col-main">
<div class="title-main">{esc(a.title)}</div>
<div class="byline">{esc(a.source)}记者 {esc(a.author)}</div>
<div class="text">
{body(a, indent=True)}
</div>
<div class="pubinfo">发布日期：{date}　编辑：{esc(a.editor)}</div>
{comments(n + 110, a.day)}
{dated_list(n + 120, 6, year, "cn", "往期回顾", "past")}
</div></div>
{footer(paper, 2006)}"""
    return Page(
        shell(head, page, 400 + n),
        f"https://www.tcrb.example.cn/news/{n}{a.day.replace('-', '')}/index.html",
        a.title,
        a.day,
        a.source,
        a.author,
        a.editor,
    )


def jsonld_portal(a: MetaArticle, n: int) -> Page:
    """A district news site: three <h1>s (logo, channel, headline), a dated 滚动新闻 list above
    the headline, the time with seconds on the page and in JSON-LD."""
    year, month, day = ymd(a)
    stamp = f"{a.day}T{a.clock}:00+08:00"
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}-要闻-相城新闻网</title>'
        f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":{json.dumps(a.title, ensure_ascii=False)},"datePublished":"{stamp}",'
        f'"dateModified":"2024-12-01T10:00:00+08:00","publisher":{{"@type":"Organization","name":"相城新闻网"}}}}</script>'
    )
    page = f"""<div class="header"><h1><a href="/">相城新闻网</a></h1>{nav(n + 8, ("首页", "要闻", "镇街", "民生", "经济", "视频", "专题"))}
<div class="scroll">{dated_list(n + 130, 10, year, "full", "滚动新闻", "gdxw")}</div></div>
<div class="main"><h1 class="lm">要闻</h1>
<div class="art">
<h1 class="art-title">{esc(a.title)}</h1>
<p class="art-info">{a.day} {a.clock}:{10 + n}　来源：{esc(a.source)}　作者：{esc(a.author)}</p>
<div class="art-text">
{body(a)}
</div>
<p class="art-editor">（编辑：{esc(a.editor)}）</p>
</div>
{dated_list(n + 140, 8, year, "day", "相关阅读", "xgyd")}
</div>
{footer("相城新闻网", 2010)}"""
    return Page(
        shell(head, page, 500 + n),
        f"https://www.xcnews.example.cn/yw/{year}{month}{day}/{n}55.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        a.author,
        a.editor,
    )


Template = Callable[[MetaArticle, int], Page]

# Batch number -> [(template name, template, article key, variant n)].
BATCHES: dict[int, list[tuple[str, Template, str, int]]] = {
    1: [
        ("portal", portal_kicker, "yanglao", 0),
        ("govupd", gov_updated, "shetuan", 0),
        ("yearless", city_yearless, "zhiyuanzhe", 0),
        ("paperafter", paper_after, "cishan", 0),
        ("jsonld", jsonld_portal, "huanjing", 0),
    ],
}


def main() -> None:
    """Render the pages of the first N batches (all by default) and their gold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=max(BATCHES))
    args = parser.parse_args()
    for old in [*OUT.glob("meta_*.html"), *OUT.glob("meta_*.json")]:
        old.unlink()
    for batch, plan in BATCHES.items():
        if batch > args.batches:
            continue
        for name, template, key, n in plan:
            article = BY_KEY[key]
            page = template(article, n)
            data = page.html.encode(page.encoding)
            if not 20_000 <= len(data) <= 60_000:
                raise SystemExit(f"meta_{name}_{key}: {len(data)} bytes, not a real-size page")
            stem = f"meta_{name}_{key}"
            (OUT / f"{stem}.html").write_bytes(data)
            gold = {
                "template": f"meta_{name}",
                "batch": batch,
                "url": page.url,
                "title": page.title,
                "published": page.published,
                "source": page.source,
                "author": page.author,
                "editor": page.editor,
                "paragraphs": list(article.lines),
            }
            (OUT / f"{stem}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )


if __name__ == "__main__":
    main()
