"""Article metadata read off the page: title, source, editor, author and tags.

The headline itself is found by headline.py and the publication time by
published.py; `find_title` and `strip_site_affixes` stay importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.headline import find_headline, strip_site_affixes
from newswatch.pipeline.extract.selectors import select_text
from newswatch.pipeline.extract.text import normalize_line

_TAG_SEPARATORS = re.compile(r"[\s,，、;；|]+")
# Label words a name pattern can swallow: "发布" of 发布时间, "更新" of 更新日期.
_LABEL_HEADS = frozenset(("发布", "更新", "录入", "发表", "发文", "成文", "印发", "审核"))
_LABEL_TAILS = ("时间", "日期", "人")

__all__ = [
    "find_labelled",
    "find_title",
    "labelled_value",
    "lines_after",
    "parse_tags",
    "strip_label",
    "strip_site_affixes",
]


def find_title(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    title_tag: str,
    fallback: str | None = None,
) -> str:
    """The article's headline, without the site and channel names <title> adds.

    See headline.py for the order; `fallback` (a title found elsewhere) is
    used only when the page gives none at all.
    """
    return find_headline(root, selectors, rules, title_tag).text or normalize_line(fallback or "")


def find_labelled(
    root: HtmlElement,
    selectors: Sequence[str],
    patterns: Sequence[re.Pattern[str]],
    rules: BuiltinRules,
    line_groups: Sequence[Sequence[str]],
) -> str | None:
    """A labelled field (来源, 责编…): from `selectors`, else the first "label：value" line."""
    selected = select_text(root, selectors)
    if selected:
        # "2023-08-21 15:42 来源：扬子晚报网" holds more than the value; "来源：交汇点" a label.
        return labelled_value([[selected]], patterns) or strip_label(selected, rules) or None
    return labelled_value(line_groups, patterns)


def labelled_value(
    line_groups: Sequence[Sequence[str]], patterns: Sequence[re.Pattern[str]]
) -> str | None:
    """The `value` group of the first line, over `line_groups` in order, matching a pattern."""
    for lines in line_groups:
        for line in _with_label_lines_joined(lines):
            for pattern in patterns:
                match = pattern.search(line)
                if match:
                    return _without_label_head(normalize_line(match["value"]), line, match)
    return None


def _with_label_lines_joined(lines: Sequence[str]) -> Iterator[str]:
    """Every line, and a label cell ("来源：") joined with the value cell after it."""
    for index, line in enumerate(lines):
        yield line
        if line.endswith((":", "：")) and index + 1 < len(lines):
            yield f"{line}{lines[index + 1]}"


def _without_label_head(value: str, line: str, match: re.Match[str]) -> str:
    """ "罗斌 发布" read from "编辑：罗斌　发布时间：…" -> "罗斌": the last word began a label."""
    if not line[match.end("value") :].startswith(_LABEL_TAILS):
        return value
    head, _, last = value.rpartition(" ")
    return head if head and last in _LABEL_HEADS else value


def strip_label(text: str, rules: BuiltinRules) -> str:
    """A selected value without its label: "来源：新华报业网" -> "新华报业网"."""
    for pattern in rules.labels.value_prefix:
        text = pattern.sub("", text, count=1)
    return normalize_line(text)


def parse_tags(value: str | None) -> tuple[str, ...]:
    """The tags of a 标签 line's value; () when it is empty."""
    if not value:
        return ()
    return tuple(tag for tag in _TAG_SEPARATORS.split(value) if tag)


def lines_after(lines: Sequence[str], title: str) -> list[str]:
    """The lines from the headline on (the whole page when the headline is not found).

    Headers above the headline show today's date and site-wide links; the
    article's own time and source line sits right under the headline.
    """
    if title:
        for index, line in enumerate(lines):
            if title in line:
                return list(lines[index:])
    return list(lines)
