# ruff: noqa: E501  (page templates: HTML lines as the sites write them)
"""Write the `unseen_` pages of the full corpus: new templates, each measured on FIRST SIGHT.

Run from the repository root:  .venv/bin/python -m tests.corpus.full.build_unseen

The body_ and meta_ pages were tuned on; these measure what to expect on a
site nobody wrote a rule for.  Each batch of five templates copies classes
of real Chinese pages not in the corpus before it (government CMSs such as
大汉 JCMS, TRS WCM and 博达 VSB, 方正 e-papers, WeChat's script-only time,
mobile share pages, photo galleries, AMP, forums, DedeCMS sites in GBK…),
with full-size chrome (chrome.py).  Every batch was scored with
benchmarks/extraction.py BEFORE the extractor was changed for it; the
figures are in README.md (Extraction quality).  Pages are named
unseen_b<batch>_<template>_<article>, so `--only unseen_b3_` scores a batch.

Gold (NAME.json) is what a reader sees: the headline, the time as the page
states it ("YYYY-MM-DD HH:MM", or the date alone where the page shows no
time; a time the page shows only after its script runs counts as shown),
and the article's paragraphs: an 编者按 and picture captions are article
text; a table row is one line (cells joined by a space); credit lines,
原标题 notes, video placeholders and page links are not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.full.chrome import Chrome, esc
from tests.corpus.full.unseen_articles import ARTICLES, UArticle

OUT = Path(__file__).resolve().parent
BY_KEY = {article.key: article for article in ARTICLES}
HEADER_DAY_CN = "2026年12月03日 星期四"


@dataclass(frozen=True)
class Page:
    """One rendered page and what extraction must yield from it."""

    html: str
    url: str
    published: str  # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (the page shows no time)
    encoding: str = "utf-8"
    paragraphs: tuple[str, ...] | None = None  # when the page shows part of the article
    title: str | None = None  # when the page's headline differs from the article's


def when(a: UArticle) -> str:
    return f"{a.day} {a.clock}" if a.clock else a.day


def cn_day(a: UArticle) -> str:
    y, m, d = a.day.split("-")
    return f"{y}年{m}月{d}日"


def render(
    a: UArticle,
    *,
    p: str = "<p>{}</p>",
    heading: str = "<p><strong>{}</strong></p>",
    img: str = '<p style="text-align:center"><img src="/upload/{n}.jpg"></p>',
    cap: str = '<p style="text-align:center"><img src="/upload/{n}.jpg"></p><p style="text-align:center">{}</p>',
    note: str = "<p><strong>{}</strong></p>",
    table: str = '<table border="1" cellspacing="0" cellpadding="0" width="100%">{}</table>',
    cell: str = "<td>{}</td>",
    lines: tuple[str, ...] | None = None,
) -> str:
    """The article's marked lines as this CMS writes them (consecutive rows make one table)."""
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []
    for n, line in enumerate(lines if lines is not None else a.lines):
        if line.startswith("[row]"):
            rows.append(
                "<tr>" + "".join(cell.format(esc(c)) for c in line[5:].split("|")) + "</tr>"
            )
            continue
        if line.startswith("[li]"):
            items.append(f"<li>{esc(line[4:])}</li>")
            continue
        if rows:
            out.append(table.format("".join(rows)))
            rows = []
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line == "[img]":
            out.append(img.format(n=n))
        elif line.startswith("[cap]"):
            out.append(cap.format(esc(line[5:]), n=n))
        elif line.startswith("[sign]"):
            out.append(p.format(esc(line[6:])))
        elif line.startswith("[note]"):
            out.append(note.format(esc(line[6:])))
        elif line.startswith("## "):
            out.append(heading.format(esc(line[3:])))
        else:
            out.append(p.format(esc(line)))
    if rows:
        out.append(table.format("".join(rows)))
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(out)


def gold_of(lines: tuple[str, ...], a: UArticle) -> tuple[str, ...]:
    """The gold paragraphs of a part of the article (a page of a paginated one)."""
    return UArticle(a.key, a.title, a.day, a.clock, a.source, a.author, a.editor, lines).paragraphs


GOV_FOOTER = """<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a> | <a>隐私声明</a></p>
<p>主办：{org}　承办：{org}办公室　技术支持：{tech}</p>
<p>网站标识码：{code}　苏ICP备{icp}号　<img src="/images/ga.png">苏公网安备 {ga}号</p>
<p><img src="/images/zfzc.png" alt="政府网站找错"> <img src="/images/sha.png" alt="适老化无障碍服务"> 建议使用1920×1080分辨率浏览本网站</p></div>"""


# ---------------------------------------------------------------- batch 1


def hanweb(a: UArticle, n: int) -> Page:
    """大汉 JCMS on a 政府网站集约化平台: 信息公开 table, 字号 and print bar, #zoom body with a table."""
    c = Chrome(5100 + n)
    host = "www.ks.gov.cn"
    meta = (
        f'<table class="xxgk_table" width="100%"><tr><td class="t1">索引号：</td><td>014128734/{a.day[:4]}-00{n}87</td>'
        f'<td class="t1">信息分类：</td><td>通知公告</td></tr>'
        f'<tr><td class="t1">发布机构：</td><td>{esc(a.source)}</td><td class="t1">生成日期：</td><td>{a.day}</td></tr>'
        f'<tr><td class="t1">文号：</td><td>昆民发〔{a.day[:4]}〕1{n}号</td><td class="t1">有效性：</td><td>有效</td></tr>'
        f'<tr><td class="t1">名称：</td><td colspan="3">{esc(a.title)}</td></tr></table>'
    )
    body = render(
        a,
        p='<p style="text-indent:2em;line-height:1.8"><span style="font-family:仿宋_GB2312;font-size:16pt">{}</span></p>',
        cell='<td style="border:1px solid #000"><p style="text-align:center"><span style="font-size:12pt">{}</span></p></td>',
    )
    # the 落款 (issuing body and date) sits on the right
    for line in a.lines[-2:]:
        line = line.removeprefix("[sign]")
        body = body.replace(
            f'<p style="text-indent:2em;line-height:1.8"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(line)}</span></p>',
            f'<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(line)}</span></p>',
        )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 昆山市人民政府</title>
<meta name="SiteName" content="昆山市人民政府"><meta name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="3205830001">
<meta name="ColumnName" content="通知公告"><meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day}"><meta name="ContentSource" content="{esc(a.source)}">
{c.style(3)}{c.script("jcms_config", "通知公告", 5)}
</head><body>
<div class="top-bar"><div class="w1200"><span>{HEADER_DAY_CN}</span><a>无障碍浏览</a><a>长者模式</a><a>繁體</a><a>English</a><a>智能问答</a></div></div>
<div class="header"><img src="/images/logo.png" alt="昆山市人民政府"><div class="search"><input placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav">{c.mega_nav(host, groups=3, per_group=14, cls="nav-list")}</div>
<div class="position">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>
<div class="main w1200">
{meta}
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span>发布日期：{a.day}</span><span>信息来源：{esc(a.source)}</span><span>浏览次数：<script>document.write(Math.round(Math.random()*900))</script></span>
<span class="fontsize">字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div id="zoom" class="content">
{body}
</div>
<div class="fj"><p>相关附件：</p><p><a href="/att/1.doc">2024年度社会组织年检报告书（模板）.doc</a></p></div>
<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：</span><a>微信</a><a>微博</a></div>
<div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="xglj"><div class="hd">相关链接</div>{c.link_list(host, 6, "xglj-list")}</div>
</div>
{GOV_FOOTER.format(org="昆山市人民政府办公室", tech="南京大汉网络有限公司", code="3205830001", icp="05012345", ga="32058302000101")}
</body></html>""",
        f"https://{host}/ksmzj/tzgg/{a.day[:7].replace('-', '')}/{n}e6f7a8b9c0d1.shtml",
        when(a),
    )


def epaper(a: UArticle, n: int) -> Page:
    """方正 e-paper (数字报): 版面导航, 标题导航, founder tags, 本报记者 line, 上一版/下一版, issue calendar."""
    c = Chrome(5200 + n)
    host = "epaper.gusuwb.example.cn"
    y, m, d = a.day.split("-")
    pages = "".join(
        f'<tr><td><a href="node_{i}.htm">A{i:02d}：{name}</a></td><td><a href="A{i:02d}.pdf">PDF</a></td></tr>'
        for i, name in enumerate(
            ["头版", "要闻", "民生", "城事", "区县", "社区", "健康", "文体"], start=1
        )
    )
    titles = "".join(
        f'<li><a href="content_{n}{i}.htm">{esc(c.headline())}</a></li>' for i in range(6)
    )
    calendar = "".join(
        "<tr>"
        + "".join(
            f'<td><a href="../{y}-{m}/{day:02d}/node_1.htm">{day}</a></td>'
            for day in range(w * 7 + 1, min(w * 7 + 8, 32))
        )
        + "</tr>"
        for w in range(5)
    )
    body = render(
        a,
        note="<p><b>{}</b></p>",
        cap='<p style="text-align:center"><img src="../../../res/{n}.jpg"></p><p style="text-align:center;font-size:14px">{}</p>',
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>姑苏晚报数字报-{esc(a.title)}</title>
{c.style(4)}{c.script("epaperConfig", "姑苏晚报", 6)}
</head><body>
<table width="1000" align="center" class="head"><tr><td><img src="../../../image/logo.gif" alt="姑苏晚报"></td>
<td class="date">{y}年{m}月{d}日 {_weekday(a)}</td><td><a>往期回顾</a> | <a>版面导航</a> | <a>标题导航</a></td></tr></table>
<table width="1000" align="center"><tr>
<td width="300" valign="top" class="left">
<div class="bm"><img src="../../../page/A03.jpg" usemap="#PagePicMap"><map name="PagePicMap"><area href="content_{n}1.htm"><area href="content_{n}2.htm"></map></div>
<div class="bmdh"><a>上一版</a> <a>下一版</a></div>
<table class="bmlist">{pages}</table>
<table class="calendar"><tr><th colspan="7">{y}年{m}月</th></tr>{calendar}</table>
</td>
<td width="700" valign="top">
<div class="banci">第A03版：民生　　<a>上一版</a>　<a>下一版</a></div>
<table width="100%" class="article"><tr><td class="font01"><founder-title>{esc(a.title)}</founder-title></td></tr>
<tr><td class="font02"><founder-author>本报记者 {esc(a.author)}</founder-author></td></tr>
<tr><td><div id="ozoom"><founder-content>
{body}
</founder-content></div></td></tr></table>
<div class="pager"><a href="content_{n}0.htm">上一篇：{esc(c.headline())}</a><br><a href="content_{n}2.htm">下一篇：{esc(c.headline())}</a></div>
<div class="btdh"><div class="hd">本版标题导航</div><ul>{titles}</ul></div>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>姑苏晚报社版权所有 未经书面授权 不得复制或建立镜像<br>地址：苏州市竹辉路168号 邮编：215006 新闻热线：0512-65222222<br>苏ICP备10001234号</td></tr></table>
</body></html>""",
        f"http://{host}/gswb/html/{y}-{m}/{d}/content_{n}5893.htm",
        a.day,
    )


def wechat_script(a: UArticle, n: int) -> Page:
    """WeChat's current layout: the time only in a script (createTime), 往期推荐 inside the content."""
    c = Chrome(5300 + n)
    sections = []
    for line in a.lines:
        if line.startswith(("问：", "答：")):
            label, rest = line[:2], line[2:]
            sections.append(
                f'<section style="margin-bottom:12px;line-height:1.8"><span style="color:#0052a3"><strong>{label}</strong></span><span style="font-size:15px">{esc(rest)}</span></section>'
            )
        else:
            sections.append(
                f'<p style="margin-bottom:12px;line-height:1.8"><span style="font-size:15px;letter-spacing:0.5px">{esc(line)}</span></p>'
            )
    past = "".join(
        f'<p><a href="https://mp.weixin.qq.com/s?__biz=MzA{n}&amp;mid={i}" target="_blank"><span style="font-size:14px">{esc(c.headline())}</span></a></p>'
        for i in range(3)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("window.wx_config", "", 12)}
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
{esc(a.title)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">{esc(a.editor)}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{esc(a.source)}</a></span>
<span id="meta_content_hide_info"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江苏</span></em></span>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden">
<section style="text-align:center"><span style="font-size:12px;color:#a5a5a5">点击蓝字 关注我们</span></section>
{"".join(sections)}
<section><span style="font-size:12px;color:#888">来源：{esc(a.source)}</span></section>
<section><span style="font-size:12px;color:#888">编辑：{esc(a.editor)}　审核：张晓峰</span></section>
<section style="text-align:center;margin-top:24px"><span style="font-size:16px"><strong>往期推荐</strong></span></section>
{past}
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/share.gif"></section>
<p style="text-align:center"><span style="font-size:12px">分享 点赞 在看</span></p>
</div>
<div class="rich_media_tool_area"><div class="weui-flex"><a id="js_view_source" href="#">阅读原文</a></div>
<div class="like_comment_wrp"><span>阅读 {c.rng.randint(1000, 9000)}</span><button>分享</button><button>点赞</button><button>在看</button></div></div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_form"><a>写留言</a></div>
<div class="discuss_title">留言</div>{c.comments(5, cls="discuss_list")}</div>
</div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img src="/qr.jpg"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div></div>
<script>var nickname = "{esc(a.source)}"; var ct = "{_epoch(a)}"; var createTime = '{when(a)}'; var user_name = "gh_{n}a1b2c3d4";</script>
<script>document.getElementById("publish_time").innerHTML = createTime;</script>
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}kL9mN8bV7cX6zA5sD4fG3h",
        when(a),
    )


def _weekday(a: UArticle) -> str:
    from datetime import date

    return "星期" + "一二三四五六日"[date.fromisoformat(a.day).weekday()]


def _utc(a: UArticle) -> str:
    """The article's time in UTC, ISO 8601 with +00:00 (as Joomla writes it)."""
    from datetime import UTC, datetime

    local = datetime.fromisoformat(f"{a.day}T{a.clock}:00+08:00")
    return local.astimezone(UTC).isoformat()


def _epoch(a: UArticle) -> int:
    from datetime import datetime

    return int(datetime.fromisoformat(f"{a.day}T{a.clock or '00:00'}:00+08:00").timestamp())


def mobile_utc(a: UArticle, n: int) -> Page:
    """A city app's mobile share page: datetime in UTC, folded body (展开全文), 猜你喜欢 feed, tab bar."""
    c = Chrome(5400 + n)
    host = "m.mingcheng.example.cn"
    from datetime import datetime, timedelta

    local = datetime.fromisoformat(f"{a.day}T{a.clock}:00")
    utc = (local - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ")
    feed = "".join(
        f'<div class="feed-item"><a href="{c.url(host)}"><div class="feed-title">{esc(c.headline())}</div>'
        f'<div class="feed-desc">{esc(c.summary())}</div><div class="feed-meta"><span>名城新闻</span><span>{c.rng.randint(1, 99)}评</span></div></a></div>'
        for _ in range(8)
    )
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(3)}{c.script("__APP_STATE__", esc(a.title), 6)}
</head><body>
<div class="open-app-bar"><img src="/logo-app.png"><span>名城苏州</span><span>打开APP，阅读体验更佳</span><a class="btn">打开</a></div>
<header class="m-head"><a class="back">返回</a><span class="m-head-title">名城新闻</span><a class="share">分享</a></header>
<article class="m-article">
<h1 class="m-title">{esc(a.title)}</h1>
<div class="m-info"><span class="m-src">{esc(a.source)}</span><time class="m-time" datetime="{utc}">{when(a)}</time></div>
<div class="m-content" style="max-height:560px;overflow:hidden">
{render(a, p='<p class="m-p">{}</p>')}
</div>
<div class="unfold-field"><span>展开全文</span></div>
<div class="m-open-app">打开APP查看更多精彩内容</div>
<div class="m-zan"><span>赞 {c.rng.randint(1, 300)}</span><span>分享</span></div>
</article>
<section class="m-cmt"><div class="m-cmt-hd">热门评论</div>{c.comments(5, cls="m-cmt-list")}<a class="more">打开APP查看全部评论</a></section>
<section class="m-feed"><div class="m-feed-hd">猜你喜欢</div>{feed}</section>
<nav class="tabbar"><a>首页</a><a>视频</a><a>服务</a><a>我的</a></nav>
<footer class="m-foot">名城苏州新闻中心 版权所有 苏ICP备12345678号-2</footer>
</body></html>""",
        f"https://{host}/h5/news/detail?id=8{n}3421{a.day.replace('-', '')}",
        when(a),
    )


def gallery(a: UArticle, n: int) -> Page:
    """A picture channel's 图集: one caption per picture, 1/4 counters, thumbnails, 相关图集 with counts."""
    c = Chrome(5500 + n)
    host = "photo.subao.example.cn"
    captions = [line[5:] for line in a.lines if line.startswith("[cap]")]
    items = "".join(
        f'<div class="pic-item"><div class="pic-img"><img src="//img.{host}/g/{n}{i}.jpg" alt="{esc(a.title)}"></div>'
        f'<div class="pic-num"><span class="cur">{i + 1}</span>/<span class="total">{len(captions)}</span></div>'
        f'<p class="pic-txt">{esc(cap)}</p></div>'
        for i, cap in enumerate(captions)
    )
    thumbs = "".join(
        f'<li><img src="//img.{host}/g/{n}{i}_s.jpg"></li>' for i in range(len(captions))
    )
    related = "".join(
        f'<li><a href="{c.url(host)}"><img src="//img.{host}/r/{i}.jpg"><span class="t">{esc(c.headline())}</span><span class="cnt">{c.rng.randint(4, 20)}图</span></a></li>'
        for i in range(8)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_图片频道_苏州新闻网</title>
<meta name="keywords" content="稻田,丰收,吴中">
{c.style(3)}{c.script("galleryData", esc(a.title), 5)}
</head><body class="pic-page">
<div class="pic-top">{c.mega_nav("www.subao.example.cn", groups=2, per_group=20, cls="pic-nav")}</div>
<div class="pic-crumb"><a>苏州新闻网</a> &gt; <a>图片频道</a> &gt; <a>看苏州</a></div>
<div class="pic-head"><h1>{esc(a.title)}</h1>
<div class="pic-info"><span class="time">{when(a)}:06</span><span class="src">来源：{esc(a.source)}</span><span class="author">摄影：{esc(a.author)}</span></div></div>
<div class="pic-show">
<a class="pic-prev">上一张</a><a class="pic-next">下一张</a>
{items}
<div class="pic-thumbs"><a class="prev-group">上一图集</a><ul>{thumbs}</ul><a class="next-group">下一图集</a></div>
</div>
<div class="pic-tools"><a>分享到：</a><a>微信</a><a>微博</a><a>原图下载</a><a>全屏浏览</a></div>
<div class="pic-related"><div class="hd">相关图集</div><ul>{related}</ul></div>
{c.hot_list(host, "图片排行", 10, cls="pic-rank")}
<div class="pic-foot"><p>苏州新闻网版权所有 未经授权禁止转载、摘编、复制或建立镜像</p><p>互联网新闻信息服务许可证：32120170001 苏ICP备05001234号</p></div>
</body></html>""",
        f"https://{host}/gallery/{a.day.replace('-', '')}/{n}7788.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 2


def trs_wcm(a: UArticle, n: int) -> Page:
    """An old TRS WCM 政务 page: TRS_Editor with its own <style>, font tags, glued 2024年07月02日17:30."""
    c = Chrome(6100 + n)
    host = "www.wujiang.gov.cn"
    notices = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span>[{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}]</span></li>'
        for _ in range(8)
    )
    y, m, d = a.day.split("-")
    body = render(
        a,
        p='<p style="text-indent:2em"><font face="仿宋_GB2312" size="4">{}</font></p>',
        heading='<p align="center"><font face="黑体" size="4"><b>{}</b></font></p>',
    )
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}</title>
<meta name="Keywords" content="社区工作者,招聘"><meta name="Description" content="{esc(a.lines[0][:40])}">
{c.style(3)}{c.script("trsSite", "吴江区民政局", 4)}
</head><body>
<div class="top_bg"><div class="top"><img src="/images/mzj_logo.png" alt="吴江区民政局"><span class="top_date">{HEADER_DAY_CN}</span></div></div>
<div class="menu_bg">{c.mega_nav(host, groups=2, per_group=12, cls="menu_list")}</div>
<div class="main">
<div class="left_box"><div class="lm_title">栏目导航</div><ul class="lm_list"><li><a>通知公告</a></li><li><a>工作动态</a></li><li><a>政策法规</a></li><li><a>办事指南</a></li></ul>
<div class="lm_title">最新公告</div><ul class="zxgg">{notices}</ul></div>
<div class="right_box">
<div class="dqwz">当前位置：<a>首页</a>&gt;&gt;<a>通知公告</a></div>
<div class="con_title">{esc(a.title)}</div>
<div class="con_info">发布时间：{y}年{m}月{d}日{a.clock}　来源：{esc(a.source)}　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="con_text">
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{line-height:2}}</style>
<div class="Custom_UnionStyle">
{body}
</div></div>
</div>
<div class="con_fj">附件：<a href="/att/bmb.doc">2024年吴江区公开招聘社区工作者报名表.doc</a></div>
<div class="con_sxp"><p>上一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>下一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p></div>
<div class="con_tool"><a>【打印本页】</a><a>【关闭窗口】</a></div>
</div></div>
<div class="bottom"><p>版权所有：苏州市吴江区民政局　地址：吴江区中山南路1979号　电话：0512-63982200</p><p>苏ICP备05045678号　网站标识码：3205090012</p></div>
</body></html>""",
        f"http://{host}/mzj/tzgg/{y}{m}/t{y}{m}{d}_{n}712345.shtml",
        when(a),
    )


def vsb(a: UArticle, n: int) -> Page:
    """A 博达 VSB site: titlestyle/timestyle spans, #vsb_content .v_news_content, 上一条/下一条, click script."""
    c = Chrome(6200 + n)
    host = "www.wjxw.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-吴江新闻网</title>
<meta name="pageType" content="3"><meta name="pageTitle" content="{esc(a.title)}">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
{c.style(4)}{c.script("vsbConfig", "吴江新闻网", 6)}
</head><body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="吴江新闻网"></div>
<div class="nav">{c.mega_nav(host, groups=3, per_group=16, cls="nav-ul")}</div></div>
<div class="banner"><img src="/images/banner_zt.jpg"></div>
<div class="list-main">
<div class="list-left"><div class="lm-name">吴江要闻</div>{c.link_list(host, 8, "lm-links")}</div>
<div class="list-right">
<div class="dqwz">当前位置: <a href="../index.htm">首页</a> &gt;&gt; <a href="../wjyw.htm">吴江要闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div align="center" class="titlestyle12870">{esc(a.title)}</div>
<div align="center" class="info-bar"><span class="timestyle12870">{a.day}&nbsp;</span><span class="authorstyle12870">{esc(a.source)}&nbsp;</span>
<span>点击数：<script>_showDynClicks("wbnews", 1722389012, {n}4412)</script></span></div>
<div id="vsb_content"><div class="v_news_content">
{render(a, p='<p class="vsbcontent_start">{}</p>' if False else '<p style="text-indent:2em;line-height:1.75">{}</p>')}
</div></div>
<div id="div_vote_id"></div>
<div class="sxt"><p>上一条：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>下一条：<a href="{c.url(host)}">{esc(c.headline())}</a></p></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</form>
</div></div>
<div class="footer"><p>吴江区融媒体中心主办　投稿邮箱：wjxw@example.cn</p><p>Copyright © 2024 吴江新闻网 All Rights Reserved. 苏ICP备06012345号</p></div>
</body></html>""",
        f"https://{host}/info/1022/{n}4412.htm",
        when(a),
    )


def multipage(a: UArticle, n: int) -> Page:
    """A city portal article over three pages: page 1, with 共3页 and 全文阅读 pager, 标签 links."""
    c = Chrome(6300 + n)
    host = "news.2500sz.example.cn"
    first = a.lines[:2]
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}(1/3) - 苏州新闻 - 城市网</title>
{c.style(4)}{c.script("pageConfig", esc(a.title), 7)}
</head><body>
<div class="site-top"><span>{HEADER_DAY_CN}</span><a>设为首页</a><a>加入收藏</a><a>手机版</a></div>
<div class="site-nav">{c.mega_nav(host, groups=4, per_group=18, cls="nav-inner")}</div>
<div class="wrap"><div class="col-main">
<div class="art-hd"><h1 class="art-title">{esc(a.title)}</h1>
<div class="art-meta">{when(a)}:45 | 来源：{esc(a.source)} | 作者：{esc(a.author)} | 编辑：<span class="editor"></span> | <a class="cmt-cnt">{c.rng.randint(2, 90)}条评论</a></div></div>
<div class="art-bd">
{render(a, lines=first)}
</div>
<div class="art-pages">共3页：<span>上一页</span> <b>1</b> <a href="_2.html">2</a> <a href="_3.html">3</a> <a href="_2.html">下一页</a> <a href="_all.html">全文阅读</a></div>
<div class="art-tags">标签：<a>无障碍</a> <a>社区</a> <a>残疾人</a></div>
<div class="art-cmt">{c.comments(6, cls="cmt-items")}</div>
{c.teasers(host, "相关新闻", 6, cls="rel-news")}
</div>
<div class="col-side">{c.hot_list(host, "热门排行", 10, cls="side-hot")}{c.hot_list(host, "图片新闻", 5, cls="side-pic")}</div>
</div>
<div class="site-foot"><p>城市网 版权所有 Copyright 2008-2024 苏ICP备08112233号</p><p>违法和不良信息举报电话：0512-12345678</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}66123.html",
        when(a),
        paragraphs=gold_of(first, a),
    )


def amp(a: UArticle, n: int) -> Page:
    """An AMP page: amp-img, amp-custom style, the time only in JSON-LD, a byline without a date."""
    c = Chrome(6400 + n)
    host = "amp.ntrb.example.cn"
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": f"{a.day}T{a.clock}:00+08:00",
            "dateModified": "2024-06-02T10:12:00+08:00",
            "author": {"@type": "Person", "name": a.author},
            "publisher": {"@type": "Organization", "name": a.source},
        },
        ensure_ascii=False,
    )
    related = "".join(
        f'<li><a href="{c.url(host)}"><amp-img src="//img.{host}/{i}.jpg" width="120" height="80" layout="fixed"></amp-img><span>{esc(c.headline())}</span></a></li>'
        for i in range(6)
    )
    return Page(
        f"""<!doctype html><html ⚡ lang="zh-CN"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(a.title)} | 南通日报</title>
<link rel="canonical" href="https://www.ntrb.example.cn/pl/{n}3321.html">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{c.style(14)[7:-8]}</style>
</head><body>
<header class="amp-header"><a href="/"><amp-img src="/logo.png" width="120" height="30" alt="南通日报"></amp-img></a><a class="amp-menu">频道</a></header>
<amp-sidebar id="sidebar" layout="nodisplay"><ul>{"".join(f"<li><a>{x}</a></li>" for x in ["首页", "要闻", "评论", "社会", "文化", "视频"])}</ul></amp-sidebar>
<main>
<article class="amp-article">
<div class="amp-kicker">江海评论</div>
<h1 class="amp-title">{esc(a.title)}</h1>
<div class="amp-byline"><span>{esc(a.source)}</span> <span>{esc(a.author)}</span></div>
<amp-img src="//img.{host}/cover.jpg" width="750" height="420" layout="responsive"></amp-img>
<div class="amp-body">
{render(a)}
</div>
<amp-social-share type="wechat"></amp-social-share><amp-social-share type="weibo"></amp-social-share>
</article>
<section class="amp-related"><h2>相关阅读</h2><ul>{related}</ul></section>
</main>
<footer class="amp-footer"><p>南通日报社 版权所有 未经授权不得转载</p><p>苏ICP备05001122号</p></footer>
</body></html>""",
        f"https://{host}/pl/{n}3321.amp.html",
        when(a),
    )


def video(a: UArticle, n: int) -> Page:
    """A TV station's 视频 page: player with placeholders, 视频简介 as the text, durations in lists."""
    c = Chrome(6500 + n)
    host = "www.kansz.example.cn"

    def clips(count: int, cls: str, title: str) -> str:
        items = "".join(
            f'<li><a href="{c.url(host)}"><img src="//img.{host}/v/{i}.jpg"><span class="dur">{c.rng.randint(0, 9):02d}:{c.rng.randint(0, 59):02d}</span></a>'
            f'<p class="t"><a href="{c.url(host)}">{esc(c.headline())}</a></p><p class="n">{c.rng.randint(1, 99)}.{c.rng.randint(0, 9)}万次播放</p></li>'
            for i in range(count)
        )
        return f'<div class="{cls}"><div class="hd">{title}</div><ul>{items}</ul></div>'

    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_看苏州</title>
<meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(4)}{c.script("playerConfig", esc(a.title), 8)}
</head><body class="video-detail">
<div class="v-top">{c.mega_nav(host, groups=2, per_group=16, cls="v-nav")}</div>
<div class="v-main">
<div class="v-player"><video id="player" poster="//img.{host}/poster/{n}.jpg" controls>
<source src="//vod.{host}/{n}.mp4" type="video/mp4">您的浏览器不支持 video 标签。</video>
<div class="vjs-loading-spinner">视频加载中...</div><div class="vjs-control-bar"><span>00:00</span> / <span>01:46</span><button>播放</button><button>全屏</button></div></div>
<div class="v-info"><h1 class="v-title">{esc(a.title)}</h1>
<div class="v-meta"><span>{when(a)}</span><span>来源：{esc(a.source)}</span><span>{c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}万次播放</span></div>
<div class="v-desc"><div class="v-desc-hd">视频简介</div>
{render(a)}
<a class="v-more">展开</a></div>
<div class="v-op"><span>点赞 {c.rng.randint(10, 999)}</span><span>收藏</span><span>分享</span></div></div>
{clips(8, "v-relate", "相关视频")}
</div>
<div class="v-side">{clips(6, "v-hot", "热门视频")}</div>
<div class="v-foot"><p>苏州市广播电视总台 版权所有</p><p>信息网络传播视听节目许可证：1003012 苏ICP备11012345号</p></div>
</body></html>""",
        f"https://{host}/video/{a.day.replace('-', '')}/{n}5566.shtml",
        when(a),
    )


# ---------------------------------------------------------------- batch 3


def xinhua(a: UArticle, n: int) -> Page:
    """新华网 layout: the time split over year, month/day and clock spans above the headline, 【纠错】."""
    c = Chrome(7100 + n)
    host = "www.js.news.example.cn"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-新华网</title>
<meta name="keywords" content="养老机构,消防安全"><meta name="description" content="{esc(a.title)}---{esc(a.lines[0][:50])}">
{c.style(4)}{c.script("xhConfig", esc(a.title), 8)}
</head><body>
<div class="header"><div class="nav-top"><a>新华网</a><a>客户端</a><a>English</a><a>登录</a></div>{c.mega_nav(host, groups=3, per_group=20, cls="nav-wrap")}</div>
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {a.clock}:35</span></div>
<div class="source"> 来源：新华网 </div>
<div class="head-line clearfix"><h1><span class="title"> {esc(a.title)} </span><span class="btn-audio"></span></h1>
<div class="pageShare"><div class="setFont">字体：<span class="bigger">+</span><span class="smaller">-</span></div><div class="share">分享到：<a>微信</a><a>微博</a></div></div></div>
</div>
<div class="main clearfix"><div class="main-left left" id="detail">
<div id="detailContent">
{render(a, p="<p>　　{}</p>")}
</div>
<div id="articleEdit"><span class="tiyi1"><a href="#" class="advise">【纠错】</a></span><span class="editor">【责任编辑:孟凡】</span></div>
<div class="columBox xhgj"><div class="col-tit"><span>相关新闻</span></div>{c.teasers(host, "", 5, cls="dataList")}</div>
</div>
<div class="main-right right">{c.hot_list(host, "热点推荐", 10, cls="rank-list")}{c.hot_list(host, "视频", 4, cls="video-list")}</div></div>
<div class="foot"><p><a>新华网简介</a> | <a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>新华网招聘</a></p><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有：新华通讯社</p></div>
</body></html>""",
        f"http://{host}/{y}{m}{d}/{n}a8f3c2e9b1d04/c.html",
        when(a),
    )


