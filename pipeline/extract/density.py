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

import re
from collections.abc import Callable

from lxml.html import HtmlElement
from newswatch.pipeline.extract.document import element_lines
from newswatch.pipeline.extract.text import count_cjk, normalize_line

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "select", "textarea", "svg", "nav",
     "header", "footer", "aside", "a", "button", "iframe", "form"}
)  # fmt: skip
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset({"div", "td", "section", "article", "li"})
_INLINE_TAGS = frozenset({"font", "span", "strong", "b"})
_PUNCTUATION = re.compile(r"[，。！？；：、“”《》（）]")
_ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)
# Paragraphs with a bigger share of their characters in links are navigation.
_MAX_LINK_SHARE = 0.5
# A paragraph shorter than this is a label or a button, not article text.
_MIN_PARAGRAPH_CJK = 4


def densest_container(
    root: HtmlElement, negative: re.Pattern[str], is_junk: Callable[[str], bool]
) -> HtmlElement | None:
    """The element that directly holds the most article text, or None on a page without any."""
    body = root.find("body")
    scores: dict[HtmlElement, float] = {}
    stack = [body if body is not None else root]
    while stack:
        element = stack.pop()
        for child in element:
            if not isinstance(child.tag, str) or child.tag in _SKIPPED:
                continue
            if _is_negative(child, negative):
                continue
            weight = _paragraph_weight(child, is_junk)
            if weight:
                _credit(child, weight, scores)
            if child.tag not in _PARAGRAPH_TAGS:
                stack.append(child)
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def _is_negative(element: HtmlElement, negative: re.Pattern[str]) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
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
    return cjk - linked + len(_PUNCTUATION.findall(text))


def _credit(paragraph: HtmlElement, weight: float, scores: dict[HtmlElement, float]) -> None:
    # Loose text credits its own block first: that block is the container.
    start = paragraph if paragraph.tag in _BLOCK_TAGS else paragraph.getparent()
    ancestor = start
    for share in _ANCESTOR_SHARES:
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        scores[ancestor] = scores.get(ancestor, 0.0) + share * weight
        ancestor = ancestor.getparent()


def aside_lines(root: HtmlElement, negative: re.Pattern[str]) -> frozenset[str]:
    """The text lines of every block whose class or id names it as chrome."""
    found: set[str] = set()
    stack = [root]
    while stack:
        element = stack.pop()
        for child in element:
            if not isinstance(child.tag, str) or child.tag in ("script", "style", "head"):
                continue
            if _is_negative(child, negative):
                found.update(element_lines(child))
            else:
                stack.append(child)
    return frozenset(found)
