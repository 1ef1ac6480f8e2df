"""Write the development corpus: pages in the templates of real Chinese sites, and their gold.

Run from the repository root:  .venv/bin/python -m tests.corpus.dev.build

Every template below copies the structure of a class of real pages (national
portals, provincial and city papers, government sites on TRS / Hanweb JCMS,
WeChat, self-media platforms, portal reprints) with the chrome those pages
carry.  The article text comes from articles.py; the gold (title, time as
shown on the page, body paragraphs) is what a reader sees, written next to
each page as NAME.json.  The pages are committed; this script documents how
they were made and rebuilds them when a template is corrected.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.dev.articles import ARTICLES, Article

OUT = Path(__file__).resolve().parent
BY_KEY = {article.key: article for article in ARTICLES}


@dataclass(frozen=True)
class Page:
    """One rendered page and what extraction must yield from it."""

    html: str
    url: str
    title: str
    published: str  # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (the page shows no time)
    encoding: str = "utf-8"
    paragraphs: tuple[str, ...] | None = None  # when the page words the body differently


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def when(a: Article) -> str:
    return f"{a.day} {a.clock}" if a.clock else a.day


def ymd(a: Article) -> tuple[str, str, str]:
    year, month, day = a.day.split("-")
    return year, month, day


def cn_date(a: Article, space: str = " ") -> str:
    year, month, day = ymd(a)
    text = f"{year}年{month}月{day}日"
    return f"{text}{space}{a.clock}" if a.clock else text


def body(a: Article, *, heading: str = "p-strong", img: str = "/images/pic.jpg", indent: bool = False) -> str:
    """The article's lines as paragraphs the way CMS editors write them."""
    out = []
    pad = "　　" if indent else ""
    for line in a.lines:
        if line == "[img]":
            out.append(f'<p style="text-align: center;"><img src="{img}" border="0"></p>')
        elif line.startswith("## "):
            text = esc(line[3:])
            out.append(
                f"<h3>{text}</h3>" if heading == "h3" else f"<p><strong>{text}</strong></p>"
            )
        else:
            out.append(f"<p>{pad}{esc(line)}</p>")
    return "\n".join(out)


def related(items: list[tuple[str, str]], *, summaries: bool = False) -> str:
    lis = []
    for i, (title, summary) in enumerate(items):
        extra = f"<p>{esc(summary)}</p>" if summaries else ""
        lis.append(f'<li><a href="/n/{i}.html">{esc(title)}</a>{extra}</li>')
    return "<ul>" + "".join(lis) + "</ul>"


TEASERS = [
    (
        "全省社会组织党建工作推进会在南京召开",
        "会议总结了近年来全省社会组织党建工作取得的成效，部署了下一阶段的重点任务。",
    ),
    (
        "民政部发布2023年民政事业发展统计公报",
        "公报显示，截至2023年底，全国共有社会组织88.2万个，吸纳社会各类人员就业1100余万人。",
    ),
    (
        "我省将开展养老服务机构安全隐患排查整治",
        "排查整治将持续到年底，重点检查消防安全、食品安全和服务质量等方面。",
    ),
]

SITE_FOOTER = """<div class="footer">
<p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></p>
<p>主办单位：{org}　承办单位：{org}办公室</p>
<p>网站标识码：3205000012　苏ICP备05020000号　<img src="/images/ga.png">苏公网安备 32050802010000号</p>
</div>"""


# ---------------------------------------------------------------- templates


def people(a: Article, n: int) -> Page:
    """人民网 article page (rm_txt): time glued to its date, 责编 in parentheses."""
    date = cn_date(a, space="")
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--社会·法治--人民网</title>
<meta name="keywords" content="社会组织">
<meta name="description" content="{esc(a.lines[0][:60])}">
<meta name="publishdate" content="{a.day}">
<meta name="source" content="来源：人民网－社会频道">
</head><body>
<div class="header"><div class="nav"><a href="/">首页</a> <a href="/sh">社会</a> <a href="/fz">法治</a></div></div>
<div class="main">
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<div class="col-1-1 fl">{date} | 来源：<a href="http://society.people.com.cn/">人民网－社会频道</a></div>
<h1>{esc(a.title)}</h1>
<div class="rm_txt_con cf">
{body(a)}
<div class="edit cf">(责编：张晓{n}、王丽)</div>
</div>
<div class="share"><span>分享让更多人看到</span><a href="#">微信</a><a href="#">微博</a></div>
<div class="rm_relevant cf"><div class="tit">相关新闻</div>{related(TEASERS)}</div>
</div>
<div class="col col-2 fr"><div class="ewm"><img src="/img/ewm.png"><p>人民网微信公众号</p></div>
<h2>热点推荐</h2><ul><li><a href="/x">住建部：推进城市更新行动</a></li><li><a href="/y">全国铁路迎来客流高峰</a></li></ul></div>
</div></div>
<div class="footer"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟</p>
<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>
</body></html>""",
        f"http://society.people.com.cn/n1/{a.day[:4]}/{a.day[5:7]}{a.day[8:]}/c1008-4020{n}123.html",
        a.title,
        when(a),
    )


def xinhua(a: Article, n: int) -> Page:
    """新华网 detail page: year, day and time in separate elements."""
    year, month, day = ymd(a)
    clock = f'<span class="time">{a.clock}:12</span>' if a.clock else ""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="UTF-8">
<title>{esc(a.title)}-新华网</title>
<meta name="keywords" content="社会组织,民政">
</head><body>
<div class="topBar"><a href="/">新华网</a> <a href="/politics">时政</a> <a href="/local">地方</a> <a href="/fortune">财经</a> <a href="/tech">科技</a></div>
<div class="header domPC">
<div class="header-time left"><span class="year"><em> {year}</em></span><span class="day"><em> {month}</em>/<em>{day}</em></span>{clock}</div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">{esc(a.title)}</span></h1>
<div class="pageShare"><div class="setFont">字体：<span class="bigger">+</span><span class="smaller">-</span></div><div class="share">分享到：<a>微信</a><a>微博</a></div></div></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detail"><span id="detailContent">
{body(a, heading="h3")}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:刘{n}阳 】</span></div>
<div class="bookList"><div class="tit">阅读下一篇：</div><a href="/next.htm">{esc(TEASERS[n % 3][0])}</a></div>
</div>
<div class="main-right right"><div class="col-tit">热点推荐</div><ul><li><a>全国春播粮食面积稳中有增</a></li><li><a>国家统计局发布最新数据</a></li></ul>
<div class="qrcode"><img src="/qr.png"><p>扫一扫，关注新华网</p></div></div></div>
<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>
</body></html>""",
        f"http://www.news.cn/local/{a.day.replace('-', '')}/{n}a9b8c7d6e5f4.html",
        a.title,
        when(a),
    )


def chinanews(a: Article, n: int) -> Page:
    """中国新闻网 content page: related teasers with their summaries under the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}-中新网</title>
<meta name="keywords" content="社会组织">
</head><body>
<div id="navbar"><a href="/">首页</a> | <a href="/china">国内</a> | <a href="/society">社会</a> | <a href="/cj">财经</a> | <a href="/gn">时政</a></div>
<div id="cont_1_1_2">
<div class="content_maincontent_more">
<h1 class="content_left_title">{esc(a.title)}</h1>
<div class="content_left_time">{cn_date(a)}　来源：<a href="/">中国新闻网</a>
<span id="pn">参与互动</span></div>
<div class="left_zw" style="position:relative">
{body(a, indent=True)}
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:于晓{n}】</div></div></div>
</div>
<div id="function_code_page"><div class="left-t">更多精彩内容请进入<a href="/app">中新网APP</a></div></div>
<div class="content_xgyd"><div class="xgyd_tit">相关阅读</div>{related(TEASERS, summaries=True)}</div>
</div></div>
<div id="bottom"><p>[网上传播视听节目许可证(0106168)] [京ICP证040655号] 京公网安备11010202009201号</p>
<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>
</body></html>""",
        f"https://www.chinanews.com.cn/sh/{a.day[:4]}/{a.day[5:7]}-{a.day[8:]}/100{n}1234.shtml",
        a.title,
        when(a),
    )


