"""The article's headline: the on-page heading that <title>, og:title or JSON-LD confirm.

Order: configured and built-in title selectors; the longest generic heading
(h1, *tit*…, or one line of a heading split by <br>) whose text one of
<title>, og:title or the JSON-LD headline contains (quotes and full-width forms
unified; a <title> cut short with "..." confirms the heading it starts), else
a <title> piece ending a heading (the 引题 before it inline is dropped); the
longest reference or separator piece of one (·, ：, - too) that the page shows
as a line of its own; og:title, the JSON-LD headline or <title> with the site
and channel names around it stripped, unless what is left is a channel or
site name (a link text of the page, og:site_name…); the page's one <h1>; the
first generic heading that is not a channel name; the headline-like line just
above the first paragraph; <title> as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement
from newswatch.pipeline.extract.builtin_rules import BuiltinRules
from newswatch.pipeline.extract.dates import parse_published
from newswatch.pipeline.extract.document import element_lines, page_lines
from newswatch.pipeline.extract.selectors import select_elements, select_text
from newswatch.pipeline.extract.text import normalize_line, squeeze

_MIN_HEADING_CHARS = 4
_MAX_HEADING_CHARS = 100
_MAX_CHANNEL_CHARS = 10
_MAX_SITE_NAME_CHARS = 20
# Where a page writes its own name: a logo block or a site-name element.
_SITE_NAME_ELEMENTS = ("[class*=logo]", "[id*=logo]", "[class*=sitename]", "[class*=site-name]")
# Children that put a heading's parts on separate lines (a sub-title in a <div>).
_SPLITTING_TAGS = frozenset(("br", "div", "p", "h2", "h3", "h4"))
# A body paragraph: this many characters, ending like a sentence.
_PARAGRAPH_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?”」』]$")
# "来源：", "发布日期：", "名称：": a field label, not a headline.
_LABELLED = re.compile(r"^[^，。：:]{1,8}[：:]")
# Separators <title> uses besides title_separators, safe where a piece must equal a whole line.
_EXTRA_SEPARATORS = ("·", "：", ":", "::", "»", ">", "—", "——", "-")
# A headline cut short in <title>: its start, then "..." or "…".
_TRUNCATED = re.compile(r"^(?P<start>.+?)(?:\.{3,}|…+|。{3,})")
_MIN_TRUNCATED_CHARS = 8
# A piece of <title> this long ending a heading is the headline without the
# 引题 the heading also holds inline ("<h1><span>引题</span>标题</h1>"); one
# starting it is the headline cut short in <title>, and the heading is whole.
_MIN_PIECE_CHARS = 8
# How many lines above the first paragraph the headline may sit.
_ABOVE_BODY_LINES = 8
# A heading's child this short holding a date and no words is the date, not the headline.
_MAX_DATE_CHILD_CHARS = 30
_DATE_SPAN = re.compile(r"[\d\s:：/.\-年月日时分秒()（）]|星期.|周.")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]")
_SITE_NAME_META = (
    'meta[property="og:site_name"]',
    "meta[name=SiteName]",
    'meta[name="application-name"]',
)


@dataclass(frozen=True)
class Headline:
    """The headline and whether an on-page heading matching <title> (or a selector) gave it."""

    text: str
    confirmed: bool


# What page editors write into <title> when nobody fills it in (Dreamweaver, FrontPage, Word).
_PLACEHOLDER_TITLE = re.compile(
    r"^\s*(?:无标题文档|无标题页|无标题|未命名(?:文档|页面)?|新建网页\s*\d*"
    r"|(?i:untitled(?:\s+document)?|new\s+page\s*\d*|document))\s*$"
)


def find_headline(
    root: HtmlElement, selectors: Sequence[str], rules: BuiltinRules, title_tag: str
) -> Headline:
    """The article's headline (see the module docstring for the order)."""
    selected = select_text(root, [*selectors, *rules.selectors.title])
    if selected:
        return Headline(selected, True)
    if _PLACEHOLDER_TITLE.match(title_tag):
        title_tag = ""
    references = [text for text in (title_tag, og_title(root), jsonld_headline(root)) if text]
    names = site_names(root)
    heading = confirmed_heading(root, rules.selectors.headings, references, rules.title_separators)
    if heading and not is_channel(root, heading, names):
        # A heading is the headline as written: "99公益日｜…" keeps its "｜".
        return Headline(heading, True)
    visible = visible_reference(
        page_lines(root),
        references,
        rules.title_separators,
        lambda text: is_channel(root, text, names),
    )
    if visible:
        return Headline(visible, False)
    channels = [*names, *_short_link_texts(root)]
    # og:title and JSON-LD usually hold the bare headline; <title> adds names
    candidates = [
        strip_names(strip_site_affixes(reference, title_tag, rules.title_separators), channels)
        for reference in [*references[1:], *references[:1]]
    ]
    if len(references) > 1 and candidates[0] and not is_channel(root, candidates[0], names):
        return Headline(candidates[0], False)
    # <title> matches no heading: the page's one <h1>, unless that is the site's name
    h1 = _sole_h1(root, title_tag, rules.title_separators, names)
    if h1:
        return Headline(h1, False)
    heading = _first_heading(root, rules.selectors.headings, names)
    for stripped in candidates:
        if stripped and not is_channel(root, stripped, names):
            # "看苏州", "苏州日报数字报": a <title> as short as a name, shown on no line
            # of its own, names the site when a longer heading sits on the page.
            if heading and len(stripped) <= _MAX_CHANNEL_CHARS < len(heading):
                return Headline(heading, False)
            return Headline(stripped, False)
    if heading:
        return Headline(heading, False)
    above = line_above_body(page_lines(root), lambda text: is_channel(root, text, names))
    return Headline(above or title_tag, False)


