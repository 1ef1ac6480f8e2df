# ruff: noqa: E501  (page templates: HTML lines as the sites write them)
"""Write the body pages of the full corpus: REAL-SIZE pages (20–60 KB) in the templates of real sites.

Run from the repository root:  .venv/bin/python -m tests.corpus.full.build_body

The development corpus (tests/corpus/dev) holds 1–3 KB pages; real article
pages are 30–300 KB, and most of that is chrome: menus with hundreds of
links, hot lists, related stories with their summaries, reader comments,
author boxes, long disclaimers, scripts and styles.  Each template below
copies the structure of a class of real pages with that chrome generated
at full size (chrome.py).  Articles come from the development corpus
(tests/corpus/dev/articles.py) and from NEW_ARTICLES below (a long feature
with repeated sub-headings, a one-paragraph brief, a paginated article).
Files are named body_<template>_<article>; build_meta.py writes meta_*.
The gold format is the development corpus's (tests/corpus/dev/__init__.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.corpus.dev.articles import ARTICLES, Article
from tests.corpus.dev.build import Page, cn_date, when, write_page
from tests.corpus.full.chrome import Chrome, esc

OUT = Path(__file__).resolve().parent

NEW_ARTICLES = (
    Article(
        "changwen",
        "千年运河焕新颜：一条河的生态修复与城市新生",
        "2024-05-20",
        "07:30",
        "新华日报",
        (
            "初夏时节，漫步在大运河苏州段的滨河步道上，河水清澈，垂柳依依，晨练的市民三五成群。很难想象，十多年前这里还是另一番景象：沿岸工厂林立，河面漂浮着垃圾，夏天气味刺鼻。",
            "## 治水：从“污水河”到“清水河”",
            "“那时候岸边全是小作坊，污水直接往河里排。”在运河边生活了40多年的居民陈建国回忆说。2013年起，苏州启动运河沿线综合整治，先后关停搬迁沿岸污染企业230余家，新建和改造污水管网1800多公里。",
            "治水的难点在支流。苏州市水务局相关负责人介绍，运河苏州段有大小支流和河浜400多条，其中不少是断头浜，水体流动性差。为此，当地实施了“一河一策”，通过清淤、活水、生态修复等措施，让每一条小河都流动起来。",
            "[img]",
            "## 一线声音",
            "“现在每天巡河，看到水清了、鱼多了，心里特别踏实。”村级河长周雪梅说，她负责的三条河浜如今都达到了三类水标准，附近的村民又开始在河边洗菜、纳凉。",
            "## 兴业：从“工业岸线”到“生活岸线”",
            "岸线腾退之后，如何用好这片空间？苏州的答案是还河于民。近年来，运河沿岸陆续建成了十多个滨水公园和文化街区，老厂房改造成的文创园吸引了200多家企业入驻，年营业收入超过30亿元。",
            "在姑苏区，由原苏州第一丝厂改造而成的文化街区成为年轻人打卡的热门地点。街区运营方负责人介绍，改造保留了厂房的红砖墙和锯齿形屋顶，引入了书店、咖啡馆和非遗工作室，周末日均客流超过一万人次。",
            "## 一线声音",
            "“我们把工作室开在运河边，就是看中了这里的文化氛围。”苏绣传承人沈丽华说，工作室开业两年来，已经接待了来自各地的参观者3万多人次，不少年轻人在这里第一次拿起了绣花针。",
            "专家表示，大运河的保护传承利用是一篇大文章，既要守住生态底线，也要让沿岸群众共享发展成果。据悉，苏州将在今年底前完成运河沿线30公里慢行系统的贯通。",
        ),
    ),
    Article(
        "kuaixun",
        "我市发布高温橙色预警",
        "2024-07-22",
        "11:05",
        "苏州市气象台",
        (
            "苏州市气象台7月22日11时发布高温橙色预警信号：预计今天下午到明天，我市大部分地区最高气温将达37℃以上，请注意防暑降温。",
        ),
    ),
    Article(
        "fenye",
        "数字乡村建设观察：小山村里的“新农具”",
        "2024-04-16",
        "08:20",
        "人民日报",
        (
            "清晨六点，浙江安吉县的一片茶园里，茶农李伟打开手机，查看土壤墒情和气温数据。“以前靠经验，现在靠数据，哪块地该浇水、哪块地该施肥，手机上一目了然。”",
            "这是当地数字乡村建设的一个缩影。近年来，安吉县在全县建成物联网监测点500多个，覆盖茶园面积超过10万亩，茶叶亩均产值提高了15%。",
            "数字化不仅改变了生产方式，也改变了销售渠道。在县里的电商直播基地，十几个直播间同时开播，主播们正在向全国各地的网友介绍当季的新茶。",
            "基地负责人介绍，去年基地带动当地农产品线上销售额超过8亿元，吸引了200多名年轻人返乡创业。",
        ),
    ),
)

BY_KEY = {article.key: article for article in (*ARTICLES, *NEW_ARTICLES)}
# The paginated article shows this many of its paragraphs on page 1.
PAGE_ONE = 2


def shown(a: Article) -> tuple[str, ...]:
    """The lines a page shows: page 1 only for the paginated article."""
    if a.key == "fenye":
        return a.lines[:PAGE_ONE]
    return a.lines


def gold_paragraphs(a: Article) -> tuple[str, ...] | None:
    if a.key == "fenye":
        return tuple(line.removeprefix("## ") for line in a.lines[:PAGE_ONE] if line != "[img]")
    return None


def paras(
    a: Article,
    *,
    p: str = "<p>",
    heading: str = "<p><strong>{}</strong></p>",
    img: str = '<p style="text-align:center"><img src="/upload/{n}.jpg" alt=""></p>',
) -> str:
    """The article's shown lines as the CMS writes them."""
    out = []
    for n, line in enumerate(shown(a)):
        if line == "[img]":
            out.append(img.format(n=n))
        elif line.startswith("## "):
            out.append(heading.format(esc(line[3:])))
        else:
            out.append(f"{p}{esc(line)}{p.replace('<', '</').split(' ')[0].rstrip('>')}>")
    return "\n".join(out)


def pager(a: Article) -> str:
    """The article's own page links (paginated article only)."""
    if a.key != "fenye":
        return ""
    return (
        '<div class="page-nav"><a class="cur">1</a><a href="_2.html">2</a>'
        '<a href="_2.html">下一页</a><a href="_2.html">尾页</a></div>'
    )


