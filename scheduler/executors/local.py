"""The default executor: each cycle's crawl in a child process of this one, one at a time.

Twisted's reactor cannot be restarted, so every crawl gets a fresh process
(`python -m newswatch.scheduler.crawl`, see scheduler.crawl); a crashed crawl
cannot take the caller down. The executor owns that child: it holds the
database's run lock around it (the child inherits the lock, so a child that
outlives a killed parent still keeps the next run out), starts it, waits for
it, stops it on timeout or interrupt, and records the runs the child could
not. The child ends with its parent (scheduler.lifeline).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping

from newswatch.crawler.jobs import DATABASE as DATABASE_ENV
from newswatch.crawler.walk import WalkOptions, walks_to_json
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.cycle import CrawlOptions, CycleReport
from newswatch.scheduler.lifeline import PARENT_ENV
from newswatch.scheduler.lock import RunLock, lock_path_for
from newswatch.scheduler.wiring import Setup

# After SIGTERM, how long Scrapy may take to close the spiders before SIGKILL.
STOP_GRACE = 10.0


class LocalExecutor:
    """Crawls in a child process under the database's run lock."""

    # One cycle at a time: the run lock allows no more, and SQLite has one writer.
    parallel = 1

    def __init__(self) -> None:
        self._child: subprocess.Popen[str] | None = None
        self._child_guard = threading.Lock()  # interrupt() comes from another thread

    def run(
        self, setup: Setup, sources: list[str], options: CrawlOptions | None = None
    ) -> CycleReport:
        """Crawl `sources` in one child process, wait for it, return the recorded runs.

        Raises AlreadyRunning while another run (cron, the daemon) holds the lock.
        A child that crashes, is killed or exceeds the timeout leaves its runs
        marked failed; every article is written in its own transaction, so the
        database never holds half an article.
        """
        options = options or CrawlOptions()
        with RunLock(lock_path_for(setup.db_url)) as lock:
            if options.on_start:
                options.on_start()
            run_log = RunLog(setup.db)
            runs = {name: run_log.start(name) for name in sources}
            timeout = options.timeout if options.timeout is not None else setup.config.crawl_timeout
            returncode, timed_out = self._crawl(setup, runs, options, timeout, lock, run_log)
        message = _failure_message(returncode, timed_out, timeout)
        for run_id in runs.values():
            # A no-op for every run the child finished itself.
            run_log.finish(run_id, RunOutcome.FAILED, RunCounts(), message)
        recorded = [run for run_id in runs.values() if (run := run_log.get(run_id)) is not None]
        return CycleReport(recorded, returncode, timed_out)

    def _crawl(
        self,
        setup: Setup,
        runs: dict[str, int],
        options: CrawlOptions,
        timeout: float,
        lock: RunLock,
        run_log: RunLog,
    ) -> tuple[int | None, bool]:
        """Start the child, wait for it: (its exit code, whether it timed out)."""
        command = child_command(setup, runs, options.log_level, options.walks, options.progress)
        # The database URL travels in the environment: a password in it would be
        # readable by every user of the machine in the child's command line.
        env = dict(os.environ, **{DATABASE_ENV: setup.db_url, PARENT_ENV: str(os.getpid())})
        # The child's log goes to our stderr; its stdout (a JSON summary for
        # manual use) is not needed: the run rows are the record. Its own
        # session keeps a terminal's Ctrl-C ours to handle.
        with subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            env=env,
            text=True,
            start_new_session=True,
            pass_fds=(lock.fileno(),),
        ) as child:
            with self._child_guard:
                self._child = child
            try:
                child.communicate(timeout=timeout)
                return child.returncode, False
            except subprocess.TimeoutExpired:
                _stop(child)
                return child.returncode, True
            except BaseException:
                # We are being stopped (Ctrl-C, SIGTERM via stop_on_sigterm).
                _stop(child)
                for run_id in runs.values():
                    run_log.finish(
                        run_id, RunOutcome.FAILED, RunCounts(), "newswatch was stopped mid-crawl"
                    )
                raise
            finally:
                with self._child_guard:
                    self._child = None

    def interrupt(self, hard: bool) -> str:
        """SIGTERM (Scrapy closes the spider, records its counts) or SIGKILL to the child."""
        with self._child_guard:
            child = self._child
            if child is None:
                return "no crawl under way"
            child.send_signal(signal.SIGKILL if hard else signal.SIGTERM)
            return f"pid {child.pid}"


def child_command(
    setup: Setup,
    runs: Mapping[str, int],
    log_level: str,
    walks: Mapping[str, WalkOptions] | None = None,
    progress: bool = False,
) -> list[str]:
    """The command line of a crawl child process."""
    # -P: the working folder is not put on the path, so a crawl started inside
    # another project's checkout imports the installed newswatch, not that folder.
    command = [sys.executable, "-P", "-m", "newswatch.scheduler.crawl", "--log-level", log_level]
    if setup.config_path is not None:
        command += ["--config", str(setup.config_path)]
    for name, run_id in runs.items():
        command += ["--run", f"{name}={run_id}"]
    if walks:
        command += ["--walk", walks_to_json(walks)]
    if progress:
        command.append("--progress")
    return command


def _failure_message(returncode: int | None, timed_out: bool, timeout: float) -> str:
    if timed_out:
        return f"crawl exceeded its timeout of {timeout:g}s and was stopped"
    if returncode is not None and returncode < 0:
        return f"crawl process killed by signal {signal.Signals(-returncode).name}"
    return f"crawl process exited with code {returncode} before finishing"


def _stop(child: subprocess.Popen[str], grace: float = STOP_GRACE) -> None:
    """SIGTERM (Scrapy closes the spider cleanly), then SIGKILL after `grace` seconds."""
    child.terminate()
    try:
        child.communicate(timeout=grace)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