def discuz(a: UArticle, n: int) -> Page:
    """A Discuz! forum thread: the first post is the article (<br> paragraphs, 本帖最后由…编辑), replies under it."""
    c = Chrome(7200 + n)
    host = "bbs.qinhuai.example.cn"
    y, m, d = (int(x) for x in a.day.split("-"))
    text = "<br />\r\n".join(esc(line) for line in a.paragraphs)
    edited = (
        f'<i class="pstatus"> 本帖最后由 秦淮小编 于 {y}-{m}-{d} 10:31 编辑 </i><br /><br />\r\n'
    )

    def post(pid: int, user: str, stamp: str, body: str, floor: str) -> str:
        return (
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a class="xw1">{user}</a></div></div>'
            f'<div class="avatar"><img src="/uc_server/avatar.php?uid={pid}"></div><dl class="pil cl"><dt>积分</dt><dd>{c.rng.randint(10, 9000)}</dd><dt>帖子</dt><dd>{c.rng.randint(1, 900)}</dd></dl></td>'
            f'<td class="plc"><div class="pi"><strong><a>{floor}</a></strong><div class="pti"><div class="authi"><em id="authorposton{pid}">发表于 {stamp}</em>'
            f'<span class="pipe">|</span><a>只看该作者</a></div></div></div>'
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\r\n{body}</td></tr></table></div></div></div>'
            f'<div class="po"><a>回复</a><a>支持</a><a>反对</a><a>举报</a></div></td></tr></table></div>'
        )

    replies = "".join(
        post(
            100 + i,
            c.rng.choice(["金陵老王", "秦淮居民", "夫子庙小李", "路过的"]),
            f"{y}-{m}-{d} {9 + i}:{c.rng.randint(10, 59)}",
            esc(
                c.rng.choice(
                    [
                        "支持！我们小区也想这么弄。",
                        "错时停车这个办法好，希望推广。",
                        "每月100元还算合理，点赞议事会。",
                        "请问其他小区怎么申请？",
                    ]
                )
            ),
            floor,
        )
        for i, floor in enumerate(["沙发", "板凳", "地板", "5#", "6#"])
    )
    return Page(
        f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - 秦淮论坛 - 南京社区 -  Powered by Discuz!</title>
<meta name="keywords" content="{esc(a.title)}" /><meta name="generator" content="Discuz! X3.4" />
{c.style(5)}{c.script("discuz_uid", "0", 8)}
</head><body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="y"><a>设为首页</a><a>收藏本站</a></div><div class="z"><a>登录</a><a>立即注册</a></div></div>
<div id="hd"><div class="hdc cl"><h2><a href="/"><img src="static/image/common/logo.png" alt="南京社区" /></a></h2></div>
<div id="nv">{c.mega_nav(host, groups=1, per_group=12, cls="nv-list")}</div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">南京社区</a> <em>&rsaquo;</em> <a>论坛</a> <em>&rsaquo;</em> <a>秦淮论坛</a> <em>&rsaquo;</em> <a>{esc(a.title)}</a></div></div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl"><span class="pgb y"><a>返回列表</a></span><a id="newspecial">发帖</a><a id="post_reply">回复</a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{c.rng.randint(1000, 9999)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">5</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(a.title)}</span></h1><span class="xg1"><a>[复制链接]</a></span></td></tr></table>
{post(1, "秦淮发布", f"{y}-{m}-{d} {a.clock}", edited + text, "楼主")}
{replies}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a>2</a><a class="nxt">下一页</a></div><span class="pgb y"><a>返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><textarea name="message" id="fastpostmessage"></textarea><p>您需要登录后才可以回帖 <a>登录</a> | <a>立即注册</a></p></div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a>Archiver</a><span class="pipe">|</span><a>手机版</a><span class="pipe">|</span><a>小黑屋</a><span class="pipe">|</span><strong><a>南京社区</a></strong> ( 苏ICP备12009876号 )</p></div>
<div id="frt"><p>Powered by <strong><a>Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a>Comsenz Inc.</a></p></div></div>
</body></html>""",
        f"https://{host}/thread-{n}88123-1-1.html",
        when(a),
    )


def dedecms_gbk(a: UArticle, n: int) -> Page:
    """An NGO site on DedeCMS in GB2312: 时间:… 来源:未知 作者:admin 点击:, the body in a table, 上一篇/下一篇."""
    c = Chrome(7300 + n)
    host = "www.czzyz.example.org"
    body = render(a, p="<p>　　{}</p>")
    return Page(
        f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(a.title)}_机构动态_常州市志愿者协会</title>
<meta name="keywords" content="志愿者,非遗" /><meta name="description" content="{esc(a.lines[0][:60])}" />
{c.style(6)}{c.script("dedeAjax", "机构动态", 6)}
</head><body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/">常州市志愿者协会</a></h2></div>
<div class="banner"><img src="/templets/default/images/banner.jpg" /></div></div>
<div class="nav w960 center"><ul>{"".join(f'<li><a href="/{x}/">{x}</a></li>' for x in ["网站首页", "协会简介", "机构动态", "志愿项目", "志愿者风采", "政策法规", "联系我们"])}</ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/jgdt/'>机构动态</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info"><small>时间:</small>{a.day} {a.clock}<small>来源:</small>未知 <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&aid={n}213&mid=1" type='text/javascript' language="javascript"></script> 次</div>
<div class="intro">{esc(a.lines[0][:60])}</div>
<div class="content"><table width='100%'><tr><td>
{body}
(责任编辑：{esc(a.editor)})</td></tr></table></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/jgdt/{n}212.html'>{esc(c.headline())}</a> </li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={n}213" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={n}213" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={n}213" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
<div class="feedback"><dl class="tbox"><dt><strong>发表评论</strong></dt><dd><textarea></textarea><p>评价: 中立 好评 差评</p></dd></dl><p>表情: 验证码:</p></div>
</div>
<div class="pright">
<div class="commend"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd>{c.link_list(host, 8, "d4")}</dd></dl></div>
<div class="hot"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd>{c.link_list(host, 10, "c1")}</dd></dl></div>
</div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)--国内最专业的PHP网站管理系统，轻松建站的首选利器。" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2024 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /></p>
<div class="copyright">Copyright &copy; 2013-2024 常州市志愿者协会 版权所有 苏ICP备13012345号</div></div></div>
</body></html>""",
        f"http://{host}/jgdt/{n}213.html",
        when(a),
        encoding="gb18030",
    )


def zhihu(a: UArticle, n: int) -> Page:
    """A 知乎专栏 post: hashed css classes, the time AFTER the text (发布于 … ・IP 属地), 赞同 bar, comments."""
    c = Chrome(7400 + n)
    host = "zhuanlan.zhihu.example.com"
    cards = "".join(
        f'<div class="PostItem"><a href="{c.url(host)}"><h3 class="PostItem-title">{esc(c.headline())}</h3></a><p class="PostItem-summary">{esc(c.summary())}</p></div>'
        for _ in range(6)
    )
    return Page(
        f"""<!doctype html><html lang="zh" data-hairline="true"><head><meta charset="utf-8">
<title>{esc(a.title)} - 知乎</title>
<meta name="description" property="og:description" content="{esc(a.lines[0][:80])}">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="知乎专栏">
{c.style(6)}{c.script("js-initialData", esc(a.title), 10)}
</head><body>
<div id="root"><div class="App"><header class="AppHeader css-1x8hcdw"><div class="AppHeader-inner"><a>首页</a><a>知乎直答</a><input placeholder="搜索"><button>提问</button></div></header>
<main class="App-main" role="main"><div class="Post-content"><article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header"><h1 class="Post-Title">{esc(a.title)}</h1>
<div class="Post-Author"><div class="AuthorInfo"><img class="Avatar" src="/av.jpg"><div class="AuthorInfo-content"><div class="AuthorInfo-name"><a>{esc(a.source)}</a></div>
<div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText css-14ur8a8">{esc(a.source)}官方账号</div></div></div></div>
<button class="FollowButton">关注</button></div>
<div class="css-1v8ylqk"><span>{c.rng.randint(10, 900)} 人赞同了该文章</span></div></header>
<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1yl4z4g" options="[object Object]">
{render(a, p=f'<p data-pid="p{n}">{{}}</p>')}
</div></div></div>
<div class="ContentItem-time">发布于 {when(a)}・IP 属地江苏</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Tag-topicsAndReviewer"><a class="TopicLink">人工智能</a><a class="TopicLink">政务服务</a></div></div>
<div class="ContentItem-actions Sticky RichContent-actions is-bottom"><button class="VoteButton VoteButton--up">赞同 {c.rng.randint(10, 900)}</button><button>添加评论</button><button>分享</button><button>喜欢</button><button>收藏</button><button>申请转载</button></div>
</article>
<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentsHeader">{c.rng.randint(5, 60)} 条评论</div>{c.comments(6, cls="CommentListV2")}</div>
<div class="Recommendations-Main"><h3 class="BlockTitle">推荐阅读</h3>{cards}</div></div>
</div></main></div></div>
</body></html>""",
        f"https://{host}/p/6{n}8123456789",
        when(a),
    )


def weibo(a: UArticle, n: int) -> Page:
    """A 微博 headline article: time in the author line, 阅读 10万+, comments timed year-less (6月30日 13:05)."""
    c = Chrome(7500 + n)
    host = "weibo.example.com"
    y, m, d = a.day.split("-")
    cmts = "".join(
        f'<div class="list_li S_line1 clearfix"><div class="WB_face W_fl"><img src="/av{i}.jpg"></div><div class="list_con"><div class="WB_text"><a>{c.rng.choice(["泰州吃货", "凤城河畔", "用户589012", "小陈在泰州"])}</a>：{esc(c.rng.choice(["注意安全，辛苦一线的同志们！", "又下雨了，出门带伞。", "转发提醒家人，低洼地区注意。", "希望今年平安度汛。"]))}</div>'
        f'<div class="WB_func clearfix"><div class="WB_from S_txt2">{int(m)}月{int(d)}日 {12 + i // 3}:{c.rng.randint(31, 59)}</div><ul><li>回复</li><li>赞 {c.rng.randint(1, 99)}</li></ul></div></div></div>'
        for i in range(7)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("$CONFIG", "weibo", 10)}
</head><body class="WB_article">
<div class="WB_global_nav">{c.mega_nav(host, groups=1, per_group=10, cls="gn_nav_list")}<div class="gn_search"><input placeholder="大家都在搜"></div></div>
<div class="WB_artical"><div class="main_toppic"><div class="title" node-type="articleTitle">{esc(a.title)}</div>
<div class="art_info"><em class="W_autocut"><a class="S_txt1">{esc(a.source)}</a></em><span class="time">{a.day} {a.clock}</span><span class="num">阅读 10万+</span></div></div>
<div class="WB_editor_iframe_new" node-type="contentBody">
{render(a)}
</div>
<div class="DCI_v2 clearfix"><div class="W_tag">#泰州防汛#</div></div>
<div class="WB_feed_handle"><ul><li>收藏</li><li>转发 {c.rng.randint(10, 300)}</li><li>评论 {c.rng.randint(10, 300)}</li><li>赞 {c.rng.randint(10, 900)}</li></ul></div>
<div class="WB_feed_repeat"><div class="WB_repeat"><textarea></textarea><a>评论</a></div><div class="list_box">{cmts}</div><a class="WB_cardmore">查看更多评论</a></div>
</div>
<div class="WB_footer"><p>微博客服 | 意见反馈 | 舞弊举报 | 开放平台 | 微博招聘</p><p>京ICP证100780号 Copyright © 2009-2024 WEIBO</p></div>
</body></html>""",
        f"https://{host}/ttarticle/p/show?id=2309{n}04987654321{y}{m}{d}",
        when(a),
    )


# ---------------------------------------------------------------- batch 4


def reprint(a: UArticle, n: int) -> Page:
    """A portal reprint: 原标题： line without brackets, 本文来源 and 责任编辑 under the text, 举报 bar."""
    c = Chrome(8100 + n)
    host = "news.dongfang.example.com"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_东方资讯</title>
<meta name="keywords" content="空气质量,PM2.5"><meta name="description" content="{esc(a.lines[0][:70])}">
{c.style(4)}{c.script("newsInfo", esc(a.title), 8)}
</head><body>
<div class="gg-top"><span>{HEADER_DAY_CN}</span><a>登录</a><a>注册</a></div>
<div class="gg-nav">{c.mega_nav(host, groups=4, per_group=22, cls="gg-nav-list")}</div>
<div class="detail-wrap"><div class="detail-left">
<div class="detail-crumb"><a>首页</a> &gt; <a>国内</a> &gt; 正文</div>
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-meta"><span class="detail-time">{y}-{m}-{d} {a.clock}:08</span><span class="detail-src">来源：{esc(a.source)}</span><a class="detail-report">举报</a></div>
<div class="detail-body" id="chan_newsDetail">
<p>原标题：{esc(a.title.split(" ")[0])}</p>
{render(a)}
<p class="detail-from">本文来源：{esc(a.source)}</p>
<p class="detail-editor">责任编辑：周航</p>
</div>
<div class="detail-op"><a>点赞 {c.rng.randint(1, 99)}</a><a>收藏</a><a>分享到微信</a></div>
{c.teasers(host, "相关推荐", 8, cls="detail-rec", tag="div")}
<div class="detail-cmt"><div class="cmt-hd">网友评论</div>{c.comments(6, cls="cmt-bd")}</div>
</div>
<div class="detail-right">{c.hot_list(host, "24小时排行", 10, cls="rank-box")}{c.hot_list(host, "热门视频", 6, cls="video-box")}</div></div>
<div class="gg-footer"><p>东方资讯 版权所有 未经授权禁止复制</p><p>沪ICP备10001234号 互联网新闻信息服务许可证：31120170009</p></div>
</body></html>""",
        f"https://{host}/a/{y}{m}{d}{n}4412.html",
        when(a),
    )


def print_page(a: UArticle, n: int) -> Page:
    """The 打印 view of a government article: site CSS inline, the body with its table, 关闭 buttons."""
    c = Chrome(8200 + n)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>打印页面 - {esc(a.title)}</title>
{c.style(14)}{c.script("printTool", "打印", 4)}
</head><body onload="window.print()">
<div class="print-bar"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="print-wrap">
<div class="print-title">{esc(a.title)}</div>
<div class="print-info">发布时间：{a.day} {a.clock}:00　信息来源：{esc(a.source)}　作者：{esc(a.author)}</div>
<div class="print-content">
{render(a, p='<p style="text-indent:2em">{}</p>', table='<table class="MsoNormalTable" border="1" cellspacing="0" style="border-collapse:collapse">{}</table>', cell='<td valign="top" style="border:solid windowtext 1.0pt"><p class="MsoNormal" align="center"><span lang="EN-US" style="font-size:10.5pt">{}</span></p></td>')}
</div>
<div class="print-foot">本页地址：https://www.wuxi.gov.cn/doc/{a.day.replace("-", "/")}/{n}4451.shtml</div>
</div>
<div class="print-bar"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</body></html>""",
        f"https://www.wuxi.gov.cn/print/{n}4451.shtml",
        when(a),
    )


def policy_reading(a: UArticle, n: int) -> Page:
    """A 政策解读 page on a 集约化 platform: 解读类型, 相关文件 links, questions in bold, 附件 and 扫码."""
    c = Chrome(8300 + n)
    host = "mzt.js.example.gov.cn"
    body = []
    for line in a.lines:
        if line.startswith("问："):
            body.append(f'<p style="text-indent:2em"><strong>{esc(line)}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em">{esc(line)}</p>')
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} 江苏省民政厅</title>
<meta name="SiteName" content="江苏省民政厅"><meta name="ColumnName" content="政策解读"><meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day} {a.clock}"><meta name="ContentSource" content="{esc(a.source)}">
{c.style(4)}{c.script("jiedu", "政策解读", 5)}
</head><body>
<div class="topbar"><span>{HEADER_DAY_CN}</span><a>无障碍</a><a>关怀版</a><a>English</a></div>
<div class="head"><img src="/images/logo.png" alt="江苏省民政厅"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-items")}</div>
<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策解读</a></div>
<div class="jd-main">
<h1 class="jd-title">{esc(a.title)}</h1>
<div class="jd-info"><span>发布时间：{a.day} {a.clock}</span><span>来源：{esc(a.source)}</span><span>解读类型：文字解读</span><span class="jd-font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="jd-file">相关文件：<a href="/zcfg/{n}123.html">《慈善组织公开募捐管理办法》</a></div>
<div class="jd-content">
{"".join(body)}
</div>
<div class="jd-bottom"><a>【打印本页】</a><a>【关闭窗口】</a><span>分享到：</span><a>微信</a><a>微博</a></div>
<div class="jd-xgjd"><div class="hd">相关解读</div>{c.link_list(host, 6, "xgjd-list")}</div>
</div>
{GOV_FOOTER.format(org="江苏省民政厅", tech="江苏省大数据管理中心", code="3200000041", icp="05005678", ga="32010202010101")}
</body></html>""",
        f"https://{host}/art/{a.day.replace('-', '/')}/art_{n}8812_1234567.html",
        when(a),
    )


def gongshi(a: UArticle, n: int) -> Page:
    """A 公示 whose body is mostly a Word-pasted table (MsoNormalTable), 落款 on the right, 发布日期 only."""
    c = Chrome(8400 + n)
    host = "mzj.suzhou.example.gov.cn"
    body = render(
        a,
        p='<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{}</span></p>',
        table='<div align="center"><table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">{}</table></div>',
        cell='<td width="200" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:12.0pt;font-family:仿宋_GB2312">{}</span></p></td>',
    )
    related = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span>{a.day[:4]}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}</span></li>'
        for _ in range(8)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州市民政局</title>
<meta name="ColumnName" content="公示公告"><meta name="PubDate" content="{a.day} 00:00">
{c.style(4)}{c.script("gsgg", "公示公告", 6)}
</head><body>
<div class="top"><img src="/images/mzj.png" alt="苏州市民政局"><span>{HEADER_DAY_CN}</span></div>
<div class="menu">{c.mega_nav(host, groups=2, per_group=14, cls="menu-ul")}</div>
<div class="crumbs">您现在所在的位置：<a>首页</a> &gt; <a>公示公告</a></div>
<div class="article-box">
<h2 class="article-title">{esc(a.title)}</h2>
<div class="article-attr"><span>发布日期：{a.day}</span><span>来源：{esc(a.source)}</span><span>访问量：<b>{c.rng.randint(100, 900)}</b></span></div>
<div class="article-con">
<div class="WordSection1">
{body}
</div></div>
<div class="article-tools"><a>【打印】</a><a>【关闭】</a></div>
</div>
<div class="rel-box"><div class="rel-hd">最新公示公告</div><ul>{related}</ul></div>
{GOV_FOOTER.format(org="苏州市民政局", tech="苏州市大数据集团", code="3205000066", icp="05006789", ga="32050802010666")}
</body></html>""",
        f"https://{host}/szmzj/gsgg/{a.day[:7].replace('-', '')}/{n}a1b2c3d4e5.shtml",
        a.day,
    )


def litchi(a: UArticle, n: int) -> Page:
    """A provincial news app's share page: 听新闻 player, 记者｜编辑｜ lines, 编者按 in a box, open-app prompts."""
    c = Chrome(8500 + n)
    host = "share.litchi.example.cn"
    note = next((line[6:] for line in a.lines if line.startswith("[note]")), "")
    rest = tuple(line for line in a.lines if not line.startswith("[note]"))
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="荔枝新闻">
{c.style(5)}{c.script("shareData", esc(a.title), 8)}
</head><body>
<div class="app-banner"><img src="/lz.png"><div><p>荔枝新闻</p><p>江苏广电官方新闻客户端</p></div><a>打开</a></div>
<div class="detail">
<div class="detail-title">{esc(a.title)}</div>
<div class="detail-source"><span>{esc(a.source)}</span><span class="dot">·</span><span>{when(a)}</span></div>
<div class="audio-box"><span class="audio-tip">听新闻</span><span class="audio-time">00:00 / 03:{c.rng.randint(10, 59)}</span></div>
<div class="editor-note"><p>{esc(note)}</p></div>
<div class="detail-content">
<p>记者｜{esc(a.author)}</p>
{render(a, lines=rest, cap='<p style="text-align:center"><img src="//img.{host}/{n}.jpg"></p><p class="img-desc">{{}}</p>'.replace("{host}", host).replace("{{}}", "{}"))}
<p>编辑｜{esc(a.editor)}　审核｜王建军</p>
</div>
<div class="detail-statement">本文为荔枝新闻原创，未经授权不得转载</div>
<div class="detail-like"><span>赞 {c.rng.randint(10, 500)}</span><span>分享</span></div>
</div>
<div class="more-news"><div class="more-hd">更多新闻</div>{c.teasers(host, "", 8, cls="more-list", tag="div")}</div>
<div class="open-app-fixed"><a>打开荔枝新闻，阅读更多精彩内容</a></div>
</body></html>""",
        f"https://{host}/news/detail/{n}9{a.day.replace('-', '')}.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 5


def sina_blog(a: UArticle, n: int) -> Page:
    """新浪博客: (2024-05-28 06:00:00) in brackets, 标签/分类 rows, 阅读┆评论┆收藏 bar, 博主 sidebar."""
    c = Chrome(9100 + n)
    host = "blog.sina.example.com.cn"
    archive = "".join(
        f"<li><a>{y}年{m:02d}月</a>（{c.rng.randint(1, 30)}）</li>"
        for y in (2024, 2023)
        for m in range(12, 0, -2)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_{esc(a.author)}_新浪博客</title>
<meta name="keywords" content="{esc(a.title)},社区,社会组织">
{c.style(5)}{c.script("$config", esc(a.title), 9)}
</head><body>
<div class="sinatopbar"><a>新浪首页</a><a>博客</a><a>登录</a><a>注册</a></div>
<div class="sinablogHead"><h1 id="blogname"><a><span>{esc(a.author)}的博客</span></a></h1><div class="blognav"><a>首页</a><a>博文目录</a><a>图片</a><a>关于我</a></div></div>
<div class="sinablogbody">
<div class="SG_colW21 SG_colFirst"><div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div>
<div class="SG_connBody"><div class="info_img"><img src="/p.jpg"></div><div class="info_nm"><strong>{esc(a.author)}</strong></div><div class="info_list"><ul><li>博客等级：{c.rng.randint(10, 40)}</li><li>博客积分：{c.rng.randint(100, 9000)}</li><li>博客访问：{c.rng.randint(10000, 900000)}</li><li>关注人气：{c.rng.randint(10, 900)}</li></ul></div></div></div>
<div class="SG_conn"><div class="SG_connHead"><span class="title">博文归档</span></div><div class="SG_connBody"><ul>{archive}</ul></div></div></div>
<div class="SG_colW73"><div class="SG_conn articalTitle"><div class="articalTitle"><h2 id="t_{n}4f8a" class="titName SG_txta">{esc(a.title)}</h2><span class="time SG_txtc">({a.day} {a.clock}:00)</span>
<div class="turnBoxzz"><a class="SG_aBtn SG_aBtn_ico SG_turn">转载</a></div></div>
<div class="articalTag" id="sina_keyword_ad_area"><table><tr><td class="blog_tag"><h3>标签：</h3><a>社区</a><a>社会组织</a><a>基层治理</a></td>
<td class="blog_class"><h3>分类：</h3><a>时评</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent   newfont_family">
{render(a, p="<p>　　{}</p>")}
</div>
<div class="shareUp"><div class="IL"><span class="SG_txtb">阅读</span><span>(<span id="r_{n}">{c.rng.randint(100, 9999)}</span>)</span><em class="SG_txtb">┆</em><span>评论</span> (<span>{c.rng.randint(0, 20)}</span>)<em class="SG_txtb">┆</em><span>收藏</span>(<span>0</span>)<em class="SG_txtb">┆</em><span>转载</span>(<span>0</span>)<em class="SG_txtb">┆</em><span>喜欢▼</span><em class="SG_txtb">┆</em><a>打印</a><em class="SG_txtb">┆</em><a>举报</a></div></div>
<div class="articalfrontback SG_j_linedot1 clearfix"><div><span class="SG_txtb">前一篇：</span><a>{esc(c.headline())}</a></div><div><span class="SG_txtb">后一篇：</span><a>{esc(c.headline())}</a></div></div>
<div class="writecomm"><div class="allComm"><span>评论</span><span>重要提示：警惕虚假中奖信息</span></div>{c.comments(5, cls="commentlist")}<p>[发评论]</p></div>
</div></div></div>
<div class="sinablogfooter"><p>新浪BLOG意见反馈留言板　电话：4000520066　提示音后按1键（按当地市话标准计费）</p><p>Copyright © 1996 - 2024 SINA Corporation, All Rights Reserved</p></div>
</body></html>""",
        f"http://{host}/s/blog_{n}a8f7e60102zx{a.day[2:4]}.html",
        when(a),
    )


def dual_body(a: UArticle, n: int) -> Page:
    """A responsive CMS writing the article twice: the desktop body and a hidden mobile copy."""
    c = Chrome(9200 + n)
    host = "www.yznews.example.cn"
    body = render(a)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_扬州新闻网</title>
<meta name="publishdate" content="{a.day}"><meta name="source" content="{esc(a.source)}">
{c.style(4)}{c.script("yzConfig", esc(a.title), 7)}
</head><body>
<div class="pc-only"><div class="yz-top">{c.mega_nav(host, groups=3, per_group=16, cls="yz-nav")}</div></div>
<div class="yz-main">
<div class="pc-only pc-article">
<h1 class="pc-title">{esc(a.title)}</h1>
<div class="pc-info">{a.day} {a.clock}　来源：{esc(a.source)}</div>
<div class="pc-text">
{body}
</div>
<div class="pc-edit">（编辑：朱玲）</div>
</div>
<div class="m-only m-article" style="display:none">
<div class="m-title">{esc(a.title)}</div>
<div class="m-info">{esc(a.source)} {a.day[5:]} {a.clock}</div>
<div class="m-text">
{body}
</div></div>
{c.teasers(host, "扬州新闻", 6, cls="yz-more")}
{c.hot_list(host, "点击排行", 10, cls="yz-rank")}
</div>
<div class="yz-foot"><p>扬州报业传媒集团 版权所有</p><p>苏ICP备06001234号 扬州新闻网</p></div>
</body></html>""",
        f"https://{host}/zhxw/{a.day.replace('-', '')}/{n}13572.html",
        when(a),
    )


def extended(a: UArticle, n: int) -> Page:
    """A provincial paper's page: 链接 note box inside the article and 延伸阅读 of a whole other story."""
    c = Chrome(9300 + n)
    host = "www.xhby.example.net"
    other = (
        "长三角社会组织协同发展的三年",
        "三年来，两区一县民政部门共同举办社会组织负责人培训班12期，培训骨干1500余人次，联合开展公益项目40余个，项目资金超过2000万元。",
        "下一步，三地将探索建立社会组织跨区域登记备案互认机制，推动更多公益资源在示范区内流动。",
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 新华报业网</title>
{c.style(4)}{c.script("xhby", esc(a.title), 7)}
</head><body>
<div class="top-nav">{c.mega_nav(host, groups=3, per_group=18, cls="top-nav-ul")}</div>
<div class="crumb">新华报业网 &gt; 江苏 &gt; 正文</div>
<div class="art-left">
<div class="art-title"><h2>{esc(a.title)}</h2></div>
<div class="art-info"><span>{a.day.replace("-", "/")}</span><span>新华日报</span></div>
<div class="art-text">
{render(a)}
<div class="link-box" style="border:1px solid #ddd"><p><strong>延伸阅读</strong></p><p><strong>{esc(other[0])}</strong></p><p>{esc(other[1])}</p><p>{esc(other[2])}</p></div>
</div>
<div class="art-editor">责任编辑：李然</div>
{c.teasers(host, "相关新闻", 6, cls="art-rel")}
</div>
<div class="art-right">{c.hot_list(host, "要闻", 10, cls="yw-list")}</div>
<div class="footer"><p>新华报业网版权所有 未经授权禁止复制</p><p>苏ICP备05003456号</p></div>
</body></html>""",
        f"https://{host}/js/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}812345.shtml",
        a.day,
    )


def dispatch(a: UArticle, n: int) -> Page:
    """A news agency dispatch on a portal: 新华社南京…电（记者…）lede, ▲ captions, 【纠错】 and （完）."""
    c = Chrome(9400 + n)
    host = "www.chinanews.example.com.cn"
    y, m, d = (int(x) for x in a.day.split("-"))
    lede = f"新华社南京{m}月{d}日电（记者{a.author}）"
    lines = (lede + a.lines[0], *a.lines[1:])
    body = render(a, lines=lines, p="<p>　　{}</p>")
    cap = "▲工业园区湖西社区单元楼门口新修的无障碍坡道。新华社记者 李响 摄"
    body = body.replace(
        "</p>\n",
        f'</p>\n<p style="text-align:center"><img src="//img.{host}/{n}.jpg"></p>\n<p class="pictext">{esc(cap)}</p>\n',
        1,
    )
    paragraphs = (lede + a.paragraphs[0], cap, *a.paragraphs[1:])
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-中新网</title>
<meta name="author" content="{esc(a.author)}"><meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(4)}{c.script("cnsConfig", esc(a.title), 7)}
</head><body>
<div class="cns-top">{c.mega_nav(host, groups=4, per_group=20, cls="cns-nav")}</div>
<div class="con_left">
<div class="content_left_top">中新网首页 &gt; 社会</div>
<h1 class="content_left_title">{esc(a.title)}</h1>
<div class="content_left_time">{y}年{m:02d}月{d:02d}日 {a.clock}　来源：新华社　<a>参与互动</a></div>
<div class="left_zw" style="position:relative">
{body}
<p>　　（完）</p>
</div>
<div class="adEditor"><div class="left_name"><span>【编辑:林宇】</span></div></div>
<div class="jiucuo"><a>【纠错】</a></div>
{c.teasers(host, "精彩推荐", 8, cls="cns-rec", tag="div")}
</div>
<div class="con_right">{c.hot_list(host, "即时新闻", 10, cls="jsxw")}</div>
<div class="cns-foot"><p>中新网 版权所有 未经书面授权 不得转载 | 法律顾问</p><p>[京ICP证040655号] 京公网安备11000002003042号</p></div>
</body></html>""",
        f"https://{host}/sh/{y}/{m:02d}-{d:02d}/{n}10234.shtml",
        when(a),
        paragraphs=paragraphs,
    )


def mid_links(a: UArticle, n: int) -> Page:
    """A city paper's page with 相关阅读 links and a 点击查看 prompt between the paragraphs."""
    c = Chrome(9500 + n)
    host = "www.njdaily.example.cn"
    lines = list(a.lines)
    inline = (
        f'<p class="xgyd">相关阅读：<a href="{c.url(host)}">{esc(c.headline())}</a></p>\n'
        f'<p><a href="{c.url(host)}">点击查看：南京老旧小区停车改造地图</a></p>'
    )
    half = render(a, lines=tuple(lines[:2]))
    rest = render(a, lines=tuple(lines[2:]))
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 南京日报</title>
<meta name="pubtime" content="{a.day} {a.clock}:00">
{c.style(4)}{c.script("njrb", esc(a.title), 6)}
</head><body>
<div class="nj-top"><span>{HEADER_DAY_CN}</span>{c.mega_nav(host, groups=3, per_group=15, cls="nj-nav")}</div>
<div class="nj-body">
<div class="nj-article">
<div class="nj-kicker">民生</div>
<h1>{esc(a.title)}</h1>
<div class="nj-meta">南京日报 记者 {esc(a.author)}　{a.day} {a.clock}</div>
<div class="nj-text">
{half}
{inline}
{rest}
</div>
<div class="nj-editor">编辑：{esc(a.editor)}</div>
</div>
{c.teasers(host, "推荐阅读", 6, cls="nj-rec")}
<div class="nj-side">{c.hot_list(host, "本周热读", 10, cls="nj-hot")}</div>
</div>
<div class="nj-foot"><p>南京日报社 版权所有</p><p>苏ICP备10012345号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}56781.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 6


def county_hm(a: UArticle, n: int) -> Page:
    """A county portal: 发布时间：2024年06月30日 12时30分 (时 and 分), 字号 row, 阅读次数, 相关文章."""
    c = Chrome(10100 + n)
    host = "www.taizhou.example.gov.cn"
    y, m, d = a.day.split("-")
    hh, mm = a.clock.split(":")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_泰州市人民政府</title>
{c.style(4)}{c.script("tzgov", "防汛", 6)}
</head><body>
<div class="gov-head"><div class="gov-logo"><img src="/logo.png" alt="泰州市人民政府"></div><div class="gov-date">{HEADER_DAY_CN}</div></div>
<div class="gov-nav">{c.mega_nav(host, groups=2, per_group=15, cls="gov-nav-list")}</div>
<div class="gov-path">您的位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>泰州要闻</a></div>
<div class="gov-detail">
<div class="gov-detail-tit">{esc(a.title)}</div>
<div class="gov-detail-info"><span>发布时间：{y}年{m}月{d}日 {hh}时{mm}分</span><span>信息来源：{esc(a.source)}办公室</span><span>阅读次数：{c.rng.randint(100, 9000)}</span>
<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="gov-detail-con">
{render(a, p='<p style="text-indent:2em;font-size:16px">{}</p>')}
</div>
<div class="gov-detail-foot"><a>打印本页</a> <a>关闭窗口</a></div>
<div class="gov-xgwz"><div class="hd">相关文章</div>{c.link_list(host, 6, "xgwz-list")}</div>
</div>
{GOV_FOOTER.format(org="泰州市人民政府办公室", tech="泰州市大数据管理局", code="3212000001", icp="05008765", ga="32120202000123")}
</body></html>""",
        f"https://{host}/art/{y}/{m}/{d}/art_{n}4567_2890123.html",
        when(a),
    )


def pm_clock(a: UArticle, n: int) -> Page:
    """A news app's H5 page writing the time on a 12-hour clock: 2024年4月11日 下午3:47."""
    c = Chrome(10200 + n)
    host = "h5.czwb.example.cn"
    y, m, d = (int(x) for x in a.day.split("-"))
    hh, mm = (int(x) for x in a.clock.split(":"))
    half = "下午" if hh >= 12 else "上午"
    shown = f"{y}年{m}月{d}日 {half}{hh - 12 if hh > 12 else hh}:{mm:02d}"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("__NUXT__", esc(a.title), 8)}
</head><body><div id="__nuxt"><div class="page-article">
<div class="download-bar"><img src="/czwb.png"><span>常州晚报APP 看常州新闻</span><a>下载</a></div>
<h2 class="article-h">{esc(a.title)}</h2>
<div class="article-author"><img class="avatar" src="/a.png"><div><p class="name">{esc(a.source)}</p><p class="time">{shown}</p></div><button>+关注</button></div>
<div class="article-body">
{render(a)}
</div>
<div class="article-end"><p>记者：{esc(a.author)}</p><p>编辑：{esc(a.editor)}</p></div>
<div class="like-row"><span>{c.rng.randint(1, 99)}人点赞</span></div>
<div class="rec"><div class="rec-hd">相关推荐</div>{c.teasers(host, "", 6, cls="rec-list", tag="div")}</div>
<div class="cmt"><div class="cmt-hd">评论</div>{c.comments(5, cls="cmt-list")}</div>
</div></div></body></html>""",
        f"https://{host}/article/{n}71{a.day.replace('-', '')}",
        when(a),
    )


def govcn_policy(a: UArticle, n: int) -> Page:
    """A national portal's policy news: pages-date with 来源, a list of points in the text, 【打印】【关闭】."""
    c = Chrome(10300 + n)
    host = "www.gov.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_滚动新闻_中国政府网</title>
<meta name="firstpublishedtime" content="{a.day.replace("-", "")}{a.clock.replace(":", "")}00">
<meta name="lastmodifiedtime" content="2024-08-07-10:00:00">
{c.style(4)}{c.script("govcn", "滚动新闻", 6)}
</head><body>
<div class="header">{c.mega_nav(host, groups=2, per_group=12, cls="header_nav")}</div>
<div class="BreadcrumbNav"><a>首页</a> &gt; <a>新闻</a> &gt; <a>滚动新闻</a></div>
<div class="article oneColumn pub_border">
<h1 id="ti">{esc(a.title)}</h1>
<div class="pages-date">{a.day} {a.clock}　来源： {esc(a.source)}<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">
{render(a, p="<p>　　{}</p>")}
</div>
<div class="editor">【我要纠错】 责任编辑：王宁</div>
<div class="pages_print"><a>【打印】</a><a>【关闭】</a></div>
<div class="related"><div class="hd">相关稿件</div>{c.link_list(host, 6, "related-list")}</div>
</div>
<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p><p>版权所有：中国政府网　中文域名：中国政府网.政务</p><p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body></html>""",
        f"https://{host}/lianbo/bumen/{a.day[:7].replace('-', '')}/content_{n}6967812.htm",
        when(a),
    )


def group_photo(a: UArticle, n: int) -> Page:
    """中国江苏网-like page: <title> with (组图), the headline without it, 图为 captions in blue font."""
    c = Chrome(10400 + n)
    host = "jsnews.jschina.example.com.cn"
    cap = (
        f'<p align="center"><img src="//img.{host}/{n}.jpg" border="0"></p>'
        '<p align="center"><font color="#0000ff" face="楷体_GB2312">{}</font></p>'
    )
    body = render(a, p="<p>　　{}</p>", cap=cap)
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}(组图)_江苏新闻_中国江苏网</title>
<meta property="og:title" content="{esc(a.title)}(组图)">
{c.style(4)}{c.script("jschina", "江苏新闻", 6)}
</head><body>
<table width="1000" align="center" class="top"><tr><td><a href="/"><img src="/logo.gif" alt="中国江苏网"></a></td><td>{c.mega_nav(host, groups=2, per_group=14, cls="top-links")}</td></tr></table>
<table width="1000" align="center" class="crumb"><tr><td>现在位置：</td><td><a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; 江苏新闻</td></tr></table>
<div class="main-l">
<h1 class="title">{esc(a.title)}</h1>
<div class="time">{a.day} {a.clock}:14 来源：{esc(a.source)} 作者：{esc(a.author)}</div>
<div class="article-text" id="content">
{body}
</div>
<div class="zbian">编辑：许娟</div>
{c.teasers(host, "相关新闻", 5, cls="xgxw-box")}
</div>
<div class="main-r">{c.hot_list(host, "图片新闻", 6, cls="tpxw")}{c.hot_list(host, "江苏要闻", 10, cls="jsyw")}</div>
<table width="1000" align="center"><tr><td align="center">中国江苏网版权所有　未经授权，禁止转载<br>苏ICP备09069082号</td></tr></table>
</body></html>""",
        f"https://{host}/system/{a.day.replace('-', '/')}/0{n}4488123.shtml",
        when(a),
    )


