"""Removing Chinese-news boilerplate from the lines of an extracted body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newswatch.config.regex import UserPattern
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.dates import DATE_PATTERN, SIGNING_ORGAN, parse_published
from newswatch.pipeline.extract.text import ENDS_SENTENCE, count_cjk, squeeze

# A date opening a line, with or without a time; an event after a bare date has
# at least this many Chinese characters (a source's name fewer).
_DATE = re.compile(r"\s*" + DATE_PATTERN)
_EVENT_MIN_CJK = 10
_TEXT_MIN_CJK = 4
# What may follow a date heading's date: nothing, or the end of a span (至12月1日).
_RANGE_TAIL = re.compile(r"\s*(?:[至到—–~-]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?\s*")
# This many link titles ending a body are a list of other articles.
_MIN_TRAILING_LINKS = 2
# The bold label over a group of links to other stories ("证券要闻", "行业动态"): with
# link titles or other such labels it ends a body as a list of other articles.
_CHANNEL_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:要闻|新闻|动态|资讯|快讯|热点|速递)$")
# A line ending so and at least this long before it may be a shortened copy of another.
_ELLIPSES = ("…", "...")
_CUT_COPY_MIN_CHARS = 4
# This many lines that are no junk before a footer marker are text, prose or not
# (a poem's lines, a gallery's labels): a header holds fewer.
_TEXT_LINES_BEFORE_FOOTER = 5
# A headline broken over at most this many lines above the text.
_MAX_TITLE_LINES = 3
# A table row read as a line has at least this many cells apart by spaces.
_MIN_TABLE_CELLS = 3
# A token that only separates a label from its value ("编辑 | 王佳"): no table cell.
_BARS = frozenset({"|", "｜", "丨", "︱", "/"})
_BULLET = re.compile(r"^(?:- |[·•●▪◆■]\s*)")
_LINK_JOINER = re.compile(r"\s*[-|｜/·]\s*")
# How a statement ends: a link's text ending so is a sentence linked, not a headline.
_STATEMENT_END = re.compile(r"[。！!；;…]$")
# A document's attachment list: its head ("附件：" or "附件：1.报名表", a drop rule)
# and the numbered titles under it ("2.作品报送要求"), which are no sentences and
# only read as attachments after such a head.
_ATTACHMENT_HEAD = re.compile(r"^(?:相关)?附件\s*[:：]")
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、]\s*[^。！？；;]{1,60}$")
# How a paragraph of prose ends; link titles and labels do not.
_SENTENCE_END = re.compile(r"[。！？!?；;…”\"』」）)]$")


@dataclass(frozen=True)
class LineCleaner:
    """The built-in line rules plus a source's own `drop_lines`, for one page."""

    rules: BuiltinRules
    extra_drop: tuple[UserPattern, ...] = ()
    # the texts of the page's links: teaser titles in related-news blocks
    link_texts: frozenset[str] = frozenset()
    # the page's picture labels ("爱戴领奖", "图注：…"; see captions.py)
    picture_labels: frozenset[str] = frozenset()
    # the names of the account that published the page (a 公众号's nickname)
    account_names: frozenset[str] = frozenset()
    # is_junk's answers by line: every strategy yields mostly the same lines (one
    # cleaner serves one page, so this never outgrows the page)
    _junk: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # _strip_tail's and squeeze's answers by line, for the same reason
    _stripped: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _squeezed: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def clean(self, lines: Sequence[str], title: str) -> list[str]:
        """`lines` without header, footer, link blocks and junk lines (title repeats included)."""
        rows = (self._table_row(line, title) for line in lines)
        kept = self._cut_footer([self._strip_tail(line) for line in rows if line])
        kept = self._cut_header(kept)
        kept = self._drop_account_card(kept)
        kept = self._drop_headline(kept, title)
        kept = self._drop_link_blocks(kept)
        kept = self._drop_attachment_items(kept, title)
        kept = _without_cut_copies(kept)
        kept = [
            line
            for index, line in enumerate(kept)
            # a list item is judged by its text: trafilatura's "- 来源：…" is an info line
            if not self.is_junk(line.removeprefix("- "), title)
            or self._dated_event(kept, index)
            or self._data_table_row(kept, index)
        ]
        # trafilatura writes a list item as "- item": the item is the text
        return [line.removeprefix("- ") for line in self._drop_trailing_links(kept)]

    def _drop_account_card(self, lines: list[str]) -> list[str]:
        """`lines` without the account's name above the first prose line: a 公众号's
        follow card ("共青团中央" / "有态度 有温度…") heads its text.  Below the
        text the same name may sign a notice (落款), and stays."""
        if not self.account_names:
            return lines
        kept: list[str] = []
        for index, line in enumerate(lines):
            if self.is_prose(line):
                return kept + lines[index:]
            if line not in self.account_names:
                kept.append(line)
        return kept

    def _drop_attachment_items(self, lines: list[str], title: str) -> list[str]:
        """`lines` without the numbered titles that follow an attachment list's head."""
        kept: list[str] = []
        in_list = False
        for line in lines:
            if in_list and _ATTACHMENT_ITEM.match(line):
                continue
            in_list = _ATTACHMENT_HEAD.match(line) is not None and self.is_junk(line, title)
            kept.append(line)
        return kept

    def is_junk(self, line: str, title: str = "") -> bool:
        """Whether a single line is boilerplate wherever it appears."""
        if (title and line == title) or line in self.picture_labels:
            return True
        known = self._junk.get(line)
        if known is None:
            known = self._junk[line] = self._matches_any(line)
        return known

    def _matches_any(self, line: str) -> bool:
        return self.rules.joined.junk.finds(line) or any(
            pattern.search(line) for pattern in self.extra_drop
        )

    def is_prose(self, line: str) -> bool:
        """A line long enough and ending like a sentence: article text, not a label or link."""
        return (
            len(line) >= self.rules.limits.block_paragraph_min_chars
            and _SENTENCE_END.search(line) is not None
            and not self.is_junk(line)
        )

    def _cut_footer(self, lines: list[str]) -> list[str]:
        """Everything from the first footer marker that follows some prose, or some
        lines of text, is footer."""
        seen_prose = False
        # verse, a picture gallery's labels: text without a line of prose
        text_lines = 0
        for index, line in enumerate(lines):
            seen_text = seen_prose or text_lines >= _TEXT_LINES_BEFORE_FOOTER
            if seen_text and self.rules.joined.footer_starts.finds(line):
                return self._without_footer_lead(lines[:index])
            seen_prose = seen_prose or self.is_prose(line)
            text_lines += not self.is_junk(line)
        return lines

    def _table_row(self, line: str, title: str) -> str:
        """A "| a | b |" row as trafilatura renders layout tables, without its junk cells.

        A row is its kept cells apart by a space, as the page's own lines
        read it (document.element_lines); with none it is dropped ('').
        """
        if not (line.startswith("|") and line.endswith("|") and len(line) > 2):
            return line
        cells = [self._strip_tail(cell.strip()) for cell in line.strip("|").split(" | ")]
        joined = " ".join(cell for cell in cells if cell)
        # "| 相关专题 |": a link block's heading in a cell still heads the rows under it
        if self.rules.joined.block_starts.finds(joined):
            return joined
        # an info line laid out as label and value cells ("| 来源： | 姑苏区应急管理局 |")
        # is junk as a whole though its value cells are not
        if self.is_junk(" ".join(cells), title):
            return ""
        kept = [cell for cell in cells if cell and not self.is_junk(cell, title)]
        if not kept:
            return ""
        # a promotion row: an app prompt beside link captions ("| 网易财经 会赚钱的客户端： |
        # 网易携手华泰证券 推出“打新神器”： |"): the rest is links to other pages
        if len(kept) < len([cell for cell in cells if cell]) and all(
            self._is_link_title(cell) for cell in kept
        ):
            return ""
        return " ".join(kept)

    def _strip_tail(self, line: str) -> str:
        """`line` without a platform link glued onto its end ("…。返回搜狐，查看更多")."""
        known = self._stripped.get(line)
        if known is None:
            known = self._stripped[line] = self._stripped_tail(line)
        return known

    def _stripped_tail(self, line: str) -> str:
        for pattern in self.rules.strip_tails:
            stripped = pattern.sub("", line)
            if stripped != line and stripped:
                return stripped
        return line

    def _squeeze(self, line: str) -> str:
        known = self._squeezed.get(line)
        if known is None:
            known = self._squeezed[line] = squeeze(line)
        return known

    def _without_footer_lead(self, lines: list[str]) -> list[str]:
        end = len(lines)
        while end > 0 and self.rules.joined.footer_lead.finds(lines[end - 1]):
            end -= 1
        return lines[:end]

    def _cut_header(self, lines: list[str]) -> list[str]:
        """Drop everything down to a dated info line near the top, if no prose precedes it.

        Breadcrumbs and a repeated headline sit above "2022/06/28 18:05 新华报业网";
        a paragraph never does, so the first prose line ends the search.
        """
        limits = self.rules.limits
        cut = -1
        for index, line in enumerate(lines[: limits.header_scan_lines]):
            if len(line) > limits.header_line_max_chars or self.is_prose(line):
                break
            if self.rules.joined.info_lines.finds(line) and parse_published(line) is not None:
                cut = index
        return lines[cut + 1 :]

    def _drop_headline(self, lines: list[str], title: str) -> list[str]:
        """Drop the headline repeated above the text, spaced differently or after its 引题,
        and whatever a candidate holds above it.

        "<h1><span>聚焦民生</span>高新区新建…</h1>" reads "聚焦民生高新区新建…": a
        line above the first prose line that is the title with at most
        `kicker_max_chars` in front of it.  Like an info line, it ends the
        header: the short lines above it (a kicker of its own, a channel
        name) go with it.
        """
        wanted = squeeze(title)
        if not wanted:
            return lines
        limits = self.rules.limits
        top = lines[: limits.header_scan_lines]
        for index, line in enumerate(top):
            if len(line) > limits.header_line_max_chars or self.is_prose(line):
                break
            piece = self._squeeze(line)
            if piece.endswith(wanted) and len(piece) - len(wanted) <= limits.kicker_max_chars:
                return lines[index + 1 :]
            # "<h2>headline <small>2023-08-19 <span>来源：…</span></small></h2>"
            # reads as one line: the headline with its own info line after it
            if piece.startswith(wanted) and self.is_junk(_after_title(line, wanted), title):
                return lines[index + 1 :]
            # a 公文's title set on two or three centred lines ("市人民政府关于加快推进" /
            # "养老服务体系建设的意见"): the lines together are the headline
            if wanted.startswith(piece):
                for count in range(2, _MAX_TITLE_LINES + 1):
                    if squeeze("".join(top[index : index + count])) == wanted:
                        return lines[index + count :]
        # The headline restated further down, text following it: what came
        # before sits above the headline on the page (a side column's 简介).
        for index, line in enumerate(lines[1:], start=1):
            if self._squeeze(line) == wanted and any(
                self.is_prose(rest) for rest in lines[index + 1 :]
            ):
                return lines[index + 1 :]
        return lines

    def _drop_link_blocks(self, lines: list[str]) -> list[str]:
        """Drop "相关新闻"-style headings and the link titles under them.

        The block ends at the first sentence-like paragraph, unless that
        paragraph is a teaser's summary: it follows a title the page links
        to, and another such title (or nothing) follows it.
        """
        kept: list[str] = []
        in_block = after_link = False
        for index, line in enumerate(lines):
            if self.rules.joined.block_starts.finds(line):
                in_block, after_link = True, False
                continue
            # trafilatura writes list items as "- …": a teaser with its summary, not prose
            # a link's whole text is a title however it ends ("…5 个月没招到人！")
            if in_block and (
                not self.is_prose(line) or line.startswith("- ") or line in self.link_texts
            ):
                after_link = line.removeprefix("- ") in self.link_texts
                continue
            if in_block and after_link and self._teaser_follows(lines, index + 1):
                after_link = False
                continue
            in_block = False
            kept.append(line)
        return kept

    def _dated_event(self, lines: list[str], index: int) -> bool:
        """A 大事记 entry ("2023年12月28日 全市首家社区基金会正式运行") between paragraphs:
        shaped like an info line, but a bare date followed by an event, not a source,
        with a paragraph above it and a sentence below it; or a date heading alone
        between lines of text."""
        line = lines[index]
        found = _DATE.match(line)
        if found is None:
            return False
        # a history's dates (1934年) are no publication times, and parse to None
        stamp = parse_published(found.group())
        if stamp is not None and stamp.has_time:
            return False
        rest = line[found.end() :]
        # a timeline's date heading alone ("2021年4月25日", "1934年11月27日至12月1日")
        # reads like a 落款 date, but the text goes on under it
        if _RANGE_TAIL.fullmatch(rest):
            # under a signing organ it is the 落款, even when a forwarded document follows
            return (
                index > 0
                and SIGNING_ORGAN.fullmatch(lines[index - 1]) is None
                and self._is_text(lines[index - 1])
                and any(self._is_text(after) for after in lines[index + 1 : index + 3])
            )
        return (
            stamp is not None
            and count_cjk(rest) >= _EVENT_MIN_CJK
            and not re.search(self.rules.info_label, rest)
            and any(self.is_prose(before) for before in lines[:index])
            and any(_SENTENCE_END.search(after) for after in lines[index + 1 :])
        )

    def _is_text(self, line: str) -> bool:
        """A line of the article's own words, prose or not: no junk, no link's title."""
        return (
            count_cjk(line) >= _TEXT_MIN_CJK
            and line not in self.link_texts
            and not self.is_junk(line.removeprefix("- "))
        )

    def _data_table_row(self, lines: list[str], index: int) -> bool:
        """A row of a table in the text ("类别 登记机关 注册资金 会员数量"): short cells apart
        by spaces like a menu, but in a run of rows with as many cells, some holding
        figures, none of its cells a link (a menu's words are links) and none of its
        rows a sentence (prose with two spaces in it, beside a bracketed notice)."""
        # trafilatura's list item ("- 2025年06月03日 13时44分", "- 来源: …" in an info
        # list) is no table row: its bullet would count as a cell
        if lines[index].startswith("- "):
            return False
        cells = lines[index].split(" ")
        width = len(cells)
        # "来源 | 苏州新闻网": a bar between label and value makes a credit, not cells
        if width < _MIN_TABLE_CELLS or any(cell in _BARS for cell in cells):
            return False
        start = end = index
        while start > 0 and len(lines[start - 1].split(" ")) == width:
            start -= 1
        while end + 1 < len(lines) and len(lines[end + 1].split(" ")) == width:
            end += 1
        run = lines[start : end + 1]
        return (
            len(run) >= 2
            and any(char.isdigit() for row in run for char in row)
            and not any(cell in self.link_texts for row in run for cell in row.split(" "))
            and not any(ENDS_SENTENCE.search(row) for row in run)
        )

    def _drop_trailing_links(self, lines: list[str]) -> list[str]:
        """Drop a run of link titles ending the text: 往期推荐 whose heading was lost.

        Two or more last lines that are each the whole text of a link on the
        page and no sentence, or the channel-like labels over such links
        ("证券要闻"), are a list of other articles, not the article's ending
        (one alone may be a link the article points to).
        """
        end = len(lines)
        while end > 0 and (
            self._is_link_title(lines[end - 1]) or _CHANNEL_LABEL.match(lines[end - 1])
        ):
            end -= 1
        return lines[:end] if len(lines) - end >= _MIN_TRAILING_LINKS else lines

    def _is_link_title(self, line: str) -> bool:
        """A whole link's text, or links joined by dashes or bars ("搜索华尔兹-首页-订阅到QQ邮箱").

        A headline may ask or quote (…能否"计件反腐"?): only a full stop makes it
        prose; a list's bullet ("· 反腐总动员", trafilatura's "- ") is not part of it.
        """
        if _STATEMENT_END.search(line):
            return False
        text = _BULLET.sub("", line)
        if text in self.link_texts:
            return True
        parts = [part for part in _LINK_JOINER.split(text) if part]
        return len(parts) > 1 and all(part in self.link_texts for part in parts)

    def _teaser_follows(self, lines: list[str], index: int) -> bool:
        return index >= len(lines) or lines[index].removeprefix("- ") in self.link_texts


def _after_title(line: str, wanted: str) -> str:
    """What follows the headline in `line`, whose squeezed form starts with `wanted`."""
    for end in range(len(wanted), len(line) + 1):
        if squeeze(line[:end]) == wanted:
            return line[end:].strip()
    return ""


def _without_cut_copies(lines: list[str]) -> list[str]:
    """`lines` without the shortened copies of others ("上世纪八十年代的…" beside
    "上世纪八十年代的观前街。"): a gallery's thumbnail strip, a teaser of the text."""
    cut = [line for line in lines if line.endswith(_ELLIPSES)]
    if not cut:
        return lines
    full = [line for line in lines if not line.endswith(_ELLIPSES)]
    return [
        line
        for line in lines
        if not (
            line.endswith(_ELLIPSES)
            and len(stem := line.rstrip(".…")) >= _CUT_COPY_MIN_CHARS
            and any(other.startswith(stem) for other in full)
        )
    ]
