"""The default executor: each cycle's crawl in a child process of the scheduler, one at a time."""

from __future__ import annotations

import os
import signal

from newswatch.scheduler.children import crawl_children, signal_pids
from newswatch.scheduler.lock import RunLock, lock_path_for
from newswatch.scheduler.runner import CycleReport, run_cycle
from newswatch.scheduler.wiring import Setup


class LocalExecutor:
    """Crawls in child processes under the database's run lock (see scheduler.runner)."""

    # One cycle at a time: the run lock allows no more, and SQLite has one writer.
    parallel = 1

    def run(self, setup: Setup, sources: list[str], log_level: str = "WARNING") -> CycleReport:
        """One crawl child for `sources`; AlreadyRunning while a cron run holds the lock."""
        with RunLock(lock_path_for(setup.db_url)):
            return run_cycle(setup, sources, log_level=log_level)

    def interrupt(self, hard: bool) -> str:
        """SIGTERM (Scrapy closes the spider, records its counts) or SIGKILL to the children."""
        crawls = crawl_children(os.getpid())
        signal_pids(crawls, signal.SIGKILL if hard else signal.SIGTERM)
        return f"pids {crawls}"