def _first_heading(root: HtmlElement, selectors: Sequence[str], names: Sequence[str]) -> str | None:
    """The first generic heading (h1, *tit*…) of headline length that is no channel name."""
    for selector in selectors:
        for element in select_elements(root, selector):
            text = _without_info_lines(element)
            if _MIN_HEADING_CHARS <= len(text) <= _MAX_HEADING_CHARS and not is_channel(
                root, text, names
            ):
                return text
    return None


def _without_info_lines(element: HtmlElement) -> str:
    """The heading's text without lines of its own that are labelled fields:
    <div class="title"><h3>标题</h3><small>发布时间：… 来源：…</small></div>."""
    whole = _without_dates(element)
    lines = element_lines(element)
    if len(lines) < 2:
        return whole
    kept = [line for line in lines if not _LABELLED.match(line)]
    return " ".join(kept) if kept and len(kept) < len(lines) else whole


def visible_reference(
    lines: Sequence[str],
    references: Sequence[str],
    separators: Sequence[str],
    is_name: Callable[[str], bool],
) -> str | None:
    """The longest <title> / og:title / JSON-LD headline, or part of one, that the page shows
    as a line of its own.

    For headlines in elements no heading selector names (an <h3>, a <div>):
    "标题 - 无线苏州" in og:title and "标题" in <title> -> the line "标题";
    "标题·太仓新闻网", "太仓新闻网：标题" -> "标题".  Site and channel names
    (`is_name`) never count.
    """
    visible = {
        squeeze(line): line
        for line in lines
        if _MIN_HEADING_CHARS <= len(line) <= _MAX_HEADING_CHARS
    }
    marks = sorted({*separators, *_EXTRA_SEPARATORS}, key=len, reverse=True)
    split = re.compile("|".join(re.escape(mark) for mark in marks))
    # Split by every mark at once, and by each alone: "晚报数字报-标题：副标题"
    # keeps the headline's own colon when only "-" joins the site name.
    found = [
        visible[key]
        for reference in references
        for piece in [
            reference,
            *split.split(reference),
            *(part for mark in marks if mark in reference for part in reference.split(mark)),
        ]
        if len(key := squeeze(piece)) >= _MIN_HEADING_CHARS
        and key in visible
        and not is_name(visible[key])
    ]
    return max(found, key=len) if found else None


