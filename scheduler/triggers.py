"""The daemon's plan: one APScheduler trigger per enabled source, from the config's schedules.

The config parses schedules to plain values (config.schedule); turning them
into APScheduler triggers happens here, in the daemon's layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from newswatch.config import AppConfig, parse_schedule
from newswatch.config.schedule import crontab_weekdays


@dataclass(frozen=True)
class SourceJob:
    """When one source is crawled: its schedule as written and the trigger built from it."""

    source: str
    schedule: str
    trigger: BaseTrigger


def build_trigger(schedule: str, timezone: str) -> BaseTrigger:
    """A trigger for 'every N{s,m,h}' or a 5-field cron string read in `timezone`.

    Cron fields mean wall-clock time in the configured zone, whatever zone the
    server runs in; ValueError for a schedule that does not parse.
    """
    parsed = parse_schedule(schedule)
    zone = ZoneInfo(timezone)
    if parsed.interval is not None:
        return IntervalTrigger(seconds=int(parsed.interval.total_seconds()), timezone=zone)
    assert parsed.cron is not None  # parse_schedule returns one or the other
    return crontab_trigger(parsed.cron, zone)


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


def plan_jobs(config: AppConfig) -> list[SourceJob]:
    """One job per enabled source; a source without a schedule uses the top-level one."""
    jobs = []
    for source in config.sources:
        if not source.enabled:
            continue
        schedule = source.schedule or config.schedule
        jobs.append(SourceJob(source.name, schedule, build_trigger(schedule, config.timezone)))
    return jobs


def misfire_grace_seconds(config: AppConfig) -> int:
    """How late a due run may still start.

    Crawls run one at a time, so a due run can wait behind one full crawl of
    every other source; such a run must still happen.  A run missed by more
    (the machine was suspended) is dropped in favour of the next regular time.
    """
    enabled = sum(1 for source in config.sources if source.enabled)
    return config.crawl_timeout * max(enabled, 1) + 60
