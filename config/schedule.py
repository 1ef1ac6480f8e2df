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
    check_cron(text)
    return Schedule(cron=text)


# Crontab numbers the days of the week from Sunday (0, and 7 again); schedulers
# differ (APScheduler 3 counts from Monday), so days are handed on as names.
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def check_cron(expression: str) -> None:
    """ValueError unless `expression` is a 5-field crontab(5) expression.

    Numbers, names (jan, mon), ranges, steps and lists, as crontab reads them;
    the daemon turns a valid one into its scheduler's trigger.
    """
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"schedule {expression!r}: a cron expression has 5 fields")
    try:
        for text, (name, low, high, names) in zip(fields[:4], _CRON_FIELDS, strict=True):
            for part in text.lower().split(","):
                _check_part(part, name, low, high, names)
        crontab_weekdays(fields[4].lower())
    except ValueError as exc:
        raise ValueError(f"schedule {expression!r} is not a valid cron expression: {exc}") from None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CRON_FIELDS: tuple[tuple[str, int, int, tuple[str, ...]], ...] = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, _MONTHS),
)


def _check_part(part: str, name: str, low: int, high: int, names: tuple[str, ...]) -> None:
    span, slash, step = part.partition("/")
    if slash and not (step.isdigit() and int(step) >= 1):
        raise ValueError(f"bad step in {name} {part!r}")
    if span == "*":
        return
    start, dash, end = span.partition("-")
    first = _cron_number(start, name, low, high, names)
    last = _cron_number(end, name, low, high, names) if dash else first
    if first > last:
        raise ValueError(f"{name} range {part!r} runs backwards")


def _cron_number(token: str, name: str, low: int, high: int, names: tuple[str, ...]) -> int:
    if token in names:
        return low + names.index(token)
    if token.isdigit() and low <= int(token) <= high:
        return int(token)
    raise ValueError(f"{name} {token!r} is not in {low}-{high}")


def crontab_weekdays(field: str) -> str:
    """A crontab day-of-week field (0 and 7 are Sunday) as day names ('mon,fri'), or '*'."""
    if field == "*":
        return field
    days: set[int] = set()
    for part in field.lower().split(","):
        days |= _weekday_part(part)
    return ",".join(_WEEKDAYS[day] for day in sorted(days))


def _weekday_part(part: str) -> set[int]:
    span, slash, step_text = part.partition("/")
    step = int(step_text) if step_text.isdigit() else 0
    if slash and step < 1:
        raise ValueError(f"bad step in day of week {part!r}")
    if span == "*":
        first, last = 0, 6
    elif "-" in span:
        start, _, end = span.partition("-")
        first, last = _weekday(start), _weekday(end)
    else:
        first = _weekday(span)
        last = 7 if slash else first
    if first > last:
        raise ValueError(f"day-of-week range {part!r} runs backwards")
    return {day % 7 for day in range(first, last + 1, step or 1)}


def _weekday(token: str) -> int:
    if token.isdigit() and int(token) <= 7:
        return int(token)
    if token in _WEEKDAYS:
        return _WEEKDAYS.index(token)
    raise ValueError(f"not a day of the week: {token!r}")
