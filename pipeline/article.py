"""The extractor's output: one article with its metadata, free of boilerplate."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class TimePrecision(StrEnum):
    """How much of `published_at` the page stated: the day only, or the time to the minute."""

    DAY = "day"
    MINUTE = "minute"


@dataclass(frozen=True)
class ExtractedArticle:
    """Clean text and metadata of one article page.

    `source` is the 来源 the page names (e.g. 新华报业网), not the configured
    source it was crawled from. `published_at` is timezone-aware (+08:00 for
    Chinese sites). `strategy` names what produced `text` (e.g. "trafilatura",
    "trafilatura-recall", "selector").
    """

    url: str | None
    title: str
    text: str
    published_at: datetime | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    tags: tuple[str, ...] = ()
    strategy: str = "trafilatura"
    encoding: str | None = None
    canonical_url: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # None with no published_at; DAY means the 00:00 of published_at is not a stated time.
    published_precision: TimePrecision | None = None

    def to_json(self) -> dict[str, Any]:
        """The `newswatch extract --json` shape."""
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        data["published_precision"] = (
            str(self.published_precision) if self.published_precision else None
        )
        data["tags"] = list(self.tags)
        data["warnings"] = list(self.warnings)
        return data


class ExtractionError(ValueError):
    """A page yields no usable article; the message says why (empty, binary, no text...)."""


class ListPageError(ExtractionError):
    """The page is a channel or list page (many headline links, no article of its own)."""