def province_table(a: Article, n: int) -> Page:
    """An older provincial news site on table layout: breadcrumb in cells, "2019年06月15日08:18"."""
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(a.title)}_中国江苏网</title></head><body>
<table width="1000" align="center"><tr><td><a href="/"><img src="/logo.gif" alt="中国江苏网"></a></td>
<td><a href="/">首页</a>　<a href="/news">新闻</a>　<a href="/js">江苏</a>　<a href="/sz">苏州</a></td></tr></table>
<table width="1000" align="center" class="crumb"><tr><td>现在位置：</td><td><a href="/">首页</a> &gt;&gt; <a href="/news">新闻中心</a> &gt;&gt; 江苏新闻</td></tr></table>
<table width="1000" align="center"><tr><td width="680" valign="top">
<table width="100%"><tr><td class="title" align="center"><b>{esc(a.title)}</b></td></tr>
<tr><td align="center" class="info">{cn_date(a, space="")}　来源：{esc(a.source)}</td></tr>
<tr><td class="content">
{body(a, indent=True)}
</td></tr>
<tr><td align="right">责任编辑：陈{n}</td></tr>
</table></td>
<td width="300" valign="top"><table><tr><td>图片新闻</td></tr><tr><td><a href="/p1">春到江南</a></td></tr><tr><td><a href="/p2">古镇新貌</a></td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td align="center">中国江苏网版权所有　未经授权，禁止转载<br>苏ICP备09069082号</td></tr></table>
</body></html>""",
        f"http://jsnews.jschina.com.cn/sz/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}6543.shtml",
        a.title,
        when(a),
        encoding="gb18030",
    )


def city_after(a: Article, n: int) -> Page:
    """A city news site: channel in <title>, the time and source line after the body."""
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)} - 民生 - 名城苏州新闻网</title></head><body>
<div class="topnav"><a href="/">首页</a> <a href="/ms">民生</a> <a href="/sz">苏州</a> <a href="/ty">体育</a> <a href="/wh">文化</a></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/ms">民生</a> &gt; 正文</div>
<div class="article">
<div class="art-title"><h2>{esc(a.title)}</h2></div>
<div class="art-body">
{body(a)}
</div>
<div class="art-info"><span>发布日期：{when(a)}</span>　<span>来源：{esc(a.source)}</span>　<span>编辑：周{n}</span></div>
<div class="art-share">分享到：<a>微信</a> <a>QQ空间</a> <a>微博</a></div>
<div class="art-prev">上一篇：<a href="/p">{esc(TEASERS[0][0])}</a></div>
<div class="art-next">下一篇：<a href="/q">{esc(TEASERS[1][0])}</a></div>
</div>
<div class="footer"><p>名城苏州新闻网 版权所有</p><p>苏ICP备10000000号-1</p></div>
</body></html>""",
        f"https://news.2500sz.com/doc/{a.day[:4]}/{a.day[5:7]}/{a.day[8:]}/{n}01234.shtml",
        a.title,
        when(a),
    )


def gov_trs(a: Article, n: int) -> Page:
    """A government site on TRS WCM: date-only info line, toolbar, image-file list, site footer."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_姑苏区人民政府</title>
<meta name="SiteName" content="姑苏区人民政府"><meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day} {a.clock or '00:00'}">
<meta name="ContentSource" content="{esc(a.source)}">
</head><body>
<div class="head"><div class="logo">姑苏区人民政府</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bmdt">部门动态</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/bmdt">部门动态</a></div>
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info">发布时间：{a.day}　来源：{esc(a.source)}　浏览次数：<span id="views"></span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
{body(a, indent=True)}
<p>微信图片_20240312103224.jpg</p><p>IMG_2051.JPG</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="qr"><img src="/qr.png"><span>扫一扫在手机打开当前页</span></div>
</div>
{SITE_FOOTER.format(org="姑苏区人民政府")}
</body></html>""",
        f"http://www.gusu.gov.cn/gsq/bmdt/{a.day[:7].replace('-', '')}/{n}f1e2d3c4b5a6.shtml",
        a.title,
        when(a),  # the PubDate meta tag states the time (00:00 when there is none)
    )


def gov_hanweb(a: Article, n: int) -> Page:
    """A Hanweb JCMS government page: <title> holds only the channel, the headline is in a cell."""
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>工作动态</title>
<meta name="PubDate" content="{a.day} {a.clock or '00:00'}:00">
</head><body>
<div id="top"><a href="/">相城区人民政府</a></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="bt_link">
<a href="/">首页</a> &gt; <a href="/col/col1234/">政务动态</a> &gt; <a href="/col/col1235/">工作动态</a></td></tr></table>
<table width="1000" align="center"><tr><td>
<table width="100%" id="article">
<tr><td class="title" style="font-size:22px" align="center">{esc(a.title)}</td></tr>
<tr><td align="center"><table><tr><td>发布日期：{a.day}</td><td>信息来源：{esc(a.source)}</td><td>【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr></table></td></tr>
<tr><td id="zoom" class="bt_content">
{body(a)}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭本页】</a></td></tr>
</table></td></tr></table>
<div id="footer"><p>主办：相城区人民政府办公室　地址：苏州市相城区行政中心</p><p>网站标识码：3205070004　苏ICP备11022222号</p></div>
</body></html>""",
        f"http://www.szxc.gov.cn/art/{a.day[:4]}/{int(a.day[5:7])}/{int(a.day[8:])}/art_123{n}_456789.html",
        a.title,
        when(a),  # the PubDate meta tag states the time (00:00:00 when there is none)
    )


def gov_office(a: Article, n: int) -> Page:
    """A street-office site: "title 东区办事处" in <title>, the date line after the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} 东区办事处</title></head><body>
<div class="banner"><img src="/banner.jpg" alt="东区办事处"><span class="sitename">东区办事处</span></div>
<div class="menu"><a href="/">网站首页</a> <a href="/gk">机构概况</a> <a href="/dt">工作动态</a> <a href="/tz">通知公告</a> <a href="/fw">便民服务</a></div>
<div class="con">
<div class="con-title"><h3>{esc(a.title)}</h3></div>
<div class="con-text">
{body(a)}
</div>
<div class="con-foot"><p>发布日期：{when(a)}</p><p>来源：{esc(a.source)}</p></div>
<div class="con-tool"><a>【打印】</a> <a>【关闭】</a></div>
</div>
<div class="foot">版权所有：东区办事处　技术支持：某某网络科技有限公司</div>
</body></html>""",
        f"http://dqbsc.example.gov.cn/dt/{a.day.replace('-', '')}/{n}.html",
        a.title,
        when(a),
    )


def gov_credits(a: Article, n: int) -> Page:
    """A 纪检 channel page: "-纪检" suffix in <title>, 时间： inside a credits line."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-纪检</title></head><body>
<div class="header"><span class="site">清风相城</span>
<ul class="nav"><li>首页</li><li>要闻</li><li>纪检</li><li>监察</li><li>巡察</li></ul></div>
<div class="path">当前位置：首页 &gt; 纪检</div>
<div class="detail">
<div class="detail-title">{esc(a.title)}</div>
<div class="detail-credit">来源：{esc(a.source)}　时间：{when(a)}　作者：办公室</div>
<div class="detail-content">
{body(a)}
</div>
<div class="detail-share">分享：<a>微信</a><a>微博</a></div>
</div>
<div class="footer"><p>版权所有：中共苏州市相城区纪律检查委员会</p><p>苏ICP备12345678号</p></div>
</body></html>""",
        f"http://jw.szxc.gov.cn/jj/{n}{a.day.replace('-', '')}.html",
        a.title,
        when(a),
    )


def gov_jsonld(a: Article, n: int) -> Page:
    """A newer government portal: <title> only the site, JSON-LD carries the time."""
    stamp = f"{a.day}T{a.clock or '00:00'}:00+08:00" if a.clock else a.day
    return Page(
        f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>苏州市民政局</title>
<meta property="og:site_name" content="苏州市民政局">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{a.title}","datePublished":"{stamp}","publisher":{{"@type":"Organization","name":"苏州市民政局"}}}}</script>
</head><body>
<header><div class="logo">苏州市民政局</div><nav><a>首页</a><a>新闻中心</a><a>政务公开</a><a>政务服务</a><a>互动交流</a></nav></header>
<main>
<div class="crumbs"><a>首页</a> / <a>新闻中心</a> / <a>民政动态</a></div>
<article class="news-detail">
<h1>{esc(a.title)}</h1>
<div class="news-detail__meta"><span>{esc(a.source)}</span></div>
<div class="news-detail__body">
{body(a)}
</div>
</article>
<aside><h2>最新动态</h2><ul><li><a>{esc(TEASERS[0][0])}</a></li><li><a>{esc(TEASERS[2][0])}</a></li></ul></aside>
</main>
<footer><p>主办单位：苏州市民政局</p><p>网站标识码：3205000031 苏ICP备05002222号</p></footer>
</body></html>""",
        f"https://mzj.suzhou.gov.cn/szsmzj/mzdt/detail/{n}abc{a.day.replace('-', '')}.html",
        a.title,
        when(a),
    )


def gov_li(a: Article, n: int) -> Page:
    """An article rendered inside a list item, header and body in the same <li>."""
    return Page(
        f"""<html><head><meta charset="utf-8"><title>{esc(a.title)}--吴江区人民政府</title></head><body>
<div class="top"><a href="/">吴江区人民政府</a> | <a>政务公开</a> | <a>新闻中心</a> | <a>政务服务</a></div>
<div class="crumb">您现在的位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>部门动态</a></div>
<ul class="news-content">
<li class="item">
<div class="tit">{esc(a.title)}</div>
<div class="sub">日期：{a.day}　来源：{esc(a.source)}</div>
<div class="txt">
{body(a)}
</div>
</li>
</ul>
<div class="bottom"><p>版权所有：苏州市吴江区人民政府</p><p>网站标识码：3205090001</p></div>
</body></html>""",
        f"http://www.wujiang.gov.cn/zgwj/bmdt/{a.day[:7].replace('-', '')}/{n}0a1b2c.shtml",
        a.title,
        a.day,
    )


def wechat(a: Article, n: int) -> Page:
    """A WeChat official-account article (mp.weixin.qq.com) with its interface strings."""
    publish = f"{when(a)}" if n % 2 == 0 else ""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<title>{esc(a.title)}</title>
