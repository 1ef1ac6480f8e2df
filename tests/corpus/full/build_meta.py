# ruff: noqa: E501  (page templates and article texts: HTML and Chinese lines as the sites write them)
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
    # paragraphs a reader sees after the article's own: a notice's issuing body (落款)
    closing: tuple[str, ...] = ()


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

_PLACES = (
    "苏州",
    "姑苏",
    "吴中",
    "相城",
    "吴江",
    "昆山",
    "常熟",
    "张家港",
    "太仓",
    "高新区",
    "园区",
    "南京",
)
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
    names = (
        "header",
        "nav",
        "main",
        "side",
        "list",
        "item",
        "tit",
        "info",
        "foot",
        "box",
        "hot",
        "rel",
    )
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
        items.append(
            f'<li><a href="/a/{seed}{i}.html" title="{attr(text)}">{esc(text)}</a><span>{stamp}</span></li>'
        )
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
        stamp = (
            f"{day} {hour:02d}:{minute:02d}"
            if style == "full"
            else f"{day[5:]} {hour:02d}:{minute:02d}"
        )
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
    clock = (
        f'<span class="time">{a.clock}</span>'
        if n == 0
        else f'<span class="time">{a.clock}:37</span>'
    )
    head = (
        (
            f'<meta charset="utf-8"><title>{esc(a.title)}_本地新闻_江南在线</title>'
            if n == 0
            else f'<meta charset="utf-8"><title>江南在线 | 本地新闻 | {esc(a.title)}</title>'
        )
        + f'<meta name="keywords" content="民政,养老,社区"><meta name="description" content="{attr(a.lines[0][:70])}">'
    )
    early = dated_list(n + 45, 10, year, "full", "滚动", "scroll") if n else ""
    page = f"""<div class="topbar"><span class="today">今天是：{TODAY_CN}</span> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="header"><h1 class="logo"><a href="/"><img src="/logo.png" alt="江南在线">江南在线</a></h1>
{nav(n, ("首页", "时政", "本地新闻", "社会", "财经", "文旅", "教育", "健康", "视频", "专题"))}</div>
<div class="channel-bar"><h1 class="channel">本地新闻</h1><span class="crumb"><a href="/">首页</a> &gt; <a href="/bd/">本地新闻</a> &gt; 正文</span></div>
<div class="main">{early}<div class="left">
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
        None,  # the source is shown unlabelled ("昆山日报 05-16 08:18 阅读")
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
        None,  # "苏州日报记者 沈家宁" names the paper only as the reporter's employer
        a.author,
        a.editor,
    )


def jsonld_portal(a: MetaArticle, n: int) -> Page:
    """A district news site: three <h1>s (logo, channel, headline), a dated 滚动新闻 list above
    the headline, the time with seconds on the page and in JSON-LD."""
    year, month, day = ymd(a)
    stamp = f"{a.day}T{a.clock}:00+08:00"
    if n:
        head = (
            f'<meta charset="utf-8"><title>{esc(a.title)}-要闻-相城新闻网</title>'
            f'<meta property="og:title" content="{attr(a.title)}-相城新闻网">'
            f'<meta property="article:published_time" content="{stamp}">'
        )
    else:
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


def gov_table(a: MetaArticle, n: int) -> Page:
    """A 政府信息公开 page: <title> only site and channel, a metadata table with 成文日期
    before 发布日期 (label and value in separate cells), the headline in a table cell."""
    year, month, day = ymd(a)
    site = "张家港市人民政府"
    drafted = f"{year}-{month}-{int(day) - 6:02d}" if int(day) > 6 else f"{year}-{month}-01"
    head = f'<meta charset="utf-8"><title>{site}{" 政府信息公开" if n == 0 else ""}</title><meta name="SiteName" content="{site}">'
    heading = (
        f'<td class="bt" align="center">{esc(a.title)}</td>'
        if n == 0
        else f'<td align="center"><strong>{esc(a.title)}</strong></td>'
    )
    rows = (
        f"<tr><td>索引号：</td><td>01412345X/2024-0{n}0{n}8{n}</td><td>分类：</td><td>民政、扶贫、救灾</td></tr>"
        f"<tr><td>发布机构：</td><td>{esc(a.source)}</td><td>成文日期：</td><td>{drafted}</td></tr>"
        f"<tr><td>文号：</td><td></td><td>发布日期：</td><td>{a.day}</td></tr>"
        f'<tr><td>名称：</td><td colspan="3">{esc(a.title)}</td></tr>'
    )
    page = f"""<div class="gov-top"><span>{TODAY_CN}</span><a>政务微博</a><a>政务微信</a><a>无障碍浏览</a></div>
