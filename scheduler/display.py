"""Showing untrusted scraped text in a terminal, and simple tables."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

# C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides
# could rewrite what a reviewer sees; they are shown as visible escapes.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str | None, *, keep_newlines: bool = False) -> str:
    """Scraped text made harmless for a terminal: control characters become \\xNN escapes."""
    if text is None:
        return ""
    if not keep_newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def width(text: str) -> int:
    """Display width: CJK characters take two terminal cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, cells: int) -> str:
    """Cut `text` to at most `cells` terminal cells (with an ellipsis) and pad it."""
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > cells - (1 if used + w < width(text) else 0):
            out.append("…")
            used += 1
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * max(0, cells - used)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_widths: Sequence[int]) -> str:
    """A plain-text table with CJK-aware column widths."""
    widths = [
        min(limit, max([width(h)] + [width(r[i]) for r in rows]))
        for i, (h, limit) in enumerate(zip(headers, max_widths, strict=True))
    ]
    lines = ["  ".join(fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def local_time(
    value: datetime | None, tz: str = "Asia/Shanghai", precision: str | None = None
) -> str:
    """'2022-06-28 18:05' in the configured zone, '2022-06-28' when only the day is known, or '-'.

    `precision` is an article's published_precision: "day" means the page gave
    no time, so none is shown (the stored 00:00 is not a fact).
    """
    if value is None:
        return "-"
    if precision == "day":
        # A bare date is stored as its midnight in Shanghai, the pages' own zone.
        return value.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d")
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