<script>var nickname = "苏州民政"; var ct = "{_unix(a)}"; var user_name = "gh_abc";</script>
</head><body id="activity-detail" class="zh_CN">
<div class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">苏州民政</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{publish}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于江苏</em>
</div>
<div class="rich_media_content" id="js_content">
<section style="margin:0 8px;">{body(a).replace("<p>", '<p style="line-height:1.75em;">')}</section>
<p style="text-align:center"><span style="font-size:12px;color:#888">来源：{esc(a.source)}</span></p>
<p><span style="font-size:12px;color:#888">编辑：钱{n}佳</span></p>
</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a><div>阅读 <span id="readNum3">2345</span></div><span>赞</span><span>在看</span><span>分享</span></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="function_mod"><p>继续滑动看下一个</p><p>向上滑动看下一个</p><p>轻触阅读原文</p></div>
<div class="js_cmt_area"><p>写留言</p><p>留言</p><p>暂无留言</p></div>
</div>
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}Xq3vK9pL2mN8rT5wY7zA{a.key}",
        a.title,
        when(a),
    )


def _unix(a: Article) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    value = datetime.fromisoformat(f"{a.day}T{a.clock or '00:00'}").replace(
        tzinfo=ZoneInfo("Asia/Shanghai")
    )
    return int(value.timestamp())


def toutiao(a: Article, n: int) -> Page:
    """A 今日头条 article: feedback menu, author card, recommended feed."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 今日头条</title>
<meta name="description" content="{esc(a.lines[0][:50])}">
</head><body>
<div class="ttp-header"><a>首页</a><a>下载头条</a><a>登录</a></div>
<div class="main-content"><div class="article-content">
<h1>{esc(a.title)}</h1>
<div class="article-meta mt-4"><span class="original-mark">原创</span><span>{when(a)}</span><span class="name"><a>{esc(a.source)}</a></span></div>
<article class="syl-article-base tt-article-content syl-page-article">
{body(a)}
</article>
<div class="action-bar"><button>赞 {n + 12}</button><button>评论</button><button>收藏</button><button>分享</button></div>
<div class="report-menu"><ul><li>不感兴趣</li><li>看过了</li><li>内容质量差</li><li>广告软文</li><li>低俗色情</li><li>举报</li></ul></div>
</div>
<div class="author-card"><a class="author-name">{esc(a.source)}</a><span>{n + 3}万粉丝</span><button>关注</button></div>
<div class="article-feed"><h3>相关推荐</h3>{related(TEASERS)}</div>
</div>
<div class="footer">© 2024 今日头条 www.toutiao.com</div>
</body></html>""",
        f"https://www.toutiao.com/article/73{n}1234567890123456/",
        a.title,
        when(a),
    )


def netease(a: Article, n: int) -> Page:
    """A 网易号 article: seconds in the info line, the platform's long disclaimer."""
    info = f"{a.day} {a.clock}:05" if a.clock else a.day
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|社会组织|民政_网易订阅</title>
<meta property="article:published_time" content="{a.day}T{a.clock or '00:00'}:05+08:00">
</head><body>
<div class="N-nav-channel"><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>科技</a></div>
<div class="post_main">
<h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{info}　来源: <a>{esc(a.source)}</a> <a class="post_jubao">举报</a></div>
<div class="post_body">
{body(a)}
</div>
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
<div class="post_next"><a>{esc(TEASERS[n % 3][0])}</a></div>
<div class="post_recommends"><h3>相关推荐</h3>{related(TEASERS)}</div>
</div>
<div class="N-footer">网易公司版权所有 ©1997-2024</div>
</body></html>""",
        f"https://www.163.com/dy/article/J{n}ABCDEF0534A4SC.html",
        a.title,
        when(a),
    )


def sohu(a: Article, n: int) -> Page:
    """A 搜狐号 article: "返回搜狐，查看更多" glued onto the last paragraph."""
    lines = body(a)
    last = lines.rfind("</p>")
    lines = (
        lines[:last]
        + '<a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom">'
        + '<span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>'
        + lines[last:]
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_社会组织_苏州_工作</title>
<meta property="og:title" content="{esc(a.title)}">
<meta itemprop="datePublished" content="{a.day} {a.clock or '00:00'}">
</head><body>
<div class="area"><div class="nav"><a>搜狐首页</a><a>新闻</a><a>体育</a><a>汽车</a><a>房产</a></div></div>
<div class="text">
<div class="text-title"><h1>{esc(a.title)}</h1>
<div class="article-info"><span class="time" id="news-time">{when(a)}</span><span>来源: <a>{esc(a.source)}</a></span></div></div>
<article class="article" id="mp-editor">
{lines}
</article>
<p data-role="editor-name">责任编辑：<span></span></p>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><div class="title">推荐阅读</div>{related(TEASERS)}</div>
<div class="comment"><p>我来说两句</p><p>0人参与，0条评论</p><p>搜狐“我来说两句”用户公约</p></div>
</div>
</body></html>""",
        f"https://www.sohu.com/a/7{n}8123456_121106991",
        a.title,
        when(a),
    )


def sina_finance(a: Article, n: int) -> Page:
    """A 新浪财经 reprint: APP promotion, 关键词 row, investment-risk notice."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|存款利率_新浪财经_新浪网</title>
<meta property="article:published_time" content="{a.day}T{a.clock or '00:00'}:00+08:00">
<meta name="weibo: article:create_at" content="{a.day} {a.clock or '00:00'}:00">
</head><body>
<div class="top-nav"><a>新浪首页</a> <a>新闻</a> <a>财经</a> <a>股票</a> <a>基金</a></div>
<div class="main-content">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar"><div class="date-source"><span class="date">{cn_date(a)}</span> <a class="source">{esc(a.source)}</a></div></div>
<div class="top-banner"><a>新浪财经APP</a><span>缩小字体</span><span>放大字体</span><span>收藏</span><span>微博</span><span>微信</span><span>分享</span></div>
<div class="article" id="artibody">
<div class="app-kx-ad"><p>　　炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！</p></div>
{body(a, indent=True)}
<p class="article-editor">责任编辑：杨{n}赐</p>
</div>
<div class="appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>
<div class="keywords" id="keywords">关键词：<a>存款利率</a> <a>银行</a></div>
<div class="article-notice"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</p></div>
<div class="feed-card"><h3>相关新闻</h3>{related(TEASERS)}</div>
</div>
<div class="footer">Copyright © 1996-2024 SINA Corporation, All Rights Reserved</div>
</body></html>""",
        f"https://finance.sina.com.cn/money/bank/{a.day}/doc-inaz{n}abcd1234.shtml",
        a.title,
        when(a),
    )


def eastmoney(a: Article, n: int) -> Page:
    """A 东方财富 news page: 郑重声明 of investment risk after a (short) article."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_东方财富网</title></head><body>
<div class="topnav"><a>财经</a> <a>焦点</a> <a>股票</a> <a>新股</a> <a>期指</a> <a>期权</a></div>
<div class="mainFrame"><div class="contentwrap">
<div class="newsContent"><h1>{esc(a.title)}</h1>
<div class="infos"><div class="item">{cn_date(a)}</div><div class="item">来源：{esc(a.source)}</div><div class="item">评论</div></div>
<div class="txtinfos" id="ContentBody">
{body(a)}
<p class="em_media">（文章来源：{esc(a.source)}）</p>
</div>
<div class="res-edit">（责任编辑：{n + 146}）</div>
<div class="b-review">郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。东方财富网不保证该信息（包括但不限于文字、视频、音频、数据及图表）全部或者部分内容的准确性、真实性、完整性、有效性、及时性、原创性等。相关信息并未经过本网站证实，不对您构成任何投资建议，据此操作，风险自担。</div>
<div class="sm">举报</div>
</div>
<div class="relatednews"><h3>相关阅读</h3>{related(TEASERS, summaries=True)}</div>
</div></div>
<div class="footer">沪ICP证：沪B2-20070217 网站备案号：沪ICP备05006054号-11</div>
</body></html>""",
        f"https://finance.eastmoney.com/a/{a.day.replace('-', '')}{n}0123456789.html",
        a.title,
        when(a),
    )


def party_app(a: Article, n: int) -> Page:
    """A 党媒 platform page: "本文来自…客户端" promotion and a QR prompt."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
<meta name="publishdate" content="{when(a)}">
</head><body>
<div class="head"><img src="/logo.png" alt="人民号"><a>首页</a><a>下载客户端</a></div>
<div class="article">
<h1 class="title">{esc(a.title)}</h1>
<div class="info"><span class="name">{esc(a.source)}</span><span class="date">{when(a)}</span></div>
<div class="content">
{body(a)}
</div>
<div class="statement">本文来自【{esc(a.source)}】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。</div>
<div class="appdown"><img src="/qr.png"><p>扫码下载客户端，看更多精彩内容</p><p>打开APP阅读全文</p></div>
<div class="zan"><span>点赞</span><span>{n + 5}</span></div>
</div>
</body></html>""",
        f"https://www.ccwb.cn/web/info/{a.day.replace('-', '')}{n}00.html",
        a.title,
        when(a),
    )


def baijiahao(a: Article, n: int) -> Page:
    """A 百家号 page: visible time without the year (year in a meta tag), author's other articles."""
    month_day = f"{a.day[5:]} {a.clock}" if a.clock else a.day[5:]
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
<meta itemprop="dateUpdate" content="{a.day}">
</head><body>
<div class="header"><a>百度首页</a> <a>登录</a></div>
<div class="article-wrap">
<div class="article-title"><h2>{esc(a.title)}</h2></div>
<div class="article-source"><p class="author-name">{esc(a.source)}</p><span class="date">发布时间：{month_day}</span><span>江苏</span></div>
<div class="article-content">
{body(a)}
</div>
<div class="report">举报/反馈</div>
</div>
<div class="author-box"><div class="author-name">{esc(a.source)}</div><div>{n + 4}万获赞 {n + 1}千粉丝</div>
<h3>作者最新文章</h3>{related(TEASERS[:2])}</div>
<div class="hot"><h3>相关文章</h3>{related(TEASERS[1:])}</div>
<div class="footer">© Baidu 京ICP证030173号</div>
</body></html>""",
        f"https://baijiahao.baidu.com/s?id=179{n}123456789012345",
        a.title,
        when(a),
    )


def comment_portal(a: Article, n: int) -> Page:
    """A local portal: a short article above reader-comment notices and reaction buttons."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州新闻_看苏州</title></head><body>
