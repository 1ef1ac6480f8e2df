"""Where crawls run: `local` child processes, or jobs on Scrapyd nodes (config `executor:`)."""

from __future__ import annotations

from typing import Protocol

from newswatch.config import AppConfig
from newswatch.scheduler.cycle import CrawlOptions, CycleReport
from newswatch.scheduler.wiring import Setup


class Executor(Protocol):
    """Runs the crawls of a cycle to their end and accounts for them in the run history."""

    # How many cycles the daemon may have under way at once.
    parallel: int

    def run(
        self, setup: Setup, sources: list[str], options: CrawlOptions | None = None
    ) -> CycleReport:
        """Crawl `sources`, wait for the end, return their recorded runs.

        Sends no notification (scheduler.cycle.run_cycle does, once, after).
        Raises scheduler.lock.AlreadyRunning when another run holds the database.
        """
        ...

    def interrupt(self, hard: bool) -> str:
        """Stop the crawls under way (politely, or at once when `hard`); says which."""
        ...


def executor_for(config: AppConfig) -> Executor:
    """The executor the config asks for."""
    if config.executor.kind == "scrapyd":
        from newswatch.scheduler.executors.scrapyd import ScrapydExecutor

        return ScrapydExecutor(config.executor)
    from newswatch.scheduler.executors.local import LocalExecutor

    return LocalExecutor()
