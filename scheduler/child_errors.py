"""A crawl child's fatal error as the one line its parent's user reads."""

from __future__ import annotations

from newswatch.config import ConfigError
from newswatch.pipeline.store.database import DatabaseError

# Exit codes of the crawl child, as the CLI's (see scheduler.cli).
CHILD_FAILED, CHILD_CONFIG, CHILD_DATABASE = 1, 2, 3


def child_error_line(exc: BaseException) -> tuple[int, str]:
    """(exit code, one stderr line) for an exception that ended a crawl child."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ConfigError):
        return CHILD_CONFIG, f"newswatch crawl: config error: {text}"
    if isinstance(exc, DatabaseError):
        return CHILD_DATABASE, f"newswatch crawl: database error: {text}"
    return CHILD_FAILED, f"newswatch crawl: {type(exc).__name__}: {text}"