<div class="nav"><a>首页</a><a>新闻</a><a>视频</a><a>直播</a><a>民生</a></div>
<div class="wrap">
<div class="cont-title">{esc(a.title)}</div>
<div class="cont-info"><span class="cont-time">{when(a)}</span><span class="cont-src">{esc(a.source)}</span></div>
<div class="cont-txt">
{body(a)}
</div>
<div class="reaction"><span>点赞</span><span>收藏</span><span>转发</span></div>
<div class="cmt">
<div class="cmt-title">网友评论</div>
<p class="cmt-tip">网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。请文明上网，理性发言，遵守《互联网新闻信息服务管理规定》和新闻评论服务协议，严禁发布违法违规内容。</p>
<p>已有0人参与，0条评论</p><p>发表评论</p><p>暂无评论，快来抢沙发吧！</p>
</div>
</div>
<div class="footer">看苏州 苏州广播电视总台 版权所有</div>
</body></html>""",
        f"https://www.csztv.cn/news/{a.day.replace('-', '')}/{n}123.html",
        a.title,
        when(a),
    )


def county_keywords(a: Article, n: int) -> Page:
    """A county news site: 关键词 row, 我要纠错, feedback link under the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-太仓新闻网</title></head><body>
<div id="header"><div class="menu"><a>首页</a> <a>太仓要闻</a> <a>部门动态</a> <a>镇区传真</a> <a>图片新闻</a></div></div>
<div class="breadcrumb">当前位置：<a>首页</a> &gt; <a>太仓要闻</a></div>
<div class="detail">
<h2 class="detail-tit">{esc(a.title)}</h2>
<div class="detail-time">{a.day} {a.clock + ':00' if a.clock else ''}　来源：{esc(a.source)}　作者：记者 顾{n}华</div>
<div class="detail-main">
{body(a, heading="h3")}
</div>
<div class="detail-keys">关键词：社会组织　民政　基层治理</div>
<div class="detail-tools"><a>【我要纠错】</a> <a>【打印】</a> <a>【关闭】</a></div>
<div class="detail-edit">责任编辑：沈{n}</div>
<div class="detail-more"><h4>相关阅读</h4>{related(TEASERS)}</div>
</div>
<div id="footer"><p>太仓日报社 版权所有　转载请注明出处</p><p>苏ICP备09038888号</p></div>
</body></html>""",
        f"http://www.tcnews.cn/tcyw/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}11.shtml",
        a.title,
        when(a),
    )


def ifeng(a: Article, n: int) -> Page:
    """A portal reprint (凤凰网-like): the headline wrapped in a span, app download box, 24h hot list."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_凤凰网资讯_凤凰网</title>
<meta name="og:time " content="{when(a)}">
</head><body>
<div class="header"><a>凤凰网首页</a> <a>资讯</a> <a>财经</a> <a>娱乐</a> <a>体育</a></div>
<div class="artical">
<h1 class="topic"><span>{esc(a.title)}</span></h1>
<div class="info"><span class="time">{cn_date(a)}</span> <span class="source">来自<a>{esc(a.source)}</a></span> <span class="comment">参与评论</span></div>
<div class="main_content">
<div class="text">
{body(a)}
</div>
</div>
<div class="app"><p>凤凰新闻客户端</p><p>扫码下载，看全球新闻</p></div>
<div class="hot"><h3>24小时热点</h3>{related(TEASERS)}</div>
</div>
<div class="footer">Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</div>
</body></html>""",
        f"https://news.ifeng.com/c/8Y{n}abcdEFGH",
        a.title,
        when(a),
    )


def district_news(a: Article, n: int) -> Page:
    """A district news center with the time in a <span> nested in a sentence-like header."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_新闻中心_昆山市人民政府</title></head><body>
<div class="top"><span>欢迎访问昆山市人民政府网站！</span><span>今天是：2024年06月18日 星期二</span></div>
<div class="nav"><a>首页</a> <a>走进昆山</a> <a>新闻中心</a> <a>政务公开</a> <a>政务服务</a> <a>政民互动</a></div>
<div class="weizhi">您所在的位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>昆山要闻</a></div>
<div class="xl_con">
<div class="xl_tit"><h1>{esc(a.title)}</h1></div>
<div class="xl_info">来源：<span>{esc(a.source)}</span> 发布时间：<span>{a.day}</span> <span>{a.clock}</span> 浏览次数：<span>382</span></div>
<div class="xl_text">
{body(a, indent=True)}
</div>
<div class="xl_fj"><p>相关附件：</p><p>附件1.jpg</p></div>
<div class="xl_bottom"><span>【打印本页】</span><span>【关闭窗口】</span><span>【返回顶部】</span></div>
</div>
{SITE_FOOTER.format(org="昆山市人民政府")}
</body></html>""",
        f"http://www.ks.gov.cn/kss/ksyw/{a.day[:7].replace('-', '')}/{n}9a8b7c6d.shtml",
        a.title,
        when(a),
    )


def thepaper(a: Article, n: int) -> Page:
    """澎湃新闻 article: time and source in a flex row, 报料 line and copyright under the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_澎湃新闻-The Paper</title>
<meta name="Keywords" content="社会组织"><meta name="Description" content="{esc(a.lines[0][:40])}">
</head><body>
<div class="index_header"><a>澎湃新闻</a><a>要闻</a><a>深度</a><a>视频</a><a>下载APP</a></div>
<div class="index_wrapper"><div class="index_left">
<h1 class="index_title__B8mhI">{esc(a.title)}</h1>
<div class="index_headerContent">
<div><span>{esc(a.source)}</span></div>
<div class="ant-space"><div class="ant-space-item"><span>{when(a)}</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div>
</div>
<div class="index_cententWrap__Jv8jK">
{body(a)}
</div>
<div class="index_footer"><p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p>
<div class="index_opt"><span>+1</span><span>收藏</span><span>我要举报</span></div></div>
<div class="index_related"><h2>相关推荐</h2>{related(TEASERS, summaries=True)}</div>
</div></div>
<div class="index_foot">沪ICP备14003370号 沪公网安备31010602000299号</div>
</body></html>""",
        f"https://www.thepaper.cn/newsDetail_forward_26{n}12345",
        a.title,
        when(a),
    )


def cctv(a: Article, n: int) -> Page:
    """央视网 article: "来源：… | 2024年03月12日 09:15" in the title area, editors after the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta name="publishdate" content="{a.day}">
</head><body>
<div class="nav_top"><a>央视网</a> <a>新闻</a> <a>体育</a> <a>综艺</a> <a>直播</a></div>
<div class="column_wrapper"><div class="col_w660">
<div class="title_area"><h1>{esc(a.title)}</h1>
<div class="info1">来源：央视新闻客户端 | {cn_date(a)}</div></div>
<div class="content_area" id="text_area">
{body(a, indent=True)}
</div>
<div class="zebian"><span>编辑：赵{n}琳</span>　<span>责任编辑：刘亮</span></div>
<div class="share_area">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="tip">转载请注明央视网来源</div>
<div class="xgtj"><h3>热点推荐</h3>{related(TEASERS)}</div>
</div></div>
<div class="footer">Copyright © 1996-2024 CCTV. All Rights Reserved</div>
</body></html>""",
        f"https://news.cctv.com/{a.day.replace('-', '/')}/ARTI{n}abcdefg{a.day.replace('-', '')}.shtml",
        a.title,
        when(a),
    )


def gov_xxgk(a: Article, n: int) -> Page:
    """A 政府信息公开 page: a metadata table (索引号, 发文日期…) above the headline."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title></head><body>
<div class="top"><a>苏州市人民政府</a> <a>政府信息公开</a></div>
<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>法定主动公开内容</a></div>
<table class="xxgk_table">
<tr><th>索引号：</th><td>014000319/2024-0{n}123</td><th>分类：</th><td>民政、扶贫、救灾;通知</td></tr>
<tr><th>发布机构：</th><td>{esc(a.source)}</td><th>发文日期：</th><td>{a.day}</td></tr>
<tr><th>文号：</th><td></td><th>有效性：</th><td>有效</td></tr>
<tr><th>名称：</th><td colspan="3">{esc(a.title)}</td></tr>
</table>
<div class="xxgk_content">
<h2 class="xxgk_title">{esc(a.title)}</h2>
<div class="xxgk_body">
{body(a, indent=True)}
</div>
</div>
<div class="xxgk_tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
{SITE_FOOTER.format(org="苏州市人民政府办公室")}
</body></html>""",
        f"https://www.suzhou.gov.cn/szsrmzf/xxgk/{a.day[:7].replace('-', '')}/{n}a1b2c3d4e5.shtml",
        a.title,
        a.day,
    )


def epaper(a: Article, n: int) -> Page:
    """A newspaper's digital edition: page header with the issue date, 引题 and 副题 around the headline."""
    year, month, day = ymd(a)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>姑苏晚报数字报</title></head><body>
