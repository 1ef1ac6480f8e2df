"""Tables used for page layout, turned into divs so trafilatura reads their cells as blocks.

Older government templates put the whole article inside one <td>.  trafilatura
treats every table as data: it renders rows as "| … |" lines and joins a
cell's paragraphs into one line.  A table with a cell holding a long run of
block content is layout, not data (data cells are short, even Word-pasted
ones with a <p> inside).
"""

from __future__ import annotations

import copy

from lxml.html import HtmlElement

_CELL_TAGS = ("td", "th")
_BLOCK_XPATH = "./p|./div|./table|./ul|./ol|./section|.//p|.//div"
_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"})


def without_layout_tables(root: HtmlElement, min_cell_chars: int) -> HtmlElement:
    """`root` itself when it has no layout tables, else a copy with them turned into divs."""
    if not _layout_tables(root, min_cell_chars):
        return root
    tree = copy.deepcopy(root)
    for table in _layout_tables(tree, min_cell_chars):
        _to_divs(table)
    return tree


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
