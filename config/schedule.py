"""Parsing of schedule strings and time spans used in config files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger

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
    crontab_trigger(text, ZoneInfo("UTC"))
    return Schedule(cron=text)


# Crontab numbers the days of the week from Sunday (0, and 7 again); APScheduler 3
# from Monday, so crontab numbers are handed to it as names.
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def crontab_trigger(expression: str, zone: ZoneInfo) -> BaseTrigger:
    """A trigger that fires when crontab(5) would run `expression`.

    `CronTrigger.from_crontab` reads the day-of-week field with Monday as 0
    and requires both day fields to match; crontab has Sunday as 0 and, when
    both day fields are restricted, runs on a day that matches either.
    """
    try:
        minute, hour, day, month, weekday_field = expression.split()
    except ValueError:
        raise ValueError(f"schedule {expression!r}: a cron expression has 5 fields") from None
    try:
        weekday = crontab_weekdays(weekday_field)
        fields = {"minute": minute, "hour": hour, "month": month, "timezone": zone}
        if day.startswith("*") or weekday_field.startswith("*"):
            return CronTrigger(day=day, day_of_week=weekday, **fields)
        return OrTrigger(
            [CronTrigger(day=day, **fields), CronTrigger(day_of_week=weekday, **fields)]
        )
    except ValueError as exc:
        raise ValueError(f"schedule {expression!r} is not a valid cron expression: {exc}") from None


def crontab_weekdays(field: str) -> str:
    """A crontab day-of-week field (0 and 7 are Sunday) as APScheduler day names."""
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
