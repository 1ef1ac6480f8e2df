"""`newswatch daemon`: crawl every enabled source on its schedule until told to stop.

Each source is an APScheduler job whose run is one cycle of the configured
executor (scheduler.executors).  With the default `local` executor a cycle is
a crawl child process; cycles run one at a time on a single worker thread,
each under the database's `RunLock`, so the daemon and a cron `newswatch run`
never write at once.  With `scrapyd` each cycle is a job on a Scrapyd node and
many run at once.  Only the holder of the database's scheduler lease
schedules (scheduler.leadership): a second daemon on the same database stands
by and takes over when the first one disappears.  SIGTERM/SIGINT stop it (the
running crawl gets a grace period), SIGHUP reloads the config.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from newswatch.config import ConfigError
from newswatch.pipeline.store.database import DatabaseError
from newswatch.scheduler import verdict
from newswatch.scheduler.cycle import CrawlOptions, CycleReport, run_cycle
from newswatch.scheduler.executors import Executor, executor_for
from newswatch.scheduler.leadership import Leadership
from newswatch.scheduler.lock import AlreadyRunning
from newswatch.scheduler.signals import SignalInbox
from newswatch.scheduler.snapshot import ConfigSnapshots
from newswatch.scheduler.triggers import SourceJob, misfire_grace_seconds, plan_jobs
from newswatch.scheduler.wiring import Setup, load

log = logging.getLogger(__name__)

DEFAULT_GRACE = 10.0
# After the grace period the crawl gets SIGTERM (Scrapy closes the spider and
# records its counts); this is how long that may take before SIGKILL.
TERM_WAIT = 3.0
KILL_WAIT = 5.0
POLL = 0.2
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@dataclass(frozen=True)
class DaemonOptions:
    """What `newswatch daemon` was started with."""

    config_path: str | Path | None = None
    db_url: str | None = None
    grace: float = DEFAULT_GRACE
    crawl_log_level: str = "WARNING"


def format_summary(report: CycleReport, seconds: float) -> str:
    """The one log line of a finished cycle."""
    parts = []
    for run in report.runs:
        line = (
            f"{run.source}: {run.outcome}, {run.pages} pages, {run.articles_new} new, "
            f"{run.relevant} relevant, {run.errors} errors"
        )
        parts.append(line + (f" ({run.message})" if run.message else ""))
    return "; ".join(parts or ["no run recorded"]) + f" [{seconds:.1f}s]"


class Daemon:
    """The scheduler of one configuration; `serve()` runs it until a stop signal."""

    def __init__(self, options: DaemonOptions, setup: Setup, snapshots: ConfigSnapshots) -> None:
        self.options = options
        self._setup = setup
        self._snapshots = snapshots
        # Fixed for the daemon's life: a reload that changes it is refused.
        self._executor: Executor = executor_for(setup.config)
        self._leadership = Leadership(setup.db, setup.config.lease_seconds)
        self._leading = False
        self._started = False
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=self._executor.parallel)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=ZoneInfo(setup.config.timezone),
        )
        # `_state` makes "not stopping, so start a cycle" one step, so that
        # stop() never misses a cycle that is just starting.
        self._state = threading.Lock()
        self._stopping = False
        self._busy = 0  # cycles under way (several at once with the scrapyd executor)
        self._idle = threading.Event()
        self._idle.set()

    @property
    def setup(self) -> Setup:
        """The configuration in force."""
        return self._setup

    def serve(self) -> int:
        """Schedule while holding the lease, handle signals until SIGTERM/SIGINT; returns 0."""
        with SignalInbox((*STOP_SIGNALS, signal.SIGHUP)) as inbox:
            next_claim = 0.0
            while True:
                if time.monotonic() >= next_claim:
                    next_claim = time.monotonic() + self._leadership.renew_every
                    self._claim_lease()
                wait = min(1.0, max(0.05, next_claim - time.monotonic()))
                received = inbox.next(timeout=wait)
                if received is None:
                    continue
                if received == signal.SIGHUP:
                    log.info("SIGHUP: reloading the config")
                    self.reload()
                    continue
                log.info(
                    "%s: stopping (grace %gs for a running crawl)",
                    received.name,
                    self.options.grace,
                )
                break
            self.stop(inbox)
        return 0

    def _claim_lease(self) -> None:
        """Take or renew the scheduler lease; start or stop scheduling as it comes and goes."""
        if self._leadership.claim():
            if not self._leading:
                self._leading = True
                self.start()
            return
        if self._leading:
            self._leading = False
            self._scheduler.remove_all_jobs()
            log.error(
                "lost the scheduler lease (now held by %s): standing by",
                self._leadership.current_holder() or "nobody",
            )
        elif not self._started:
            self._started = True  # logged once, not at every claim
            log.info(
                "newswatch daemon standing by (pid %d, database %s): the scheduler lease "
                "is held by %s",
                os.getpid(),
                self._setup.db.displayed_url,
                self._leadership.current_holder() or "nobody",
            )

    def start(self) -> None:
        """Add one job per enabled source, each first run now, and start scheduling."""
        jobs = plan_jobs(self._setup.config)
        self._add_jobs(jobs, run_now={job.source for job in jobs})
        if not self._scheduler.running:
            self._scheduler.start()
        self._started = True
        log.info(
            "newswatch daemon started (pid %d, database %s, time zone %s, executor %s, "
            "lease %s): %s",
            os.getpid(),
            self._setup.db.displayed_url,
            self._setup.config.timezone,
            self._setup.config.executor.kind,
            self._leadership.holder,
            ", ".join(f"{job.source} [{job.schedule}]" for job in jobs) or "no enabled source",
        )

    def reload(self) -> bool:
        """Re-read the config and re-create the jobs; a bad config is logged and ignored."""
        try:
            setup = load_checked(self.options, self._snapshots)
            jobs = plan_jobs(setup.config)
            if setup.config.executor != self._setup.config.executor:
                raise ConfigError("the executor cannot change while the daemon runs; restart it")
        except (ConfigError, DatabaseError) as exc:
            log.error("reload failed, keeping the previous config: %s", exc)
            return False
        except Exception:
            log.exception("reload failed, keeping the previous config")
            return False
        known = {job.id for job in self._scheduler.get_jobs()}
        self._scheduler.remove_all_jobs()
        previous, self._setup = self._setup, setup
        leadership = Leadership(setup.db, setup.config.lease_seconds, self._leadership.holder)
        self._leadership = leadership
        # A new source is crawled at once; the others keep their rhythm.
        if self._leading:
            self._add_jobs(jobs, run_now={job.source for job in jobs} - known)
        if previous.db is not setup.db:
            previous.db.dispose()
        log.info(
            "config reloaded: %s",
            ", ".join(f"{job.source} [{job.schedule}]" for job in jobs) or "no enabled source",
        )
        return True

    def stop(self, inbox: SignalInbox | None = None) -> None:
        """Stop scheduling; let a running crawl finish within the grace period, then end it.

        A second SIGTERM/SIGINT in `inbox` during the grace period ends it at once.
        """
        with self._state:
            self._stopping = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        if not self._wait_idle(self.options.grace, inbox):
            stopped = self._executor.interrupt(hard=False)
            log.warning("crawl still running; stopping it (%s)", stopped)
            if not self._wait_idle(TERM_WAIT, None):
                self._executor.interrupt(hard=True)
                self._wait_idle(KILL_WAIT, None)
        if self._leading:
            self._leadership.release()
        log.info("newswatch daemon stopped")

    def _add_jobs(self, jobs: list[SourceJob], run_now: set[str]) -> None:
        """One APScheduler job per source (a source's cycles never overlap: max_instances 1)."""
        grace = misfire_grace_seconds(self._setup.config)
        now = datetime.now(ZoneInfo(self._setup.config.timezone))
        for job in jobs:
            options = {"next_run_time": now} if job.source in run_now else {}
            self._scheduler.add_job(
                self._cycle,
                job.trigger,
                args=[job.source],
                id=job.source,
                name=f"crawl {job.source}",
                misfire_grace_time=grace,
                **options,
            )

    def _wait_idle(self, seconds: float, inbox: SignalInbox | None) -> bool:
        deadline = time.monotonic() + seconds
        while not self._idle.wait(POLL):
            if inbox is not None and inbox.next(0) in STOP_SIGNALS:
                log.info("second stop signal: not waiting any longer")
                return False
            if time.monotonic() >= deadline:
                return False
        return True

    def _cycle(self, source: str) -> None:
        """One job run: crawl `source` under the run lock; never raises."""
        with self._state:
            if self._stopping or not self._leading:
                return
            self._busy += 1
            self._idle.clear()
        try:
            self._locked_cycle(source)
        except Exception:
            # A job's failure must not end the daemon: log it, the next turn comes.
            log.exception("cycle of %s failed", source)
        finally:
            with self._state:
                self._busy -= 1
                if self._busy == 0:
                    self._idle.set()

    def _locked_cycle(self, source: str) -> None:
        setup = self._setup
        if not any(s.name == source and s.enabled for s in setup.config.sources):
            log.info("%s is no longer an enabled source; skipped", source)
            return
        started = time.monotonic()
        try:
            options = CrawlOptions(log_level=self.options.crawl_log_level)
            report = run_cycle(self._executor, setup, [source], options)
        except AlreadyRunning as exc:
            log.warning("%s: turn skipped: %s", source, exc)
            return
        from newswatch.scheduler.onboarding.notes import add_suggestions

        add_suggestions(setup.config, setup.db, report.runs)
        summary = format_summary(report, time.monotonic() - started)
        if verdict.alarming(report.runs):  # unreachable counts as much as failed
            log.error("cycle failed: %s", summary)
        else:
            log.info("cycle: %s", summary)


def load_checked(options: DaemonOptions, snapshots: ConfigSnapshots) -> Setup:
    """Load the config and its lexicon (ConfigError/DatabaseError), pinned to a private copy."""
    setup = load(options.config_path, options.db_url)
    try:
        setup.judge()  # a broken lexicon is refused here rather than in every crawl child
        return snapshots.pin(setup)
    except BaseException:
        setup.db.dispose()
        raise


def run_daemon(options: DaemonOptions) -> int:
    """Load the config (ConfigError/DatabaseError propagate) and serve until stopped."""
    with ConfigSnapshots() as snapshots:
        return Daemon(options, load_checked(options, snapshots), snapshots).serve()