def hm_pipe(a: UArticle, n: int) -> Page:
    """A district news site: info line with pipes and an empty 作者： ("2024-09-12 | 来源：… | 作者： |")."""
    c = Chrome(10500 + n)
    host = "www.wujiang.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} | 吴江日报</title>
{c.style(5)}{c.script("wjrb", esc(a.title), 6)}
</head><body>
<div class="hd">{c.mega_nav(host, groups=3, per_group=14, cls="hd-nav")}</div>
<div class="bd"><div class="bd-l">
<div class="news-tit"><h3>{esc(a.title)}</h3></div>
<div class="news-info">{a.day} | 来源：{esc(a.source)} | 作者： | 点击：<em>{c.rng.randint(10, 999)}</em></div>
<div class="news-txt">
{render(a)}
</div>
<div class="news-share">分享到：<a>微信</a><a>QQ空间</a><a>微博</a></div>
<div class="news-prev">上一篇：<a>{esc(c.headline())}</a></div><div class="news-next">下一篇：<a>{esc(c.headline())}</a></div>
</div>
<div class="bd-r">{c.hot_list(host, "热点排行", 10, cls="rank")}{c.teasers(host, "专题", 3, cls="zt-box")}</div></div>
<div class="ft"><p>吴江日报社主办 版权所有</p><p>苏ICP备05012300号-1</p></div>
</body></html>""",
        f"https://{host}/html/{a.day[:7].replace('-', '')}/{n}9912.html",
        a.day,
    )


# ---------------------------------------------------------------- batch 7


def hk_press(a: UArticle, n: int) -> Page:
    """A Hong Kong government press release in Big5: 　　<br> paragraphs, 完, then the date and 香港時間."""
    c = Chrome(11100 + n)
    y, m, d = (int(x) for x in a.day.split("-"))
    hh, mm = a.clock.split(":")
    text = "<br><br>\n".join(f"　　{esc(line)}" for line in a.paragraphs)
    related = "".join(
        f'<li><a href="/gia/general/{y}{m:02d}/{d:02d}/P{y}{m:02d}{d:02d}00{i}.htm">{t}</a></li>'
        for i, t in enumerate(
            [
                "勞工處舉辦就業博覽會",
                "衛生署公布最新流感監測數字",
                "運輸署提醒市民注意道路安全",
                "康文署轄下泳池暫停開放",
                "房屋署推出新一輪公屋申請",
            ]
        )
    )
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(a.title)}">
{c.style(14)}
<script>var lang = "tc"; var section = "press";</script>
</head><body>
<table width="100%" class="header"><tr><td><img src="/gia/images/gov_logo_tc.gif" alt="香港特別行政區政府"></td>
<td class="lang"><a>English</a> | <a>簡體版</a> | <a>文字版</a> | <a>網站指南</a></td></tr></table>
<table width="100%" class="topnav"><tr><td><a>新聞公報</a></td><td><a>新聞圖片</a></td><td><a>新聞檔案</a></td><td><a>政府新聞網</a></td></tr></table>
<div id="contentBody">
<span id="PRHeadlineSpan" class="PR_headline">{esc(a.title)}</span><br><br>
<span id="pressrelease" class="pressrelease">
{text}<br><br>
完<br><br>
{y}年{m}月{d}日（星期六）<br>
香港時間{hh}時{mm}分<br>
</span>
</div>
<div class="relatedPR"><div class="hd">今日其他新聞公報</div><ul>{related}</ul></div>
<table width="100%" class="footer"><tr><td><a>重要告示</a> | <a>私隱政策</a> | <a>無障礙聲明</a></td></tr>
<tr><td>2024 | 版權所有</td></tr></table>
</body></html>""",
        f"https://www.info.example.gov.hk/gia/general/{y}{m:02d}/{d:02d}/P{y}{m:02d}{d:02d}00{n}12.htm",
        when(a),
        encoding="big5",
    )


def ad_split(a: UArticle, n: int) -> Page:
    """A portal article cut in two by an ad block (广告 label, a property teaser) and a 精彩推荐 strip."""
    c = Chrome(11200 + n)
    host = "news.xdkb.example.net"
    half = len(a.lines) // 2
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-现代快报网</title>
<meta name="pubdate" content="{a.day} {a.clock}:00">
{c.style(4)}{c.script("xdConfig", esc(a.title), 7)}
</head><body>
<div class="xd-top">{c.mega_nav(host, groups=3, per_group=18, cls="xd-nav")}</div>
<div class="xd-main"><div class="xd-left">
<h1 class="xd-title">{esc(a.title)}</h1>
<div class="xd-info"><span>现代快报+</span><span>{when(a)}</span><span>记者 {esc(a.author)}</span></div>
<div class="xd-content">
{render(a, lines=a.lines[:half])}
<div class="xd-ad" data-ad="inarticle"><span class="ad-tag">广告</span><a href="https://ad.example.com/c?1"><img src="//ad.example.com/1.jpg"><p>城东新盘火热认筹中，首付低至30万，地铁口精装三房，速来抢购！</p></a></div>
{render(a, lines=a.lines[half:])}
</div>
<div class="xd-strip"><span>精彩推荐</span>{c.link_list(host, 4, "strip-links")}</div>
<div class="xd-editor">编辑：{esc(a.editor)}</div>
{c.teasers(host, "猜你喜欢", 8, cls="xd-like", tag="div")}
</div><div class="xd-right">{c.hot_list(host, "快报热榜", 10, cls="xd-hot")}</div></div>
<div class="xd-foot"><p>现代快报 版权所有 未经授权不得转载</p><p>违法和不良信息举报电话：025-84783555 举报邮箱：jubao@xdkb.example.net</p></div>
</body></html>""",
        f"https://{host}/p/{n}8{a.day.replace('-', '')}.html",
        when(a),
    )


def plain_comments(a: UArticle, n: int) -> Page:
    """A district site with 网友留言 as plain paragraphs right under the text, no class names."""
    c = Chrome(11300 + n)
    host = "www.gusu.example.gov.cn"
    notes = "".join(
        f"<p>{user}（{c.rng.randint(1, 28)}日 {c.rng.randint(8, 22)}:{c.rng.randint(10, 59)}）：{esc(text)}</p>"
        for user, text in (
            (
                "网友“平江路老住户”",
                "助餐点办得好，我家老人天天去，饭菜可口价格也公道，希望能一直办下去。",
            ),
            ("网友“姑苏小张”", "建议周末也开放，很多子女周末上班，老人一个人吃饭不方便。"),
            ("网友“热心居民”", "给志愿者点赞！每天风雨无阻给行动不便的老人送饭，真的很不容易。"),
        )
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("gusu", "姑苏区", 7)}
</head><body>
<div>{c.mega_nav(host, groups=2, per_group=14, cls="dh")}</div>
<div><div><h1>{esc(a.title)}</h1>
<div>来源：{esc(a.source)}　时间：{when(a)}</div>
<div>
{render(a, lines=tuple(x for x in a.lines if not x.startswith(("[note]", "[cap]"))))}
</div>
<div><p><b>网友留言</b></p>
{notes}
<p><a>我要留言</a></p></div>
</div></div>
<div>{c.link_list(host, 8, "x")}</div>
<div><p>主办：苏州市姑苏区人民政府办公室</p><p>网站标识码：3205080001　苏ICP备05012399号</p></div>
</body></html>""",
        f"https://{host}/gsq/news/{a.day.replace('-', '')}/{n}8890.html",
        when(a),
        paragraphs=gold_of(tuple(x for x in a.lines if not x.startswith(("[note]", "[cap]"))), a),
    )


def next_article(a: UArticle, n: int) -> Page:
    """A mobile portal appending the next story in full below the article (继续阅读下一篇)."""
    c = Chrome(11400 + n)
    host = "m.jstv.example.com"
    other = BY_KEY["xunqing"]
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}_江苏网络电视台</title>
{c.style(5)}{c.script("jstvData", esc(a.title), 8)}
</head><body>
<div class="m-top"><a>荔枝网</a><a>直播</a><a>下载APP</a></div>
<section class="art" data-id="{n}1">
<h1 class="art-tit">{esc(a.title)}</h1>
<div class="art-meta"><span>{esc(a.source)}</span><span>{when(a)}</span></div>
<div class="art-con">
{render(a)}
</div>
<div class="art-end"><span>编辑：{esc(a.editor)}</span></div>
</section>
<div class="next-tip">继续阅读下一篇</div>
<section class="art" data-id="{n}2">
<h1 class="art-tit">{esc(other.title)}</h1>
<div class="art-meta"><span>{esc(other.source)}</span><span>{when(other)}</span></div>
<div class="art-con">
{render(other)}
</div>
</section>
<div class="m-rec">{c.teasers(host, "热门推荐", 6, cls="rec-items", tag="div")}</div>
<div class="m-foot">江苏省广播电视总台 版权所有</div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}45123.shtml",
        when(a),
    )


def asp_tables(a: UArticle, n: int) -> Page:
    """A 2000s ASP site in GB2312: nested tables, <font> title, 【发布时间：2024-4-11】 brackets, &nbsp; indents."""
    c = Chrome(11500 + n)
    host = "www.xcjd.example.gov.cn"
    y, m, d = (int(x) for x in a.day.split("-"))
    text = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}" for line in a.paragraphs)
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>新城街道办事处--{esc(a.title)}</title>
{c.style(6)}{c.script("menu", "新城街道", 6)}
</head><body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top.jpg" width="778" height="120"></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#CC0000"><tr>{"".join(f'<td align="center"><a href="{x}.asp"><font color="#FFFFFF">{x}</font></a></td>' for x in ["首页", "街道概况", "工作动态", "社区建设", "便民服务", "党建园地", "联系我们"])}</tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="200" valign="top"><table width="100%"><tr><td><b>最新动态</b></td></tr>{"".join(f'<tr><td>·<a href="show.asp?id={i}">{esc(c.headline())}</a></td></tr>' for i in range(8))}</table></td>
<td width="578" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="40" align="center"><font size="4" color="#CC0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">【发布时间：{y}-{m}-{d}】【作者：{esc(a.author)}】【来源：{esc(a.source)}】【点击数：{c.rng.randint(100, 999)}】</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td style="font-size:14px;line-height:24px">{text}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>
</td></tr></table>
<table width="778" border="0" align="center"><tr><td align="center">版权所有：新城街道办事处　地址：新城路88号　电话：0519-88886666<br>苏ICP备08012345号　技术支持：某某网络</td></tr></table>
</body></html>""",
        f"http://{host}/show.asp?id={n}1234",
        a.day,
        encoding="gb18030",
    )


# ---------------------------------------------------------------- batch 8


def wechat_135(a: UArticle, n: int) -> Page:
    """A WeChat post made in an editor (135编辑器): ▼ decorations, 01 headers, 文字 | 图片 | 编辑 | credits."""
    c = Chrome(12100 + n)
    sections = [
        '<section style="text-align:center"><span style="color:#1e6fff">↓ 点击下方卡片关注我们 ↓</span></section>',
        '<section class="mp_profile_iframe_wrp"><mp-common-profile data-nickname="苏州日报"></mp-common-profile></section>',
    ]
    for line in a.lines:
        if line.startswith("[cap]"):
            sections.append(
                '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x.jpg" class="rich_pages wxw-img"></section>'
                f'<section style="text-align:center"><span style="font-size:12px;color:#888">{esc(line[5:])}</span></section>'
            )
        else:
            sections.append(
                f'<section style="margin:0 8px 16px"><span style="font-size:15px;line-height:1.75">{esc(line)}</span></section>'
            )
    sections.insert(
        2,
        '<section style="text-align:center"><span style="font-size:20px;color:#1e6fff"><strong>01</strong></span></section><section style="text-align:center">▼</section>',
    )
    tail = (
        '<section style="text-align:center">— END —</section>'
        f'<section><span style="font-size:12px">文字 | {esc(a.author)}　图片 | 华强</span></section>'
        f'<section><span style="font-size:12px">编辑 | 小苏　审核 | 王东</span></section>'
        f'<section><span style="font-size:12px">来源 | {esc(a.source)}</span></section>'
        '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></section>'
        '<section style="text-align:center"><span style="font-size:12px">长按二维码 关注我们</span></section>'
        '<section style="text-align:center"><span>点个在看，你最好看</span></section>'
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("msgData", esc(a.title), 12)}
</head><body id="activity-detail">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(a.source)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{a.day} {a.clock}</em></div>
<div class="rich_media_content" id="js_content">
{"".join(sections)}
{tail}
</div>
<div class="rich_media_tool_area"><a id="js_view_source">阅读原文</a></div>
<div id="js_cmt_area">{c.comments(5, cls="discuss_list")}</div>
</div></div>
<script>var ct = "{_epoch(a)}";</script>
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}Zx8Yw7Vu6Ts5Rq4Po3Nm2",
        when(a),
    )


def spa_state(a: UArticle, n: int) -> Page:
    """A single-page app: "3天前" on the page, the time only in the page's state JSON (publishTime)."""
    c = Chrome(12200 + n)
    host = "www.jsxw.example.cn"
    state = json.dumps(
        {
            "article": {
                "id": f"{n}98712",
                "title": a.title,
                "source": a.source,
                "publishTime": f"{a.day} {a.clock}:00",
                "updateTime": "2024-12-12 09:00:00",
                "readCount": 12034,
            },
            "user": None,
        },
        ensure_ascii=False,
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 江苏新闻</title>
{c.style(5)}
</head><body>
<div id="app"><div class="layout">
<header class="top-header">{c.mega_nav(host, groups=2, per_group=14, cls="top-menu")}</header>
<main class="article-page">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="source">{esc(a.source)}</span><span class="time">3天前</span><span class="read">阅读 1.2万</span></div>
<div class="article-body">
{render(a)}
</div>
<div class="article-actions"><button>点赞</button><button>收藏</button><button>分享</button></div>
</main>
<aside class="side">{c.hot_list(host, "热榜", 10, cls="hot-board")}</aside>
</div></div>
<script>window.__INITIAL_STATE__={state};</script>
{c.script("chunkVendors", "", 10)}
</body></html>""",
        f"https://{host}/detail/{n}98712",
        when(a),
    )


def h1_date(a: UArticle, n: int) -> Page:
    """A district CMS putting the date inside the headline's <h1> (<span> floated right)."""
    c = Chrome(12300 + n)
    host = "www.sip.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州工业园区管理委员会</title>
{c.style(5)}{c.script("sip", "通知公告", 6)}
</head><body>
<div class="sip-top"><img src="/logo.png" alt="苏州工业园区"><span>{HEADER_DAY_CN}</span></div>
<div class="sip-nav">{c.mega_nav(host, groups=2, per_group=16, cls="sip-nav-ul")}</div>
<div class="sip-main">
<div class="sip-loc">当前位置：<a>首页</a> &gt; <a>通知公告</a></div>
<div class="sip-art">
<h1 class="sip-h1">{esc(a.title)}<span class="sip-date" style="float:right;font-size:12px">{a.day} {a.clock}</span></h1>
<div class="sip-body">
{render(a, heading="<h3>{}</h3>")}
</div>
<div class="sip-att"><p>附件：</p><p><a href="/att/1.docx">报名登记表.docx</a></p></div>
</div>
<div class="sip-more">{c.link_list(host, 8, "more-list")}</div>
</div>
{GOV_FOOTER.format(org="苏州工业园区管理委员会", tech="园区大数据中心", code="3205900001", icp="05007777", ga="32059002000777")}
</body></html>""",
        f"https://{host}/sipzwgk/tzgg/{a.day[:7].replace('-', '')}/{n}ab12cd34.shtml",
        when(a),
    )


def aside_in_article(a: UArticle, n: int) -> Page:
    """An HTML5 site: <article> holding an <aside> 相关专题 with prose, and a byline <address>."""
    c = Chrome(12400 + n)
    host = "www.ntrb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)} - 南通日报</title>
<meta property="og:title" content="{esc(a.title)}"><meta property="article:published_time" content="{a.day}T{a.clock}:00+08:00">
{c.style(5)}{c.script("ntrb", esc(a.title), 6)}
</head><body>
<nav class="site-nav">{c.mega_nav(host, groups=2, per_group=14, cls="site-menu")}</nav>
<main>
<article class="story">
<header class="story-head"><p class="story-kicker">江海评论</p><h1>{esc(a.title)}</h1>
<address class="story-byline">文 / {esc(a.author)}</address><time datetime="{a.day}T{a.clock}:00+08:00">{a.day} {a.clock}</time></header>
<div class="story-text">
{render(a, lines=a.lines[:3])}
<aside class="story-topic"><h4>相关专题</h4><p>基层治理现代化系列评论之三：社区是基层治理的“最后一公里”，本报将持续关注社区社会组织的培育与发展。</p></aside>
{render(a, lines=a.lines[3:])}
</div>
<footer class="story-foot"><p>责任编辑：顾雯</p></footer>
</article>
<section class="more">{c.teasers(host, "评论精选", 6, cls="more-list", tag="div")}</section>
</main>
<footer class="site-foot"><p>南通日报社 版权所有</p><p>苏ICP备05001122号</p></footer>
</body></html>""",
        f"https://{host}/pl/{a.day.replace('-', '')}/{n}7721.html",
        when(a),
    )


def rongmei_credits(a: UArticle, n: int) -> Page:
    """A county 融媒体 page: 融媒体记者 / 通讯员 / 视频 credit lines over the text, 总值班 at the end."""
    c = Chrome(12500 + n)
    host = "www.tcrm.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_太仓融媒</title>
{c.style(5)}{c.script("tcrm", esc(a.title), 6)}
</head><body>
<div class="rm-top">{c.mega_nav(host, groups=3, per_group=12, cls="rm-nav")}</div>
<div class="rm-main">
<div class="rm-title"><h2>{esc(a.title)}</h2></div>
<div class="rm-info">{when(a)}　太仓日报</div>
<div class="rm-text">
<p>融媒体记者：陆文 顾晓峰</p>
<p>通讯员：张明</p>
{render(a)}
<p>总值班：王立　值班编辑：周敏</p>
</div>
{c.teasers(host, "推荐阅读", 6, cls="rm-rec")}
</div>
<div class="rm-foot"><p>太仓市融媒体中心 版权所有</p><p>苏ICP备05011111号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}3341.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 9


def proposal(a: UArticle, n: int) -> Page:
    """A 文明办 site's 倡议书: short numbered lines, a salutation, the 落款 on the right."""
    c = Chrome(13100 + n)
    host = "wmb.cs.example.gov.cn"
    body = render(a, p='<p style="text-indent:2em;line-height:2">{}</p>')
    for line in a.lines[-2:]:
        line = line.removeprefix("[sign]")
        body = body.replace(
            f'<p style="text-indent:2em;line-height:2">{esc(line)}</p>',
            f'<p style="text-align:right">{esc(line)}</p>',
        )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_常熟文明网</title>
{c.style(5)}{c.script("wmw", "文明常熟", 6)}
</head><body>
<div class="wm-top"><img src="/wm.png" alt="常熟文明网"><span>{HEADER_DAY_CN}</span></div>
<div class="wm-nav">{c.mega_nav(host, groups=2, per_group=14, cls="wm-nav-ul")}</div>
<div class="wm-main"><div class="wm-pos">当前位置：<a>首页</a> &gt; <a>文明倡议</a></div>
<div class="wm-art"><h1>{esc(a.title)}</h1>
<div class="wm-info">来源：{esc(a.source)}　发布日期：{a.day}</div>
<div class="wm-text">
{body}
</div></div>
<div class="wm-side">{c.hot_list(host, "文明实践", 8, cls="wm-list")}{c.hot_list(host, "志愿服务", 8, cls="wm-list2")}</div></div>
<div class="wm-foot"><p>主办：中共常熟市委宣传部 常熟市文明办</p><p>苏ICP备05010101号</p></div>
</body></html>""",
        f"https://{host}/wmcy/{a.day.replace('-', '')}/{n}6612.html",
        a.day,
    )


def bt_div(a: UArticle, n: int) -> Page:
    """A county site whose <title> is only the site name and whose headline sits in <div class="bt">."""
    c = Chrome(13200 + n)
    host = "www.wj.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>吴江区人民政府</title>
{c.style(5)}{c.script("wjgov", "吴江区人民政府", 6)}
</head><body>
<div class="head"><div class="logo"><img src="/logo.png" alt="吴江区人民政府"></div></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="wz">您的位置：<a>首页</a> &gt; <a>政务动态</a></div>
<div class="xl">
<div class="bt">{esc(a.title)}</div>
<div class="sj">{a.day} {a.clock}　来源：{esc(a.source)}</div>
<div class="zw">
{render(a)}
</div>
<div class="dy"><a>【打印】</a><a>【关闭】</a></div>
</div>
<div class="xg">{c.teasers(host, "相关信息", 5, cls="xg-list")}</div>
{GOV_FOOTER.format(org="吴江区人民政府办公室", tech="吴江区大数据中心", code="3205840001", icp="05003333", ga="32058402000333")}
</body></html>""",
        f"https://{host}/zwdt/{a.day.replace('-', '')}/{n}8841.shtml",
        when(a),
    )


def fagao(a: UArticle, n: int) -> Page:
    """A paper's site with 更新时间 before 发稿时间 on one line, 稿源 and 责编 labels."""
    c = Chrome(13300 + n)
    host = "www.jsrb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_江苏日报网</title>
<meta name="lastmodified" content="2024-12-11 08:30:00">
{c.style(5)}{c.script("jsrb", esc(a.title), 6)}
</head><body>
<div class="topbar">{c.mega_nav(host, groups=3, per_group=14, cls="topbar-ul")}</div>
<div class="content-wrap">
<h1 class="headline">{esc(a.title)}</h1>
<div class="byline">更新时间：2024-12-11 08:30　发稿时间：{a.day} {a.clock}　稿源：{esc(a.source)}</div>
<div class="article-main">
{render(a)}
</div>
<div class="article-footer">责编：钱晓</div>
{c.teasers(host, "相关稿件", 6, cls="article-rel")}
</div>
<div class="foot"><p>江苏日报网 版权所有</p><p>苏ICP备05000000号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}5521.html",
        when(a),
    )


def attachment_only(a: UArticle, n: int) -> Page:
    """A 公示 whose text is one sentence pointing to its attachment, in a busy portal."""
    c = Chrome(13400 + n)
    host = "www.zjg.example.gov.cn"
    latest = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span>{a.day[:4]}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}</span></li>'
        for _ in range(10)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_张家港市人民政府</title>
<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day} 00:00"><meta name="ContentSource" content="{esc(a.source)}">
{c.style(5)}{c.script("zjg", "公示公告", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="张家港市人民政府"><span>{HEADER_DAY_CN}</span></div>
<div class="nav">{c.mega_nav(host, groups=3, per_group=14, cls="nav-ul")}</div>
<div class="main"><div class="left">
<div class="pos">当前位置：<a>首页</a> &gt; <a>公示公告</a></div>
<h1 class="title">{esc(a.title)}</h1>
<div class="info">发布日期：{a.day}　来源：{esc(a.source)}　浏览次数：{c.rng.randint(10, 999)}</div>
<div class="content" id="zoom">
{render(a, p='<p style="text-indent:2em">{}</p>')}
<p>附件：<a href="/att/pg2024.pdf">2024年度社会组织评估结果.pdf</a></p>
</div>
<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
</div>
<div class="right"><div class="hd">最新公示</div><ul class="zxgs">{latest}</ul>{c.teasers(host, "政策解读", 4, cls="zcjd")}</div></div>
{GOV_FOOTER.format(org="张家港市人民政府办公室", tech="张家港市大数据管理局", code="3205820001", icp="05004444", ga="32058202000444")}
</body></html>""",
        f"https://{host}/zjg/gsgg/{a.day[:7].replace('-', '')}/{n}f1e2d3c4.shtml",
        a.day,
    )


def english_labels(a: UArticle, n: int) -> Page:
    """A bilingual park portal: English labels (Date: / Source:) and nav, English words in the text."""
    c = Chrome(13500 + n)
    host = "www.sipac.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)} | SIP News 园区新闻</title>
{c.style(5)}{c.script("sipac", "SIP", 6)}
</head><body>
<div class="bar"><a>中文</a> | <a>English</a> | <a>日本語</a> | <a>한국어</a></div>
<div class="menu"><a>Home 首页</a><a>News 新闻</a><a>Invest 投资</a><a>Live 生活</a><a>Services 服务</a><a>About 关于</a></div>
<div class="page">
<div class="crumbs">Home &gt; News &gt; Community</div>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta">Date: {a.day} {a.clock} | Source: {esc(a.source)} | Views: {c.rng.randint(100, 999)}</div>
<div class="news-body">
{render(a)}
</div>
<div class="news-share">Share: <a>WeChat</a> <a>Weibo</a> <a>LinkedIn</a></div>
{c.teasers(host, "Related News 相关新闻", 5, cls="news-related")}
</div>
<div class="foot"><p>Copyright © 2024 Suzhou Industrial Park Administrative Committee. All Rights Reserved.</p><p>苏ICP备05004321号</p></div>
</body></html>""",
        f"https://{host}/en/news/{a.day.replace('-', '')}/{n}2210.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 10


def prevnext_summary(a: UArticle, n: int) -> Page:
    """A city paper's page whose 上一篇/下一篇 carry a summary sentence each."""
    c = Chrome(14100 + n)
    host = "www.njrb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_南京日报</title>
{c.style(5)}{c.script("njrb2", esc(a.title), 6)}
</head><body>
<div class="top">{c.mega_nav(host, groups=3, per_group=14, cls="top-ul")}</div>
<div class="main"><div class="art">
<h1>{esc(a.title)}</h1>
<div class="art-info">{when(a)} 来源：{esc(a.source)} 作者：{esc(a.author)}</div>
<div class="art-body">
{render(a)}
</div>
<div class="art-pn">
<div class="pn-item"><p>上一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>{esc(c.summary())}</p></div>
<div class="pn-item"><p>下一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>{esc(c.summary())}</p></div>
</div>
</div>
<div class="side">{c.hot_list(host, "热点", 10, cls="side-hot")}</div></div>
<div class="foot"><p>南京日报社 版权所有</p><p>苏ICP备10012345号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}91012.html",
        when(a),
    )


def html5_figures(a: UArticle, n: int) -> Page:
    """An HTML5 template: <figure> with <figcaption> captions inside the article body."""
    c = Chrome(14200 + n)
    host = "www.subao.example.com"
    cap = (
        f'<figure class="image"><img src="//img.{host}/{n}.jpg" alt="">'
        "<figcaption>{}</figcaption></figure>"
    )
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)} - 苏报融媒</title>
<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{a.day}T{a.clock}:00+08:00">
{c.style(5)}{c.script("subao", esc(a.title), 6)}
</head><body>
<header class="site-header">{c.mega_nav(host, groups=2, per_group=16, cls="site-nav")}</header>
<main class="site-main"><article class="entry">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a.day}T{a.clock}:00+08:00">{a.day} {a.clock}</time></span><span class="byline">记者 {esc(a.author)}</span></div></header>
<div class="entry-content">
{render(a, cap=cap)}
</div>
<footer class="entry-footer"><span class="cat-links">分类：<a>城市</a></span><span class="tags-links">标签：<a>地铁</a><a>交通</a></span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a>上一篇 {esc(c.headline())}</a></div><div class="nav-next"><a>下一篇 {esc(c.headline())}</a></div></nav>
</main>
<footer class="site-footer"><p>苏州报业传媒集团 版权所有</p></footer>
</body></html>""",
        f"https://{host}/{a.day.replace('-', '/')}/{n}4471.html",
        when(a),
    )


def follow_promo(a: UArticle, n: int) -> Page:
    """A bureau's site ending each story with a sentence inviting readers to follow its WeChat account."""
    c = Chrome(14300 + n)
    host = "mzj.cz.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-常州市民政局</title>
{c.style(5)}{c.script("czmz", "工作动态", 6)}
</head><body>
<div class="header"><img src="/mz.png" alt="常州市民政局"></div>
<div class="navbar">{c.mega_nav(host, groups=2, per_group=14, cls="navbar-ul")}</div>
<div class="detail"><h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="detail-content">
{render(a)}
<p>关注“常州民政”微信公众号，获取更多民政政策资讯。</p>
<p style="text-align:center"><img src="/qr/czmz.jpg"></p>
</div></div>
<div class="related">{c.teasers(host, "相关阅读", 5, cls="related-list")}</div>
{GOV_FOOTER.format(org="常州市民政局", tech="常州市大数据管理中心", code="3204000022", icp="05002222", ga="32040202000222")}
</body></html>""",
        f"https://{host}/gzdt/{a.day.replace('-', '')}/{n}7731.html",
        when(a),
    )


def interview(a: UArticle, n: int) -> Page:
    """A paper's 专访: 记者： questions and the guest's answers as paragraphs, a photo credit line."""
    c = Chrome(14400 + n)
    host = "www.wxrb.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_无锡日报</title>
{c.style(5)}{c.script("wxrb", esc(a.title), 6)}
</head><body>
<div class="hd">{c.mega_nav(host, groups=3, per_group=14, cls="hd-ul")}</div>
<div class="bd"><div class="article">
<div class="article-title"><h1>{esc(a.title)}</h1></div>
<div class="article-info"><span>{when(a)}</span><span>无锡日报</span><span>记者 {esc(a.author)}</span></div>
<div class="article-content">
{render(a)}
<p>（本文图片由受访单位提供）</p>
</div></div>
<div class="aside-box">{c.hot_list(host, "无锡新闻", 10, cls="aside-list")}</div></div>
<div class="ft"><p>无锡日报社 版权所有</p><p>苏ICP备05011222号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}3321.html",
        when(a),
        paragraphs=a.paragraphs,
    )


def utc_jsonld(a: UArticle, n: int) -> Page:
    """A portal showing a year-less "05-28 06:00" while its JSON-LD gives the time in UTC (the day before)."""
    c = Chrome(14500 + n)
    host = "news.nt.example.com"
    from datetime import datetime, timedelta

    utc = (datetime.fromisoformat(f"{a.day}T{a.clock}:00") - timedelta(hours=8)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": utc,
        },
        ensure_ascii=False,
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|江海明珠网</title>
<script type="application/ld+json">{ld}</script>
{c.style(5)}{c.script("jhmz", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=14, cls="nav-ul")}</div>
<div class="news"><h1 class="news-h">{esc(a.title)}</h1>
<div class="news-info"><span>{a.day[5:]} {a.clock}</span><span>{esc(a.source)}</span></div>
<div class="news-con">
{render(a)}
</div></div>
<div class="rec">{c.teasers(host, "推荐", 6, cls="rec-ul")}</div>
<div class="ft"><p>江海明珠网 版权所有</p></div>
</body></html>""",
        f"https://{host}/p/{n}88213.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 11


def bjnews(a: UArticle, n: int) -> Page:
    """新京报-like page: the credits in one spaced line at the end (新京报记者 … 编辑 … 校对 …)."""
    c = Chrome(15100 + n)
    host = "www.bjnews.example.com.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} | 新京报</title>
<meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(5)}{c.script("bjnews", esc(a.title), 7)}
</head><body>
<div class="header">{c.mega_nav(host, groups=3, per_group=16, cls="header-nav")}</div>
<div class="bodyTitle"><div class="title"><h1>{esc(a.title)}</h1></div>
<div class="ntitle"><span class="timer">{a.day} {a.clock}</span><span class="reporter">新京报</span></div></div>
<div class="content"><div id="contentStr">
{render(a)}
<p>新京报记者 王晨 编辑 张磊 校对 李立</p>
</div></div>
<div class="tags"><a>外企</a><a>志愿服务</a></div>
{c.teasers(host, "相关推荐", 6, cls="recommend")}
{c.hot_list(host, "热门阅读", 10, cls="hot-read")}
<div class="footer"><p>新京报社 版权所有 未经书面授权 不得复制或转载</p><p>京ICP备14009910号</p></div>
</body></html>""",
        f"https://{host}/detail/17{n}2345678{a.day.replace('-', '')}.html",
        when(a),
    )


def shangguan(a: UArticle, n: int) -> Page:
    """上观-like page: 题图来源, 图片编辑 and 编辑邮箱 lines closing the text, 作者 above it."""
    c = Chrome(15200 + n)
    host = "www.jfdaily.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("sgConfig", esc(a.title), 7)}
</head><body>
<div class="sg-head">{c.mega_nav(host, groups=2, per_group=18, cls="sg-nav")}</div>
<div class="sg-main"><div class="sg-art">
<div class="sg-title">{esc(a.title)}</div>
<div class="sg-info"><span>上观新闻</span><span>{when(a)}</span><span>作者：{esc(a.author)}</span></div>
<div class="sg-content">
{render(a)}
<p>题图来源：无锡日报</p>
<p>图片编辑：邵竞</p>
<p>编辑邮箱：shangguan@example.com</p>
</div>
<div class="sg-op"><span>举报</span><span>点赞 {c.rng.randint(1, 99)}</span></div>
</div>
<div class="sg-side">{c.teasers(host, "推荐阅读", 5, cls="sg-rec", tag="div")}</div></div>
<div class="sg-foot"><p>上海报业集团 版权所有</p><p>沪ICP备14021310号</p></div>
</body></html>""",
        f"https://{host}/wx/detail.do?id={n}712345",
        when(a),
    )


def jiemian(a: UArticle, n: int) -> Page:
    """界面-like page: 界面新闻记者 | name over the text and 界面新闻编辑 | name under it."""
    c = Chrome(15300 + n)
    host = "www.jiemian.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|界面新闻</title>
<meta property="og:title" content="{esc(a.title)}">
{c.style(5)}{c.script("jmConfig", esc(a.title), 7)}
</head><body>
<div class="header">{c.mega_nav(host, groups=2, per_group=18, cls="header-ul")}</div>
<div class="article-view"><div class="article-header"><h1>{esc(a.title)}</h1>
<div class="article-info"><span class="author">界面新闻</span><span class="date">{a.day.replace("-", "/")} {a.clock}</span></div></div>
<div class="article-main"><div class="article-content">
<p>界面新闻记者 | 吴敏</p>
<p>界面新闻编辑 | 郑亮</p>
{render(a)}
</div></div>
<div class="article-tags"><a>人工智能</a><a>政务</a></div>
{c.teasers(host, "相关文章", 6, cls="related-news")}
</div>
<div class="footer"><p>界面新闻 版权所有</p></div>
</body></html>""",
        f"https://{host}/article/1{n}834567.html",
        when(a),
    )


def yicai(a: UArticle, n: int) -> Page:
    """第一财经-like page: a table in the text, 文章作者 box with a bio sentence, 一财最热 list."""
    c = Chrome(15400 + n)
    host = "www.yicai.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("ycConfig", esc(a.title), 7)}
</head><body>
<div class="m-header">{c.mega_nav(host, groups=2, per_group=18, cls="m-nav")}</div>
<div class="m-container"><div class="m-left">
<div class="title f-pr"><h1>{esc(a.title)}</h1>
<p class="names"><span>{esc(a.source)}</span><em>{a.day} {a.clock}:12</em></p></div>
<div class="intro">{esc(a.lines[0][:40])}……</div>
<div class="m-txt">
{render(a)}
</div>
<div class="m-edit"><p>责编：杨洁</p><p class="jb">举报</p></div>
<div class="m-author"><div class="hd">文章作者</div><div class="bd"><img src="/a.png"><p class="name">{esc(a.author)}</p><p class="desc">第一财经记者，长期关注城市治理与公共服务领域，擅长深度报道。</p></div></div>
</div>
<div class="m-right">{c.hot_list(host, "一财最热", 10, cls="m-hot")}</div></div>
<div class="m-footer"><p>第一财经 版权所有</p><p>沪ICP备14040942号</p></div>
</body></html>""",
        f"https://{host}/news/10{n}3456789.html",
        when(a),
    )


