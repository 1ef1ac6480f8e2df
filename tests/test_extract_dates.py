"""Publication times: Chinese date formats, dates in URLs, and the URL cross-check."""

from __future__ import annotations

from datetime import datetime

import pytest
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.dates import (
    SHANGHAI,
    PublishedTime,
    date_from_url,
    find_dates,
    parse_published,
    reconcile,
)
from newswatch.pipeline.extract.published import line_time

URL_RULES = load_builtin_rules().url_dates


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("2022/06/28 18:05", at(2022, 6, 28, 18, 5), True),
        ("2022-06-28 18:05:31", at(2022, 6, 28, 18, 5), True),
        ("2022年06月28日 18:05", at(2022, 6, 28, 18, 5), True),
        ("2022年6月8日18:05", at(2022, 6, 8, 18, 5), True),
        ("2022.06.28 08:05", at(2022, 6, 28, 8, 5), True),
        ("发布日期：2024-03-01", at(2024, 3, 1), False),
        ("发布日期：2024-03-01　来源：苏州市民政局　浏览次数：", at(2024, 3, 1), False),
        ("2022/06/28 18:05  新华报业网", at(2022, 6, 28, 18, 5), True),
        ("2024-01-11 18:30来源：交汇点作者：赵婧", at(2024, 1, 11, 18, 30), True),
        ("2022-06-28T10:05:31Z", at(2022, 6, 28, 18, 5), True),
        ("2022-06-28T18:05:00+08:00", at(2022, 6, 28, 18, 5), True),
        ("2024年06月28日 星期五 17:30　来源：市民政局", at(2024, 6, 28, 17, 30), True),
        ("发布时间：2024年06月30日 12时30分", at(2024, 6, 30, 12, 30), True),
        # a 12-hour clock after the half of the day
        ("2024年4月11日 下午3:47", at(2024, 4, 11, 15, 47), True),
        ("2024年4月11日 中午12:30", at(2024, 4, 11, 12, 30), True),
        ("2024-04-11 上午9:05", at(2024, 4, 11, 9, 5), True),
        # the hour written 点, after the weekday and the half of the day
        ("2025年11月18日 星期二 上午7点35分　来源：昆山日报", at(2025, 11, 18, 7, 35), True),
        ("2025年11月18日 下午2点05分", at(2025, 11, 18, 14, 5), True),
        # WordPress's "F jS, Y" in a Chinese locale, and its comments' "at 12:02 下午"
        ("其它内容 十一月 6th, 2009", at(2009, 11, 6), False),
        ("十一月 6th, 2009 at 12:40 下午", at(2009, 11, 6, 12, 40), True),
        ("三月 1st, 2011 at 9:05 下午", at(2011, 3, 1, 21, 5), True),
        # Chinese numerals as 公文 write them, and English month names
        ("二〇二四年五月六日", at(2024, 5, 6), False),
        ("发布日期：二〇二四年十二月三十一日", at(2024, 12, 31), False),
        ("2024年五月6日", at(2024, 5, 6), False),
        ("May 6th, 2024", at(2024, 5, 6), False),
        ("Nov. 6, 2009 at 12:02 pm", at(2009, 11, 6, 12, 2), True),
        ("2024年4月11日 晚上11:20", at(2024, 4, 11, 23, 20), True),
        # month first (Drupal), or day first when the first number cannot be a month
        ("Submitted by admin on 周六, 04/13/2024 - 11:20", at(2024, 4, 13, 11, 20), True),
        ("13/04/2024", at(2024, 4, 13), False),
        # AM / PM after the clock (Singapore), midnight and noon included
        (
            "发布 / 2024年10月22日 2:05 PM更新 / 2024年10月23日 9:30 AM",
            at(2024, 10, 22, 14, 5),
            True,
        ),
        ("2024-10-22 12:30 AM", at(2024, 10, 22, 0, 30), True),
        ("2024-10-22 12:30 PM", at(2024, 10, 22, 12, 30), True),
        # the Republic of China calendar: with its era name, or right after a label
        ("中華民國113年6月15日", at(2024, 6, 15), False),
        ("發布日期：113-06-15", at(2024, 6, 15), False),
        ("2024-06-28 周五 09:00", at(2024, 6, 28, 9, 0), True),
        ("2026年12月02日 星期三 农历冬月初二", at(2026, 12, 2), False),
        ("2024年8月26日 19时48分", at(2024, 8, 26, 19, 48), True),
    ],
)
def test_chinese_date_formats(text: str, expected: datetime, has_time: bool) -> None:
    found = parse_published(text)
    assert found is not None
    assert (found.value, found.has_time) == (expected, has_time)
    assert found.value.utcoffset().total_seconds() == 8 * 3600


@pytest.mark.parametrize(
    "text", ["", "浏览次数：1024", "2022-13-01", "2022-02-30 10:00", "1888-01-01", "电话：20220628"]
)
def test_text_without_a_valid_date(text: str) -> None:
    assert parse_published(text) is None


