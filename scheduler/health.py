"""Source health: is each source crawled, succeeding, finding news, still the same layout?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, Run
from newswatch.pipeline.store.states import SUCCESSFUL_OUTCOMES, RunOutcome
from sqlalchemy import func, select

# Enough history to count a long failure streak without reading every run.
STREAK_WINDOW = 100


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
    last_success: datetime | None = None

    @property
    def layout_changed(self) -> bool:
        """The latest finished crawl met list pages without any article link."""
        run = self.last_run
        return bool(run and run.outcome != RunOutcome.RUNNING and run.empty_list_pages)

    @property
    def state(self) -> str:
        """never-run, failing, layout-changed, silent or ok: the word a reviewer needs first."""
        if self.last_run is None:
            return "never-run"
        if self.consecutive_failures:
            return "failing"
        if self.layout_changed:
            return "layout-changed"
        if self.silent:
            return "silent"
        return "ok"


def source_health(db: Database, config: AppConfig, now: datetime) -> list[SourceHealth]:
    """Health of every configured source, then of sources only the history knows."""
    with db.session() as session:
        newest = dict(
            session.execute(
                select(Article.source, func.max(Article.fetched_at)).group_by(Article.source)
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
                    silent=bool(
                        runs and silence and (last_new is None or now - last_new > silence)
                    ),
                    last_success=next(
                        (r.finished_at for r in runs if r.outcome in SUCCESSFUL_OUTCOMES), None
                    ),
                )
            )
        session.expunge_all()
        return result


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
