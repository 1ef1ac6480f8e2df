"""Exporting stored articles as JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from pipeline.store.schema import Article

FIELDS = (
    "id",
    "url",
    "source",
    "title",
    "published_at",
    "author",
    "editor",
    "text",
    "relevant",
    "score",
    "matched_terms",
    "status",
    "fetched_at",
    "origin",
    "tags",
    "aliases",
)
FORMATS = ("json", "jsonl", "csv")


def article_record(article: Article) -> dict[str, Any]:
    """The export shape of one article (see FIELDS)."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published_at": _iso(article.published_at),
        "author": article.author,
        "editor": article.editor,
        "text": article.text,
        "relevant": article.relevant,
        "score": round(article.score, 3),
        "matched_terms": article.matched_terms,
        "status": article.status,
        "fetched_at": _iso(article.fetched_at),
        "origin": article.origin,
        "tags": list(article.tags or []),
        "aliases": [alias.url for alias in article.aliases],
    }


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo("Asia/Shanghai")).isoformat()


def render(records: Iterable[dict[str, Any]], fmt: str) -> str:
    """Records as text in `fmt`; CSV starts with a BOM so Excel reads it as UTF-8."""
    records = list(records)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({k: _cell(v) for k, v in record.items()})
        return "\ufeff" + buffer.getvalue()
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k}×{v}" for k, v in value.items())
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value
