# ruff: noqa: E501  (page templates: HTML lines as the sites write them)
"""Write the blind batches 37–42 of the `unseen_` pages: templates a 苏州 社会组织 watcher adds.

Run from the repository root:  .venv/bin/python -m tests.corpus.full.build_blind

Written by a helper who had read neither the extraction code nor its rules nor
the markup of the other unseen_ pages; every batch was scored with
benchmarks/extraction.py BEFORE the extractor was changed for it (figures in
README.md, Extraction quality).  The templates are modelled on what the writer
knew of the sites (not on fetched pages): 苏州 district and county government
sites, 江苏省民政厅 and the national 社会组织 platform, association, 慈善总会 and
基金会 sites, 社工站 and 社区 WeChat posts, 名城苏州 / 苏州新闻网 / 引力播 /
看苏州 pages, the 苏州日报 e-paper, 江苏文明网, portal reprints, 问答 pages,
English labels, GB2312 pages holding GBK characters, a UTF-8 BOM under a
wrong charset, spelled-out times.  Pages are unseen_b<batch>_<template>_<article>,
the gold as in build_unseen.py.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.corpus.full.blind_articles import BLIND_ARTICLES
from tests.corpus.full.build_unseen import OUT, Page, cn_day, render, when, write
from tests.corpus.full.chrome import Chrome, esc
from tests.corpus.full.unseen_articles import UArticle

BY_KEY = {article.key: article for article in BLIND_ARTICLES}
TODAY = "2026年12月3日 星期四"


def _ymd(a: UArticle) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.day.split("-"))
    return y, m, d


def _hm(a: UArticle) -> tuple[int, int]:
    h, m = (int(x) for x in a.clock.split(":"))
    return h, m


def _ps(a: UArticle, style: str = ' style="text-indent:2em;"') -> str:
    """The article as plain `<p>` paragraphs with a style attribute."""
    return render(
        a,
        p=f"<p{style}>{{}}</p>",
        heading=f"<p{style}><strong>{{}}</strong></p>",
        cap='<p style="text-align:center;"><img src="/uploadfiles/{n}.jpg" border="0"></p><p style="text-align:center;">{}</p>',
    )


def _gov_head(c: Chrome, title: str, org: str, host: str, extra: str = "") -> str:
    return (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="{org}"><meta name="SiteDomain" content="{host}">'
        f"<title>{title}</title>{extra}{c.style(4)}{c.script('pageConfig', title, 5)}"
    )


def _gov_footer(org: str, icp: str) -> str:
    return (
        '<div class="footer"><div class="links">政府网站：<a>中国政府网</a> <a>江苏省人民政府</a> <a>苏州市人民政府</a> 部门网站：<a>市民政局</a> <a>市财政局</a></div>'
        f"<p>主办单位：{org}　承办：{org}办公室</p><p>地址：苏州市人民路2000号　邮编：215000　电话：0512-68616000</p>"
        f'<p>苏ICP备{icp}号　<img src="/images/ga.png">苏公网安备32050802010{icp[-3:]}号　网站标识码：3205000{icp[-3:]}</p>'
        '<p><img src="/images/dzjg.png" alt="党政机关"><img src="/images/jiucuo.png" alt="政府网站找错"></p></div>'
    )


def _gov_page(
    c: Chrome,
    a: UArticle,
    *,
    host: str,
    org: str,
    title: str,
    main: str,
    side: str = "",
    head: str = "",
    icp: str = "12034567",
) -> str:
    return f"""<!DOCTYPE html>
<html><head>{_gov_head(c, title, org, host, head)}</head>
<body><div class="topbar"><span class="date">{TODAY}</span><a>无障碍</a><a>关怀版</a><a>English</a><a>手机版</a><a>微信</a><a>微博</a></div>
<div class="banner"><img src="/images/banner.png" alt="{org}"><div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div>
{c.mega_nav(host, groups=3, per_group=16, cls="nav")}
<div class="wrap">{main}<div class="side">{side}</div></div>
{_gov_footer(org, icp)}
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f2a";}})();</script>
</body></html>"""


def _share() -> str:
    return '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'


# ---------------------------------------------------------------- batch 37: 苏州 district sites


def gusu(a: UArticle, n: int) -> Page:
    """姑苏区: headline in a div, 发布日期 with 浏览次数 by script, 字体 大中小, QR to open on a phone."""
    c = Chrome(3701)
    host = "www.gusu.gov.cn"
    y, m, d = _ymd(a)
    main = f"""<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/gsq/bmdt/">部门动态</a></div>
<div class="article">
<div class="article-title">{esc(a.title)}</div>
<div class="article-info"><span>发布日期：{when(a)}</span><span>来源：{a.source}</span><span>浏览次数：<script>document.write(vc_{n});</script></span><span>字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="article-con" id="zoom">{_ps(a)}</div>
<div class="article-foot"><span>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span><span class="qr">扫一扫在手机打开当前页<img src="/qr/{y}{m:02d}{d:02d}.png"></span></div>
<div class="xgwz"><h3>相关文章</h3>{c.link_list(host, 6, "list")}</div></div>"""
    side = c.hot_list(host, "热点信息", 8) + c.link_list(host, 10, "zt-list")
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市姑苏区人民政府",
        title=f"{a.title}_部门动态_苏州市姑苏区人民政府",
        main=main,
        side=side,
    )
    return Page(html, f"https://{host}/gsq/bmdt/{y}{m:02d}/{n}a7c2.shtml", when(a))


def wuzhong(a: UArticle, n: int) -> Page:
    """吴中区: table layout, 时间 and 点击数 in one cell, 问/答 in bold, 附件 links, 纠错 打印 关闭."""
    c = Chrome(3702)
    host = "www.szwz.gov.cn"
    body = render(a, p="<p>{}</p>")
    body = body.replace("<p>问：", "<p><strong>问：").replace("？</p>", "？</strong></p>")
    main = f"""<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="wz">当前位置：<a href="/">首页</a> &gt;&gt; <a>政务公开</a> &gt;&gt; <a>政策解读</a></td></tr>
<tr><td align="center" class="bt" height="60"><b>{esc(a.title)}</b></td></tr>
<tr><td align="center" class="sj">时间：{a.day}　　点击数：1523　　来源：{a.source}</td></tr>
<tr><td class="bt_content" id="content">{body}
<p>附件：<a href="/uploadfiles/{n}01.docx">社会团体成立登记申请书.docx</a></p>
<p><a href="/uploadfiles/{n}02.docx">社会服务机构变更登记申请表.docx</a></p></td></tr>
<tr><td align="right">【<a>我要纠错</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr></table>"""
    side = c.hot_list(host, "政策解读", 8)
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市吴中区人民政府",
        title=f"{a.title}-苏州市吴中区人民政府",
        main=main,
        side=side,
        icp="05032211",
    )
    return Page(html, f"https://{host}/zcjd/{n}b1.html", when(a))


def xiangcheng(a: UArticle, n: int) -> Page:
    """相城区: time with seconds in a span, 作者 span, TRS_UEDITOR body, 【编辑】 after it, 上一篇/下一篇 titles."""
    c = Chrome(3703)
    host = "www.szxc.gov.cn"
    y, m, d = _ymd(a)
    body = render(
        a,
        p='<p style="text-indent:2em;margin-bottom:10px">{}</p>',
        cap='<p style="text-align:center"><img src="/xc/{n}.jpg" oldsrc="W0{n}.jpg"></p><p style="text-align:center;font-family:楷体">{0}</p>',
    )
    main = f"""<div class="position">位置：<a>首页</a> » <a>相城要闻</a></div>
