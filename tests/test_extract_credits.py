"""Credits read from labelled lines: the value stops where the next label starts."""

from __future__ import annotations

import pytest
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
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
