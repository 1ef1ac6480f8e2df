"""The built-in Chinese-news rules: boilerplate lines, credits, titles and the rules file."""

from __future__ import annotations

import re

import pytest
from lxml.html import document_fromstring
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import BOILERPLATE_FILE, load_builtin_rules
from newswatch.pipeline.extract.credits import names_in, split_trailing_credit, take_credits
from newswatch.pipeline.extract.metadata import find_title, parse_tags, strip_site_affixes
from newswatch.pipeline.extract.selectors import css_to_xpath, invalid_xpaths

RULES = load_builtin_rules()
CLEANER = LineCleaner(RULES)
PROSE = (
    "6月28日下午，苏州市社会组织党委隆重举办第二届“红社发布”活动，市民政局有关负责人出席并讲话。",
    "活动现场，苏州市社会组织纪委揭牌，省、市社会组织党建示范点授牌，部分等级社会组织授牌。",
)


MEETING = "苏州市召开2024年全市社会组织工作会议"


def clean(*lines: str, title: str = "") -> list[str]:
    return CLEANER.clean(list(lines), title)


@pytest.mark.parametrize(
    "line",
    [
        "二维码.jpg",
        "微信图片_20220608103224.jpg",
        "wyjbL_副本.png",
        "read_image_看图王.jpg",
        "21913916_943198.jpg",
        "网上不良信息_00.png",
        "IMG_0012.JPG",
        "新华报业网 > 苏州 > 资讯 > 正文",
        "当前位置：首页 > 新闻动态",
        "首页 > 正文",
        "标签:",
        "标签：社会组织 公益",
        "责编:王建旸",
        "责任编辑：吴越",
        "编辑：张三 校对：李四",
        "（编辑：顾佳）",
        "校对 朱亚娟",
        "审核：沈伟",
        "【打印本页】【关闭窗口】",
        "【打印本页】 【关闭窗口】",
        "【】 【】",
        "【字体：大 中 小】",
        "打印本页 关闭窗口",
        "分享到：",
        "分享到： 微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "微信扫一扫",
        "浏览次数：",
        "浏览次数：1024",
        "2022/06/28 18:05 新华报业网",
        "2023-08-21 15:42:10 来源：扬子晚报网",
        "发布日期：2024-03-01 来源：苏州市民政局 浏览次数：",
        "信息来源：姑苏区民政局 发布时间：2023-10-18 15:26 【字体：大 中 小】",
        "新华报业网版权所有",
        "上一篇：苏州发布“五一”假期文旅消费数据",
        "END",
        "（完）",
        "关注该公众号",
        "写留言",
        "| 首页 政务公开 部门动态 办事服务 互动交流 |",
    ],
)
def test_boilerplate_lines_are_dropped_anywhere(line: str) -> None:
    assert clean(PROSE[0], line, PROSE[1]) == list(PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "分享会在苏州市社会组织服务中心举行，30余家社会组织负责人参加。",
        "关闭高速公路入口的措施将持续到明天上午。",
        "扫描二维码即可报名参加活动。",
        "主办单位：苏州市民政局",
        "记者从苏州海关获悉，今年前8个月苏州外贸进出口总额同比增长5.3%。",
        "2024年3月1日，苏州市召开全市社会组织工作会议。",
        "一、参赛对象",
        "展览现场。苏州博物馆供图",
        "《激活红色引擎 全力抗击疫情》等20个案例获评最佳案例。",
    ],
)
def test_article_lines_that_look_like_boilerplate_are_kept(line: str) -> None:
    assert clean(PROSE[0], line, PROSE[1]) == [PROSE[0], line, PROSE[1]]


@pytest.mark.parametrize(
    "heading",
    [
        "版权和免责声明",
        "版权声明：凡来源为新华报业网的稿件…",
        "免责声明：本站转载稿件…",
        "转载请注明来源",
        "未经授权，不得转载",
        "网站标识码：3205000023 苏ICP备10219920号-3",
        "苏ICP备05007135号",
        "Copyright © 2001-2022 新华报业网 All Rights Reserved",
    ],
)
def test_footer_heading_drops_everything_after_it(heading: str) -> None:
    after = [
        "本文内容与新华报业网无关，请读者仅作参考并自行核实相关内容，谢谢。",
        "二维码.jpg",
        "相关网站",
    ]
    assert clean(*PROSE, heading, *after) == list(PROSE)


def test_footer_heading_above_the_body_only_drops_itself() -> None:
    assert clean("版权声明", *PROSE) == list(PROSE)


def test_site_footer_lines_right_above_the_footer_go_with_it() -> None:
    notice = [PROSE[0], "主办单位：苏州市民政局", PROSE[1], "苏州市民政局"]
    footer = ["主办单位：苏州市民政局 地址：苏州市三香路120号", "网站标识码：3205000023"]
    assert clean(*notice, *footer) == notice


@pytest.mark.parametrize(
    "heading",
    ["相关新闻", "相关阅读", "相关网站", "热点推荐", "【相关阅读】", "推荐阅读", "往期回顾"],
)
def test_related_news_block_is_dropped_up_to_the_next_paragraph(heading: str) -> None:
    lines = [
        PROSE[0],
        heading,
        "苏州发布社区社会组织培育三年行动计划",
        "吴江区公益创投项目路演举行",
        PROSE[1],
    ]
    assert clean(*lines) == list(PROSE)


def test_header_lines_above_the_info_line_are_dropped() -> None:
    lines = [
        "新华报业网 苏州 资讯",
        "第二届红社发布活动举行",
        "2022/06/28 18:05 新华报业网",
        *PROSE,
    ]
    assert clean(*lines) == list(PROSE)