<div class="gov-head"><img src="/images/zjg_logo.png" alt="{site}">{nav(n + 12, ("首页", "走进张家港", "政务公开", "政务服务", "政民互动", "数据开放"))}</div>
<div class="gov-crumb">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>部门信息公开</a> &gt; <a>{esc(a.source)}</a></div>
<div class="gov-main"><div class="gov-side">{dated_list(n + 150, 12, year, "day", "最新公开", "zxgk")}</div>
<div class="gov-detail"><table class="xxgk-meta" width="100%">{rows}</table>
<table width="100%"><tr>{heading}</tr>
<tr><td class="nr" id="zoom">
{body(a, indent=True)}
</td></tr></table>
<div class="tools"><a>【打印】</a> <a>【关闭】</a> <a>【收藏】</a></div>
{dated_list(n + 160, 8, year, "bracket", "相关文件", "xgwj")}</div></div>
{footer(site, 2001, "网站标识码：3205820001")}"""
    return Page(
        shell(head, page, 600 + n),
        f"http://www.zjg.example.gov.cn/zjgxxgk/{year}{month}/{n}c{a.day.replace('-', '')}.html",
        a.title,
        a.day,
        a.source,
        None,
        None,
    )


def self_media(a: MetaArticle, n: int) -> Page:
    """A self-media platform: "标题-平台名" <title> without spaces, the author card with a
    follow button above the headline, "2024年10月14日 08:02" glued to "发布于江苏"."""
    year, month, day = ymd(a)
    platform = "今日看点"
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}-{platform}</title>'
        f'<meta name="description" content="{attr(a.lines[0][:50])}">'
        f'<meta property="og:title" content="{attr(a.title)}">'
    )
    stamp = f"{year}年{month}月{day}日 {a.clock}" if n == 0 else f"{year}-{month}-{day} {a.clock}"
    page = f"""<div class="top-nav"><a class="logo" href="/">{platform}</a>{nav(n + 14, ("推荐", "热榜", "科技", "财经", "本地", "视频", "小说"))}<a>登录</a></div>
<div class="article-wrap"><div class="author-card"><img src="/avatar.png"><span class="name">{esc(a.source)}</span><span class="fans">3.2万粉丝</span><a class="follow">+关注</a></div>
<div class="article-title">{esc(a.title)}</div>
<div class="article-meta"><span class="time">{stamp}</span><span class="loc">发布于江苏</span><span>{esc(a.source)}官方账号</span></div>
<div class="article-content">
{body(a)}
</div>
<div class="article-end"><p>举报/反馈</p><p>本文仅代表作者观点，不代表平台立场。</p></div>
{comments(n + 170, a.day)}
<div class="hot-rank">{dated_list(n + 180, 15, year, "md", "热榜", "rank")}</div>
</div>
{footer(platform, 2016)}"""
    return Page(
        shell(head, page, 700 + n),
        f"https://www.kandian.example.com/article/{n}74{a.day.replace('-', '')}0012.html",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        None,
    )


def short_title(a: MetaArticle, n: int) -> Page:
    """A news portal whose <title> shortens the headline the <h1> prints in full; the logo is
    an <h1> too; "发布时间：2024年8月26日 19时48分" with 时/分."""
    year, month, day = ymd(a)
    short = a.title.split(" ")[0]
    head = f'<meta charset="utf-8"><title>{esc(short)}_新闻频道_苏州新闻网</title>'
    hour, minute = a.clock.split(":")
    stamp = (
        f"{year}年{int(month)}月{int(day)}日 {hour}时{minute}分"
        if n == 0
        else f"{year}.{month}.{day} {a.clock}"
    )
    page = f"""<div class="header"><div class="today">{TODAY} 星期三</div><h1 class="logo"><a href="/">苏州新闻网</a></h1>
{nav(n + 16, ("首页", "新闻频道", "苏州", "江苏", "国内", "国际", "评论", "图片"))}</div>
<div class="main"><div class="mleft">
<h1>{esc(a.title)}</h1>
{f'<h3 class="sub">{esc(a.subtitle)}</h3>' if a.subtitle else ""}
<div class="info">发布时间：{stamp}　来源：{esc(a.source)}　作者：{esc(a.author)}</div>
<div class="content">
{body(a, indent=True)}
</div>
<div class="editor">责任编辑：{esc(a.editor)}</div>
{dated_list(n + 190, 8, year, "full", "相关新闻", "relnews")}
</div><div class="mright">{dated_list(n + 200, 14, year, "md", "点击排行", "rank")}</div></div>
{footer("苏州新闻网", 2002)}"""
    return Page(
        shell(head, page, 800 + n),
        f"https://news.suzhou.example.cn/xw/{year}{month}/{n}{a.day.replace('-', '')}9.shtml",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        a.author,
        a.editor,
    )


def h1_sub(a: MetaArticle, n: int) -> Page:
    """A city government site: the sub-title in the same <h1> after a <br>, <title> with
    "--" separators, the visible date without a time and the time in meta PubDate."""
    year, month, day = ymd(a)
    site = "苏州市人民政府"
    sub = f'<br><span class="subt">——{esc(a.subtitle)}</span>' if a.subtitle else ""
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}--部门动态--{site}</title>'
        f'<meta name="PubDate" content="{a.day} {a.clock}:00"><meta name="SiteName" content="{site}">'
    )
    date = a.day if n == 0 else f"{year}年{month}月{day}日"
    page = f"""<div class="bar"><span>今天是{TODAY_CN}</span> <span>苏州 晴 3~12℃</span></div>