def test_trs_url_date() -> None:
    found = date_from_url("https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml", URL_RULES)
    assert found == PublishedTime(at(2022, 6, 28), False, "the URL")


def test_e_paper_url_date() -> None:
    found = date_from_url("http://epaper.example.cn/gswb/html/2024-10/09/content_1.htm", URL_RULES)
    assert found is not None
    assert (found.value, found.has_time) == (at(2024, 10, 9), False)


def test_year_and_month_day_url_date() -> None:
    found = date_from_url("http://js.people.example.com.cn/n2/2024/0912/c360302-1.html", URL_RULES)
    assert found is not None
    assert (found.value, found.has_time) == (at(2024, 9, 12), False)


def test_objectid_url_time_is_its_first_eight_hex_digits() -> None:
    found = date_from_url("https://www.xhby.net/content/s69cf8f3fe4b09a6c3e096de6.html", URL_RULES)
    assert found is not None
    assert found.value == datetime.fromtimestamp(0x69CF8F3F, SHANGHAI).replace(second=0)
    assert found.value.date().isoformat() == "2026-04-03"
    assert found.has_time


@pytest.mark.parametrize(
    "url", [None, "", "https://www.xhby.net/sz/index.shtml", "https://x.cn/t20221399_1.shtml"]
)
def test_urls_without_a_date(url: str | None) -> None:
    assert date_from_url(url, URL_RULES) is None


def test_page_time_within_a_day_of_the_url_date_is_kept() -> None:
    page = PublishedTime(at(2022, 6, 29, 23, 50), True, "the info line")
    url = PublishedTime(at(2022, 6, 28), False, "the URL")
    assert reconcile(page, url).value == page.value
    assert reconcile(page, url).warning is None


def test_url_date_wins_when_the_page_is_more_than_a_day_off() -> None:
    page = PublishedTime(at(2019, 6, 28, 18, 5), True, "the info line")
    url = PublishedTime(at(2022, 6, 28), False, "the URL")
    chosen = reconcile(page, url)
    assert chosen.value == at(2022, 6, 28)
    assert chosen.warning is not None
    assert "the info line" in chosen.warning
    assert "2019-06-28 18:05" in chosen.warning
    assert "2022-06-28" in chosen.warning


def test_two_full_times_more_than_24_hours_apart_disagree() -> None:
    page = PublishedTime(at(2024, 1, 12, 20, 0), True)
    url = PublishedTime(at(2024, 1, 11, 18, 12), True, "the URL")
    assert reconcile(page, url).value == url.value


def test_url_date_when_the_page_has_none() -> None:
    url = PublishedTime(at(2025, 5, 20, 16, 47), True, "the URL")
    assert reconcile(None, url).value == url.value
    assert reconcile(None, url).warning is None
    assert reconcile(None, None).value is None


def test_a_bare_date_is_midnight_in_shanghai() -> None:
    found = parse_published("2024-03-01")
    assert found is not None
    assert found.value.isoformat() == "2024-03-01T00:00:00+08:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("2024年8月26日 19时48分", [(0, at(2024, 8, 26, 19, 48))]),
        ("2024.08.26 19:48", [(0, at(2024, 8, 26, 19, 48))]),
        (
            "更新时间：2024-06-03 15:30　发布时间：2024-05-30",
            [(5, at(2024, 6, 3, 15, 30)), (27, at(2024, 5, 30))],
        ),
        ("Copyright © 1999-2024 江南在线", []),
        ("第2024-13-45期", []),
    ],
)
def test_every_date_in_a_line_with_its_position(
    text: str, expected: list[tuple[int, datetime]]
) -> None:
    assert [(start, found.value) for start, found in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("line", "expected", "rank"),
    [
        # 发布 wins over a date labelled otherwise, wherever it sits in the line
        ("更新时间：2024-06-03 15:30　发布时间：2024-05-30　来源：x", at(2024, 5, 30), 0),
        ("发布时间：2024-05-16　更新时间：2024-06-03 15:30", at(2024, 5, 16), 0),
        ("成文日期：2024-09-05 发布日期：2024-09-11", at(2024, 9, 11), 0),
        # an unlabelled date ranks above one labelled 更新 / 成文
        ("修改时间：2024-06-03 2024-05-30 09:00 来源：x", at(2024, 5, 30, 9, 0), 1),
        ("2024-05-16 08:18 来源：常熟日报", at(2024, 5, 16, 8, 18), 1),
        # a line whose only date is an update still yields it, ranked last
        ("更新时间：2024-06-03 15:30", at(2024, 6, 3, 15, 30), 2),
    ],
)
def test_line_time_prefers_the_publication_label(line: str, expected: datetime, rank: int) -> None:
    found = line_time(line)
    assert found is not None
    assert (found[0].value, found[1]) == (expected, rank)


def test_line_time_of_a_line_without_a_date() -> None:
    assert line_time("来源：常熟日报　作者：陈思远") is None
