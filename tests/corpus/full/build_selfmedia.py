# ruff: noqa: E501  (page templates: HTML lines as the sites write them)
"""Write batches 43–44 of the `unseen_` pages: the classes the second set of real pages showed.

Run from the repository root:  .venv/bin/python -m tests.corpus.full.build_selfmedia

The second held-out set of real pages (kept outside the repository, never
copied here) showed eleven classes of misses; these templates reproduce them
with text of our own, in the shapes the platforms use: self-media reprints
with 公众号 credits, 独立观点 / 授权 boxes and app promotions (虎嗅, 36氪, 钛媒体,
界面, 腾讯新闻 styles), a portal column closed by an authorisation and stance
line, a 网易号 industry story closed by a research house's advertisement, an
old portal story with a credit glued to its last sentence, 转播到腾讯微博 and a
精彩视频推荐 box, a 政务公开 bulletin with a 关联稿件 list under the headline, a
生成日期 in its metadata table and a later PubDate, and a magazine page with
its time in an author-and-share bar, a 题图来自 credit and an app-store
prompt.  They were written after the classes were fixed (tuned on, not first
sight).  Pages are unseen_b<batch>_<template>_<article>, the gold as in
build_unseen.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from newswatch.pipeline.extract.dates import SHANGHAI

from tests.corpus.full.blind_articles import BLIND_ARTICLES
from tests.corpus.full.build_unseen import Page, cn_day, render, when, write_batches
from tests.corpus.full.chrome import Chrome, esc
from tests.corpus.full.unseen_articles import UArticle

TODAY = "2026年12月3日 星期四"

# New texts for the self-media and industry templates (shared with no other page).
SELFMEDIA_ARTICLES: tuple[UArticle, ...] = (
    UArticle(
        "yuedu",
        "短视频时代，长文章还有人读吗？",
        "2025-06-10",
        "14:00",
        "某某研究社",
        "周航",
        "",
        (
            "每天早上打开手机，信息流里最先跳出来的，往往是十几秒的短视频和几行字的快讯。长文章似乎正在从人们的阅读清单上消失。",
            "## 数据里的读者",
            "一家内容平台今年发布的用户报告显示，超过六成受访者每天阅读长文章的时间不足十分钟，但也有近两成用户表示，每周会专门留出时间读完几篇深度报道。",
            "研究者把后一类人称为“沉浸型读者”。他们更在意信息的可靠和完整，愿意为一篇写得扎实的稿子付出时间，甚至付费订阅。",
            "## 写作者的应对",
            "不少编辑部开始调整做法：把长报道拆成几个小标题，在开头给出要点，在文末附上延伸材料，让读者可以按自己的节奏读下去。",
            "一位从业二十年的编辑说，读者从来没有离开好内容，只是他们的时间被切得更碎了，写作者要做的是让每一段都值得停留。",
        ),
    ),
    UArticle(
        "xiaofei",
        "县城消费的新变化：从“买得到”到“买得好”",
        "2025-06-21",
        "11:39",
        "网易财经",
        "王立阳",
        "",
        (
            "过去几年，县城的商业版图悄悄发生了变化。连锁咖啡店、品牌折扣店和大型商超陆续开进县城，居民不必再跑到市区才能买到心仪的商品。",
            "从一些上市公司的财报看，县域门店的销售增速已经连续多个季度高于一二线城市门店。这背后既有返乡人口带回的消费习惯，也有物流网络下沉带来的便利。",
            "不过，县城消费并不是简单复制城市模式。县城居民对价格更敏感，对熟人口碑更看重，商家需要在选品、定价和服务上做更细的功课。",
            "可以预见，未来几年县城仍将是消费增长的重要来源，谁能真正读懂县城居民的需求，谁就能在这一轮竞争中占得先机。",
        ),
    ),
    UArticle(
        "chuneng",
        "新型储能材料研制成功 可在零下40摄氏度稳定工作",
        "2025-05-15",
        "11:36",
        "某某科技观察",
        "",
        "",
        (
            "近日，某高校材料学院团队宣布，成功研制出一种新型固态储能材料，解决了低温环境下储能效率骤降的行业难题。",
            "据介绍，该材料采用多层纳米结构，在零下40摄氏度至85摄氏度的宽温度范围内都能稳定工作，并已在多种功率的电池系统上完成了验证。",
            "团队负责人表示，目前他们正在与企业合作，开展便携式电源、无人机和电动两轮车等产品的设计开发，预计明年可进入小批量试产。",
            "数据显示，我国新型储能装机规模近三年年均增长超过一倍，低温性能一直是制约其在北方地区推广的重要因素。",
        ),
    ),
    UArticle(
        "jiyi",
        "研究团队推出会“记笔记”的人工智能系统",
        "2025-10-14",
        "07:17",
        "腾讯科技",
        "",
        "",
        (
            "一家人工智能实验室近日发布了一套新的神经网络系统。与以往的模型不同，它配备了一块可以读写的外部存储器，能够像人一样边做题边记笔记。",
            "研究人员介绍，这套系统可以在看过一张地铁线路图之后，回答“从某站出发换乘两次能否到达某地”这样的问题，也能梳理一个大家族成员之间的复杂关系。",
            "专家认为，让人工智能学会利用记忆，是它从识别走向推理的重要一步。不过，这类系统目前仍需要大量训练数据，距离实际应用还有一段路要走。",
            "该实验室表示，希望这项技术能够推动计算行业实现更多突破。相关研究成果已发表在国际学术期刊《自然》上。",
        ),
    ),
    UArticle(
        "tongji",
        "某某县2024年国民经济和社会发展统计公报",
        "2025-05-11",
        "",
        "某某县统计局",
        "",
        "",
        (
            "2024年，全县上下坚持稳中求进工作总基调，扎实推进高质量发展，全县经济运行总体平稳、稳中有进。",
            "## 一、综合",
            "全年实现地区生产总值268.4亿元，按可比价格计算，比上年增长5.6%。其中，第一产业增加值31.2亿元，增长3.4%；第二产业增加值112.7亿元，增长6.1%；第三产业增加值124.5亿元，增长5.7%。",
            "年末户籍人口58.3万人，其中城镇人口25.6万人，乡村人口32.7万人。全年出生人口4012人，死亡人口4468人。",
            "## 二、农业",
            "全年粮食播种面积64.8万亩，比上年增加0.6万亩；粮食总产量26.9万吨，增长1.8%。",
            "注释：公报中部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
        ),
    ),
)
BY_KEY = {article.key: article for article in (*SELFMEDIA_ARTICLES, *BLIND_ARTICLES)}


def _ymd(a: UArticle) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in a.day.split("-"))
    return y, m, d


def _news_page(
    c: Chrome, host: str, site: str, title: str, main: str, side: str, head: str = ""
) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}{c.style(4)}{c.script("pageData", title, 5)}</head>
<body><div class="top"><div class="w"><span>{TODAY}</span><a>登录</a><a>注册</a><a>App下载</a></div></div>
<div class="logo-bar"><a class="logo"><img src="/img/logo.png" alt="{site}"></a></div>
{c.mega_nav(host, groups=4, per_group=14)}
<div class="w main"><div class="l">{main}</div><div class="r">{side}</div></div>
<div class="footer"><p><a>关于我们</a> | <a>加入我们</a> | <a>联系我们</a></p>
<p>Copyright © 2012-2026 {site} 版权所有　京ICP备12345678号</p></div></body></html>"""