<div class="news-detail">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span class="time">{a.day} {a.clock}:37</span><span class="source">来源：{a.source}</span><span class="author">作者：{a.author}</span></div>
<div class="news_content"><div class="TRS_UEDITOR trs_paper_default trs_web">{body}</div></div>
<div class="editor">【编辑：{a.editor}】</div>{_share()}
<div class="prev-next"><p>上一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p><p>下一篇：<a href="{c.url(host)}">{esc(c.headline())}</a></p></div></div>"""
    side = c.teasers(host, "图片新闻", 4, "pic-news")
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市相城区人民政府",
        title=f"{a.title} - 相城要闻 - 苏州市相城区人民政府",
        main=main,
        side=side,
        icp="09087770",
    )
    return Page(html, f"https://{host}/szxc/xcyw/{y}{m:02d}/{d:02d}{n}.shtml", when(a))


def wujiang(a: UArticle, n: int) -> Page:
    """吴江区: 政务公开 metadata table, slash date, 公告 table with `<p>` in cells, 附件 xlsx."""
    c = Chrome(3704)
    host = "www.wujiang.gov.cn"
    y, m, d = _ymd(a)
    body = render(
        a,
        p='<p style="text-indent:2em">{}</p>',
        cell='<td style="border:1px solid #000"><p style="text-align:center">{}</p></td>',
    )
    body = body.replace(
        '<p style="text-indent:2em">苏州市吴江区民政局</p>',
        '<p style="text-align:right">苏州市吴江区民政局</p>',
    )
    meta = f"""<table class="xxgk-meta"><tr><th>索引号</th><td>01401234-5/{y}-00012</td><th>分类</th><td>民政、扶贫、救灾\\通知公告</td></tr>
<tr><th>发布机构</th><td>吴江区民政局</td><th>生成日期</th><td>{y}-{m:02d}-{d:02d}</td></tr>
<tr><th>名称</th><td colspan="3">{esc(a.title)}</td></tr><tr><th>文号</th><td></td><th>主题词</th><td>社会组织</td></tr></table>"""
    main = f"""<div class="dqwz">当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 通知公告</div>{meta}
<div class="xxgk-con"><h2 class="title">{esc(a.title)}</h2>
<div class="info">发布日期：{y}/{m:02d}/{d:02d}　　来源：区民政局　　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">{body}</div>
<div class="fj">附件：<a href="/uploadfiles/{y}/pg{n}.xlsx">{y - 1}年度社会组织等级评估结果.xlsx</a></div></div>"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市吴江区人民政府",
        title=f"{a.title}",
        main=main,
        side=c.link_list(host, 12, "xxgk-nav"),
        icp="10021345",
    )
    return Page(html, f"https://{host}/xxgk/tzgg/{y}{m:02d}/t{y}{m:02d}{d:02d}_{n}.shtml", a.day)


def kunshan(a: UArticle, n: int) -> Page:
    """昆山: one info line of &nbsp;-separated text, 仿宋 spans, 责任编辑 after the body, 扫码 QR box."""
    c = Chrome(3705)
    host = "www.ks.gov.cn"
    body = render(a, p='<p><span style="font-family:仿宋_GB2312;font-size:16pt">　　{}</span></p>')
    main = f"""<div class="loc">您所在的位置：<a>首页</a>&gt;<a>昆山要闻</a>&gt;</div>
<div class="detail"><h1>{esc(a.title)}</h1>
<div class="info">昆山市人民政府&nbsp;&nbsp;&nbsp;{when(a)}&nbsp;&nbsp;&nbsp;来源：{a.source}</div>
<div class="con">{body}</div>
<div class="zrbj">责任编辑：{a.editor}</div>
<div class="ewm"><img src="/ks/qr.png"><p>扫一扫在手机上查看当前页面</p></div></div>"""
    side = c.hot_list(host, "最新发布", 8) + c.link_list(host, 8, "zt")
    html = _gov_page(
        c,
        a,
        host=host,
        org="昆山市人民政府",
        title=f"{a.title}_昆山市人民政府",
        main=main,
        side=side,
        icp="13077722",
    )
    return Page(html, f"https://{host}/kss/ksyw/202511/{n}c3d1e.shtml", when(a))


# ---------------------------------------------------------------- batch 38: counties, province, national platform


def changshu(a: UArticle, n: int) -> Page:
    """常熟: a Java Timestamp with `.0`, 考务 notice with lists, 相关附件 none, 打印/关闭 as images."""
    c = Chrome(3801)
    host = "www.changshu.gov.cn"
    body = render(a, p="<p>{}</p>", heading="<p><b>{}</b></p>")
    main = f"""<div class="curpos">当前位置：<a>首页</a> - <a>政务公开</a> - <a>公示公告</a></div>
<table class="detail" width="100%"><tr><td class="title">{esc(a.title)}</td></tr>
<tr><td class="date">发布时间：{a.day} {a.clock}:00.0&nbsp;&nbsp;&nbsp;&nbsp;信息来源：{a.source}&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<span id="hits">877</span></td></tr>
<tr><td class="content"><div id="Zoom">{body}</div></td></tr>
<tr><td class="tools"><img src="/cs/print.gif" alt="打印"><a>打印</a> <img src="/cs/close.gif" alt="关闭"><a>关闭</a></td></tr></table>"""
    side = c.link_list(host, 10, "gsgg") + c.hot_list(host, "便民服务", 6)
    html = _gov_page(
        c,
        a,
        host=host,
        org="常熟市人民政府",
        title=f"常熟市人民政府--{a.title}",
        main=main,
        side=side,
        icp="05077123",
    )
    return Page(html, f"https://{host}/zgcs/c100120/202505/{n}f0e9.shtml", when(a))


def zjg(a: UArticle, n: int) -> Page:
    """张家港: an unpadded date and hour (2025-7-1 9:47), article in `<div class="TRS_Editor">` of 张家港发布."""
    c = Chrome(3802)
    host = "www.zjg.gov.cn"
    y, m, d = _ymd(a)
    hh, mm = _hm(a)
    main = f"""<div class="bread"><a>首页</a> / <a>新闻中心</a> / <a>张家港要闻</a></div>
<div class="art"><h2 class="art-title">{esc(a.title)}</h2>
<p class="art-info">发布时间：{y}-{m}-{d} {hh}:{mm:02d}　来源：{a.source}　作者：{a.author}</p>
<div class="TRS_Editor">{render(a, p='<p align="justify">　　{}</p>')}</div>
<p class="art-editor">（编辑：{a.editor}）</p></div>
{c.teasers(host, "相关新闻", 5, "xgxw")}"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="张家港市人民政府",
        title=f"{a.title}-张家港市人民政府",
        main=main,
        side=c.hot_list(host, "点击排行", 10),
        icp="11033456",
    )
    return Page(html, f"https://{host}/zjg/zjgyw/{y}0{m}/{n}zjg.shtml", when(a))


def taicang(a: UArticle, n: int) -> Page:
    """太仓: photo first, the info line in 【】 brackets with 字号, credit 摄 inside the captions."""
    c = Chrome(3803)
    host = "www.taicang.gov.cn"
    y, m, d = _ymd(a)
    hh, mm = _hm(a)
    body = render(
        a,
        p='<p class="MsoNormal">{}</p>',
        cap='<div class="pic"><img src="/tc/{n}.jpg"><p class="pic-txt">{}</p></div>',
    )
    main = f"""<div class="nav-path">当前位置：<a>首页</a>&gt;<a>新闻动态</a>&gt;<a>部门动态</a></div>
