"""The page's own publication time, from wherever the page states it, never invented.

Candidates in order of trust:
  1. configured and built-in time selectors (#pubtime_baidu, meta PubDate…),
     then any meta tag named for publication (publish_date, pubtime,
     og:release_date; never lastmodified / updated_time);
  2. the JSON-LD datePublished (in an @graph too; never dateModified);
  3. info lines ("2022/06/28 18:05 新华报业网") in the extracted body, then
     from the headline down;
  4. a short dated line around the headline, nearest first ("2019年06月15日08:18 | 来源：…",
     "2024" "08-26" "19:48" on separate source lines joined); a line of body
     prose ("自2024年7月1日起，…") is not one; the line right under the
     headline is read even in a chrome-named block (an author-and-share bar
     holds "谢某2017-03-01 14:27:02");
  5. a labelled time anywhere from the headline down, after the body too
     ("发布日期：2024-03-01", "时间：2024-02-05 10:30" in a credits line),
     then anywhere on the page ("发文日期：" in a metadata table);
  6. a bare date after the text began (a notice's 落款 signing date), unless the
     text goes on under it outside a signature (a timeline's date heading);
  7. a time in the page's scripts (WeChat's var ct);
  8. last, doubtful dates: labelled as something else than publication
     (更新时间, 成文日期), a weekday date without a label (a header's
     "2026年12月02日 星期三", an e-paper's issue date), a bare date above
     the headline.
In a line holding several dates, the one labelled 发布/发表 wins and one
labelled 更新/修改/成文 loses.  Lines of comment, related-story and hot-list
blocks, reader comments ("2024-04-23 20:59 回复 赞") and 上一篇/下一篇
teasers are not read unless labelled as the publication time, nor is the
date of a list entry: a date line right after a headline-long link
("图文解读：《…统计公报》" "2023-07-12" in a 关联稿件 list under the headline).

The first candidate found is the date; a doubtful one that disagrees with the
URL's date gives way to it.  When the date carries no time, only a candidate
that speaks for the article itself (a meta tag, JSON-LD, the line at the
headline, a labelled line, a script) on the same day supplies one, and so does
a visible time written without the year ("03-12 09:15") next to the headline;
an unlabelled dated line elsewhere (a comment, a list) never does: a missing
time stays missing.  A midnight in a meta tag is a CMS placeholder, not a time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from lxml.html import HtmlElement
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.dates import (
    DATE_PATTERN,
    SHANGHAI,
    SIGNING_ORGAN,
    PublishedTime,
    find_dates,
    parse_published,
)
from newswatch.pipeline.extract.headline import jsonld_objects
from newswatch.pipeline.extract.selectors import select_elements
from newswatch.pipeline.extract.text import count_cjk, normalize_line

# How long a line near the headline may be to be read as a dated info line.
_SHORT_LINE_CHARS = 120
_YEARLESS = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})[:：](?P<M>\d{2})(?!\d)"
)
# A path segment that is a year alone: /2024/
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})/")
# How far before a date its label may start: "发布时间：" plus a separator.
_LABEL_REACH = 12
# "发布于 2024-09-27 11:26" (知乎, forums) is labelled too; "编辑于" is a later edit.
_PUBLISH_LABEL = re.compile(
    r"(?:(?:发布|发表|首发|刊发|出版|上线)(?:日期|时间)|(?:发布|发表)于)\s*[:：]?[\s|]*$"
)
_OTHER_LABEL = re.compile(
    r"(?:(?:更新|修改|成文|印发|生效|截止|失效|有效期|评论|回复|采集|访问"
    # an event's times in a notice: 活动时间：…, 报名时间：…
    r"|活动|报名|举办|举行|开放|考试|会议|开始|结束|受理|办理)(?:日期|时间|于)?|编辑于)"
    r"\s*[:：]?[\s|]*$"
)
# A reader comment's time line: "2024-04-23 20:59 回复 赞", "3楼 2024-04-23".
_COMMENT_LINE = re.compile(
    r"(?:回复|举报|点赞|赞|顶|踩)\s*(?:[(（]?\d*[)）]?)\s*$|\d+\s*楼|评论于"
    r"|^[【\[]?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇)"
)

_WEEKDAY = re.compile(r"星期[一二三四五六日天]|(?<![\u4e00-\u9fff])周[一二三四五六日]")

# Meta tag names that state the publication time, and those that state another one.
_META_PUBLISHED = re.compile(r"publish|pub_?date|pubtime|release|create|first.?pub|^date$|dc\.date")
_META_OTHER = re.compile(r"modif|updat|revis|expir|last")

# A link with this many Chinese characters before a date makes the date a list
# entry's ("关联稿件"): a story's headline; the name of a source or an account
# linked before the date ("泰州市防汛防旱指挥部2024-06-30 12:30") is shorter.
_ENTRY_LINK_CHARS = 16
# A body paragraph: this many characters, ending like a sentence.
_PARAGRAPH_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?”」』]$")
# Sentence punctuation: a line of body text ("自2024年7月1日起，…"), not an info line.
_PROSE = re.compile(r"[，。；！？]")
# Lines this short holding a digit may be parts of one date written over several lines.
_RUN_LINE_CHARS = 12
_DIGIT = re.compile(r"\d")

_PUBLISH, _NEUTRAL, _OTHER = 0, 1, 2

# Origins of a time from a meta tag, and of one the page shows beside the headline
# (compared in find_published: named once so the comparison cannot drift).
_META_ORIGIN = "a meta tag"
_INFO_LINE_ORIGIN = "the info line"
_UNDER_HEADLINE_ORIGIN = "the line under the headline"
# a publication date the page shows under its label ("生成日期：2023-05-11" in a 政务公开
# table) too; not any labelled time (活动时间：… in an event notice is no publication)
_LABELLED_ORIGIN = "a labelled publication date"
_SHOWN_LABEL = re.compile(r"(?:发布|发表|首发|刊发|生成|发文)(?:日期|时间)\s*[:：]")
_SHOWN_ORIGINS = frozenset({_INFO_LINE_ORIGIN, _UNDER_HEADLINE_ORIGIN, _LABELLED_ORIGIN})

# A time alone on the line under a date: "2024年6月15日（星期六）" / "香港時間18時30分".
_TIME_LINE = re.compile(r"^(?:\S{0,4}[時时]間\s*)?(?P<H>\d{1,2})\s*[:：時时]\s*(?P<M>\d{2})\s*分?$")
_DATE = re.compile(DATE_PATTERN)
# What follows a date that a text speaks of: 起 (from), 至 (until), 前 (before)…
_PHRASE_AFTER = re.compile(r"\s*(?:起|至|到|止|前|后|以来|以前|以后|之前|之后|期间|开始)")


@dataclass(frozen=True)
class _Candidate:
    """A time the page states, and whether it speaks for the article itself.

    Only a `strong` candidate may lend its time to a bare date found earlier.
    """

    time: PublishedTime
    strong: bool


def find_published(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    body_lines: Sequence[str],
    headline_down: Sequence[str],
    near_headline: Sequence[str],
    page_lines: Sequence[str] = (),
    aside: frozenset[str] = frozenset(),
    url_date: PublishedTime | None = None,
    url: str | None = None,
    link_texts: frozenset[str] = frozenset(),
) -> PublishedTime | None:
    """The page's publication time (see the module docstring), or None when it states none.

    `headline_down` are the page lines from the headline on, `near_headline`
    the few lines around it (the info line sits just above or below it),
    `page_lines` all of them (a 政务公开 metadata table sits above the headline),
    `aside` the lines of blocks named as chrome (comments, related, hot lists),
    `url_date` the date the URL encodes: when the page states no full date, a
    year-less "03-07 10:42" beside the headline on that day gives its time;
    with only a year in the `url` (/2024/tzgg/…), that year completes it.
    `link_texts` are the texts of the page's links (a list entry's date follows one).
    """
    headline = headline_down[0] if headline_down else None
    entries = _entry_dates(page_lines or headline_down, link_texts, headline)
    candidates = _candidates(
        root, selectors, rules, body_lines, headline_down, near_headline, page_lines, aside, entries
    )
    first = next(candidates, None)
    if first is not None and first.time.origin == _META_ORIGIN:
        # A meta tag is written by the CMS, the line under the headline (or a labelled
        # date in the page) is what the reader sees: when they name different days (a
        # re-published notice's PubDate a day after its 发布日期, a 政务公开 page's
        # PubDate months after its 生成日期) or different times of one day (a PubDate
        # that is the page's generation time, a firstpublishedtime of a draft), the
        # shown one is the article's. A shown date without a time leaves the meta's.
        rest = list(candidates)
        shown = next((c for c in rest if c.strong and c.time.origin in _SHOWN_ORIGINS), None)
        if shown is not None and _disagree(shown.time, first.time):
            rest.insert(0, first)
            first = shown
        candidates = iter(rest)
    # Only a doubtful date (a header's today, an update time) against the URL's own.
    if (
        first is not None
        and not first.strong
        and url_date is not None
        and first.time.value.date() != url_date.value.date()
    ):
        first = None
    if first is None:
        near = [line for line in near_headline if not _suspect(line, aside)]
        if url_date is None:
            return _in_url_year(url, near)
        if url_date.has_time:
            return None
        return _with_yearless_time(url_date, near) or url_date
    if first.time.has_time:
        return first.time
    for other in candidates:
        if (
            other.strong
            and other.time.has_time
            and other.time.value.date() == first.time.value.date()
        ):
            return replace(other.time, origin=first.time.origin)
    near = [line for line in near_headline if not _suspect(line, aside)]
    return _with_yearless_time(first.time, near) or first.time


def _disagree(shown: PublishedTime, meta: PublishedTime) -> bool:
    """Whether the time a page shows contradicts its meta tag's: another day, or
    another minute where both state one."""
    if shown.value.date() != meta.value.date():
        return True
    minute = (shown.value.hour, shown.value.minute) != (meta.value.hour, meta.value.minute)
    return shown.has_time and meta.has_time and minute


def line_time(line: str) -> tuple[PublishedTime, int] | None:
    """The publication time a line states, and how its label ranks it (0 发布, 1 none, 2 更新…).

    "更新时间：2024-06-03 15:30　发布时间：2024-05-30" -> 2024-05-30; a line
    whose only date is labelled 更新 still yields it, ranked last.
    """
    best: tuple[PublishedTime, int] | None = None
    for start, found in find_dates(line):
        if not found.has_time and _is_phrase_date(line, start):
            continue
        before = line[max(0, start - _LABEL_REACH) : start]
        rank = (
            _PUBLISH
            if _PUBLISH_LABEL.search(before)
            else _OTHER
            if _OTHER_LABEL.search(before)
            else _NEUTRAL
        )
        if best is None or rank < best[1]:
            best = (found, rank)
        if rank == _PUBLISH:
            break
    return best


def _is_phrase_date(line: str, start: int) -> bool:
    """A date a sentence or headline speaks of ("2024年7月1日起", "自…至…"), not a stamp."""
    found = _DATE.match(line, start)
    return found is not None and _PHRASE_AFTER.match(line, found.end()) is not None


def _suspect(line: str, aside: frozenset[str], label: re.Pattern[str] | None = None) -> bool:
    """Whether a line belongs to a comment, related or hot-list block rather than the article.

    With `label`, a line carrying a field label ("来源：… 阅读 120 赞 5") is
    an info line however it ends.
    """
    if line in aside:
        return True
    return bool(_COMMENT_LINE.search(line)) and not (label and label.search(line))


def _date_bar(line: str, label: re.Pattern[str]) -> bool:
    """A date with its weekday and no field label: a header bar's "today" ("2026年12月02日
    星期三") or an e-paper's issue date, read only when nothing better is found."""
    return bool(_WEEKDAY.search(line)) and not label.search(line)