# ---------------------------------------------------------------- batch 43: the real set's classes


def huxiu(a: UArticle, n: int) -> Page:
    """虎嗅-like reprint: 公众号 credit above and below, 独立观点 line, 授权 box broken over two lines, app promo."""
    c = Chrome(4301)
    host = "www.huxiu.example.com"
    credit = (
        f"本文来自微信公众号：{a.source}（ID：moumou{n}），作者：{a.author}，标题图来自视觉中国"
    )
    main = f"""<div class="article-wrap"><h1 class="t-h1">{esc(a.title)}</h1>
<div class="article-author"><a class="author-name">{a.source}</a><span class="article-time">{a.day} {a.clock}</span><span class="article-share">收藏 评论</span></div>
<div class="article-content-wrap"><p class="text-remarks">{credit}</p>
{render(a, p="<p>{}</p>", heading="<p><strong>{}</strong></p>")}
<p class="text-remarks">{credit}</p></div>
<div class="neirong-shouquan"><span>*文章为作者独立观点，不代表虎嗅网立场</span><br>本文由 {a.source} 授权<br><a>虎嗅网</a> 发表，并经虎嗅网编辑。转载此文章须经作者同意，并请附上出处(虎嗅网)及本页链接。原文链接：https://{host}/article/{n}3071.html</div>
<div class="huxiu-app"><p>未来面前，你我还都是孩子，还不去下载 <a>虎嗅App</a> 猛嗅创新！</p></div>
{c.teasers(host, "相关推荐", 5, "recommend-box")}</div>"""
    html = _news_page(
        c, host, "虎嗅网", f"{a.title}-虎嗅网", main, c.hot_list(host, "热文", 8, "hot-article")
    )
    return Page(html, f"https://{host}/article/{n}3071.html", when(a))


