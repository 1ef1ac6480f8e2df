"""Parsing of schedule strings and time spans used in config files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

_SPAN = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_span(text: str) -> timedelta:
    """'90s', '15m', '2h', '7d', '2w' -> timedelta; ValueError otherwise."""
    match = _SPAN.match(text)
    if not match:
        raise ValueError(f"not a time span: {text!r} (write e.g. '30m', '6h', '7d')")
    amount, unit = int(match.group(1)), match.group(2)
    if amount <= 0:
        raise ValueError(f"time span must be positive: {text!r}")
    return timedelta(**{_UNITS[unit]: amount})


@dataclass(frozen=True)
class Schedule:
    """Either a fixed interval or a 5-field cron expression."""

    interval: timedelta | None = None
    cron: str | None = None

    def __str__(self) -> str:
        return f"every {self.interval}" if self.interval else f"cron '{self.cron}'"


def parse_schedule(text: str) -> Schedule:
    """Parse 'every 30m' / 'every 2h' or a 5-field cron string ('*/15 * * * *')."""
    text = text.strip()
    if text.lower().startswith("every "):
        span = text[6:]
        if span.strip()[-1:] not in ("s", "m", "h"):
            raise ValueError(f"schedule {text!r}: use seconds, minutes or hours (every 30m)")
        return Schedule(interval=parse_span(span))
    fields = text.split()
    if len(fields) != 5:
        raise ValueError(
            f"schedule {text!r} is neither 'every N{{s,m,h}}' nor a 5-field cron expression"
        )
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(text)
    except ValueError as exc:
        raise ValueError(f"schedule {text!r} is not a valid cron expression: {exc}") from exc
    return Schedule(cron=text)
