"""The DOM container holding the most article-like text, in the manner of readability and GNE.

Every paragraph (a <p>, or a block's own loose text) is weighed by its Chinese
characters and Chinese punctuation, minus the part that sits in links; a
paragraph that is mostly link text, or that the boilerplate rules call junk
(disclaimers, comment notices…), weighs nothing.  Its weight goes to its
parent in full, to the grandparent in half and to the great-grandparent in a
third, so the element that directly holds the article's paragraphs collects
the most.  Blocks whose class or id name them as chrome (comment, footer,
share…) are not entered.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from lxml.html import HtmlElement
from newswatch.pipeline.extract.document import element_lines, shown_length
from newswatch.pipeline.extract.text import count_cjk, normalize_line, squeeze

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "select", "textarea", "svg", "nav",
     "header", "footer", "aside", "a", "button", "iframe", "form"}
)  # fmt: skip
# A <form> is a search box or a comment form, unless it wraps the page: ASP.NET
# WebForms pages hold everything in one <form id="form1">.  One holding this
# much Chinese text is entered.
_PAGE_FORM_CJK = 200
# A chrome-named block holding more than this share of the page's text wraps the page.
_WRAPPER_SHARE = 0.5
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset({"div", "td", "section", "article", "li"})
_INLINE_TAGS = frozenset({"font", "span", "strong", "b"})
_PUNCTUATION = re.compile(r"[，。！？；：、“”《》（）]+")
_ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)
# Paragraphs with a bigger share of their characters in links are navigation.
_MAX_LINK_SHARE = 0.5
# A paragraph shorter than this is a label or a button, not article text.
_MIN_PARAGRAPH_CJK = 4


def densest_container(
    root: HtmlElement, negative: re.Pattern[str], is_junk: Callable[[str], bool]
) -> HtmlElement | None:
    """The element that directly holds the most article text, or None on a page without any."""
    found = dense_containers(root, negative, is_junk, 1)
    return found[0] if found else None


def dense_containers(
    root: HtmlElement,
    negative: re.Pattern[str],
    is_junk: Callable[[str], bool],
    count: int,
    title: str = "",
) -> list[HtmlElement]:
    """Up to `count` elements holding the most article text, best first, none inside another.

    A short article can weigh less than a long disclaimer or a block of
    comments the rules do not know: the runners-up go to the candidate
    choice, which also weighs the distance from the headline.  A block
    named as chrome is entered when it wraps the page (holds the headline
    `title` and most of the text).
    """
    body = root.find("body")
    top = body if body is not None else root
    wraps = _PageWrapper(top, title)
    scores: dict[HtmlElement, float] = {}
    stack = [top]
    while stack:
        element = stack.pop()
        for child in element:
            if not isinstance(child.tag, str) or (child.tag in _SKIPPED and not _page_form(child)):
                continue
            if _is_negative(child, negative) and not wraps(child):
                continue
            weight = _paragraph_weight(child, is_junk)
            if weight:
                _credit(child, weight, scores)
            if child.tag not in _PARAGRAPH_TAGS:
                stack.append(child)
    chosen: list[HtmlElement] = []
    for element in sorted(scores, key=scores.__getitem__, reverse=True):
        if len(chosen) == count:
            break
        if any(_nested(element, other) for other in chosen):
            continue
        chosen.append(element)
    return chosen


class _PageWrapper:
    """Whether a block holds the headline and most of the page's text: a wrapper,
    whatever its name.

    A share landing page wraps everything in <div class="share-page">: its
    name says chrome, its content is the page, article included.  A long
    comment section may hold most of the text too, but not the headline.
    """

    def __init__(self, top: HtmlElement, title: str) -> None:
        self._top = top
        self._title = squeeze(title)
        self._page_chars: int | None = None

    def __call__(self, element: HtmlElement) -> bool:
        if not self._title:
            return False
        if self._page_chars is None:
            self._page_chars = shown_length(self._top)
        return shown_length(element) > _WRAPPER_SHARE * self._page_chars and self._title in squeeze(
            element.text_content()
        )


def _page_form(element: HtmlElement) -> bool:
    """A <form> wrapping the page's content rather than a search or comment form."""
    return element.tag == "form" and count_cjk(element.text_content()) >= _PAGE_FORM_CJK


def _nested(one: HtmlElement, other: HtmlElement) -> bool:
    return any(a is other for a in one.iterancestors()) or any(
        a is one for a in other.iterancestors()
    )