def column(a: UArticle, n: int) -> Page:
    """网易财经 column-like: 来源 line with seconds, the author's authorisation and stance line after the text."""
    c = Chrome(4302)
    host = "money.163.example.com"
    main = f"""<div class="post_crumb"><a>网易首页</a> &gt; <a>财经频道</a> &gt; <a>亦观察</a> &gt; 正文</div>
<h1>{esc(a.title)}</h1>
<div class="post_time_source">{a.day} {a.clock}:05　来源: <a>{a.source}</a></div>
<div class="post_text" id="endText"><p class="otitle">（原标题：{esc(a.title)}）</p>{render(a, p="<p>　　{}</p>")}
<p>　　本文为{a.author}授权网易财经《亦观察》发布，转载请注明出处。本文仅为作者观点，不代表网易立场。</p>
<div class="ep-source">本文来源：{a.source}　作者：{a.author}　责任编辑：王晓_NF5619</div></div>
{c.teasers(host, "相关新闻", 5, "post_recommends")}"""
    html = _news_page(
        c, host, "网易", f"{a.title}_网易财经", main, c.hot_list(host, "排行", 10, "rank")
    )
    return Page(html, f"https://{host}/15/0621/11/{n}AT59.html", when(a))


def dyhao(a: UArticle, n: int) -> Page:
    """网易号-like: a research house's report advertisement as the last paragraph, then 特别声明."""
    c = Chrome(4303)
    host = "www.163.example.com"
    promo = (
        "立足学术前沿，远瞻产业发展。更多数据请参考某某产业研究院《2025-2030年中国新型储能行业发展前景预测与投资战略规划分析报告》，"
        "同时某某产业研究院提供产业大数据、产业规划、产业招商引资、IPO募投可研等解决方案。"
    )
    main = f"""<div class="post_main"><h1 class="post_title">{esc(a.title)}</h1>
<div class="post_info">{a.day} {a.clock}:29　来源: <a>{a.source}</a></div>
<div class="post_body">{render(a, p="<p>{}</p>")}<p>{promo}</p>
<p class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>
{c.teasers(host, "热点新闻", 5, "post_recommend")}</div>"""
    html = _news_page(
        c, host, "网易", f"{a.title}|储能_网易订阅", main, c.link_list(host, 8, "side")
    )
    return Page(html, f"https://{host}/dy/article/G{n}LTCMN0514.html", when(a))


def qqold(a: UArticle, n: int) -> Page:
    """2016 腾讯科技-like: （编译/…） glued to the last sentence, 转播到腾讯微博, a 精彩视频推荐 box with a teaser."""
    c = Chrome(4304)
    host = "tech.qq.example.com"
    paragraphs = [f"<p>{esc(p)}</p>" for p in a.paragraphs]
    paragraphs[-1] = f"<p>{esc(a.paragraphs[-1])}（编译/林某东）</p>"
    y, m, d = _ymd(a)
    main = f"""<div class="hd"><h1>{esc(a.title)}</h1>
<div class="tit-bar"><span class="a_catalog"><a>科技</a></span><span class="a_source">{a.source}</span><span class="a_time">{a.day} {a.clock}</span></div></div>
<div class="bd" id="Cnt-Main-Article-QQ">{"".join(paragraphs)}
<div class="weibo-zhuanbo"><a>转播到腾讯微博</a></div>
<div class="videoRec"><h3>精彩视频推荐</h3><p><a href="https://v.qq.example.com/{n}.html">全民微信时代，用语音发六十秒是种怎样的体验？</a></p></div></div>
{c.teasers(host, "相关新闻", 5, "rel-news")}"""
    html = _news_page(
        c, host, "腾讯科技", f"{a.title}_科技_腾讯网", main, c.hot_list(host, "排行", 10)
    )
    return Page(html, f"https://{host}/a/{y}{m:02d}{d:02d}/00{n}270.htm", when(a))


