"""Scraped text as HTML: always escaped, matched terms marked.

The text is cut at the matches and each piece goes through `escape` on its
own, so the only markup in the result is the <mark> elements written here.
(Replacing terms inside already escaped text could match inside an entity
such as `&amp;`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape


def term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all terms, longest first (社区社会组织 wins over 社会组织); None if none."""
    ordered = sorted({t for t in terms if t}, key=lambda t: (-len(t), t))
    if not ordered:
        return None
    return re.compile("|".join(map(re.escape, ordered)))


def highlight(text: str | None, terms: Iterable[str]) -> Markup:
    """`text` as safe HTML with every occurrence of a term wrapped in <mark>."""
    if not text:
        return Markup("")
    pattern = term_pattern(terms)
    if pattern is None:
        return escape(text)
    pieces: list[Markup] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(Markup("<mark>{}</mark>").format(match.group()))
        position = match.end()
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)


def paragraphs(text: str | None) -> list[str]:
    """The non-empty lines of an article text: its paragraphs."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def ranked_terms(matched: dict[str, int], limit: int | None = None) -> list[str]:
    """Matched terms, most frequent first (ties alphabetically), at most `limit` of them."""
    ranked = sorted(matched, key=lambda term: (-matched[term], term))
    return ranked if limit is None else ranked[:limit]