def line_above_body(lines: Sequence[str], is_name: Callable[[str], bool]) -> str | None:
    """The headline-like line just above the first body paragraph, skipping info lines.

    For pages whose <title> holds only site and channel names and whose
    headline sits in an element no heading selector names (a table cell):
    the headline is what a reader sees right above the text.
    """
    start = next(
        (
            index
            for index, line in enumerate(lines)
            if len(line) >= _PARAGRAPH_CHARS and _SENTENCE_END.search(line)
        ),
        None,
    )
    if start is None:
        return None
    for line in reversed(lines[max(0, start - _ABOVE_BODY_LINES) : start]):
        if (
            len(line) < _MIN_HEADING_CHARS
            or _LABELLED.match(line)
            or parse_published(line) is not None
        ):
            continue
        if len(line) <= _MAX_HEADING_CHARS and not _SENTENCE_END.search(line) and not is_name(line):
            return line
        return None
    return None


def headline_line(lines: Sequence[str], title: str) -> int | None:
    """The index of the page line holding the headline, or of its first part.

    A headline broken by <br> ("…互助养老<br>一年存入…") spans two lines:
    the first is where it sits.
    """
    if not title:
        return None
    at = next((index for index, line in enumerate(lines) if title in line), None)
    if at is not None:
        return at
    squeezed = squeeze(title)
    for index, line in enumerate(lines):
        piece = squeeze(line)
        if len(piece) >= _MIN_HEADING_CHARS and squeezed.startswith(piece):
            joined = "".join(squeeze(part) for part in lines[index : index + 3])
            if squeezed in joined:
                return index
    return None


def _sole_h1(
    root: HtmlElement, title_tag: str, separators: Sequence[str], names: Sequence[str]
) -> str | None:
    """The text of the page's only headline-like <h1>; None when there is none or several."""
    split = re.compile("|".join(re.escape(separator) for separator in separators) or "(?!)")
    title_pieces = {piece.strip() for piece in split.split(title_tag)}
    texts = [
        text
        for element in root.iter("h1")
        if _MIN_HEADING_CHARS
        <= len(text := normalize_line(element.text_content()))
        <= _MAX_HEADING_CHARS
        and text not in title_pieces
        and not is_channel(root, text, names)
    ]
    return texts[0] if len(texts) == 1 else None


def og_title(root: HtmlElement) -> str:
    """The page's og:title ('' when absent)."""
    return select_text(root, ['meta[property="og:title"]']) or ""


def jsonld_headline(root: HtmlElement) -> str:
    """The `headline` of the page's JSON-LD article object ('' when absent)."""
    for data in jsonld_objects(root):
        headline = data.get("headline")
        if isinstance(headline, str) and headline.strip():
            return normalize_line(headline)
    return ""


