"""The page's own publication time, from wherever the page states it, never invented.

Candidates in order of trust:
  1. configured and built-in time selectors (#pubtime_baidu, meta PubDate…);
  2. the JSON-LD datePublished;
  3. info lines ("2022/06/28 18:05 新华报业网") in the extracted body, then
     from the headline down;
  4. a short dated line just above or under the headline ("2019年06月15日08:18 | 来源：…",
     "2024 02/27 16:05:12" split over spans);
  5. a labelled time anywhere from the headline down, after the body too
     ("发布日期：2024-03-01", "时间：2024-02-05 10:30" in a credits line),
     then anywhere on the page ("发文日期：" in a metadata table);
  6. a time in the page's scripts (WeChat's var ct).
The first one found is the date.  When it carries no time, the first other
candidate on the same day that does supplies it, and so does a visible time
written without the year ("03-12 09:15") on that day.  A midnight in a meta
tag is a CMS placeholder, not a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from lxml.html import HtmlElement
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.dates import SHANGHAI, PublishedTime, parse_published
from newswatch.pipeline.extract.headline import jsonld_objects
from newswatch.pipeline.extract.selectors import select_elements
from newswatch.pipeline.extract.text import normalize_line

# How long a line near the headline may be to be read as a dated info line.
_SHORT_LINE_CHARS = 120
_YEARLESS = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})[:：](?P<M>\d{2})(?!\d)"
)


def find_published(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    body_lines: Sequence[str],
    headline_down: Sequence[str],
    near_headline: Sequence[str],
    page_lines: Sequence[str] = (),
) -> PublishedTime | None:
    """The page's publication time (see the module docstring), or None when it states none.

    `headline_down` are the page lines from the headline on, `near_headline`
    the few lines around it (the info line sits just above or below it),
    `page_lines` all of them (a 政务公开 metadata table sits above the headline).
    """
    candidates = _candidates(
        root, selectors, rules, body_lines, headline_down, near_headline, page_lines
    )
    first = next(candidates, None)
    if first is None or first.has_time:
        return first
    for other in candidates:
        if other.has_time and other.value.date() == first.value.date():
            return replace(other, origin=first.origin)
    return _with_yearless_time(first, near_headline) or first


def _candidates(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    body_lines: Sequence[str],
    headline_down: Sequence[str],
    near_headline: Sequence[str],
    page_lines: Sequence[str],
) -> Iterator[PublishedTime]:
    for selector in [*selectors, *rules.selectors.published]:
        found = _selected(root, selector)
        if found is not None:
            yield found
    yield from _jsonld(root)
    for lines in (body_lines, headline_down):
        for line in lines:
            if any(pattern.search(line) for pattern in rules.info_lines):
                found = parse_published(line)
                if found is not None:
                    yield replace(found, origin="the info line")
    for line in near_headline:
        if len(line) <= _SHORT_LINE_CHARS:
            found = parse_published(line)
            if found is not None:
                yield replace(found, origin="the line under the headline")
    for line in _label_value_pairs([*headline_down, *page_lines]):
        for pattern in rules.dates.labels:
            match = pattern.search(line)
            found = parse_published(match["value"]) if match else None
            if found is not None:
                yield replace(found, origin="a labelled time")
    yield from _scripts(root, rules)


def _label_value_pairs(lines: Sequence[str]) -> Iterator[str]:
    """Every line, a label line ("发文日期：") joined with the value line after it."""
    for index, line in enumerate(lines):
        if line.endswith((":", "：")) and index + 1 < len(lines):
            yield f"{line}{lines[index + 1]}"
        else:
            yield line


def _selected(root: HtmlElement, selector: str) -> PublishedTime | None:
    for element in select_elements(root, selector):
        is_meta = element.tag == "meta"
        if is_meta:
            text = normalize_line(element.get("content") or "")
        elif element.tag == "time" and element.get("datetime"):
            text = normalize_line(element.get("datetime") or "")
        else:
            text = normalize_line(element.text_content())
        found = parse_published(text) if text else None
        if found is None:
            continue
        if is_meta and found.has_time and (found.value.hour, found.value.minute) == (0, 0):
            found = replace(found, has_time=False)
        return replace(found, origin="the time element")
    return None


def _jsonld(root: HtmlElement) -> Iterator[PublishedTime]:
    for data in jsonld_objects(root):
        value = data.get("datePublished")
        found = parse_published(value) if isinstance(value, str) else None
        if found is not None:
            yield replace(found, origin="the JSON-LD datePublished")


def _scripts(root: HtmlElement, rules: BuiltinRules) -> Iterator[PublishedTime]:
    if not rules.dates.scripts:
        return
    for script in root.iter("script"):
        for rule in rules.dates.scripts:
            match = rule.pattern.search(script.text or "")
            if match:
                stamp = datetime.fromtimestamp(int(match["value"]), tz=UTC).astimezone(SHANGHAI)
                yield PublishedTime(stamp.replace(second=0, microsecond=0), True, "the page script")


def _with_yearless_time(day: PublishedTime, lines: Sequence[str]) -> PublishedTime | None:
    """`day` with the time of a year-less "MM-DD HH:MM" line on the same month and day."""
    for line in lines:
        for match in _YEARLESS.finditer(line):
            month, date, hour, minute = (int(match[k]) for k in ("m", "d", "H", "M"))
            if (month, date) == (day.value.month, day.value.day) and hour < 24 and minute < 60:
                value = day.value.replace(hour=hour, minute=minute)
                return replace(day, value=value, has_time=True)
    return None
