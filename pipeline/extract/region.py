"""The article's region of a page: what trafilatura needs to read, without the rest.

trafilatura's cost grows with the tree it is given, and most of a portal's
tree is navigation, hot lists and footers that it only reads to throw away.
The article lies in the smallest element holding both the headline and the
block with the most article text (density.py).  trafilatura gets that
element's parent, alone in a document of its own: given the element itself
as the body's only child, its readability fallback judged some pages'
blocks differently (WeChat sections glued into one paragraph, a repeated
paragraph lost), while with the parent its output matched the whole page's
on all 557 corpus and real pages but one, which it improved.  Where the
parent is <body> (or no headline element is found) the page stays whole.
"""

from __future__ import annotations

import copy

from lxml import etree
from lxml.html import HtmlElement
from newswatch.pipeline.extract.text import squeeze

# The headline is looked for by its first characters, then by its last: a
# kicker in a <span> of its own may split it across text nodes.
_HEADLINE_PROBE_CHARS = 6
_TEXT_HOLDING = etree.XPath(
    "//body//text()[contains(translate(., ' \u3000\u00a0', ''), $probe)]/.."
)
# A table's or a list's parts are no document of their own: their table or list is.
_PARTS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot", "caption", "li", "dd", "dt"})


def article_region(root: HtmlElement, container: HtmlElement, title: str) -> HtmlElement | None:
    """The parent of the smallest element holding `container` and the headline `title`
    (see the module docstring), or None when that is the whole page or the
    headline is nowhere in <body>."""
    wanted = squeeze(title)
    if len(wanted) < _HEADLINE_PROBE_CHARS:
        return None
    heading = _headline_element(root, wanted)
    if heading is None:
        return None
    # identity, not id(): lxml makes a new proxy object per access, and a freed
    # proxy's id() is soon another element's
    ancestors = [container, *container.iterancestors()]
    region = next(
        (
            element
            for element in (heading, *heading.iterancestors())
            if any(element is ancestor for ancestor in ancestors)
        ),
        None,
    )
    shared = _whole_structure(region)
    setting = shared.getparent() if shared is not None else None
    if setting is None or setting.tag in ("body", "html"):
        return None
    return setting


def _headline_element(root: HtmlElement, wanted: str) -> HtmlElement | None:
    """The first element in <body> whose text, spaces removed, is the headline."""
    for probe in (wanted[:_HEADLINE_PROBE_CHARS], wanted[-_HEADLINE_PROBE_CHARS:]):
        found = _TEXT_HOLDING(root, probe=probe)
        heading = _holding_all(found, wanted) if isinstance(found, list) else None
        if heading is not None:
            return heading
    return None


def _holding_all(found: list[HtmlElement], wanted: str) -> HtmlElement | None:
    """The first of `found`, or of its near ancestors, whose text is `wanted`."""
    for element in found:
        # the probe's element may hold only part of it (<h1><span>引题</span>正题</h1>)
        for candidate in (element, *element.iterancestors()):
            if not isinstance(candidate, HtmlElement) or candidate.tag in ("body", "html"):
                break
            text = squeeze(candidate.text_content())
            if text == wanted:
                return candidate
            if len(text) > 2 * len(wanted):
                break
    return None


def _whole_structure(element: HtmlElement | None) -> HtmlElement | None:
    """`element`, or the table or list it is part of."""
    while element is not None and element.tag in _PARTS:
        element = element.getparent()
    return element


def cropped(region: HtmlElement) -> HtmlElement:
    """A document of its own whose <body> holds a copy of `region`."""
    # makeelement: the page's own element classes (HtmlElement), not plain etree ones
    document = region.makeelement("html", {})
    body = region.makeelement("body", {})
    document.append(body)
    body.append(copy.deepcopy(region))
    return document