LONG_DISCLAIMER = (
    "凡本网注明“来源：{site}”的所有作品，版权均属于{site}，未经本网授权不得转载、摘编或利用其它方式使用上述作品。"
    "已经本网授权使用作品的，应在授权范围内使用，并注明“来源：{site}”。违反上述声明者，本网将追究其相关法律责任。"
    "凡本网注明“来源：XXX（非{site}）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"
    "如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。"
)


# ---------------------------------------------------------------- batch 1


def sina(a: Article, n: int) -> Page:
    """新浪新闻 article page: mega menu, 新浪声明, comments, 新闻排行, feed with summaries."""
    c = Chrome(100 + n)
    host = "news.sina.com.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|{esc(a.source)}_新浪新闻</title>
<meta name="keywords" content="{esc(a.title)},新浪新闻">
<meta name="description" content="{esc(a.lines[0][:70])}">
<meta property="article:published_time" content="{a.day}T{a.clock or "00:00"}:00+08:00">
{c.style(4)}
{c.script("ARTICLE_DATA", esc(a.title), 6)}
</head><body>
<div class="top-nav-wrap"><div class="tn-title"><a href="https://www.sina.com.cn/">新浪首页</a><a>新闻</a><a>体育</a><a>财经</a><a>娱乐</a><a>科技</a><a>博客</a><a>图片</a><a>专栏</a><a>更多</a></div>
<div class="tn-user"><a>登录</a><a>注册</a><a>移动客户端</a><a>新浪微博</a><a>新浪新闻</a></div></div>
{c.mega_nav(host, groups=6, per_group=20, cls="sina-nav")}
<div class="main-content w1240">
<h1 class="main-title">{esc(a.title)}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{cn_date(a)}</span><a class="source" href="#">{esc(a.source)}</a></div>
<div class="top-bar-inner"><a class="comment-num">评论</a><span>大</span><span>中</span><span>小</span></div></div>
<div class="article-content clearfix">
<div class="article-content-left">
<div class="article" id="article">
<!-- 正文 start -->
{paras(a, p='<p cms-style="font-L">')}
<p class="show_author">责任编辑：张{n}明 </p>
</div>
<div class="keywords" id="keywords">关键词：<a>社会组织</a> <a>民生</a></div>
<div class="article-notice"><p>新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</p></div>
<div class="app-kaihu"><a>海量资讯、精准解读，尽在新浪财经APP</a></div>
<div class="comment-module" id="bottom_sina_comment"><div class="hd"><span>我要评论</span><span class="count">{c.rng.randint(20, 900)}人参与</span></div>
<textarea>文明上网，理性发言</textarea><button>发布</button>
<div class="cmnt-hot"><h4>最热评论</h4>{c.comments(9, cls="cmnt-list")}</div></div>
<div class="feed-card" id="feedCard"><div class="feed-card-tab"><a class="cur">推荐阅读</a><a>国内</a><a>国际</a><a>社会</a></div>
{c.teasers(host, "", 10, cls="feed-card-content", tag="div")}</div>
</div>
<div class="article-content-right">
{c.hot_list(host, "新闻排行", 10, cls="side-rank")}
{c.hot_list(host, "评论排行", 10, cls="side-cmnt-rank")}
<div class="side-app"><img src="/app.png"><p>扫码下载新浪新闻客户端</p></div>
{c.hot_list(host, "热门推荐", 8, cls="side-hot")}
</div></div></div>
<div class="footer"><p><a>新浪简介</a> | <a>About Sina</a> | <a>广告服务</a> | <a>联系我们</a> | <a>招聘信息</a> | <a>网站律师</a> | <a>SINA English</a> | <a>通行证注册</a> | <a>产品答疑</a></p>
<p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
{c.script("SINA_LOG", "log", 3)}
</body></html>""",
        f"https://news.sina.com.cn/s/{a.day}/doc-inaz{n}abcd1234567.shtml",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def netease163(a: Article, n: int) -> Page:
    """网易新闻 post page: 跟贴 comments, 热点新闻, feed of teasers with summaries."""
    c = Chrome(200 + n)
    host = "www.163.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}|苏州|社会_网易新闻</title>
<meta property="article:published_time" content="{a.day}T{a.clock or "00:00"}:11+08:00">
{c.style(3)}{c.script("config", esc(a.title), 8)}
</head><body>
<div class="ne_wrap"><div class="N-nav-channel JS_NTES_LOG_FE">{c.mega_nav(host, groups=5, per_group=22, cls="N-nav-bottom")}</div></div>
<div class="container clearfix">
<div class="post_main">
<div class="post_crumb">网易首页 &gt; 新闻中心 &gt; 社会新闻 &gt; 正文</div>
<h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{a.day} {a.clock or "00:00"}:11　来源: <a>{esc(a.source)}</a>　<a class="post_jubao">举报</a> <a class="post_top_tie">{c.rng.randint(10, 999)} 跟贴</a></div>
<div class="post_body">
{paras(a)}
{pager(a)}
</div>
<div class="post_author">本文来源：{esc(a.source)} 责任编辑：王晓{n}_NN{n}</div>
<div class="post_tie"><div class="tie-titlebar"><span>跟贴 {c.rng.randint(10, 999)} 参与 {c.rng.randint(1000, 9999)}</span></div>
<div class="tie-input"><textarea placeholder="文明上网，理性发言"></textarea></div>
<div class="tie-hot"><div class="tie-hd">热门跟贴</div>{c.comments(10, cls="tie-list")}</div>
<a class="tie-more">查看全部跟贴</a></div>
<div class="post_recommends js-tab-mod"><div class="post_recommends_titles"><h3>相关推荐</h3></div>
{c.teasers(host, "", 12, cls="post_recommend_list", tag="div")}</div>
</div>
<div class="post_side">
{c.hot_list(host, "热点新闻", 10, cls="post_side_mod")}
<div class="post_side_mod"><div class="side-app"><img src="/newsapp.png"><p>网易新闻客户端</p><p>扫码下载</p></div></div>
{c.hot_list(host, "热门图片", 6, cls="post_side_mod pic_rank")}
</div></div>
<div class="N-footer"><p><a>About NetEase</a> - <a>公司简介</a> - <a>联系方法</a> - <a>招聘信息</a> - <a>客户服务</a> - <a>隐私政策</a> - <a>广告服务</a> - <a>网站地图</a> - <a>意见反馈</a> - <a>不良信息举报</a></p>
<p>网易公司版权所有 ©1997-2024</p></div>
</body></html>""",
        f"https://www.163.com/news/article/J{n}K8ABCD000189FH.html",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def people_paged(a: Article, n: int) -> Page:
    """人民网 rm_txt page with the article's own pager, a long footer and related teasers."""
    c = Chrome(300 + n)
    host = "society.people.com.cn"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}--社会·法治--人民网</title>