<div class="head"><a class="logo"><img src="/logo.png" alt="{site}"></a>{nav(n + 18, ("首页", "政务公开", "政务服务", "互动交流", "走进苏州"))}</div>
<div class="pos">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>
<div class="article"><h1 class="article-h">{esc(a.title)}{sub}</h1>
<div class="article-date"><span>日期：{date}</span><span>来源：{esc(a.source)}</span><span>字体：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="article-con">
{body(a, indent=True)}
</div>
{dated_list(n + 210, 8, year, "day", "相关链接", "xglj")}
</div>
{footer(site, 2000)}"""
    return Page(
        shell(head, page, 900 + n),
        f"https://www.suzhou.example.gov.cn/bmdt/{year}{month}/{n}{day}a.shtml",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        None,
    )


def og_bracket(a: MetaArticle, n: int) -> Page:
    """A district portal: og:title with a 【频道】 prefix, <title> "标题 - 频道 - 站点" with a
    fourth piece, the header bar with today's date AND time, related stories timed the same day."""
    year, month, day = ymd(a)
    site = "吴江新闻网"
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)} - 中国吴江 - 本地 - {site}</title>'
        f'<meta property="og:title" content="【本地】{attr(a.title)}"><meta name="keywords" content="吴江,社区">'
    )
    later = f"{a.day} {int(a.clock[:2]) + 5:02d}:{a.clock[3:]}"
    info = (
        f"发布时间：{a.day} {a.clock}　来源：{esc(a.source)}　字号：大 中 小"
        if n == 0
        else f"来源：{esc(a.source)}　|　{a.day} {a.clock}:05　|　作者：{esc(a.author)}"
    )
    page = f"""<div class="topbar"><span class="clock">{TODAY} 15:43</span> <a>手机版</a> <a>数字报</a></div>
<div class="logo-row"><h1 class="logo">{site}</h1>{nav(n + 20, ("首页", "本地", "中国吴江", "镇区", "民生", "视频", "专题"))}</div>
<div class="content-wrap"><div class="c-left">
<div class="news-h"><h2>{esc(a.title)}</h2></div>
<div class="news-info">{info}</div>
<div class="news-txt">
{body(a)}
</div>
<div class="news-editor">编辑：{esc(a.editor)}</div>
<div class="relevant"><h3>相关稿件</h3><ul><li><a href="/r1.html">{esc(headlines(n, 1)[0])}</a><span>{later}</span></li>{dated_list(n + 220, 6, year, "full", "更多", "more")}</ul></div>
</div><div class="c-right">{dated_list(n + 230, 14, year, "bracket", "热点排行", "hot")}</div></div>
{footer(site, 2008)}"""
    return Page(
        shell(head, page, 1000 + n),
        f"https://www.wjnews.example.cn/bd/{year}-{month}/{day}/content_{n}4432.htm",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        a.author if n else None,
        a.editor,
    )


def picture_marked(a: MetaArticle, n: int) -> Page:
    """A portal marking photo stories in <title> ("标题（图）-频道-站点"), the header bar with
    today's date and time, the info line with the time and 【打印】 links."""
    year, month, day = ymd(a)
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}（图）-新闻频道-江海网</title>'
        f'<meta name="description" content="{attr(a.lines[0][:40])}">'
    )
    page = f"""<div class="gtop"><span>{TODAY} 15:43:07 星期三</span> <a>设为首页</a> <a>加入收藏</a></div>
<div class="ghead"><a class="logo" href="/"><img src="/logo.gif" alt="江海网"></a>{nav(n + 24, ("首页", "新闻频道", "江海", "国内", "社会", "体育", "娱乐", "论坛"))}</div>
<div class="gmain"><div class="gleft">
<div class="gtitle"><h1>{esc(a.title)}</h1></div>
<div class="ginfo">{a.day} {a.clock}　来源：{esc(a.source)}　【<a>打印</a>】【<a>关闭</a>】</div>
<div class="gtext">
{body(a, indent=True)}
</div>
<div class="geditor">[责任编辑：{esc(a.editor)}]</div>
{dated_list(n + 240, 8, year, "bracket", "相关报道", "xgbd")}
{comments(n + 250, a.day)}
</div><div class="gright">{dated_list(n + 260, 14, year, "md", "排行榜", "phb")}</div></div>
{footer("江海网", 2004)}"""
    return Page(
        shell(head, page, 1100 + n),
        f"http://news.jianghai.example.com/{year}/{month}{day}/{n}3321.shtml",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        a.editor,
    )


def lede_year(a: MetaArticle, n: int) -> tuple[Page, str]:
    """A government news page whose short lede starts with a full date two days before
    publication ("2024年2月19日上午，…"); the publication time sits after the body."""
    year, month, day = ymd(a)
    site = "苏州市相城区人民政府"
    lede = f"{year}年{int(month)}月{int(day) - 2}日上午，有关部门召开专题会议研究部署相关工作。"
    head = f'<meta charset="utf-8"><title>{esc(a.title)}_{site}</title><meta name="SiteName" content="{site}">'
    page = f"""<div class="top"><span>{TODAY_CN}</span></div>
<div class="head"><span class="sitename">{site}</span>{nav(n + 26, ("首页", "政务公开", "新闻中心", "政务服务", "互动交流"))}</div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>
<div class="article"><div class="article-title">{esc(a.title)}</div>
<div class="article-text">
<p>{esc(lede)}</p>
{body(a, indent=True)}
</div>
<div class="article-foot"><span>发布时间：{a.day} {a.clock}</span>　<span>来源：{esc(a.source)}</span></div>
{dated_list(n + 270, 8, year, "day", "相关新闻", "xgxw")}
</div>
{footer(site, 2002)}"""
    return Page(
        shell(head, page, 1200 + n),
        f"http://www.szxc.example.gov.cn/xwzx/bmdt/{year}{month}/{n}{day}b.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        None,
    ), lede


