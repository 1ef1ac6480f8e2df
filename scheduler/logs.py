"""One log format for every newswatch process: ISO 8601 time with its offset, in the
configured time zone, then level, logger and message.

    2026-12-02T21:42:07+08:00 INFO newswatch.scheduler.daemon: cycle done …

The CLI process and each crawl child (Scrapy's own lines included) write it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newswatch.pipeline.secrets import mask_logging

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# newswatch's own loggers: the crawler spiders log as "news:<source>".
OWN_LOGGERS = ("newswatch", "news:")


class ZonedFormatter(logging.Formatter):
    """LOG_FORMAT with the record's time in `timezone` (the system's zone when None)."""

    def __init__(self, timezone: str | None = None) -> None:
        super().__init__(LOG_FORMAT)
        self.zone: ZoneInfo | None = None
        if timezone:
            try:
                self.zone = ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                self.zone = None

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        """The record's time as ISO 8601 with its UTC offset."""
        when = datetime.fromtimestamp(record.created, self.zone)
        if self.zone is None:
            when = when.astimezone()
        return when.isoformat(timespec="seconds")


class OwnDecisions(logging.Filter):
    """Passes every line of newswatch's own loggers (their levels decide: a command may
    raise one to INFO as its output) and everyone else's at `others` or above."""

    def __init__(self, others: int) -> None:
        super().__init__()
        self._others = others

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.startswith(OWN_LOGGERS) or record.levelno >= self._others


def log_levels(verbosity: int, quiet: bool) -> tuple[int, int]:
    """(newswatch's level, everyone else's): -v shows newswatch's own decisions,
    -vv adds the crawler's (Scrapy's) log."""
    if quiet:  # -q silences success output; warnings still reach cron
        return logging.WARNING, logging.WARNING
    if verbosity >= 2:
        return logging.INFO, logging.INFO
    if verbosity == 1:
        return logging.INFO, logging.WARNING
    return logging.WARNING, logging.WARNING


def install(verbosity: int, quiet: bool, timezone: str | None) -> None:
    """The CLI process's log on stderr in the one format."""
    own, others = log_levels(verbosity, quiet)
    handler = mask_logging(logging.StreamHandler())  # no password ever reaches a log
    handler.setFormatter(ZonedFormatter(timezone))
    handler.addFilter(OwnDecisions(others))
    logging.basicConfig(level=others, handlers=[handler], force=True)
    logging.getLogger("newswatch").setLevel(own)
