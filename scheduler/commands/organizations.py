"""`newswatch orgs`: the organizations stored articles name, ranked, and one's timeline."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from newswatch.config import ConfigError, parse_span
from newswatch.config.organizations import load_organizations, organizations_path
from newswatch.pipeline.store.organization_index import (
    OrganizationIndex,
    OrganizationSummary,
    Timeline,
    UnknownOrganization,
)
from newswatch.pipeline.store.schema import utcnow
from newswatch.scheduler.commands.errors import CommandError
from newswatch.scheduler.display import local_time, safe, table
from newswatch.scheduler.wiring import load


def parse_since(value: str | None, tz: str) -> datetime | None:
    """`--since`: a day in the configured zone, or a span back from now."""
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        try:
            return utcnow() - parse_span(value)
        except (ConfigError, ValueError):
            raise ConfigError(
                f"--since {value!r}: expected a date (YYYY-MM-DD) or a span such as 30d"
            ) from None
    return datetime.combine(day, time.min, ZoneInfo(tz))


@dataclass(frozen=True)
class _Context:
    index: OrganizationIndex
    timezone: str
    labels: dict[str, str]  # event type -> 成立/登记 …


def _context(args: argparse.Namespace) -> _Context:
    setup = load(args.config, args.db, create=False)
    lexicon = load_organizations(organizations_path(setup.config, setup.config_path))
    labels = {event.value: rule.label for event, rule in lexicon.events.items()}
    return _Context(OrganizationIndex(setup.db), setup.config.timezone, labels | {"other": "其他"})


def orgs_list(args: argparse.Namespace) -> int:
    """`newswatch orgs`."""
    ctx = _context(args)
    ranking = ctx.index.ranking(since=parse_since(args.since, ctx.timezone), limit=args.limit)
    if args.json:
        print(json.dumps([s.to_json() for s in ranking], ensure_ascii=False, indent=2))
        return 0
    print(format_ranking(ranking, ctx.timezone, ctx.labels))
    print(f"\n{len(ranking)} organization(s); `newswatch orgs show NAME` for one's timeline")
    return 0


def format_ranking(ranking: list[OrganizationSummary], tz: str, labels: dict[str, str]) -> str:
    """The ranking as a table."""
    rows = [
        [
            str(s.articles),
            safe(s.name),
            labels[s.latest.event.value],
            local_time(s.latest.when, tz),
            safe(s.latest.title),
        ]
        for s in ranking
    ]
    return table(
        ["articles", "organization", "latest event", "when", "latest article"],
        rows,
        [8, 40, 14, 16, 50],
    )


def orgs_show(args: argparse.Namespace) -> int:
    """`newswatch orgs show NAME`."""
    ctx = _context(args)
    try:
        timeline = ctx.index.timeline(args.name)
    except UnknownOrganization as exc:
        raise CommandError(safe(str(exc))) from None
    if args.json:
        print(json.dumps(timeline.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(format_timeline(timeline, ctx.timezone, ctx.labels))
    return 0


def format_timeline(timeline: Timeline, tz: str, labels: dict[str, str]) -> str:
    """One organization's articles, newest first, with their events and sentences."""
    lines = [safe(timeline.name)]
    if timeline.aliases:
        lines.append("also written: " + "、".join(safe(a) for a in timeline.aliases))
    lines.append("=" * 40)
    for entry in timeline.entries:
        lines.append(
            f"{local_time(entry.when, tz)}  [{labels[entry.event.value]}]  "
            f"#{entry.article_id} {safe(entry.title)} ({entry.status})"
        )
        lines += [f"    {safe(sentence)}" for sentence in entry.sentences[:3]]
    lines.append(f"\n{len(timeline.entries)} article(s)")
    return "\n".join(lines)
