"""Candidate selection, headlines and publication times on small pages, one class of page each."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import document_fromstring
from newswatch.pipeline.article import ExtractionError, ListPageError, TimePrecision
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.choice import PageLines, ScoreWeights, score
from newswatch.pipeline.extract.density import densest_container
from newswatch.pipeline.extract.headline import find_headline

RULES = load_builtin_rules()
SHORT = "3月27日，相城区民政局举办社会组织年检集中辅导会，全区120余家社会组织负责人参加。"
LONG = (
    "近日，苏州市民政局印发社区社会组织培育发展三年行动方案，提出到2026年底，全市每个城市社区"
    "平均拥有不少于15个社区社会组织，每个农村社区平均拥有不少于8个社区社会组织。"
)
DISCLAIMER = (
    "本网站所刊载信息仅供参考，读者据此作出的任何判断与决定，本网站不承担任何责任，"
    "所载文章、数据仅供参考，使用前请核实，风险自负，文章内容不代表本网站观点与立场。"
)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_short_article_wins_over_a_longer_unknown_disclaimer_further_down() -> None:
    filler = "".join(f"<div class='x{i}'><a href='/{i}'>栏目{i}</a></div>" for i in range(12))
    html = page(
        "<title>相城区开展社会组织年检集中辅导_相城新闻</title>",
        "<h1>相城区开展社会组织年检集中辅导</h1><div class='info'>2024-03-28 15:06</div>"
        f"<div class='text'><p>{SHORT}</p></div>{filler}<div class='legal'><p>{DISCLAIMER}</p></div>",
    )
    article = extract_article(html)
    assert article.text == SHORT


def test_comment_notices_are_never_the_article() -> None:
    html = page(
        "<title>通知_某网</title>",
        "<h1>通知</h1><div class='cmt'><p>网友评论仅供其表达个人看法，并不表明本网同意其观点。</p>"
        "<p>已有0人参与，0条评论</p><p>发表评论</p></div>",
    )
    with pytest.raises(ExtractionError, match="no article text"):
        extract_article(html)


def test_density_scorer_finds_the_container_of_the_paragraphs() -> None:
    root = document_fromstring(
        page(
            "",
            "<div class='side'><p><a href='/a'>社会组织党建工作推进会在南京召开</a></p></div>"
            f"<div id='main'><p>{LONG}</p><p>{SHORT}</p></div>"
            f"<div class='footer'><p>{DISCLAIMER}</p></div>",
        )
    )
    container = densest_container(root, RULES.density.negative, lambda line: False)
    assert container is not None and container.get("id") == "main"


def test_score_penalises_boilerplate_share_and_distance_from_the_headline() -> None:
    weights = ScoreWeights(max_junk_share=0.8, slack_lines=2, scale_lines=2)
    lines = ["标题", "正文开始", *(f"栏目{i}" for i in range(10)), "远处的段落"]
    near = PageLines.of(lines, "标题", frozenset())
    clean = score(["正文开始"], ["正文开始"], near, weights)
    assert score(["正文开始", "责编：张三"], ["正文开始"], near, weights) < clean
    assert score(["远处的段落"], ["远处的段落"], near, weights) < score(
        ["正文开始。"], ["正文开始。"], near, weights
    )
    mostly_junk = [
        "正文",
        "责编：张三李四王五",
        "扫一扫在手机打开当前页",
        "【打印本页】【关闭窗口】",
    ]
    assert score(mostly_junk, ["正文"], near, weights) == 0


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # <title> names only the channel: the headline sits in the page
        (
            "<title>工作动态</title>",
            "<a href='/gzdt'>工作动态</a><table><tr><td class='title'>相城区开展社会组织年检集中辅导</td></tr></table>",
            "相城区开展社会组织年检集中辅导",
        ),
        # a "--" separated site suffix, headline in a div.tit
        (
            "<title>退役军人服务站实现全覆盖--吴江区人民政府</title>",
            "<div class='tit'>退役军人服务站实现全覆盖</div>",
            "退役军人服务站实现全覆盖",
        ),
        # <title> holds the site name; JSON-LD confirms the <h1>
        (
            '<title>苏州市民政局</title><meta property="og:site_name" content="苏州市民政局">'
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"全市婚姻登记服务"}</script>',
            "<div class='logo'>苏州市民政局</div><h1>全市婚姻登记服务</h1>",
            "全市婚姻登记服务",
        ),
        # the site name after a space, no heading on the page
        (
            '<title>志愿服务联合会成立 东区办事处</title><meta property="og:site_name" content="东区办事处">',
            "<p>正文</p>",
            "志愿服务联合会成立",
        ),
        # a channel suffix the page links to
        (
            "<title>昆曲浮生六记首演-纪检</title>",
            "<a href='/jj'>纪检</a><p>正文</p>",
            "昆曲浮生六记首演",
        ),
        # the page links to its own headline (a "latest news" sidebar): still the headline
        (
            "<title>苏州出台社区社会组织培育发展三年行动方案_苏州日报</title>",
            "<h1>苏州出台社区社会组织培育发展三年行动方案</h1><ul class='latest'>"
            "<li><a href='/a.html'>苏州出台社区社会组织培育发展三年行动方案</a></li></ul>",
            "苏州出台社区社会组织培育发展三年行动方案",
        ),
        # og:title when <title> carries a channel suffix
        (
            '<title>昆曲浮生六记首演-纪检</title><meta property="og:title" content="昆曲浮生六记首演">',
            "<a href='/jj'>纪检</a><p>正文</p>",
            "昆曲浮生六记首演",
        ),
    ],
)
def test_headline(head: str, body: str, expected: str) -> None:
    root = document_fromstring(page(head, body))
    title_tag = root.findtext(".//title") or ""
    assert find_headline(root, [], RULES, title_tag).text == expected


def _published(head: str, info: str, after: str = "", url: str | None = None) -> tuple[str, str]:
    html = page(
        f"<title>全市社会组织工作会议召开_苏州</title>{head}",
        f"<h1>全市社会组织工作会议召开</h1>{info}<div class='text'><p>{LONG}</p></div>{after}",
    )
    article = extract_article(html, url)
    assert article.published_at is not None and article.published_precision is not None
    return article.published_at.strftime("%Y-%m-%d %H:%M"), str(article.published_precision)


@pytest.mark.parametrize(
    ("head", "info", "after", "expected"),
    [
        ("", "<div>2019年06月15日08:18 | 来源：人民网</div>", "", ("2019-06-15 08:18", "minute")),
        (
            "",
            "<div><span><em> 2024</em></span><span><em> 02</em>/<em>27</em></span><span>16:05:12</span></div>",
            "",
            ("2024-02-27 16:05", "minute"),
        ),
        ("", "", "<div>发布日期：2024-03-01 09:30</div>", ("2024-03-01 09:30", "minute")),
        (
            "",
            "<div>来源：区民政局　时间：2024-02-05 10:30　作者：办公室</div>",
            "",
            ("2024-02-05 10:30", "minute"),
        ),
        (
            '<meta itemprop="dateUpdate" content="2024-03-12">',
            "<div>发布时间：03-12 09:15</div>",
            "",
            ("2024-03-12 09:15", "minute"),
        ),
        (
            '<script type="application/ld+json">{"datePublished":"2024-05-20T20:30:00+08:00"}</script>',
            "",
            "",
            ("2024-05-20 20:30", "minute"),
        ),
        (
            '<meta name="PubDate" content="2024-04-02 00:00">',
            "<div>发布时间：2024-04-02</div>",
            "",
            ("2024-04-02 00:00", "day"),
        ),
        ("", "<div>发布日期：2024-04-02</div>", "", ("2024-04-02 00:00", "day")),
        ('<script>var ct = "1694002500";</script>', "", "", ("2023-09-06 20:15", "minute")),
        (
            "",
            '<div>发布于 <time datetime="2024-05-20T20:30:00+08:00">2024年5月20日</time></div>',
            "",
            ("2024-05-20 20:30", "minute"),
        ),
        ("", "<p class='date'>2024-3-12　点击：88</p>", "", ("2024-03-12 00:00", "day")),
    ],
)
def test_publication_time(head: str, info: str, after: str, expected: tuple[str, str]) -> None:
    assert _published(head, info, after) == expected


def test_a_date_only_meta_takes_the_time_shown_on_the_same_day() -> None:
    head = '<meta name="publishdate" content="2023-06-15">'
    assert _published(head, "<div>2023年06月15日08:18 | 来源：人民网</div>") == (
        "2023-06-15 08:18",
        "minute",
    )


def test_no_time_anywhere_is_no_time() -> None:
    html = page("<title>通知</title>", f"<h1>通知</h1><p>{LONG}</p>")
    article = extract_article(html)
    assert article.published_at is None and article.published_precision is None


def test_url_date_alone_is_a_day() -> None:
    html = page("<title>通知</title>", f"<h1>通知</h1><p>{LONG}</p>")
    article = extract_article(html, "http://www.x.gov.cn/a/202403/t20240301_1.shtml")
    assert article.published_precision is TimePrecision.DAY


def test_list_pages_are_refused_only_when_asked() -> None:
    items = "".join(
        f"<li><a href='/{i}.html'>第{i}条新闻标题社会组织工作动态</a><span>2024-05-{i + 10}</span>"
        f"<p>第{i}条新闻的摘要，近日相关部门召开会议，对下一阶段工作作出部署。</p></li>"
        for i in range(10)
    )
    html = page("<title>工作动态_苏州市民政局</title>", f"<a href='/'>工作动态</a><ul>{items}</ul>")
    with pytest.raises(ListPageError, match="looks like a list page"):
        extract_article(html, reject_list_pages=True)
    assert extract_article(html).text


DEMO = Path(__file__).resolve().parent.parent / "scheduler" / "demosite" / "www"


@pytest.mark.parametrize(
    "list_page",
    ["sz/yw/index.shtml", "sz/index.html", "sz/index_2.html", "szsmzj/shzz/nav_list.shtml"],
)
def test_the_demo_sites_list_pages_are_list_pages(list_page: str) -> None:
    with pytest.raises(ListPageError, match="looks like a list page"):
        extract_article((DEMO / list_page).read_bytes(), reject_list_pages=True)


def test_the_demo_sites_articles_are_not_list_pages() -> None:
    articles = [p for p in DEMO.rglob("*.*htm*") if "index" not in p.name and "list" not in p.name]
    assert len(articles) > 20
    for path in articles:
        try:
            extract_article(path.read_bytes(), reject_list_pages=True)
        except ListPageError:
            pytest.fail(f"{path} taken for a list page")
        except ExtractionError:
            pass  # the demo's broken pages have no article at all


def test_an_article_with_a_long_related_list_is_not_a_list_page() -> None:
    items = "".join(
        f"<li><a href='/{i}.html'>第{i}条相关新闻标题社会组织工作</a></li>" for i in range(12)
    )
    html = page(
        "<title>全市社会组织工作会议召开_苏州</title>",
        f"<h1>全市社会组织工作会议召开</h1><div class='text'><p>{LONG}</p><p>{LONG}</p></div>"
        f"<h3>相关新闻</h3><ul>{items}</ul>",
    )
    assert extract_article(html, reject_list_pages=True).text == f"{LONG}\n{LONG}"


# Reader comments and teasers with summaries, in blocks whose class names say nothing.
COMMENTS = "".join(
    f"<div class='r{i % 2}x'><p>江苏网友{i} [江苏苏州] {i + 1}小时前</p>"
    f"<p>说得太好了！希望各地都能落实到位，让老百姓真正得到实惠，给工作人员点个赞。{i}</p>"
    f"<p>回复 赞({i})</p></div>"
    for i in range(6)
)
TEASERS = "".join(
    f"<div class='card'><a href='/n/{i}'><h3>全省养老服务机构安全隐患排查整治第{i}批</h3></a>"
    f"<p class='desc'>排查整治将持续到年底，重点检查消防安全、食品安全和服务质量等方面，各地要压实责任。{i}</p></div>"
    for i in range(6)
)


@pytest.mark.parametrize("chrome", [COMMENTS, TEASERS], ids=["comments", "teasers"])
def test_comment_and_teaser_records_never_win_nor_leak(chrome: str) -> None:
    html = page(
        "<title>相城区开展社会组织年检集中辅导</title>",
        "<div class='a'><h1>相城区开展社会组织年检集中辅导</h1><div>2024-03-28 15:06</div>"
        f"<div class='b'><p>{SHORT}</p></div><div class='c'><div class='d'>推荐</div>{chrome}</div></div>",
    )
    assert extract_article(html).text == SHORT


def test_paragraphs_with_inline_parts_are_not_records() -> None:
    # WeChat splits a paragraph into spans; three alike paragraphs stay article text
    body = "".join(
        f"<p><span>{LONG[:30]}{i}，</span><span>{LONG[30:]}{i}</span></p>" for i in range(3)
    )
    html = page("<title>培育方案</title>", f"<h1>培育方案</h1><div class='t'>{body}</div>")
    assert len(extract_article(html).text.splitlines()) == 3


def test_an_article_in_a_list_item_is_not_merged_with_its_header() -> None:
    text = "<br>".join(f"　　{sentence}" for sentence in (SHORT, LONG))
    html = page(
        "<title>相城区开展社会组织年检集中辅导-中吴网</title>",
        "<ul class='list'><li><h2>相城区开展社会组织年检集中辅导</h2>"
        f"<div>来源：相城区民政局　时间：2024-03-28 15:06</div><div>{text}</div></li></ul>",
    )
    assert extract_article(html).text.splitlines() == [SHORT, LONG]


def test_a_policy_qa_built_of_alike_short_sections_is_article_text() -> None:
    # title-over-text blocks without links or times are only likely records: they stay
    sections = "".join(
        f"<div class='qa'><h4>{i}.申请条件</h4><p>年满60周岁、在本市居住满一年的老年人均可申请，第{i}项。</p></div>"
        for i in range(1, 5)
    )
    html = page(
        "<title>养老服务补贴政策问答</title>",
        f"<h1>养老服务补贴政策问答</h1><div>2024-03-28</div><div class='body'>{sections}</div>",
    )
    lines = extract_article(html).text.splitlines()
    assert len(lines) == 8
    assert lines[-1] == "年满60周岁、在本市居住满一年的老年人均可申请，第4项。"