def channel_only(a: MetaArticle, n: int) -> Page:
    """A bureau site: <title> and the only <h1> are the channel name, the headline is an
    <h2>, meta description repeats the headline, the date (no time) in a labelled line."""
    year, month, day = ymd(a)
    head = (
        f'<meta charset="utf-8"><title>工作动态</title>'
        f'<meta name="description" content="{attr(a.title)}"><meta name="keywords" content="工作动态">'
    )
    date = f"{year}年{month}月{day}日" if n == 0 else a.day
    page = f"""<div class="bar"><span>今天是：{TODAY_CN}</span><a>English</a></div>
<div class="head"><div class="logo"><img src="/logo.png" alt="苏州市应急管理局"></div>{nav(n + 28, ("首页", "机构概况", "工作动态", "通知公告", "政策文件", "应急科普"))}</div>
<div class="lm"><h1>工作动态</h1><span>当前位置：<a>首页</a> &gt; <a>工作动态</a></span></div>
<div class="detail"><h2>{esc(a.title)}</h2>
<div class="detail-info">发布时间：{date}　　浏览量：3{n}6</div>
<div class="detail-body">
{body(a)}
</div></div>
<div class="side">{dated_list(n + 280, 10, year, "full", "通知公告", "notice")}</div>
{footer("苏州市应急管理局", 2012)}"""
    return Page(
        shell(head, page, 1300 + n),
        f"http://yjglj.suzhou.example.gov.cn/gzdt/{n}{a.day.replace('-', '')}.html",
        a.title,
        a.day,
        None,
        None,
        None,
    )


def dot_suffix(a: MetaArticle, n: int) -> Page:
    """A city paper site without heading elements: "标题·站点" or "站点：标题" in <title>,
    the headline in a <div>, the time split over labelled spans."""
    year, month, day = ymd(a)
    site = "太仓新闻网"
    title_tag = f"{esc(a.title)}·{site}" if n == 0 else f"{site}：{esc(a.title)}"
    head = f'<meta charset="utf-8"><title>{title_tag}</title>'
    page = f"""<div class="top"><span class="site-name">{site}</span> <span>{TODAY_CN}</span></div>
{nav(n + 30, ("首页", "太仓", "民生", "经济", "港城", "镇区", "专题"))}
<div class="box"><div class="detail-hd">{esc(a.title)}</div>
<div class="detail-sub"><span>发布时间：</span><span>{year}</span>-<span>{month}</span>-<span>{day}</span> <span>{a.clock}</span>　<span>来源：</span><span>{esc(a.source)}</span></div>
<div class="detail-bd">
{body(a)}
</div>
<div class="detail-ft">编辑：{esc(a.editor)}</div></div>
<div class="box2">{dated_list(n + 290, 12, year, "full", "热点新闻", "rd")}</div>
{footer(site, 2009)}"""
    return Page(
        shell(head, page, 1400 + n),
        f"https://www.tcnews.example.cn/news/{year}{month}{day}/{n}7.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        a.editor,
    )


def time_above(a: MetaArticle, n: int) -> Page:
    """A news app's share page: the time line above the headline, a 上一篇 teaser with its
    own date just before it, the headline in an <h3>, og:title with the app's name."""
    year, month, day = ymd(a)
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)}</title>'
        f'<meta property="og:title" content="{attr(a.title)} - 无线苏州">'
    )
    page = f"""<div class="open-app"><img src="/app.png"><span>无线苏州</span><a>打开APP</a></div>
<div class="prev">上一篇：<a>{esc(headlines(n + 3, 1)[0])}</a> <span>{year}-{month}-{day} 07:00</span></div>
<div class="art"><div class="art-time">{a.day} {a.clock}　{esc(a.source)}</div>
<h3 class="art-h">{esc(a.title)}</h3>
<div class="art-c">
{body(a)}
</div>
<div class="art-e">责任编辑：{esc(a.editor)}</div></div>
{comments(n + 300, a.day)}
<div class="more">{dated_list(n + 310, 15, year, "full", "更多推荐", "tj")}</div>
{footer("无线苏州", 2013)}"""
    return Page(
        shell(head, page, 1500 + n),
        f"https://app.wxsz.example.cn/share/{n}{a.day.replace('-', '')}.html",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        a.editor,
    )


def truncated_title(a: MetaArticle, n: int) -> Page:
    """A portal whose <title> cuts the headline short with "...", sidebar blocks with *tit*
    classes before the article, the headline in a <div class="title">, "来源：… 2024-…" order."""
    year, month, day = ymd(a)
    head = f'<meta charset="utf-8"><title>{esc(a.title[:14])}..._中吴网</title>'
    page = f"""<div class="head"><div class="logo"><a href="/">中吴网</a></div>{nav(n + 32, ("首页", "常州", "社会", "民生", "教育", "房产", "汽车"))}</div>
<div class="wrap"><div class="side-l"><div class="list-tit">热点新闻</div>{dated_list(n + 320, 10, year, "md", "今日关注", "jrgz")}<div class="pic-tit">今日看点</div></div>
<div class="art"><div class="title">{esc(a.title)}</div>
<div class="laiyuan">来源：{esc(a.source)}　{a.day} {a.clock}:30　作者：{esc(a.author)}</div>
<div class="zw">
{body(a, indent=True)}
</div>
<div class="zr">责任编辑：{esc(a.editor)}</div></div></div>
{comments(n + 330, a.day)}
{footer("中吴网", 2001)}"""
    return Page(
        shell(head, page, 1600 + n),
        f"https://www.zhong5.example.cn/news/{year}{month}/{day}/{n}61.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        a.author,
        a.editor,
    )


