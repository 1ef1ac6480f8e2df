"""Telling a channel or list page from an article page.

A list page is a column of headline links (often with dates and summaries)
under a channel name, with no headline of its own that <title> confirms.
Next to a list of three or more headline links, its "body" holds no
sentence of article text, or three lines opening with a listed headline
(teasers), or, when one list holds `min_links` of them, less text than the
links themselves.  An article page with a long related-news list still has more article
text than link text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml.html import HtmlElement
from newswatch.pipeline.extract.text import ENDS_SENTENCE, count_cjk, normalize_line

# A link whose text has this many Chinese characters reads like a headline.
_HEADLINE_LINK_CJK = 8
# How many levels above a headline link its list may sit.
_LIST_DEPTH = 4
# Body lines opening with a listed headline that make the body a teaser list.
_MIN_TEASER_LINES = 3
# A short list is enough when the "body" holds less sentence text than this.
_MIN_SHORT_LIST = 3
_MIN_PROSE_CJK = 20


def list_page_reason(root: HtmlElement, body_lines: Sequence[str], min_links: int) -> str | None:
    """Why the page looks like a list page, or None when it does not (see the module)."""
    groups: Counter[HtmlElement] = Counter()
    headlines: set[str] = set()
    for link in root.iter("a"):
        text = normalize_line(link.text_content())
        if count_cjk(text) < _HEADLINE_LINK_CJK:
            continue
        headlines.add(text)
        # the list is an ancestor a few levels up (li > ul, or h3 > div > div > div)
        for depth, ancestor in enumerate(link.iterancestors()):
            if depth >= _LIST_DEPTH or ancestor.tag in ("body", "html"):
                break
            groups[ancestor] += 1
    largest = max(groups.values(), default=0)
    if largest < _MIN_SHORT_LIST:
        return None
    prose = sum(
        count_cjk(line)
        for line in body_lines
        if ENDS_SENTENCE.search(line) and not any(line.startswith(h) for h in headlines)
    )
    link_cjk = sum(count_cjk(text) for text in headlines)
    body_cjk = sum(count_cjk(line) for line in body_lines)
    teasers = sum(1 for line in body_lines if any(line.startswith(h) for h in headlines))
    if (
        prose < _MIN_PROSE_CJK
        or teasers >= _MIN_TEASER_LINES
        or (largest >= min_links and body_cjk < link_cjk)
    ):
        return (
            f"looks like a list page, not an article: a list of {largest} headline links, "
            "no headline that the page title confirms, and a body made of teasers"
        )
    return None