def _is_negative(element: HtmlElement, negative: re.Pattern[str]) -> bool:
    get = element.get
    names = get("class"), get("id")
    return names != (None, None) and _negative_names(negative, *names)


# A site repeats its few class and id names on every page: each pair is searched once.
@functools.lru_cache(maxsize=4096)
def _negative_names(negative: re.Pattern[str], cls: str | None, ident: str | None) -> bool:
    names = f"{cls or ''} {ident or ''}"
    return bool(names.strip()) and negative.search(names) is not None


def _paragraph_weight(element: HtmlElement, is_junk: Callable[[str], bool]) -> float:
    """Chinese characters plus punctuation of one paragraph's own text; 0 for junk or links."""
    if element.tag in _PARAGRAPH_TAGS:
        text = normalize_line(element.text_content())
        linked = sum(count_cjk(a.text_content()) for a in element.iter("a"))
    elif element.tag in _BLOCK_TAGS or element.tag in _INLINE_TAGS:
        text = normalize_line((element.text or "") + "".join(child.tail or "" for child in element))
        linked = 0
    else:
        return 0.0
    cjk = count_cjk(text)
    if cjk < _MIN_PARAGRAPH_CJK or linked > _MAX_LINK_SHARE * cjk or is_junk(text):
        return 0.0
    return cjk - linked + sum(map(len, _PUNCTUATION.findall(text)))


def _credit(paragraph: HtmlElement, weight: float, scores: dict[HtmlElement, float]) -> None:
    # Loose text credits its own block first: that block is the container.
    start = paragraph if paragraph.tag in _BLOCK_TAGS else paragraph.getparent()
    ancestor = start
    for share in _ANCESTOR_SHARES:
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        scores[ancestor] = scores.get(ancestor, 0.0) + share * weight
        ancestor = ancestor.getparent()


def aside_lines(root: HtmlElement, negative: re.Pattern[str], title: str = "") -> frozenset[str]:
    """The text lines of every block whose class or id names it as chrome (unless it
    wraps the page: holds the headline `title` and most of the text)."""
    found: set[str] = set()
    wraps = _PageWrapper(root, title)
    stack = [root]
    while stack:
        element = stack.pop()
        for child in element:
            if not isinstance(child.tag, str) or child.tag in ("script", "style", "head"):
                continue
            if _is_negative(child, negative) and not wraps(child):
                found.update(element_lines(child))
            else:
                stack.append(child)
    return frozenset(found)


# ------------------------------------------------------------ record blocks
# Teasers with their summaries and reader comments are told apart from an
# article by their structure, whatever their class names: three or more
# sibling items built alike, each made of several short parts (a headline
# link, a user name, a time) rather than of running text.