def meta_only(a: MetaArticle, n: int) -> Page:
    """A mobile page showing no date at all: the time only in a publish_date meta tag next
    to a later lastmodified one."""
    year, month, day = ymd(a)
    head = (
        f'<meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(a.title)} - 手机江南网</title>"
        f'<meta name="lastmodified" content="2024-11-02 10:00:00">'
        f'<meta name="publish_date" content="{a.day} {a.clock}:00">'
        f'<meta property="og:title" content="{attr(a.title)}">'
    )
    page = f"""<div class="m-head"><a class="back">返回</a><span class="m-logo">手机江南网</span><a class="m-menu">菜单</a></div>
<div class="m-art"><h1>{esc(a.title)}</h1>
<div class="m-src">{esc(a.source)}</div>
<div class="m-body">
{body(a)}
</div></div>
<div class="m-more">{dated_list(n + 340, 15, year, "full", "猜你喜欢", "like")}{dated_list(n + 350, 10, year, "md", "热门", "remen")}</div>
{footer("手机江南网", 2011)}"""
    return Page(
        shell(head, page, 1700 + n),
        f"https://m.jnw.example.cn/a/{n}{year}{month}{day}.html",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        None,
    )


def weekday_info(a: MetaArticle, n: int) -> Page:
    """A newspaper site writing the weekday between date and time ("2024年06月28日 星期五
    17:30"), the header bar showing today the same way."""
    year, month, day = ymd(a)
    import datetime as _dt

    weekday = "一二三四五六日"[_dt.date(int(year), int(month), int(day)).weekday()]
    head = f'<meta charset="utf-8"><title>{esc(a.title)}_姑苏晚报</title>'
    page = f"""<div class="date-bar">{TODAY_CN}</div>
<div class="masthead"><img src="/gswb.png" alt="姑苏晚报"></div>{nav(n + 34, ("首页", "要闻", "民生", "社会", "文体", "副刊"))}
<div class="content"><h1>{esc(a.title)}</h1>
<div class="meta">{year}年{month}月{day}日 星期{weekday} {a.clock}　来源：{esc(a.source)}</div>
<div class="text">
{body(a, indent=True)}
</div>
<div class="meta2">编辑：{esc(a.editor)}</div></div>
{dated_list(n + 360, 10, year, "cn", "往期", "wq")}
{footer("姑苏晚报", 2003)}"""
    return Page(
        shell(head, page, 1800 + n),
        f"https://www.gswb.example.cn/html/{year}-{month}/{day}/content_{n}99.htm",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        a.editor,
    )


def paren_credits(a: MetaArticle, n: int) -> Page:
    """A district site closing the article with one parenthesised credits line holding the
    source, author, editor and the publication time; quotes and &nbsp; in the headline."""
    year, month, day = ymd(a)
    site = "姑苏区人民政府"
    head = f'<meta charset="utf-8"><title>{esc(a.title)} - {site}</title>'
    shown = esc(a.title).replace("电动自行车", "电动自行车&nbsp;")
    page = f"""<div class="top">{TODAY_CN}</div><div class="head"><span class="sitename">{site}</span>{nav(n + 36, ("首页", "新闻中心", "政务公开", "办事服务"))}</div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>
<div class="article"><h2 class="article-title">{shown}</h2>
<div class="article-text">
{body(a)}
<p>（来源：{esc(a.source)}　作者：{esc(a.author)}　编辑：{esc(a.editor)}　发布时间：{year}年{month}月{day}日 {a.clock}）</p>
</div></div>
{dated_list(n + 370, 10, year, "day", "相关新闻", "xgxw")}
{footer(site, 2002)}"""
    return Page(
        shell(head, page, 1900 + n),
        f"http://www.gusu.example.gov.cn/xwzx/bmdt/{year}{month}/{n}{day}c.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        a.author,
        a.editor,
    )


def quoted_title(a: MetaArticle, n: int) -> Page:
    """A portal with the headline quoted in <title> as 《…》 by a reprint template, the
    <h1> plain, a JSON-LD headline, and a "发布于" time with seconds, no year in sight but
    a dateline in the URL."""
    year, month, day = ymd(a)
    head = (
        f'<meta charset="utf-8"><title>《{esc(a.title)}》- 转载 - 苏州网</title>'
        f'<script type="application/ld+json">{{"@type":"Article","headline":{json.dumps(a.title, ensure_ascii=False)}}}</script>'
    )
    page = f"""<div class="hd"><a class="logo">苏州网</a>{nav(n + 38, ("首页", "转载", "原创", "评论", "图片"))}<span>{TODAY}</span></div>
<div class="bd"><h1>{esc(a.title)}</h1>
<div class="pub">发布于 {month}-{day} {a.clock}:09　{esc(a.source)}</div>
<div class="txt">
{body(a)}
</div></div>
{comments(n + 380, a.day, style="md")}
{dated_list(n + 390, 12, year, "md", "排行", "ph")}
{footer("苏州网", 2007)}"""
    return Page(
        shell(head, page, 2000 + n),
        f"https://www.suzhouw.example.cn/{year}/{month}/{day}/t{year}{month}{day}_{n}88.shtml",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        None,
    )