<meta name="publishdate" content="{a.day}">
{c.style(3)}{c.script("rmw", esc(a.title), 4)}
</head><body>
<div id="rmw_topline"><a>人民网</a> &gt;&gt; <a>社会·法治</a></div>
<div class="w1000 nav_ul">{c.mega_nav("www.people.com.cn", groups=4, per_group=26, cls="rmw_nav")}</div>
<div class="main">
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h1>{esc(a.title)}</h1>
<div class="col-1-1 fl">{cn_date(a, space="")} | 来源：<a>人民网－人民日报</a></div>
<div class="rm_txt_con cf">
{paras(a, p='<p style="text-indent: 2em;">')}
{pager(a)}
<div class="edit cf">(责编：李{n}、王{n}丽)</div>
</div>
<div class="rm_relevant cf"><div class="tit">相关新闻</div>{c.teasers(host, "", 5)}</div>
<div class="rm_ranking cf">{c.hot_list(host, "分享让更多人看到", 0)}</div>
</div>
<div class="col col-2 fr">
{c.hot_list(host, "热点推荐", 10, cls="ph_list")}
{c.hot_list(host, "独家策划", 5, cls="ph_list")}
<div class="ewm"><img src="/img/ewm.png"><p>人民网微信公众号</p></div>
</div></div></div>
<div class="foot"><p><a>人民日报社概况</a> | <a>关于人民网</a> | <a>报社招聘</a> | <a>招聘英才</a> | <a>广告服务</a> | <a>合作加盟</a> | <a>供稿服务</a> | <a>网站声明</a> | <a>网站地图</a> | <a>留言反馈</a></p>
<p>{LONG_DISCLAIMER.format(site="人民网")}</p>
<p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>
</body></html>""",
        f"http://society.people.com.cn/n1/{a.day[:4]}/{a.day[5:7]}{a.day[8:]}/c1008-40{n}21234.html",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def gov_trs_table(a: Article, n: int) -> Page:
    """A city government portal on TRS, tables throughout: 政务公开 metadata, links to other units."""
    c = Chrome(400 + n)
    host = "www.suzhou.gov.cn"
    units = "".join(
        f'<option value="{i}">{u}</option>'
        for i, u in enumerate(
            [
                "苏州市发展和改革委员会",
                "苏州市教育局",
                "苏州市科学技术局",
                "苏州市工业和信息化局",
                "苏州市公安局",
                "苏州市民政局",
                "苏州市司法局",
                "苏州市财政局",
                "苏州市人力资源和社会保障局",
                "苏州市自然资源和规划局",
                "苏州市生态环境局",
                "苏州市住房和城乡建设局",
                "苏州市交通运输局",
                "苏州市水务局",
                "苏州市农业农村局",
            ]
        )
    )
    body_rows = paras(a, p='<p style="text-indent:2em;line-height:2">')
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(a.title)}_部门动态_苏州市人民政府</title>
<meta name="SiteName" content="苏州市人民政府"><meta name="ColumnName" content="部门动态">
<meta name="PubDate" content="{a.day} {a.clock}">
{c.style(2)}{c.script("_trs", "部门动态", 3)}
</head><body>
<table width="1200" align="center" class="top"><tr><td><img src="/images/logo.png" alt="苏州市人民政府"></td><td>
<a>无障碍</a> | <a>长者模式</a> | <a>English</a> | <a>登录</a></td></tr></table>
<table width="1200" align="center" class="dh"><tr>{"".join(f'<td><a href="/{i}/">{x}</a></td>' for i, x in enumerate(["首页", "要闻动态", "政务公开", "政务服务", "政民互动", "走进苏州", "专题专栏", "数据开放"]))}</tr></table>
{c.mega_nav(host, groups=4, per_group=18, cls="sub-dh")}
<table width="1200" align="center"><tr><td class="dqwz">您当前的位置：<a>首页</a> &gt; <a>要闻动态</a> &gt; <a>部门动态</a></td></tr></table>
<table width="1200" align="center" class="xxgk_table"><tr><td>索 引 号：</td><td>014000319/{a.day[:4]}-0{n}123</td><td>发布机构：</td><td>苏州市民政局</td></tr>
<tr><td>主题分类：</td><td>民政、扶贫、救灾</td><td>文　　号：</td><td></td></tr></table>
<table width="1200" align="center" class="main"><tr><td width="860" valign="top">
<table width="100%"><tr><td class="bt" align="center"><h2 style="font-size:24px">{esc(a.title)}</h2></td></tr>
<tr><td class="sj" align="center">发布时间：{when(a)}　来源：{esc(a.source)}　<span>浏览次数：{c.rng.randint(100, 9999)}</span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="nr"><div class="TRS_Editor">
{body_rows}
</div></td></tr>
<tr><td align="right" class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a> <a>【我要纠错】</a></td></tr>
<tr><td><div class="ewm-xq"><img src="/qr.png"><span>扫一扫在手机打开当前页</span></div></td></tr>
<tr><td class="xgwz"><div class="bt2">相关文章</div>{c.link_list(host, 6, "xg-list")}</td></tr>
</table></td>
<td width="320" valign="top"><table width="100%"><tr><td>{c.hot_list(host, "最新发布", 8, cls="zxfb")}</td></tr>
<tr><td>{c.hot_list(host, "政策解读", 6, cls="zcjd")}</td></tr></table></td></tr></table>
<table width="1200" align="center" class="links"><tr><td>市级部门：<select>{units}</select></td><td>区县政府：<select>{units}</select></td></tr></table>
<table width="1200" align="center" class="bottom"><tr><td align="center">
<p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a> | <a>隐私声明</a></p>
<p>主办单位：苏州市人民政府办公室　承办单位：苏州市大数据管理局</p>
<p>地址：苏州市姑苏区三香路998号　邮编：215004　联系电话：0512-68616000</p>
<p>网站标识码：3205000001　苏ICP备05001234号　苏公网安备 32050802010001号</p>
<p>本网站所载内容，凡注明来源为“苏州市人民政府”的，版权均属苏州市人民政府所有，任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴或以其他方式复制发表。已经本网协议授权的媒体、网站，在下载使用时必须注明“稿件来源：苏州市人民政府网站”，违者本网将依法追究责任。</p>
</td></tr></table>
</body></html>""",
        f"https://www.suzhou.gov.cn/szsrmzf/bmdt/{a.day[:7].replace('-', '')}/{n}c9d8e7f6a5b4.shtml",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def toutiao(a: Article, n: int) -> Page:
    """A 今日头条 article: author box with other articles, comments, feed with summaries."""
    c = Chrome(500 + n)
    host = "www.toutiao.com"
    others = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span>{c.rng.randint(1, 90)}评论</span></li>'
        for _ in range(5)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)} - 今日头条</title>