_MIN_RECORDS = 3
# A part this short that does not end a sentence is a label: a title, a name, a time.
_LABEL_MAX_CHARS = 40
# Records are short: a headline and a summary, a name and a comment.
_RECORD_MAX_MEAN_CHARS = 240
# Link text that makes a part a headline link (shorter ones are keyword links).
_HEADLINE_LINK_CHARS = 6
# A picture's own controls ("点击查看大图", "图片加载中…") are neither a headline
# link nor a label: a captioned picture is no teaser.
_PICTURE_UI = re.compile(
    r"^(?:点击)?(?:查看|放大|下载|浏览)?(?:大图|原图|高清大?图|全图|图片)$"
    r"|^图片(?:加载中|正在加载|加载失败)[.。…]*$"
)
# Feedback and reaction buttons with their counts (有用(12) 没用(0), 赞 3) are
# neither a headline link nor a label: a policy Q&A item ending in them is no record.
_COUNTER_UI = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}\s*[(（]?\d+[)）]?\s*)+$")
# With a headline link, at most this share of a record is its own loose text.
_MAX_LOOSE_SHARE = 0.2
# A wrapper holding records and at most this much other text (a heading such as
# "推荐" or "699人参与") goes with them.
_WRAPPER_TEXT_CHARS = 40
_RECORD_BLOCK_PARTS = frozenset(
    {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "dd", "dt", "ul", "ol", "header"}
)
_NOT_RECORDS = frozenset(
    {"table", "tbody", "thead", "tr", "td", "th", "select", "option", "head", "script", "style",
     "br", "img", "body", "html"}
)  # fmt: skip
_TIME_OR_REACTION = re.compile(
    r"\d+\s*(?:秒|分钟|小时|天|周|个月)前|(?<!\d)\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"|\d{4}-\d{1,2}-\d{1,2}|^(?:回复|点赞|赞)|赞\s*[(（]?\d+"
)
_SENTENCE_END = re.compile(r"[。！？!?…；;]$")


def record_blocks(root: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The outermost elements holding runs of records: sure ones, and likely ones.

    Sure records carry a time, a reaction or a headline link (teasers,
    comments): nothing of them is article text.  Likely records are only
    built of short blocks (a title over a summary): a policy Q&A is built
    the same way, so they only count against a candidate (choice.py).
    """
    sure: list[HtmlElement] = []
    likely: list[HtmlElement] = []
    for parent in root.iter():
        # fewer children than records make: no signatures to compare (most elements)
        if len(parent) < _MIN_RECORDS:
            continue
        if not isinstance(parent.tag, str) or parent.tag in ("select", "head", "script", "style"):
            continue
        groups: dict[tuple[object, ...], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in _NOT_RECORDS and len(child):
                groups.setdefault(_signature(child), []).append(child)
        for items in groups.values():
            if len(items) < _MIN_RECORDS:
                continue
            kind = _record_kind(items)
            if kind == _SURE:
                sure.extend(_wrapper(parent, items))
            elif kind == _LIKELY:
                likely.extend(_wrapper(parent, items))
    return _outermost(sure), _outermost([e for e in likely if e not in set(sure)])


def _outermost(found: list[HtmlElement]) -> list[HtmlElement]:
    every = set(found)
    return [e for e in dict.fromkeys(found) if not any(a in every for a in e.iterancestors())]


def _signature(element: HtmlElement) -> tuple[object, ...]:
    return (
        element.tag,
        element.get("class"),
        tuple(child.tag for child in element if isinstance(child.tag, str)),
    )


_NONE, _LIKELY, _SURE = 0, 1, 2


def _record_kind(items: list[HtmlElement]) -> int:
    """The weakest kind among the items (_NONE if they are too long to be records)."""
    texts = [normalize_line(item.text_content()) for item in items]
    if sum(map(len, texts)) > _RECORD_MAX_MEAN_CHARS * len(items):
        return _NONE
    return min(_item_kind(item, text) for item, text in zip(items, texts, strict=True))


def _item_kind(item: HtmlElement, text: str) -> int:
    """Several parts, one of them a label; sure with a time, a reaction or a headline link."""
    parts = [
        (child, normalize_line(child.text_content()))
        for child in item
        if isinstance(child.tag, str) and child.tag not in ("br", "img", "script", "style")
    ]
    parts = [(child, part) for child, part in parts if part]
    if len(parts) < 2 or not text:
        return _NONE
    if not any(len(p) <= _LABEL_MAX_CHARS and not _SENTENCE_END.search(p) for _, p in parts):
        return _NONE
    if any(_TIME_OR_REACTION.search(part) for _, part in parts):
        return _SURE
    loose = normalize_line((item.text or "") + "".join(child.tail or "" for child in item))
    headline_link = any(
        len(text := normalize_line(a.text_content())) >= _HEADLINE_LINK_CHARS
        and not _PICTURE_UI.match(text)
        and not _COUNTER_UI.match(text)
        for a in item.iter("a")
    )
    if headline_link and len(loose) <= _MAX_LOOSE_SHARE * len(text):
        return _SURE
    # A picture over its caption, numbered "1/4", is a gallery's article text:
    # a record's label is a title or a name, never a counter alone.
    labels = [
        p
        for _, p in parts
        if len(p) <= _LABEL_MAX_CHARS
        and not _SENTENCE_END.search(p)
        and not _PICTURE_UI.match(p)
        and not _COUNTER_UI.match(p)
    ]
    if not any(count_cjk(label) for label in labels):
        return _NONE
    if any(child.tag in _RECORD_BLOCK_PARTS for child, _ in parts):
        return _LIKELY
    return _NONE


def _wrapper(parent: HtmlElement, items: list[HtmlElement]) -> list[HtmlElement]:
    """The records, or the ancestor holding them and at most a heading besides."""
    inside = sum(len(normalize_line(item.text_content())) for item in items)
    if len(normalize_line(parent.text_content())) - inside > _WRAPPER_TEXT_CHARS:
        return items
    block = parent
    while True:
        up = block.getparent()
        if up is None or up.tag in ("body", "html"):
            return [block]
        if len(normalize_line(up.text_content())) - inside > _WRAPPER_TEXT_CHARS:
            return [block]
        block = up
