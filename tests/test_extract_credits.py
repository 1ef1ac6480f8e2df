"""Credits read from labelled lines: the value stops where the next label starts."""

from __future__ import annotations

import pytest
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.credits import byline_near_headline
from newswatch.pipeline.extract.metadata import labelled_value

LABELS = load_builtin_rules().labels


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        (
            "（来源：姑苏区应急管理局　作者：何静　编辑：罗斌　发布时间：2024年10月14日 08:02）",
            "罗斌",
        ),
        ("编辑：罗斌 更新日期：2024-10-14", "罗斌"),
        ("责任编辑：王晓燕 陆婷", "王晓燕 陆婷"),
        ("编辑：周敏", "周敏"),
    ],
)
def test_an_editor_never_ends_in_the_next_label(line: str, editor: str) -> None:
    assert labelled_value([[line]], LABELS.editor) == editor


def test_an_author_before_a_time_label() -> None:
    line = "来源：姑苏区应急管理局　作者：何静　发布时间：2024年10月14日 08:02"
    assert labelled_value([[line]], LABELS.author) == "何静"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（来源：姑苏区应急管理局　作者：何静）", "姑苏区应急管理局"),
        ("日期：2024年07月19日来源：昆山日报字体：大 中 小", "昆山日报"),
        ("2024-01-11 18:30来源：交汇点作者：赵婧", "交汇点"),
        ("本文来源说明：略", None),
    ],
)
def test_a_source_label_glued_to_what_precedes_it(line: str, source: str | None) -> None:
    assert labelled_value([[line]], LABELS.source) == source


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["苏州慈善总会发布年度报告", "苏州日报记者 沈家宁", "4月23日，……"], ["沈家宁"]),
        (["标题", "记者 王五 通讯员 赵六"], ["王五", "赵六"]),
        (["标题", "记者｜钱嘉怡"], ["钱嘉怡"]),
        (["标题", "记者从市民政局获悉，全市……"], []),
    ],
)
def test_a_byline_between_headline_and_text(lines: list[str], names: list[str]) -> None:
    assert byline_near_headline(lines, load_builtin_rules().credits) == names


def test_a_label_cell_and_its_value_cell() -> None:
    lines = ["发布时间：", "2024-10-14 08:02", "来源：", "姑苏区应急管理局", "访问次数："]
    assert labelled_value([lines], LABELS.source) == "姑苏区应急管理局"
