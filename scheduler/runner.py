"""One monitoring cycle: start a crawl child process, wait for it, account for it."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newswatch.crawler.spiders.news import WalkOptions
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.schema import Run
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.crawl import DATABASE_ENV, walks_to_json
from newswatch.scheduler.wiring import Setup

log = logging.getLogger(__name__)


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


def child_command(
    setup: Setup,
    runs: dict[str, int],
    log_level: str,
    walks: dict[str, WalkOptions] | None = None,
    progress: bool = False,
) -> list[str]:
    """The command line of a crawl child process."""
    # -P: the working folder is not put on the path, so a crawl started inside
    # another project's checkout imports the installed newswatch, not that folder.
    command = [
        sys.executable,
        "-P",
        "-m",
        "newswatch.scheduler.crawl",
        "--log-level",
        log_level,
    ]
    if setup.config_path is not None:
        command += ["--config", str(setup.config_path)]
    for name, run_id in runs.items():
        command += ["--run", f"{name}={run_id}"]
    if walks:
        command += ["--walk", walks_to_json(walks)]
    if progress:
        command.append("--progress")
    return command


def run_cycle(
    setup: Setup,
    source_names: list[str],
    *,
    timeout: float | None = None,
    log_level: str = "WARNING",
    walks: dict[str, WalkOptions] | None = None,
    progress: bool = False,
) -> CycleReport:
    """Crawl `source_names` in a child process and return what the run history says.

    A child that crashes, is killed or exceeds `timeout` seconds leaves its
    runs marked failed; the database is never left with a half-written article
    because every article is written in its own transaction.
    """
    run_log = RunLog(setup.db)
    runs = {name: run_log.start(name) for name in source_names}
    command = child_command(setup, runs, log_level, walks, progress)
    timeout = timeout if timeout is not None else setup.config.crawl_timeout
    # The database URL travels in the environment: a password in it would be
    # readable by every user of the machine in the child's command line.
    env = dict(os.environ, **{DATABASE_ENV: setup.db_url})
    returncode: int | None = None
    timed_out = False
    # The child's log goes to our stderr; its stdout (a JSON summary for
    # manual use) is not needed: the run rows are the record.
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, env=env, text=True, start_new_session=True
    ) as child:
        try:
            child.communicate(timeout=timeout)
            returncode = child.returncode
        except subprocess.TimeoutExpired:
            timed_out = True
            _stop(child)
            returncode = child.returncode
        except BaseException:
            # We are being stopped (Ctrl-C, SIGTERM via `stop_on_sigterm`): the
            # child is in its own session, so it would outlive us, unlocked.
            _stop(child)
            for run_id in runs.values():
                run_log.finish(
                    run_id, RunOutcome.FAILED, RunCounts(), "newswatch was stopped mid-crawl"
                )
            raise
    message = _failure_message(returncode, timed_out, timeout)
    for run_id in runs.values():
        run_log.finish(run_id, RunOutcome.FAILED, RunCounts(), message)
    recorded = [run for run_id in runs.values() if (run := run_log.get(run_id)) is not None]
    if setup.config.notify:
        # Imported here: Apprise is slow to import and most setups notify nobody.
        from newswatch.scheduler.alerts import alert_state_changes
        from newswatch.scheduler.notify import notify_new_relevant

        notify_new_relevant(setup.db, setup.config)
        alert_state_changes(setup.db, setup.config)
    return CycleReport(recorded, returncode, timed_out)


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Within the block, SIGTERM interrupts like Ctrl-C, so a running cycle can clean up.

    For the main thread of a one-shot command; the daemon has its own handling.
    """

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _failure_message(returncode: int | None, timed_out: bool, timeout: float) -> str:
    if timed_out:
        return f"crawl exceeded its timeout of {timeout:g}s and was stopped"
    if returncode is not None and returncode < 0:
        return f"crawl process killed by signal {signal.Signals(-returncode).name}"
    return f"crawl process exited with code {returncode} before finishing"


def _stop(child: subprocess.Popen[str], grace: float = 10.0) -> None:
    """SIGTERM (Scrapy closes the spider cleanly), then SIGKILL after `grace` seconds."""
    child.terminate()
    try:
        child.communicate(timeout=grace)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