def quote_style(a: MetaArticle, n: int) -> Page:
    """A portal whose <title> writes the headline's quotes and colons half-width ("时间银行")
    while the page prints them full-width (“时间银行”); the headline in a <div>."""
    year, month, day = ymd(a)
    plain = a.title.replace("“", '"').replace("”", '"').replace("：", ":")
    head = f'<meta charset="utf-8"><title>{esc(plain)} - 常熟网</title>'
    page = f"""<div class="top"><span>{TODAY_CN}</span></div><div class="head"><a class="logo">常熟网</a>{nav(n + 40, ("首页", "常熟", "民生", "虞山", "文旅", "视频"))}</div>
<div class="main"><div class="article-title">{esc(a.title)}</div>
<div class="article-source">{a.day} {a.clock}　来源：{esc(a.source)}</div>
<div class="article-body">
{body(a)}
</div><div class="article-editor">责任编辑：{esc(a.editor)}</div></div>
{dated_list(n + 400, 12, year, "full", "推荐阅读", "tjyd")}
{footer("常熟网", 2005)}"""
    return Page(
        shell(head, page, 2100 + n),
        f"https://www.csw.example.cn/news/{year}{month}{day}/{n}12.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        a.editor,
    )


def full_width(a: MetaArticle, n: int) -> Page:
    """An old GBK government page writing its date in full-width digits (２０２４年０４月２３日)."""
    year, month, day = ymd(a)
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    site = "苏州市慈善总会"
    head = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{esc(a.title)} -- {site}</title>'
    page = f"""<table width="980" align="center"><tr><td><img src="/top.jpg" alt="{site}"></td></tr></table>
<table width="980" align="center"><tr><td>{nav(n + 42, ("首页", "慈善动态", "项目公示", "捐赠查询", "信息公开"))}</td></tr></table>
<table width="980" align="center"><tr><td width="240" valign="top">{dated_list(n + 410, 10, year, "bracket", "信息公开", "xxgk")}</td>
<td valign="top"><table width="100%"><tr><td align="center"><font size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center">发布日期：{f"{year}年{month}月{day}日".translate(wide)}　　来源：{esc(a.source)}</td></tr>
<tr><td>
{body(a, indent=True)}
</td></tr></table></td></tr></table>
{footer(site, 1999)}"""
    return Page(
        shell(head, page, 2200 + n),
        f"http://www.szcs.example.org/news/{n}{year}{month}{day}.asp",
        a.title,
        a.day,
        a.source,
        None,
        None,
        encoding="gb18030",
    )


def span_kicker(a: MetaArticle, n: int) -> Page:
    """A provincial site: the 引题 in a <span> inside the <h1> (no <br>), "标题 | 站点" <title>,
    year, day and time in separate elements on separate source lines."""
    year, month, day = ymd(a)
    kicker = f'<span class="yt">{esc(a.kicker or "聚焦民生")}</span>'
    head = f'<meta charset="utf-8"><title>{esc(a.title)} | 江苏新闻</title>'
    page = f"""<div class="top">{TODAY_CN}</div><div class="head"><a class="logo">江苏新闻</a>{nav(n + 44, ("首页", "时政", "民生", "财经", "城市", "视频"))}</div>
<div class="main"><h1>{kicker}{esc(a.title)}</h1>
<div class="date"><span class="y">{year}</span>
<span class="md">{month}-{day}</span>
<span class="t">{a.clock}</span>
<span class="src">{esc(a.source)}</span></div>
<div class="body">
{body(a)}
</div></div>
{comments(n + 420, a.day)}
{dated_list(n + 430, 12, year, "md", "热读", "hot")}
{footer("江苏新闻", 2010)}"""
    return Page(
        shell(head, page, 2300 + n),
        f"https://news.jsxw.example.cn/ms/{year}{month}/{day}/{n}34.html",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        None,
    )


def cell_labels(a: MetaArticle, n: int) -> Page:
    """A bureau page: <title> only the channel, a header clock with today's date and time,
    labels and values of the info row in separate table cells."""
    year, month, day = ymd(a)
    head = '<meta charset="utf-8"><title>部门动态</title>'
    page = f"""<div class="top"><span id="clock">{TODAY} 15:43</span> <a>登录</a></div>
<div class="head"><div class="logo">姑苏区应急管理局</div>{nav(n + 46, ("首页", "部门动态", "通知公告", "安全常识", "办事指南"))}</div>
<div class="pos">当前位置：<a>首页</a> &gt; <a>部门动态</a></div>
<div class="art"><div class="art-title">{esc(a.title)}</div>
<table class="art-info"><tr><td>发布时间：</td><td>{a.day} {a.clock}</td><td>来源：</td><td>{esc(a.source)}</td><td>访问次数：</td><td>{n}27</td></tr></table>
<div class="art-body">
{body(a)}
</div></div>
{dated_list(n + 440, 10, year, "day", "部门动态", "bmdt")}
{footer("姑苏区应急管理局", 2015)}"""
    return Page(
        shell(head, page, 2400 + n),
        f"http://yjj.gusu.example.gov.cn/bmdt/{year}{month}/{n}{day}.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        None,
    )


