"""What the review page's views share: the store, the config and the page settings."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from flask import current_app
from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.queue import SEARCH_COUNT_CAP
from newswatch.scheduler.web.security import LOOPBACK_NAMES

EXTENSION = "newswatch"


@dataclass(frozen=True)
class WebSettings:
    """How the page behaves: access password, cookie key, default reviewer name, page size,
    where a search stops counting.

    `allowed_hosts` are the `Host` header values the page answers (see
    `security.allowed_hosts`); `users`, when not empty, the only user names
    Basic auth accepts.
    """

    password: str | None = None
    allowed_hosts: frozenset[str] = frozenset(LOOPBACK_NAMES)
    users: frozenset[str] = frozenset()
    secret_key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    default_reviewer: str = "unknown"
    page_size: int = 30
    # A search stops counting its matches past this many ("超过 1,000 篇").
    search_count_cap: int = SEARCH_COUNT_CAP


@dataclass(frozen=True)
class WebContext:
    """The store, the config and the settings of one application."""

    db: Database
    config: AppConfig
    settings: WebSettings


def web_context() -> WebContext:
    """The context of the application handling the current request."""
    return current_app.extensions[EXTENSION]