<div class="content-box"><div class="c-title">{esc(a.title)}</div>
<div class="c-info">【发布时间：{y}年{m}月{d}日 {hh}:{mm:02d}】【来源：{a.source}】【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="c-text">{body}</div>
<div class="c-bottom"><a>【打印】</a><a>【关闭】</a><a>【返回顶部】</a></div></div>"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="太仓市人民政府",
        title=f"{a.title}",
        main=main,
        side=c.teasers(host, "图片新闻", 4, "tpxw"),
        icp="12010234",
    )
    return Page(html, f"https://{host}/taicang/bmdt/{y}{m:02d}/{n}tc.shtml", when(a))


def jsmzt(a: UArticle, n: int) -> Page:
    """江苏省民政厅: JCMS 信息公开 metadata table with 发文日期 and 文号, `#zoom`, the 办法 inside, 相关解读."""
    c = Chrome(3804)
    host = "mzt.jiangsu.gov.cn"
    y, m, d = _ymd(a)
    body = render(
        a,
        p='<p style="text-indent:2em;line-height:2">{}</p>',
        heading='<p style="text-align:center"><strong>{}</strong></p>',
    )
    body = body.replace(
        '<p style="text-indent:2em;line-height:2">江苏省社会组织信用信息管理办法</p>',
        '<p style="text-align:center"><strong><span style="font-size:22px">江苏省社会组织信用信息管理办法</span></strong></p>',
    )
    for sign in ("江苏省民政厅", "2025年10月20日"):
        body = body.replace(
            f'<p style="text-indent:2em;line-height:2">{sign}</p>',
            f'<p style="text-align:right">{sign}</p>',
        )
    main = f"""<div class="bt-position">当前位置：<a>首页</a> &gt; <a>信息公开</a> &gt; <a>规范性文件</a></div>
<table class="xxgk_table" cellspacing="0"><tbody>
<tr><td class="t">索 引 号：</td><td>014000319/{y}-00123</td><td class="t">分 类：</td><td>社会组织管理 \\ 通知</td></tr>
<tr><td class="t">发布机构：</td><td>江苏省民政厅</td><td class="t">发文日期：</td><td>{y}-{m:02d}-{d:02d}</td></tr>
<tr><td class="t">文 号：</td><td>苏民规〔{y}〕5号</td><td class="t">有 效 性：</td><td>有效</td></tr>
<tr><td class="t">标 题：</td><td colspan="3">{esc(a.title)}</td></tr></tbody></table>
<div class="article"><div class="sp_title">{esc(a.title)}</div>
<div class="sp_time"><font>发布日期：{y}-{m:02d}-{d:02d}</font><font>浏览次数：<span id="ReadCount">2314</span></font><font>字号：[ <a>大</a> <a>中</a> <a>小</a> ]</font></div>
<div id="zoom">{body}</div>
<div class="xgjd"><span>相关解读：</span><a href="/art/{y}/{m}/{d}/art_79_{n}.html">一图读懂《江苏省社会组织信用信息管理办法》</a></div>
<div class="bt-ewm">扫一扫在手机上查看当前页面</div></div>"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="江苏省民政厅",
        title=f"{a.title} 江苏省民政厅",
        main=main,
        side=c.link_list(host, 12, "gfxwj"),
        icp="05002788",
    )
    return Page(html, f"https://{host}/art/{y}/{m}/{d}/art_78_{n}1204.html", a.day)


def chinanpo(a: UArticle, n: int) -> Page:
    """中国社会组织政务服务平台-like: a Vue shell rendered server-side, `detail-*` classes, 返回列表 button."""
    c = Chrome(3805)
    host = "chinanpo.mca.gov.cn"
    body = render(a, p="<p>{}</p>", heading="<h3>{}</h3>")
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>中国社会组织政务服务平台</title>{c.style(4)}<link href="/css/app.4f2a.css" rel="stylesheet"></head>
<body><div id="app" data-v-app="">
<header class="site-header" data-v-1a2b><div class="logo" data-v-1a2b>中国社会组织政务服务平台</div>
<nav data-v-1a2b><a>首页</a><a>登记服务</a><a>年报服务</a><a>信息查询</a><a>社会组织动态</a><a>政策法规</a><a>通知公告</a><a>互动交流</a></nav>
<div class="user" data-v-1a2b><a>登录</a> | <a>注册</a></div></header>
{c.mega_nav(host, groups=2, per_group=14, cls="sub-nav")}
<main class="detail-page" data-v-3c4d><div class="bread" data-v-3c4d><span>首页</span> / <span>社会组织动态</span> / <span>详情</span></div>
<div class="detail-title" data-v-3c4d>{esc(a.title)}</div>
<div class="detail-info" data-v-3c4d><span>发布时间：{when(a)}</span><span>来源：{a.source}</span><span>浏览量：15208</span></div>
<div class="detail-content ql-editor" data-v-3c4d>{body}</div>
<div class="detail-btn" data-v-3c4d><button>返回列表</button></div></main>
<aside class="recommend" data-v-5e6f><h4>推荐阅读</h4>{c.link_list(host, 8, "rec")}</aside>
<footer data-v-7a8b><p>主办单位：中华人民共和国民政部　技术支持：民政部信息中心</p><p>京ICP备05046868号-1　京公网安备11010502040312号</p><p>建议使用Chrome、Edge浏览器，1366×768以上分辨率</p></footer></div>
{c.script("__APP_CONFIG__", "社会组织动态", 6)}</body></html>"""
    return Page(html, f"https://{host}/web/show?id={n}83215&type=dynamic", when(a))


# ---------------------------------------------------------------- batch 39: associations, charity, WeChat


def szshzz(a: UArticle, n: int) -> Page:
    """ASP.NET association site: `2025/12/12 15:20:00`, paragraphs inside a `<span id=…lblContent>`, 点击 counter."""
    c = Chrome(3901)
    host = "www.szshzz.org.cn"
    y, m, d = _ymd(a)
    body = render(a, p='<p style="text-indent:2em">{}</p>', heading="<p><b>{}</b></p>")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(a.title)}--苏州社会组织网