<div class="paper-top"><span>{year}年{month}月{day}日 星期二</span> <span>第A0{n + 3}版：城事</span> <a>上一版</a> <a>下一版</a></div>
<div class="paper-left"><div class="bm-list"><a>A01：头版</a><a>A02：要闻</a><a>A03：城事</a></div></div>
<div class="paper-right">
<div class="article">
<h3 class="yt">民生关注</h3>
<h1>{esc(a.title)}</h1>
<h2 class="ft">记者走访发现</h2>
<div class="article-content">
{body(a)}
</div>
</div>
<div class="paper-list"><h4>本版新闻</h4>{related(TEASERS)}</div>
</div>
<div class="foot">姑苏晚报社版权所有 未经许可不得转载</div>
</body></html>""",
        f"http://epaper.subaonet.com/gswb/html/{a.day[:7]}/{a.day[8:]}/content_{n}12345.htm",
        a.title,
        a.day,
    )


def yangtse_new(a: Article, n: int) -> Page:
    """扬子晚报网 new layout: seconds in the time, lede credit, 校对 line at the end."""
    lede = a.lines[0]
    credit = f"扬子晚报网{int(a.day[5:7])}月{int(a.day[8:])}日讯（通讯员 王{n}明 记者 李娟）"
    lines = body(a).replace(f"<p>{esc(lede)}</p>", f"<p>{credit}{esc(lede)}</p>", 1)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-扬子晚报网</title></head><body>
<div class="header"><a>扬子晚报网</a> <a>紫牛新闻</a> <a>江苏</a> <a>南京</a> <a>苏州</a></div>
<div class="content">
<div class="detail-title">{esc(a.title)}</div>
<div class="detail-info"><span>{a.day} {a.clock + ':30' if a.clock else ''}</span><span>来源：扬子晚报网</span><span>作者：李娟</span></div>
<div class="detail-body">
{lines}
<p>校对 朱亚娟</p>
</div>
<div class="detail-statement">本文为扬子晚报网原创，转载请注明出处</div>
</div>
<div class="footer">扬子晚报网版权所有</div>
</body></html>""",
        f"https://www.yangtse.com/zncontent/{n}45678{a.day.replace('-', '')}.html",
        a.title,
        when(a),
        # the reporter credit opens the lede and stays part of it
        paragraphs=(credit + a.paragraphs[0], *a.paragraphs[1:]),
    )


def govcn(a: Article, n: int) -> Page:
    """中国政府网 article: "来源：" inside the date line, UCAP content, 纠错 and 责任编辑 line."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_滚动新闻_中国政府网</title>
<meta name="firstpublishedtime" content="{a.day.replace('-', '')}{a.clock.replace(':', '') if a.clock else ''}">
</head><body>
<div class="header"><a>首页</a> | <a>简</a> | <a>繁</a> | <a>EN</a> | <a>登录</a></div>
<div class="nav"><ul><li>首页</li><li>新闻</li><li>政策</li><li>互动</li><li>服务</li><li>数据</li><li>国务院</li></ul></div>
<div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 滚动新闻</div>
<div class="article oneColumn pub_border">
<h1>{esc(a.title)}</h1>
<div class="pages-date">{when(a)}　<span class="font">来源： {esc(a.source)}</span>
<span class="font">字号：<a>默认</a> <a>大</a> <a>超大</a></span> | <span>打印</span> | <div class="share">分享</div></div>
<div class="pages_content" id="UCAP-CONTENT">
{body(a, indent=True)}
</div>
<div class="editor">【我要纠错】 责任编辑：王{n}娇</div>
<div class="related"><h3>相关稿件</h3>{related(TEASERS)}</div>
</div>
<div class="footer"><p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p><p>版权所有：中国政府网 中文域名：中国政府网.政务</p><p>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</p></div>
</body></html>""",
        f"https://www.gov.cn/lianbo/difang/{a.day[:7].replace('-', '')}/content_69{n}1234.htm",
        a.title,
        when(a),
    )


def guangming(a: Article, n: int) -> Page:
    """光明网 article: [ 责编：… ] in brackets, 来源 and time as separate spans."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_光明网</title></head><body>
<div class="g-nav"><a>光明网</a> <a>时政</a> <a>国际</a> <a>时评</a> <a>文化</a> <a>科技</a> <a>教育</a></div>
<div class="g-main"><div class="m-title-box">
<h1 class="u-title">{esc(a.title)}</h1>
<div class="m-con-info"><span class="m-con-time">{when(a)}</span> <span class="m-con-source">来源：<a>{esc(a.source)}</a></span></div>
</div>
<div class="u-mainText">
{body(a)}
</div>
<div class="m-editor">[ 责编：李{n}勤 ]</div>
<div class="m-share">分享到：</div>
<div class="m-hot"><h3>热门推荐</h3>{related(TEASERS)}</div>
</div>
<div class="g-footer">光明网版权所有</div>
</body></html>""",
        f"https://news.gmw.cn/{a.day}/content_3701{n}234.htm",
        a.title,
        when(a),
    )


def jsgov(a: Article, n: int) -> Page:
    """江苏省人民政府 (Hanweb JCMS, div layout): spaced labels, attachments list, tool row."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>江苏省人民政府 {esc(a.title)}</title>
<meta name="SiteName" content="江苏省人民政府"><meta name="ColumnName" content="部门动态">
</head><body>
<div class="top"><a>江苏省人民政府</a> <a>无障碍</a> <a>长者模式</a></div>
<div class="main-nav"><a>首页</a> <a>要闻动态</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a> <a>走进江苏</a></div>
<div class="position"><a>首页</a> &gt; <a>要闻动态</a> &gt; <a>部门动态</a></div>
<div class="sp_title">{esc(a.title)}</div>
<div class="sp_time"><font>发布日期： {when(a)}</font> <font>来源： {esc(a.source)}</font> <font>浏览次数： <span>1{n}2</span></font> <font>字体：[ <a>大</a> <a>中</a> <a>小</a> ]</font></div>
<div id="zoom" class="sp_content">
{body(a)}
</div>
<div class="sp_fj"><p>相关附件：</p><p><a href="/f.pdf">1.附件一.pdf</a></p></div>
<div class="sp_tools"><a>打印</a> <a>关闭</a></div>
<div class="foot"><p>主办单位：江苏省人民政府办公厅</p><p>网站标识码：3200000063 苏ICP备05009043号</p></div>
</body></html>""",
        f"http://www.jiangsu.gov.cn/art/{a.day[:4]}/{int(a.day[5:7])}/{int(a.day[8:])}/art_6{n}312_11{n}234.html",
        a.title,
        when(a),
    )


def netease_news(a: Article, n: int) -> Page:
    """网易新闻 reprint: breadcrumb with 正文, 本文来源 line, editor code "责任编辑：…_NN1234"."""
    info = f"{a.day} {a.clock}:32" if a.clock else a.day
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_网易新闻</title></head><body>
<div class="N-nav"><a>网易首页</a> <a>应用</a> <a>新闻</a> <a>体育</a> <a>娱乐</a></div>
<div class="post_crumb"><a>网易首页</a> &gt; <a>新闻中心</a> &gt; <a>新闻</a> &gt; 正文</div>
<div class="post_main"><h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{info}　来源: <a>{esc(a.source)}</a></div>
<div class="post_body">
{body(a)}
<p class="otitle">（原标题：{esc(a.title)}）</p>
<div class="post_author">本文来源：{esc(a.source)} 作者：记者 张{n}<br>责任编辑：钱晓_NN{n}123</div>
</div>
<div class="post_top_share">分享到：<a>易信</a><a>微信</a><a>QQ空间</a><a>微博</a></div>
<div class="post_recommends"><h3>相关推荐</h3>{related(TEASERS)}</div>
</div>
</body></html>""",
        f"https://www.163.com/news/article/J{n}KLMN0001899O.html",
        a.title,
        when(a),
    )


def wechat_repost(a: Article, n: int) -> Page:
    """A WeChat account reposting: 点击蓝字 prompt, "来源 | …" credits, END, 往期推荐 inside #js_content."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}">
<title>{esc(a.title)}</title>
<script>var ct = "{_unix(a)}";</script>
</head><body id="activity-detail">
<div class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content"><span id="profileBt"><a id="js_name">吴中民政</a></span><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content">
<section><p style="text-align:center"><span>点击蓝字 关注我们</span></p></section>
<section>{body(a)}</section>
<section><p>来源 | {esc(a.source)}</p><p>编辑 | 钱{n}佳</p><p>审核 | 王强</p></section>
<p style="text-align:center">END</p>
<section><p><strong>往期推荐</strong></p>
<p><a href="https://mp.weixin.qq.com/s/x1">{esc(TEASERS[0][0])}</a></p>
<p><a href="https://mp.weixin.qq.com/s/x2">{esc(TEASERS[1][0])}</a></p></section>
<p style="text-align:center">点个“在看”你最好看</p>
</div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
</div>
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}Repost{a.key}",
        a.title,
        # the page shows no time, its script does: var ct is the publishing moment
        f"{a.day} {a.clock or '00:00'}",
    )