def _candidates(
    root: HtmlElement,
    selectors: Sequence[str],
    rules: BuiltinRules,
    body_lines: Sequence[str],
    headline_down: Sequence[str],
    near_headline: Sequence[str],
    page_lines: Sequence[str],
    chrome: frozenset[str],
    entries: frozenset[str],
) -> Iterator[_Candidate]:
    """The candidates in order of trust (the module docstring); `chrome` are the lines of
    chrome-named blocks, `entries` the dates of list entries (see _entry_dates)."""
    aside = chrome | entries
    later: list[_Candidate] = []  # dates labelled as something else (更新时间…)
    signed: list[_Candidate] = []  # bare dates after the text began
    for selector in [*selectors, *rules.selectors.published]:
        found = _selected(root, selector)
        if found is not None:
            yield _Candidate(found, True)
    for found in _meta_tags(root):
        yield _Candidate(found, True)
    for found in _jsonld(root):
        yield _Candidate(found, True)
    label = re.compile(rules.info_label)
    headings = _date_headings((body_lines, headline_down), frozenset(body_lines))
    for lines in (body_lines, headline_down):
        for line in _times_joined(lines):
            if not rules.joined.info_lines.finds(line):
                continue
            read = line_time(line)
            if read is None or (read[1] != _PUBLISH and _suspect(line, aside, label)):
                continue
            candidate = _Candidate(
                replace(read[0], origin=_INFO_LINE_ORIGIN), bool(label.search(line))
            )
            if read[1] == _OTHER or _date_bar(line, label):
                later.append(replace(candidate, strong=False))
            elif _bare(line, read, label):
                # a notice's signing date (落款) closing the text: after any labelled one;
                # a timeline's date heading with the text going on under it: none
                if line not in headings:
                    signed.append(replace(candidate, strong=False))
            else:
                yield candidate
    headline = headline_down[0] if headline_down else None
    runs = _short_runs_joined(near_headline, headline)
    under = _line_under(runs, headline)
    for line, above, after_text in _nearest_first(runs, headline):
        if len(line) > _SHORT_LINE_CHARS:
            continue
        read = line_time(line)
        # the info line right under the headline may sit in a block named for its
        # share buttons or author card ("author-share"): only a list entry's date is not it
        own = entries if line == under else aside
        if read is None or (
            read[1] != _PUBLISH and (_suspect(line, own, label) or _PROSE.search(line))
        ):
            continue
        candidate = _Candidate(replace(read[0], origin=_UNDER_HEADLINE_ORIGIN), True)
        # A bare date above the headline is a header's "today"; below the text, a 落款.
        bare = _bare(line, read, label)
        if read[1] == _OTHER or _date_bar(line, label) or (bare and above):
            later.append(replace(candidate, strong=False))
        elif bare and after_text:
            if line not in headings:
                signed.append(replace(candidate, strong=False))
        else:
            yield candidate
    for line in _label_value_pairs([*headline_down, *page_lines]):
        for pattern in rules.dates.labels:
            for match in pattern.finditer(line):
                found = parse_published(match["value"])
                if found is None:
                    continue
                before = line[max(0, match.start() - 2) : match.start("value")]
                origin = _LABELLED_ORIGIN if _SHOWN_LABEL.search(before) else "a labelled time"
                candidate = _Candidate(replace(found, origin=origin), True)
                if _OTHER_LABEL.search(before) and not _PUBLISH_LABEL.search(before):
                    later.append(replace(candidate, strong=False))
                else:
                    yield candidate
    yield from signed
    for found in _scripts(root, rules):
        yield _Candidate(found, True)
    yield from later