</title>{c.style(4)}</head>
<body><form method="post" action="./NewsShow.aspx?id={n}2231" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgQCAQ8PFgIeBFRleHQFJ{"A" * 300}" /></div>
<div class="head"><img src="/images/logo.jpg" alt="苏州社会组织网"><div class="date">今天是：{TODAY}</div></div>
<div class="menu"><a>首页</a><a>工作动态</a><a>通知公告</a><a>政策法规</a><a>社会组织风采</a><a>党建工作</a><a>办事指南</a><a>下载中心</a><a>联系我们</a></div>
{c.mega_nav(host, groups=2, per_group=14, cls="submenu")}
<table width="1000" align="center"><tr><td width="240" valign="top" class="left">
<div class="lm">工作动态</div>{c.link_list(host, 8, "left-list")}<div class="lm">友情链接</div><ul><li><a>江苏省民政厅</a></li><li><a>苏州市民政局</a></li><li><a>中国社会组织网</a></li></ul></td>
<td valign="top" class="right"><div class="weizhi">您现在的位置：<a>首页</a> &gt;&gt; <a>工作动态</a></div>
<h1><span id="ContentPlaceHolder1_lblTitle">{esc(a.title)}</span></h1>
<div class="xx">发布时间：<span id="ContentPlaceHolder1_lblTime">{y}/{m}/{d} {a.clock}:00</span>&nbsp;&nbsp;点击：<span id="ContentPlaceHolder1_lblHits">386</span>&nbsp;&nbsp;来源：<span id="ContentPlaceHolder1_lblFrom">{a.source}</span>&nbsp;&nbsp;编辑：{a.editor}</div>
<span id="ContentPlaceHolder1_lblContent">{body}</span>
<div class="close"><a href="javascript:window.close()">[关闭窗口]</a></div></td></tr></table>
<div class="foot">版权所有：苏州市社会组织促进会　地址：苏州市姑苏区三香路998号　电话：0512-68220000<br>苏ICP备16012345号-1　技术支持：苏州某某网络科技有限公司</div>
</form>{c.script("site", "工作动态", 5)}</body></html>"""
    return Page(html, f"http://{host}/NewsShow.aspx?id={n}2231", when(a))


def cishan(a: UArticle, n: int) -> Page:
    """慈善总会: 发布者/发布时间/阅读 line, a donation table in the text, 捐赠公示 side list of names and sums."""
    c = Chrome(3902)
    host = "www.szcharity.org.cn"
    body = render(
        a,
        p="<p>{}</p>",
        table='<table class="MsoTableGrid" border="1" style="width:90%;margin:0 auto">{}</table>',
        cell='<td><span style="font-size:14px">{}</span></td>',
    )
    donors = "".join(
        f'<li><span class="name">{nm}</span><span class="money">{amt}元</span><span class="date">2025-05-{19 - i % 3:02d}</span></li>'
        for i, (nm, amt) in enumerate(
            (
                ("张先生", "500"),
                ("苏州某电子有限公司", "200000"),
                ("爱心人士", "1000"),
                ("李女士", "300"),
                ("吴中区某商会", "50000"),
                ("匿名", "2000"),
                ("王先生", "800"),
                ("某银行苏州分行", "100000"),
            )
        )
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)}-苏州市慈善总会</title>{c.style(4)}{c.script("cs", "慈善动态", 5)}</head>
<body><div class="header"><img src="/img/logo.png" alt="苏州市慈善总会"><div class="hotline">慈善热线：0512-65226666</div><a class="donate-btn">我要捐赠</a></div>
<div class="nav"><a>首页</a><a>总会概况</a><a>慈善动态</a><a>慈善项目</a><a>信息公开</a><a>捐赠查询</a><a>志愿服务</a><a>慈善文化</a><a>联系我们</a></div>
{c.mega_nav(host, groups=2, per_group=12, cls="subnav")}
<div class="container"><div class="main-left">
<div class="location">当前位置：<a>首页</a> &gt; <a>慈善动态</a> &gt; <a>总会动态</a></div>
<div class="news-show"><h1>{esc(a.title)}</h1>
<div class="news-attr">发布者：管理员　　发布时间：{when(a)}　　阅读：1208次</div>
<div class="news-body">{body}</div>
<div class="news-page"><span>上一条：<a>{esc(c.headline())}</a></span><span>下一条：<a>{esc(c.headline())}</a></span></div></div></div>
<div class="main-right"><div class="box"><div class="box-hd">捐赠公示</div><ul class="donors">{donors}</ul><a>更多&gt;&gt;</a></div>
<div class="box"><div class="box-hd">慈善项目</div>{c.teasers(host, "", 3, "xm")}</div>
<div class="box"><div class="box-hd">捐赠方式</div><p>开户名称：苏州市慈善总会</p><p>开户银行：中国工商银行苏州分行营业部</p><p>账号：1102020109000012345</p></div></div></div>
<div class="footer"><p>苏州市慈善总会 版权所有　地址：苏州市三香路1588号</p><p>苏ICP备09012345号　苏公网安备32050802010888号</p></div></body></html>"""
    return Page(html, f"https://{host}/news/show-{n}618.html", when(a))


def jijinhui(a: UArticle, n: int) -> Page:
    """Bilingual foundation site: English labels (Date / Source / Views), photo first, Bootstrap cards."""
    c = Chrome(3903)
    host = "www.chunmiao.org.cn"
    body = render(
        a,
        p="<p>{}</p>",
        cap='<figure class="figure"><img class="figure-img img-fluid" src="/media/{n}.jpg"><figcaption class="figure-caption text-center">{}</figcaption></figure>',
    )
    html = f"""<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | News | Chunmiao Education Foundation 春苗教育基金会</title>
<meta property="og:title" content="{esc(a.title)}"><meta property="og:site_name" content="春苗教育基金会">{c.style(4)}</head>
<body><nav class="navbar navbar-expand-lg"><a class="navbar-brand">春苗教育基金会 Chunmiao Foundation</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link">Home 首页</a></li><li class="nav-item"><a class="nav-link">About 关于我们</a></li><li class="nav-item"><a class="nav-link">Projects 项目</a></li><li class="nav-item active"><a class="nav-link">News 新闻</a></li><li class="nav-item"><a class="nav-link">Disclosure 信息公开</a></li><li class="nav-item"><a class="nav-link">Donate 捐赠</a></li></ul>
<a class="lang">EN / 中文</a></nav>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a>Home</a></li><li class="breadcrumb-item"><a>News</a></li><li class="breadcrumb-item active">Detail</li></ol></nav>
<div class="row"><div class="col-md-8"><div class="card"><div class="card-body">
<h2 class="card-title">{esc(a.title)}</h2>
<ul class="list-inline text-muted"><li class="list-inline-item">Date: {when(a)}</li><li class="list-inline-item">Source: {a.source}</li><li class="list-inline-item">Author: {a.author}</li><li class="list-inline-item">Views: 642</li></ul>
<div class="post-content">{body}</div>
<div class="tags">Tags: <a class="badge">助学</a> <a class="badge">太仓</a> <a class="badge">春苗助学</a></div></div></div></div>
<div class="col-md-4"><div class="card"><div class="card-header">Latest News 最新动态</div>{c.teasers(host, "", 4, "list-group")}</div>
<div class="card"><div class="card-header">Donate 捐赠通道</div><p>户名：江苏春苗教育基金会 账号：3205 0189 3600 0000 1234</p><p>Your donation changes a child's future. 您的每一份爱心都将点亮孩子的未来。</p></div></div></div></div>
<footer class="footer"><p>© 2025 Jiangsu Chunmiao Education Foundation. All Rights Reserved. 苏ICP备19012345号-1</p><p>统一社会信用代码：53320000MJ5812345X　Privacy Policy | Terms of Use</p></footer>
{c.script("gtag", "News", 6)}</body></html>"""
    return Page(html, f"https://{host}/news/{n}-chunmiao-taicang.html", when(a))