def sina_news(a: Article, n: int) -> Page:
    """新浪新闻 article: 责任编辑 with an editor code, app prompt, 专题 link."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|苏州|社会组织_新浪新闻</title>
<meta property="og:title" content="{esc(a.title)}">
</head><body>
<div class="top-nav"><a>新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a></div>
<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{cn_date(a)}</span><a class="source">{esc(a.source)}</a></div>
<div class="tool-bar"><span>大</span><span>小</span><a>收藏本文</a></div></div>
<div class="article" id="article">
{body(a, indent=True)}
<p class="show_author">责任编辑：张{n}蕊 SN240</p>
</div>
<div class="article-bottom"><p>新浪新闻客户端</p><p>扫码下载新浪新闻客户端</p><a>点击进入专题：社会组织在行动</a></div>
<div class="blk-related"><h3>相关新闻</h3>{related(TEASERS)}</div>
</div>
</body></html>""",
        f"https://news.sina.com.cn/s/{a.day}/doc-imz{n}xyzab1234.shtml",
        a.title,
        when(a),
    )


def old_gov_br(a: Article, n: int) -> Page:
    """An old county government CMS: GBK, nested tables, font tags, paragraphs split by <br>."""
    paragraphs = "<br><br>".join(f"　　{esc(p)}" for p in a.paragraphs)
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(a.title)}</title></head><body bgcolor="#ffffff">
<table width="980" border="0" align="center"><tr><td><img src="/images/top.jpg"></td></tr>
<tr><td bgcolor="#0066cc"><font color="#ffffff">首页 | 政务公开 | 办事指南 | 公众参与 | 部门动态</font></td></tr></table>
<table width="980" border="0" align="center"><tr><td>
<table width="100%"><tr><td height="30"><font color="#666666">您现在的位置：首页 &gt;&gt; 部门动态</font></td></tr></table>
<table width="100%" border="0"><tr><td align="center" height="50"><font size="4" color="#cc0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center"><font color="#999999">发布时间：{a.day} {a.clock + ':26' if a.clock else ''}　浏览次数：<script>document.write(123)</script>　【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td class="content"><font style="font-size:14px;line-height:28px">{paragraphs}</font></td></tr>
</table></td></tr></table>
<table width="980" align="center"><tr><td align="center">版权所有：常熟市人民政府　苏ICP备05005050号</td></tr></table>
</body></html>""",
        f"http://www.changshu.gov.cn/zgcs/c100{n}/{a.day.replace('-', '')}/i{n}567.shtml",
        a.title,
        when(a),
        encoding="gb18030",
    )


def xinmin(a: Article, n: int) -> Page:
    """新民网-like: lede credit, 原标题, editor credits as "栏目主编：… 文字编辑：…"."""
    credit = f"新民晚报讯（记者 陈{n}华）"
    lede = a.lines[0]
    lines = body(a).replace(f"<p>{esc(lede)}</p>", f"<p>{credit}{esc(lede)}</p>", 1)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-新民网</title></head><body>
<div class="nav"><a>新民网首页</a> <a>上海</a> <a>国内</a> <a>国际</a> <a>体育</a></div>
<div class="wrap"><div class="a_title">{esc(a.title)}</div>
<div class="info">{when(a)} 来源：新民晚报 作者：陈{n}华</div>
<div class="a_content">
{lines}
<p>栏目主编：王雯 文字编辑：张{n}磊</p>
<p>本文作者：陈{n}华</p>
</div>
<div class="a_tip">（原标题：{esc(a.title)}）</div>
</div>
<div class="foot">新民网版权所有 沪ICP备08101234号</div>
</body></html>""",
        f"https://news.xinmin.cn/2024/{a.day[5:7]}/{a.day[8:]}/3{n}123456.html",
        a.title,
        when(a),
        paragraphs=(credit + a.paragraphs[0], *a.paragraphs[1:]),
    )


def pengpaihao(a: Article, n: int) -> Page:
    """澎湃号 (self-media on a news platform): author box, the platform's long statement."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<div class="header"><a>澎湃新闻</a> <a>澎湃号</a> <a>政务</a> <a>媒体</a> <a>湃客</a></div>
<div class="newscontent">
<h1 class="news_title">{esc(a.title)}</h1>
<div class="news_about"><p><a>{esc(a.source)}</a></p><p>{when(a)}　来自 江苏</p></div>
<div class="news_txt">
{body(a)}
</div>
<div class="news_statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</div>
<div class="news_love"><a>{n + 3}</a><a>收藏</a><a>我要举报</a></div>
<div class="gov_box"><div class="name">{esc(a.source)}</div><p>苏州市民政局官方澎湃号</p><a>+ 订阅</a></div>
</div>
</body></html>""",
        f"https://www.thepaper.cn/newsDetail_forward_27{n}98765",
        a.title,
        when(a),
    )


def jstv(a: Article, n: int) -> Page:
    """荔枝网-like TV station page: a video player above a short text."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_荔枝网新闻</title></head><body>
<div class="nav"><a>荔枝网</a> <a>新闻</a> <a>直播</a> <a>视频</a> <a>品牌节目</a></div>
<div class="content">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info"><span>{esc(a.source)}</span> <span>{when(a)}</span></div>
<div class="video"><div class="player"><p>视频加载中...</p><p>您的浏览器不支持video标签。</p></div></div>
<div class="text">
{body(a)}
</div>
<div class="editor">编辑：徐{n}</div>
<div class="recommend"><h3>猜你喜欢</h3>{related(TEASERS)}</div>
</div>
<div class="footer">江苏省广播电视总台 版权所有</div>
</body></html>""",
        f"http://news.jstv.com/a/{a.day.replace('-', '')}/17{n}0123456.shtml",
        a.title,
        when(a),
    )


def qq_news(a: Article, n: int) -> Page:
    """腾讯新闻 article: one-p paragraphs, media card with the time, 腾讯新闻 app prompts."""
    body_html = body(a).replace("<p>", '<p class="one-p">')
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_腾讯新闻</title>
<meta name="apub:time" content="{when(a)}:00">
</head><body>
<div class="qq-top"><a>腾讯网</a> <a>新闻</a> <a>视频</a> <a>图片</a> <a>军事</a> <a>体育</a></div>
<div class="LEFT"><h1>{esc(a.title)}</h1>
<div class="media-info"><a class="author">{esc(a.source)}</a><span class="time">{when(a)}</span><span>发布于江苏</span></div>
<div class="content-article">
{body_html}
</div>
<div class="article-copyright">本文来自腾讯新闻客户端创作者，不代表腾讯新闻的观点和立场。</div>
<div class="tx-app"><p>打开腾讯新闻，查看更多精彩内容</p></div>
<div class="recommend"><h3>猜你喜欢</h3>{related(TEASERS, summaries=True)}</div>
</div>
</body></html>""",
        f"https://new.qq.com/rain/a/20240{n}12A0{n}ABC00",
        a.title,
        when(a),
    )


def huanqiu(a: Article, n: int) -> Page:
    """环球网 article: time and source in a metas box, 责编 at the end, article inside <section>."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_社会_环球网</title>
<meta name="description" content="{esc(a.lines[0][:60])}">
</head><body>
<div class="nav"><a>环球网</a> <a>国际</a> <a>军事</a> <a>台海</a> <a>财经</a> <a>科技</a></div>
<div class="container"><div class="t-container">
<div class="t-container-title"><h3>{esc(a.title)}</h3></div>
<div class="metas-box"><span class="time">{when(a)}</span><span class="source">来源：<a>{esc(a.source)}</a></span></div>
</div>
<div class="l-con clear"><section>
{body(a)}
</section></div>
<div class="editor">责编：刘{n}宁</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="l-recommend"><h3>相关新闻</h3>{related(TEASERS)}</div>
</div>
<div class="footer">环球网版权所有</div>
</body></html>""",
        f"https://society.huanqiu.com/article/4H{n}abcdefGH",
        a.title,
        when(a),
    )


def youth(a: Article, n: int) -> Page:
    """中国青年网 article: "来源：… | 2024-03-12 09:15:00" before the headline, TRS body."""
    stamp = f"{a.day} {a.clock}:00" if a.clock else a.day
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}_新闻频道_中国青年网</title></head><body>
<div class="top"><a>中国青年网</a> <a>新闻</a> <a>青年</a> <a>教育</a> <a>就业</a> <a>志愿</a></div>
<div class="page_bt"><p class="pwz">当前位置：<a>首页</a> &gt; <a>新闻频道</a> &gt; <a>地方新闻</a></p></div>
<div class="page_title"><span class="pwz">来源：{esc(a.source)}</span> | <span id="pubtime_baidu">{stamp}</span></div>
<div class="page_title"><h1>{esc(a.title)}</h1></div>
<div class="page_text"><div class="TRS_Editor">
{body(a, indent=True)}
</div></div>
<div class="page_bj">责任编辑：刘{n}瑾</div>
<div class="xgxw"><h4>相关新闻</h4>{related(TEASERS)}</div>
<div class="footer">中国青年网版权所有 京ICP备11020874号</div>
</body></html>""",
        f"https://news.youth.cn/gn/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}5432.htm",
        a.title,
        when(a),
    )


def cnr(a: Article, n: int) -> Page:
    """央广网 article: a one-line "时间 来源" row, 编辑 and 央广网 statement after the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_央广网</title></head><body>
<div class="nav"><a>央广网</a> <a>新闻</a> <a>财经</a> <a>军事</a> <a>文旅</a></div>
<div class="article-header"><h1>{esc(a.title)}</h1>
<div class="source"><span>{when(a)}</span> <span>来源：央广网</span></div></div>
<div class="article-content"><div class="TRS_Editor">
{body(a)}
</div></div>
<div class="editor">编辑：孙{n}静</div>
<div class="statement"><p>本网站所有内容来源注明为“央广网”的版权均属于央广网所有，未经授权，不得转载。</p></div>
<div class="morenews"><h3>更多新闻</h3>{related(TEASERS)}</div>
</body></html>""",
        f"https://www.cnr.cn/sxpd/jx/{a.day.replace('-', '')}/t{a.day.replace('-', '')}_52{n}1234.shtml",
        a.title,
        when(a),
    )


