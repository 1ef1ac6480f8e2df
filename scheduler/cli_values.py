"""Command-line values checked where they are read: argparse types with ranges.

Each raises argparse.ArgumentTypeError with the reason, so a bad value ends
the command with exit 2 and one line (see cli_options.OneLineParser) before
anything is opened or started.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

MAX_PORT = 65535


@dataclass(frozen=True)
class Since:
    """A `--since` value: a day (in the configured zone) or a span back from now."""

    day: date | None = None
    span: timedelta | None = None

    def cutoff(self, timezone: str, now: datetime | None = None) -> datetime:
        """The earliest time it admits, as an aware datetime."""
        zone = ZoneInfo(timezone)
        if self.day is not None:
            return datetime.combine(self.day, datetime.min.time(), zone)
        assert self.span is not None
        return (now or datetime.now(zone)) - self.span


def day(value: str) -> date:
    """A calendar day written YYYY-MM-DD."""
    text = value.strip()
    try:
        # fromisoformat also takes 20220101 and week dates; only YYYY-MM-DD is documented.
        if len(text) == len("YYYY-MM-DD"):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, not {value!r}")


def since(value: str) -> Since:
    """A day YYYY-MM-DD or a span such as 30d, 12h, 2w."""
    try:
        return Since(day=day(value))
    except argparse.ArgumentTypeError:
        pass
    try:
        # Imported here: the config package loads pydantic, which `--help` must not.
        from newswatch.config.schedule import parse_span

        return Since(span=parse_span(value.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date YYYY-MM-DD or a span such as 30d, not {value!r}"
        ) from None


def positive_int(value: str) -> int:
    """A whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def positive_seconds(value: str) -> float:
    """A number of seconds above 0."""
    number = _number(value)
    if not number > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, not {value!r}")
    return number


def seconds_or_zero(value: str) -> float:
    """A number of seconds, 0 or more."""
    number = _number(value)
    if not number >= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, 0 or more, not {value!r}")
    return number


def port(value: str) -> int:
    """A TCP port 0–65535 (0: any free port)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_PORT:
        raise argparse.ArgumentTypeError(
            f"expected a port from 0 to {MAX_PORT} (0: any free port), not {value!r}"
        )
    return number


def _number(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {value!r}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, not {value!r}")
    return number