def zhuanti(a: UArticle, n: int) -> Page:
    """An article inside a 专题 layout: banner, 专题简介 prose and 专题导航 in the side column."""
    c = Chrome(15500 + n)
    host = "www.ks.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-社会组织年检专题-昆山市人民政府</title>
{c.style(5)}{c.script("ztConfig", "专题", 6)}
</head><body>
<div class="zt-banner"><img src="/zt/njbanner.jpg" alt="社会组织年检专题"></div>
<div class="zt-nav"><a>专题首页</a><a>政策文件</a><a>通知公告</a><a>办事指南</a><a>常见问题</a></div>
<div class="zt-main">
<div class="zt-left"><div class="zt-intro"><div class="zt-hd">专题简介</div><p>为做好社会组织年度检查工作，方便社会组织了解年检政策和办理流程，昆山市民政局特开设本专题，集中发布年检相关政策文件、通知公告和办事指南。</p></div>
<div class="zt-menu"><div class="zt-hd">专题导航</div>{c.link_list(host, 6, "zt-menu-ul")}</div></div>
<div class="zt-right"><div class="zt-pos">当前位置：专题首页 &gt; 通知公告</div>
<h2 class="zt-title">{esc(a.title)}</h2>
<div class="zt-info">发布日期：{a.day}　来源：{esc(a.source)}</div>
<div class="zt-con">
{render(a, p='<p style="text-indent:2em">{}</p>', cell='<td style="border:1px solid #999">{}</td>')}
</div></div></div>
{GOV_FOOTER.format(org="昆山市人民政府办公室", tech="南京大汉网络有限公司", code="3205830001", icp="05012345", ga="32058302000101")}
</body></html>""",
        f"https://{host}/zt/shzznj/tzgg/{a.day[:7].replace('-', '')}/{n}9a8b7c.shtml",
        a.day,
    )


# ---------------------------------------------------------------- batch 12: site-builder CMSs


def drupal(a: UArticle, n: int) -> Page:
    """A Drupal NGO site: "Submitted by admin on 周六, 04/13/2024 - 11:20" (month first), field--name-body."""
    c = Chrome(16100 + n)
    host = "www.czyg.example.org"
    y, m, d = a.day.split("-")
    from datetime import date

    weekday = "周" + "一二三四五六日"[date.fromisoformat(a.day).weekday()]
    return Page(
        f"""<!DOCTYPE html><html lang="zh-hans" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{esc(a.title)} | 常州市义工联合会</title>
{c.style(6)}{c.script("drupalSettings", "义工", 6)}
</head><body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div class="site-branding"><a href="/" rel="home" class="site-branding__name">常州市义工联合会</a></div></div>
<div class="region region-primary-menu"><nav role="navigation">{c.mega_nav(host, groups=1, per_group=10, cls="menu")}</nav></div></header>
<main role="main"><div class="layout-content"><div class="region region-content">
<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>
<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid"><span>admin</span></span> on <span class="field field--name-created">{weekday}, {m}/{d}/{y} - {a.clock}</span></div></footer>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{render(a)}
</div>
<div class="field field--name-field-tags"><div class="field__label">标签</div><div class="field__items"><a>义剪</a><a>为老服务</a></div></div>
<section class="field field--name-comment"><h2>添加新评论</h2><form><textarea></textarea><input type="submit" value="保存"></form></section></div>
</article></div></div>
<aside class="layout-sidebar-second" role="complementary">{c.link_list(host, 6, "recent-content")}</aside></main>
<footer class="site-footer" role="contentinfo"><p>常州市义工联合会 版权所有</p><p>Powered by Drupal</p></footer>
</div></div></body></html>""",
        f"https://{host}/node/{n}412",
        when(a),
    )


def phpcms(a: UArticle, n: int) -> Page:
    """PHPCMS v9 default template: the date and counters inside the <h1>, after a <br />."""
    c = Chrome(16200 + n)
    host = "www.ntcs.example.org"
    return Page(
        f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - 慈善动态 - 南通市慈善总会</title>
<meta name="keywords" content="慈善,助学"><meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(6)}{c.script("phpcms", "慈善动态", 6)}
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="南通市慈善总会" /></a></div>
<div class="nav">{c.mega_nav(host, groups=1, per_group=10, cls="nav-ul")}</div></div>
<div class="main"><div class="col-left">
<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a>慈善动态</a> &gt;  正文</div>
<div id="Article"><h1>{esc(a.title)}<br /><span>{a.day} {a.clock}:36&nbsp;&nbsp;&nbsp;来源：{esc(a.source)}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：</span></h1>
<div class="content">
{render(a)}
</div>
<div id="pages" class="text-c"></div>
<p class="f14"><strong>上一篇：</strong><a href="{c.url(host)}">{esc(c.headline())}</a><br /><strong>下一篇：</strong><a href="{c.url(host)}">{esc(c.headline())}</a></p>
<div class="bk15 hr"></div><strong>相关热词搜索：</strong><a>慈善</a> <a>助学</a>
<div class="bk15"></div><div class="related"><h5 class="blue">延伸阅读：</h5><ul class="list blue lh24 f14">{"".join(f"<li>·<a>{esc(c.headline())}</a><span>({a.day[:4]}-0{i + 1}-1{i})</span></li>" for i in range(5))}</ul></div>
</div></div>
<div class="col-auto">{c.hot_list(host, "点击排行", 10, cls="box")}</div></div>
<div class="footer"><p>南通市慈善总会 版权所有 Powered by PHPCMS</p></div>
</body></html>""",
        f"http://{host}/index.php?m=content&c=index&a=show&catid=12&id={n}88",
        when(a),
    )


def empire(a: UArticle, n: int) -> Page:
    """帝国CMS: 发布时间 | 来源：本站原创 | 作者：admin | 浏览次数：<script> line, #text body, [ 打印 ] [ 关闭 ]."""
    c = Chrome(16300 + n)
    host = "www.szyg.example.org"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州义工网</title>
{c.style(6)}{c.script("ecms", "义工", 6)}
</head><body>
<div class="top">{c.mega_nav(host, groups=1, per_group=12, cls="menu")}</div>
<div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a>义工动态</a></div>
<div class="news_box">
<h1>{esc(a.title)}</h1>
<div class="info">发布时间：{a.day} {a.clock}:02 | 来源：本站原创 | 作者：admin | 浏览次数：<script src="/e/public/ViewClick/?classid=2&id={n}12&addclick=1"></script></div>
<div id="text">
{render(a)}
</div>
<div class="fx"><div class="bdsharebuttonbox"><a class="bds_more">分享到：</a></div></div>
<div class="page_turn"><p>上一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>下一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p></div>
<div class="xg"><h3>相关文章</h3>{c.link_list(host, 6, "xg_ul")}</div>
<div class="dy">[ <a href="javascript:window.print()">打印</a> ] [ <a href="javascript:window.close()">关闭</a> ]</div>
</div>
<div class="footer"><p>Copyright © 2024 苏州义工网 Powered by EmpireCMS</p></div>
</body></html>""",
        f"http://{host}/news/dongtai/{a.day.replace('-', '')}/{n}12.html",
        when(a),
    )


def typecho(a: UArticle, n: int) -> Page:
    """A Typecho blog: the date shown without time, the time only in <time datetime>, 评论 form."""
    c = Chrome(16400 + n)
    host = "blog.ntcharity.example.org"
    y, m, d = (int(x) for x in a.day.split("-"))
    return Page(
        f"""<!DOCTYPE HTML><html><head><meta charset="UTF-8">
<title>{esc(a.title)} - 南通慈善志愿者博客</title>
<meta name="generator" content="Typecho 1.2.1">
{c.style(6)}{c.script("typecho", "博客", 5)}
</head><body>
<header id="header" class="clearfix"><div class="site-name"><a id="logo" href="/">南通慈善志愿者博客</a><p class="description">记录身边的公益故事</p></div>
<div id="nav-menu"><a>首页</a><a>公益动态</a><a>志愿者故事</a><a>关于</a></div></header>
<div id="body"><div class="container"><div class="col-mb-12 col-8" id="main">
<article class="post" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title" itemprop="name headline"><a itemprop="url" href="/archives/{n}12/">{esc(a.title)}</a></h1>
<ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" rel="author">小慈</a></li>
<li>时间: <time datetime="{a.day}T{a.clock}:00+08:00" itemprop="datePublished">{y} 年 {m} 月 {d} 日</time></li><li>分类: <a>公益动态</a></li></ul>
<div class="post-content" itemprop="articleBody">
{render(a)}
</div>
<p itemprop="keywords" class="tags">标签: <a>助学</a>, <a>慈善</a></p>
</article>
<div id="comments"><h3>已有 {c.rng.randint(1, 9)} 条评论</h3>{c.comments(4, cls="comment-list")}<div id="respond-post"><h3>添加新评论</h3><form><textarea></textarea><button>提交评论</button></form></div></div>
<ul class="post-near"><li>上一篇: <a>{esc(c.headline())}</a></li><li>下一篇: <a>{esc(c.headline())}</a></li></ul>
</div>
<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
<section class="widget"><h3 class="widget-title">最新文章</h3>{c.link_list(host, 6, "widget-list")}</section>
<section class="widget"><h3 class="widget-title">归档</h3><ul>{"".join(f"<li><a>{y}年{mm}月</a></li>" for mm in range(m, 0, -1))}</ul></section></div></div></div>
<footer id="footer" role="contentinfo">&copy; {y} <a>南通慈善志愿者博客</a>. 由 <a>Typecho</a> 强力驱动.</footer>
</body></html>""",
        f"https://{host}/archives/{n}12/",
        when(a),
    )


def joomla(a: UArticle, n: int) -> Page:
    """A Joomla site: 发表于：2024年4月13日 星期六 11:20 with the weekday, 点击数, item-page layout."""
    c = Chrome(16500 + n)
    host = "www.tnjd.example.org"
    y, m, d = (int(x) for x in a.day.split("-"))
    from datetime import date

    weekday = "星期" + "一二三四五六日"[date.fromisoformat(a.day).weekday()]
    return Page(
        f"""<!DOCTYPE html><html lang="zh-cn" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("joomla", "社区", 5)}
</head><body class="site com_content view-article">
<div class="container"><header class="header"><a class="brand" href="/"><span class="site-title">天宁街道社区服务中心</span></a></header>
<nav class="navigation">{c.mega_nav(host, groups=1, per_group=10, cls="nav menu")}</nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">详细信息</dt>
<dd class="createdby">作者：<span itemprop="name">管理员</span></dd>
<dd class="category-name">分类：<a>社区动态</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{_utc(a)}" itemprop="datePublished">发表于：{y}年{m}月{d}日 {weekday} {a.clock}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{c.rng.randint(10, 999)}" />点击数：{c.rng.randint(10, 999)}</dd></dl>
<div itemprop="articleBody">
{render(a)}
</div>
<ul class="pager pagenav"><li class="previous"><a rel="prev">&lt; 上一篇</a></li><li class="next"><a rel="next">下一篇 &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3">{c.link_list(host, 8, "latestnews")}</div></div>
<footer class="footer"><p>&copy; {y} 天宁街道社区服务中心</p></footer></div>
</body></html>""",
        f"https://{host}/index.php/shequdongtai/{n}25-yijian",
        when(a),
    )


# ---------------------------------------------------------------- batch 13


def peoplehao(a: UArticle, n: int) -> Page:
    """人民号-like share page: 来源 and 投诉 after the text, 打开人民日报客户端 prompts, 热门推荐."""
    c = Chrome(17100 + n)
    host = "rmh.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("rmhData", esc(a.title), 8)}
</head><body>
<div class="open-bar"><span>人民日报客户端</span><a>打开</a></div>
<div class="article">
<div class="article-title">{esc(a.title)}</div>
<div class="article-author"><img src="/a.png"><div><p class="author-name">{esc(a.source)}</p><p class="author-time">{when(a)}</p></div><a class="follow">关注</a></div>
<div class="article-content">
{render(a)}
</div>
<div class="article-source">本文来源：人民号 · {esc(a.source)}</div>
<div class="article-copyright">本文为人民号作者上传并发布，仅代表作者观点。人民日报客户端仅提供信息发布平台。</div>
<div class="article-report"><a>投诉</a></div>
</div>
<div class="open-app">打开人民日报客户端，查看更多精彩内容</div>
<div class="hot"><div class="hot-hd">热门推荐</div>{c.teasers(host, "", 6, cls="hot-list", tag="div")}</div>
</body></html>""",
        f"https://{host}/pc/article/{n}8812{a.day.replace('-', '')}",
        when(a),
    )


def chinadaily(a: UArticle, n: int) -> Page:
    """中国日报网-like page: info line with 来源 first, 【责任编辑】 and 【我来说两句】 under the text."""
    c = Chrome(17200 + n)
    host = "cn.chinadaily.example.com.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 中国日报网</title>
{c.style(5)}{c.script("cdConfig", esc(a.title), 7)}
</head><body>
<div class="topNav">{c.mega_nav(host, groups=3, per_group=16, cls="topNav-ul")}</div>
<div class="main_art"><div class="lft_art">
<h1 class="dabiaoti">{esc(a.title)}</h1>
<div class="fenx"><div class="xinf-le">来源：中国日报网　{a.day} {a.clock}</div><div class="xinf-ri">分享到：<a>微信</a><a>微博</a></div></div>
<div id="Content" class="article">
{render(a)}
</div>
<div class="editor">【责任编辑：刘洋】</div>
<div class="comment-link"><a>【我来说两句】</a></div>
<div class="tuijian">{c.teasers(host, "精彩推荐", 6, cls="tuijian-list")}</div>
</div>
<div class="rt_art">{c.hot_list(host, "24小时排行", 10, cls="paihang")}</div></div>
<div class="dibu"><p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。</p><p>Copyright 1995 - 2024. All rights reserved.</p></div>
</body></html>""",
        f"https://{host}/a/{a.day[:7].replace('-', '')}/{a.day[8:]}/WS{n}5f1a2b3c.html",
        when(a),
    )


def word_html(a: UArticle, n: int) -> Page:
    """A notice pasted from Word: MsoNormal paragraphs, <o:p>, lang spans, a conditional comment, a Word table."""
    c = Chrome(17300 + n)
    host = "mzj.wx.example.gov.cn"
    body = render(
        a,
        p='<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">{}</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>',
        table='<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">{}</table>',
        cell='<td width="142" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:仿宋_GB2312">{}</span><span lang="EN-US"><o:p></o:p></span></p></td>',
    )
    return Page(
        f"""<!DOCTYPE html><html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<title>{esc(a.title)}_无锡市民政局</title>
<meta name="PubDate" content="{a.day}">
{c.style(5)}{c.script("wxmz", "通知公告", 6)}
</head><body>
<div class="head"><img src="/logo.png" alt="无锡市民政局"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="article"><h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info">发布日期：{a.day}　来源：{esc(a.source)}</div>
<div class="article-content"><div class="WordSection1" style="layout-grid:15.6pt">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
{body}
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
</div></div></div>
<div class="rel">{c.teasers(host, "相关信息", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="无锡市民政局", tech="无锡市大数据管理局", code="3202000021", icp="05006666", ga="32020202000666")}
</body></html>""",
        f"https://{host}/doc/{a.day.replace('-', '/')}/{n}4567.shtml",
        a.day,
    )


def one_p_br(a: UArticle, n: int) -> Page:
    """A county site writing the whole text in ONE <p>, paragraphs apart by <br> and 　　 indents."""
    c = Chrome(17400 + n)
    host = "www.qhq.example.gov.cn"
    text = "<br>\n".join(f"　　{esc(line)}" for line in a.paragraphs)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-秦淮区人民政府</title>
{c.style(5)}{c.script("qhq", "秦淮新闻", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="秦淮区人民政府"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="article"><h2 class="article-tit">{esc(a.title)}</h2>
<div class="article-sub">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="article-txt"><p>{text}</p></div></div>
<div class="rel">{c.teasers(host, "秦淮要闻", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="秦淮区人民政府办公室", tech="秦淮区大数据中心", code="3201040001", icp="05007788", ga="32010402000788")}
</body></html>""",
        f"https://{host}/qhyw/{a.day.replace('-', '')}/{n}3341.html",
        when(a),
    )


def short_paras(a: UArticle, n: int) -> Page:
    """A picture story: one-sentence paragraphs between big pictures, 图片 credits, a scenic-spot sidebar."""
    c = Chrome(17500 + n)
    host = "www.subaonet.example.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州新闻网</title>
{c.style(5)}{c.script("sbConfig", esc(a.title), 7)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=16, cls="nav-ul")}</div>
<div class="wrap"><div class="con">
<h1>{esc(a.title)}</h1>
<div class="info">{when(a)}:43　来源：{esc(a.source)}</div>
<div class="txt">
{render(a, img='<p style="text-align:center"><img src="//img.{host}/hz/{{n}}.jpg" width="640"></p>'.replace("{host}", host).replace("{{n}}", "{n}"))}
<p>（苏报融媒记者 华强 摄）</p>
</div>
<div class="edit">责任编辑：许娟</div>
</div>
<div class="side">{c.teasers(host, "苏州景点", 6, cls="jd-list")}{c.hot_list(host, "热门", 10, cls="hot")}</div></div>
<div class="foot"><p>苏州新闻网 版权所有</p><p>苏ICP备05001234号</p></div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}7712.shtml",
        when(a),
    )


# ---------------------------------------------------------------- batch 14