def xxgk(a: UArticle, n: int) -> Page:
    """政务公开 bulletin: metadata table above the headline (生成日期), a PubDate months later,
    a 关联稿件 list with its own date under the headline, （本文有删减） after the text."""
    c = Chrome(4305)
    host = "www.moumou.gov.example.cn"
    y = _ymd(a)[0]
    head = f'<meta name="PubDate" content="{y}-08-16 10:33:59"><meta name="ColumnName" content="统计数据">'
    table = f"""<div class="meta-data"><dl>
<dd><label>索 引 号：</label><div>014742224A/{y}-00{n}3406</div></dd>
<dd><label>生成日期：</label><div>{a.day}</div></dd>
<dd><label>公开方式：</label><div>主动公开</div></dd>
<dd><label>责任部门：</label><div>{a.source}</div></dd></dl></div>"""
    related = f"""<div class="article-reldocuments"><h3><span>关联稿件：</span></h3><ul class="common_newslist"><li>
<a href="https://{host}/tjjd/{y}07/{n}.shtml" title="图文解读：《{esc(a.title)}》">图文解读：《{esc(a.title)}》</a>
<span class="time">{y}-07-12</span></li></ul></div>"""
    body = render(
        a,
        p='<p style="text-indent:2em">{}</p>',
        heading='<p style="text-indent:2em"><strong>{}</strong></p>',
    )
    main = f"""<div class="xxgk-crumb">您当前所在位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>统计数据</a></div>
{table}<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-attr"><span class="llcs">访问量：<b>1632</b></span></div>
{related}<div class="article-content" id="zoomcon">{body}<p>（本文有删减）</p></div>"""
    html = _news_page(
        c,
        host,
        "某某县人民政府",
        f"{a.title} _ 某某县人民政府",
        main,
        c.link_list(host, 8, "xxgk-side"),
        head,
    )
    return Page(html, f"https://{host}/xxgk/tjsj/{y}05/{n}c5400397df.shtml", a.day)


# ---------------------------------------------------------------- batch 44: more platforms' spellings


def magazine(a: UArticle, n: int) -> Page:
    """好奇心日报-like: the time glued to the author's name in an author-share bar, 题图来自, app-store prompt."""
    c = Chrome(4401)
    host = "www.qdaily.example.com"
    main = f"""<div class="article-detail-hd"><p class="category"><span>智能</span></p><h2 class="title">{esc(a.title)}</h2></div>
<div class="article-detail-bd"><div class="author-share"><div class="author"><img src="/face/{n}.jpg"><span class="name">谢某含</span><span class="date">{a.day} {a.clock}:02</span></div>
<div class="com-share-favor"><a>微信</a><a>微博</a><span>74</span></div></div>
<div class="detail">{render(a, p="<p>{}</p>", heading="<h3>{}</h3>")}<p>题图来自 某某图库</p>
<p class="app-promo">喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。</p></div></div>
{c.teasers(host, "相关文章", 4, "related-articles")}"""
    html = _news_page(
        c, host, "好奇心日报", f"{a.title}|好奇心日报", main, c.link_list(host, 6, "side")
    )
    return Page(html, f"https://{host}/articles/{n}8282.html", when(a))


def kr36(a: UArticle, n: int) -> Page:
    """36氪-like: 公众号 credit with 经授权发布 above the text, 该文观点 statement below."""
    c = Chrome(4402)
    host = "36kr.example.com"
    main = f"""<div class="article-wrapper"><h1 class="article-title">{esc(a.title)}</h1>
<div class="article-title-icon"><a class="author">{a.source}</a><span class="item-time">·{a.day} {a.clock}</span></div>
<div class="summary">{esc(a.paragraphs[0][:40])}……</div>
<div class="common-width content articleDetailContent"><p>本文来自微信公众号“{a.source}”（ID：sz{n}gy），作者：{a.author or "李某"}，36氪经授权发布。</p>
{render(a, p="<p>{}</p>", heading="<h3>{}</h3>")}
<p>该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。</p></div></div>
{c.teasers(host, "推荐阅读", 5, "kr-recommend")}"""
    html = _news_page(c, host, "36氪", f"{a.title}-36氪", main, c.hot_list(host, "24小时热榜", 8))
    return Page(html, f"https://{host}/p/2{n}93061.html", when(a))


