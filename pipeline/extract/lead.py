"""A lead picture's caption printed above the headline (photo-first stories)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lxml.html import HtmlElement
from newswatch.pipeline.extract.choice import PageLines
from newswatch.pipeline.extract.text import ENDS_SENTENCE, count_cjk, normalize_line

# A caption is a sentence about the picture: this many Chinese characters, a sentence's end.
_MIN_CAPTION_CJK = 10
_CAPTION_TAGS = ("p", "figcaption", "div", "span")


def lead_caption(
    root: HtmlElement,
    page: PageLines,
    body: Sequence[str],
    is_junk: Callable[[str], bool],
) -> str | None:
    """The caption of a picture set right above the headline, or None.

    Photo-first stories open with a big picture and its caption, then the
    headline and the text: the caption is article text, though every body
    candidate starts below the headline.  Only the page line right above the
    headline counts, only when it is a sentence under a picture (its element
    follows an <img>, or sits in a <figure> with one) and neither a link, a
    chrome block's line nor boilerplate.
    """
    at = page.headline_at
    if not at:
        return None
    line = page.lines[at - 1]
    if (
        count_cjk(line) < _MIN_CAPTION_CJK
        or not ENDS_SENTENCE.search(line)
        or line in body
        or line in page.link_texts
        or line in page.aside_texts
        or is_junk(line)
    ):
        return None
    for element in root.iter(*_CAPTION_TAGS):
        if _under_picture(element) and normalize_line(element.text_content()) == line:
            return line
    return None


def _under_picture(element: HtmlElement) -> bool:
    """Whether the element comes right after a picture (or captions a <figure>'s)."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None:
        parent = element.getparent()
        return parent is not None and parent.tag == "figure" and parent.find(".//img") is not None
    return previous.tag == "img" or previous.find(".//img") is not None