def _wechat(c: Chrome, a: UArticle, account: str, content: str, n: int, *, original: bool) -> str:
    y, m, d = _ymd(a)
    badge = (
        '<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>'
        if original
        else ""
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta name="description" content="{esc(a.paragraphs[0][:50])}">
<title>{esc(a.title)}</title>{c.style(5)}</head>
<body id="activity-detail" class="zh_CN wx_wap_page"><div class="rich_media_wrp" id="js_article"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner"><h1 class="rich_media_title" id="activity-name">
            {esc(a.title)}
          </h1>
<div id="meta_content" class="rich_media_meta_list">{badge}<span class="rich_media_meta rich_media_meta_text">{account}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{m:02d}月{d:02d}日 {a.clock}</em><em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江苏</span></em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">{content}</div>
<div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><span>阅读 1523</span><a id="js_like_btn">赞</a><a>分享</a><a>推荐</a><a>在看</a></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div></div></div></div>
<div class="weui-dialog"><strong class="weui-dialog__title">轻触阅读原文</strong><p>继续滑动看下一个</p><p>向上滑动看下一个</p><p>知道了</p><p>微信扫一扫使用小程序</p><p>取消 允许</p></div>
<script>var biz = "MzA{n}NTQ2Mg==";var sn = "a3f{n}";var ct = "0";var msg_title = '{esc(a.title)}'.html(false);{c.script("wx", a.title, 8)[8:-9]}</script></body></html>"""


def shegongwx(a: UArticle, n: int) -> Page:
    """社工站 WeChat post: 点击蓝字关注 on top, headings in styled `<section>`s, lists as `<p>·`, 往期回顾 and QR at the end."""
    c = Chrome(3904)
    parts = [
        '<section style="text-align:center"><p><span style="color:#0052ff">点击蓝字 关注我们</span></p></section>'
    ]
    for line in a.lines:
        if line.startswith("## "):
            parts.append(
                f'<section style="margin:20px 0;background:#ffe9d6;border-left:4px solid #ff7a00;padding:4px 8px"><p><strong><span style="color:#ff7a00">{esc(line[3:])}</span></strong></p></section>'
            )
        elif line.startswith("[li]"):
            parts.append(f'<p style="margin-left:8px"><span leaf="">{esc(line[4:])}</span></p>')
        elif line.startswith("[cap]"):
            parts.append(
                f'<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{n}x/640"></section><p style="text-align:center"><span style="color:#888;font-size:12px">{esc(line[5:])}</span></p>'
            )
        else:
            parts.append(
                f'<p style="text-indent:2em;line-height:1.75em"><span leaf="">{esc(line)}</span></p>'
            )
    parts.append(
        '<section><p><span style="color:#999">往期回顾</span></p>'
        '<p><a href="https://mp.weixin.qq.com/s/aaa">元和街道社工站开展“邻里守望”助老服务</a></p>'
        '<p><a href="https://mp.weixin.qq.com/s/bbb">“四点半课堂”结业啦！孩子们的成果展来了</a></p>'
        '<p><a href="https://mp.weixin.qq.com/s/ccc">社工说｜走近困境儿童，点亮微心愿</a></p></section>'
        '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"><p>长按识别二维码关注我们</p>'
        "<p>文字：李想　图片：社工站　编辑：王佳</p><p>审核：张华</p></section>"
    )
    html = _wechat(c, a, a.source, "\n".join(parts), n, original=True)
    return Page(html, f"https://mp.weixin.qq.com/s/Yh{n}kQ8sW3e_shegong", when(a))


def shequwx(a: UArticle, n: int) -> Page:
    """社区 WeChat post: lists as `<ul><li><section>`, a gif 分割线, 来源 line, 分享 收藏 点赞 在看 prompt."""
    c = Chrome(3905)
    body = render(
        a,
        p='<p style="line-height:2em"><span style="font-size:15px">{}</span></p>',
        img='<section style="text-align:center"><img class="rich_pages" data-src="https://mmbiz.qpic.cn/x/{n}.jpeg"></section>',
        cap='<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x/{n}.jpeg"></section><section style="text-align:center"><span style="font-size:12px;color:#a0a0a0">{}</span></section>',
    )
    body = body.replace("<li>", '<li><section style="line-height:2em">').replace(
        "</li>", "</section></li>"
    )
    tail = (
        '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/divider.gif"></section>'
        '<p><span style="font-size:12px;color:#888">来源：新家社区</span></p>'
        '<p><span style="font-size:12px;color:#888">编辑：小新</span></p>'
        '<section style="text-align:center"><p>分享</p><p>收藏</p><p>点赞</p><p>在看</p></section>'
    )
    html = _wechat(c, a, "长桥新家社区", body + tail, n, original=False)
    return Page(
        html, f"https://mp.weixin.qq.com/s?__biz=MzI{n}ODk=&mid=2247{n}&idx=1&sn=5c1e", when(a)
    )


# ---------------------------------------------------------------- batch 40: 苏州 media


def _news_page(
    c: Chrome, host: str, site: str, title: str, main: str, side: str, head: str = ""
) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}{c.style(4)}{c.script("siteData", title, 5)}</head>
<body><div class="top"><div class="w"><span>{TODAY}</span><a>登录</a><a>注册</a><a>客户端</a><a>投稿</a></div></div>
<div class="logo-bar"><a class="logo"><img src="/img/logo.png" alt="{site}"></a><div class="ad-top"><a>广告</a></div></div>
{c.mega_nav(host, groups=4, per_group=14)}
<div class="w main"><div class="l">{main}</div><div class="r">{side}</div></div>
<div class="footer"><p><a>关于我们</a> | <a>广告服务</a> | <a>联系我们</a> | <a>违法和不良信息举报</a></p>
<p>{site} 版权所有 未经书面授权禁止使用　Copyright © 2003-2026 All Rights Reserved</p><p>互联网新闻信息服务许可证：32120170010　苏ICP备05012345号</p></div></body></html>"""


def mcsz(a: UArticle, n: int) -> Page:
    """名城苏州-like: time with seconds after the source, 作者 empty, 编辑 line, 网友评论 form and comments."""
    c = Chrome(4001)
    host = "news.2500sz.com"
    main = f"""<div class="crumbs"><a>名城苏州</a> &gt; <a>新闻中心</a> &gt; <a>文明苏州</a> &gt; 正文</div>
<h1 class="art-tit">{esc(a.title)}</h1>
<div class="art-source"><span>来源：{a.source}</span><span>作者：</span><span>{a.day} {a.clock}:31</span></div>
<div class="art-con">{render(a, p="<p>{}</p>", heading="<p><b>{}</b></p>")}</div>
<div class="art-editor">编辑：{a.editor}</div>
<div class="comment"><h3>网友评论</h3><textarea>文明上网，理性发言</textarea><button>发表评论</button>{c.comments(5)}</div>"""
    side = c.hot_list(host, "24小时热门", 10) + c.teasers(host, "推荐阅读", 4)
    html = _news_page(c, host, "名城苏州网", f"{a.title}_文明苏州_名城苏州网", main, side)
    return Page(html, f"https://news.2500sz.com/doc/2025/03/05/{n}1088.shtml", when(a))


def subaonet(a: UArticle, n: int) -> Page:
    """苏州新闻网-like: 引题-less headline, date and time in separate spans, 责任编辑 inside the text box."""
    c = Chrome(4002)
    host = "www.subaonet.com"
    y, m, d = _ymd(a)
    main = f"""<div class="pos">当前位置：<a>苏州新闻网</a> &gt; <a>新闻</a> &gt; <a>苏州</a></div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info"><span class="date">{y}-{m:02d}-{d:02d}</span> <span class="hm">{a.clock}</span> <span class="from">来源：苏州日报</span> <span class="font">字号：<a>T</a> <a>T</a></span></div>
<div class="text">{render(a, p="<p>　　{}</p>")}<p class="zrbj">责任编辑：{a.editor}</p></div>
{_share()}<div class="xgxw"><h3>相关新闻</h3>{c.link_list(host, 6, "xg")}</div></div>"""
    html = _news_page(
        c, host, "苏州新闻网", f"{a.title} - 苏州新闻网", main, c.hot_list(host, "排行榜", 10)
    )
    return Page(html, f"https://www.subaonet.com/{y}/szyw/{m:02d}{d:02d}/{n}885.shtml", when(a))


def yinlibo(a: UArticle, n: int) -> Page:
    """引力播-like app share page: 打开APP banner, time as `MM-DD HH:MM` with the year only in JSON-LD, 阅读量."""
    c = Chrome(4003)
    _y, m, d = _ymd(a)
    ld = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{a.title}","datePublished":"{a.day}T{a.clock}:00+08:00","publisher":{{"@type":"Organization","name":"引力播"}}}}</script>'
    body = render(a, p='<p class="p">{}</p>')
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{esc(a.title)}</title>{ld}{c.style(5)}</head>
<body><div class="open-app-bar"><img src="/ylb/logo.png"><div><b>引力播</b><p>苏州本地新闻资讯</p></div><a class="btn">打开APP</a></div>
<div class="article"><h1 class="title">{esc(a.title)}</h1>
<div class="meta"><span class="src">{a.source}</span><span class="time">{m:02d}-{d:02d} {a.clock}</span><span class="read">阅读 1.2万</span></div>
<div class="content">{body}</div>
<p class="copyright">本文为引力播原创，转载请注明出处</p>
<div class="open-more"><a>打开引力播，看更多苏州新闻</a></div></div>
<div class="recommend"><div class="rt">为你推荐</div>{c.teasers("www.yinlibo.cn", "", 6, "rec-list")}</div>
<div class="comment-box"><div class="ct">评论 12</div>{c.comments(6)}<a>打开APP查看更多评论</a></div>
{c.script("__INIT__", a.title, 8)}</body></html>"""
    return Page(html, f"https://share.yinlibo.cn/news/{n}7721?from=wechat", when(a))


def szrbepaper(a: UArticle, n: int) -> Page:
    """苏州日报 e-paper: 版面 list and navigator, 引题 and 副题 around the headline, date only in the page header and URL."""
    c = Chrome(4004)
    y, m, d = _ymd(a)
    body = render(a, p="<P>　　{}</P>")
    pages = "".join(
        f'<li><a href="node_{i}.htm">第A{i:02d}版：{v}</a></li>'
        for i, v in enumerate(("要闻", "要闻", "苏州", "民生", "区县", "社会", "体育", "副刊"), 1)
    )
    titles = "".join(
        f'<li><a href="content_{i}.htm">{esc(c.headline())}</a></li>' for i in range(8)
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>苏州日报数字报</title>{c.style(4)}
<script>var currentDate="{y}-{m:02d}-{d:02d}";{c.script("epaper", "苏州日报", 4)[8:-9]}</script></head>
<body><table width="1000" align="center"><tr><td class="head"><img src="../../../images/szrb_logo.gif"> {y}年{m:02d}月{d:02d}日 星期二　<a>往期回顾</a>　<a>PDF下载</a></td></tr></table>
<table width="1000" align="center"><tr><td width="340" valign="top"><div class="bm"><img src="../../../page/1/{y}-{m:02d}/{d:02d}/A05/p.jpg" usemap="#PagePicMap"><map name="PagePicMap"><area coords="10,10,300,200" href="content_{n}.htm"></map></div>
<div class="bmnav"><a>上一版</a> <a>下一版</a></div><ul class="bmlist">{pages}</ul></td>
<td valign="top"><table width="100%"><tr><td class="bt_yt" align="center">社区慈善有了“钱袋子”</td></tr>
<tr><td class="bt_title" align="center"><STRONG style="font-size:24px">{esc(a.title)}</STRONG></td></tr>
<tr><td class="bt_ft" align="center">每个基金首期规模10万元，实行“居民提议、社区议事、基金资助”</td></tr>
<tr><td class="bt_author" align="center">□记者 {a.author}</td></tr>
<tr><td><div id="ozoom" style="font-size:16px"><founder-content>{body}</founder-content></div></td></tr></table>
<div class="bt_list"><b>本版标题</b><ul>{titles}</ul></div></td></tr></table>
<div class="foot">苏州日报社 版权所有 未经许可不得转载　苏州日报社新媒体中心制作</div></body></html>"""
    return Page(
        html,
        f"https://epaper.subaonet.com/szrb/html/{y}-{m:02d}/{d:02d}/content_{n}5561.htm",
        a.day,
    )


def kansuzhou(a: UArticle, n: int) -> Page:
    """看苏州 app share page: the state in `window.__NUXT__`, rendered article, 下载看苏州 prompts, 热门评论."""
    c = Chrome(4005)
    y, m, d = _ymd(a)
    hh, mm = _hm(a)
    body = render(
        a,
        p='<p style="text-indent:2em">{}</p>',
        img='<p><img src="https://img.ksz.cn/{n}.jpg" class="lazy"></p>',
        cap='<p><img src="https://img.ksz.cn/{n}.jpg" class="lazy"></p><p class="img-desc">{}</p>',
    )
    html = f"""<!doctype html><html data-n-head-ssr><head><meta charset="utf-8"><title>看苏州</title><meta name="viewport" content="width=device-width">{c.style(4)}</head>
<body><div id="__nuxt"><div id="__layout"><div class="share-page">
<div class="download-top"><img src="/ksz/icon.png"><span>看苏州 · 苏州广电总台</span><a>立即下载</a></div>
<div class="news-detail"><div class="news-title">{esc(a.title)}</div>
<div class="news-info"><span class="origin">{a.source}</span><span class="pubtime">{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:06</span></div>
<div class="news-content">{body}</div>
<div class="statement">免责声明：本文来自看苏州号作者，不代表看苏州的观点和立场。</div></div>
<div class="hot-comment"><div class="title">热门评论</div>{c.comments(5)}</div>
<div class="more-news"><div class="title">更多资讯</div>{c.teasers("www.ksz.cn", "", 5, "more")}</div>
<div class="download-bottom">下载看苏州APP，阅读更多精彩内容</div></div></div></div>
<script>window.__NUXT__={{state:{{detail:{{id:{n}9918,title:"{a.title}",publishTime:"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:06",views:3021}}}}}};{c.script("k", a.title, 6)[8:-9]}</script></body></html>"""
    return Page(html, f"https://www.ksz.cn/share/news/{n}9918", when(a))


# ---------------------------------------------------------------- batch 41: 文明网, portal reprints, Q&A, photo-first


def jswm(a: UArticle, n: int) -> Page:
    """江苏文明网-like TRS page: 来源 before time in one td, 【打印】【关闭】, 文明 banners, 相关稿件 with dates."""
    c = Chrome(4101)
    host = "wm.jschina.com.cn"
    body = render(
        a,
        p='<P style="TEXT-INDENT: 2em">{}</P>',
        heading='<P style="TEXT-INDENT: 2em"><STRONG>{}</STRONG></P>',
    )
    related = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span>2025-0{i + 1}-1{i}</span></li>'
        for i in range(6)
    )
    main = f"""<div class="dqwz">当前位置： <a>江苏文明网</a> &gt;&gt; <a>志愿服务</a> &gt;&gt; <a>志愿风采</a></div>
<table width="100%"><tr><td align="center" class="title1">{esc(a.title)}</td></tr>
<tr><td align="center" class="laiyuan">来源：{a.source}　　{a.day} {a.clock}　　作者：{a.author}</td></tr>
<tr><td class="zw"><div class="TRS_Editor">{body}</div></td></tr>
<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td class="bj">责任编辑：{a.editor}</td></tr></table>
<div class="xggj"><h3>相关稿件</h3><ul>{related}</ul></div>"""
    side = (
        '<div class="banner"><img src="/wm/jswm1.jpg" alt="讲文明树新风"><img src="/wm/jswm2.jpg" alt="中国梦"></div>'
        + c.hot_list(host, "文明播报", 8)
    )
    html = _gov_page(
        c,
        a,
        host=host,
        org="江苏文明网",
        title=f"{a.title}_江苏文明网",
        main=main,
        side=side,
        icp="08012345",
    )
    return Page(html, f"http://{host}/zyfw/202503/t{n}2025_8123.shtml", when(a))


