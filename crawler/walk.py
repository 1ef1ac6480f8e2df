"""How far one crawl of a source goes, and its form on a crawl child's command line.

Kept apart from the spider so that the command line can describe a walk
without importing Scrapy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WalkOptions:
    """How far one crawl of a source goes.

    `since`: links whose URL implies an older publication time are left alone
    (a new source does not pull years of archive into the queue).
    `max_list_pages`: list pages per crawl. `walk_all`: do not stop at known
    ground (a backfill, or the crawl after an interrupted one).
    """

    since: datetime | None = None
    max_list_pages: int | None = None
    walk_all: bool = False


def walks_to_json(walks: Mapping[str, WalkOptions]) -> str:
    """The --walk argument for a crawl child."""
    return json.dumps(
        {
            name: {
                "since": w.since.isoformat() if w.since else None,
                "max_list_pages": w.max_list_pages,
                "walk_all": w.walk_all,
            }
            for name, w in walks.items()
        }
    )


def walks_from_json(text: str | None) -> dict[str, WalkOptions]:
    """Inverse of `walks_to_json`."""
    if not text:
        return {}
    return {
        name: WalkOptions(
            since=datetime.fromisoformat(w["since"]) if w.get("since") else None,
            max_list_pages=w.get("max_list_pages"),
            walk_all=bool(w.get("walk_all")),
        )
        for name, w in json.loads(text).items()
    }
