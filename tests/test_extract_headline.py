"""The headline: the line a reader sees as the title, whatever <title> and og:title add or lack."""

from __future__ import annotations

import pytest
from lxml.html import document_fromstring
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.headline import find_headline, headline_line

RULES = load_builtin_rules()
HEADLINE = "张家港为困难重度残疾人免费安装无障碍设施"
PARAGRAPH = (
    "<p>今年以来，张家港市残联实施困难重度残疾人家庭无障碍改造项目，"
    "已为320户家庭免费安装扶手、坡道等设施。</p>"
)


QUOTED = "常熟试点“时间银行”互助养老 一年存入服务时长三万小时"


def headline_of(head: str, body: str) -> str:
    root = document_fromstring(
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/gzdt'>工作动态</a> "
        f"<a href='/xxgk'>政府信息公开</a> <a href='/yw'>要闻</a></div>"
        f"{body}{PARAGRAPH}</body></html>"
    )
    return find_headline(root, [], RULES, root.findtext(".//title") or "").text


@pytest.mark.parametrize(
    ("head", "body"),
    [
        pytest.param(
            f"<title>{HEADLINE}--部门动态--苏州市人民政府</title>",
            f"<h1>{HEADLINE}<br><span>——自7月1日起执行</span></h1>",
            id="副题 after a <br> in the same <h1>",
        ),
        pytest.param(
            f"<title>{HEADLINE}_本地新闻_江南在线</title>",
            f"<div class='yinti'>低龄帮高龄 今天存明天取</div><h1>{HEADLINE}</h1>"
            "<h2 class='futi'>全市已有46个社区开设服务网点</h2>",
            id="引题 above and 副题 below",
        ),
        pytest.param(
            f"<title>{HEADLINE}-要闻-相城新闻网</title>",
            f"<h1><a href='/'>相城新闻网</a></h1><h1>要闻</h1><h1>{HEADLINE}</h1>",
            id="logo, channel and headline <h1>s",
        ),
        pytest.param(
            f"<title>{HEADLINE}（图）-新闻频道-江海网</title>",
            f"<h1>{HEADLINE}</h1>",
            id="（图） marker in <title>",
        ),
        pytest.param(
            "<title>张家港市人民政府 政府信息公开</title>"
            '<meta name="SiteName" content="张家港市人民政府">',
            f"<table><tr><td>发布日期：</td><td>2024-09-11</td></tr><tr><td>{HEADLINE}</td></tr></table>",
            id="<title> only site and channel, headline in a table cell",
        ),
        pytest.param(
            "<title>工作动态</title>",
            f"<h1>工作动态</h1><h2>{HEADLINE}</h2><div>发布时间：2024年10月14日</div>",
            id="<title> and the only <h1> are the channel",
        ),
        pytest.param(
            f'<title>{HEADLINE}</title><meta property="og:title" content="{HEADLINE} - 无线苏州">',
            f"<div>2024-08-26 19:48</div><h3>{HEADLINE}</h3>",
            id="og:title with the app's name, headline in an <h3>",
        ),
        pytest.param(
            f"<title>{HEADLINE}·太仓新闻网</title>",
            f"<div class='hd'>{HEADLINE}</div>",
            id="middle-dot suffix, headline in a <div>",
        ),
        pytest.param(
            f"<title>太仓新闻网：{HEADLINE}</title>",
            f"<div class='hd'>{HEADLINE}</div>",
            id="full-width colon prefix",
        ),
        pytest.param(
            f"<title>{HEADLINE[:12]}..._中吴网</title>",
            f"<div class='list-tit'>热点新闻</div><div class='title'>{HEADLINE}</div>",
            id="<title> cut short with ...",
        ),
        pytest.param(
            '<title>常熟试点"时间银行"互助养老 一年存入服务时长三万小时 - 常熟网</title>',
            "<div class='article-title'>常熟试点“时间银行”互助养老 一年存入服务时长三万小时</div>",
            id="<title> with half-width quotes",
        ),
        pytest.param(
            f"<title>{HEADLINE} | 江苏新闻</title>",
            f"<h1><span class='yt'>聚焦民生</span>{HEADLINE}</h1>",
            id="引题 in a <span> inside the <h1>",
        ),
        pytest.param(
            f"<title>{HEADLINE[:10]}_新闻频道_苏州新闻网</title>",
            f"<div class='tit-box'><h1>{HEADLINE}</h1><p>2024-09-11 来源：x</p></div>",
            id="<title> holds the headline's start only",
        ),
    ],
)
def test_the_headline_as_the_page_shows_it(head: str, body: str) -> None:
    assert headline_of(head, body) in (HEADLINE, QUOTED)
    assert (headline_of(head, body) == QUOTED) == ("时间银行" in head)


@pytest.mark.parametrize(
    ("lines", "title", "expected"),
    [
        (["首页", "常熟试点 一年存入", "正文"], "常熟试点 一年存入", 1),
        (
            ["首页", "高新区新建三所公办幼儿园", "秋季开学新增学位1800个", "正文"],
            "高新区新建三所公办幼儿园 秋季开学新增学位1800个",
            1,
        ),
        (["首页", "高新区", "别的"], "高新区新建三所公办幼儿园", None),
        (["首页"], "", None),
    ],
)
def test_headline_line_finds_a_headline_broken_over_lines(
    lines: list[str], title: str, expected: int | None
) -> None:
    assert headline_line(lines, title) == expected