def ifeng(a: UArticle, n: int) -> Page:
    """凤凰网-like reprint: time with seconds and 来自 source, 原标题 line, 特别声明, [责任编辑：… PN123]."""
    c = Chrome(4102)
    host = "news.ifeng.com"
    body = render(a, p="<p>{}</p>", table="<table>{}</table>")
    main = f"""<div class="breadcrumb"><a>凤凰网</a> &gt; <a>资讯</a> &gt; <a>正文</a></div>
<div class="artical"><h1 class="topic">{esc(a.title)}</h1>
<div class="info"><p class="time"><span>{cn_day(a)} {a.clock}:18</span><span>来自 苏州日报</span></p><p class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></p></div>
<div class="main_content"><div class="text">{body}<p>原标题：{esc(a.title.replace(" ", "，"))}</p></div></div>
<p class="statement">特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。</p>
<p class="editor">[责任编辑：{a.editor} PN123]</p>
<div class="reaction"><a>举报</a><a>收藏</a></div></div>
{c.teasers(host, "大家都在看", 6, "hot-news")}{c.comments(6, "comment-area")}"""
    html = _news_page(
        c, host, "凤凰网", f"{a.title}_凤凰网资讯_凤凰网", main, c.hot_list(host, "资讯排行", 10)
    )
    return Page(html, f"https://{host}/c/8{n}Xk3aTqM", when(a))


