"""Parsing a decoded page into one lxml tree, and reading plain facts off that tree."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    document_fromstring,
)
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract.text import newline_lines, normalize_line

# Characters libxml2 (and trafilatura's XML output) refuse: C0 controls but
# tab/newline/carriage return, and the two non-characters.
_INVALID_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# lxml refuses str input that carries its own encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
# A table row is one line, its cells apart by a space; a short cell is one
# piece of text even when the CMS wrapped it in a <p> (tables pasted from
# Word).  A longer cell or one holding blocks is page layout: its paragraphs
# stay lines (see _data_cell_text).
_CELL_TAGS = frozenset({"td", "th"})
_DATA_CELL_CHARS = 80
_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "select", "textarea", "svg"}
)
# Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python
# method run for each element proxy made (a quarter of a million per hundred
# pages), only to give <form>, <input>, <select>, <textarea> and <label> their
# form-handling subclasses, which nothing here uses.
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)


def parse_html(text: str) -> HtmlElement:
    """The lxml tree of a page; ExtractionError when nothing parseable is left."""
    cleaned = _INVALID_XML_CHARS.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not cleaned.strip():
        raise ExtractionError("empty page: no content after decoding")
    # A parser per call: lxml parsers must not be shared between threads.
    parser = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    try:
        root = document_fromstring(cleaned, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from None
    if root is None or not isinstance(root, HtmlElement):
        raise ExtractionError("unparseable HTML: no document element")
    return root


def element_lines(
    element: HtmlElement, *, hidden: Callable[[HtmlElement], bool] | None = None
) -> list[str]:
    """The visible text of `element`, one normalized line per block (paragraph, div, br…).

    Elements for which `hidden` says so are left out too (see page_lines).
    """
    parts: list[str] = []
    append = parts.append  # the hottest loop of the extractor: names bound once
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        # a comment's or processing instruction's tag is a function: in neither set
        tag = node.tag
        if event == "start":
            if tag in _SKIPPED_TAGS or (hidden is not None and hidden(node)):
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                append("\n")
            elif tag in _CELL_TAGS:
                append(" ")
                text = _data_cell_text(node)
                if text is not None:
                    append(text)
                    walker.skip_subtree()
                    continue
            text = node.text
            if text:
                append(text)
        else:
            if tag in _BLOCK_TAGS:
                append("\n")
            tail = node.tail
            if tail and node is not element:
                append(tail)
    return newline_lines("".join(parts))


def _data_cell_text(cell: HtmlElement) -> str | None:
    """The text of a data table's cell as one piece; None for a cell of page layout.

    A data cell is short and holds at most one block (Word wraps every cell
    in a <p>); a cell with a list, several paragraphs or a table of its own
    is layout, read block by block.
    """
    blocks = 0
    for element in cell.iterdescendants():
        if element.tag in _BLOCK_TAGS:
            blocks += 1
            if blocks > 1 or element.tag in ("table", "ul", "ol", "li", "div"):
                return None
    text = _cell_text(cell)
    return text if len(text) <= _DATA_CELL_CHARS else None


def _cell_text(element: HtmlElement) -> str:
    """The visible text of a table cell, as one piece (scripts and styles left out)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _SKIPPED_TAGS:
            parts.append(_cell_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def page_lines(root: HtmlElement) -> list[str]:
    """All visible lines of the page's <body> (headers, sidebars and footers included).

    Hidden blocks are not among them: a share card's hidden <h1> and summary
    at the top of <body> would otherwise be where the headline and the
    article's first sentence are found on the page.
    """
    body = root.find("body")
    top = body if body is not None else root
    return element_lines(top, hidden=_HiddenBlocks(top))


class _HiddenBlocks:
    """Whether an element is hidden by its own markup (`display:none` inline, the
    `hidden` attribute) and holds less than half the page's text: a page that
    hides its whole content until a script runs is still read."""

    def __init__(self, top: HtmlElement) -> None:
        self._top = top
        self._page_chars: int | None = None

    def __call__(self, node: HtmlElement) -> bool:
        get = node.get
        style = get("style")
        if get("hidden") is None and (style is None or _DISPLAY_NONE.search(style) is None):
            return False
        if self._page_chars is None:
            self._page_chars = shown_length(self._top)
        return shown_length(node) < self._page_chars / 2


def shown_length(element: HtmlElement) -> int:
    """How many characters of text `element` holds outside scripts and styles (a page's
    state script may repeat the whole article), whitespace included; counted in C."""
    hidden = sum(len(inner.text or "") for inner in element.iter("script", "style"))
    return len(element.text_content()) - hidden


def link_texts(root: HtmlElement, min_chars: int = 2) -> frozenset[str]:
    """The normalized texts of the page's links (menu entries and titles alike)."""
    texts = (normalize_line(link.text_content()) for link in root.iter("a"))
    return frozenset(text for text in texts if len(text) >= min_chars)


def page_title(root: HtmlElement) -> str:
    """The text of <title>, normalized ('' when absent)."""
    title = root.find(".//title")
    return normalize_line(title.text_content()) if title is not None else ""


def canonical_url(root: HtmlElement, url: str | None) -> str | None:
    """The absolute href of <link rel="canonical">, or None (also for one that is no URL)."""
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            try:
                return urljoin(url, href) if url else href
            except ValueError:  # "Invalid IPv6 URL": a damaged href names no page
                return None
    return None
