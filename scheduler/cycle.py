"""One monitoring cycle: what is asked of an executor, what it reports, and what follows.

Every cycle (`newswatch run`, `backfill`, the daemon's turns, the demo) goes
through `run_cycle`: the configured executor crawls and records the runs, then
the digest of new relevant articles and the sources' state-change alerts are
sent, once, whatever the executor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newswatch.crawler.walk import WalkOptions
from newswatch.pipeline.store.runs import RunCounts
from newswatch.pipeline.store.schema import Run
from newswatch.pipeline.store.states import RunOutcome

if TYPE_CHECKING:
    from newswatch.scheduler.executors import Executor
    from newswatch.scheduler.wiring import Setup


@dataclass(frozen=True)
class CrawlOptions:
    """How the crawls of one cycle run."""

    log_level: str = "WARNING"
    # Seconds before a crawl is stopped and marked failed (None: the config's crawl_timeout).
    timeout: float | None = None
    # Per source; a source without one walks back to its `since`, stopping at known ground.
    walks: Mapping[str, WalkOptions] | None = None
    # Log each list page as it is read (a backfill's progress).
    progress: bool = False
    # Called once the crawl is about to begin (the run lock is held): "crawling …".
    on_start: Callable[[], None] | None = None


@dataclass(frozen=True)
class CycleReport:
    """The runs of one cycle, as recorded in the run history."""

    runs: list[Run]
    returncode: int | None
    timed_out: bool = False

    @property
    def totals(self) -> RunCounts:
        """Counts summed over all runs of the cycle."""
        return RunCounts(
            pages=sum(r.pages for r in self.runs),
            articles_new=sum(r.articles_new for r in self.runs),
            relevant=sum(r.relevant for r in self.runs),
            duplicates=sum(r.duplicates for r in self.runs),
            errors=sum(r.errors for r in self.runs),
        )

    @property
    def failed(self) -> bool:
        """True when the crawl itself failed (not merely some pages)."""
        return any(r.outcome == RunOutcome.FAILED for r in self.runs)


def run_cycle(
    executor: Executor, setup: Setup, sources: list[str], options: CrawlOptions | None = None
) -> CycleReport:
    """Crawl `sources` with `executor`, then send the digest of what is new (if configured).

    Raises scheduler.lock.AlreadyRunning when another run holds the database.
    """
    report = executor.run(setup, sources, options or CrawlOptions())
    if setup.config.notify:
        # Imported here: Apprise is slow to import and most setups notify nobody.
        from newswatch.scheduler.alerts import alert_state_changes
        from newswatch.scheduler.notify import notify_new_relevant

        notify_new_relevant(setup.db, setup.config)
        alert_state_changes(setup.db, setup.config)
    return report
