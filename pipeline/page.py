"""What the crawler hands to the pipeline: one downloaded article page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol


@dataclass(frozen=True)
class FetchedPage:
    """The raw bytes of an article page and what the HTTP exchange said about them.

    `url` is the normalized URL the crawler asked for; `final_url` is where the
    server's redirects ended.  Header names are lower case.
    """

    url: str
    body: bytes
    source: str
    status: int = 200
    final_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, if the server sent one."""
        return self.headers.get("content-type")


class ListValidators(Protocol):
    """ETag and Last-Modified of a list page's last 200 answer (read-only)."""

    @property
    def etag(self) -> str | None:
        """The ETag header."""
        ...

    @property
    def last_modified(self) -> str | None:
        """The Last-Modified header."""
        ...