def jingji21(a: Article, n: int) -> Page:
    """21世纪经济报道-like finance page: 记者 line over the body, 声明 and 关注 prompts."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 21经济网</title></head><body>
<div class="header"><a>21经济网</a> <a>宏观</a> <a>金融</a> <a>证券</a> <a>产经</a></div>
<div class="detailWrap"><div class="titleHead"><h1>{esc(a.title)}</h1>
<div class="newsInfo"><span class="time">{when(a)}</span><span class="source">{esc(a.source)}</span></div></div>
<div class="summary"><p>21世纪经济报道记者 孙{n}航 南京报道</p></div>
<div class="txtContent">
{body(a)}
</div>
<div class="copyright"><p>更多内容请下载21财经APP</p><p>（作者：孙{n}航 编辑：陈洁）</p></div>
<div class="riskTip">风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</div>
</div>
</body></html>""",
        f"https://www.21jingji.com/article/{a.day.replace('-', '')}/herald/{n}abc123.html",
        a.title,
        when(a),
    )


def rmrb_paper(a: Article, n: int) -> Page:
    """人民日报 digital edition: 引题/副题, "本报记者" line, the issue date in the page header."""
    year, month, day = ymd(a)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--人民日报</title></head><body>
<div class="date-box"><p class="date left">人民日报 {year}年{month}月{day}日 第 0{n + 4} 版</p><p class="right">上一期 下一期</p></div>
<div class="swiper-box"><div class="list"><a>第01版：要闻</a><a>第04版：要闻</a></div></div>
<div class="article">
<h3>民生一线</h3>
<h1>{esc(a.title)}</h1>
<h2>基层治理见实效</h2>
<p class="sec"><span class="date">《 人民日报 》（ {year}年{month}月{day}日 第 0{n + 4} 版）</span></p>
<div id="ozoom">
{body(a)}
</div>
</div>
<div class="attachment"><p>版权声明：凡注明“来源：人民网”或“人民网文”的所有作品，版权归人民网所有。</p></div>
</body></html>""",
        f"http://paper.people.com.cn/rmrb/html/{a.day[:7]}/{a.day[8:]}/nw.D110000renmrb_{a.day.replace('-', '')}_{n}-04.htm",
        a.title,
        a.day,
    )


def wenming(a: Article, n: int) -> Page:
    """文明网-like: "来源：… 2024-03-12 09:15:00" in one line, 我要打印 tools."""
    stamp = f"{a.day} {a.clock}:00" if a.clock else a.day
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_江苏文明网</title></head><body>
<div class="menu"><a>首页</a> <a>文明动态</a> <a>志愿服务</a> <a>道德模范</a> <a>未成年人</a></div>
<div class="main"><div class="title"><h1>{esc(a.title)}</h1></div>
<div class="info">来源：{esc(a.source)}　{stamp}</div>
<div class="content"><div class="TRS_Editor">
{body(a)}
</div></div>
<div class="tools"><a>【我要打印】</a> <a>【关闭】</a></div>
<div class="editor">责任编辑：何静</div></div>
<div class="footer">主办：江苏省文明办 苏ICP备12034567号</div>
</body></html>""",
        f"http://wm.jschina.com.cn/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{n}456.shtml",
        a.title,
        when(a),
    )


def rongmeiti(a: Article, n: int) -> Page:
    """A county 融媒体 app share page: reading counts, open-the-app banners."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(a.title)}</title></head><body>
<div class="download-bar"><img src="/logo.png"><span>看苏州APP</span><a>打开</a></div>
<div class="news-detail">
<div class="news-title">{esc(a.title)}</div>
<div class="news-meta"><span>{esc(a.source)}</span><span>{when(a)}</span><span>阅读 1.{n}万</span></div>
<div class="news-content">
{body(a)}
</div>
<div class="news-like"><span>点赞 {n + 20}</span></div>
<div class="open-app"><p>打开看苏州APP，阅读更多精彩内容</p></div>
<div class="news-list"><h3>推荐阅读</h3>{related(TEASERS)}</div>
</div>
</body></html>""",
        f"https://share.csztv.cn/news/detail?id=88{n}123&{a.key}",
        a.title,
        when(a),
    )


def jiaohuidian(a: Article, n: int) -> Page:
    """交汇点 share page: "交汇点讯" lede, 审核 and 编辑 credits, a sidebar list of other news."""
    credit = "交汇点讯 "
    lede = a.lines[0]
    lines = body(a).replace(f"<p>{esc(lede)}</p>", f"<p>{credit}{esc(lede)}</p>", 1)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}">
</head><body>
<div class="top"><a>新华日报·交汇点</a><a>下载客户端</a></div>
<div class="article"><h2 class="art-title">{esc(a.title)}</h2>
<div class="art-info"><span>新华日报·交汇点</span> <span>{when(a)}</span></div>
<div class="art-content">
{lines}
<p>交汇点记者 吴琪</p>
<p>审核：张健 编辑：周洁</p>
</div></div>
<div class="aside"><h3>热点新闻</h3>{related(TEASERS, summaries=True)}</div>
</body></html>""",
        f"https://jhd.xhby.net/share/detail?id={n}9876{a.day.replace('-', '')}",
        a.title,
        when(a),
        paragraphs=(credit.strip() + " " + a.paragraphs[0], *a.paragraphs[1:]),
    )


def chinanpo(a: Article, n: int) -> Page:
    """A national 政务服务平台 page: <title> the platform's name, content in #zoom."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>中国社会组织政务服务平台</title></head><body>
<div class="header"><div class="logo">中国社会组织政务服务平台</div>
<div class="nav"><a>首页</a><a>政务服务</a><a>信息公开</a><a>工作动态</a><a>政策法规</a></div></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>工作动态</a> &gt; <a>地方动态</a></div>
<div class="detail">
<div class="detail-title"><p>{esc(a.title)}</p></div>
<div class="detail-info"><span>发布时间：{a.day}</span> <span>来源：{esc(a.source)}</span></div>
<div id="zoom">
{body(a)}
</div>
</div>
<div class="footer"><p>主办单位：中华人民共和国民政部</p><p>京ICP备05002800号</p></div>
</body></html>""",
        f"https://chinanpo.mca.gov.cn/xwxq?id=1{n}234&newsType=2{a.day.replace('-', '')}",
        a.title,
        a.day,
    )


def suzhou_gov(a: Article, n: int) -> Page:
    """苏州市 government portal (new layout): info row with 字号 and 打印, 相关链接, 找错."""
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州市民政局</title>
<meta name="ArticleTitle" content="{esc(a.title)}"><meta name="PubDate" content="{a.day} {a.clock or '00:00'}:00">
</head><body>
<div class="topbar"><span>欢迎访问苏州市民政局网站</span><a>无障碍浏览</a><a>长者模式</a></div>
<div class="nav"><a>首页</a><a>机构设置</a><a>政务公开</a><a>民政业务</a><a>互动交流</a></div>
<div class="breadcrumb">您当前的位置：<a>首页</a> &gt; <a>民政业务</a> &gt; <a>社会组织</a></div>
<div class="article">
<div class="article-title">{esc(a.title)}</div>
<div class="article-info"><span>发布日期：{a.day}</span><span>来源：{esc(a.source)}</span><span>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</span><span><a>打印</a></span></div>
<div class="article-content" id="zoom">
{body(a)}
</div>
<div class="article-links"><h4>相关链接</h4>{related(TEASERS[:2])}</div>
<div class="article-qr"><img src="/qr.png"><p>扫一扫在手机上查看当前页面</p></div>
</div>
<div class="footer"><p>主办单位：苏州市民政局 承办单位：苏州市民政局办公室</p><p>网站标识码：3205000031 苏ICP备05002222号-1 <a>政府网站找错</a></p></div>
</body></html>""",
        f"https://mzj.suzhou.gov.cn/szsmzj/shzz/{a.day[:7].replace('-', '')}/{n}f0e1d2c3b4a5.shtml",
        a.title,
        when(a),  # the PubDate meta tag states the time (00:00:00 when there is none)
    )


def mca(a: Article, n: int) -> Page:
    """民政部 article: "时间：… 来源：…" row, 打印本页 and 关闭窗口 under the body."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-中华人民共和国民政部</title></head><body>
<div class="head"><a>中华人民共和国民政部</a></div>
<div class="menu"><a>首页</a> <a>机构</a> <a>新闻</a> <a>信息公开</a> <a>服务</a> <a>互动</a> <a>数据</a></div>
<div class="location">当前位置：首页 &gt; 新闻 &gt; 地方动态</div>
<div class="artcontent">
<div class="artitle">{esc(a.title)}</div>
<div class="arinfo">时间：{a.day}　来源：{esc(a.source)}</div>
<div class="arcontent">
{body(a, indent=True)}
</div>
<div class="artool"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
</div>
<div class="foot"><p>版权所有：中华人民共和国民政部</p><p>网站标识码：bm14000001 京ICP备05017634号</p></div>
</body></html>""",
        f"https://www.mca.gov.cn/n152/n166/c16621{n}9999{a.day.replace('-', '')}/content.html",
        a.title,
        a.day,
    )