def intro_sidebar(a: UArticle, n: int) -> Page:
    """A one-paragraph brief next to an association's long 简介 in a plain side column."""
    c = Chrome(18100 + n)
    host = "www.jsylxh.example.org"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-江苏省养老服务协会</title>
{c.style(5)}{c.script("ylxh", "协会动态", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="江苏省养老服务协会"></div>
<div class="nav">{c.mega_nav(host, groups=1, per_group=10, cls="nav-ul")}</div>
<div class="main"><div class="left"><div class="box"><div class="box-hd">协会简介</div>
<div class="box-bd"><p>江苏省养老服务协会成立于2012年，是由全省养老服务机构、相关企事业单位和从业人员自愿结成的全省性、行业性、非营利性社会组织。协会现有会员单位860余家，下设养老机构、居家社区、康复护理、教育培训等8个专业委员会，致力于推动全省养老服务行业规范发展。</p></div></div>
<div class="box"><div class="box-hd">联系我们</div><div class="box-bd"><p>地址：南京市建邺区江东中路222号</p><p>电话：025-86660000</p></div></div></div>
<div class="right"><div class="pos">首页 &gt; 协会动态</div>
<div class="art"><h3 class="art-t">{esc(a.title)}</h3>
<div class="art-i">时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="art-c">
{render(a)}
</div></div></div></div>
<div class="foot"><p>版权所有：江苏省养老服务协会　苏ICP备12345678号</p><p>技术支持：某某科技</p></div>
</body></html>""",
        f"http://{host}/xhdt/{n}561.html",
        when(a),
    )


def li_paragraphs(a: UArticle, n: int) -> Page:
    """A CMS writing every paragraph as a list item of one <ul class="content">."""
    c = Chrome(18200 + n)
    host = "www.ntpl.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_南通评论网</title>
{c.style(5)}{c.script("ntpl", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="article-wrap"><h1 class="a-title">{esc(a.title)}</h1>
<div class="a-info">{when(a)} | 作者：{esc(a.author)} | 来源：{esc(a.source)}</div>
<ul class="a-content">{"".join(f"<li>{esc(line)}</li>" for line in a.paragraphs)}</ul>
<div class="a-edit">编辑：周琳</div></div>
<div class="list-more">{c.teasers(host, "评论推荐", 6, cls="more-ul")}</div>
<div class="foot"><p>南通评论网 版权所有</p></div>
</body></html>""",
        f"https://{host}/pl/{a.day.replace('-', '')}/{n}2281.html",
        when(a),
    )


def dl_comments(a: UArticle, n: int) -> Page:
    """Reader comments as a <dl>: <dt> name and time, <dd> the comment text, under the article."""
    c = Chrome(18300 + n)
    host = "www.cz.example.cn"
    y, m, d = a.day.split("-")
    users = ("青龙街道居民", "天宁老李", "常州网友", "热心市民小王", "义工家属")
    texts = (
        "义工们太辛苦了，一上午站着给老人理发，腰都直不起来，向你们致敬！",
        "我家老人也去剪了，回来高兴得不得了，说手艺比外面理发店还好。",
        "希望这样的活动能经常搞，最好每个月都来一次。",
        "为常州义工点赞，你们是城市最美的风景。",
        "请问下次活动什么时候？我想带我爸妈去。",
    )
    items = "".join(
        f"<dt>{u}　{m}-{d} {12 + i}:{c.rng.randint(10, 59)}</dt><dd>{esc(t)}</dd>"
        for i, (u, t) in enumerate(zip(users, texts, strict=True))
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_中国常州网</title>
{c.style(5)}{c.script("czw", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="main"><div class="article">
<h1>{esc(a.title)}</h1>
<div class="info">{when(a)}　来源：{esc(a.source)}</div>
<div class="text">
{render(a)}
</div>
<div class="pl"><h4>网友评论</h4><dl>{items}</dl></div>
</div>
<div class="side">{c.hot_list(host, "常州热点", 10, cls="side-ul")}</div></div>
<div class="foot"><p>中国常州网 版权所有</p></div>
</body></html>""",
        f"https://{host}/news/{y}{m}/{d}/{n}6671.html",
        when(a),
    )


def td_info_below(a: UArticle, n: int) -> Page:
    """An old table site: the text in one cell, the author and time in brackets under it in the same cell."""
    c = Chrome(18400 + n)
    host = "www.ntcszh.example.org"
    text = "".join(f"<div>　　{esc(line)}</div>" for line in a.paragraphs)
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("cszh", "慈善总会", 6)}
</head><body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr></table>
<table width="960" align="center"><tr>{"".join(f'<td><a href="/{x}.asp">{x}</a></td>' for x in ["首页", "总会概况", "慈善动态", "慈善项目", "信息公开", "爱心榜", "联系我们"])}</tr></table>
<table width="960" align="center"><tr><td width="220" valign="top"><table>{"".join(f'<tr><td><a href="/n{i}.asp">{esc(c.headline())}</a></td></tr>' for i in range(8))}</table></td>
<td width="740" valign="top"><table width="100%">
<tr><td align="center" style="font-size:20px;font-weight:bold;color:#b00">{esc(a.title)}</td></tr>
<tr><td style="line-height:28px;font-size:14px">{text}
<div align="right">【来源：{esc(a.source)}】【发布时间：{a.day} {a.clock}】</div></td></tr>
</table></td></tr></table>
<table width="960" align="center"><tr><td align="center">南通市慈善总会 版权所有 苏ICP备06012345号</td></tr></table>
</body></html>""",
        f"http://{host}/show.asp?id={n}441",
        when(a),
    )


def cn_numerals(a: UArticle, n: int) -> Page:
    """A TRS notice showing no date but its 落款 in Chinese numerals; the URL carries the date."""
    c = Chrome(18500 + n)
    host = "www.changshu.example.gov.cn"
    digits = "〇一二三四五六七八九"
    y, m, d = (int(x) for x in a.day.split("-"))
    tens = ("", "十", "二十", "三十")
    cn = (
        "".join(digits[int(ch)] for ch in str(y))
        + "年"
        + (tens[m // 10] + (digits[m % 10] if m % 10 else ""))
        + "月"
        + (tens[d // 10] + (digits[d % 10] if d % 10 else ""))
        + "日"
    )
    lines = tuple(f"[sign]{cn}" if line.startswith("[sign]") else line for line in a.lines)
    body = render(a, lines=lines, p='<p style="text-indent:2em">{}</p>')
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_常熟市人民政府</title>
{c.style(5)}{c.script("csgov", "通知公告", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="常熟市人民政府"><span>{HEADER_DAY_CN}</span></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><div class="art-title">{esc(a.title)}</div>
<div class="art-share">【字体：<a>大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】</div>
<div class="TRS_Editor">
{body}
</div></div>
<div class="rel">{c.teasers(host, "相关新闻", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="常熟市人民政府办公室", tech="常熟市大数据管理局", code="3205810001", icp="05009999", ga="32058102000999")}
</body></html>""",
        f"https://{host}/csszf/tzgg/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}6612.shtml",
        a.day,
    )


# ---------------------------------------------------------------- batch 15


def blockquote_sections(a: UArticle, n: int) -> Page:
    """A mobile-first page: <section>s with <h2> sub-headings, the lede in a <blockquote>."""
    c = Chrome(19100 + n)
    host = "m.sznews.example.cn"
    first, *rest = a.lines
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}</title>
<meta name="publish_time" content="{a.day} {a.clock}:00">
{c.style(5)}{c.script("h5Config", esc(a.title), 8)}
</head><body>
<header class="bar"><a class="back">‹</a><span>苏州新闻</span></header>
<main><h1 class="h5-title">{esc(a.title)}</h1>
<p class="h5-meta">{esc(a.source)} · {esc(a.author)}</p>
<blockquote class="h5-lede">{esc(first)}</blockquote>
<section class="h5-sec">
{render(a, lines=tuple(rest), heading="<h2>{}</h2>")}
</section>
<section class="h5-rel"><h3>相关阅读</h3>{c.teasers(host, "", 5, cls="h5-rel-list", tag="div")}</section>
</main>
<footer class="h5-foot">苏州新闻 版权所有</footer>
</body></html>""",
        f"https://{host}/h5/{a.day.replace('-', '')}/{n}5512.html",
        when(a),
        paragraphs=gold_of(a.lines, a),
    )


def reprint_top(a: UArticle, n: int) -> Page:
    """A bureau site reprinting a story: 本文转自： over the text, 来源 and 编辑 under it."""
    c = Chrome(19200 + n)
    host = "www.yzzwfw.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_扬州市政务服务管理办公室</title>
{c.style(5)}{c.script("yzzw", "工作动态", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="扬州市政务服务管理办公室"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="detail"><h1>{esc(a.title)}</h1>
<div class="detail-info">发布时间：{when(a)}　浏览量：{c.rng.randint(10, 999)}</div>
<div class="detail-body">
<p>本文转自：{esc(a.source)}</p>
{render(a)}
<p>来源：{esc(a.source)}</p>
<p>编辑：钱蕾</p>
</div></div>
<div class="rel">{c.teasers(host, "工作动态", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="扬州市政务服务管理办公室", tech="扬州市大数据管理局", code="3210000031", icp="05003131", ga="32100202000313")}
</body></html>""",
        f"https://{host}/gzdt/{a.day.replace('-', '')}/{n}4471.html",
        when(a),
    )


def java_time(a: UArticle, n: int) -> Page:
    """A Java CMS printing its timestamp raw (2024-05-28 06:00:00.0), 文章来源 and 作者 in spans."""
    c = Chrome(19300 + n)
    host = "www.ntpl2.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--南通评论</title>
{c.style(5)}{c.script("jcms", esc(a.title), 6)}
</head><body>
<div class="hd">{c.mega_nav(host, groups=2, per_group=16, cls="hd-ul")}</div>
<div class="main"><div class="newsTitle">{esc(a.title)}</div>
<div class="newsInfo"><span>发布时间：{a.day} {a.clock}:00.0</span><span>文章来源：{esc(a.source)}</span><span>作者：{esc(a.author)}</span></div>
<div class="newsContent">
{render(a)}
</div></div>
<div class="more">{c.teasers(host, "更多评论", 5, cls="more-list")}</div>
<div class="ft">南通评论 版权所有</div>
</body></html>""",
        f"https://{host}/web/article/{n}9182.do",
        when(a),
    )


def reading_stats(a: UArticle, n: int) -> Page:
    """A paper's page with reading tools inside the text box: 全文约…字 阅读约需…分钟, 朗读, A+ A A-."""
    c = Chrome(19400 + n)
    host = "www.ntrb2.example.cn"
    chars = sum(len(p) for p in a.paragraphs)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_南通日报</title>
{c.style(5)}{c.script("ntrb2", esc(a.title), 6)}
</head><body>
<div class="hd">{c.mega_nav(host, groups=3, per_group=14, cls="hd-ul")}</div>
<div class="box">
<h1>{esc(a.title)}</h1>
<div class="meta">{when(a)}　{esc(a.source)}</div>
<div class="text-box">
<div class="tools"><span>全文约{chars}字，阅读约需1分钟</span><a>朗读</a><a>A+</a><a>A</a><a>A-</a><a>繁體</a></div>
<div class="text">
{render(a)}
</div></div></div>
<div class="rel">{c.teasers(host, "相关新闻", 5, cls="rel-list")}</div>
<div class="ft">南通日报社 版权所有</div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}8812.html",
        when(a),
    )


def sohu_mobile(a: UArticle, n: int) -> Page:
    """A portal's mobile page: 展开全文 fold, 打开APP 阅读全文, hot comments with 楼 numbers, 作者 card."""
    c = Chrome(19500 + n)
    host = "m.portal.example.com"
    floors = "".join(
        f'<div class="cmt"><span class="floor">{i + 1}楼</span><span class="u">{c.rng.choice(["网友a1", "南京网友", "苏州小李"])}</span><p>{esc(c.rng.choice(["好消息，支持！", "希望能长期坚持下去，惠及更多人。", "点赞，这才是民生实事。"]))}</p><span class="t">{c.rng.randint(1, 23)}小时前</span></div>'
        for i in range(6)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}_手机门户</title>
<meta property="og:release_date" content="{a.day} {a.clock}">
{c.style(5)}{c.script("mConfig", esc(a.title), 8)}
</head><body>
<div class="m-hd"><a>首页</a><a>打开APP</a></div>
<article class="m-art"><h1>{esc(a.title)}</h1>
<div class="m-author"><span class="name">{esc(a.source)}</span><span class="time">{a.day[5:]} {a.clock}</span></div>
<div class="m-text fold">
{render(a)}
</div>
<div class="m-unfold">展开全文 ∨</div>
<div class="m-app">打开APP，阅读全文</div>
</article>
<div class="m-cmt"><div class="m-cmt-hd">热门评论</div>{floors}</div>
<div class="m-feed">{c.teasers(host, "为你推荐", 6, cls="m-feed-list", tag="div")}</div>
</body></html>""",
        f"https://{host}/a/{n}71234_{a.day.replace('-', '')}",
        when(a),
    )


# ---------------------------------------------------------------- batch 16


def split_containers(a: UArticle, n: int) -> Page:
    """A feature whose text sits in separate boxes around a wide picture (text / picture / text)."""
    c = Chrome(20100 + n)
    host = "www.gswb.example.cn"
    lines = [x for x in a.lines if not x.startswith("[note]")]
    cut = next(i for i, x in enumerate(lines) if x.startswith("[cap]"))
    caption = lines[cut][5:]
    first = render(a, lines=tuple(lines[:cut]))
    second = render(a, lines=tuple(lines[cut + 1 :]))
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_姑苏晚报</title>
{c.style(5)}{c.script("gswb", esc(a.title), 7)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=16, cls="nav-ul")}</div>
<div class="feature"><h1 class="f-title">{esc(a.title)}</h1>
<div class="f-meta">{when(a)}　姑苏晚报　记者 {esc(a.author)}</div>
<div class="f-text">
{first}
</div>
<div class="f-wide"><img src="//img.{host}/wide/{n}.jpg"><p class="f-cap">{esc(caption)}</p></div>
<div class="f-text">
{second}
</div>
<div class="f-editor">编辑：{esc(a.editor)}</div></div>
<div class="f-more">{c.teasers(host, "姑苏新闻", 6, cls="more-list")}</div>
<div class="ft">姑苏晚报社 版权所有</div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}3321.html",
        when(a),
        paragraphs=gold_of(tuple(lines), a),
    )


def plain_comment_cards(a: UArticle, n: int) -> Page:
    """Comments as cards of a bold name over a sentence: no time, no link, no class that says so."""
    c = Chrome(20200 + n)
    host = "www.czrb.example.cn"
    cards = "".join(
        f'<div class="c-item"><b>{u}</b><p>{esc(t)}</p></div>'
        for u, t in (
            ("青龙居民", "义工们真有耐心，给我家老爷子剪得干干净净，谢谢你们！"),
            ("天宁小王", "这样的活动多多益善，社区老人最需要这种上门服务了。"),
            ("常州网友", "希望能把服务时间公布出来，方便大家提前安排。"),
            ("热心肠", "我也想报名做义工，请问怎么联系义工联合会？"),
        )
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_常州日报</title>
{c.style(5)}{c.script("czrb", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="wrap"><h1>{esc(a.title)}</h1>
<div class="meta">{when(a)}　{esc(a.source)}</div>
<div class="txt">
{render(a)}
</div>
<div class="talk"><div class="talk-hd">大家说</div>{cards}</div></div>
<div class="ft">常州日报社 版权所有</div>
</body></html>""",
        f"https://{host}/a/{a.day.replace('-', '')}/{n}1123.html",
        when(a),
    )


def wrapped_teasers(a: UArticle, n: int) -> Page:
    """Related stories as whole-card links: <a> wrapping an <h4> title and a <p> summary."""
    c = Chrome(20300 + n)
    host = "www.mzb.example.gov.cn"
    cards = "".join(
        f'<a class="card" href="{c.url(host)}"><h4>{esc(c.headline())}</h4><p>{esc(c.summary())}</p></a>'
        for _ in range(5)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_民政动态</title>
{c.style(5)}{c.script("mzb", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info">{when(a)}　来源：{esc(a.source)}</div>
<div class="content">
{render(a)}
</div></div>
<div class="cards"><div class="cards-hd">延伸推荐</div>{cards}</div>
<div class="ft">版权所有 民政动态</div>
</body></html>""",
        f"https://{host}/xw/{a.day.replace('-', '')}/{n}5532.html",
        when(a),
    )


def date_top_time_bottom(a: UArticle, n: int) -> Page:
    """A paper's page: the bare date at the top, the full 发布时间 with the minute under the text."""
    c = Chrome(20400 + n)
    host = "www.szrb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州日报</title>
{c.style(5)}{c.script("szrb", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="art"><div class="art-date">{a.day}</div><h1>{esc(a.title)}</h1>
<div class="art-txt">
{render(a)}
</div>
<div class="art-foot">发布时间：{a.day} {a.clock}　来源：{esc(a.source)}　作者：{esc(a.author)}</div></div>
<div class="rel">{c.teasers(host, "相关新闻", 5, cls="rel-list")}</div>
<div class="ft">苏州日报社 版权所有</div>
</body></html>""",
        f"https://{host}/a/{a.day.replace('-', '')}/{n}9981.html",
        when(a),
    )


def lazy_images(a: UArticle, n: int) -> Page:
    """Lazy-loaded pictures: data-original, <noscript> copies, 图片加载中 and 点击查看大图 under each."""
    c = Chrome(20500 + n)
    host = "pic.wzxw.example.cn"
    cap = (
        f'<div class="img-box"><img class="lazy" data-original="//img.{host}/{n}.jpg" src="/grey.gif">'
        f'<noscript><img src="//img.{host}/{n}.jpg"></noscript><span class="img-loading">图片加载中…</span>'
        '<a class="img-zoom">点击查看大图</a><p class="img-txt">{}</p></div>'
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_吴中新闻网</title>
{c.style(5)}{c.script("lazyload", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="pic-art"><h1>{esc(a.title)}</h1>
<div class="pic-meta">{when(a)}　来源：{esc(a.source)}　摄影：{esc(a.author)}</div>
<div class="pic-body">
{render(a, cap=cap)}
</div></div>
<div class="rel">{c.teasers(host, "更多图片", 5, cls="rel-list")}</div>
<div class="ft">吴中新闻网 版权所有</div>
</body></html>""",
        f"https://{host}/tp/{a.day.replace('-', '')}/{n}2291.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 17


def longform(a: UArticle, n: int) -> Page:
    """A long 调查 with numbered sub-headings in <h3>, a pull quote box, 本报记者 in the info line."""
    c = Chrome(21100 + n)
    host = "www.yzrb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_扬州日报</title>
{c.style(6)}{c.script("yzrb", esc(a.title), 8)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=18, cls="nav-ul")}</div>
<div class="main"><div class="article">
<p class="kicker">深度调查</p><h1>{esc(a.title)}</h1>
<div class="info">{when(a)}　扬州日报　本报记者 {esc(a.author)}</div>
<div class="body">
{render(a, heading="<h3>{}</h3>")}
</div>
<div class="editor">责任编辑：{esc(a.editor)}</div></div>
<div class="side">{c.hot_list(host, "扬州要闻", 10, cls="side-ul")}{c.teasers(host, "深度", 4, cls="side-deep")}</div></div>
<div class="ft">扬州日报社 版权所有</div>
</body></html>""",
        f"https://{host}/sd/{a.day.replace('-', '')}/{n}1198.html",
        when(a),
    )


def inline_related_box(a: UArticle, n: int) -> Page:
    """A 相关阅读 box with linked titles and summaries between two paragraphs of the text."""
    c = Chrome(21200 + n)
    host = "www.wxnews.example.cn"
    box = (
        '<div class="xgyd-box"><div class="xgyd-hd">相关阅读</div>'
        + "".join(
            f'<div class="xgyd-item"><a href="{c.url(host)}">{esc(c.headline())}</a><p>{esc(c.summary())}</p></div>'
            for _ in range(2)
        )
        + "</div>"
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_无锡新闻网</title>
{c.style(5)}{c.script("wxnews", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info">{when(a)}　来源：{esc(a.source)}</div>
<div class="art-body">
{render(a, lines=a.lines[:3])}
{box}
{render(a, lines=a.lines[3:])}
</div></div>
<div class="ft">无锡新闻网 版权所有</div>
</body></html>""",
        f"https://{host}/xw/{a.day.replace('-', '')}/{n}6612.html",
        when(a),
    )


def speech(a: UArticle, n: int) -> Page:
    """A 领导讲话 page: 同志们： and 谢谢大家！ short lines, 讲话人 and 讲话时间 fields above the text."""
    c = Chrome(21300 + n)
    host = "mzj.sq.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-宿迁市民政局</title>
<meta name="PubDate" content="{a.day}">
{c.style(5)}{c.script("sqmz", "领导讲话", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="宿迁市民政局"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-fields"><span>讲话人：局长 王涛</span><span>发布日期：{a.day}</span></div>
<div class="art-body">
{render(a, p='<p style="text-indent:2em">{}</p>')}
</div></div>
<div class="rel">{c.teasers(host, "领导讲话", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="宿迁市民政局", tech="宿迁市大数据管理局", code="3213000011", icp="05001313", ga="32130202000131")}
</body></html>""",
        f"https://{host}/ldjh/{a.day.replace('-', '')}/{n}2231.html",
        a.day,
    )


def bullet_points(a: UArticle, n: int) -> Page:
    """A 工作要点 whose items end without punctuation, each in its own <div>."""
    c = Chrome(21400 + n)
    host = "mzj.ha.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_淮安市民政局</title>
{c.style(5)}{c.script("hamz", "计划总结", 6)}
</head><body>
<div class="top"><img src="/logo.png" alt="淮安市民政局"></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info">发布日期：{a.day}　来源：{esc(a.source)}</div>
<div class="art-body">
{"".join(f"<div>{esc(line)}</div>" for line in a.paragraphs)}
</div></div>
<div class="rel">{c.teasers(host, "计划总结", 5, cls="rel-list")}</div>
{GOV_FOOTER.format(org="淮安市民政局", tech="淮安市大数据管理局", code="3208000011", icp="05000808", ga="32080202000080")}
</body></html>""",
        f"https://{host}/jhzj/{a.day.replace('-', '')}/{n}3341.html",
        a.day,
    )


def fullwidth_digits(a: UArticle, n: int) -> Page:
    """A page whose headline is typed with full-width digits while <title> has ASCII ones."""
    c = Chrome(21500 + n)
    host = "www.hjsz.example.cn"
    shown = a.title.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_环境苏州</title>
{c.style(5)}{c.script("hjsz", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(shown)}</h1>
<div class="art-info">{when(a)}　{esc(a.source)}</div>
<div class="art-body">
{render(a)}
</div></div>
<div class="rel">{c.teasers(host, "环境动态", 5, cls="rel-list")}</div>
<div class="ft">环境苏州 版权所有</div>
</body></html>""",
        f"https://{host}/hjdt/{a.day.replace('-', '')}/{n}4412.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 18: beyond the mainland


def hk_news(a: UArticle, n: int) -> Page:
    """A Hong Kong news site in traditional characters: 發佈時間 and 最後更新 labels, 相關新聞."""
    c = Chrome(22100 + n)
    host = "www.hknews.example.hk"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8">
<title>{esc(a.title)}｜港聞｜香港新聞網</title>
{c.style(5)}{c.script("hkConfig", esc(a.title), 7)}
</head><body>
<div class="hk-nav"><a>首頁</a><a>港聞</a><a>兩岸</a><a>國際</a><a>財經</a><a>體育</a><a>娛樂</a><a>生活</a></div>
<div class="hk-art"><h1 class="hk-title">{esc(a.title)}</h1>
<div class="hk-time"><span>發佈時間：{y}/{m}/{d} {a.clock}</span><span>最後更新：{y}/{m}/{int(d) + 1:02d} 09:05</span></div>
<div class="hk-body">
{render(a)}
</div>
<div class="hk-tags">相關標籤：<a>社署</a><a>長者</a></div></div>
<div class="hk-rel"><div class="hk-rel-hd">相關新聞</div><ul>{"".join(f"<li><a>{t}</a></li>" for t in ("勞工處推就業計劃", "醫管局公布急症室輪候時間", "運輸署宣布新巴士路線", "房委會推出資助出售房屋"))}</ul></div>
<div class="hk-foot">© 2024 香港新聞網 版權所有</div>
</body></html>""",
        f"https://{host}/news/{y}{m}{d}/{n}55123",
        when(a),
    )


def tw_gov(a: UArticle, n: int) -> Page:
    """A Taiwan government news page: 發布日期 in the ROC calendar (113-06-15), 發布單位, 更新日期."""
    c = Chrome(22200 + n)
    host = "www.mohw.example.gov.tw"
    y, m, d = (int(x) for x in a.day.split("-"))
    return Page(
        f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{esc(a.title)}-衛生福利部</title>
{c.style(6)}{c.script("twgov", "新聞", 6)}
</head><body>
<div class="header"><a class="accesskey" title="上方功能區塊">:::</a><a>網站導覽</a><a>English</a><a>兒童版</a></div>
<div class="menu"><a>本部簡介</a><a>新聞與公告</a><a>業務專區</a><a>服務專區</a><a>資料開放</a></div>
<div class="path">首頁 &gt; 新聞與公告 &gt; 本部新聞</div>
<div class="cp"><h2 class="cp-title">{esc(a.title)}</h2>
<div class="cp-info"><ul><li>發布日期：{y - 1911}-{m:02d}-{d:02d}</li><li>發布單位：社會救助及社工司</li><li>更新日期：{y - 1911}-{m:02d}-{d + 1:02d}</li></ul></div>
<div class="cp-content">
{render(a)}
</div>
<div class="cp-foot"><a>友善列印</a> <a>回上一頁</a></div></div>
<div class="footer"><p>衛生福利部 版權所有 © 2024</p><p>地址：115204台北市南港區忠孝東路6段488號</p></div>
</body></html>""",
        f"https://{host}/cp-{n}6-78901-1.html",
        a.day,
    )


def zaobao(a: UArticle, n: int) -> Page:
    """A Singapore paper: 发布 / 2024年10月22日 2:05 PM, 更新 / … AM, 12-hour clock with AM/PM."""
    c = Chrome(22300 + n)
    host = "www.zaobao.example.sg"
    y, m, d = (int(x) for x in a.day.split("-"))
    hh, mm = (int(x) for x in a.clock.split(":"))
    shown = f"{hh - 12 if hh > 12 else hh}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
    return Page(
        f"""<!DOCTYPE html><html lang="zh-SG"><head><meta charset="utf-8">
<title>{esc(a.title)} | 联合早报</title>
{c.style(6)}{c.script("zbConfig", esc(a.title), 8)}
</head><body>
<div class="zb-nav">{c.mega_nav(host, groups=2, per_group=14, cls="zb-nav-ul")}</div>
<article class="zb-art"><h1>{esc(a.title)}</h1>
<div class="zb-meta"><span>发布 / {y}年{m}月{d}日 {shown}</span><span>更新 / {y}年{m}月{d + 1}日 9:30 AM</span></div>
<div class="zb-body">
{render(a)}
</div></article>
<div class="zb-rec">{c.teasers(host, "相关新闻", 5, cls="zb-rec-list")}</div>
<div class="zb-foot">© 2024 SPH Media Limited. All rights reserved.</div>
</body></html>""",
        f"https://{host}/news/china/story{y}{m:02d}{d:02d}-{n}512345",
        when(a),
    )


def macau_gov(a: UArticle, n: int) -> Page:
    """A Macau government news page: traditional text, Portuguese menu, the date under the text."""
    c = Chrome(22400 + n)
    host = "www.gcs.example.gov.mo"
    y, m, d = (int(x) for x in a.day.split("-"))
    return Page(
        f"""<!DOCTYPE html><html lang="zh-MO"><head><meta charset="utf-8">
<title>{esc(a.title)} - 新聞局</title>
{c.style(6)}{c.script("gcs", "新聞", 6)}
</head><body>
<div class="langs"><a>繁體中文</a> <a>Português</a> <a>English</a></div>
<div class="menu"><a>新聞稿</a><a>Comunicados</a><a>圖片</a><a>Fotos</a><a>影片</a><a>Vídeos</a></div>
<div class="news"><h3 class="news-title">{esc(a.title)}</h3>
<div class="news-content">
{render(a)}
</div>
<div class="news-date">{y}-{m:02d}-{d:02d} {a.clock}</div>
<div class="news-share">分享：<a>Facebook</a> <a>WeChat</a></div></div>
<div class="foot">澳門特別行政區政府新聞局 © 2024</div>
</body></html>""",
        f"https://{host}/detail/zh-hant/N{y % 100}F{n}ABCDE",
        when(a),
    )


def roc_minguo(a: UArticle, n: int) -> Page:
    """A Taiwan NGO page dating its news 中華民國113年6月15日 in the text's closing line."""
    c = Chrome(22500 + n)
    host = "www.twngo.example.org.tw"
    y, m, d = (int(x) for x in a.day.split("-"))
    return Page(
        f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>{esc(a.title)}｜台灣社區照顧協會</title>
{c.style(6)}{c.script("ngo", "最新消息", 6)}
</head><body>
<div class="nav"><a>首頁</a><a>關於我們</a><a>最新消息</a><a>服務據點</a><a>捐款支持</a></div>
<div class="post"><h1>{esc(a.title)}</h1>
<div class="post-date">中華民國{y - 1911}年{m}月{d}日</div>
<div class="post-body">
{render(a)}
</div>
<div class="post-tags">分類：<a>最新消息</a></div></div>
<div class="side"><div class="hd">熱門消息</div><ul>{"".join(f"<li><a>{t}</a></li>" for t in ("志工招募說明會", "年度捐款收據寄發", "長者共餐活動花絮"))}</ul></div>
<div class="foot">社團法人台灣社區照顧協會 版權所有</div>
</body></html>""",
        f"https://{host}/news/{n}1234",
        a.day,
    )


# ---------------------------------------------------------------- batch 19


def gongyi_paper(a: UArticle, n: int) -> Page:
    """A 公益 weekly's site: 来源 | 作者 | 时间 in one piped line, the 编者按 in a styled box."""
    c = Chrome(23100 + n)
    host = "www.gongyi.example.cn"
    note = next(line[6:] for line in a.lines if line.startswith("[note]"))
    rest = tuple(line for line in a.lines if not line.startswith("[note]"))
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-公益周刊</title>
{c.style(5)}{c.script("gyzk", esc(a.title), 7)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="detail"><h1 class="detail-h1">{esc(a.title)}</h1>
<div class="detail-meta">来源：{esc(a.source)} | 作者：{esc(a.author)} | 时间：{when(a)}</div>
<div class="editor-note"><span class="tag">编者按</span><p>{esc(note.removeprefix("编者按："))}</p></div>
<div class="detail-content">
{render(a, lines=rest)}
</div></div>
<div class="more">{c.teasers(host, "公益资讯", 6, cls="more-list")}</div>
<div class="ft">公益周刊 版权所有</div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}8890.html",
        when(a),
        paragraphs=(note.removeprefix("编者按："), *gold_of(rest, a)),
    )


def hidden_seo(a: UArticle, n: int) -> Page:
    """A CMS hiding an SEO paragraph (display:none) inside the text box."""
    c = Chrome(23200 + n)
    host = "www.wjrc.example.gov.cn"
    seo = (
        '<p style="display:none">吴江区社区工作者招聘、社区工作者报名入口、社区工作者考试时间、'
        "社区工作者待遇，更多招聘信息请关注吴江人才网，我们将为您提供最新最全的招聘资讯。</p>"
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_吴江人才网</title>
{c.style(5)}{c.script("wjrc", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="art-body">
{seo}
{render(a)}
<div style="display: none;">招聘 公告 社区工作者 吴江 报名 考试</div>
</div></div>
<div class="rel">{c.teasers(host, "招聘公告", 5, cls="rel-list")}</div>
<div class="ft">吴江人才网 版权所有</div>
</body></html>""",
        f"https://{host}/zpgg/{a.day.replace('-', '')}/{n}1178.html",
        when(a),
    )


def url_only_date(a: UArticle, n: int) -> Page:
    """A portal page showing no date at all; its URL carries /2024/0912/ as 人民网's do."""
    c = Chrome(23300 + n)
    host = "js.people.example.com.cn"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--江苏频道--人民网</title>
{c.style(5)}{c.script("rmw", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=3, per_group=16, cls="nav-ul")}</div>
<div class="text_c"><h1>{esc(a.title)}</h1>
<div class="text_source">来源：{esc(a.source)}</div>
<div class="text_con">
{render(a)}
</div>
<div class="edit">(责编：王宁、李然)</div></div>
<div class="rel">{c.teasers(host, "江苏要闻", 6, cls="rel-list")}</div>
<div class="ft">人民网版权所有，未经书面授权禁止使用</div>
</body></html>""",
        f"http://{host}/n2/{y}/{m}{d}/c360302-{n}4123456.html",
        a.day,
    )


def emoji_list(a: UArticle, n: int) -> Page:
    """A 政务新媒体 page: ✅ items, an emoji in the text, 【栏目】 in front of the headline."""
    c = Chrome(23400 + n)
    host = "www.wjfb.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(5)}{c.script("wjfb", esc(a.title), 7)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1 class="art-h">{esc(a.title)}</h1>
<div class="art-m"><span>{esc(a.source)}</span><span>{when(a)}</span></div>
<div class="art-b">
{render(a)}
</div></div>
<div class="rel">{c.teasers(host, "文明实践", 5, cls="rel-list")}</div>
<div class="ft">吴江发布 版权所有</div>
</body></html>""",
        f"https://{host}/wmsj/{a.day.replace('-', '')}/{n}2211.html",
        when(a),
    )


def bracket_in_title_tag(a: UArticle, n: int) -> Page:
    """The headline's 【栏目】 only in <title> and og:title, the on-page heading without it."""
    c = Chrome(23500 + n)
    host = "www.wjrb2.example.cn"
    bare = a.title.split("】", 1)[1]
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_吴江日报</title>
<meta property="og:title" content="{esc(a.title)}">
{c.style(5)}{c.script("wjrb2", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><div class="art-lm">文明实践</div><h1>{esc(bare)}</h1>
<div class="art-m">{when(a)}　{esc(a.source)}</div>
<div class="art-b">
{render(a)}
</div></div>
<div class="ft">吴江日报社 版权所有</div>
</body></html>""",
        f"https://{host}/wm/{a.day.replace('-', '')}/{n}6621.html",
        when(a),
        title=bare,
    )


# ---------------------------------------------------------------- batch 20


def dl_qa(a: UArticle, n: int) -> Page:
    """A 政策问答 page: the intro in a <p>, each 问 in a <dt> and its 答 in a <dd>."""
    c = Chrome(24100 + n)
    host = "mzt.js2.example.gov.cn"
    intro = a.lines[0]
    pairs = "".join(
        f"<dt>{esc(q)}</dt><dd>{esc(ans)}</dd>"
        for q, ans in zip(a.lines[1::2], a.lines[2::2], strict=True)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_江苏省民政厅</title>
{c.style(5)}{c.script("wd", "政策问答", 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="wd"><h1>{esc(a.title)}</h1>
<div class="wd-info">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="wd-body"><p>{esc(intro)}</p><dl class="qa">{pairs}</dl></div></div>
<div class="rel">{c.teasers(host, "政策问答", 5, cls="rel-list")}</div>
<div class="ft">江苏省民政厅 版权所有</div>
</body></html>""",
        f"https://{host}/zcwd/{a.day.replace('-', '')}/{n}7781.html",
        when(a),
    )


def timeline(a: UArticle, n: int) -> Page:
    """A 大事记: lines that open with their own date and carry no punctuation."""
    c = Chrome(24200 + n)
    host = "mzj.sz2.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州市民政局</title>
{c.style(5)}{c.script("dsj", "大事记", 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<div class="art-body">
{render(a)}
</div></div>
<div class="rel">{c.teasers(host, "专题", 5, cls="rel-list")}</div>
<div class="ft">苏州市民政局 版权所有</div>
</body></html>""",
        f"https://{host}/dsj/{a.day.replace('-', '')}/{n}3319.html",
        when(a),
    )


def dated_headline(a: UArticle, n: int) -> Page:
    """A headline opening with a date of its own (the day a rule takes effect), the time under it."""
    c = Chrome(24300 + n)
    host = "www.jsxw2.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_江苏新闻</title>
{c.style(5)}{c.script("jsxw2", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info"><span>{esc(a.source)}</span><span>{when(a)}</span></div>
<div class="art-body">
{render(a)}
</div></div>
<div class="rel">{c.teasers(host, "民生", 5, cls="rel-list")}</div>
<div class="ft">江苏新闻 版权所有</div>
</body></html>""",
        f"https://{host}/ms/{n}98123.html",
        when(a),
    )


def pdf_embed(a: UArticle, n: int) -> Page:
    """A 公示 showing its attachment in an embedded PDF viewer, with the viewer's fallback text."""
    c = Chrome(24400 + n)
    host = "www.zjg2.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_张家港市民政局</title>
{c.style(5)}{c.script("pdfjs", "公示", 8)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="art-info">发布日期：{a.day}　来源：{esc(a.source)}</div>
<div class="art-body">
{render(a)}
<div class="pdf-box"><object data="/att/pg2024.pdf" type="application/pdf" width="100%" height="800"><p>您的浏览器不支持PDF预览，请<a href="/att/pg2024.pdf">下载附件</a>查看。</p></object></div>
<p class="pdf-tip">如无法查看，请下载附件：<a href="/att/pg2024.pdf">2024年度社会组织评估结果.pdf</a></p>
</div></div>
<div class="rel">{c.teasers(host, "公示公告", 5, cls="rel-list")}</div>
<div class="ft">张家港市民政局 版权所有</div>
</body></html>""",
        f"https://{host}/gsgg/{a.day.replace('-', '')}/{n}5512.html",
        a.day,
    )


def xuexi(a: UArticle, n: int) -> Page:
    """A 学习平台-like static page: render-detail blocks, the date alone, 来源/作者/责任编辑 under the text."""
    c = Chrome(24500 + n)
    host = "www.xxpt.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("globalCache", esc(a.title), 10)}
</head><body><div id="root"><div class="layout-body">
<div class="render-detail-title">{esc(a.title)}</div>
<div class="render-detail-resource"><span class="render-detail-time">{a.day}</span></div>
<div class="render-detail-article-content">
{render(a)}
</div>
<div class="render-detail-source">来源：{esc(a.source)}</div>
<div class="render-detail-author">作者：{esc(a.author)}</div>
<div class="render-detail-editor">责任编辑：顾雯</div>
<div class="render-detail-share"><span>分享到：</span><span>微信</span><span>微博</span></div>
</div></div></body></html>""",
        f"https://{host}/lgpage/detail/index.html?id={n}8812345678901234",
        a.day,
    )


# ---------------------------------------------------------------- batch 21


def _gov_page(c: Chrome, host: str, title: str, head: str, main: str, foot_org: str) -> str:
    """A 集约化 government page around `main`: header menu, left column, footer with 网站标识码."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
{head}{c.style(5)}{c.script("govcfg", title, 6)}
</head><body>
<div class="top-bar"><span>{HEADER_DAY_CN}</span><a>无障碍</a><a>长者模式</a><a>简</a><a>繁</a><a>English</a></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>
{main}
<div class="left">{c.link_list(host, 8, "left-list")}</div>
{GOV_FOOTER.format(org=foot_org, tech="大汉网络", code=f"32050{c.rng.randint(10000, 99999)}", icp=f"{c.rng.randint(10**7, 10**8)}", ga=f"3205{c.rng.randint(10**9, 10**10)}")}
</body></html>"""


def govcn_library(a: UArticle, n: int) -> Page:
    """A 政策文件库 page copied from gov.cn: 信息 table repeating the 标题, #UCAP-CONTENT > .trs_editor_view
    with 　　-indented paragraphs, the date in Chinese, the time only in meta firstpublishedtime."""
    c = Chrome(30100 + n)
    host = "www.szgov2.example.cn"
    table = (
        '<table class="bd1" width="100%" cellpadding="0" cellspacing="1"><tbody>'
        f'<tr><td class="b12c" width="15%"><b>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</b></td><td class="b12c">01401{n}293/{a.day[:4]}-0021{n}</td>'
        '<td class="b12c" width="15%"><b>主题分类：</b></td><td class="b12c">民政、扶贫、救灾\\社区建设</td></tr>'
        f'<tr><td class="b12c"><b>发文机关：</b></td><td class="b12c">{esc(a.source)}</td><td class="b12c"><b>成文日期：</b></td><td class="b12c">{cn_day(a)}</td></tr>'
        f'<tr><td class="b12c"><b>标　　题：</b></td><td class="b12c" colspan="3">{esc(a.title)}</td></tr>'
        f'<tr><td class="b12c"><b>发文字号：</b></td><td class="b12c">苏民规〔{a.day[:4]}〕{n + 3}号</td><td class="b12c"><b>发布日期：</b></td><td class="b12c">{cn_day(a)}</td></tr>'
        "</tbody></table>"
    )
    body = render(
        a,
        p='<p style="text-indent: 2em; font-family: 宋体;">　　{}</p>',
        heading='<p style="text-align: center;"><strong>{}</strong></p>',
        table='<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse"><tbody>{}</tbody></table>',
    )
    main = f"""<div class="policyLibraryOverview_content">{table}
<div class="pages-title" id="ti">{esc(a.title)}</div>
<div class="pages_content mhide" id="UCAP-CONTENT"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{body}
</div></div>
<div class="pages_print mhide"><span class="font index_switchsize">【<a>大</a> <a>中</a> <a>小</a>】</span><span class="jiucuo"><a>【我要纠错】</a></span> <span class="editor">责任编辑：顾小燕</span></div>
<div class="mobile_erweima">扫一扫在手机打开当前页</div>
<div class="related"><h4>相关稿件</h4>{c.link_list(host, 5, "rel-list")}</div>
</div>"""
    head = (
        f'<meta name="firstpublishedtime" content="{a.day}-{a.clock}:00"><meta name="lastmodifiedtime" content="{a.day}-{a.clock}:00">'
        f'<meta name="manuscriptid" content="{n}77321">'
    )
    return Page(
        _gov_page(
            c, host, f"{esc(a.title)}_市政府文件_苏州市人民政府", head, main, "苏州市人民政府办公室"
        ),
        f"https://{host}/zhengce/content/{a.day[:7].replace('-', '')}/content_{n}77321.htm",
        when(a),
    )


def trs_img_wrapper(a: UArticle, n: int) -> Page:
    """TRS_UEDITOR TRS_WEB body: pictures in div.img_wrapper with span.img_descr (empty or the caption),
    a player script inside the text, 【字体：大 中 小】 and 打印本页/关闭窗口 bars."""
    c = Chrome(30200 + n)
    host = "mzj.ks2.example.gov.cn"
    body = render(
        a,
        p="<p>　　{}</p>",
        img='<div class="img_wrapper"><img src="./W0202{n}0830011894747757.jpg" alt="" appendix="true" oldsrc="W0202.jpg"><span class="img_descr"></span></div>',
        cap='<div class="img_wrapper"><img src="./W0202{n}0830011894747757.jpg" alt="" oldsrc="W0202.jpg"><span class="img_descr">{}</span></div>',
    )
    main = f"""<div class="article">
<h2 class="art-title">{esc(a.title)}</h2>
<div class="art-info"><span>发布日期：{when(a)}</span><span>来源：{esc(a.source)}</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="art-con"><div class="TRS_UEDITOR TRS_WEB">
<script type="text/javascript">var _vodList = [];if(typeof(initPlayer)=="function"){{initPlayer("vod{n}","/video/{n}.mp4");}}</script>
{body}
</div></div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_昆山市民政局", "", main, "昆山市民政局"),
        f"https://{host}/art/{a.day.replace('-', '/')}/art_{n}512_83123.html",
        when(a),
    )


def jcms_zoom_tables(a: UArticle, n: int) -> Page:
    """An old JCMS article: layout tables three deep, <font> tags, paragraphs in one #zoom cell split by
    <br> with &nbsp; indents, 发布日期 and a script 浏览次数 in a cell, 【打印本页】【关闭窗口】."""
    c = Chrome(30300 + n)
    host = "www.czyg2.example.org.cn"
    text = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(line)}" for line in a.paragraphs)
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}</title>
{c.style(4)}{c.script("jcms", "义工动态", 5)}
</head><body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>{c.mega_nav(host, groups=1, per_group=12, cls="menu")}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="240" valign="top"><table width="100%"><tr><td class="lm">义工动态</td></tr><tr><td>{c.link_list(host, 8, "sub")}</td></tr></table></td>
<td valign="top"><table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="dqwz">您现在的位置：<a>首页</a> &gt;&gt; <a>义工动态</a></td></tr>
<tr><td align="center" height="60" class="bt_title"><font color="#B40000" style="font-size:22px"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center" class="bt_info"><font color="#666666">发布日期：{a.day}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{esc(a.source)}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript">document.write(Math.floor(Math.random()*900)+100)</script></font></td></tr>
<tr><td class="bt_content"><div id="zoom"><font face="宋体" style="font-size:14px;line-height:28px">{text}</font></div></td></tr>
<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">常州市义工联合会 版权所有 地址：常州市龙城大道1280号 苏ICP备0{n}123456号</td></tr></table>
</body></html>""",
        f"https://{host}/art/{a.day[:4]}/{n}7781.html",
        a.day,
    )


def ivs_union(a: UArticle, n: int) -> Page:
    """An 开普云-style page: #ivs_content holding div.Custom_UnionStyle, an info line with 浏览次数 and
    字号, a 分享到 bar, 相关链接 and the 扫一扫 prompt after the text."""
    c = Chrome(30400 + n)
    host = "www.tz2.example.gov.cn"
    main = f"""<div class="article">
<div class="title">{esc(a.title)}</div>
<div class="info"><span>发布时间：{when(a)}</span> <span>信息来源：{esc(a.source)}</span> <span>浏览次数：<span id="hits">1{n}87</span></span> <span class="fontsize">字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div id="ivs_content" class="content"><div class="Custom_UnionStyle">
{render(a, p='<p style="text-indent:2em;"><span style="font-size:16px;">{}</span></p>')}
</div></div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>
<div class="qrcode"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
<div class="xglj"><h4>相关链接</h4>{c.link_list(host, 4, "xglj-list")}</div>
</div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-泰州市人民政府", "", main, "泰州市人民政府办公室"),
        f"https://{host}/art/{a.day.replace('-', '/')}/art_4{n}521_2887.html",
        when(a),
    )


def short_notice(a: UArticle, n: int) -> Page:
    """A two-line 通知 on a 集约化 platform: 附件 list, 上一篇/下一篇 with dates, the 落款 lines and a long
    left menu and footer around fewer than 100 characters of text."""
    c = Chrome(30500 + n)
    host = "mzj.szwz2.example.gov.cn"
    main = f"""<div class="detail">
<h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info">发布时间：{a.day}　来源：{esc(a.source)}　<a href="javascript:window.print()">[打印]</a></div>
<div class="detail-content" id="zoom">
{render(a, p='<p style="text-indent:2em;">{}</p>')}
</div>
<div class="detail-fj">附件：<a href="/att/{n}.docx">婚姻登记处联系电话一览表.docx</a></div>
<div class="detail-pn"><p>上一篇：<a>吴中区2024年第四季度最低生活保障资金发放情况公示</a><span>2024-12-20</span></p><p>下一篇：<a>关于开展2025年春节走访慰问困难群众工作的通知</a><span>2025-01-06</span></p></div>
</div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_吴中区民政局", "", main, "苏州市吴中区民政局"),
        f"https://{host}/szwzmzj/tzgg/{a.day.replace('-', '')}/{n}a2c.shtml",
        a.day,
    )


# ---------------------------------------------------------------- batch 22


def wechat_full(a: UArticle, n: int) -> Page:
    """A WeChat article as saved: 点击上方蓝字 at the top, <section>s with inline styles, an empty
    em#publish_time filled from `var createTime`, then END, 往期推荐, 扫码关注, 阅读原文 and 在看 strings."""
    c = Chrome(30600 + n)
    sections = "\n".join(
        f'<section style="margin:0 8px;line-height:1.75em;"><span style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;">{esc(line)}</span></section><section><br></section>'
        for line in a.paragraphs
    )
    recent = "".join(
        f'<p><a href="https://mp.weixin.qq.com/s/{c.rng.randint(10**6, 10**7)}">{esc(c.headline())}</a></p>'
        for _ in range(4)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">
<title>{esc(a.title)}</title>
{c.style(6)}
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="js_article"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(a.source)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">江苏</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><span style="color:rgb(0,122,170);font-size:13px;">点击上方蓝字 关注我们</span></section>
{sections}
<section style="text-align:center;"><span style="color:rgb(136,136,136);">END</span></section>
<section><span style="font-size:14px;">往期推荐</span></section>
{recent}
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/qr{n}.jpg"><p>扫码关注我们</p><p>来源：{esc(a.source)}</p><p>编辑：陆雯　审核：周杰</p></section>
</div>
<div id="js_tags" class="article-tag__list">#文明实践 #共享</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 2{n}31</span><span>赞</span><span>分享</span><span>在看</span></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="wx_tips">预览时标签不可点</div>
</div></div></div>
<script>var nickname = htmlDecode("{esc(a.source)}");var ct = "";var createTime = '{a.day} {a.clock}';var msg_title = '{esc(a.title)}'.html(false);
document.getElementById("publish_time").innerHTML = createTime;</script>
{c.script("wx", esc(a.title), 10)}
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}Xk2Pq8LmR4vT6wYz",
        when(a),
    )


def wechat_leaf(a: UArticle, n: int) -> Page:
    """WeChat's 2024 editor: text in <span leaf=""> inside nested <section>s and no <p>, blank lines as
    <section><span leaf=""><br></span></section>, 来源/编辑/审核 and 图片来源 lines at the end."""
    c = Chrome(30700 + n)
    lines = "\n".join(
        f'<section style="text-indent:2em;margin-bottom:16px;"><section><span leaf="">{esc(line)}</span></section></section><section><span leaf=""><br></span></section>'
        for line in a.paragraphs
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="微信公众平台">
<title>{esc(a.title)}</title>{c.style(5)}
</head><body id="activity-detail">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">{esc(a.author)}</span> <a id="js_name">{esc(a.source)}</a> <em id="publish_time">{a.day} {a.clock}</em></div>
<div class="rich_media_content" id="js_content"><section data-role="outer">
{lines}
<section style="font-size:12px;color:#999;"><span leaf="">来源：{esc(a.source)}</span></section>
<section style="font-size:12px;color:#999;"><span leaf="">编辑：{esc(a.editor)}　审核：王力</span></section>
<section style="font-size:12px;color:#999;"><span leaf="">图片来源：网络</span></section>
</section></div>
<div class="rich_media_tool"><span>喜欢此内容的人还喜欢</span>{c.link_list("mp.weixin.qq.com", 3, "like")}</div>
</div>{c.script("wx", esc(a.title), 9)}
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}aQ9wR2tY",
        when(a),
    )


def tencent_ssr(a: UArticle, n: int) -> Page:
    """A 腾讯新闻-like server-rendered page: the article as <p class="one-p"> in .content-article, the
    publish time only in `window.DATA = {{..."pubtime":...}}`, the info line showing the source alone."""
    c = Chrome(30800 + n)
    host = "new.qq2.example.com"
    data = json.dumps(
        {
            "article_id": f"2024{n}528A0",
            "title": a.title,
            "media": a.source,
            "pubtime": f"{a.day} {a.clock}:00",
            "catalog1": "news",
        },
        ensure_ascii=False,
    )
    body = "\n".join(f'<p class="one-p">{esc(line)}</p>' for line in a.paragraphs)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_腾讯新闻</title>
<meta name="keywords" content="社区,社会组织"><meta name="description" content="{esc(a.paragraphs[0][:60])}">
{c.style(6)}
<script>window.DATA = {data};</script>{c.script("qqnews", esc(a.title), 8)}
</head><body>
<div class="qq-top">{c.mega_nav(host, groups=1, per_group=18, cls="qq-nav")}</div>
<div class="LEFT"><h1>{esc(a.title)}</h1>
<div class="article-author"><a class="media-name">{esc(a.source)}</a><span class="media-tag">腾讯新闻·优质作者</span></div>
<div class="content clearfix"><div class="content-article">
{body}
</div></div>
<div class="article-statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>
<div class="lead-app">打开腾讯新闻，查看更多精彩内容</div>
</div>
<div class="RIGHT">{c.hot_list(host, "24小时热文", 10)}</div>
<div class="foot">Copyright © 1998 - 2026 Tencent. All Rights Reserved</div>
</body></html>""",
        f"https://{host}/rain/a/2024{n}528A0{n}XY00",
        when(a),
    )


def people_channel(a: UArticle, n: int) -> Page:
    """A 人民网 local-channel page: date and time glued (2024年09月26日09:58) before 来源 in one line,
    .rm_txt_con with text-indent paragraphs and a picture with p.pictext, (责编：x、y) at the end."""
    c = Chrome(30900 + n)
    host = "js.people2.example.cn"
    y, m, d = a.day.split("-")
    body = render(
        a,
        p='<p style="text-indent: 2em;">{}</p>',
        cap='<p style="text-align: center;"><img src="/NMediaFile/{n}.jpg" width="600"></p><p class="pictext" style="text-align: center;">{}</p>',
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--江苏频道--人民网</title>
<meta name="publishdate" content="{a.day}"><meta name="source" content="来源：人民网－江苏频道">
{c.style(5)}{c.script("rmw", esc(a.title), 7)}
</head><body>
<div class="header">{c.mega_nav(host, groups=2, per_group=16, cls="nav")}</div>
<div class="route"><a>人民网</a>&gt;&gt;<a>江苏频道</a>&gt;&gt;<a>原创稿</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
<h1>{esc(a.title)}</h1>
<p class="author">{esc(a.author)}</p>
<div class="col-1-1 fl">{y}年{m}月{d}日{a.clock} | 来源：<a href="http://js.people.com.cn/">人民网－江苏频道</a></div>
<div class="col-1-1 fr"><a>分享到：</a><a class="wx">微信</a><a class="wb">微博</a></div>
<div class="rm_txt_con cf">
{body}
<div class="edit cf">(责编：{esc(a.author)}、王莹)</div>
</div>
<div class="rm_relevant"><h4>相关新闻</h4>{c.link_list(host, 5, "rel")}</div>
<div class="box_con"><p>分享让更多人看到</p></div>
</div><div class="col col-2 fr">{c.hot_list(host, "推荐阅读", 8)}</div></div>
<div class="footer">人民网版权所有，未经书面授权禁止使用 Copyright © 1997-2026 by www.people.com.cn. all rights reserved</div>
</body></html>""",
        f"https://{host}/n2/{a.day.replace('-', '/')[:7]}/{a.day[8:]}{m}/c3{n}0765-4099{n}21.html",
        when(a),
    )


def bilingual(a: UArticle, n: int) -> Page:
    """A bilingual page: Chinese and English paragraphs alternating, an English headline under the
    Chinese one, English menus and labels (Source / Date) around it."""
    c = Chrome(31000 + n)
    host = "www.sipac2.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州工业园区管理委员会</title>
{c.style(5)}{c.script("sip", esc(a.title), 6)}
</head><body>
<div class="top"><a>中文</a> | <a>English</a> | <a>日本語</a> | <a>한국어</a></div>
<div class="nav">{c.mega_nav(host, groups=2, per_group=12, cls="nav-ul")}<a>Home</a><a>News</a><a>Invest in SIP</a><a>Living in SIP</a></div>
<div class="news-detail">
<h1>{esc(a.title)}</h1>
<h2 class="en-title">SIP Holds International Community Culture Festival</h2>
<div class="news-info"><span>Source / 来源：{esc(a.source)}</span><span>Date / 日期：{when(a)}</span><span>Views: 1{n}02</span></div>
<div class="news-body">
{render(a)}
</div>
<div class="news-share">Share to: <a>WeChat</a> <a>Weibo</a> <a>LinkedIn</a></div>
</div>
<div class="more-news"><h3>More News</h3>{c.teasers(host, "More News", 4, cls="more")}</div>
<div class="foot">Copyright © Suzhou Industrial Park Administrative Committee. All Rights Reserved. 苏ICP备0{n}005号</div>
</body></html>""",
        f"https://{host}/sipac/news/{a.day.replace('-', '')}/{n}c1d2.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 23


def print_twin(a: UArticle, n: int) -> Page:
    """The article and, further down, its print-friendly copy in a hidden div#printArea (the headline,
    the info line and every paragraph again), as some CMSs write for 打印本页."""
    c = Chrome(31100 + n)
    host = "www.wxrb2.example.cn"
    body = render(a)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_无锡日报</title>{c.style(5)}{c.script("wx", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="main"><div class="article">
<h1>{esc(a.title)}</h1>
<div class="info">{when(a)}　来源：{esc(a.source)}　作者：{esc(a.author)}　<a onclick="doPrint()">打印本页</a></div>
<div class="content">
{body}
</div>
<div class="editor">责任编辑：{esc(a.editor)}</div>
</div>
<div class="hot">{c.hot_list(host, "热点排行", 8)}</div></div>
<div id="printArea" style="display:none"><h2>{esc(a.title)}</h2><p>{when(a)} 来源：{esc(a.source)}</p>
{body}
</div>
<div class="foot">无锡日报报业集团 版权所有</div>
</body></html>""",
        f"https://{host}/news/{a.day.replace('-', '')}/{n}3345.shtml",
        when(a),
    )


def mid_related_comments(a: UArticle, n: int) -> Page:
    """A 相关阅读 box of three links between two paragraphs, a 扫一扫 prompt closing the text, then a
    comment form (textarea, 发表评论, 已有0条评论, 登录 | 注册)."""
    c = Chrome(31200 + n)
    host = "www.subao2.example.cn"
    half = len(a.lines) // 2
    box = f'<div class="xgyd"><b>相关阅读：</b>{c.link_list(host, 3, "xgyd-list")}</div>'
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州日报</title>{c.style(5)}{c.script("sz", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="news"><h1>{esc(a.title)}</h1>
<div class="news-info">{when(a)} | {esc(a.source)} | 记者 {esc(a.author)}</div>
<div class="news-txt">
{render(a, lines=a.lines[:half])}
{box}
{render(a, lines=a.lines[half:])}
<p class="sys"><img src="/qr.png">扫一扫，用手机看新闻</p>
</div>
<div class="comment-box"><h4>网友评论</h4><form><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></form>
<p>已有0条评论 <a>登录</a> | <a>注册</a></p></div>
</div>
<div class="foot">苏州日报社 版权所有</div>
</body></html>""",
        f"https://{host}/szrb/{a.day.replace('-', '')}/{n}4451.shtml",
        when(a),
    )


def slide_gallery(a: UArticle, n: int) -> Page:
    """A 图片新闻 slider: each slide a picture with its caption and a 1/3 counter, a thumbnail strip that
    repeats the captions cut short, 上一组/下一组 and 重播, the lede and closing lines in plain <p>s."""
    c = Chrome(31300 + n)
    host = "www.szpic2.example.cn"
    caps = [line[5:] for line in a.lines if line.startswith("[cap]")]
    plain = [line for line in a.lines if not line.startswith("[cap]")]
    slides = "".join(
        f'<li class="slide"><img src="/pic/{n}{i}.jpg"><div class="slide-txt"><span class="cnt">{i + 1}/{len(caps)}</span><p>{esc(cap)}</p></div></li>'
        for i, cap in enumerate(caps)
    )
    thumbs = "".join(
        f'<li><img src="/pic/{n}{i}_s.jpg" title="{esc(cap)}"><span>{esc(cap[:8])}…</span></li>'
        for i, cap in enumerate(caps)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_图片频道_苏州新闻网</title>{c.style(5)}{c.script("pic", esc(a.title), 7)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="pic-wrap"><h1>{esc(a.title)}</h1>
<div class="pic-info">{when(a)}　来源：{esc(a.source)}</div>
<div class="pic-lead"><p>{esc(plain[0])}</p></div>
<div class="pic-slider"><a class="prev-group">上一组</a><ul class="slides">{slides}</ul><a class="next-group">下一组</a><a class="replay">重播</a></div>
<ul class="pic-thumbs">{thumbs}</ul>
<div class="pic-end">{"".join(f"<p>{esc(line)}</p>" for line in plain[1:])}</div>
</div>
<div class="more">{c.teasers(host, "更多图片", 6, cls="more-pics")}</div>
<div class="foot">苏州新闻网 版权所有</div>
</body></html>""",
        f"https://{host}/pic/{a.day.replace('-', '')}/{n}8812.shtml",
        when(a),
        paragraphs=tuple([plain[0], *caps, *plain[1:]]),
    )


def script_write_time(a: UArticle, n: int) -> Page:
    """The info line's time written by a script (document.write of a var set above it), the 来源 in a
    <span> beside it, so the time is in the page only as script text."""
    c = Chrome(31400 + n)
    host = "www.yznews2.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 扬州新闻网</title>{c.style(5)}{c.script("yz", esc(a.title), 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=14, cls="nav-ul")}</div>
<div class="wz"><div class="wz-t">{esc(a.title)}</div>
<div class="wz-i"><script>var pubtime="{a.day} {a.clock}:00";document.write(pubtime.substring(0,16));</script>　<span>来源：{esc(a.source)}</span></div>
<div class="wz-c">
{render(a)}
</div></div>
<div class="rel">{c.teasers(host, "相关新闻", 5, cls="rel-list")}</div>
<div class="foot">扬州报业传媒集团 版权所有</div>
</body></html>""",
        f"https://{host}/news/{n}98821.html",
        when(a),
    )


def long_policy(a: UArticle, n: int) -> Page:
    """A long 管理办法: centred 第X章 headings, 第X条 paragraphs, （一）… items, a registration table, then
    附件 list, 抄送 line and 打印/关闭 under it."""
    c = Chrome(31500 + n)
    host = "mzj.sz3.example.gov.cn"
    body = render(
        a,
        p='<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312" size="4">{}</font></p>',
        heading='<p align="center"><font face="黑体" size="4">{}</font></p>',
        cell='<td style="border:solid windowtext 1pt;padding:0 5pt"><p align="center"><font size="3">{}</font></p></td>',
        table='<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>{}</tbody></table>',
    )
    main = f"""<div class="art">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-sub">发布时间：{when(a)}　　来源：{esc(a.source)}　　浏览次数：{c.rng.randint(100, 999)}</div>
<div class="art-body" id="zoom">
{body}
</div>
<div class="art-fj"><p>附件：</p><p><a>1.苏州市社区社会组织备案表.doc</a></p><p><a>2.社区社会组织分类目录.xls</a></p></div>
<div class="art-cs">抄送：各区民政局，苏州工业园区社会事业局。</div>
<div class="art-tool"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
</div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-苏州市民政局", "", main, "苏州市民政局"),
        f"https://{host}/szmzj/zcwj/{a.day.replace('-', '')}/{n}e91.shtml",
        when(a),
    )


# ---------------------------------------------------------------- batch 24


def cctv(a: UArticle, n: int) -> Page:
    """A 央视网-like page: .cnt_bd between <!--repaste.body.begin/end--> comments, a player div and
    its script first in the text, 　　-indented paragraphs, 编辑 and 责任编辑 in div.zebian."""
    c = Chrome(31600 + n)
    host = "news.cctv2.example.com"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta name="catalogs" content="PAGE1353"><meta name="contentid" content="ARTI{n}kq2024"><meta name="spm-id" content="C9405">
{c.style(6)}{c.script("cctv", esc(a.title), 8)}
</head><body>
<div class="header">{c.mega_nav(host, groups=2, per_group=18, cls="nav")}</div>
<div class="cnt_nav">正在加载</div>
<div class="title_area"><h1>{esc(a.title)}</h1>
<div class="info1">来源：央视网 | {y}年{m}月{d}日 {a.clock}</div></div>
<div class="content_area" id="content_area">
<!--repaste.body.begin-->
<div class="cnt_bd"><div id="player{n}" class="video_player"></div><script>var guid_Ad_VideoCode="{n}a9f0";createVodPlayer({{id:"player{n}",guid:guid_Ad_VideoCode}});</script>
{render(a, p="<p>　　{}</p>")}
</div>
<!--repaste.body.end-->
<div class="zebian"><span>编辑：吴佳</span><span>责任编辑：刘亮</span></div>
</div>
<div class="function"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ</a><span>更多</span></div>
<div class="ELMT">{c.teasers(host, "热点推荐", 6, cls="elmt")}</div>
<div class="footer">央视网 版权所有 京ICP证060535号</div>
</body></html>""",
        f"https://{host}/{y}/{m}/{d}/ARTI{n}kq2024.shtml",
        when(a),
    )


def chinanews(a: UArticle, n: int) -> Page:
    """A 中新网-like page: the date, time and 来源 in div.left-t with 参与互动, .left_zw with
    -indented <p>s, 【编辑:x】 in nested div.left_name, a 中国新闻网 copyright note."""
    c = Chrome(31700 + n)
    host = "www.chinanews2.example.com"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-中新网</title>
<meta name="keywords" content="防汛"><meta name="description" content="{esc(a.paragraphs[0][:50])}">
{c.style(5)}{c.script("cns", esc(a.title), 7)}
</head><body>
<div id="nav">{c.mega_nav(host, groups=2, per_group=16, cls="nav-ul")}</div>
<div class="con_left"><div id="cont_1_1_2">
<h1 class="content_left_title">{esc(a.title)}</h1>
<div class="content_left_time">{y}年{m}月{d}日 {a.clock}　来源：中国新闻网　<a>参与互动</a></div>
<div class="left_zw" style="position:relative">
{render(a, p="<p>　　{}</p>")}
<div id="function_code_page"></div>
</div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:张燕】</div></div></div>
</div>
<div class="content_left_bottom">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</div>
</div>
<div class="con_right">{c.hot_list(host, "图片排行", 8)}{c.hot_list(host, "新闻排行", 10)}</div>
<div id="bottom">中国新闻网 版权所有</div>
</body></html>""",
        f"https://{host}/sh/{y}/{m}-{d}/{n}0017788.shtml",
        when(a),
    )


def enp_pages(a: UArticle, n: int) -> Page:
    """A 光明网-like page: .u-mainText between <!--enpcontent--> comments, m-con-time/m-con-source
    spans, a 1 / 下一页 pager shown on a one-page article and [ 责编：x ] under it."""
    c = Chrome(31800 + n)
    host = "difang.gmw2.example.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_光明网</title>{c.style(6)}{c.script("gmw", esc(a.title), 7)}
</head><body>
<div class="g-header">{c.mega_nav(host, groups=2, per_group=15, cls="nav")}</div>
<div class="m-breadcrumb"><a>光明网</a> &gt; <a>地方</a> &gt; <a>正文</a></div>
<div class="m-title-box"><h1 class="u-title">{esc(a.title)}</h1>
<div class="m-con-info"><span class="m-con-time">{a.day}</span> <span class="m-con-source">来源：<a>{esc(a.source)}</a></span></div></div>
<div class="u-mainText"><!--enpcontent-->
{render(a)}
<!--/enpcontent--><!--enpproperty <articleid>{n}7799</articleid><date>{a.day} 09:00:00.0</date><author></author><title>{esc(a.title)}</title>--></div>
<div class="m-page"><span>1</span><a>下一页</a></div>
<div class="m-editor">[ 责编：孙悦 ]</div>
<div class="m-share">分享到：<a>微信</a><a>微博</a></div>
<div class="m-recommend">{c.teasers(host, "阅读剩余全文", 5, cls="rec")}</div>
<div class="g-footer">光明网版权所有</div>
</body></html>""",
        f"https://{host}/{a.day[:7]}/{a.day[8:]}/content_{n}7799.htm",
        a.day,
    )


def epaper_titles(a: UArticle, n: int) -> Page:
    """A newspaper's digital edition: 引题, 主题 and 副题 in three <h>s (the 主题 is the headline),
    the byline line 本报记者 x, 版面导航 (第A03版：要闻) and 上一篇 下一篇 返回目录."""
    c = Chrome(31900 + n)
    host = "epaper.yzrb2.example.cn"
    y, m, d = a.day.split("-")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>扬州日报数字报</title>{c.style(4)}{c.script("epaper", "扬州日报数字报", 5)}
</head><body>
<div class="paper-head"><span>{y}年{m}月{d}日 星期一</span><a>往期回顾</a><a>版面导航</a></div>
<div class="paper-layout"><div class="bm">第A03版：要闻</div>{c.link_list(host, 6, "bm-list")}</div>
<div class="article-box">
<h3 class="yt">深入基层一线 倾听百姓心声</h3>
<h1 class="zt">{esc(a.title)}</h1>
<h2 class="ft">——来自老城区的走访报告</h2>
<div class="byline">本报记者　{esc(a.author)}</div>
<div id="ozoom" class="content">
{render(a)}
</div>
<div class="article-nav"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a></div>
</div>
<div class="paper-foot">扬州日报社 版权所有 未经授权不得转载</div>
</body></html>""",
        f"https://{host}/html/{y}-{m}/{d}/content_{n}3321.htm",
        a.day,
    )


def app_share_relative(a: UArticle, n: int) -> Page:
    """A 融媒体 app share page: the visible time relative (3小时前), the real one in the app's state as
    milliseconds, 打开APP阅读全文 overlays and a 下载客户端 bar."""
    c = Chrome(32000 + n)
    host = "h5.czrm2.example.cn"
    state = json.dumps(
        {"id": f"{n}66120", "title": a.title, "publishTime": _epoch(a) * 1000, "source": a.source},
        ensure_ascii=False,
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)}</title>{c.style(4)}
</head><body>
<div class="app-bar"><img src="/logo.png"><span>常州+</span><a>下载客户端</a></div>
<div class="detail-top"><div class="title">{esc(a.title)}</div>
<div class="info"><span class="source">{esc(a.source)}</span><span class="time">3小时前</span><span class="read">阅读 1.{n}万</span></div></div>
<div class="detail-content">
{render(a)}
</div>
<div class="open-app"><a>打开APP阅读全文</a></div>
<div class="recommend"><h4>推荐阅读</h4>{c.teasers(host, "推荐阅读", 4, cls="rec", meta=False)}</div>
<script>window.__INITIAL_STATE__={state};</script>{c.script("h5", esc(a.title), 8)}
</body></html>""",
        f"https://{host}/share/article/{n}66120",
        when(a),
    )


# ---------------------------------------------------------------- batch 25


def jyh_platform(a: UArticle, n: int) -> Page:
    """A province's 集约化 platform: 日期/浏览量/来源/字体 spans in .info-msg, #zoom text, 附件 and
    打印本页/关闭窗口 after it, a 扫一扫 QR box and a 适老化 toolbar."""
    c = Chrome(32100 + n)
    host = "www.szmz2.example.gov.cn"
    main = f"""<div class="toolbar-aging"><a>无障碍浏览</a><a>长者模式</a><a>读屏</a><a>放大</a><a>缩小</a><a>纯文本</a></div>
<div class="main-txt"><div class="info-ttl">{esc(a.title)}</div>
<div class="info-msg"><span>日期：{when(a)}</span><span>浏览量：<script>_showDynClicks("wbnews",{n}1782)</script></span><span>来源：{esc(a.source)}</span><span class="fontsize">字体：[<a>大</a><a>中</a><a>小</a>]</span></div>
<div class="info-cont" id="zoom">
{render(a)}
</div>
<div class="info-fj">附件：<a>苏州社区社会组织发展大事记（2019-2024）.pdf</a></div>
<div class="info-btns"><a>打印本页</a><a>关闭窗口</a></div>
<div class="info-ewm"><img src="/ewm.png"><span>扫一扫在手机上查看当前页面</span></div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)} - 苏州市民政局", "", main, "苏州市民政局"),
        f"https://{host}/szsmzj/gzdt/{a.day.replace('-', '')}/{n}b7e.shtml",
        when(a),
    )


def renmian_notice(a: UArticle, n: int) -> Page:
    """A 人事任免 notice of three short lines: 主送 line, one decision sentence, 试用期一年, the 落款,
    a 文号 above the text and a 信息公开 table above that."""
    c = Chrome(32200 + n)
    host = "www.xc2.example.gov.cn"
    meta = (
        f'<table class="gk-table"><tr><th>索引号</th><td>014144{n}2/{a.day[:4]}-0{n}912</td><th>公开方式</th><td>主动公开</td></tr>'
        f"<tr><th>发布机构</th><td>{esc(a.source)}</td><th>公开日期</th><td>{a.day}</td></tr>"
        f"<tr><th>主题分类</th><td>人事</td><th>文号</th><td>相政人〔{a.day[:4]}〕2{n}号</td></tr></table>"
    )
    main = f"""<div class="gk-detail">{meta}
<h1>{esc(a.title)}</h1>
<p class="wh" style="text-align:center">相政人〔{a.day[:4]}〕2{n}号</p>
<div class="gk-content" id="zoom">
{render(a, p='<p style="text-indent:2em;font-family:仿宋;font-size:16pt">{}</p>')}
</div>
<div class="gk-tools"><a>打印</a> <a>关闭</a></div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_相城区人民政府", "", main, "相城区人民政府办公室"),
        f"https://www.xc2.example.gov.cn/xcqrmzf/rsxx/{a.day.replace('-', '')}/{n}d19.shtml",
        a.day,
    )


def solicitation(a: UArticle, n: int) -> Page:
    """A 征求意见 page: the notice, the draft as an attachment link, then an online feedback form with
    labels (姓名：, 联系电话：, 意见内容：, 验证码：) and 提交/重置 buttons, 征集期限 in a box."""
    c = Chrome(32300 + n)
    host = "mzj.sz4.example.gov.cn"
    main = f"""<div class="zj-detail"><h1>{esc(a.title)}</h1>
<div class="zj-info"><span>发布时间：{when(a)}</span><span>征集期限：{a.day} 至 2024-09-11</span><span>状态：<em>征集中</em></span></div>
<div class="zj-content">
{render(a)}
<p>附件：<a href="/att/{n}.docx">苏州市养老机构等级评定办法（征求意见稿）.docx</a></p>
</div>
<div class="zj-form"><h3>我要提意见</h3>
<form><p><label>姓名：</label><input name="xm"></p><p><label>联系电话：</label><input name="dh"></p>
<p><label>意见内容：</label><textarea name="nr"></textarea></p><p><label>验证码：</label><input name="yzm"><img src="/yzm.jpg"></p>
<p><button>提交</button> <button type="reset">重置</button></p></form>
<p class="zj-tip">温馨提示：请文明留言，您提交的意见我们将认真研究。</p></div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-苏州市民政局", "", main, "苏州市民政局"),
        f"https://{host}/hdjl/zjdc/{a.day.replace('-', '')}/{n}f55.shtml",
        when(a),
    )


def press_transcript(a: UArticle, n: int) -> Page:
    """A 新闻发布会 实录: a meta box (时间/地点/嘉宾) above, speaker labels in their own bold <p>s,
    a photo strip, 文字实录 / 图片直播 / 视频回放 tabs."""
    c = Chrome(32400 + n)
    host = "www.wuxi2.example.gov.cn"
    body = render(a, p="<p>{}</p>")
    for line in a.lines:
        if line.endswith("："):
            body = body.replace(f"<p>{esc(line)}</p>", f"<p><strong>{esc(line)}</strong></p>")
    main = f"""<div class="fbh"><h1 class="fbh-title">{esc(a.title)}</h1>
<div class="fbh-meta"><p>发布时间：{when(a)}</p><p>地点：市政府新闻发布厅</p><p>嘉宾：市民政局局长 王海东、副局长 李红</p></div>
<div class="fbh-tabs"><a class="on">文字实录</a><a>图片直播</a><a>视频回放</a></div>
<div class="fbh-text">
{body}
</div>
<div class="fbh-pics">{"".join(f'<img src="/fbh/{n}{i}.jpg">' for i in range(4))}</div></div>"""
    return Page(
        _gov_page(
            c, host, f"{esc(a.title)}_新闻发布会_无锡市人民政府", "", main, "无锡市人民政府办公室"
        ),
        f"https://{host}/xwfbh/{a.day.replace('-', '')}/{n}c88.shtml",
        when(a),
    )


def pubdate_meta_only(a: UArticle, n: int) -> Page:
    """A 公示 whose page shows no date at all: the time only in <meta name="PubDate">, the info line
    holding 来源 and 浏览次数, the 落款 without a date."""
    c = Chrome(32500 + n)
    host = "www.zjgmz2.example.gov.cn"
    head = (
        f'<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day} {a.clock or "09:30"}">'
        f'<meta name="ContentSource" content="{esc(a.source)}"><meta name="ColumnName" content="公示公告">'
    )
    main = f"""<div class="xl"><h1 class="xl-tit">{esc(a.title)}</h1>
<div class="xl-xx"><span>来源：{esc(a.source)}</span><span>浏览次数：{c.rng.randint(100, 999)}</span></div>
<div class="xl-nr TRS_Editor">
{render(a)}
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_张家港市民政局", head, main, "张家港市民政局"),
        f"https://{host}/zjgmzj/gsgg/{n}c31.shtml",
        f"{a.day} {a.clock or '09:30'}",
    )


# ---------------------------------------------------------------- batch 26


def _news_page(c: Chrome, host: str, title: str, head: str, main: str, site: str) -> str:
    """A news site's page around `main`: channel menu, hot list beside it, related stories under it."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
{head}{c.style(5)}{c.script("site", title, 6)}
</head><body>
<div class="nav">{c.mega_nav(host, groups=2, per_group=15, cls="nav-ul")}</div>
<div class="main">{main}</div>
<div class="side">{c.hot_list(host, "热点排行", 8)}</div>
<div class="rel">{c.teasers(host, "相关新闻", 5, cls="rel-list")}</div>
<div class="foot">{site} 版权所有 未经授权禁止转载</div>
</body></html>"""


def microdata(a: UArticle, n: int) -> Page:
    """schema.org microdata: itemprop headline, articleBody, and a <time itemprop="datePublished">
    whose text shows the month and day only (9月26日 09:58), the year in its datetime."""
    c = Chrome(32600 + n)
    host = "www.ntnews2.example.cn"
    m, d = int(a.day[5:7]), int(a.day[8:])
    main = f"""<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">{esc(a.title)}</h1>
<div class="byline"><span itemprop="publisher">{esc(a.source)}</span> <time itemprop="datePublished" datetime="{a.day}T{a.clock}:00+08:00">{m}月{d}日 {a.clock}</time></div>
<div itemprop="articleBody">
{render(a)}
</div></article>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)} - 南通网", "", main, "南通网"),
        f"https://{host}/news/{n}44210.html",
        when(a),
    )