def tmtpost(a: UArticle, n: int) -> Page:
    """钛媒体-like: 本文系作者…授权钛媒体发表，并经钛媒体编辑 and a 更多精彩内容 follow line after the text."""
    c = Chrome(4403)
    host = "www.tmtpost.example.com"
    main = f"""<article><h1>{esc(a.title)}</h1>
<div class="post-info"><a class="color-orange">{a.author or "陈某"}</a><span class="time">{a.day} {a.clock}</span></div>
<div class="inner">{render(a, p="<p>{}</p>", heading="<h2>{}</h2>")}
<p>（本文系作者 {a.author or "陈某"} 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接）</p>
<p>更多精彩内容，关注钛媒体微信号（ID：taimeiti），或者下载钛媒体App</p></div></article>
{c.teasers(host, "相关文章", 5, "post-related")}"""
    html = _news_page(
        c, host, "钛媒体", f"{a.title}-钛媒体官方网站", main, c.link_list(host, 8, "side")
    )
    return Page(html, f"https://{host}/{n}61245.html", when(a))


def jiemian(a: UArticle, n: int) -> Page:
    """界面-like reprint: 本文为转载内容 line, an image credit, 转发到朋友圈 prompt."""
    c = Chrome(4404)
    host = "www.jiemian.example.com"
    main = f"""<div class="article-header"><h1>{esc(a.title)}</h1>
<div class="article-info"><span class="author">{a.source}</span><span class="date">{cn_day(a)} {a.clock}</span></div></div>
<div class="article-img"><img src="/img/{n}.jpg"><p>图片来源：某某图库</p></div>
<div class="article-content">{render(a, p="<p>{}</p>")}
<p class="reprint">本文为转载内容，授权事宜请联系原著作权人。</p></div>
<div class="share-bottom"><span>转发到朋友圈</span></div>
{c.teasers(host, "相关推荐", 5, "related-list")}"""
    html = _news_page(c, host, "界面新闻", f"{a.title}|界面新闻", main, c.hot_list(host, "热门", 8))
    return Page(html, f"https://{host}/article/{n}188206.html", when(a))


def wxread(a: UArticle, n: int) -> Page:
    """WeChat 公众号 post closed by a 点击【阅读原文】 prompt and a 公众号 reprint credit."""
    c = Chrome(4405)
    body = render(
        a,
        p='<p style="text-indent:2em;"><span style="font-size:15px;">{}</span></p>',
        heading="<p><strong>{}</strong></p>",
    )
    ct = 1749513600 + n * 3600
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<meta property="og:title" content="{esc(a.title)}">{c.style(5)}</head>
<body id="activity-detail"><div class="rich_media"><h1 class="rich_media_title" id="activity-name">{esc(a.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a>{a.source}</a></span><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content">{body}
<p>本文转载自微信公众号“{a.source}”，已获授权。</p>
<p>点击【阅读原文】，马上报名吧！</p></div>
<div class="rich_media_tool_area"><a>阅读原文</a><span>阅读 2345</span><span>在看 12</span></div></div>
<script>var ct = "{ct}";{c.script("wx", a.title, 6)[8:-9]}</script></body></html>"""
    shown = datetime.fromtimestamp(ct, tz=UTC).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    return Page(html, f"https://mp.weixin.qq.com/s/{n}Xk3aTqM", shown)


BATCHES: dict[int, list[tuple[str, Callable[[UArticle, int], Page], str]]] = {
    43: [
        ("huxiu", huxiu, "yuedu"),
        ("column", column, "xiaofei"),
        ("dyhao", dyhao, "chuneng"),
        ("qqold", qqold, "jiyi"),
        ("xxgk", xxgk, "tongji"),
    ],
    44: [
        ("magazine", magazine, "yuedu"),
        ("kr36", kr36, "shouhu"),
        ("tmtpost", tmtpost, "xiaofei"),
        ("jiemian", jiemian, "zhuxue"),
        ("wxread", wxread, "sidianban"),
    ],
}


def main() -> None:
    """Render batches 43–44 into this folder (their unseen_b43/b44 files only)."""
    write_batches(BATCHES, BY_KEY)


if __name__ == "__main__":
    main()
