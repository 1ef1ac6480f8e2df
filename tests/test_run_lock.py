"""`newswatch run` as cron runs it: one cycle at a time per database, quiet on success."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Run
from newswatch.scheduler.children import crawl_children
from newswatch.scheduler.lock import RunLock, lock_path_for
from sqlalchemy import select

from tests.mockserver import MockServer, set_route
from tests.support.daemon import wait_for

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
