"""Article metadata read off the page: title, publication time, source, editor, tags."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lxml.html import HtmlElement
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.dates import PublishedTime, parse_published
from newswatch.pipeline.extract.selectors import select_elements, select_text
from newswatch.pipeline.extract.text import normalize_line

_TAG_SEPARATORS = re.compile(r"[\s,，、;；|]+")
_MIN_HEADING_CHARS = 4


def find_title(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    title_tag: str,
    fallback: str | None,
) -> str:
    """The article's headline, without the site and channel names <title> adds.

    Order: configured and built-in title selectors; a generic heading (h1…)
    whose text <title> contains; trafilatura's title; <title> itself.  Only
    the last two, which come from <title>, have site names stripped.
    """
    heading = select_text(root, [*selectors, *rules.selectors.title]) or confirmed_heading(
        root, rules.selectors.headings, title_tag
    )
    if heading:
        # A heading is the headline as written: "99公益日｜…" keeps its "｜".
        return heading
    candidate = normalize_line(fallback or "") or title_tag
    return strip_site_affixes(candidate, title_tag, rules.title_separators)


def confirmed_heading(root: HtmlElement, selectors: Sequence[str], title_tag: str) -> str | None:
    """The longest heading whose text appears in <title> (a logo <h1> loses to the headline)."""
    squeezed_title = _squeeze(title_tag)
    confirmed = [
        text
        for selector in selectors
        for element in select_elements(root, selector)
        if len(text := normalize_line(element.text_content())) >= _MIN_HEADING_CHARS
        and _squeeze(text) in squeezed_title
    ]
    return max(confirmed, key=len) if confirmed else None


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def strip_site_affixes(title: str, title_tag: str, separators: Sequence[str]) -> str:
    """Remove the site/channel names that <title> puts around the headline.

    "标题_新华报业网" -> "标题"; "苏州市民政局 - 新闻动态 - 标题" -> "标题".  The
    affixes are the parts of <title> other than its longest one, so only
    names the page itself uses are removed.
    """
    marks = sorted({separator.strip() for separator in separators if separator.strip()}, key=len)
    if not marks:
        return title
    split = re.compile("|".join(re.escape(separator) for separator in separators))
    pieces = [piece.strip() for piece in split.split(title_tag) if piece.strip()]
    if len(pieces) < 2:
        return title
    longest = max(pieces, key=len)
    sep = "(?:" + "|".join(re.escape(mark) for mark in marks) + ")"
    names = "(?:" + "|".join(re.escape(piece) for piece in pieces if piece != longest) + ")"
    affix = re.compile(rf"^\s*{names}\s*{sep}\s*|\s*{sep}\s*{names}\s*$")
    result, previous = title, None
    while result != previous:
        previous, result = result, affix.sub("", result)
    return result.strip() or title


def find_published(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    line_groups: Sequence[Sequence[str]],
    fallback: str | None,
) -> PublishedTime | None:
    """The page's own publication time: selectors, then an info line, then `fallback`."""
    selected = select_text(root, [*selectors, *rules.selectors.published])
    found = parse_published(selected) if selected else None
    if found is not None:
        return replace(found, origin="the time element")
    for lines in line_groups:
        for line in lines:
            if any(pattern.search(line) for pattern in rules.info_lines):
                found = parse_published(line)
                if found is not None:
                    return replace(found, origin="the info line")
    found = parse_published(fallback) if fallback else None
    return replace(found, origin="trafilatura's date") if found else None


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
        for line in lines:
            for pattern in patterns:
                match = pattern.search(line)
                if match:
                    return normalize_line(match["value"])
    return None


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
