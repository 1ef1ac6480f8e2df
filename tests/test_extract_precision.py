"""published_precision travels from the extractor into the database and back to the reader."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.pipeline.article import TimePrecision
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Article
from newswatch.scheduler.display import local_time
from sqlalchemy import select

from tests.corpus.dev import load_dev_corpus

PAGES = {page.name: page for page in load_dev_corpus()}
RELEVANT = Judgement(score=9.0, relevant=True, matched_terms={"社会组织": 3}, topics={})


def test_a_date_only_page_is_stored_as_a_day_and_shown_without_a_time(tmp_path: Path) -> None:
    day_page, minute_page = PAGES["govli_pinggu"], PAGES["people_hangye"]
    db = open_database(f"sqlite:///{tmp_path / 'news.db'}")
    repo = ArticleRepository(db)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for page in (day_page, minute_page):
        article = extract_article(page.html, page.url)
        repo.save(page.url, "src", article, RELEVANT, fingerprint(article.text), now)
    with db.session() as session:
        rows = {row.url: row for row in session.scalars(select(Article))}
    day, minute = rows[day_page.url], rows[minute_page.url]
    assert (day.published_precision, minute.published_precision) == ("day", "minute")
    assert local_time(day.published_at, "Asia/Shanghai", day.published_precision) == "2024-04-02"
    assert local_time(minute.published_at, "Asia/Shanghai", minute.published_precision) == (
        "2023-06-15 08:18"
    )
    db.dispose()


def test_precision_is_the_enum_and_none_without_a_time() -> None:
    article = extract_article(PAGES["cityafter_duanping"].html)
    assert article.published_precision is TimePrecision.DAY
    assert article.to_json()["published_precision"] == "day"


_PARAGRAPHS = (
    "<p>记者从市民政局获悉，全市社区社会组织培育工作稳步推进，已有注册志愿者五千二百余名，累计服务时长三万多小时。</p>"
    "<p>市民政局相关负责人介绍，下一步将完善服务机制，推动互助养老与社区社会组织、养老服务机构联动，覆盖更多社区。</p>"
)


def _page(head: str, above: str, below: str, after: str = "", headline: str = "") -> bytes:
    """A small article page: `above` and `below` the headline, `after` the body."""
    title = headline or "常熟试点时间银行互助养老"
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_江南在线</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a> <a href='/bd'>本地新闻</a></div>{above}"
        f"<h1>{title}</h1>{below}<div class='content'>{_PARAGRAPHS}</div>{after}"
        "<div class='footer'>Copyright © 1999-2024 江南在线</div></body></html>"
    ).encode()


_COMMENTS = (
    "<div class='comment'><p>点赞！</p><span>2024-04-23 20:59</span><a>回复</a></div>"
    "<div class='comment'><p>希望落到实处。</p><span>2024-04-23 21:50</span></div>"
)


@pytest.mark.parametrize(
    ("page", "shown", "precision"),
    [
        pytest.param(
            _page("", "", "", f"<div class='pub'>发布日期：2024-04-23</div>{_COMMENTS}"),
            "2024-04-23",
            TimePrecision.DAY,
            id="same-day comment times never complete a bare date",
        ),
        pytest.param(
            _page("", "", "<div>发布时间：2024-05-16　更新时间：2024-06-03 15:30　来源：x</div>"),
            "2024-05-16",
            TimePrecision.DAY,
            id="an update time is not the publication time",
        ),
        pytest.param(
            _page("", "", "<div>更新时间：2024-06-03 15:30　发布时间：2024-05-30　来源：x</div>"),
            "2024-05-30",
            TimePrecision.DAY,
            id="发布 wins when 更新 comes first",
        ),
        pytest.param(
            _page(
                "", "<div class='bar'>2026年12月02日 星期三</div>", "<div>2024-09-11 来源：x</div>"
            ),
            "2024-09-11",
            TimePrecision.DAY,
            id="the header bar's today is not the date",
        ),
        pytest.param(
            _page(
                "",
                "<div class='prev'>上一篇：<a>全市安全生产工作会议召开</a> 2024-08-26 07:00</div>"
                "<div class='t'>2024-08-26 19:48　苏州高新区</div>",
                "",
            ),
            "2024-08-26 19:48",
            TimePrecision.MINUTE,
            id="the time above the headline, not the 上一篇 teaser's",
        ),
        pytest.param(
            _page(
                "<meta name='publishdate' content='2024-08-26'>",
                "",
                "<div class='m'><span>苏州高新区</span><span>08-26 19:48</span></div>",
                headline="高新区新建三所公办幼儿园<br>秋季开学新增学位1800个",
            ),
            "2024-08-26 19:48",
            TimePrecision.MINUTE,
            id="year-less time under a headline broken by <br>",
        ),
        pytest.param(
            _page(
                "<meta name='PubDate' content='2024-06-28 00:00:00'>",
                "",
                "<div>日期：2024-06-28</div>",
            ),
            "2024-06-28",
            TimePrecision.DAY,
            id="a midnight in a meta tag is no time",
        ),
        pytest.param(
            _page(
                "",
                "<table><tr><td>成文日期：</td><td>2024-09-05</td></tr>"
                "<tr><td>发布日期：</td><td>2024-09-11</td></tr></table>",
                "",
            ),
            "2024-09-11",
            TimePrecision.DAY,
            id="发布日期 beats 成文日期 in a metadata table",
        ),
        pytest.param(
            _page(
                '<script type="application/ld+json">{"@type":"NewsArticle",'
                '"datePublished":"2024-02-21T16:55:00+08:00"}</script>',
                "<ul class='gd'><li><a>滚动新闻一则</a> <span>2024-02-21 09:30</span></li></ul>",
                "",
            ),
            "2024-02-21 16:55",
            TimePrecision.MINUTE,
            id="JSON-LD before a dated scroll list",
        ),
        pytest.param(
            _page(
                "<meta name='lastmodified' content='2024-11-02 10:00:00'>"
                "<meta name='publish_date' content='2024-07-19 09:05:00'>",
                "",
                "",
            ),
            "2024-07-19 09:05",
            TimePrecision.MINUTE,
            id="a publish_date meta tag, not lastmodified",
        ),
        pytest.param(
            _page("", "", "<div>2024年06月28日 星期五 17:30　来源：市民政局</div>"),
            "2024-06-28 17:30",
            TimePrecision.MINUTE,
            id="the weekday between date and time",
        ),
        pytest.param(
            _page(
                "",
                "",
                "<div class='date'><span>2024</span>\n<span>08-26</span>\n<span>19:48</span>\n"
                "<span>苏州高新区</span></div>",
            ),
            "2024-08-26 19:48",
            TimePrecision.MINUTE,
            id="year, day and time on separate source lines",
        ),
        pytest.param(
            _page(
                "",
                "<div class='top'>2026-12-02 15:43</div>",
                "<table><tr><td>发布时间：</td><td>2024-10-14 08:02</td><td>来源：</td>"
                "<td>姑苏区应急管理局</td></tr></table>",
            ),
            "2024-10-14 08:02",
            TimePrecision.MINUTE,
            id="labels and values in separate cells, a header clock above",
        ),
        pytest.param(
            _page(
                "",
                "",
                "",
                "<p style='text-align:right'>吴江区民政局</p>"
                "<p style='text-align:right'>2024年6月24日</p>"
                "<div class='foot'>发布日期：2024-06-28　浏览：12</div>",
            ),
            "2024-06-28",
            TimePrecision.DAY,
            id="the 发布日期, not the notice's signing date above it",
        ),
        pytest.param(
            _page(
                "",
                "",
                "<p>经市政府同意，自2024年7月1日起，城乡低保标准提高。</p>",
                "<div class='foot'>发布日期：2024-06-28</div>",
            ),
            "2024-06-28",
            TimePrecision.DAY,
            id="a date in a sentence under the headline is not the publication date",
        ),
        pytest.param(
            _page(
                '<script type="application/ld+json">{"@graph":[{"@type":"WebPage",'
                '"dateModified":"2024-12-01T09:00:00+08:00"},{"@type":"NewsArticle",'
                '"datePublished":"2024-04-23T15:06:00+08:00",'
                '"dateModified":"2024-11-30T10:00:00+08:00"}]}</script>',
                "",
                "<div>发布：2024-04-23</div>",
            ),
            "2024-04-23 15:06",
            TimePrecision.MINUTE,
            id="JSON-LD @graph datePublished, never dateModified",
        ),
        pytest.param(
            _page("", "", "<div>2024-05-16 08:18　来源：常熟日报　阅读 1200　赞 5</div>"),
            "2024-05-16 08:18",
            TimePrecision.MINUTE,
            id="an info line ending in a like count is no comment",
        ),
    ],
)
def test_never_an_invented_or_borrowed_time(
    page: bytes, shown: str, precision: TimePrecision
) -> None:
    article = extract_article(page)
    assert article.published_at is not None
    fmt = "%Y-%m-%d %H:%M" if precision is TimePrecision.MINUTE else "%Y-%m-%d"
    assert (article.published_at.strftime(fmt), article.published_precision) == (shown, precision)


def test_a_year_less_time_completes_the_url_date_not_the_header_bar() -> None:
    page = _page(
        "",
        "<div class='hd'><a>首页</a><span>2026-12-02</span></div>",
        "<div class='pub'>发布于 03-07 10:42:09　吴江日报</div>",
    )
    article = extract_article(page, "https://www.example.cn/2024/03/07/t20240307_88.shtml")
    assert article.published_at is not None
    assert (article.published_at.strftime("%Y-%m-%d %H:%M"), article.published_precision) == (
        "2024-03-07 10:42",
        TimePrecision.MINUTE,
    )
    assert article.warnings == ()
