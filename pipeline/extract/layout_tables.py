"""Tables used for page layout, turned into divs so trafilatura reads their cells as blocks.

Older government templates put the whole article inside one <td>.  trafilatura
treats every table as data: it renders rows as "| … |" lines and joins a
cell's paragraphs into one line.  A table with a cell holding a long run of
block content is layout, not data (data cells are short, even Word-pasted
ones with a <p> inside).

The same holds for a list item that carries the whole article, headline
included: trafilatura renders an <li> as one "- …" line, gluing the headline,
the info line and the text together.  Such an item, and its list, become divs.

A page that appends the next story in full (继续阅读下一篇 on mobile portals)
gives it an <h1> and a dated info line of its own after the article: the block
holding them, up to where the article's own headline begins, is left out.
"""

from __future__ import annotations

import copy

from lxml.html import HtmlElement
from newswatch.pipeline.extract.dates import find_dates
from newswatch.pipeline.extract.text import normalize_line, squeeze

_CELL_TAGS = ("td", "th")
# Block content, or text broken into lines by <br> (a forum post in its cell).
_BLOCK_XPATH = "./p|./div|./table|./ul|./ol|./section|.//p|.//div|.//br"
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})


# A headline element holds the headline and at most this many characters more.
_HEADLINE_EXTRA_CHARS = 10
# Another story's headline is this long, and its info line starts this close after it.
_MIN_OTHER_HEADLINE_CHARS = 8
_INFO_LINE_REACH = 120


def without_layout_tables(root: HtmlElement, min_cell_chars: int, title: str = "") -> HtmlElement:
    """`root` itself when it has no layout tables or article list items, else a copy
    with them turned into divs (`title`: the headline, which marks an article's item)."""
    if (
        not _layout_tables(root, min_cell_chars)
        and not _article_items(root, title)
        and not _later_articles(root, title)
    ):
        return root
    tree = copy.deepcopy(root)
    for block in _later_articles(tree, title):
        block.drop_tree()
    for table in _layout_tables(tree, min_cell_chars):
        _to_divs(table)
    for item in _article_items(tree, title):
        parent = item.getparent()
        item.tag = "div"
        if parent is not None and parent.tag in ("ul", "ol"):
            parent.tag = "div"
    return tree


def _article_items(root: HtmlElement, title: str) -> list[HtmlElement]:
    """List items holding a child block that is the headline, and more blocks besides."""
    if not title:
        return []
    found = []
    for item in root.iter("li"):
        children = [child for child in item if isinstance(child.tag, str)]
        if len(children) < 2:
            continue
        for child in children:
            text = normalize_line(child.text_content())
            if title in text and len(text) <= len(title) + _HEADLINE_EXTRA_CHARS:
                found.append(item)
                break
    return found


def _later_articles(root: HtmlElement, title: str) -> list[HtmlElement]:
    """Blocks after the article holding another story's <h1> and its dated info line."""
    wanted = squeeze(title)
    if len(wanted) < _MIN_OTHER_HEADLINE_CHARS:
        return []
    headings = list(root.iter("h1"))
    own = next((h for h in headings if wanted in squeeze(h.text_content())), None)
    if own is None:
        return []
    mine = set(own.iterancestors())
    found: list[HtmlElement] = []
    for heading in headings[headings.index(own) + 1 :]:
        text = squeeze(heading.text_content())
        if len(text) < _MIN_OTHER_HEADLINE_CHARS or wanted in text:
            continue
        block = heading
        for parent in heading.iterancestors():
            if parent in mine:
                break
            block = parent
        start = normalize_line(block.text_content()).find(normalize_line(heading.text_content()))
        head = normalize_line(block.text_content())[start : start + _INFO_LINE_REACH]
        if block is not heading and find_dates(head) and block not in found:
            found.append(block)
    return found


def _layout_tables(root: HtmlElement, min_cell_chars: int) -> list[HtmlElement]:
    tables: list[HtmlElement] = []
    for cell in root.iter(*_CELL_TAGS):
        if not cell.xpath(_BLOCK_XPATH):
            continue
        if len(cell.text_content().strip()) < min_cell_chars:
            continue
        table = next(cell.iterancestors("table"), None)
        if table is not None and table not in tables:
            tables.append(table)
    return tables


def _to_divs(table: HtmlElement) -> None:
    """Rename the table's own structure (not tables nested in its cells) to divs."""
    stack = [table]
    while stack:
        element = stack.pop()
        nested_table = element.tag == "table" and element is not table
        if nested_table:
            continue
        if element.tag in _TABLE_PARTS:
            element.tag = "div"
        stack.extend(child for child in element if isinstance(child.tag, str))