def _entry_dates(
    lines: Sequence[str], link_texts: frozenset[str], headline: str | None
) -> frozenset[str]:
    """The dates of list entries: a dated line right after a headline-long link that is
    not the page's headline ("图文解读：《…》" over "2023-07-12" in a 关联稿件 list), or
    such a link and a date closing its line (an info line goes on: "… 新浪娱乐")."""

    def entry_link(text: str) -> bool:
        return text != headline and count_cjk(text) >= _ENTRY_LINK_CHARS and text in link_texts

    found: set[str] = set()
    for previous, line in itertools.pairwise(["", *lines]):
        date = _DATE.search(line)
        if date is None:
            continue
        closing = not line[date.end() :].strip(" 0123456789:：")
        if entry_link(previous) or (closing and entry_link(line[: date.start()].strip())):
            found.add(line)
    return frozenset(found)


def _line_under(lines: Sequence[str], headline: str | None) -> str | None:
    """The line right under the headline in `lines`, if the headline is one of them."""
    if headline is None or headline not in lines:
        return None
    at = lines.index(headline)
    return lines[at + 1] if at + 1 < len(lines) else None


def _times_joined(lines: Sequence[str]) -> Iterator[str]:
    """`lines`, a date line followed by a line of its time alone read as one
    ("2024年6月15日（星期六）", "香港時間18時30分" -> "2024年6月15日 18:30（星期六）")."""
    for index, line in enumerate(lines):
        time = _TIME_LINE.match(lines[index + 1]) if index + 1 < len(lines) else None
        found = _DATE.search(line) if time else None
        parsed = parse_published(found.group()) if found else None
        if time and found and parsed is not None and not parsed.has_time:
            yield f"{line[: found.end()]} {time['H']}:{time['M']}{line[found.end() :]}"
        else:
            yield line