def jsonld_objects(root: HtmlElement) -> list[dict[str, object]]:
    """Every JSON object in the page's application/ld+json scripts (unreadable ones skipped)."""
    found: list[dict[str, object]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = (
            data
            if isinstance(data, list)
            else data.get("@graph", [data])
            if isinstance(data, dict)
            else []
        )
        found += [item for item in items if isinstance(item, dict)]
    return found


def site_names(root: HtmlElement) -> list[str]:
    """The site's own names as its metadata and its logo give them."""
    names = [name for selector in _SITE_NAME_META if (name := select_text(root, [selector]))]
    for selector in _SITE_NAME_ELEMENTS:
        for element in select_elements(root, selector):
            # a logo is often only a picture: its alt text names the site
            image = element if element.tag == "img" else element.find(".//img")
            alt = image.get("alt") if image is not None else None
            text = normalize_line(element.text_content() or alt or "")
            if 2 <= len(text) <= _MAX_SITE_NAME_CHARS:
                names.append(text)
    return names


def account_names(root: HtmlElement, selectors: Sequence[str]) -> frozenset[str]:
    """The names of the account that published the page, as `selectors` find them."""
    return frozenset(
        text
        for selector in selectors
        for element in select_elements(root, selector)
        if 2 <= len(text := normalize_line(element.text_content())) <= _MAX_SITE_NAME_CHARS
    )


def is_channel(root: HtmlElement, text: str, names: Sequence[str]) -> bool:
    """Whether `text` names the site or one of its channels (a short link text on the page).

    Only short texts can be channel names: a headline the page also links to
    (its own entry in a "latest news" sidebar) stays a headline.
    """
    if text in names:
        return True
    if len(text) > _MAX_CHANNEL_CHARS:
        return False
    # a blog post's title links to the post itself (rel="bookmark"): a permalink, no channel
    return any(
        normalize_line(link.text_content()) == text and "bookmark" not in (link.get("rel") or "")
        for link in root.iter("a")
    )


def _short_link_texts(root: HtmlElement) -> list[str]:
    """Link texts short enough to be channel names (纪检, 工作动态…)."""
    texts = {normalize_line(link.text_content()) for link in root.iter("a")}
    return [text for text in texts if 2 <= len(text) <= _MAX_CHANNEL_CHARS]


def strip_names(title: str, names: Sequence[str]) -> str:
    """`title` without a site or channel name joined to its start or end.

    "标题 东区办事处", "标题-纪检": the name must be one the page itself uses
    and be set off by a space or a separator, so a headline that merely ends
    in the same characters keeps them.
    """
    for name in sorted(set(names), key=len, reverse=True):
        if title == name:
            continue
        suffix = re.search(rf"[\s\-_|｜－—·]+{re.escape(name)}$", title)
        if suffix and suffix.start() > 0:
            title = title[: suffix.start()]
        prefix = re.match(rf"^{re.escape(name)}[\s\-_|｜－—·]+", title)
        if prefix and prefix.end() < len(title):
            title = title[prefix.end() :]
    return title.strip()


def confirmed_heading(
    root: HtmlElement,
    selectors: Sequence[str],
    references: Sequence[str],
    separators: Sequence[str] = (),
) -> str | None:
    """The longest heading whose text appears in a reference title (a logo <h1> loses)."""
    squeezed = [squeeze(reference) for reference in references]
    # "常熟试点“时间银行”互助养老..._中吴网": <title> cut the headline short
    starts = [
        match["start"]
        for reference in squeezed
        if (match := _TRUNCATED.match(reference)) and len(match["start"]) >= _MIN_TRUNCATED_CHARS
    ]
    split = re.compile("|".join(re.escape(mark) for mark in separators) or "(?!)")
    pieces = {
        piece.strip()
        for reference in references
        for piece in split.split(reference)
        if len(squeeze(piece)) >= _MIN_PIECE_CHARS
    }
    confirmed: list[str] = []
    partial: list[str] = []  # headings holding a piece of <title> with more around it
    for selector in selectors:
        for element in select_elements(root, selector):
            for text in _heading_texts(element):
                if len(text) < _MIN_HEADING_CHARS:
                    continue
                key = squeeze(text)
                if any(key in reference for reference in squeezed) or any(
                    key.startswith(start) for start in starts
                ):
                    confirmed.append(text)
                    continue
                # "引题标题": the piece ends the heading and is the headline;
                # "标题（shortened in <title>）…": it starts it, the heading is whole.
                for piece in pieces:
                    if key.endswith(squeeze(piece)):
                        partial.append(piece)
                    elif key.startswith(squeeze(piece)):
                        partial.append(text)
    if confirmed:
        return max(confirmed, key=len)
    # the tightest: a block around the heading (with its info line) also starts with it
    return min(partial, key=len) if partial else None


def _heading_texts(element: HtmlElement) -> list[str]:
    """The heading's text, then its lines when a <br> or a block splits it.

    "标题<br>——副题" in one <h1>: the whole text is not in <title>, the first
    line is, and only it is the headline.  A headline set on two lines
    ("虎丘花展开幕<br>百余种郁金香迎客") is also its lines apart by a space, as
    <title> writes it (the longest confirmed text wins).
    """
    whole = _without_dates(element)
    if element.find(".//br") is None and not any(
        isinstance(child.tag, str) and child.tag in _SPLITTING_TAGS for child in element
    ):
        return [whole]
    lines = element_lines(element)
    return [whole, " ".join(lines), *lines]


def _without_dates(element: HtmlElement) -> str:
    """The heading's text without a child that holds only a date ("<span>2024-07-02 17:30</span>"
    floated beside the headline by some CMSs)."""
    whole = normalize_line(element.text_content())
    for child in element.iterdescendants():
        text = normalize_line(child.text_content())
        if (
            text
            and len(text) <= _MAX_DATE_CHILD_CHARS
            and text != whole
            and parse_published(text) is not None
            and not _CJK_WORD.search(_DATE_SPAN.sub("", text))
        ):
            whole = normalize_line(whole.replace(text, " "))
    return whole


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
