"""`newswatch run` as cron runs it: one cycle at a time per database, quiet on success."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Run
from newswatch.scheduler.lock import AlreadyRunning, RunLock, lock_path_for
from sqlalchemy import select

from tests.mockserver import MockServer, set_route
from tests.support.daemon import wait_for
from tests.support.processes import alive, crawl_children

# Every test starts `newswatch run` processes.
pytestmark = pytest.mark.slow

EXIT_LOCKED = 4


def newswatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "newswatch", *args]


def recorded_holder(lock_path: Path) -> int | None:
    """The pid a RunLock wrote into its file (the last holder's; the file outlives the lock)."""
    try:
        text = lock_path.read_text().strip()
    except FileNotFoundError:
        return None
    return int(text) if text.isdigit() else None


@pytest.fixture
def first_run(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> Iterator[subprocess.Popen[str]]:
    """A `newswatch run` held up by a slow article page."""
    set_route(site, min(site_expected["articles"]), {"delay": 3})
    process = subprocess.Popen(
        newswatch("run", "--quiet", "--config", str(site_config)),
        cwd=site_config.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()


def test_a_second_run_on_the_same_database_is_refused_while_one_is_in_progress(
    site_config: Path, first_run: subprocess.Popen[str]
) -> None:
    lock_path = lock_path_for(load_config(site_config).database)
    wait_for(
        lambda: recorded_holder(lock_path) == first_run.pid, 30, "the first run to take the lock"
    )

    second = subprocess.run(
        newswatch("run", "--config", str(site_config)),
        cwd=site_config.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == EXIT_LOCKED
    assert second.stdout == ""
    assert f"pid {first_run.pid}" in second.stderr
    assert f"lock file {lock_path}" in second.stderr
    # The first run holds the lock for its whole cycle: it was held all along.
    assert first_run.poll() is None

    out, err = first_run.communicate(timeout=120)
    assert (first_run.returncode, out, err) == (0, "", "")
    with RunLock(lock_path):
        assert recorded_holder(lock_path) == os.getpid()


def test_run_quiet_prints_nothing_on_success_and_one_line_per_failed_source(
    site: MockServer, site_config: Path
) -> None:
    quiet = subprocess.run(
        newswatch("run", "--quiet", "--config", str(site_config)),
        cwd=site_config.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")

    failed = subprocess.run(
        newswatch("run", "--quiet", "--timeout", "0.5", "--config", str(site_config)),
        cwd=site_config.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (failed.returncode, failed.stdout) == (1, "")
    lines = failed.stderr.splitlines()
    assert lines == [
        f"newswatch: {name}: failed: crawl exceeded its timeout of 0.5s and was stopped"
        for name in ("xhby-suzhou", "xhby-suzhou-trs")
    ]


def test_a_stopped_run_stops_its_crawl_and_records_it(
    site_config: Path, first_run: subprocess.Popen[str]
) -> None:
    """SIGTERM to `newswatch run` (a cron timeout, a shutdown) must not orphan its crawl."""
    crawls = wait_for(lambda: crawl_children(first_run.pid), 30, "the crawl child to start")
    first_run.send_signal(signal.SIGTERM)
    first_run.communicate(timeout=30)
    assert first_run.returncode == 130
    assert not [pid for pid in crawls if Path(f"/proc/{pid}").exists()]
    db = open_database(load_config(site_config).database)
    try:
        with db.session() as session:
            runs = list(session.scalars(select(Run)))
    finally:
        db.dispose()
    assert runs and all(run.outcome == "failed" for run in runs)
    assert {run.message for run in runs} <= {
        "newswatch was stopped mid-crawl",
        "crawl ended: shutdown",  # the child's own account when it closed first
    }


def test_a_killed_run_takes_its_crawl_with_it_and_the_next_run_does_not_overlap(
    site: MockServer, site_config: Path, first_run: subprocess.Popen[str]
) -> None:
    """SIGKILL (the OOM killer, `kill -9`) gives the parent no chance to stop its child."""
    (crawl,) = wait_for(lambda: crawl_children(first_run.pid), 30, "the crawl child to start")
    wait_for(site.paths, 30, "the crawl to request a page")
    first_run.kill()
    first_run.communicate(timeout=30)
    killed_at = time.monotonic()
    database = load_config(site_config).database
    # The parent records the runs before it starts the crawl.
    first_ids = {run.id for run in all_runs(database)}

    # The orphaned crawl keeps the database's lock (inherited) until it is gone.
    lock = RunLock(lock_path_for(database))
    try:
        lock.acquire()
    except AlreadyRunning:
        pass
    else:
        lock.release()
        assert not alive(crawl), "the lock was free while the orphaned crawl still ran"
    wait_for(lambda: not alive(crawl), 10 - (time.monotonic() - killed_at), "the crawl to end")
    second = subprocess.run(
        newswatch("run", "--quiet", "--config", str(site_config)),
        cwd=site_config.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (second.returncode, second.stderr) == (0, "")

    runs = all_runs(database)
    first = [run for run in runs if run.id in first_ids]
    later = [run for run in runs if run.id not in first_ids]
    assert first and later
    assert all(run.outcome == "failed" and run.finished_at for run in first), [
        (r.outcome, r.message, r.finished_at) for r in first
    ]
    assert {run.message for run in first} == {
        "the newswatch process that started this crawl died mid-crawl"
    }
    assert max(run.finished_at for run in first if run.finished_at) <= min(
        run.started_at for run in later
    )


def all_runs(database: str) -> list[Run]:
    db = open_database(database)
    try:
        with db.session() as session:
            return list(session.scalars(select(Run).order_by(Run.id)))
    finally:
        db.dispose()