def qqnews(a: UArticle, n: int) -> Page:
    """腾讯新闻-like share page: 发布于 city, 作者 box with 关注, 举报, 腾讯新闻 app prompt after the text."""
    c = Chrome(4103)
    body = render(
        a,
        p='<p class="qnt-p">{}</p>',
        cap='<div class="qnt-img"><img src="https://inews.gtimg.com/{n}/0"></div><p class="qnt-p qnt-cap">{}</p>',
    )
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,viewport-fit=cover">
<title>{esc(a.title)}_腾讯新闻</title><meta name="apub:time" content="{a.day} {a.clock}:44">{c.style(5)}</head>
<body><div class="qnt-page"><div class="qnt-header"><a class="qnt-logo">腾讯新闻</a><a class="qnt-open">打开腾讯新闻，查看更多精彩资讯</a></div>
<div class="qnt-article"><h1 class="qnt-title">{esc(a.title)}</h1>
<div class="qnt-author"><img src="https://inews.gtimg.com/avatar/{n}.png"><div><span class="qnt-name">{a.source}</span><span class="qnt-meta">{a.day} {a.clock} 发布于江苏 苏州日报官方账号</span></div><a class="qnt-follow">+关注</a></div>
<div class="qnt-content">{body}</div>
<div class="qnt-foot"><span>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</span><a>举报</a></div>
<div class="qnt-like"><span>赞 36</span><span>转发</span><span>评论 8</span></div></div>
<div class="qnt-rec"><h3>相关推荐</h3>{c.teasers("new.qq.com", "", 6, "qnt-list")}</div>
<div class="qnt-dl">下载腾讯新闻客户端，看更多精彩内容</div></div>
<script>window.DATA = {{"article_id":"20250626A0{n}X00","title":"{a.title}","media":"{a.source}","pubtime":"{a.day} {a.clock}:44"}};{c.script("q", a.title, 6)[8:-9]}</script></body></html>"""
    return Page(html, f"https://view.inews.qq.com/k/20250626A0{n}X00", when(a))


def qa(a: UArticle, n: int) -> Page:
    """政策问答 page: each question and answer in `<div class="q">`/`<div class="a">` with 问/答 icons, 有用/没用 buttons."""
    c = Chrome(4104)
    host = "mzj.suzhou.gov.cn"
    items: list[str] = []
    for line in a.lines:
        if line.startswith("问："):
            items.append(
                f'<div class="qa-item"><div class="q"><i class="icon-q"></i><span>{esc(line)}</span></div>'
            )
        elif line.startswith("答："):
            items.append(
                f'<div class="a"><i class="icon-a"></i><p>{esc(line)}</p></div><div class="useful"><a>有用(12)</a><a>没用(0)</a></div></div>'
            )
        else:
            items.append(f'<p class="intro">{esc(line)}</p>')
    main = f"""<div class="position">当前位置：<a>首页</a> &gt; <a>互动交流</a> &gt; <a>热点问答</a></div>
<div class="qa-detail"><h1 class="qa-title">{esc(a.title)}</h1>
<div class="qa-meta">发布日期：{a.day}　信息来源：{a.source}　浏览次数：3109</div>
<div class="qa-list">{"".join(items)}</div>
<div class="qa-ask">没有找到答案？<a>我要提问</a></div></div>"""
    side = '<div class="hot-q"><h3>热门问题</h3>' + c.link_list(host, 10, "hq") + "</div>"
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市民政局",
        title=f"{a.title}-苏州市民政局",
        main=main,
        side=side,
        icp="05011234",
    )
    return Page(html, f"https://{host}/szmzj/rdwd/202502/{n}qa.shtml", when(a))


def photofirst(a: UArticle, n: int) -> Page:
    """Photo-first story on a news site: a large lead photo with caption above the headline block, 图集 counter."""
    c = Chrome(4105)
    host = "www.xcrmt.cn"
    cap = next(line[5:] for line in a.lines if line.startswith("[cap]"))
    rest = tuple(line for line in a.lines if not line.startswith("[cap]"))
    body = render(a, p="<p>{}</p>", lines=rest)
    main = f"""<div class="crumb"><a>首页</a> / <a>民生</a></div>
<div class="lead-photo"><div class="swiper"><img src="/xc/lead{n}.jpg"><span class="count">1/3</span></div><p class="lead-cap">{esc(cap)}</p></div>
<h1>{esc(a.title)}</h1>
<div class="meta">{a.source}　{when(a)}</div>
<article class="body">{body}</article>
<div class="copyright">来源：{a.source}　本站原创稿件，转载请注明出处</div>"""
    html = _news_page(
        c, host, "相城融媒", f"{a.title}-相城融媒", main, c.teasers(host, "热门推荐", 5, "tj")
    )
    # the lead photo's caption is the article's caption, shown first
    gold = (
        cap,
        *UArticle(a.key, a.title, a.day, a.clock, a.source, a.author, a.editor, rest).paragraphs,
    )
    return Page(html, f"https://{host}/html/2025/07/03/{n}45.html", when(a), paragraphs=gold)


# ---------------------------------------------------------------- batch 42: encodings, labels, time spellings, lists


def gbk(a: UArticle, n: int) -> Page:
    """An old association page declaring gb2312 but written in GBK (陈喆), 更新时间 with seconds, `<br>` text in a cell."""
    c = Chrome(4201)
    host = "www.szshzzcjh.org"
    y, m, d = _ymd(a)
    text = "<br>\n".join(f"　　{esc(line)}" for line in a.paragraphs)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{esc(a.title)}</title>
<style>td{{font-size:12px}}.c{{line-height:180%}}</style>{c.style(3)}</head>
<body><table width="960" align="center" border="0"><tr><td><img src="images/top.jpg"></td></tr>
<tr><td class="menu"><a>网站首页</a> | <a>协会简介</a> | <a>新闻动态</a> | <a>通知公告</a> | <a>会员风采</a> | <a>政策法规</a> | <a>入会申请</a> | <a>联系我们</a></td></tr></table>
{c.mega_nav(host, groups=2, per_group=14)}
<table width="960" align="center"><tr><td width="220" valign="top"><table><tr><td class="lt">新闻动态</td></tr><tr><td>{c.link_list(host, 8, "l")}</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="wz">您的位置：网站首页 &gt;&gt; 新闻动态 &gt;&gt; 正文</td></tr>
<tr><td align="center"><font size="4" color="#CC0000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td align="center">更新时间：{y}-{m}-{d} {a.clock}:00　 作者：{a.editor}　 浏览：<font color="red">217</font> 次</td></tr>
<tr><td class="c">{text}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:self.close()">【关闭窗口】</a></td></tr></table></td></tr></table>
<table width="960" align="center"><tr><td align="center">苏州市社会组织促进会 版权所有　苏ICP备08012345号<br>地址：苏州市三香路998号 电话：0512-68220000</td></tr></table>
{c.script("s", "新闻动态", 4)}</body></html>"""
    return Page(html, f"http://{host}/news_view.asp?id={n}88", when(a), encoding="gbk")


