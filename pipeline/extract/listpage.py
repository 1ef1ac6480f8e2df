"""Telling a channel or list page from an article page.

A list page is a column of headline links (often with dates and summaries)
under a channel name: it has a group of at least `min_links` links whose
texts read like headlines, sharing one list, and no headline of its own that
<title> confirms.  An article page with a long related-news list still has
more article text than link text; a list page's "body" is made of teasers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml.html import HtmlElement
from newswatch.pipeline.extract.text import count_cjk, normalize_line

# A link whose text has this many Chinese characters reads like a headline.
_HEADLINE_LINK_CJK = 8
# Elements that wrap one link of a list: the list is their parent.
_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "span", "h3", "h4", "p"})
# Body lines opening with a listed headline that make the body a teaser list.
_MIN_TEASER_LINES = 3


def list_page_reason(root: HtmlElement, body_lines: Sequence[str], min_links: int) -> str | None:
    """Why the page looks like a list page, or None when it does not.

    The page must have a list of `min_links` headline links, and its "body"
    must be made of them: less text than the links carry, or several lines
    that open with a listed headline (teasers with their summaries).
    """
    groups: Counter[HtmlElement] = Counter()
    headlines: set[str] = set()
    for link in root.iter("a"):
        text = normalize_line(link.text_content())
        if count_cjk(text) < _HEADLINE_LINK_CJK:
            continue
        headlines.add(text)
        item = link.getparent()
        holder = item.getparent() if item is not None and item.tag in _ITEM_TAGS else item
        if holder is not None:
            groups[holder] += 1
    largest = max(groups.values(), default=0)
    if largest < min_links:
        return None
    link_cjk = sum(count_cjk(text) for text in headlines)
    body_cjk = sum(count_cjk(line) for line in body_lines)
    teasers = sum(1 for line in body_lines if any(line.startswith(h) for h in headlines))
    if body_cjk < link_cjk or teasers >= _MIN_TEASER_LINES:
        return (
            f"looks like a list page, not an article: {largest} headline links in one list "
            "and no headline that the page title confirms"
        )
    return None
