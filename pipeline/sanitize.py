"""Removing invisible control characters from scraped text before it is stored.

A page may hold `&#27;` (ESC, which starts terminal escape sequences), C1
controls such as CSI (U+009B) or bidi overrides (U+202E turns `gpj.exe` into
what looks like `exe.jpg`). None of them belongs in a title or an article's
text; they are removed once, where articles are processed, so the database,
the review page, exports and terminals all see clean text. Newlines and tabs
of the text are kept.
"""

from __future__ import annotations

import dataclasses
import re

from newswatch.pipeline.article import ExtractedArticle

# C0 controls but TAB and LF, DEL, C1 controls, the bidi embeddings,
# overrides and isolates, the directional marks, lone surrogates (not
# storable as UTF-8) and the BOM / zero-width space that pages leave behind.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_LINE_BREAKS = re.compile(r"[\t\n]+")


def clean_text(text: str) -> str:
    """`text` without control and bidi-override characters; newlines and tabs kept."""
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """`clean_text` for one-line values (titles, names): newlines and tabs become spaces."""
    return _LINE_BREAKS.sub(" ", clean_text(text)).strip()


def clean_article(article: ExtractedArticle) -> ExtractedArticle:
    """`article` with every text field cleaned (`clean_text` for the body, `clean_line` else)."""

    def optional(value: str | None) -> str | None:
        return clean_line(value) if value is not None else None

    return dataclasses.replace(
        article,
        title=clean_line(article.title),
        text=clean_text(article.text),
        source=optional(article.source),
        author=optional(article.author),
        editor=optional(article.editor),
        tags=tuple(clean_line(tag) for tag in article.tags),
    )