def dated_heading(a: MetaArticle, n: int) -> Page:
    """A county site printing the date inside the headline's own block ("标题2024-02-21"),
    <title> with the channel and site names after it."""
    year, month, day = ymd(a)
    head = f'<meta charset="utf-8"><title>{esc(a.title)}_镇街动态_相城区</title>'
    page = f"""<div class="head"><div class="logo">相城区</div>{nav(n + 48, ("首页", "镇街动态", "部门动态", "公示公告"))}<span>{TODAY_CN}</span></div>
<div class="list-art"><div class="art-hd">{esc(a.title)}<span class="art-date">{a.day}</span></div>
<div class="art-bd">
{body(a)}
</div></div>
{dated_list(n + 450, 12, year, "day", "镇街动态", "zjdt")}
{footer("相城区", 2003)}"""
    return Page(
        shell(head, page, 2500 + n),
        f"http://www.xc.example.gov.cn/zjdt/{year}{month}/{n}{day}.html",
        a.title,
        a.day,
        None,
        None,
        None,
    )


def jsonld_graph(a: MetaArticle, n: int) -> Page:
    """A portal with a JSON-LD @graph (WebPage, NewsArticle with datePublished and a later
    dateModified), "标题 » 站点" in <title>, "发布：" without 时间 on the page."""
    year, month, day = ymd(a)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "江南都市网", "dateModified": "2024-12-01T09:00:00+08:00"},
            {
                "@type": "NewsArticle",
                "headline": a.title,
                "datePublished": f"{a.day}T{a.clock}:00+08:00",
                "dateModified": "2024-11-30T10:00:00+08:00",
            },
        ],
    }
    head = (
        f'<meta charset="utf-8"><title>{esc(a.title)} » 江南都市网</title>'
        f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    )
    page = f"""<div class="hd"><a class="logo">江南都市网</a>{nav(n + 50, ("首页", "都市", "民生", "教育", "健康"))}<span>{TODAY_CN}</span></div>
<div class="post"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">发布：{a.day}　{esc(a.source)}</div>
<div class="entry-content">
{body(a)}
</div></div>
{dated_list(n + 460, 12, year, "full", "最新文章", "recent")}
{footer("江南都市网", 2014)}"""
    return Page(
        shell(head, page, 2600 + n),
        f"https://www.jndsw.example.cn/archives/{n}{year}{month}{day}",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        None,
    )


def desc_bold(a: MetaArticle, n: int) -> Page:
    """A small government site: <title> only the site, the headline in <p><b>…</b></p>, the
    meta description repeating it, an info line between headline and text."""
    year, month, day = ymd(a)
    site = "太仓市民政局"
    head = f'<meta charset="utf-8"><title>{site}</title><meta name="description" content="{attr(a.title)}">'
    page = f"""<div class="top">{TODAY_CN}</div><div class="head"><span class="sitename">{site}</span>{nav(n + 52, ("首页", "民政动态", "通知公告", "政策法规", "办事指南"))}</div>
<div class="main"><p align="center"><b>{esc(a.title)}</b></p>
<p align="center">时间：{a.day} {a.clock}　来源：{esc(a.source)}　点击：{n}45</p>
{body(a, indent=True)}
</div>
{dated_list(n + 470, 10, year, "bracket", "民政动态", "mzdt")}
{footer(site, 2006)}"""
    return Page(
        shell(head, page, 2700 + n),
        f"http://mzj.taicang.example.gov.cn/mzdt/{year}{month}/{n}{day}.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        None,
    )


def pipe_label(a: MetaArticle, n: int) -> Page:
    """A news app page writing "发布时间 | 2024-05-30 11:12" without a colon and the source
    as "苏州日报｜" before it; a 24小时 list with same-day times under the article."""
    year, month, day = ymd(a)
    head = f'<meta charset="utf-8"><title>{esc(a.title)}｜苏周刊</title>'
    page = f"""<div class="bar"><a class="logo">苏周刊</a><a>下载</a></div>
<div class="a"><div class="a-title">{esc(a.title)}</div>
<div class="a-info"><span>{esc(a.source)}｜</span><span>发布时间 | {a.day} {a.clock}</span></div>
<div class="a-body">
{body(a)}
</div></div>
<div class="h24"><h3>24小时</h3><ul><li><a>{esc(headlines(n + 9, 1)[0])}</a><span>{a.day} 23:10</span></li><li><a>{esc(headlines(n + 8, 1)[0])}</a><span>{a.day} 22:45</span></li></ul></div>
{dated_list(n + 480, 12, year, "full", "推荐", "rec")}
{footer("苏周刊", 2018)}"""
    return Page(
        shell(head, page, 2800 + n),
        f"https://szzk.example.cn/a/{n}{year}{month}{day}.html",
        a.title,
        f"{a.day} {a.clock}",
        a.source,
        None,
        None,
    )