def bom(a: UArticle, n: int) -> Page:
    """A UTF-8 page with a byte-order mark under a `charset=gb2312` meta (the BOM wins in browsers)."""
    c = Chrome(4202)
    host = "mzj.wuzhong.gov.cn"
    body = render(a, p="<p>{}</p>", heading="<h4>{}</h4>")
    main = f"""<div class="path">当前位置：<a>首页</a> &gt; <a>通知公告</a></div>
<div class="detail"><h3 class="tit">{esc(a.title)}</h3>
<div class="sub">发布时间：{when(a)}　来源：{a.source}</div>
<div class="txt">{body}</div></div>"""
    html = "\ufeff" + _gov_page(
        c,
        a,
        host=host,
        org="苏州市吴中区民政局",
        title=f"{a.title}",
        main=main,
        side=c.link_list(host, 10, "tzgg"),
        icp="06012777",
    ).replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    )
    return Page(html, f"https://{host}/tzgg/{n}.html", when(a))


def english(a: UArticle, n: int) -> Page:
    """A Chinese notice under English labels (Publish Date / Source / Views / Print / Close), 附件 as a PDF link."""
    c = Chrome(4203)
    host = "mzt.jiangsu.gov.cn"
    y, m, d = _ymd(a)
    body = render(a, p="<p>{}</p>", heading='<p align="center"><b>{}</b></p>')
    main = f"""<div class="location">Location: <a>Home</a> &gt; <a>Policies</a> &gt; <a>Documents</a></div>
<div class="doc"><h1 class="doc-title">{esc(a.title)}</h1>
<div class="doc-meta"><span>Publish Date: {y}-{m:02d}-{d:02d}</span> | <span>Source: Jiangsu Provincial Department of Civil Affairs</span> | <span>Views: 1024</span></div>
<div class="doc-body">{body}</div>
<div class="doc-att">Attachment: <a href="/att/{n}.pdf">江苏省社会组织信用信息管理办法.pdf</a></div>
<div class="doc-tools"><a>[Print]</a> <a>[Close]</a></div></div>"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="Jiangsu Provincial Department of Civil Affairs",
        title=f"{a.title} - Documents",
        main=main,
        side=c.link_list(host, 8, "docs"),
        icp="05002788",
    )
    return Page(html, f"https://{host}/english/art/{y}/{m}/{d}/art_{n}.html", a.day)


def xiawu(a: UArticle, n: int) -> Page:
    """Time spelled in words: 2025年11月18日 星期二 上午7点35分, on a city-paper page with 来源 after it."""
    c = Chrome(4204)
    host = "www.ksrmtzx.com"
    y, m, d = _ymd(a)
    hh, mm = _hm(a)
    half = "上午" if hh < 12 else "下午"
    main = f"""<div class="wz"><a>首页</a> &gt; <a>昆山新闻</a></div>
<h1>{esc(a.title)}</h1>
<div class="sj">{y}年{m}月{d}日 星期二 {half}{hh if hh <= 12 else hh - 12}点{mm}分　来源：{a.source}　记者：{a.author}</div>
<div class="nr">{render(a, p="<p>　　{}</p>")}</div>
<div class="bj">编辑：{a.editor}　审核：顾明</div>"""
    html = _news_page(
        c, host, "昆山融媒", f"{a.title}_昆山新闻_昆山融媒", main, c.hot_list(host, "热点", 10)
    )
    return Page(html, f"https://{host}/ksxw/{y}{m:02d}/{n}.html", when(a))


def nestedlist(a: UArticle, n: int) -> Page:
    """Headings as `<ol>` items holding their paragraphs and a nested `<ul>` (a notice written as one outline)."""
    c = Chrome(4205)
    host = "hrss.suzhou.gov.cn"
    out: list[str] = []
    open_item = False
    sub: list[str] = []
    for line in a.lines:
        if line.startswith("[li]"):
            sub.append(f"<li>{esc(line[4:])}</li>")
            continue
        if sub:
            out.append(f"<ul>{''.join(sub)}</ul>")
            sub = []
        if line.startswith("## "):
            if open_item:
                out.append("</li>")
            out.append(f'<li><h4 class="sec">{esc(line[3:])}</h4>')
            open_item = True
        elif open_item:
            out.append(f"<p>{esc(line)}</p>")
        else:
            out.append(f'<p class="lead">{esc(line)}</p>')
    if sub:
        out.append(f"<ul>{''.join(sub)}</ul>")
    if open_item:
        out.append("</li>")
    first = next(i for i, x in enumerate(out) if x.startswith("<li>"))
    body = "".join(out[:first]) + '<ol class="outline">' + "".join(out[first:]) + "</ol>"
    main = f"""<div class="position">您的位置：<a>首页</a> &gt; <a>通知公告</a></div>
<div class="article"><h2>{esc(a.title)}</h2><div class="attr">发布时间：{when(a)}　　来源：{a.source}　　【<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="art-body">{body}</div></div>"""
    html = _gov_page(
        c,
        a,
        host=host,
        org="苏州市人力资源和社会保障局",
        title=f"{a.title}",
        main=main,
        side=c.link_list(host, 10, "tz"),
        icp="05016789",
    )
    return Page(html, f"https://{host}/szrsj/tzgg/202505/{n}.shtml", when(a))


BATCHES: dict[int, list[tuple[str, Callable[[UArticle, int], Page], str]]] = {
    37: [
        ("gusu", gusu, "nianbao"),
        ("wuzhong", wuzhong, "dengjiwenda"),
        ("xiangcheng", xiangcheng, "gongyichuangtou"),
        ("wujiang", wujiang, "dengjipinggu"),
        ("kunshan", kunshan, "shequjijin"),
    ],
    38: [
        ("changshu", changshu, "shegongkaoshi"),
        ("zjg", zjg, "dangjianlianmeng"),
        ("taicang", taicang, "zhuxue"),
        ("jsmzt", jsmzt, "guanlibanfa"),
        ("chinanpo", chinanpo, "feifa"),
    ],
    39: [
        ("szshzz", szshzz, "xiehuihuanjie"),
        ("cishan", cishan, "yirijuan"),
        ("jijinhui", jijinhui, "zhuxue"),
        ("shegongwx", shegongwx, "sidianban"),
        ("shequwx", shequwx, "linlijie"),
    ],
    40: [
        ("mcsz", mcsz, "shouhu"),
        ("subaonet", subaonet, "nianbao"),
        ("yinlibo", yinlibo, "dangjianlianmeng"),
        ("szrbepaper", szrbepaper, "shequjijin"),
        ("kansuzhou", kansuzhou, "linlijie"),
    ],
    41: [
        ("jswm", jswm, "shouhu"),
        ("ifeng", ifeng, "yirijuan"),
        ("qqnews", qqnews, "gongyichuangtou"),
        ("qa", qa, "dengjiwenda"),
        ("photofirst", photofirst, "sidianban"),
    ],
    42: [
        ("gbk", gbk, "xiehuihuanjie"),
        ("bom", bom, "feifa"),
        ("english", english, "guanlibanfa"),
        ("xiawu", xiawu, "shequjijin"),
        ("nestedlist", nestedlist, "shegongkaoshi"),
    ],
}


def main() -> None:
    """Render batches 37–42 into this folder (their unseen_b37…b42 files only)."""
    for batch in BATCHES:
        for old in [*OUT.glob(f"unseen_b{batch}_*.html"), *OUT.glob(f"unseen_b{batch}_*.json")]:
            old.unlink()
    for batch, entries in BATCHES.items():
        for n, (name, template, key) in enumerate(entries):
            write(batch, name, key, template(BY_KEY[key], n), BY_KEY[key])


if __name__ == "__main__":
    main()