<meta name="description" content="{esc(a.lines[0][:50])}">
{c.style(4)}{c.script("__INITIAL_STATE__", esc(a.title), 8)}
</head><body>
<div class="ttp-header"><a>首页</a><a>下载头条</a><a>发布作品</a><a>登录</a><input placeholder="搜索站内资讯、视频或用户"></div>
<div class="main-content">
<div class="left-sidebar"><div class="share-list"><button>赞</button><button>评论</button><button>收藏</button><button>分享</button></div></div>
<div class="article-content">
<h1>{esc(a.title)}</h1>
<div class="article-meta"><span class="original-mark">原创</span><span>{when(a)}</span><span class="name"><a>{esc(a.source)}</a></span><span>· 江苏</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
{paras(a, heading="<h1>{}</h1>")}
</article>
<div class="detail-end"><span>举报/反馈</span></div>
<div class="report-menu"><ul><li>不感兴趣</li><li>看过了</li><li>内容质量差</li><li>广告软文</li><li>低俗色情</li><li>标题夸张</li><li>举报</li></ul></div>
<div id="comment-area" class="ttp-comment-wrapper"><div class="title">评论 {c.rng.randint(5, 300)}</div>
<textarea placeholder="留下你的精彩评论吧"></textarea>
{c.comments(8, cls="comment-list")}</div>
</div>
<div class="right-sidebar">
<div class="author-info"><a class="author-avatar"><img src="/av.jpg"></a><a class="author-name">{esc(a.source)}</a>
<p class="author-desc">{esc(a.source)}官方账号，发布权威信息，服务社会公众。</p>
<p>{c.rng.randint(1, 90)}万粉丝 · {c.rng.randint(100, 900)}万获赞</p><button>关注</button>
<ul class="author-articles">{others}</ul></div>
{c.hot_list(host, "头条热榜", 10, cls="hot-board")}
</div></div>
<div class="article-feed">{c.teasers(host, "相关推荐", 8, cls="feed-list", tag="div")}</div>
<div class="footer">© 2024 今日头条 www.toutiao.com 京ICP证140141号 京公网安备11000002002023号</div>
</body></html>""",
        f"https://www.toutiao.com/article/73{n}9876543210987654/",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


# ---------------------------------------------------------------- batch 2
# Class names as generated by today's front-end builds: hashed, or words
# that say nothing about the block being chrome.


def qq(a: Article, n: int) -> Page:
    """腾讯新闻 page: one-p paragraphs, 热点精选 with summaries, 腾讯网友 talk in plain divs."""
    c = Chrome(600 + n)
    host = "new.qq.com"
    return Page(
        f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(a.title)}_腾讯新闻</title>
<meta name="apub:time" content="{a.day} {a.clock or "00:00"}:36">
<meta name="description" content="{esc(a.lines[0][:60])}">
{c.style(5)}{c.script("window.DATA", esc(a.title), 9)}
</head><body>
<div id="TopNav" class="qq-top">{c.mega_nav("www.qq.com", groups=3, per_group=30, cls="qq-top-links")}</div>
<div class="qq_conent clearfix">
<div class="LEFT">
<h1>{esc(a.title)}</h1>
<div class="content clearfix"><div class="content-article">
<div class="media-info"><a class="author">{esc(a.source)}</a><span class="time">{when(a)}</span><span class="place">发布于江苏</span></div>
{paras(a, p='<p class="one-p">', heading='<p class="one-p"><strong>{}</strong></p>', img='<p class="one-p"><img class="content-picture" src="//inews.gtimg.com/{n}.jpg"></p>')}
</div></div>
<div class="qq-talk"><div class="qq-talk-hd">{c.rng.randint(40, 800)}人参与 | <a>查看全部</a></div>
{c.comments(10, cls="qq-talk-bd", plain=True)}</div>
<div class="jx-wrap"><div class="jx-hd">热点精选</div>{c.teasers(host, "", 12, cls="jx-list", tag="div")}</div>
</div>
<div class="RIGHT">
<div class="rank-box">{c.hot_list(host, "24小时热文", 10, cls="rank-list")}</div>
<div class="app-box"><img src="/qr.png"><p>打开腾讯新闻，查看更多精彩内容</p></div>
</div></div>
<div class="qq-bottom"><p><a>关于腾讯</a> | <a>About Tencent</a> | <a>服务条款</a> | <a>广告服务</a> | <a>腾讯招聘</a> | <a>腾讯公益</a> | <a>客服中心</a> | <a>网站导航</a></p>
<p>Copyright © 1998 - 2024 Tencent. All Rights Reserved</p><p>腾讯公司 版权所有</p></div>
</body></html>""",
        f"https://new.qq.com/rain/a/{a.day.replace('-', '')}A0{n}XYZ00",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def thepaper(a: Article, n: int) -> Page:
    """澎湃新闻 (Next.js): hashed class names, author box with bio, 推荐 cards with summaries."""
    c = Chrome(700 + n)
    host = "www.thepaper.cn"
    cards = "".join(
        f'<div class="small_cardcontent__BTALp"><a href="{c.url(host)}"><h2>{esc(c.headline())}</h2></a>'
        f'<p class="small_desc__Y1kbL">{esc(c.summary())}</p><div class="small_ctime__C5_Ey"><span>{c.rng.choice(["澎湃新闻", "澎湃号·政务"])}</span><span>{c.rng.randint(1, 23)}小时前</span></div></div>'
        for _ in range(10)
    )
    talk = "".join(
        f'<div class="ant-comment"><div class="index_nick__tQm7u">{c.rng.choice(["江苏网友", "澎友V8sGkd", "澎友J1m2", "苏州网友"])}</div>'
        f'<div class="index_txt__uEb_J">{esc(c.rng.choice(("说得太好了！希望各地都能落实到位，让老百姓真正得到实惠。", "政策是好政策，关键看执行，别到了下面又走了样。", "我家附近也有一个这样的服务站，环境干净，工作人员态度也好。", "希望不要一阵风，要长期坚持下去，形成制度才好。")))}</div>'
        f'<div class="index_info__r4HdA"><span>{c.rng.randint(1, 23)}小时前</span><span>回复</span><span>{c.rng.randint(0, 99)}</span></div></div>'
        for _ in range(9)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_澎湃新闻-The Paper</title>
<meta property="og:title" content="{esc(a.title)}">
{c.style(5)}{c.script("__NEXT_DATA__", esc(a.title), 12)}
</head><body><div id="__next">
<div class="header_wrapper__XlL2k">{c.mega_nav(host, groups=3, per_group=20, cls="header_list__u7y3X")}</div>
<main class="index_wrapper__JwU7R">
<div class="index_left__LfzyH">
<div class="index_cententWrap__Jv8jK">
<h1 class="index_title__B8mhI">{esc(a.title)}</h1>
<div class="index_headerContent__sASF4"><div class="ant-space"><span>{esc(a.source)}</span></div>
<div class="ant-space"><span>{when(a)}</span><span>来源：澎湃新闻</span></div></div>
<div class="index_cententWrap__Jv8jK">
{paras(a, heading="<h2>{}</h2>")}
</div>
<p class="index_copyright__4v7Iw">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</p>
</div>
<div class="index_authorbox__Kx2mL"><img src="/av.png"><div class="index_name__p1qd2">{esc(a.source)}</div>
<p class="index_desc__7mUpt">{esc(a.source)}是澎湃号·政务入驻机构，及时发布权威信息，回应社会关切，讲好本地故事。</p>
<div class="index_other__Q2m3x">{c.link_list(host, 4, "index_list__n5yZP")}</div></div>
<div class="index_talk__M3x_a"><div class="index_tit__a9vB3">评论（{c.rng.randint(10, 99)}）</div>{talk}</div>
<div class="index_rec__G2x3c"><div class="index_tit__a9vB3">推荐</div>{cards}</div>
</div>
<div class="index_right__hpJvd">
<div class="index_rank__Cq1eT">{c.hot_list(host, "热榜", 10, cls="mdRank_list__p6X_N")}</div>
<div class="index_app__xK7vN"><p>澎湃新闻客户端</p><p>扫码下载</p></div>
</div></main>
<div class="footer_box__s3S_f"><p>澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载</p>
<p>上海东方报业有限公司 沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006</p>
<p>增值电信业务经营许可证：沪B2-2017116 © 2014-2024 上海东方报业有限公司</p></div>
</div></body></html>""",
        f"https://www.thepaper.cn/newsDetail_forward_2{n}412345",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def city_li(a: Article, n: int) -> Page:
    """A city paper's site: the article inside a list item with its header, <br> paragraphs, 网友留言."""
    c = Chrome(800 + n)
    host = "www.zhong-wu.cn"
    text = "<br>\n".join(
        f"　　{esc(line.removeprefix('## '))}" for line in shown(a) if line != "[img]"
    )
    notes = "".join(
        f"<li><span>{c.rng.choice(['常州网友', '热心市民', '老常州', '匿名网友'])}：</span>{esc(c.rng.choice(('这个消息好，支持！希望早点落实，让老百姓得到实惠。', '请问具体在哪里办理？需要带什么材料？工作人员能不能说明一下。', '建议把办事流程公布出来，让群众少跑腿，最好能在手机上直接办。', '这样的新闻多一点，看了心里暖暖的。')))}<em>{c.rng.randint(1, 30)}天前</em></li>"
        for _ in range(8)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(a.title)}-中吴网</title>
{c.style(3)}{c.script("zw", esc(a.title), 5)}
</head><body>
<div class="top_bar">{c.mega_nav(host, groups=4, per_group=22, cls="top_links")}</div>
<div class="w1200">
<div class="wz">当前位置：<a>中吴网</a> &gt; <a>常州新闻</a> &gt; <a>社会新闻</a></div>
<div class="left_c">
<ul class="list_con">
<li class="con_item">
<h2 class="con_title">{esc(a.title)}</h2>
<div class="con_time">来源：{esc(a.source)}　时间：{when(a)}　编辑：陈{n}</div>
<div class="con_text">
{text}
</div>
{pager(a)}
</li>
</ul>
<div class="ly_box"><div class="ly_tit">网友留言</div><ul>{notes}</ul>
<p>网友留言仅代表个人观点，与本网无关。</p></div>
<div class="tj_box"><div class="tj_tit">推荐阅读</div>{c.teasers(host, "", 6, cls="tj_list")}</div>
</div>
<div class="right_c">{c.hot_list(host, "点击排行", 10, cls="phb")}{c.hot_list(host, "图片新闻", 6, cls="tpxw")}</div>
</div>
<div class="bottom"><p>{LONG_DISCLAIMER.format(site="中吴网")}</p>
<p>苏ICP备05001234号 互联网新闻信息服务许可证32120170015 违法和不良信息举报电话：0519-88000000</p></div>
</body></html>""",
        f"https://www.zhong-wu.cn/news/{a.day.replace('-', '')}/{n}31415.html",
        a.title,
        when(a),
        encoding="gb18030",
        paragraphs=gold_paragraphs(a),
    )


def jcms(a: Article, n: int) -> Page:
    """A Hanweb JCMS county portal: <title> only the channel, a 信息公开 tree, the article in cells."""
    c = Chrome(900 + n)
    host = "www.jiangyin.gov.cn"
    tree = "".join(
        f'<li><a href="/col/col{1000 + i}/">{x}</a><ul>{c.link_list(host, 3, "sub")}</ul></li>'
        for i, x in enumerate(
            [
                "机构职能",
                "政策文件",
                "规划计划",
                "财政信息",
                "重点领域",
                "人事信息",
                "统计信息",
                "应急管理",
            ]
        )
    )
    return Page(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>部门动态</title>
<meta name="PubDate" content="{a.day} {a.clock or "00:00"}:00">
{c.style(2)}{c.script("jcms", "部门动态", 4)}
</head><body>
<table width="1100" align="center"><tr><td><img src="/images/banner.jpg"></td></tr></table>
<table width="1100" align="center" class="dhl"><tr>{"".join(f"<td><a>{x}</a></td>" for x in ["首页", "政务公开", "政务服务", "互动交流", "走进江阴"])}</tr></table>
<table width="1100" align="center"><tr><td class="bt_link">您现在的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></td></tr></table>
<table width="1100" align="center"><tr>
<td width="260" valign="top"><div class="xxgk_tree"><ul>{tree}</ul></div></td>
<td width="840" valign="top">
<table width="100%" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center" style="font-size:22px;font-weight:bold">{esc(a.title)}</td></tr>
<tr><td align="center" class="bt_time">发布日期：{when(a)}　信息来源：{esc(a.source)}　浏览次数：<script>document.write(1234)</script>　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td id="zoom" class="bt_content" style="line-height:2">
{paras(a, p='<p style="text-indent:2em">')}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭本页】</a></td></tr>
<tr><td class="xgxx"><b>相关信息</b>{c.link_list(host, 5, "xgxx_list")}</td></tr>
</table></td></tr></table>
<table width="1100" align="center" class="footer"><tr><td align="center">
<p>主办：江阴市人民政府办公室　承办：江阴市大数据管理局</p>
<p>地址：江阴市澄江中路1号　邮编：214431　电话：0510-86861234</p>
<p>网站标识码：3202810001　苏ICP备05004321号-1　苏公网安备 32028102000123号</p>
<p>为确保最佳浏览效果，建议您使用IE10以上版本浏览器或Chrome、Firefox等浏览器，分辨率1366×768以上浏览本网站。</p>
</td></tr></table>
</body></html>""",
        f"http://www.jiangyin.gov.cn/art/{a.day[:4]}/{int(a.day[5:7])}/{int(a.day[8:])}/art_{n}8123_1234567.html",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def wechat(a: Article, n: int) -> Page:
    """A WeChat article at full size: <section> paragraphs, 精选留言, 喜欢此内容的人还喜欢."""
    c = Chrome(1000 + n)
    sections = []
    for line in shown(a):
        if line == "[img]":
            sections.append(
                '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/x.jpg" class="rich_pages wxw-img"></section>'
            )
        elif line.startswith("## "):
            sections.append(
                f'<section style="margin:20px 0"><section style="display:inline-block;border-bottom:2px solid #c00"><span style="font-size:17px"><strong>{esc(line[3:])}</strong></span></section></section>'
            )
        else:
            sections.append(
                f'<section style="line-height:1.75;margin-bottom:16px"><span style="font-size:15px;letter-spacing:1px">{esc(line)}</span></section>'
            )
    likes = "".join(
        f'<div class="weui-media-box"><h4 class="weui-media-box__title">{esc(c.headline())}</h4><p class="weui-media-box__desc">{esc(c.summary())}</p></div>'
        for _ in range(5)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{esc(a.title)}">
<title>{esc(a.title)}</title>
{c.style(6)}{c.script("msg_cdn", esc(a.title), 14)}
<script>var ct = "{int(__import__("datetime").datetime.fromisoformat(f"{a.day}T{a.clock or '00:00'}:00+08:00").timestamp())}";</script>
</head><body id="activity-detail">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">{esc(a.source)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when(a)}</em><em id="js_ip_wording_wrp">发表于江苏</em></div>
<div class="rich_media_content" id="js_content" style="visibility:visible">
<section style="text-align:center"><span style="color:#888;font-size:12px">点击上方蓝字 关注我们</span></section>
{"".join(sections)}
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/qr.jpg"></section>
<section style="text-align:center"><span style="font-size:12px">来源：{esc(a.source)}</span></section>
<section style="text-align:center"><span style="font-size:12px">编辑：李{n}华　审核：王{n}东</span></section>
</div>
<div class="rich_media_tool_area"><a id="js_view_source">阅读原文</a><span>阅读 {c.rng.randint(1000, 99999)}</span><span>在看 {c.rng.randint(1, 99)}</span></div>
<div id="js_profile_qrcode"><strong>{esc(a.source)}</strong><p>微信扫一扫<br>关注该公众号</p></div>
<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div>{c.comments(6, cls="discuss_list")}</div>
<div class="rich_media_extra"><div class="weui-panel"><div class="weui-panel__hd">喜欢此内容的人还喜欢</div>{likes}</div></div>
</div></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="wx_tips">预览时标签不可点</div>
</body></html>""",
        f"https://mp.weixin.qq.com/s/{n}AbCdEfGhIjKlMnOpQrStUv",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


# ---------------------------------------------------------------- batch 3
# Written after batch 2 was fixed, and measured on first sight the same way.


def ifeng(a: Article, n: int) -> Page:
    """凤凰网 article (React build): hashed classes, 24小时热点 cards, 网友评论 list."""
    c = Chrome(1100 + n)
    host = "news.ifeng.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_凤凰网资讯_凤凰网</title>
<meta name="og:time " content="{a.day} {a.clock or "00:00"}:21">
{c.style(4)}{c.script("allData", esc(a.title), 10)}
</head><body><div id="root">
<div class="index_header_2xYkr">{c.mega_nav("www.ifeng.com", groups=4, per_group=25, cls="index_nav_3rKs9")}</div>
<div class="index_artical_1Fl8X">
<div class="index_leftContent_3Nbi9">
<div class="index_topic_2S0S6"><h1 class="index_topic_2S0S6">{esc(a.title)}</h1>
<div class="index_timeBref_20hzr"><span>{cn_date(a)}</span><span class="index_source_3jVfT"><a>{esc(a.source)}</a></span></div></div>
<div class="index_main_content_j-HoG"><div class="index_text_D0U1y">
{paras(a, heading="<p><strong>{}</strong></p>")}
</div></div>
<div class="index_articleBottom_1ZHGH"><span>[责任编辑：赵{n}扬 PN{n}]</span></div>
<div class="index_declare_2pLJB"><p>特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。</p></div>
<div class="index_box_1dx3v"><div class="index_title_3Pm2Q">网友评论</div>
<div class="index_count_N3b3B">已有{c.rng.randint(10, 900)}人参与</div>{c.comments(7, cls="index_list_3Xy8H")}</div>
<div class="index_hot_box_P4Qk1"><div class="index_title_3Pm2Q">24小时热点</div>{c.teasers(host, "", 8, cls="index_cards_1xqv2", tag="div")}</div>
</div>
<div class="index_rightContent_1Mm0y">{c.hot_list(host, "大家都在看", 10, cls="index_rank_2kQfF")}
<div class="index_app_4Rz1p"><p>凤凰新闻客户端</p><p>打开APP，阅读全文</p></div></div>
</div>
<div class="index_footer_3oR0b"><p><a>凤凰新媒体介绍</a> <a>投资者关系</a> <a>Investor Relations</a> <a>广告服务</a> <a>诚征英才</a> <a>保护隐私权</a> <a>免责条款</a> <a>意见反馈</a></p>
<p>凤凰网版权所有 © 1998-2024 Phoenix New Media Limited All Rights Reserved.</p></div>
</div></body></html>""",
        f"https://news.ifeng.com/c/8{n}Abc{a.day.replace('-', '')}Xyz",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def sohu(a: Article, n: int) -> Page:
    """搜狐号 article: 返回搜狐 glued on, author column of latest articles with summaries."""
    c = Chrome(1200 + n)
    host = "www.sohu.com"
    lines = paras(a)
    last = lines.rfind("</p>")
    lines = (
        lines[:last]
        + '<a href="//www.sohu.com/?strategyid=00001" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>'
        + lines[last:]
    )
    latest = "".join(
        f'<div class="article-item"><a href="{c.url(host)}">{esc(c.headline())}</a><p>{esc(c.summary())}</p></div>'
        for _ in range(4)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_苏州_社会_组织</title>
<meta itemprop="datePublished" content="{a.day} {a.clock or "00:00"}">
<meta property="og:title" content="{esc(a.title)}">
{c.style(4)}{c.script("sohu_data", esc(a.title), 8)}
</head><body>
<div class="head-container">{c.mega_nav(host, groups=3, per_group=28, cls="head-nav")}</div>
<div class="article-page">
<div class="left main">
<div class="text">
<div class="text-title"><h1>{esc(a.title)}</h1>
<div class="article-info"><span class="time" id="news-time">{when(a)}</span><span>发布于：江苏省</span></div></div>
<article class="article" id="mp-editor">
{lines}
</article>
<p data-role="editor-name">责任编辑：<span></span></p>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="article-bottom"><span>阅读 ({c.rng.randint(100, 9999)})</span></div>
</div>
<div id="comment_area" class="cmt-area">我来说两句 <span>{c.rng.randint(0, 90)}人参与，{c.rng.randint(0, 30)}条评论</span>{c.comments(5, cls="c-list")}</div>
<div class="god-article">{c.teasers(host, "推荐阅读", 10, cls="news-list", tag="div")}</div>
</div>
<div class="sidebar right">
<div class="user-info"><div class="user-pic"><img src="/a.png"></div><h4>{esc(a.source)}</h4><p>{c.rng.randint(100, 9000)}文章 {c.rng.randint(10, 900)}万总阅读</p></div>
<div class="article-list"><div class="title">作者最新文章</div>{latest}</div>
{c.hot_list(host, "24小时热文", 10, cls="hot-article")}
</div></div>
<div class="footer">© 2024 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有</div>
</body></html>""",
        f"https://www.sohu.com/a/7{n}9123456_121106994",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def cctv(a: Article, n: int) -> Page:
    """央视网 article: video placeholder, 编辑/责任编辑 lines, 相关新闻 with pictures, big scripts."""
    c = Chrome(1300 + n)
    host = "news.cctv.com"
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta name="publishdate" content="{a.day}">
{c.style(3)}{c.script("itemData", esc(a.title), 12)}
</head><body>
<div class="header_nav">{c.mega_nav("www.cctv.com", groups=5, per_group=18, cls="nav_list")}</div>
<div class="column_wrapper">
<div class="col_w1200">
<div class="title_area"><h1>{esc(a.title)}</h1>
<div class="info1">来源：央视新闻客户端 | {cn_date(a)}</div></div>
<div class="content_area" id="content_area">
<p><span class="video_box">视频加载中...</span></p>
{paras(a)}
</div>
<div class="zebian"><p>编辑：孙{n}雨 责任编辑：刘{n}亮</p></div>
<div class="share_box">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="xgxw_box"><div class="tit">相关新闻</div>{c.teasers(host, "", 6, cls="xg_list")}</div>
<div class="app_tips"><p>更多精彩资讯，请在应用市场下载“央视新闻”客户端</p></div>
</div>
<div class="col_w400">{c.hot_list(host, "热点新闻", 10, cls="rdxw")}{c.hot_list(host, "视频推荐", 6, cls="sptj")}</div>
</div>
<div class="page_footer"><p>央视网简介 | 网站声明 | 联系我们 | 网站地图 | 招聘信息 | 广告服务</p>
<p>网络视听许可证0102004号 京ICP证060535号 京公网安备11000002000022号</p>
<p>Copyright© 1996-2024 CCTV.com All Rights Reserved 中央广播电视总台 版权所有</p></div>
{c.script("tongji", "统计", 4)}
</body></html>""",
        f"https://news.cctv.com/{a.day.replace('-', '/')}/ARTI{n}AbCdEfGh{a.day.replace('-', '')}.shtml",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def baijiahao(a: Article, n: int) -> Page:
    """百家号 article: paragraphs as spans in divs, author card with fans, feed with summaries."""
    c = Chrome(1400 + n)
    host = "baijiahao.baidu.com"
    out = []
    for line in shown(a):
        if line == "[img]":
            out.append('<div class="_1NCGf"><img class="_1g4Ex" src="https://pics0.baidu.com/x.jpeg"></div>')
        elif line.startswith("## "):
            out.append(f'<div class="dpu8C _2kCxD"><p><span class="bjh-p"><span class="bjh-strong">{esc(line[3:])}</span></span></p></div>')
        else:
            out.append(f'<div class="dpu8C _2kCxD"><p><span class="bjh-p">{esc(line)}</span></p></div>')
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}</title>
<meta itemprop="dateUpdate" content="{a.day} {a.clock or "00:00"}:00">
{c.style(4)}{c.script("DATA", esc(a.title), 10)}
</head><body>
<div id="header">{c.mega_nav("www.baidu.com", groups=2, per_group=20, cls="s-top-left")}</div>
<div id="ssr-content"><div class="_2jN0Z">
<div class="_1xi8_">
<div class="sKHSJ"><h1>{esc(a.title)}</h1></div>
<div class="_2gGWi"><div class="_2z0rc"><span>{esc(a.source)}</span></div><div class="_2sjh9"><span>{a.day} {a.clock}</span><span>江苏</span></div></div>
<div data-testid="article" class="_18p7x">
{"".join(out)}
</div>
<div class="_3tNyU"><span>举报/反馈</span></div>
</div>
<div class="_3hMwG"><div class="_2Fe5q">{esc(a.source)}</div><p>{c.rng.randint(1, 90)}万获赞 {c.rng.randint(1, 50)}万粉丝</p><p>{esc(a.source)}官方账号</p><button>关注</button></div>
<div class="_2bAk1">{c.teasers(host, "为你推荐", 10, cls="_3hYBM", tag="div")}</div>
<div class="_1Yyx6">{c.comments(6, cls="_2M4Ps")}</div>
</div></div>
<div id="footer">©2024 Baidu 使用百度前必读 京ICP证030173号 京公网安备11000002000001号</div>
</body></html>""",
        f"https://baijiahao.baidu.com/s?id=17{n}9876543210{a.day.replace('-', '')}",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


def xxgk(a: Article, n: int) -> Page:
    """A 政府信息公开 detail page: metadata table, body, 附件 list, 相关稿件 with dates, long footer."""
    c = Chrome(1500 + n)
    host = "www.wuxi.gov.cn"
    related = "".join(
        f'<li><a href="{c.url(host)}">{esc(c.headline())}</a><span class="date">{c.rng.randint(2020, 2024)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}</span></li>'
        for _ in range(8)
    )
    return Page(
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{esc(a.title)}_无锡市人民政府</title>
<meta name="ArticleTitle" content="{esc(a.title)}">
<meta name="PubDate" content="{a.day} {a.clock or "00:00"}">
{c.style(3)}{c.script("xxgk", "政府信息公开", 6)}
</head><body>
<div class="gov-top"><img src="/logo.png"><span>无锡市人民政府</span></div>
<div class="gov-menu">{c.mega_nav(host, groups=4, per_group=16, cls="gov-menu-list")}</div>
<div class="gov-wz">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>法定主动公开内容</a></div>
<div class="gov-xxgk">
<table class="xxgk-meta"><tr><th>索引号</th><td>01440000{n}/{a.day[:4]}-00{n}12</td><th>发布机构</th><td>无锡市民政局</td></tr>
<tr><th>生成日期</th><td>{a.day}</td><th>公开方式</th><td>主动公开</td></tr>
<tr><th>主题分类</th><td>民政</td><th>文号</th><td>锡民发〔{a.day[:4]}〕{n + 7}号</td></tr></table>
<div class="xxgk-detail">
<h1 class="xxgk-title">{esc(a.title)}</h1>
<div class="xxgk-info">发布日期：{when(a)}　来源：{esc(a.source)}</div>
<div class="xxgk-body">
{paras(a, p='<p style="text-indent:2em">')}
</div>
<div class="xxgk-fj"><p>附件：1.申报表.docx</p><p>附件：2.汇总表.xlsx</p></div>
<div class="xxgk-tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
</div>
<div class="xxgk-xggj"><div class="tit">相关稿件</div><ul>{related}</ul></div>
</div>
<div class="gov-foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>网站声明</a></p>
<p>主办单位：无锡市人民政府办公室　承办单位：无锡市大数据管理局</p>
<p>网站标识码：3202000004　苏ICP备05001111号　苏公网安备 32020202000111号</p>
<p>为确保最佳浏览效果，建议您使用Chrome、Firefox、Edge等浏览器，分辨率1366×768以上浏览本网站。</p></div>
</body></html>""",
        f"https://www.wuxi.gov.cn/doc/{a.day.replace('-', '/')}/{n}4123456.shtml",
        a.title,
        when(a),
        paragraphs=gold_paragraphs(a),
    )


Template = Callable[[Article, int], Page]

# Which articles each template carries: the brief sits on templates with long
# disclaimers and comment blocks on purpose, the long feature on busy ones.
PLAN: dict[str, tuple[Template, tuple[str, ...]]] = {
    # batch 1, measured on first sight before any fix
    "sina": (sina, ("kuaixun", "changwen")),
    "netease": (netease163, ("fenye", "shegong")),
    "people": (people_paged, ("fenye", "duanxin")),
    "govtrs": (gov_trs_table, ("huiji", "kuaixun")),
    "toutiao": (toutiao, ("changwen", "duanping")),
    # batch 2: hashed or neutral class names, article in a list item, <br> text,
    # <section> paragraphs; measured on first sight before any fix
    "qq": (qq, ("kuaixun", "jiaotong")),
    "thepaper": (thepaper, ("changwen", "duanxin")),
    "cityli": (city_li, ("fenye", "kuaixun")),
    "jcms": (jcms, ("zhengce", "duanxin")),
    "wechat": (wechat, ("changwen", "kuaixun")),
    # batch 3, written after batch 2 was fixed; measured on first sight before any fix
    "ifeng": (ifeng, ("kuaixun", "tiyu")),
    "sohu": (sohu, ("changwen", "gongyi")),
    "cctv": (cctv, ("duanxin", "keji")),
    "baijiahao": (baijiahao, ("kuaixun", "wenhua")),
    "xxgk": (xxgk, ("zhengce", "kuaixun")),
}


def main() -> None:
    """Render every planned page and its gold into this folder (body_* files only)."""
    for old in [*OUT.glob("body_*.html"), *OUT.glob("body_*.json")]:
        old.unlink()
    for name, (template, keys) in PLAN.items():
        for n, key in enumerate(keys):
            article = BY_KEY[key]
            page = template(article, n)
            write_page(OUT, f"body_{name}", f"body_{name}_{key}", page, article)


if __name__ == "__main__":
    main()