def _short_runs_joined(lines: Sequence[str], keep: str | None) -> list[str]:
    """`lines` with each run of short numeric lines joined into one ("2024", "08-26",
    "19:48" -> "2024 08-26 19:48"): spans a page writes on separate source lines."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line and line != keep and len(line) <= _RUN_LINE_CHARS and _DIGIT.search(line):
            run.append(line)
            continue
        if run:
            out.append(" ".join(run))
            run = []
        if line:
            out.append(line)
    return out


def _nearest_first(lines: Sequence[str], headline: str | None) -> list[tuple[str, bool, bool]]:
    """The lines around the headline, nearest first (below before above at equal distance),
    each with whether it sits above the headline (all do when it was not located) and
    whether body text (a sentence-long line) comes between the headline and it.

    The info line sits right at the headline; a 上一篇 teaser or a list
    entry with its own date sits further off.
    """
    if headline is None or headline not in lines:
        return [(line, True, False) for line in lines]
    at = lines.index(headline)
    text_at = next(
        (
            index
            for index in range(at + 1, len(lines))
            if len(lines[index]) >= _PARAGRAPH_CHARS and _SENTENCE_END.search(lines[index])
        ),
        len(lines),
    )
    order = sorted(range(len(lines)), key=lambda index: (abs(index - at), index < at))
    return [(lines[index], index < at, index > text_at) for index in order]


def _date_headings(texts: Sequence[Sequence[str]], body: frozenset[str]) -> frozenset[str]:
    """The dated lines of `texts` that head more of the article's text (lines of `body`)
    rather than close it under a signing organ: a timeline's "2021年4月25日"."""
    return frozenset(
        line
        for lines in texts
        for index, line in enumerate(lines)
        if index > 0
        and _DATE.match(line)
        and SIGNING_ORGAN.fullmatch(lines[index - 1]) is None
        and any(after in body for after in lines[index + 1 : index + 3])
    )