def two_h1(a: UArticle, n: int) -> Page:
    """Two <h1>s: the site's logo in the first, the headline in the second; <title> adds the channel."""
    c = Chrome(32700 + n)
    host = "mzt.js3.example.gov.cn"
    main = f"""<h1 class="logo"><a href="/"><img src="/logo.png" alt="江苏省民政厅">江苏省民政厅</a></h1>
<div class="detail"><h1 class="detail-title">{esc(a.title)}</h1>
<div class="detail-info">{when(a)}　来源：{esc(a.source)}</div>
<div class="detail-text">
{render(a)}
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-民政要闻-江苏省民政厅", "", main, "江苏省民政厅"),
        f"https://{host}/art/{a.day.replace('-', '/')}/art_{n}8299_11.html",
        when(a),
    )


def untitled_doc(a: UArticle, n: int) -> Page:
    """A Dreamweaver page: <title>无标题文档</title>, the headline in a td.title, a 落款 and a date in
    the cell under the text, nothing but tables."""
    c = Chrome(32800 + n)
    host = "www.csmwb2.example.gov.cn"
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>无标题文档</title>{c.style(5)}{c.script("dw", "文明常熟", 3)}
</head><body>
<table width="980" align="center"><tr><td>{c.mega_nav(host, groups=2, per_group=14, cls="menu")}</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center" height="60">{esc(a.title)}</td></tr>
<tr><td class="time" align="center">发布日期：{a.day}　　作者：{esc(a.source)}　　点击：{c.rng.randint(100, 999)}</td></tr>
<tr><td class="content">{render(a, p='<p style="text-indent:2em">{}</p>')}</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">常熟市文明办 主办 苏ICP备0{n}887号</td></tr></table>
</body></html>""",
        f"https://{host}/wmb/ShowArticle.asp?ArticleID={n}321",
        a.day,
    )


def br_headline(a: UArticle, n: int) -> Page:
    """A two-line headline: <h1> broken by <br>, <title> with the two halves apart by a space."""
    c = Chrome(32900 + n)
    host = "www.szrb3.example.cn"
    first, second = a.title.split(" ", 1)
    main = f"""<div class="article"><h1>{esc(first)}<br>{esc(second)}</h1>
<div class="info">{when(a)}　{esc(a.source)}</div>
<div class="text">
{render(a)}
</div><div class="editor">编辑：顾婷</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}_苏州日报", "", main, "苏州日报"),
        f"https://{host}/szrb/{a.day.replace('-', '')}/{n}1177.shtml",
        when(a),
    )


def ai_summary(a: UArticle, n: int) -> Page:
    """2024 portal chrome above the text: an AI摘要 box, a 语音播报 player (00:00 / 02:31) and
    阅读时长约2分钟, the 摘要 written by a model and not by the newsroom."""
    c = Chrome(33000 + n)
    host = "www.xhby3.example.cn"
    main = f"""<div class="detail"><h1>{esc(a.title)}</h1>
<div class="info"><span>{a.day}</span><span>来源：{esc(a.source)}</span><span>阅读时长约2分钟</span></div>
<div class="ai-summary"><div class="ai-hd">AI摘要</div><p>本文由AI生成：长三角生态绿色一体化发展示范区社会组织联盟日前在吴江成立，首批成员单位来自两省一市。</p><p class="ai-tip">以上内容由AI生成，仅供参考</p></div>
<div class="audio-box"><span>语音播报</span><span class="cur">00:00</span> / <span class="dur">02:31</span></div>
<div class="content">
{render(a)}
</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}_新华报业网", "", main, "新华报业网"),
        f"https://{host}/content/{a.day.replace('-', '')}/{n}c9a2.html",
        a.day,
    )


# ---------------------------------------------------------------- batch 27


def updated_first(a: UArticle, n: int) -> Page:
    """An info line giving the 更新时间 (a day later) before the 发布时间."""
    c = Chrome(33100 + n)
    host = "www.sipac3.example.gov.cn"
    main = f"""<div class="xw"><h1>{esc(a.title)}</h1>
<div class="xw-info"><span>更新时间：2024-10-23 09:12</span><span>发布时间：{when(a)}</span><span>来源：{esc(a.source)}</span></div>
<div class="xw-con">
{render(a)}
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-苏州工业园区", "", main, "苏州工业园区管委会"),
        f"https://{host}/sipac/xwzx/{n}e21.html",
        when(a),
    )


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(value: int) -> str:
    """A month or day in Chinese numerals (十二, 二十八)."""
    tens, ones = divmod(value, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (
        _CN_DIGITS[ones] if ones else ""
    )


def cn_numeral_info(a: UArticle, n: int) -> Page:
    """The info line's date in Chinese numerals (二〇二四年十二月十六日), no digits anywhere near it."""
    c = Chrome(33200 + n)
    host = "mzj.sz5.example.gov.cn"
    y, m, d = a.day.split("-")
    cn = (
        "".join(_CN_DIGITS[int(ch)] for ch in y) + f"年{_cn_number(int(m))}月{_cn_number(int(d))}日"
    )
    main = f"""<div class="gs"><h1>{esc(a.title)}</h1>
<div class="gs-info">发布时间：{cn}　发布单位：{esc(a.source)}</div>
<div class="gs-con">
{render(a, cell='<td align="center">{}</td>')}
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-苏州市民政局", "", main, "苏州市民政局"),
        f"https://{host}/szmzj/gsgg/{n}f07.shtml",
        a.day,
    )


def dotted_seconds(a: UArticle, n: int) -> Page:
    """A 问答 page: the time written 2024.05.16 15:30:21 星期四, 问 and 答 labels in <strong>."""
    c = Chrome(33300 + n)
    host = "mzt.js4.example.gov.cn"
    body = "\n".join(
        f"<p><strong>{esc(line[:2])}</strong>{esc(line[2:])}</p>" for line in a.paragraphs
    )
    main = f"""<div class="qa"><h1>{esc(a.title)}</h1>
<div class="qa-info">{a.day.replace("-", ".")} {a.clock}:21 星期四　来源：{esc(a.source)}</div>
<div class="qa-con">
{body}
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_江苏省民政厅", "", main, "江苏省民政厅"),
        f"https://{host}/art/{n}3d9.html",
        when(a),
    )


def tags_views(a: UArticle, n: int) -> Page:
    """A very short brief followed by 标签：… with tag links, 本文已被浏览 1234 次 and 【纠错】."""
    c = Chrome(33400 + n)
    host = "www.jsmz2.example.cn"
    main = f"""<div class="art"><h1>{esc(a.title)}</h1>
<p class="art-info">{when(a)} {esc(a.source)}</p>
<div class="art-txt">
{render(a)}
</div>
<p class="tags">标签：<a>养老机构</a> <a>消防安全</a> <a>专项检查</a></p>
<p class="views">本文已被浏览 1{n}34 次</p><p class="jc"><a>【纠错】</a></p></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}-江苏民政网", "", main, "江苏民政网"),
        f"https://{host}/news/{n}7713.html",
        when(a),
    )


def ordered_list(a: UArticle, n: int) -> Page:
    """The article's list as an <ol> with its own numbers (no 一、 in the text), <em> emphasis."""
    c = Chrome(33500 + n)
    host = "www.xinhua3.example.cn"
    body = render(a).replace("<ul>", '<ol class="list-num">').replace("</ul>", "</ol>")
    main = f"""<div class="main-article"><h1>{esc(a.title)}</h1>
<div class="source-time"><span class="time">{when(a)}</span><span class="source">来源：{esc(a.source)}</span></div>
<div id="detail">
{body}
</div><div class="editor">【责任编辑：周敏】</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}-新华网", "", main, "新华网"),
        f"https://{host}/politics/{a.day.replace('-', '')}/{n}d1e.htm",
        when(a),
    )


# ---------------------------------------------------------------- batch 28


def mobile_yearless(a: UArticle, n: int) -> Page:
    """A mobile page: 返回 header, the time shown without the year (07-02 17:30), the year in the URL."""
    c = Chrome(33600 + n)
    host = "m.wj2.example.gov.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(a.title)}</title>{c.style(5)}
</head><body>
<header class="bar"><a class="back">返回</a><span>吴江区民政局</span><a class="menu">菜单</a></header>
<section class="article"><h2 class="a-title">{esc(a.title)}</h2>
<p class="a-meta">{a.day[5:]} {a.clock}　{esc(a.source)}</p>
<div class="a-body">
{render(a)}
</div></section>
<section class="more">{c.teasers(host, "相关推荐", 4, cls="m-rel", meta=False)}</section>
<footer>吴江区民政局 版权所有</footer>{c.script("m", esc(a.title), 5)}
</body></html>""",
        f"https://{host}/{a.day[:4]}/tzgg/{n}6612.html",
        when(a),
    )


def div_text_nodes(a: UArticle, n: int) -> Page:
    """Text straight in a <div>: no <p>, lines apart by <br><br>, headings in <b>, 　　 indents."""
    c = Chrome(33700 + n)
    host = "mzj.ha2.example.gov.cn"
    text = "<br><br>\n".join(f"　　{esc(line)}" for line in a.paragraphs)
    main = f"""<div class="content-box"><div class="c-title">{esc(a.title)}</div>
<div class="c-info">发布日期：{a.day}　来源：{esc(a.source)}</div>
<div class="c-text">{text}</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_淮安市民政局", "", main, "淮安市民政局"),
        f"https://{host}/hasmzj/gzyd/{a.day.replace('-', '')}/{n}ab1.html",
        a.day,
    )


def upper_gbk(a: UArticle, n: int) -> Page:
    """A 2003 page in GB2312: upper-case tags, unclosed <P>s, <FONT>, the date in a <TD> with 【】."""
    c = Chrome(33800 + n)
    host = "www.sz3.example.gov.cn"
    text = "\n".join(
        f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<FONT SIZE=3>{esc(line)}</FONT>" for line in a.paragraphs
    )
    return Page(
        f"""<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<TITLE>{esc(a.title)}</TITLE>{c.style(4)}{c.script("old", "环保新闻", 3)}</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH=760 ALIGN=CENTER><TR><TD>{c.mega_nav(host, groups=2, per_group=14, cls="menu")}</TD></TR></TABLE>
<TABLE WIDTH=760 ALIGN=CENTER BORDER=0>
<TR><TD ALIGN=CENTER><FONT SIZE=4 COLOR=#CC0000><B>{esc(a.title)}</B></FONT></TD></TR>
<TR><TD ALIGN=CENTER><FONT SIZE=2>【{a.day} {a.clock}】【来源：{esc(a.source)}】【<A HREF="javascript:window.close()">关闭</A>】</FONT></TD></TR>
<TR><TD>{text}
</TD></TR></TABLE>
<TABLE WIDTH=760 ALIGN=CENTER><TR><TD ALIGN=CENTER>苏州市环境保护局 版权所有</TD></TR></TABLE>
</BODY></HTML>""",
        f"https://{host}/hbj/news/{n}009.htm",
        when(a),
        encoding="gb2312",
    )


def noscript_counter(a: UArticle, n: int) -> Page:
    """A 12345 news page: a <noscript> telling to enable JavaScript, a 阅读量 counter in the info line,
    and a 附件 line naming an image file."""
    c = Chrome(33900 + n)
    host = "www.yz12345.example.gov.cn"
    main = f"""<noscript>您的浏览器禁用了JavaScript，请开启后刷新页面。</noscript>
<div class="news"><h3 class="news-t">{esc(a.title)}</h3>
<div class="news-i">{when(a)}　{esc(a.source)}　阅读量：{c.rng.randint(1000, 9999)}</div>
<div class="news-c">
{render(a)}
<p>附件：<a href="/upload/{n}.jpg">12345热线AI助手工作流程图.jpg</a></p>
</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}", "", main, "扬州市12345政务服务热线"),
        f"https://{host}/news/{n}55.html",
        when(a),
    )


def reading_settings(a: UArticle, n: int) -> Page:
    """Reading settings inside the text box: 字号 大 中 小 | 背景 默认 护眼 夜间, and a 打印 link."""
    c = Chrome(34000 + n)
    host = "www.ntrb2.example.cn"
    main = f"""<div class="newsbox"><h1>{esc(a.title)}</h1>
<div class="newsinfo">{when(a)} | {esc(a.source)} | 作者：{esc(a.author)}</div>
<div class="newsbody"><div class="readset">字号 <a>大</a> <a>中</a> <a>小</a> | 背景 <a>默认</a> <a>护眼</a> <a>夜间</a> | <a>打印</a></div>
{render(a)}
</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}_南通日报", "", main, "南通日报"),
        f"https://{host}/ntrb/{n}0302.html",
        when(a),
    )


# ---------------------------------------------------------------- batch 29


def photo_first(a: UArticle, n: int) -> Page:
    """A 领导活动-style page: a photo with a 楷体 caption first, then the text, 来源 and 作者 under it."""
    c = Chrome(34100 + n)
    host = "www.wxmz2.example.gov.cn"
    main = f"""<div class="ldhd"><h1>{esc(a.title)}</h1>
<div class="ldhd-info">发布时间：{when(a)}</div>
<div class="ldhd-con">
<p style="text-align:center"><img src="/ldhd/{n}.jpg"></p>
<p style="text-align:center"><span style="font-family:楷体">王海东接受本报记者专访。朱悦 摄</span></p>
{render(a)}
</div>
<div class="ldhd-ly">来源：{esc(a.source)}　作者：{esc(a.author)}</div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-无锡市民政局", "", main, "无锡市民政局"),
        f"https://{host}/doc/{a.day.replace('-', '/')}/{n}4411.shtml",
        when(a),
        paragraphs=("王海东接受本报记者专访。朱悦 摄", *a.paragraphs),
    )


def jiedu_meta_table(a: UArticle, n: int) -> Page:
    """A 政策解读 page: a box naming the 解读文件 (linked), 解读机关 and 解读人 above the text, 原文链接 under it."""
    c = Chrome(34200 + n)
    host = "mzt.js5.example.gov.cn"
    main = f"""<div class="zcjd"><h1>{esc(a.title)}</h1>
<div class="zcjd-info">发布时间：{when(a)}　来源：{esc(a.source)}</div>
<table class="zcjd-meta"><tr><td>解读文件：</td><td><a>《慈善组织公开募捐管理办法》</a></td></tr><tr><td>解读机关：</td><td>江苏省民政厅</td></tr><tr><td>解读人：</td><td>慈善事业促进和社会工作处</td></tr></table>
<div class="zcjd-con">
{render(a)}
</div>
<p class="ywlj">原文链接：<a>民政部关于印发《慈善组织公开募捐管理办法》的通知</a></p></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_政策解读_江苏省民政厅", "", main, "江苏省民政厅"),
        f"https://{host}/art/{a.day.replace('-', '/')}/art_{n}0011_2.html",
        when(a),
    )


def long_name_list(a: UArticle, n: int) -> Page:
    """A notice with its table in a bordered box, 附件 as a list of links in the text and 扫码 prompt."""
    c = Chrome(34300 + n)
    host = "mzj.ks3.example.gov.cn"
    body = render(
        a, table='<div class="tbox"><table class="MsoTableGrid" border="1">{}</table></div>'
    )
    main = f"""<div class="tzgg"><div class="tzgg-t">{esc(a.title)}</div>
<div class="tzgg-i">{a.day}　{esc(a.source)}</div>
<div class="tzgg-c">
{body}
<p>附件：</p><p><a>1.社会组织年度工作报告书（模板）.doc</a></p><p><a>2.年检材料清单.xls</a></p>
</div>
<div class="tzgg-qr"><img src="/qr.png"><span>微信扫码 分享到朋友圈</span></div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-昆山市民政局", "", main, "昆山市民政局"),
        f"https://{host}/ksmzj/tzgg/{n}c22.shtml",
        a.day,
    )