def jcms_bt(a: Article, n: int) -> Page:
    """A county site on Hanweb JCMS 5: <title> the site only, div.bt headline, 阅读次数 in the info row."""
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>太仓市人民政府</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
</head><body>
<div class="head"><div class="logo"><img src="/logo.png" alt="太仓市人民政府"></div></div>
<div class="nav"><a>首页</a><a>走进太仓</a><a>政务公开</a><a>政务服务</a><a>政民互动</a></div>
<div class="dqwz">当前位置：<a>首页</a> &gt; <a>政务动态</a> &gt; <a>部门动态</a></div>
<div class="main">
<div class="bt">{esc(a.title)}</div>
<div class="sj">发布时间：{when(a)}　信息来源：{esc(a.source)}　阅读次数：<span id="c">25{n}</span></div>
<div class="zw" id="zoom">
{body(a)}
</div>
<div class="gn"><a>【打印本页】</a><a>【关闭窗口】</a><a>【返回顶部】</a></div>
</div>
<div class="footer"><p>主办：太仓市人民政府办公室</p><p>网站标识码：3205850001 苏ICP备12345678号</p></div>
</body></html>""",
        f"http://www.taicang.gov.cn/art/{a.day[:4]}/{int(a.day[5:7])}/{int(a.day[8:])}/art_5{n}67_89012.html",
        a.title,
        when(a),
    )


def street_wp(a: Article, n: int) -> Page:
    """A street office site on WordPress: <time datetime> carries the minute, the page shows the day."""
    stamp = f"{a.day}T{a.clock}:00+08:00" if a.clock else a.day
    year, month, day = ymd(a)
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>{esc(a.title)} &#8211; 娄门街道</title>
<meta property="og:site_name" content="娄门街道"><meta property="og:title" content="{esc(a.title)}">
</head><body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">娄门街道</a></p>
<nav class="main-navigation"><ul><li><a>首页</a></li><li><a>街道动态</a></li><li><a>社区风采</a></li></ul></nav></header>
<main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="{stamp}">{year}年{int(month)}月{int(day)}日</time></span> <span class="byline">作者 <a>admin</a></span></div></header>
<div class="entry-content">
{body(a)}
</div>
<footer class="entry-footer"><span class="cat-links">分类 <a>街道动态</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a>上一篇 {esc(TEASERS[0][0])}</a></div></nav>
</main>
<footer class="site-footer">娄门街道 版权所有 自豪地采用WordPress</footer>
</body></html>""",
        f"https://loumen.example.cn/{a.day.replace('-', '/')}/{n}post/",
        a.title,
        when(a),
    )


def charity_cms(a: Article, n: int) -> Page:
    """A charity federation's small CMS: "2024-3-12" without zeros, title in an <h2>."""
    year, month, day = ymd(a)
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}-苏州市慈善总会</title></head><body>
<div id="top"><img src="/logo.jpg" alt="苏州市慈善总会"><span>慈善热线：0512-65221234</span></div>
<div id="menu"><a>首页</a> | <a>关于我们</a> | <a>慈善动态</a> | <a>慈善项目</a> | <a>信息公开</a> | <a>我要捐赠</a></div>
<div id="content">
<div class="left"><h3>慈善动态</h3><ul><li><a>总会动态</a></li><li><a>基层动态</a></li></ul></div>
<div class="right">
<div class="newsTitle"><h2>{esc(a.title)}</h2><p class="date">{year}-{int(month)}-{int(day)}　点击：{n + 88}</p></div>
<div class="newsContent">
{body(a)}
</div>
<div class="newsPage"><p>上一条：<a>{esc(TEASERS[0][0])}</a></p><p>下一条：<a>{esc(TEASERS[1][0])}</a></p></div>
</div></div>
<div id="footer">Copyright © 苏州市慈善总会 苏ICP备09012345号</div>
</body></html>""",
        f"http://www.szcszh.org.cn/news/show.asp?id=5{n}21",
        a.title,
        a.day,
    )


Template = Callable[[Article, int], Page]

# Which articles each template carries: short articles sit on templates with
# long disclaimers and comment blocks on purpose.
PLAN: dict[str, tuple[Template, tuple[str, ...]]] = {
    "people": (people, ("hangye", "shegong", "jiaoyu")),
    "xinhua": (xinhua, ("keji", "laonian", "zhiyuan")),
    "chinanews": (chinanews, ("hangye", "duanxin", "huanbao")),
    "province": (province_table, ("hangye", "wenming", "jiaotong")),
    "cityafter": (city_after, ("yiliao", "gongyi", "duanping")),
    "govtrs": (gov_trs, ("pinggu", "laonian", "zhengce")),
    "hanweb": (gov_hanweb, ("duanxin", "shichang", "huiji")),
    "office": (gov_office, ("zhiyuan", "hunyin", "huanbao")),
    "jijian": (gov_credits, ("duanping", "tuiyi", "cishan")),
    "jsonld": (gov_jsonld, ("huiji", "zhengce", "duanxin")),
    "govli": (gov_li, ("shichang", "pinggu", "tuiyi")),
    "wechat": (wechat, ("cishan", "shegong", "hunyin")),
    "toutiao": (toutiao, ("tiyu", "duanxin", "jiaotong")),
    "netease": (netease, ("duanping", "wenhua", "jinrong")),
    "sohu": (sohu, ("gongyi", "zhiyuan", "keji")),
    "sina": (sina_finance, ("jinrong", "shichang", "duanxin")),
    "eastmoney": (eastmoney, ("duanxin", "jinrong", "fangchan")),
    "partyapp": (party_app, ("wenming", "tiyu", "duanping")),
    "baijiahao": (baijiahao, ("wenhua", "yiliao", "zhiyuan")),
    "comments": (comment_portal, ("duanping", "tiyu", "hunyin")),
    "county": (county_keywords, ("cishan", "jiaoyu", "duanxin")),
    "ifeng": (ifeng, ("jiaotong", "huanbao", "fangchan")),
    "district": (district_news, ("wenming", "keji", "tuiyi")),
    # written after the extractor was tuned on the templates above: a first
    # measure on templates it had not seen (see README)
    "thepaper": (thepaper, ("duanxin", "jiaoyu", "hangye")),
    "cctv": (cctv, ("keji", "zhiyuan", "huanbao")),
    "xxgk": (gov_xxgk, ("zhengce", "pinggu", "duanping")),
    "epaper": (epaper, ("laonian", "hunyin", "gongyi")),
    "yangtse": (yangtse_new, ("jiaotong", "wenhua", "duanxin")),
    # a second batch written after the first was fixed, measured first the same way
    "govcn": (govcn, ("hangye", "huiji", "duanping")),
    "guangming": (guangming, ("keji", "jiaoyu", "duanxin")),
    "jsgov": (jsgov, ("zhengce", "huanbao", "shichang")),
    "netease163": (netease_news, ("jiaotong", "jinrong", "duanxin")),
    "wxrepost": (wechat_repost, ("laonian", "gongyi", "zhiyuan")),
    # a third batch, measured first the same way
    "sinanews": (sina_news, ("wenming", "jiaotong", "duanxin")),
    "oldgov": (old_gov_br, ("huiji", "duanping", "tuiyi")),
    "xinmin": (xinmin, ("yiliao", "tiyu", "duanxin")),
    "pengpaihao": (pengpaihao, ("hunyin", "zhengce", "duanping")),
    "jstv": (jstv, ("gongyi", "duanxin", "fangchan")),
    # a fourth batch, measured first the same way
    "qqnews": (qq_news, ("keji", "duanxin", "wenhua")),
    "huanqiu": (huanqiu, ("hangye", "shegong", "duanping")),
    "youth": (youth, ("zhiyuan", "jiaoyu", "gongyi")),
    "cnr": (cnr, ("jiaotong", "duanxin", "tiyu")),
    "jingji21": (jingji21, ("jinrong", "shichang", "duanxin")),
    # a fifth batch, measured first the same way
    "rmrb": (rmrb_paper, ("shegong", "hangye", "duanping")),
    "wenming": (wenming, ("wenming", "gongyi", "duanxin")),
    "rongmeiti": (rongmeiti, ("hunyin", "duanxin", "jiaotong")),
    "jiaohuidian": (jiaohuidian, ("laonian", "keji", "duanping")),
    "chinanpo": (chinanpo, ("pinggu", "zhengce", "huiji")),
    # a sixth batch (government and organization sites), measured first the same way
    "szgov": (suzhou_gov, ("huiji", "duanxin", "pinggu")),
    "mca": (mca, ("hangye", "zhengce", "duanping")),
    "jcmsbt": (jcms_bt, ("tuiyi", "laonian", "duanxin")),
    "streetwp": (street_wp, ("zhiyuan", "gongyi", "hunyin")),
    "charity": (charity_cms, ("cishan", "duanping", "huiji")),
}


def write_page(out: Path, template: str, stem: str, page: Page, article: Article) -> None:
    """STEM.html in the page's encoding and STEM.json, its gold, into `out`."""
    (out / f"{stem}.html").write_bytes(page.html.encode(page.encoding))
    gold = {
        "template": template,
        "url": page.url,
        "title": page.title,
        "published": page.published,
        "paragraphs": list(page.paragraphs or article.paragraphs),
    }
    (out / f"{stem}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main() -> None:
    """Render every planned page and its gold into this folder."""
    for old in [*OUT.glob("*.html"), *OUT.glob("*.json")]:
        old.unlink()
    for name, (template, keys) in PLAN.items():
        for n, key in enumerate(keys):
            article = BY_KEY[key]
            page = template(article, n)
            write_page(OUT, name, f"{name}_{key}", page, article)


if __name__ == "__main__":
    main()