def _bare(line: str, read: tuple[PublishedTime, int], label: re.Pattern[str]) -> bool:
    """A date alone: no time, no field label, not labelled 发布."""
    return not read[0].has_time and read[1] == _NEUTRAL and not label.search(line)


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
        return replace(found, origin=_META_ORIGIN if is_meta else "the time element")
    return None


def _meta_tags(root: HtmlElement) -> Iterator[PublishedTime]:
    """Publication times in meta tags the selectors do not name (publish_date, pubtime,
    og:release_date…); modification times (lastmodified, updated_time) are not read."""
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if not key or not _META_PUBLISHED.search(key) or _META_OTHER.search(key):
            continue
        found = parse_published(normalize_line(meta.get("content") or ""))
        if found is None:
            continue
        if found.has_time and (found.value.hour, found.value.minute) == (0, 0):
            found = replace(found, has_time=False)
        yield replace(found, origin=_META_ORIGIN)


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
            found = _script_time(match["value"]) if match else None
            if found is not None:
                yield found


def _script_time(value: str) -> PublishedTime | None:
    """A script's time: Unix seconds or milliseconds, or a date as pages write it."""
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) // (1000 if len(value) == 13 else 1)
        stamp = datetime.fromtimestamp(seconds, tz=UTC).astimezone(SHANGHAI)
        return PublishedTime(stamp.replace(second=0, microsecond=0), True, "the page script")
    found = parse_published(value)
    return replace(found, origin="the page script") if found is not None else None


def _in_url_year(url: str | None, lines: Sequence[str]) -> PublishedTime | None:
    """A year-less "07-02 17:30" line in the year a path segment of `url` names (a mobile
    page's /2024/tzgg/6612.html), or None."""
    year = _URL_YEAR.search(url or "")
    if year is None:
        return None
    for month, day, hour, minute in _yearless_times(lines):
        try:
            value = datetime(int(year[1]), month, day, hour, minute, tzinfo=SHANGHAI)
        except ValueError:
            continue
        return PublishedTime(value, True, f"{_UNDER_HEADLINE_ORIGIN}, in the URL's year")
    return None


def _with_yearless_time(day: PublishedTime, lines: Sequence[str]) -> PublishedTime | None:
    """`day` with the time of a year-less "MM-DD HH:MM" line on the same month and day."""
    for month, date, hour, minute in _yearless_times(lines):
        if (month, date) == (day.value.month, day.value.day) and hour < 24 and minute < 60:
            value = day.value.replace(hour=hour, minute=minute)
            return replace(day, value=value, has_time=True)
    return None


def _yearless_times(lines: Sequence[str]) -> Iterator[tuple[int, int, int, int]]:
    """Month, day, hour and minute of every year-less "MM-DD HH:MM" in `lines`, in order."""
    for line in lines:
        for match in _YEARLESS.finditer(line):
            yield int(match["m"]), int(match["d"]), int(match["H"]), int(match["M"])