def image_infographic(a: UArticle, n: int) -> Page:
    """A 图集 of captions under full-width pictures, each picture in a <div class="pic"> with the
    caption in a <div class="pic-word">, a 分享 row with the WeChat QR between them and the text end."""
    c = Chrome(34400 + n)
    host = "www.wzfb2.example.cn"
    body = render(
        a,
        cap='<div class="pic"><img src="/tu/{n}.jpg"><div class="pic-word">{}</div></div>',
    )
    main = f"""<div class="tj"><h1>{esc(a.title)}</h1>
<div class="tj-i">{when(a)}　来源：{esc(a.source)}　摄影：{esc(a.author)}</div>
<div class="tj-c">
{body}
</div>
<div class="tj-share"><span>分享到：</span><a>微信</a><a>朋友圈</a><img src="/wxqr.png"><span>用微信扫描二维码</span></div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}_吴中发布", "", main, "吴中发布"),
        f"https://{host}/tj/{a.day.replace('-', '')}/{n}5570.html",
        when(a),
    )


def att_download(a: UArticle, n: int) -> Page:
    """A one-line 公示 whose real content is the attachment: 附件下载 list with sizes and counts."""
    c = Chrome(34500 + n)
    host = "www.zjg3.example.gov.cn"
    main = f"""<div class="gs"><h2>{esc(a.title)}</h2>
<div class="gs-info">信息来源：{esc(a.source)}　发布日期：{a.day}　访问次数：{c.rng.randint(100, 999)}</div>
<div class="gs-body">
{render(a)}
</div>
<div class="download"><h4>附件下载：</h4><ul><li><a>2024年度社会组织评估结果.pdf</a><span>(238KB)</span><span>下载次数：56</span></li><li><a>评估等级证书领取须知.docx</a><span>(31KB)</span><span>下载次数：12</span></li></ul></div></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}_张家港市人民政府", "", main, "张家港市人民政府"),
        f"https://{host}/zjgsmzj/gsgg/{a.day.replace('-', '')}/{n}d41.shtml",
        a.day,
    )


# ---------------------------------------------------------------- batch 30


def reprint_statement(a: UArticle, n: int) -> Page:
    """A reprint: 来源 with 原文链接, then a 转载声明 paragraph (出于传递更多信息之目的) and 侵删."""
    c = Chrome(34600 + n)
    host = "www.shehui2.example.cn"
    main = f"""<div class="post"><h1 class="post-title">{esc(a.title)}</h1>
<div class="post-meta">{when(a)}　来源：{esc(a.source)}　<a>原文链接</a></div>
<div class="post-content">
{render(a)}
<p class="zzsm">声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。</p>
</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)} - 社会组织网", "", main, "社会组织网"),
        f"https://{host}/html/{a.day[:7].replace('-', '')}/{n}61.html",
        when(a),
    )


def html5_semantic(a: UArticle, n: int) -> Page:
    """HTML5 all through: <main><article> with a <header> (h1, <time> without datetime, <address>)
    and a <footer> (责任编辑), <nav> breadcrumbs inside the article."""
    c = Chrome(34700 + n)
    host = "www.yzfb2.example.cn"
    main = f"""<main><article class="story">
<nav class="crumbs"><a>首页</a> / <a>民生</a> / <a>正文</a></nav>
<header><h1>{esc(a.title)}</h1><p><time>{a.day} {a.clock}</time> <address>{esc(a.source)}</address></p></header>
<section class="story-body">
{render(a)}
</section>
<footer><p>责任编辑：蒋涵</p><p>审核：于洋</p></footer>
</article></main>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)} | 扬州发布", "", main, "扬州发布"),
        f"https://{host}/ms/{n}4402.html",
        when(a),
    )


def english_meta(a: UArticle, n: int) -> Page:
    """A page with English labels for its metadata: Published: … | Author: … | Views: …, and a
    Share / Print row under the text."""
    c = Chrome(34800 + n)
    host = "www.ntcs2.example.org"
    main = f"""<div class="entry"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">Published: {when(a)} | Author: {esc(a.author)} | Views: {c.rng.randint(100, 999)}</div>
<div class="entry-content">
{render(a)}
</div>
<div class="entry-tools">Share | Print | Back to top</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)} – 南通日报", "", main, "南通日报"),
        f"https://{host}/archives/{n}8801",
        when(a),
    )


def reply_letter(a: UArticle, n: int) -> Page:
    """A 12345-style reply page: 受理编号 and 办理状态 rows in a table, then the text, 办结时间 under it."""
    c = Chrome(34900 + n)
    host = "www.ks12345.example.gov.cn"
    main = f"""<div class="reply"><h1>{esc(a.title)}</h1>
<table class="reply-meta"><tr><td>受理编号：</td><td>KS2024{n}3311</td><td>办理状态：</td><td>已办结</td></tr><tr><td>发布时间：</td><td>{when(a)}</td><td>办理单位：</td><td>{esc(a.source)}</td></tr></table>
<div class="reply-con">
{render(a)}
</div>
<p class="reply-end">办结时间：2024-08-30 10:00　满意度：满意</p></div>"""
    return Page(
        _gov_page(c, host, f"{esc(a.title)}-昆山12345", "", main, "昆山市12345"),
        f"https://{host}/reply/{n}7721.html",
        when(a),
    )


def float_share(a: UArticle, n: int) -> Page:
    """A floating share bar first inside the text box (微信 微博 QQ 复制链接), a 原创 badge and the
    statement 本文为原创稿件，转载请注明出处 closing the text."""
    c = Chrome(35000 + n)
    host = "www.czrb2.example.cn"
    main = f"""<div class="detail"><h1><span class="badge">原创</span>{esc(a.title)}</h1>
<div class="detail-info">{when(a)}　{esc(a.source)}</div>
<div class="detail-con"><div class="float-share"><a>微信</a><a>微博</a><a>QQ</a><a>复制链接</a></div>
{render(a)}
<p class="yc">本文为原创稿件，转载请注明出处。</p>
</div></div>"""
    return Page(
        _news_page(c, host, f"{esc(a.title)}_常州日报", "", main, "常州日报"),
        f"https://{host}/news/{n}3380.html",
        when(a),
    )


Template = Callable[[UArticle, int], Page]

BATCHES: dict[int, list[tuple[str, Template, str]]] = {
    1: [
        ("hanweb", hanweb, "nianjian"),
        ("epaper", epaper, "yizhan"),
        ("wxscript", wechat_script, "jiedu"),
        ("mobileutc", mobile_utc, "kongqi"),
        ("gallery", gallery, "tuji"),
    ],
    2: [
        ("trswcm", trs_wcm, "zhaopin"),
        ("vsb", vsb, "bianji"),
        ("multipage", multipage, "fenye3"),
        ("amp", amp, "pinglun"),
        ("video", video, "shipin"),
    ],
    3: [
        ("xinhua", xinhua, "jianbao"),
        ("discuz", discuz, "shequ"),
        ("dedegbk", dedecms_gbk, "zhiyuan"),
        ("zhihu", zhihu, "ai"),
        ("weibo", weibo, "xunqing"),
    ],
    4: [
        ("reprint", reprint, "kongqi"),
        ("printpage", print_page, "shuju"),
        ("zcjd", policy_reading, "jiedu"),
        ("gongshi", gongshi, "gongshi"),
        ("litchi", litchi, "yizhan"),
    ],
    5: [
        ("sinablog", sina_blog, "pinglun"),
        ("dualbody", dual_body, "ai"),
        ("extended", extended, "bianji"),
        ("dispatch", dispatch, "fenye3"),
        ("midlinks", mid_links, "shequ"),
    ],
    6: [
        ("countyhm", county_hm, "xunqing"),
        ("pmclock", pm_clock, "zhiyuan"),
        ("govcnpolicy", govcn_policy, "zhengce"),
        ("groupphoto", group_photo, "jiaotong"),
        ("hmpipe", hm_pipe, "bianji"),
    ],
    7: [
        ("govhk", hk_press, "shefu"),
        ("adsplit", ad_split, "shequ"),
        ("plaincomments", plain_comments, "yizhan"),
        ("nextarticle", next_article, "kongqi"),
        ("asptables", asp_tables, "zhiyuan"),
    ],
    8: [
        ("wechat135", wechat_135, "jiaotong"),
        ("spastate", spa_state, "jianbao"),
        ("h1date", h1_date, "zhaopin"),
        ("asidearticle", aside_in_article, "pinglun"),
        ("rongmei", rongmei_credits, "kongqi"),
    ],
    9: [
        ("proposal", proposal, "changyi"),
        ("btdiv", bt_div, "zhengce"),
        ("fagao", fagao, "jianbao"),
        ("attachment", attachment_only, "fujian"),
        ("english", english_labels, "waiqi"),
    ],
    10: [
        ("prevnext", prevnext_summary, "shequ"),
        ("figures", html5_figures, "jiaotong"),
        ("followpromo", follow_promo, "zhiyuan"),
        ("interview", interview, "fangtan"),
        ("utcjsonld", utc_jsonld, "pinglun"),
    ],
    11: [
        ("bjnews", bjnews, "waiqi"),
        ("shangguan", shangguan, "fangtan"),
        ("jiemian", jiemian, "ai"),
        ("yicai", yicai, "shuju"),
        ("zhuanti", zhuanti, "nianjian"),
    ],
    12: [
        ("drupal", drupal, "yigong"),
        ("phpcms", phpcms, "juanzeng"),
        ("empire", empire, "waiqi"),
        ("typecho", typecho, "juanzeng"),
        ("joomla", joomla, "yigong"),
    ],
    13: [
        ("peoplehao", peoplehao, "juanzeng"),
        ("chinadaily", chinadaily, "kongqi"),
        ("wordhtml", word_html, "gongshi"),
        ("onepbr", one_p_br, "shequ"),
        ("shortparas", short_paras, "huazhan"),
    ],
    14: [
        ("introsidebar", intro_sidebar, "jianbao"),
        ("liparas", li_paragraphs, "pinglun"),
        ("dlcomments", dl_comments, "yigong"),
        ("tdinfo", td_info_below, "juanzeng"),
        ("cnnumerals", cn_numerals, "changyi"),
    ],
    15: [
        ("blockquote", blockquote_sections, "fenye3"),
        ("reprinttop", reprint_top, "ai"),
        ("javatime", java_time, "pinglun"),
        ("readingstats", reading_stats, "juanzeng"),
        ("mobileportal", sohu_mobile, "waiqi"),
    ],
    16: [
        ("splitboxes", split_containers, "yizhan"),
        ("commentcards", plain_comment_cards, "yigong"),
        ("cardlinks", wrapped_teasers, "zhengce"),
        ("datetop", date_top_time_bottom, "jiaotong"),
        ("lazyimages", lazy_images, "tuji"),
    ],
    17: [
        ("longform", longform, "diaocha"),
        ("inlinebox", inline_related_box, "shequ"),
        ("speech", speech, "jianghua"),
        ("bullets", bullet_points, "yaodian"),
        ("fullwidth", fullwidth_digits, "kongqi"),
    ],
    18: [
        ("hknews", hk_news, "shefu"),
        ("twgov", tw_gov, "judian"),
        ("zaobao", zaobao, "waiqi"),
        ("macau", macau_gov, "shefu"),
        ("minguo", roc_minguo, "judian"),
    ],
    19: [
        ("gongyi", gongyi_paper, "yizhan"),
        ("hiddenseo", hidden_seo, "zhaopin"),
        ("urlonly", url_only_date, "bianji"),
        ("emoji", emoji_list, "gongju"),
        ("brackettitle", bracket_in_title_tag, "gongju"),
    ],
    20: [
        ("dlqa", dl_qa, "jiedu"),
        ("timeline", timeline, "dashiji"),
        ("datedtitle", dated_headline, "xinzheng"),
        ("pdfembed", pdf_embed, "fujian"),
        ("xuexi", xuexi, "pinglun"),
    ],
    21: [
        ("govcnlib", govcn_library, "zhengce"),
        ("trsimg", trs_img_wrapper, "jiaotong"),
        ("jcmszoom", jcms_zoom_tables, "yigong"),
        ("ivsunion", ivs_union, "xunqing"),
        ("shortnotice", short_notice, "tingban"),
    ],
    22: [
        ("wechatfull", wechat_full, "gongju"),
        ("wechatleaf", wechat_leaf, "shequ"),
        ("tencentssr", tencent_ssr, "pinglun"),
        ("peoplechannel", people_channel, "yizhan"),
        ("bilingual", bilingual, "shuangyu"),
    ],
    23: [
        ("printtwin", print_twin, "shuju"),
        ("midrelated", mid_related_comments, "fenye3"),
        ("slidegallery", slide_gallery, "zhanting"),
        ("scriptwrite", script_write_time, "ai"),
        ("longpolicy", long_policy, "guanli"),
    ],
    24: [
        ("cctv", cctv, "huazhan"),
        ("chinanews", chinanews, "kongqi"),
        ("enppages", enp_pages, "jianghua"),
        ("epapertitles", epaper_titles, "diaocha"),
        ("appshare", app_share_relative, "zhiyuan"),
    ],
    25: [
        ("jyh", jyh_platform, "dashiji"),
        ("renmian", renmian_notice, "renmian"),
        ("solicitation", solicitation, "zhengqiu"),
        ("transcript", press_transcript, "fabuhui"),
        ("pubdatemeta", pubdate_meta_only, "fujian"),
    ],
    26: [
        ("microdata", microdata, "juanzeng"),
        ("twoh1", two_h1, "xinzheng"),
        ("untitled", untitled_doc, "changyi"),
        ("brheadline", br_headline, "huazhan"),
        ("aisummary", ai_summary, "bianji"),
    ],
    27: [
        ("updatedfirst", updated_first, "waiqi"),
        ("cnnumeral", cn_numeral_info, "gongshi"),
        ("dotted", dotted_seconds, "wenda"),
        ("tagsviews", tags_views, "jianbao"),
        ("orderedlist", ordered_list, "zhengce"),
    ],
    28: [
        ("mobileyearless", mobile_yearless, "zhaopin"),
        ("divtext", div_text_nodes, "yaodian"),
        ("uppergbk", upper_gbk, "kongqi"),
        ("noscript", noscript_counter, "ai"),
        ("readingset", reading_settings, "pinglun"),
    ],
    29: [
        ("photofirst", photo_first, "fangtan"),
        ("jiedumeta", jiedu_meta_table, "jiedu"),
        ("namelist", long_name_list, "nianjian"),
        ("infographic", image_infographic, "tuji"),
        ("attdownload", att_download, "fujian"),
    ],
    30: [
        ("reprintstmt", reprint_statement, "shequ"),
        ("html5", html5_semantic, "zhiyuan"),
        ("englishmeta", english_meta, "yigong"),
        ("reply", reply_letter, "shipin"),
        ("floatshare", float_share, "fenye3"),
    ],
}


def write(batch: int, name: str, key: str, page: Page, a: UArticle) -> None:
    """NAME.html in the page's encoding and NAME.json, its gold."""
    stem = f"unseen_b{batch}_{name}_{key}"
    (OUT / f"{stem}.html").write_bytes(page.html.encode(page.encoding))
    gold = {
        "template": f"unseen_{name}",
        "batch": batch,
        "url": page.url,
        "title": page.title or a.title,
        "published": page.published,
        "paragraphs": list(page.paragraphs or a.paragraphs),
    }
    (OUT / f"{stem}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def write_batches(
    batches: dict[int, list[tuple[str, Template, str]]],
    by_key: dict[str, UArticle],
) -> None:
    """Render `batches` into this folder, removing their old unseen_b<batch>_* files first."""
    for batch in batches:
        for old in [*OUT.glob(f"unseen_b{batch}_*.html"), *OUT.glob(f"unseen_b{batch}_*.json")]:
            old.unlink()
    for batch, entries in batches.items():
        for n, (name, template, key) in enumerate(entries):
            write(batch, name, key, template(by_key[key], n), by_key[key])


def main() -> None:
    """Render every batch into this folder (its own batches' unseen_* files only)."""
    # Batches 37 on are build_blind.py's and build_selfmedia.py's: theirs to rewrite.
    write_batches(BATCHES, BY_KEY)


# ---------------------------------------------------------------- batches 31-36, written blind
# Written by a helper who had read neither the extraction code nor its rules
# (nor the markup of batches 1-30): the first-sight figures of these batches
# are the honest estimate of what a page nobody tuned for scores.

import datetime as _dt  # noqa: E402 (the blind batches' own imports, appended)
import re as _re  # noqa: E402


def _blind_stamp(a: UArticle, clock: str = "") -> int:
    """The Unix time of the article's day and clock (or `clock`) in Beijing time."""
    hh, mm = (clock or a.clock or "00:00").split(":")
    tz = _dt.timezone(_dt.timedelta(hours=8))
    y, m, d = (int(x) for x in a.day.split("-"))
    return int(_dt.datetime(y, m, d, int(hh), int(mm), tzinfo=tz).timestamp())


def _blind_gov(c: Chrome, host: str, title: str, head: str, main: str, org: str, code: str) -> str:
    """A district or city government site: top bar, search, mega menu, 当前位置, main, 相关链接, footer."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="{org}"><meta name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="{code}">
{head}{c.style(4)}{c.script("siteConf", title, 5)}
</head><body>
<div class="top-bar"><div class="w1200"><span>{HEADER_DAY_CN}</span><a>无障碍浏览</a><a>长者模式</a><a>登录</a><a>注册</a></div></div>
<div class="header"><img src="/images/logo.png" alt="{org}"><form class="search"><input type="text" value="请输入关键字"><button>搜索</button></form></div>
<div class="nav">{c.mega_nav(host, groups=3, per_group=16, cls="navbar")}</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{code[-4:]}/">通知公告</a> &gt; 正文</div>
<div class="main w1200">{main}</div>
<div class="xglj"><h3>相关链接</h3>{c.link_list(host, 8, "xglj-list")}</div>
<div class="links"><select><option>国家部委网站</option><option>省级政府网站</option></select><select><option>市内网站</option></select></div>
{GOV_FOOTER.format(org=org, tech="江苏国泰新点软件有限公司", code=code, icp="05021" + code[-3:], ga="3205" + code[-6:] + "01")}
</body></html>"""


def _blind_news(c: Chrome, host: str, title: str, head: str, main: str, site: str) -> str:
    """A news portal: channel menu, main column, hot list and picture stories aside, related under."""
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}{c.style(5)}{c.script("pageConfig", title, 6)}
</head><body>
<div class="top"><a>登录</a><a>注册</a><a>客户端</a><a>微博</a><a>微信</a></div>
<div class="channel">{c.mega_nav(host, groups=2, per_group=18, cls="channel-nav")}</div>
<div class="container"><div class="left">{main}</div>
<div class="right">{c.hot_list(host, "24小时热点", 10)}{c.teasers(host, "图片新闻", 4, cls="pic-news", meta=False)}</div></div>
<div class="bottom-rel">{c.teasers(host, "相关新闻", 6, cls="rel-news")}</div>
<div class="footer"><p>关于我们 | 广告服务 | 联系方式 | 招聘信息 | 网站地图</p><p>{site} 版权所有 未经书面授权禁止转载、摘编、复制或建立镜像</p><p>违法和不良信息举报电话：025-12345678</p></div>
</body></html>"""


def _blind_right(a: UArticle, body: str, p: str, right: str) -> str:
    """The 落款 (issuing body, then the date) set on the right, as notices print it."""
    for line in a.lines[-2:]:
        text = esc(line.removeprefix("[sign]"))
        body = body.replace(p.format(text), right.format(text))
    return body


def _blind_prevnext(c: Chrome, host: str) -> str:
    return (
        f'<div class="prev-next"><p>上一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p>'
        f'<p>下一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p></div>'
    )


# batch 31: government and 民政 pages


def blind_trs_union(a: UArticle, n: int) -> Page:
    """TRS WCM: TRS_Editor > Custom_UnionStyle with <font> and MsoNormal paragraphs, a PubDate meta a
    day later than the date shown (re-published), a view counter written by script, 打印本页 关闭窗口."""
    c = Chrome(36100 + n)
    host = "mzj.suzhou.gov.cn"
    head = f'<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="2025-06-18 09:12"><meta name="ContentSource" content="{esc(a.source)}">'
    p = '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><font face="仿宋_GB2312" size="4">{}</font></p>'
    body = render(
        a,
        p=p,
        cell='<td width="20%" style="border:solid windowtext 1pt"><p align="center"><font size="3">{}</font></p></td>',
        table='<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">{}</table>',
    )
    body = _blind_right(
        a,
        body,
        p,
        '<p class="MsoNormal" align="right" style="text-align:right"><font face="仿宋_GB2312" size="4">{}</font></p>',
    )
    main = f"""<div class="article">
<div class="title" id="ivs_title">{esc(a.title)}</div>
<div class="info"><span>发布日期：{a.day}</span><span>信息来源：{esc(a.source)}</span><span>浏览次数：<script>document.write(Math.floor(Math.random()*900+100));</script></span>
<span class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="content" id="zoom"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{body}
</div></div></div>
<div class="bar"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
{_blind_prevnext(c, host)}
</div>"""
    return Page(
        _blind_gov(
            c,
            host,
            f"{esc(a.title)}_通知公告_苏州市民政局",
            head,
            main,
            "苏州市民政局",
            "3205000031",
        ),
        f"https://{host}/mzj/tzgg/202506/a3f1{n}c.shtml",
        a.day,
    )


def blind_xxgk_zoom(a: UArticle, n: int) -> Page:
    """A 信息公开 directory page: 索引号 table naming the title and 成文日期, the notice in #zoom with
    bold numbered headings, 附件 links and a QR prompt 扫一扫在手机打开当前页."""
    c = Chrome(36200 + n)
    host = "www.szwz.gov.cn"
    table = f"""<table class="xxgk-info" cellpadding="0" cellspacing="0">
<tr><th>索&nbsp;引&nbsp;号：</th><td>01401{n}762/2025-00{n}31</td><th>分&nbsp;&nbsp;&nbsp;&nbsp;类：</th><td>应急管理;通知</td></tr>
<tr><th>发布机构：</th><td>{esc(a.source)}</td><th>成文日期：</th><td>{a.day}</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>吴政办〔2025〕4{n}号</td><th>发布日期：</th><td>{a.day}</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{esc(a.title)}</td></tr></table>"""
    body = render(
        a,
        p='<p style="text-indent:2em">{}</p>',
        heading='<p style="text-indent:2em"><strong>{}</strong></p>',
    )
    body = _blind_right(
        a, body, '<p style="text-indent:2em">{}</p>', '<p style="text-align:right">{}</p>'
    )
    main = f"""{table}
<div class="xxgk-title"><h2>{esc(a.title)}</h2></div>
<div id="zoom" class="xxgk-content">
{body}
<p>（此件公开发布）</p>
</div>
<div class="fj"><p>附件：</p><p><a href="/u/a1.doc">1.吴中区防汛责任人名单.doc</a></p><p><a href="/u/a2.xls">2.防汛隐患排查整改清单.xls</a></p></div>
<div class="qr"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
<div class="tools"><a>【打印】</a><a>【关闭】</a><a>【收藏】</a></div>"""
    return Page(
        _blind_gov(
            c,
            host,
            f"{esc(a.title)}-苏州市吴中区人民政府",
            "",
            main,
            "苏州市吴中区人民政府",
            "3205060002",
        ),
        f"https://{host}/szwz/c10{n}28/202506/7e{n}c2a.shtml",
        a.day,
    )


def blind_td_br(a: UArticle, n: int) -> Page:
    """An old 民政 site built of nested tables: title td, a 来源/作者/发布时间 line, the article one
    td of <br><br>-separated lines indented with &nbsp;, a 【关闭窗口】 row."""
    c = Chrome(36300 + n)
    host = "mzj.szxc.gov.cn"
    body = render(
        a,
        p="&nbsp;&nbsp;&nbsp;&nbsp;{}<br><br>",
        heading="&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b><br><br>",
        cap='<div align="center"><img src="/UploadFiles/{n}.jpg" border="0"></div><div align="center">{}</div><br>',
    )
    main = f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top"><table width="100%"><tr><td class="lm">栏目导航</td></tr>
<tr><td><a>机构职能</a><br><a>社会救助</a><br><a>社会组织</a><br><a>养老服务</a><br><a>婚姻登记</a><br><a>区划地名</a></td></tr></table>
{c.link_list(host, 10, "side-news")}</td>
<td width="760" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="40" align="center" class="bt_title"><font color="#C00000" style="font-size:20px"><b>{esc(a.title)}</b></font></td></tr>
<tr><td height="30" align="center" class="bt_info">来源：{esc(a.source)}&nbsp;&nbsp;作者：{esc(a.author)}&nbsp;&nbsp;发布时间：{a.day} {a.clock}:21&nbsp;&nbsp;点击数：2317</td></tr>
<tr><td class="bt_content" style="line-height:180%;font-size:14px">
{body}
</td></tr>
<tr><td align="right">【<a href="#">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table>"""
    return Page(
        _blind_gov(c, host, f"{esc(a.title)}", "", main, "苏州市相城区民政局", "3205070011"),
        f"http://{host}/Article/ShowArticle.asp?ArticleID=48{n}7",
        when(a),
    )


def blind_district_news(a: UArticle, n: int) -> Page:
    """A district portal's 部门动态: 字体 大中小, 分享到 bar above the text, 扫一扫 QR, 上一篇/下一篇,
    a 责任编辑 line and the photographer's credit inside the caption."""
    c = Chrome(36400 + n)
    host = "www.wujiang.gov.cn"
    body = render(
        a,
        p='<p style="text-indent:2em;margin-bottom:10px"><span style="font-size:16px;font-family:微软雅黑">{}</span></p>',
        heading='<p style="text-indent:2em"><span style="font-size:16px"><strong>{}</strong></span></p>',
        cap='<p style="text-align:center"><img src="/uploadfiles/2025/05/{n}.jpg" title="" alt=""></p><p style="text-align:center;color:#666"><span style="font-size:14px">{}</span></p>',
    )
    main = f"""<div class="article-box">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info"><span>发布时间：{a.day} {a.clock}</span><span>来源：{esc(a.source)}</span><span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span>
<div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a><a class="bds_qzone" title="分享到QQ空间"></a></div></div>
<div class="article-content">
{body}
</div>
<div class="article-editor">（责任编辑：{esc(a.editor)}）</div>
<div class="article-qr"><img src="/images/qr.png"><span>扫一扫在手机上查看当前页面</span></div>
{_blind_prevnext(c, host)}
</div>"""
    return Page(
        _blind_gov(
            c,
            host,
            f"{esc(a.title)} - 部门动态 - 苏州市吴江区人民政府",
            "",
            main,
            "苏州市吴江区人民政府",
            "3205840001",
        ),
        f"https://{host}/szwj/bmdt/202505/c2{n}e7.shtml",
        when(a),
    )


def blind_wechat_sections(a: UArticle, n: int) -> Page:
    """A WeChat article from an official account: nested <section>s with inline styles, a 点击蓝字
    关注我们 banner, the time only in a script (var ct), END, 编辑/审核 lines, 往期推荐 and the QR footer."""
    c = Chrome(36500 + n)
    paras = []
    for line in a.lines:
        if line.startswith("## "):
            paras.append(
                f'<section style="margin:20px 0 10px;text-align:center"><section style="display:inline-block;padding:4px 16px;background:#1e6fd9;color:#fff"><p><strong><span style="font-size:16px">{esc(line[3:])}</span></strong></p></section></section>'
            )
        elif line.startswith("[cap]"):
            paras.append(
                f'<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x{n}/640" class="rich_pages wxw-img"></section><p style="text-align:center"><span style="font-size:12px;color:#888">{esc(line[5:])}</span></p>'
            )
        else:
            paras.append(
                f'<p style="margin-bottom:16px;line-height:1.75em;letter-spacing:1px"><span style="font-size:15px;color:#3f3f3f">{esc(line)}</span></p>'
            )
    text = "\n".join(paras)
    head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)}</title>{head}{c.style(6)}</head><body id="activity-detail" class="zh_CN">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">江苏民政</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">江苏民政</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em><em id="js_ip_wording_wrp" class="rich_media_meta_area"><span id="js_ip_wording">江苏</span></em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible">
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top{n}/640"></section>
<p style="text-align:center"><span style="font-size:12px;color:#1e6fd9">点击蓝字 关注我们</span></p>
<section style="padding:0 8px">
{text}
</section>
<p style="text-align:center"><span style="font-size:14px;color:#999">END</span></p>
<p><span style="font-size:12px;color:#999">来源：{esc(a.source)}</span></p>
<p><span style="font-size:12px;color:#999">编辑：陈晨　审核：{esc(a.editor)}</span></p>
<section><p><strong>往期推荐</strong></p>
<p><a href="https://mp.weixin.qq.com/s/a1">{esc(c.headline())}</a></p><p><a href="https://mp.weixin.qq.com/s/a2">{esc(c.headline())}</a></p><p><a href="https://mp.weixin.qq.com/s/a3">{esc(c.headline())}</a></p></section>
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr{n}/640"><p><span style="font-size:12px">长按识别二维码关注我们</span></p></section>
</div>
<div id="js_tags" class="article-tag__list"><span>#社会工作</span><span>#社工站</span></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 <span id="readNum3">1.2万</span></span><a>分享</a><a>收藏</a><a>赞</a><a>在看</a></div>
<div class="qr_code_pc"><img src="/qr.png"><p>微信扫一扫<br>关注该公众号</p></div>
</div></div>
<script>var nickname = htmlDecode("江苏民政");var msg_title = '{esc(a.title)}'.html(false);var ct = "{_blind_stamp(a)}";var publish_time = "{a.day}" || "";var user_name = "gh_6b2e{n}a1";</script>
{c.script("wxData", esc(a.title), 14)}
</body></html>"""
    return Page(html, f"https://mp.weixin.qq.com/s/Qb3{n}xWkS1aR", when(a))


# batch 32: national portals


def blind_xinhua(a: UArticle, n: int) -> Page:
    """新华网: the time split in spans (year / month/day / clock with seconds), 来源 line, #detailContent,
    【纠错】【责任编辑:...】 under it, a 扫一扫 block, 相关新闻 with dates."""
    c = Chrome(36600 + n)
    host = "www.news.cn"
    y, m, d = a.day.split("-")
    body = render(a, p="<p>{}</p>", heading="<p><strong>{}</strong></p>")
    main = f"""<div class="header"><div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {a.clock}:33</span></div>
<div class="source">来源：{esc(a.source)}</div>
<div class="head-line clearfix"><h1><span class="title">{esc(a.title)}</span></h1>
<div class="pageShare"><div class="setFont">字体：<span class="bigger">+</span><span class="smaller">-</span></div><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">
{body}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)">【纠错】</a></span><span class="editor">【责任编辑:{esc(a.editor)} 】</span></div>
<div class="xgtj">{c.teasers(host, "相关推荐", 5, cls="xgtj-list")}</div></div></div>"""
    head = f'<meta name="publishdate" content="{a.day}"><meta name="source" content="{esc(a.source)}"><meta name="keywords" content="加装电梯,老旧小区">'
    return Page(
        _blind_news(c, host, f"{esc(a.title)}-新华网", head, main, "新华网"),
        f"https://{host}/local/{y}{m}{d}/c2b9{n}f31e4a/c.html",
        when(a),
    )


def blind_people(a: UArticle, n: int) -> Page:
    """人民网: a 引题 above the h1 and a 副题 under it, 2025年11月09日15:42 | 来源：, rm_txt_con,
    (责编：...) and 分享让更多人看到, 人民网热门 list."""
    c = Chrome(36700 + n)
    host = "js.people.com.cn"
    y, m, d = a.day.split("-")
    body = render(
        a,
        p='<p style="text-indent: 2em;">{}</p>',
        cap='<p style="text-align: center;"><img src="/NMediaFile/2025/{n}.jpg"></p><p style="text-indent: 2em;text-align: center;"><span desc="desc">{}</span></p>',
    )
    main = f"""<div class="col col-1 fl">
<h3 class="pre">全国消防日</h3>
<h1>{esc(a.title)}</h1>
<h4 class="sub">常州天宁：消防安全知识送到家门口</h4>
<p class="author"></p>
<div class="col-1-1 fl">{y}年{m}月{d}日{a.clock} | 来源：<a href="http://www.jhdnews.example.cn/" target="_blank">{esc(a.source)}</a></div>
<div class="col-1-1 fr"><a class="sina"></a><a class="wx"></a><a class="qq"></a></div>
<div class="rm_txt_con cf">
{body}
<div class="edit cf">(责编：何娟、宋雅)</div></div>
<div class="share">分享让更多人看到</div>
<div class="rm_txt_hot">{c.hot_list(host, "人民网热门", 10)}</div>
</div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}--江苏频道--人民网", "", main, "人民网"),
        f"http://{host}/n2/{y}/{m}{d}/c360301-4{n}871302.html",
        when(a),
    )


def blind_cctv(a: UArticle, n: int) -> Page:
    """央视网: a 来源：央视网 | time info line, #text_area with text-indent paragraphs and an 编辑/责任编辑
    line at its end, and a video player box with its duration before the text."""
    c = Chrome(36800 + n)
    host = "news.cctv.com"
    y, m, d = a.day.split("-")
    body = render(
        a,
        p='<p style="text-indent:2em;">{}</p>',
        heading='<p style="text-indent:2em;"><strong>{}</strong></p>',
    )
    main = f"""<div class="cnt_bd"><div class="title_area"><h1>{esc(a.title)}</h1>
<div class="info1">来源：央视网 | {y}年{m}月{d}日 {a.clock}:08</div></div>
<div class="video_box"><div id="myFlash"><span>视频加载中，请稍候...</span></div><div class="vtime">00:00 / 02:31</div></div>
<div class="content_area" id="text_area">
{body}
<p class="zebian"><span>编辑：杨彬</span><span>责任编辑：刘亮</span></p>
</div>
<div class="share_box">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_新闻频道_央视网(cctv.com)", "", main, "央视网"),
        f"https://{host}/{y}/{m}/{d}/ARTIb3{n}k2Ce.shtml",
        when(a),
    )


def blind_chinanews(a: UArticle, n: int) -> Page:
    """中国新闻网: left-t line 2025年04月22日 10:18　来源：..., left_zw with full-width-space indents,
    an advertisement box between paragraphs, 【编辑:...】 closing it."""
    c = Chrome(36900 + n)
    host = "www.chinanews.com.cn"
    y, m, d = a.day.split("-")
    paras = render(a, p="<p>　　{}</p>", heading="<p>　　<strong>{}</strong></p>").split("\n")
    paras.insert(
        3,
        '<div class="adInContent"><script>ads.push("zw_mid");</script><a href="https://ad.example.cn/">点击查看更多精彩内容 限时优惠</a></div>',
    )
    main = f"""<div class="content"><div id="cont_1_1_2"><h1 class="content_left_title">{esc(a.title)}</h1>
<div class="content_left_time">{y}年{m}月{d}日 {a.clock}　来源：{esc(a.source)}　<a class="share">分享到：</a></div>
<!--正文start-->
<div class="left_zw" style="position:relative">
{chr(10).join(paras)}
<div id="function_code_page"></div>
<div class="left_name"><div class="left_name">【编辑:{esc(a.editor)}】</div></div>
</div>
<!--正文end-->
<div class="adEditor"><div class="left_ph">{c.teasers(host, "更多精彩内容", 4, cls="more")}</div></div>
</div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}-中新网", "", main, "中国新闻网"),
        f"https://{host}/sh/{y}/{m}-{d}/10{n}3821.shtml",
        when(a),
    )


