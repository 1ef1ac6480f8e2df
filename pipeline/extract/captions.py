"""A picture's label under it ("爱戴领奖", "图注：…"): a name for the photo, not article text.

A caption that is a sentence ("志愿者为老人测量血压。", "…发言。 施佳 摄") tells
part of the story and stays text (README, Extraction).  A short label without
any sentence punctuation, set as a caption (centred, named as one, or
repeating the picture's alt text), or a caption labelled 图注 / 图片说明, only
names the photo: portals print them under every picture of a 组图 story.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement
from newswatch.pipeline.extract.text import normalize_line

# A label is short; a heading of the text under a picture ("一、活动时间", "报名方式：")
# opens with an ordinal or ends with a colon and is no label.
_LABEL_MAX_CHARS = 20
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;：:、]")
_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])"
)
_LABELLED = re.compile(r"^(?:图注|图片说明|图说|图)\s*[:：]")
_LABELLED_MAX_CHARS = 100
_CAPTION_NAME = re.compile(r"(?i)pic|caption|desc|note|photo|img|tuzhu")
_CENTRED = re.compile(r"(?i)text-align\s*:\s*center")
# How many nested blocks around a picture are looked through for its label.
_MAX_PICTURE_BLOCKS = 3
# The blocks a picture and its label sit in.
_BLOCKS = frozenset({"p", "div", "center", "td", "figure", "li", "dd"})


def picture_labels(root: HtmlElement) -> frozenset[str]:
    """The texts of the page's picture labels (see the module docstring)."""
    found: set[str] = set()
    for image in root.iter("img"):
        alt = normalize_line(image.get("alt") or image.get("title") or "")
        block = _block_of(image)
        # a picture block holding nothing else may sit in another (a layout table's cell)
        for _ in range(_MAX_PICTURE_BLOCKS):
            if block is None:
                break
            after = _text_after(image, block)
            holder: HtmlElement | None = block
            if not after:
                holder = _next_block(block)
                after = normalize_line(holder.text_content()) if holder is not None else ""
            if after and holder is not None:
                if _is_label(after, holder, alt):
                    found.add(after)
                break
            block = _block_of(block)
    return frozenset(found)


def _is_label(text: str, holder: HtmlElement, alt: str) -> bool:
    if _LABELLED.match(text):
        return len(text) <= _LABELLED_MAX_CHARS
    if len(text) > _LABEL_MAX_CHARS or _SENTENCE_MARK.search(text) or _ORDINAL.match(text):
        return False
    return text == alt or _styled_as_caption(holder)


def _styled_as_caption(element: HtmlElement) -> bool:
    """Centred (center tag, align, text-align) or named as a caption (pictext, img-desc…)."""
    if element.tag == "center" or (element.get("align") or "").lower() in ("center", "middle"):
        return True
    if _CENTRED.search(element.get("style") or ""):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return element.tag == "figcaption" or _CAPTION_NAME.search(names) is not None


def _block_of(image: HtmlElement) -> HtmlElement | None:
    """The nearest block holding the picture."""
    for ancestor in image.iterancestors():
        if ancestor.tag in _BLOCKS:
            return ancestor
        if ancestor.tag in ("body", "html"):
            return None
    return None


def _text_after(image: HtmlElement, block: HtmlElement) -> str:
    """The text that follows the picture inside its block (after <br>s), up to a nested block."""
    parts = [image.tail or ""]
    node: HtmlElement | None = image
    while node is not None and node is not block:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in _BLOCKS:
                return normalize_line("".join(parts))
            if sibling.tag != "img":
                parts.append(sibling.text_content())
            parts.append(sibling.tail or "")
        node = node.getparent()
        if node is not None and node is not block:
            parts.append(node.tail or "")
    return normalize_line("".join(parts))


def _next_block(block: HtmlElement) -> HtmlElement | None:
    """The block right after a picture's own block: its caption line, if any.

    In a layout table the caption is the cell of the next row.
    """
    nxt = block.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is not None:
        return nxt
    if block.tag == "td":
        row = block.getparent()
        following = row.getnext() if row is not None else None
        if following is not None and following.tag == "tr":
            cells = [cell for cell in following if cell.tag in ("td", "th")]
            return cells[0] if len(cells) == 1 else None
    return None