def test_a_short_article_keeps_its_paragraphs_above_an_editor_line() -> None:
    assert clean(PROSE[0], "责编：王建旸", PROSE[1], "浏览次数：") == list(PROSE)


def test_repeated_title_is_dropped() -> None:
    assert clean("第二届红社发布活动举行", *PROSE, title="第二届红社发布活动举行") == list(PROSE)


def test_source_drop_lines_add_to_the_builtin_ones() -> None:
    cleaner = LineCleaner(RULES, (re.compile("^本报记者 "),))
    assert cleaner.clean([PROSE[0], "本报记者 张三 摄", PROSE[1]], "") == list(PROSE)


def test_trailing_credit_is_cut_and_becomes_the_author() -> None:
    last = "……充分发挥社会组织登记管理机关抓党建的职能优势。(邹玉芬)"
    paragraphs, names = split_trailing_credit([PROSE[0], last], RULES.credits)
    assert paragraphs == [PROSE[0], "……充分发挥社会组织登记管理机关抓党建的职能优势。"]
    assert names == ["邹玉芬"]


@pytest.mark.parametrize(
    ("last", "names"),
    [
        ("活动持续到年底。（张婧）", ["张婧"]),
        ("活动持续到年底。 （记者 王琪 通讯员 沈悦）", ["王琪", "沈悦"]),
        ("活动持续到年底。”（文/张三 图/李四）", ["张三", "李四"]),
        ("（邹玉芬）", ["邹玉芬"]),
    ],
)
def test_trailing_credit_forms(last: str, names: list[str]) -> None:
    assert split_trailing_credit([PROSE[0], last], RULES.credits)[1] == names


@pytest.mark.parametrize(
    "last",
    [
        "活动持续到年底。（完）",
        "苏州市社会组织党委(纪委)将联合登记管理机关",
        "出台了管理办法（试行）",
        "活动持续到年底。（资料图）",
        "活动持续到年底。（图片由受访者提供，有删节）",
    ],
)
def test_parentheses_that_are_not_credits_stay(last: str) -> None:
    assert split_trailing_credit([PROSE[0], last], RULES.credits) == ([PROSE[0], last], [])


def test_reporter_credit_in_the_lede_names_the_authors_and_stays_in_the_text() -> None:
    lede = "新华报业网讯（记者 朱琳 通讯员 陈洁）3月14日上午，幸福驿站正式启用。"
    credited = take_credits([lede, PROSE[1]], RULES.credits, 2)
    assert credited.paragraphs == [lede, PROSE[1]]
    assert credited.names == ["朱琳", "陈洁"]


def test_byline_line_is_removed_and_names_the_author() -> None:
    credited = take_credits(["扬子晚报/紫牛新闻记者 刘峻", *PROSE], RULES.credits, 2)
    assert credited.paragraphs == list(PROSE)
    assert credited.names == ["刘峻"]


def test_names_in_rejects_words_that_are_not_names() -> None:
    assert names_in("记者 张三 李四", RULES.credits) == ["张三", "李四"]
    assert names_in("文静", RULES.credits) == ["文静"]
    assert names_in("图片由受访者提供", RULES.credits) is None
    assert names_in("完", RULES.credits) is None


@pytest.mark.parametrize(
    ("title", "title_tag", "expected"),
    [
        ("标题一二三_新华报业网", "标题一二三_新华报业网", "标题一二三"),
        (f"苏州市民政局 - 新闻动态 - {MEETING}", f"苏州市民政局 - 新闻动态 - {MEETING}", MEETING),
        (f"{MEETING} - 新闻动态 - 苏州市民政局", f"{MEETING} - 新闻动态 - 苏州市民政局", MEETING),
        (
            f"吴中区人民政府 | 部门动态 | {MEETING}",
            f"吴中区人民政府 | 部门动态 | {MEETING}",
            MEETING,
        ),
        (
            "奋进新征程——苏州社会组织发展纪实",
            "奋进新征程——苏州社会组织发展纪实_新华报业网",
            "奋进新征程——苏州社会组织发展纪实",
        ),
        ("没有后缀的标题", "没有后缀的标题", "没有后缀的标题"),
    ],
)
def test_site_names_around_titles_are_stripped(title: str, title_tag: str, expected: str) -> None:
    assert strip_site_affixes(title, title_tag, RULES.title_separators) == expected


def test_a_headline_is_kept_as_written_and_a_logo_h1_is_not_taken_for_it() -> None:
    root = document_fromstring(
        "<html><head><title>99公益日｜这些项目等你支持_苏州慈善</title></head><body>"
        "<h1 class='logo'>苏州慈善</h1><div class='news-title'>99公益日｜这些项目等你支持</div>"
        "</body></html>"
    )
    assert find_title(root, [], RULES, "99公益日｜这些项目等你支持_苏州慈善", None) == (
        "99公益日｜这些项目等你支持"
    )


def test_tags() -> None:
    assert parse_tags("社区服务 养老、托育，志愿服务") == ("社区服务", "养老", "托育", "志愿服务")
    assert parse_tags("") == ()
    assert parse_tags(None) == ()


def test_rules_file_is_valid() -> None:
    assert BOILERPLATE_FILE.name == "boilerplate.yaml"
    selectors = RULES.selectors
    css = [
        *selectors.title,
        *selectors.published,
        *selectors.source,
        *selectors.author,
        *selectors.editor,
        *selectors.body,
        *selectors.headings,
        *RULES.prune,
    ]
    assert [selector for selector in css if css_to_xpath(selector) is None] == []
    assert invalid_xpaths(RULES.prune_xpath) == []
    assert RULES.limits.min_body_cjk == 50