def blind_sina(a: UArticle, n: int) -> Page:
    """新浪: date-source bar, an app promotion line first in #artibody, img_wrapper captions,
    责任编辑 with an SN code, and 新浪财经APP QR prompts."""
    c = Chrome(37000 + n)
    host = "news.sina.com.cn"
    y, m, d = a.day.split("-")
    body = render(
        a,
        p="<p>　　{}</p>",
        cap='<div class="img_wrapper"><img src="//n.sinaimg.cn/{n}.jpg" alt="{0}"><span class="img_descr">{0}</span></div>',
    )
    main = f"""<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{y}年{m}月{d}日 {a.clock}</span><a href="http://www.yangtse.com/" class="source" target="_blank">{esc(a.source)}</a></div>
<div class="top-bar-inner"><span class="tool">评论</span><span>大</span><span>小</span></div></div>
<div class="article" id="artibody">
<p class="app-promo">　　<a href="https://finance.sina.cn/app">新浪财经APP</a>，海量资讯、精准解读，尽在新浪财经APP</p>
<!-- 正文内容 begin -->
{body}
<!-- 正文内容 end -->
<p class="article-editor">责任编辑：{esc(a.editor)} SN22{n}</p>
</div>
<div class="appendQr_wrap"><img src="/qr.png"><p>新浪新闻客户端 扫码下载</p></div>
<div class="keywords">文章关键词：<a>公益创投</a><a>社会组织</a></div>
<div class="comment">{c.comments(6)}</div>"""
    head = f'<meta property="article:published_time" content="{a.day}T{a.clock}:00+08:00"><meta name="mediaid" content="{esc(a.source)}">'
    return Page(
        _blind_news(c, host, f"{esc(a.title)}|公益创投_新浪新闻", head, main, "新浪网"),
        f"https://{host}/s/{y}-{m}-{d}/doc-inhb3{n}xk4.shtml",
        when(a),
    )


# batch 33: provincial and city papers


def blind_jiaohuidian(a: UArticle, n: int) -> Page:
    """交汇点 (xhby): time with seconds, 交汇点记者 byline paragraph first in the text, an 打开APP
    prompt inside the text box, a 原标题 line and comment count."""
    c = Chrome(37100 + n)
    host = "www.xhby.net"
    body = render(
        a,
        p="<p>{}</p>",
        cap='<p style="text-align:center"><img src="https://img.xhby.net/{n}.jpg"></p><p style="text-align:center"><span style="color:#7f7f7f">{}</span></p>',
    )
    main = f"""<div class="article-detail"><div class="title">{esc(a.title)}</div>
<div class="detail-info"><span class="time">{a.day} {a.clock}:10</span><span class="source">{esc(a.source)}</span><span class="comments">评论 12</span></div>
<div class="article-content">
<p>交汇点讯</p>
{body}
<p>交汇点记者 {esc(a.author)}</p>
<div class="app-open"><a>打开交汇点APP，阅读体验更佳</a></div>
</div>
<div class="lead">原标题：丽华三村来了消防员 居民现场学用灭火毯</div>
<div class="zan"><a>点赞 36</a><a>分享</a></div>
</div>"""
    # 交汇点讯 is a dateline, not a paragraph a reader keeps: the first gold line starts the text
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_交汇点新闻", "", main, "新华报业网"),
        f"https://{host}/content/2025-11/09/content_b3{n}8821.html",
        when(a),
    )


def blind_epaper(a: UArticle, n: int) -> Page:
    """An e-paper page (扬子晚报 A05): 版面导航 with the other stories of the page, the story in a
    <founder-content> tag, the issue date in the header only, 上一版/下一版."""
    c = Chrome(37200 + n)
    host = "epaper.yzwb.net"
    y, m, d = a.day.split("-")
    body = render(
        a,
        p="<P>{}</P>",
        heading="<P><B>{}</B></P>",
        cap='<P align="center"><IMG src="../../../images/{n}.jpg"></P><P align="center">{}</P>',
    )
    stories = "".join(
        f'<li><a href="content_{i}.htm">{esc(c.headline())}</a></li>' for i in range(6)
    )
    main = f"""<div class="paper-head"><span class="paper-date">{y}年{m}月{d}日 星期三</span><span>第A05版：城事</span>
<a>上一版</a> <a>下一版</a> <a>往期回顾</a></div>
<table width="100%"><tr><td width="300" valign="top"><div class="bmdh"><h3>版面导航</h3><ul>{stories}</ul></div>
<img src="../../../images/page_a05.jpg" usemap="#pagemap"></td>
<td valign="top"><div class="article">
<h3 class="yt"></h3><h1>{esc(a.title)}</h1><h2 class="ft"></h2>
<div class="byline">扬子晚报/紫牛新闻记者 {esc(a.author)}</div>
<founder-content>
{body}
</founder-content></div></td></tr></table>
<div class="paper-foot"><a>上一篇</a> <a>下一篇</a> <a>返回目录</a> <a>PDF下载</a></div>"""
    return Page(
        _blind_news(c, host, f"扬子晚报-{y}年{m}月{d}日-{esc(a.title)}", "", main, "扬子晚报"),
        f"https://{host}/html/{y}-{m}/{d}/content_b3{n}4.htm",
        a.day,
    )


def blind_kuaibao(a: UArticle, n: int) -> Page:
    """现代快报: a slash date 2025/08/19 07:30, 快报记者 byline line first, a 现代+ download block in the
    middle, 阅读量 and likes, then reader comments."""
    c = Chrome(37300 + n)
    host = "www.xdkb.net"
    y, m, d = a.day.split("-")
    paras = render(
        a, p="<p>{}</p>", img='<p><img src="https://img.xdkb.net/{n}.jpg" style="width:100%"></p>'
    ).split("\n")
    paras.insert(
        4,
        '<div class="download-app"><img src="/app.png"><p>下载现代+客户端 看更多本地新闻</p><a>立即下载</a></div>',
    )
    main = f"""<div class="news-detail"><h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span>{y}/{m}/{d} {a.clock}</span><span>{esc(a.source)}</span><span>阅读量：1.8万</span></div>
<div class="news-body">
<p>现代快报/现代+记者 {esc(a.author)}</p>
{chr(10).join(paras)}
<p class="editor">（编辑 {esc(a.editor)}）</p>
</div>
<div class="likes"><a>赞 128</a><a>收藏</a><a>分享到朋友圈</a></div>
<div class="comment-box"><h3>网友评论</h3>{c.comments(10, cls="cmts")}</div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)} - 现代快报网", "", main, "现代快报"),
        f"https://{host}/p1/nj/{y}{m}{d}/b3{n}772.html",
        when(a),
    )


def blind_subao(a: UArticle, n: int) -> Page:
    """苏州日报's site: info bar with seconds, 作者 and 编辑, the text in a layout table cell with
    <br><br> paragraphs, 扫描二维码分享到微信, and a 网友热评 list."""
    c = Chrome(37400 + n)
    host = "www.subaonet.com"
    body = render(a, p="　　{}<br><br>", heading="　　<b>{}</b><br><br>")
    main = f"""<div class="article_title"><h2>{esc(a.title)}</h2></div>
<div class="article_info">{a.day} {a.clock}:36　来源: {esc(a.source)}　作者: {esc(a.author)}　编辑：{esc(a.editor)}　浏览量：<span id="hits">3218</span></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="article_content" style="font-size:16px;line-height:30px">
{body}
</td></tr></table>
<div class="qrshare"><img src="/qr.png"><span>扫描二维码分享到微信</span></div>
<div class="hot-comments"><h3>网友热评</h3>{c.comments(5, plain=True)}</div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_苏州新闻_苏州新闻网", "", main, "苏州新闻网"),
        f"https://{host}/2025/szyw/0422/b3{n}51.shtml",
        when(a),
    )


def blind_xhrb(a: UArticle, n: int) -> Page:
    """新华日报 on 新华报业网: 编者按-free, the 记者 line and a dated 本报讯 lead inside the first
    paragraph, a 责任编辑 span, a copyright notice box right under the text."""
    c = Chrome(37500 + n)
    host = "jsnews.xhby.net"
    body = render(a, p="<p>{}</p>", heading="<p><strong>{}</strong></p>")
    main = f"""<div class="bread"><a>首页</a> &gt; <a>民生</a></div>
<div class="artTitle"><h1>{esc(a.title)}</h1></div>
<div class="artInfo"><span>{a.day} {a.clock}</span><span>来源：{esc(a.source)}</span><span>作者：{esc(a.author)}</span></div>
<div class="artCon">
{body}
</div>
<div class="artEditor">责任编辑：{esc(a.editor)}</div>
<div class="copyright-box">版权声明：凡注明“来源：新华日报”或“来源：新华报业网”的所有文字、图片和音视频稿件，版权均属新华报业传媒集团所有，未经许可不得转载。</div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_新华报业网", "", main, "新华报业网"),
        f"https://{host}/mssh/20250312/b3{n}9.shtml",
        when(a),
    )


# batch 34: self-media platforms


def blind_toutiao(a: UArticle, n: int) -> Page:
    """今日头条 SSR: article-meta with the time and the author, syl-article-container, a 举报 link,
    the 作者 card with follower count and a 相关推荐 feed; ld+json with the same time."""
    c = Chrome(37600 + n)
    host = "www.toutiao.com"
    body = render(a, p='<p data-track="1">{}</p>')
    ld = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a.title)}","datePublished":"{a.day}T{a.clock}:00+08:00"}}</script>'
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)} - 今日头条</title>{ld}{c.style(6)}{c.script("SSR_HYDRATED_DATA", esc(a.title), 12)}</head><body>
<div class="ttp-site-header"><a>首页</a><a>下载头条APP</a><a>登录</a></div>
<div class="main-content"><div class="article-content"><h1>{esc(a.title)}</h1>
<div class="article-meta"><span>{a.day} {a.clock}</span><span class="dot">·</span><span class="name"><a>{esc(a.source)}</a></span><span class="dot">·</span><span>江苏</span></div>
<article class="syl-article-container syl-page-article tt-article-content">
{body}
</article>
<div class="report"><a>举报</a></div></div>
<div class="author-card"><img src="/a.png"><a class="name">{esc(a.source)}</a><p>优质文化领域创作者</p><span>2.3万粉丝</span><button>关注</button></div>
<div class="feed">{c.teasers(host, "相关推荐", 8, cls="feed-card")}</div>
<div class="comment-area"><h3>评论 36</h3>{c.comments(8)}</div></div>
</body></html>"""
    return Page(html, f"https://{host}/article/75{n}6132410{n}91/", when(a))


def blind_baijiahao(a: UArticle, n: int) -> Page:
    """百家号: the author's name and a year-less 发布时间 with the year in a later span, bjh-p spans
    inside paragraphs, a 举报/反馈 link, 百度APP内打开 prompts, a 展开全文 button."""
    c = Chrome(37700 + n)
    host = "baijiahao.baidu.com"
    y, m, d = a.day.split("-")
    body = render(a, p='<p><span class="bjh-p">{}</span></p>')
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="description" content="{esc(a.paragraphs[0][:60])}"><title>{esc(a.title)}</title>{c.style(6)}{c.script("DATA", esc(a.title), 10)}</head><body>
<div id="header"><a>百度首页</a><a>百家号</a><a>登录</a></div>
<div class="index-module_articleWrap"><div class="index-module_articleTitle"><h2>{esc(a.title)}</h2></div>
<div class="index-module_authorInfo"><img src="/av.png"><div><p class="author-name">{esc(a.source)}</p>
<div class="index-module_articleSource"><span class="date">{y}-{m}-{d} {a.clock}</span><span class="index-module_ip">江苏</span></div></div><button>+关注</button></div>
<div data-testid="article" class="index-module_articleContent">
{body}
</div>
<div class="unfold"><a>展开全文</a></div>
<div class="report"><a>举报/反馈</a></div>
<div class="open-app"><a>百度APP内打开</a><p>打开百度APP阅读全文</p></div>
<div class="recommend">{c.teasers(host, "为你推荐", 8, cls="rec")}</div></div>
</body></html>"""
    return Page(html, f"https://{host}/s?id=18{n}471230{n}8862", when(a))


def blind_thepaper(a: UArticle, n: int) -> Page:
    """澎湃号·政务: the account's name above the title, a plain time line, the 特别声明 of the
    platform under the text, 关键词 links, 澎湃号 recommendation."""
    c = Chrome(37800 + n)
    host = "www.thepaper.cn"
    body = render(a, p="<p>{}</p>", heading="<p><strong>{}</strong></p>")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)}_澎湃号·政务_澎湃新闻-The Paper</title>
<meta name="Keywords" content="临时救助,先行救助"><meta property="og:title" content="{esc(a.title)}">{c.style(6)}{c.script("__NEXT_DATA__", esc(a.title), 10)}</head><body>
<div class="header">{c.mega_nav(host, groups=1, per_group=14, cls="nav")}</div>
<div class="index_wrapper"><div class="index_cententWrap__Jv8jK">
<div class="index_left"><a class="index_gov">澎湃号·政务</a> &gt; <a>苏州相城民政</a></div>
<h1 class="index_title__B8mhI">{esc(a.title)}</h1>
<div class="index_headerContent"><div><a class="name">苏州相城民政</a></div><div class="ant-space"><span>{a.day} {a.clock}</span><span>来源：澎湃新闻·澎湃号·政务</span></div></div>
<div class="index_cententWrapBox__bh0OY">
{body}
</div>
<p class="index_statement">特别声明<br>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<div class="keywords"><a>临时救助</a><a>相城区</a></div>
</div><div class="right">{c.hot_list(host, "热新闻", 10)}</div></div>
<div class="footer">沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006</div>
</body></html>"""
    return Page(html, f"https://{host}/newsDetail_forward_3{n}190277", when(a))


def blind_netease(a: UArticle, n: int) -> Page:
    """网易号: post_info with seconds and the source link, post_body with a 本文来自网易号 line and the
    网易号 特别声明 after the text, a 相关推荐 list, 跟贴 counts."""
    c = Chrome(37900 + n)
    host = "www.163.com"
    body = render(
        a,
        p="<p>{}</p>",
        cap='<p class="f_center"><img src="https://nimg.ws.126.net/{n}.jpg"><br>{}</p>',
    )
    main = f"""<div class="post_main"><h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{a.day} {a.clock}:00　来源: <a href="https://www.163.com/dy/media/T15{n}.html">{esc(a.source)}</a>　<a>举报</a></div>
<div class="post_body">
{body}
<p class="dy-author">本文来自网易号「{esc(a.source)}」</p>
</div>
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
<div class="post_tie">跟贴 <span>86</span> 参与 <span>1203</span></div>
</div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}|社会组织|公益_网易订阅", "", main, "网易公司"),
        f"https://{host}/dy/article/K3B{n}7QJ50534A4SC.html",
        when(a),
    )


def blind_sohu(a: UArticle, n: int) -> Page:
    """搜狐号: the time in a span carrying milliseconds as data-val, article#mp-editor, a
    返回搜狐，查看更多 link inside the text box and 责任编辑 and 平台声明 under it."""
    c = Chrome(38000 + n)
    host = "www.sohu.com"
    body = render(a, p="<p>{}</p>", img='<p><img src="//p{n}.itc.cn/q_70/images03/b3.jpeg"></p>')
    main = f"""<div class="text"><div class="text-title"><h1>{esc(a.title)}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="{_blind_stamp(a)}000">{a.day} {a.clock}</span><span data-role="original-link">发布于：江苏省</span></div></div>
<article class="article" id="mp-editor">
{body}
<a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom"><i class="backword"></i>返回搜狐，查看更多</a>
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap">{c.teasers(host, "推荐阅读", 6, cls="relate")}</div>
<div class="comment">{c.comments(6)}</div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_电梯_居民_小区", "", main, "搜狐"),
        f"https://{host}/a/8{n}4213675_121106842",
        when(a),
    )


# batch 35: forums, old sites, documents


def blind_discuz(a: UArticle, n: int) -> Page:
    """Discuz! X thread: the post in td.t_f with <br /> lines and <font> tags, 发表于 with an unpadded
    date, a 本帖最后由 ... 编辑 note first in the post, the signature, and replies under it."""
    c = Chrome(38100 + n)
    host = "bbs.cs0512.example.cn"
    post = "<br />\r\n<br />\r\n".join(
        f'<font size="3"><font color="#333333">{esc(p)}</font></font>' for p in a.paragraphs
    )
    y, m, d = (int(x) for x in a.day.split("-"))
    replies = "".join(
        f'<table class="plhin"><tr><td class="pls"><div class="authi">{["书虫老李", "小城姑娘", "江南夜雨", "阿福"][i]}</div></td>'
        f'<td class="plc"><div class="pti"><em id="authorposton{i}">发表于 {y}-{m}-{d + 1} 0{i + 8}:2{i}</em></div>'
        f'<div class="pct"><table><tr><td class="t_f" id="postmessage_9{i}">{esc(c.rng.choice(["支持！有空去店里坐坐。", "写得真好，县城需要这样的书店。", "楼主加油，我们那边的书店去年关了。", "读书会怎么报名？"]))}</td></tr></table></div>'
        f'<div class="po"><a>回复</a><a>支持</a><a>反对</a></div></td></tr></table>'
        for i in range(4)
    )
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(a.title)} - 书香常熟 - 常熟论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="{esc(a.title)}" />{c.style(5)}{c.script("discuz", esc(a.title), 8)}</head><body id="nv_forum">
<div id="toptb">{c.mega_nav(host, groups=1, per_group=12, cls="z")}</div>
<div id="pt" class="bm cl"><a href="./">常熟论坛</a> <em>&rsaquo;</em> <a>生活</a> <em>&rsaquo;</em> <a>书香常熟</a> <em>&rsaquo;</em> {esc(a.title)}</div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">5382</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">47</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{esc(a.title)}</span></h1><span class="xg1"><a>[复制链接]</a></span></td></tr></table>
<table id="pid1" class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">小城书事</a></div><dl><dt>积分</dt><dd>2318</dd><dt>帖子</dt><dd>406</dd></dl></td>
<td class="plc"><div class="pi"><strong><a>楼主</a></strong></div><div class="pti"><div class="authi"><img src="/online_member.gif"><em id="authorposton1">发表于 {y}-{m}-{d} {a.clock}</em><span class="pipe">|</span><a>只看该作者</a></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_8812{n}">
<i class="pstatus"> 本帖最后由 小城书事 于 {y}-{m}-{d + 1} 08:01 编辑 </i><br />
<br />
{post}<br />
</td></tr></table></div></div></div>
<div class="sign">店在虞山脚下，欢迎来坐坐 ^_^</div>
<div class="po"><a>回复</a><a>举报</a><a>收藏</a><a>分享</a></div></td></tr></table>
{replies}
</div>
<div id="ft">Powered by Discuz! X3.4 &copy; 2001-2025 Comsenz Inc. 苏ICP备12008811号 GMT+8</div>
</body></html>"""
    return Page(html, f"https://{host}/thread-6{n}2231-1-1.html", when(a))


def blind_asp_gbk(a: UArticle, n: int) -> Page:
    """An old ASP government site in GBK: <font size=2> everywhere, 【发布时间：2025-6-3 10:24:00】
    【点击次数】, the notice in one td with <p> tags left unclosed, upper-case TD/TR, a 友情链接 select."""
    c = Chrome(38200 + n)
    host = "www.xxzhen.example.gov.cn"
    body = render(
        a,
        p='<P style="TEXT-INDENT: 2em">{}',
        heading='<P style="TEXT-INDENT: 2em"><STRONG>{}</STRONG>',
    )
    body = _blind_right(a, body, '<P style="TEXT-INDENT: 2em">{}', "<P align=right>{}")
    y, m, d = (int(x) for x in a.day.split("-"))
    html = f"""<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>{esc(a.title)}--香山街道办事处</TITLE>
{c.style(5)}<SCRIPT language=javascript>function openwin(){{window.open("/vote.asp")}}</SCRIPT></HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD><IMG src="/images/banner.jpg" width=960 height=150></TD></TR>
<TR><TD class=nav>{c.mega_nav(host, groups=2, per_group=10, cls="menu")}</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR>
<TD vAlign=top width=210><TABLE width="100%"><TR><TD class=lmbt>最新公告</TD></TR><TR><TD>{c.link_list(host, 12, "gg")}</TD></TR>
<TR><TD class=lmbt>办事指南</TD></TR><TR><TD>{c.link_list(host, 8, "bszn")}</TD></TR></TABLE></TD>
<TD vAlign=top><TABLE width="100%" border=0><TR><TD align=middle height=50><FONT color=#ff0000 size=4><B>{esc(a.title)}</B></FONT></TD></TR>
<TR><TD align=middle bgColor=#f0f0f0 height=25><FONT size=2>【发布时间：{y}-{m}-{d} 10:24:00】【发布单位：街道党政办】【点击次数：<FONT color=red>1234</FONT>】</FONT></TD></TR>
<TR><TD style="FONT-SIZE: 14px; LINE-HEIGHT: 200%">
{body}
</TD></TR>
<TR><TD align=right><FONT size=2>【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</FONT></TD></TR></TABLE></TD></TR></TABLE>
<TABLE width=960 align=center><TR><TD align=middle><SELECT><OPTION>--友情链接--</OPTION><OPTION>吴中区人民政府</OPTION><OPTION>苏州市人民政府</OPTION></SELECT></TD></TR>
<TR><TD align=middle><FONT size=2>版权所有：香山街道办事处 地址：苏州市吴中区香山街道 电话：0512-66251234<BR>苏ICP备05034567号 技术支持：苏州某网络公司</FONT></TD></TR></TABLE>
</BODY></HTML>"""
    return Page(html, f"http://{host}/news_view.asp?id=12{n}8", f"{a.day} 10:24", encoding="gbk")


def blind_long_xxgk(a: UArticle, n: int) -> Page:
    """A long 规划 on a county-level portal: 信息公开 table, the 通知 and the 规划 it prints one after
    the other in .zwgk_content, PDF 附件 links, a 相关解读 box and a 【打印】【关闭】 bar."""
    c = Chrome(38300 + n)
    host = "www.changshu.gov.cn"
    body = render(
        a,
        p='<p style="text-indent:2em;line-height:2">{}</p>',
        heading='<p style="text-align:center"><strong>{}</strong></p>',
    )
    body = _blind_right(
        a,
        body,
        '<p style="text-indent:2em;line-height:2">{}</p>',
        '<p style="text-align:right">{}</p>',
    )
    table = f"""<div class="xxgk_head"><table><tr><td>索引号：</td><td>01414{n}571/2025-00{n}98</td><td>主题分类：</td><td>民政、扶贫、救灾</td></tr>
<tr><td>发文机关：</td><td>{esc(a.source)}</td><td>成文日期：</td><td>{a.day}</td></tr>
<tr><td>标题：</td><td colspan="3">{esc(a.title)}</td></tr>
<tr><td>发文字号：</td><td>常政办发〔2025〕11{n}号</td><td>发布日期：</td><td>{a.day}</td></tr></table></div>"""
    main = f"""{table}
<div class="zwgk_title">{esc(a.title)}</div>
<div class="zwgk_content">
{body}
</div>
<div class="fujian"><span>附件下载：</span><a href="/u/guihua.pdf">常熟市“十五五”社区服务体系建设规划.pdf</a></div>
<div class="xgjd"><h4>相关解读</h4><ul><li><a>一图读懂《常熟市“十五五”社区服务体系建设规划》</a></li><li><a>《常熟市“十五五”社区服务体系建设规划》政策解读</a></li></ul></div>
<div class="print">【<a>打印</a>】【<a>关闭</a>】</div>"""
    return Page(
        _blind_gov(
            c, host, f"{esc(a.title)}_常熟市人民政府", "", main, "常熟市人民政府", "3205810001"
        ),
        f"https://{host}/zgcs/c10{n}41/202512/4a{n}b8.shtml",
        a.day,
    )


def blind_word_paste(a: UArticle, n: int) -> Page:
    """A 政策解读 pasted from Word: MsoNormal paragraphs with <span lang=EN-US> digits, <o:p></o:p>,
    mso styles, a 相关文件 link box and 解读 metadata above it, 上一篇/下一篇."""
    c = Chrome(38400 + n)
    host = "mzj.suzhou.gov.cn"
    paras = []
    for line in a.lines:
        if line.startswith("## "):
            paras.append(
                f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><b><span style="font-family:黑体;mso-hansi-font-family:黑体">{esc(line[3:])}</span></b><span lang="EN-US"><o:p></o:p></span></p>'
            )
        else:
            # Word wraps runs of digits in their own span
            runs = _re.split(r"(\d+)", line)
            html = "".join(
                f'<span lang="EN-US" style="font-family:仿宋_GB2312">{r}</span>'
                if r.isdigit()
                else f'<span style="font-family:仿宋_GB2312;mso-ascii-font-family:Calibri">{esc(r)}</span>'
                for r in runs
                if r
            )
            paras.append(
                f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">{html}<span lang="EN-US"><o:p></o:p></span></p>'
            )
    main = f"""<div class="jd-detail"><h1 class="jd-title">{esc(a.title)}</h1>
<div class="jd-info"><span>发布日期：{a.day}</span><span>来源：{esc(a.source)}</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="jd-file"><p>相关文件：<a href="/mzj/zcwj/202509/a1.shtml">苏州市人民政府关于印发《苏州市养老服务条例》实施细则的通知</a></p></div>
<div class="WordSection1" id="zoom">
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
{chr(10).join(paras)}
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
</div>
{_blind_prevnext(c, host)}
</div>"""
    return Page(
        _blind_gov(
            c, host, f"{esc(a.title)}_政策解读_苏州市民政局", "", main, "苏州市民政局", "3205000031"
        ),
        f"https://{host}/mzj/zcjd/202509/b3{n}9.shtml",
        a.day,
    )


def blind_mobile_copy(a: UArticle, n: int) -> Page:
    """A responsive page carrying a hidden mobile copy of the title and a summary, a T+/T- size bar,
    a 来源 line, a 本文由 ... 授权发布 footer inside the text box, and comments."""
    c = Chrome(38500 + n)
    host = "www.cz001.example.cn"
    body = render(
        a,
        p='<p style="text-indent:2em">{}</p>',
        cap='<figure><img src="/p/{n}.jpg"><figcaption>{}</figcaption></figure>',
    )
    main = f"""<div class="m-only" style="display:none"><h2>{esc(a.title)}</h2><p>{esc(a.paragraphs[0][:50])}…</p></div>
<div class="pc-article"><h1>{esc(a.title)}</h1>
<div class="meta">{a.day} {a.clock}　来源：{esc(a.source)}　<span class="fs">字号：<a>T+</a> <a>T-</a></span></div>
<div class="text" id="artText">
{body}
<p class="auth">本文由交汇点新闻授权发布，转载请联系原作者。</p>
</div>
<div class="tags">标签：<a>消防</a> <a>社区</a> <a>灭火毯</a></div>
<div class="cmt">{c.comments(8)}</div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}-中国常州网", "", main, "中国常州网"),
        f"https://{host}/news/2025/11/b3{n}88.html",
        when(a),
    )


# batch 36: scripts, notices, video, galleries


def blind_vue_state(a: UArticle, n: int) -> Page:
    """A Vue-rendered app share page: the text rendered and again in window.__INITIAL_STATE__,
    发布于 with an IP location, 打开APP buttons between paragraphs, a 精彩评论 list."""
    c = Chrome(38600 + n)
    host = "m.xdplus.example.cn"
    body = render(
        a,
        p='<p class="p-text" data-v-5a3e9c>{}</p>',
        img='<div class="img-box" data-v-5a3e9c><img src="/i/{n}.jpg"></div>',
    )
    state = json.dumps(
        {
            "article": {
                "title": a.title,
                "publishTime": f"{a.day} {a.clock}:00",
                "content": "".join(f"<p>{p}</p>" for p in a.paragraphs),
            }
        },
        ensure_ascii=False,
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(a.title)}</title>{c.style(5)}</head><body>
<div id="app" data-server-rendered="true"><div class="open-app-bar" data-v-5a3e9c><img src="/logo.png"><span>现代+ 看懂南京</span><a>打开APP</a></div>
<div class="article" data-v-5a3e9c><h1 class="a-title" data-v-5a3e9c>{esc(a.title)}</h1>
<div class="a-info" data-v-5a3e9c><span class="a-author">{esc(a.source)}</span><span class="a-time">发布于 {a.day} {a.clock}</span><span class="a-ip">江苏</span></div>
<div class="a-content" data-v-5a3e9c>
{body}
</div>
<div class="a-more" data-v-5a3e9c><a>打开APP 阅读全文</a></div>
<div class="a-like" data-v-5a3e9c><span>赞 52</span><span>分享</span></div>
<div class="a-comments" data-v-5a3e9c><h3>精彩评论</h3>{c.comments(8, cls="cmt-list")}</div>
<div class="a-rec" data-v-5a3e9c>{c.teasers(host, "推荐阅读", 8, cls="rec-list")}</div></div></div>
<script>window.__INITIAL_STATE__={state};</script>
{c.script("chunk_vendors", esc(a.title), 14)}
</body></html>"""
    return Page(html, f"https://{host}/share/article/b3{n}60219", when(a))


def blind_ueditor_notice(a: UArticle, n: int) -> Page:
    """A 社会组织 portal's 公告 written in UEditor: empty <p><br/></p> lines, a table with data-sort
    and a header row of <th>s, the signature on the right, a 来源/发布时间/浏览 line and 附件."""
    c = Chrome(38700 + n)
    host = "sgj.suzhou.gov.cn"
    body = render(
        a,
        p='<p style="text-indent:2em;line-height:2em">{}</p><p><br/></p>',
        table='<table width="100%" data-sort="sortDisabled" class="ue_table"><tbody>{}</tbody></table><p><br/></p>',
        cell='<td valign="top" style="word-break:break-all" width="160">{}</td>',
    )
    body = _blind_right(
        a,
        body,
        '<p style="text-indent:2em;line-height:2em">{}</p>',
        '<p style="text-align:right">{}</p>',
    )
    main = f"""<div class="news-box"><div class="news-title"><h3>{esc(a.title)}</h3></div>
<div class="news-info">来源：{esc(a.source)}　发布时间：{a.day}　浏览：<span id="viewCount">886</span>次</div>
<div class="news-content">
{body}
</div>
<div class="news-fj">附件：<a>成立登记公告（PDF版）.pdf</a></div>
{_blind_prevnext(c, host)}</div>"""
    return Page(
        _blind_gov(
            c, host, f"{esc(a.title)}-苏州社会组织网", "", main, "苏州市民政局", "3205000032"
        ),
        f"https://{host}/sgj/gsgg/202506/b3{n}.shtml",
        a.day,
    )


def blind_video_article(a: UArticle, n: int) -> Page:
    """An article under a video: the player's own markup (play button, 00:00/03:12, 清晰度 高清),
    a 视频简介 tab, the text after it, a 稿件来源 line and a 责任编辑 line."""
    c = Chrome(38800 + n)
    host = "www.jstv.example.com"
    body = render(a, p="<p>{}</p>", heading="<h3>{}</h3>")
    main = f"""<div class="video-wrap"><div class="player"><video src="https://v.jstv.example.com/b3{n}.mp4" poster="/p.jpg" preload="none"></video>
<div class="ctrl"><span class="play">播放</span><span class="cur">00:00</span>/<span class="dur">03:12</span><span class="def">清晰度：高清</span><span>全屏</span></div></div>
<div class="tabs"><span class="on">视频简介</span><span>相关视频</span></div></div>
<div class="detail"><h1>{esc(a.title)}</h1>
<div class="info"><span>{a.day} {a.clock}</span><span>稿件来源：{esc(a.source)}</span></div>
<div class="detail-text">
{body}
</div>
<div class="zrbj">责任编辑：{esc(a.editor)}</div>
<div class="rel-video">{c.teasers(host, "相关视频", 6, cls="video-list")}</div></div>"""
    return Page(
        _blind_news(c, host, f"{esc(a.title)}_荔枝新闻", "", main, "江苏广电荔枝网"),
        f"https://{host}/a/2025-03-12/b3{n}e1.shtml",
        when(a),
    )


def blind_gallery_strip(a: UArticle, n: int) -> Page:
    """A city portal's article with a 图片新闻 strip of captioned photos of other stories under it,
    a 网友评论 list with thirty comments and a 发表评论 form with its 温馨提示."""
    c = Chrome(38900 + n)
    host = "www.xiangcheng.example.gov.cn"
    body = render(
        a, p='<p style="text-indent:2em">{}</p>', heading='<p style="text-indent:2em"><b>{}</b></p>'
    )
    strip = "".join(f'<li><img src="/tp/{i}.jpg"><p>{esc(c.summary())}</p></li>' for i in range(5))
    main = f"""<div class="wz"><h1>{esc(a.title)}</h1>
<div class="wz-info">发布时间：{a.day} {a.clock}　信息来源：{esc(a.source)}　作者：{esc(a.author)}</div>
<div class="wz-con">
{body}
</div></div>
<div class="tpxw"><h3>图片新闻</h3><ul>{strip}</ul></div>
<div class="wypl"><h3>网友评论</h3>{c.comments(30, cls="pl-list")}</div>
<div class="fbpl"><h3>发表评论</h3><textarea></textarea><p>温馨提示：请遵守国家法律法规，文明发言。</p><button>提交</button></div>"""
    return Page(
        _blind_gov(
            c,
            host,
            f"{esc(a.title)}-相城区人民政府",
            "",
            main,
            "苏州市相城区人民政府",
            "3205070001",
        ),
        f"https://{host}/xcqrmzf/bmdt/202504/b3{n}1.shtml",
        when(a),
    )


def blind_wechat_repost(a: UArticle, n: int) -> Page:
    """A WeChat account reposting a 政策解读: a visible publish_time em with the time, a 来源 line at the
    top of the text, 扫码关注 and 分享/收藏/点赞/在看 prompts, 预览时标签不可点."""
    c = Chrome(39000 + n)
    body = render(
        a,
        p='<p style="line-height:1.75em"><span style="font-size:15px">{}</span></p>',
        heading='<h2 style="font-size:16px;color:#c00"><strong>{}</strong></h2>',
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)}</title><meta property="og:title" content="{esc(a.title)}">{c.style(6)}</head><body>
<div class="rich_media"><div class="rich_media_inner"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">苏州民政</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{a.day} 17:48</em></div>
<div class="rich_media_content" id="js_content">
<p style="text-align:right"><span style="font-size:12px;color:#888">来源：苏州市民政局网站</span></p>
{body}
<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr/{n}/640"></p>
<p style="text-align:center"><span style="font-size:12px">扫码关注 苏州民政</span></p>
</div>
<div class="rich_media_tool"><span>预览时标签不可点</span><a>分享</a><a>收藏</a><a>点赞</a><a>在看</a></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
</div></div></div>
{c.script("wxConf", esc(a.title), 14)}
</body></html>"""
    return Page(html, f"https://mp.weixin.qq.com/s/J9b3{n}kLm2", f"{a.day} 17:48")


BLIND_BATCHES: dict[int, list[tuple[str, Template, str]]] = {
    31: [
        ("trsunion", blind_trs_union, "dengjigg"),
        ("xxgkzoom", blind_xxgk_zoom, "fangxun"),
        ("tdbr", blind_td_br, "jiuzhu"),
        ("districtnews", blind_district_news, "gongchuang"),
        ("wechatsections", blind_wechat_sections, "shegongzhan"),
    ],
    32: [
        ("xinhua", blind_xinhua, "laoxiao"),
        ("people", blind_people, "xiaofang"),
        ("cctvtext", blind_cctv, "shegongzhan"),
        ("chinanewszw", blind_chinanews, "jiuzhu"),
        ("sina", blind_sina, "gongchuang"),
    ],
    33: [
        ("jiaohuidian", blind_jiaohuidian, "xiaofang"),
        ("yzepaper", blind_epaper, "gongchuang"),
        ("kuaibao", blind_kuaibao, "laoxiao"),
        ("subao", blind_subao, "jiuzhu"),
        ("xhrb", blind_xhrb, "shegongzhan"),
    ],
    34: [
        ("toutiao", blind_toutiao, "toutiao"),
        ("baijiahao", blind_baijiahao, "laoxiao"),
        ("thepaper", blind_thepaper, "jiuzhu"),
        ("neteasehao", blind_netease, "gongchuang"),
        ("sohu", blind_sohu, "toutiao"),
    ],
    35: [
        ("discuz", blind_discuz, "toutiao"),
        ("aspgbk", blind_asp_gbk, "fangxun"),
        ("longxxgk", blind_long_xxgk, "guihua"),
        ("wordpaste", blind_word_paste, "jiedu2"),
        ("mobilecopy", blind_mobile_copy, "xiaofang"),
    ],
    36: [
        ("vuestate", blind_vue_state, "laoxiao"),
        ("uenotice", blind_ueditor_notice, "dengjigg"),
        ("videoarticle", blind_video_article, "shegongzhan"),
        ("gallerystrip", blind_gallery_strip, "jiuzhu"),
        ("wechatrepost", blind_wechat_repost, "jiedu2"),
    ],
}
BATCHES.update(BLIND_BATCHES)


if __name__ == "__main__":
    main()
