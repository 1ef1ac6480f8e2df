"""Source health: is each source crawled, reached, finding news, still the same layout?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, Run
from newswatch.pipeline.store.states import SUCCESSFUL_OUTCOMES, RunOutcome
from newswatch.scheduler.onboarding.wording import suggestion_in
from sqlalchemy import func, select

# Enough history to count a long failure streak without reading every run.
STREAK_WINDOW = 100
# Runs that read the source's list pages (some pages may have failed).
REACHED = SUCCESSFUL_OUTCOMES


class SourceState(StrEnum):
    """The one word a reviewer (or a monitor) needs first about a source."""

    OK = "ok"
    FAILING = "failing"
    UNREACHABLE = "unreachable"
    SILENT = "silent"
    LAYOUT_CHANGED = "layout-changed"
    NEVER_RUN = "never-run"
    DISABLED = "disabled"


# States somebody should hear about when a source enters them.
TROUBLE = frozenset(
    {
        SourceState.FAILING,
        SourceState.UNREACHABLE,
        SourceState.SILENT,
        SourceState.LAYOUT_CHANGED,
    }
)


@dataclass(frozen=True)
class SourceHealth:
    """One source as its run history and stored articles show it."""

    name: str
    configured: bool
    enabled: bool
    last_run: Run | None
    last_new_article: datetime | None
    consecutive_failures: int
    expected_silence: timedelta | None
    silent: bool
    # The last run that finished `ok` (a `partial` run lost pages: not a success).
    last_success: datetime | None = None
    # The latest run that has ended (the latest may still be running).
    last_finished: Run | None = None

    @property
    def failure_streak(self) -> int:
        """Finished runs in a row, back from the latest, that failed or were unreachable."""
        return self.consecutive_failures

    @property
    def layout_changed(self) -> bool:
        """The latest finished crawl met list pages without any article link."""
        run = self.last_finished
        return bool(run and run.empty_list_pages)

    @property
    def state(self) -> SourceState:
        """See `SourceState`; a disabled source is `disabled` whatever its history."""
        if self.configured and not self.enabled:
            return SourceState.DISABLED
        run = self.last_finished
        if run is None:
            return SourceState.NEVER_RUN
        if run.outcome == RunOutcome.UNREACHABLE:
            return SourceState.UNREACHABLE
        if run.outcome == RunOutcome.FAILED:
            return SourceState.FAILING
        if self.layout_changed:
            return SourceState.LAYOUT_CHANGED
        if self.silent:
            return SourceState.SILENT
        return SourceState.OK

    def to_json(self) -> dict[str, Any]:
        """The `newswatch sources --json` record (times in ISO 8601, UTC)."""
        return {
            "name": self.name,
            "state": str(self.state),
            "enabled": self.enabled,
            "configured": self.configured,
            "failure_streak": self.failure_streak,
            "last_run": _iso(self.last_run.started_at if self.last_run else None),
            "last_outcome": self.last_finished.outcome if self.last_finished else None,
            "last_message": self.last_finished.message if self.last_finished else None,
            "suggestion": suggestion_in(self.last_finished.message if self.last_finished else None),
            "last_success": _iso(self.last_success),
            "last_new_article": _iso(self.last_new_article),
            "expect_new_within_seconds": (
                int(self.expected_silence.total_seconds()) if self.expected_silence else None
            ),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def source_health(db: Database, config: AppConfig, now: datetime) -> list[SourceHealth]:
    """Health of every configured source, then of sources only the history knows."""
    with db.session() as session:
        newest = dict(
            session.execute(
                select(Article.source, func.max(Article.fetched_at)).group_by(Article.source)
            ).all()
        )
        first_reached = dict(
            session.execute(
                select(Run.source, func.min(Run.finished_at))
                .where(Run.outcome.in_(REACHED))
                .group_by(Run.source)
            ).all()
        )
        history_names = set(session.scalars(select(Run.source).distinct()))
        configured = {s.name: s for s in config.sources}
        names = [*configured, *sorted(history_names - configured.keys())]
        result = []
        for name in names:
            latest = select(Run).where(Run.source == name).order_by(Run.id.desc())
            runs = list(session.scalars(latest.limit(STREAK_WINDOW)))
            source = configured.get(name)
            silence = source.expected_silence() if source else None
            last_new = newest.get(name)
            result.append(
                SourceHealth(
                    name=name,
                    configured=source is not None,
                    enabled=bool(source and source.enabled),
                    last_run=runs[0] if runs else None,
                    last_new_article=last_new,
                    consecutive_failures=failure_streak(runs),
                    expected_silence=silence,
                    silent=is_silent(silence, last_new, first_reached.get(name), now),
                    last_success=_last_ok(runs),
                    last_finished=next((r for r in runs if r.outcome != RunOutcome.RUNNING), None),
                )
            )
        session.expunge_all()
        return result


def _last_ok(runs_newest_first: list[Run]) -> datetime | None:
    return next((r.finished_at for r in runs_newest_first if r.outcome == RunOutcome.OK), None)


def is_silent(
    expected: timedelta | None,
    last_new: datetime | None,
    first_reached: datetime | None,
    now: datetime,
) -> bool:
    """No new article for longer than `expected`, counted from the last new article or,
    for a source that never brought one, from its first run that read its list pages
    (a source crawled once a minute ago is not silent yet)."""
    anchor = last_new or first_reached
    return bool(expected and anchor and now - anchor > expected)


def describe_span(span: timedelta) -> str:
    """'3 天', '12 小时' or '45 分钟': a span as a reviewer reads it."""
    minutes = int(span.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)} 天"
    if minutes % 60 == 0:
        return f"{minutes // 60} 小时"
    return f"{minutes} 分钟"


def failure_streak(runs_newest_first: list[Run]) -> int:
    """How many finished runs failed in a row, counting back from the latest one."""
    streak = 0
    for run in runs_newest_first:
        if run.outcome == RunOutcome.RUNNING:
            continue
        if run.outcome not in (RunOutcome.FAILED, RunOutcome.UNREACHABLE):
            break
        streak += 1
    return streak