def signed_notice(a: MetaArticle, n: int) -> tuple[Page, None]:
    """A government notice ending with the issuing office and its signing date (落款) days
    before publication; the 发布日期 below it."""
    year, month, day = ymd(a)
    site = "吴江区民政局"
    signed = f"{year}年{int(month)}月{max(1, int(day) - 4)}日"
    head = f'<meta charset="utf-8"><title>{esc(a.title)}-{site}</title>'
    page = f"""<div class="top">{TODAY_CN}</div><div class="head"><span class="sitename">{site}</span>{nav(n + 54, ("首页", "通知公告", "工作动态", "政策文件"))}</div>
<div class="notice"><h1>{esc(a.title)}</h1>
<div class="notice-body">
{body(a, indent=True)}
<p style="text-align:right">{site}</p>
<p style="text-align:right">{signed}</p>
</div>
<div class="notice-foot">发布日期：{a.day}　浏览：{n}12</div></div>
{dated_list(n + 490, 10, year, "day", "通知公告", "tzgg")}
{footer(site, 2004)}"""
    return Page(
        shell(head, page, 2900 + n),
        f"http://mzj.wujiang.example.gov.cn/tzgg/{year}{month}/{n}{day}.html",
        a.title,
        a.day,
        None,
        None,
        None,
        # the issuing body is part of the notice, as in tests/corpus/gov_mzj_notice; the
        # signing date is not body text (the time is read from it when nothing else is)
        closing=(site,),
    ), None


def dot_date(a: MetaArticle, n: int) -> Page:
    """A paper's site writing "苏州日报｜2024.05.30 11:12" under an <h2> headline, a logo <h1>,
    and <title> "频道 - 标题 - 站点" with the headline in the middle."""
    year, month, day = ymd(a)
    head = f'<meta charset="utf-8"><title>民生 - {esc(a.title)} - 苏报融媒</title>'
    page = f"""<div class="hd"><h1 class="logo">苏报融媒</h1>{nav(n + 56, ("首页", "民生", "要闻", "区县", "视频"))}</div>
<div class="art"><h2>{esc(a.title)}</h2>
<p class="src">{esc(a.source)}｜{year}.{month}.{day} {a.clock}</p>
<div class="art-content">
{body(a)}
</div><p class="edit">编辑：{esc(a.editor)}</p></div>
{comments(n + 500, a.day)}
{footer("苏报融媒", 2017)}"""
    return Page(
        shell(head, page, 3000 + n),
        f"https://www.subao.example.cn/ms/{year}{month}{day}/{n}5.html",
        a.title,
        f"{a.day} {a.clock}",
        None,
        None,
        a.editor,
    )


Template = Callable[[MetaArticle, int], Page | tuple[Page, str]]

# Batch number -> [(template name, template, article key, variant n)].
BATCHES: dict[int, list[tuple[str, Template, str, int]]] = {
    1: [
        ("portal", portal_kicker, "yanglao", 0),
        ("govupd", gov_updated, "shetuan", 0),
        ("yearless", city_yearless, "zhiyuanzhe", 0),
        ("paperafter", paper_after, "cishan", 0),
        ("jsonld", jsonld_portal, "huanjing", 0),
    ],
    2: [
        ("govtable", gov_table, "canji", 0),
        ("selfmedia", self_media, "anquan", 0),
        ("shorttitle", short_title, "jiaoyu", 0),
        ("h1sub", h1_sub, "jiuzhu", 0),
        ("ogbracket", og_bracket, "shequ", 0),
    ],
    3: [
        ("portal", portal_kicker, "cishan", 1),
        ("govupd", gov_updated, "jiuzhu", 1),
        ("yearless", city_yearless, "jiaoyu", 1),
        ("paperafter", paper_after, "shequ", 1),
        ("jsonld", jsonld_portal, "anquan", 1),
    ],
    4: [
        ("govtable", gov_table, "huanjing", 1),
        ("selfmedia", self_media, "canji", 1),
        ("shorttitle", short_title, "yanglao", 1),
        ("h1sub", h1_sub, "zhiyuanzhe", 1),
        ("ogbracket", og_bracket, "shetuan", 1),
    ],
    5: [
        ("picture", picture_marked, "canji", 0),
        ("ledeyear", lede_year, "huanjing", 0),
        ("channelonly", channel_only, "anquan", 0),
        ("dotsuffix", dot_suffix, "shetuan", 0),
        ("timeabove", time_above, "jiaoyu", 0),
    ],
    6: [
        ("truncated", truncated_title, "yanglao", 0),
        ("metaonly", meta_only, "zhiyuanzhe", 0),
        ("weekday", weekday_info, "jiuzhu", 0),
        ("paren", paren_credits, "anquan", 0),
        ("quoted", quoted_title, "shequ", 0),
    ],
    7: [
        ("quotestyle", quote_style, "yanglao", 0),
        ("fullwidth", full_width, "cishan", 0),
        ("spankicker", span_kicker, "jiaoyu", 0),
        ("celllabels", cell_labels, "anquan", 0),
        ("datedheading", dated_heading, "huanjing", 0),
    ],
    8: [
        ("jsonldgraph", jsonld_graph, "cishan", 0),
        ("descbold", desc_bold, "shetuan", 0),
        ("pipelabel", pipe_label, "shetuan", 1),
        ("signed", signed_notice, "jiuzhu", 0),
        ("dotdate", dot_date, "zhiyuanzhe", 0),
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
            made = template(article, n)
            page, lede = made if isinstance(made, tuple) else (made, None)
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
                "paragraphs": [*([lede] if lede else []), *article.lines, *page.closing],
            }
            (OUT / f"{stem}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )


if __name__ == "__main__":
    main()
