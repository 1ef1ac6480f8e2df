"""Query and form parameters of the review page, checked before they reach the store.

Whatever a client sends (`?page=²`, a 5,000-digit number, a NUL byte, a year
the database cannot hold), the answer is a 400 or 404, never a 500.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from flask import abort
from werkzeug.datastructures import MultiDict

MAX_ARTICLE_ID = 2**63 - 1  # a BIGINT
ARTICLE_ID = re.compile(r"[0-9]{1,19}")
PAGE_NUMBER = re.compile(r"[0-9]{1,7}")
MAX_IDS = 1000
MAX_FILTER_TEXT = 200
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(9998, 12, 31)


def page_param(args: MultiDict[str, str]) -> int:
    """The page number: ASCII digits only, not absurdly many (400 otherwise)."""
    page = args.get("page", "1").strip() or "1"
    if not PAGE_NUMBER.fullmatch(page):
        abort(400, description="页码无效。")
    return max(1, int(page))


def text_param(args: MultiDict[str, str], name: str) -> str:
    """A free-text filter: bounded and without control characters (400 otherwise)."""
    value = args.get(name, "").strip()
    if len(value) > MAX_FILTER_TEXT or any(unicodedata.category(ch) == "Cc" for ch in value):
        abort(400, description=f"参数 {name} 无效。")
    return value


def article_ids(values: list[str]) -> list[int]:
    """Article ids from a form: decimal numbers a database column can hold (400 otherwise)."""
    if len(values) > MAX_IDS or not all(ARTICLE_ID.fullmatch(v) for v in values):
        abort(400, description="文章编号无效。")
    ids = [int(v) for v in values]
    if any(i > MAX_ARTICLE_ID for i in ids):
        abort(400, description="文章编号无效。")
    return ids
