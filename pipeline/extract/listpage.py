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
from newswatch.pipeline.extract.text import count_cjk

# A link whose text has this many Chinese characters reads like a headline.
_HEADLINE_LINK_CJK = 8


def list_page_reason(root: HtmlElement, body_lines: Sequence[str], min_links: int) -> str | None:
    """Why the page looks like a list page, or None when it does not."""
    groups: Counter[HtmlElement] = Counter()
    link_cjk = 0
    for link in root.iter("a"):
        cjk = count_cjk(link.text_content())
        if cjk < _HEADLINE_LINK_CJK:
            continue
        link_cjk += cjk
        item = link.getparent()
        holder = (
            item.getparent()
            if item is not None and item.tag in ("li", "dd", "dt", "td", "span", "h3", "h4", "p")
            else item
        )
        if holder is not None:
            groups[holder] += 1
    largest = max(groups.values(), default=0)
    body_cjk = sum(count_cjk(line) for line in body_lines)
    if largest >= min_links and body_cjk < link_cjk:
        return (
            f"looks like a list page, not an article: {largest} headline links in one list "
            "and no headline that the page title confirms"
        )
    return None
