"""Two daemons on one database: the lease holder schedules, the other stands by and takes over.

Also the lease itself on both backends: one holder at a time, taken over only
once expired, given back on release.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.leases import LeaseStore

from tests.mockserver import MockServer
from tests.support.daemon import TRS, DaemonProcess, daemon_config, wait_for
from tests.support.processes import crawl_children

LEASE_SECONDS = 3


def test_a_lease_has_one_holder_until_it_expires_or_is_released(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        leases = LeaseStore(db)
        assert leases.acquire("scheduler", "one", 60)
        assert leases.acquire("scheduler", "one", 60)  # renewal
        assert not leases.acquire("scheduler", "two", 60)
        leases.release("scheduler", "two")  # not the holder: no effect
        lease = leases.get("scheduler")
        assert lease is not None
        assert lease.holder == "one"
        leases.release("scheduler", "one")
        assert leases.acquire("scheduler", "two", 0.2)
        assert not leases.acquire("scheduler", "one", 60)
        time.sleep(0.4)  # past the expiry: the lease is free for the taking
        assert leases.acquire("scheduler", "one", 60)
        assert leases.get("scheduler").holder == "one"  # type: ignore[union-attr]
    finally:
        db.dispose()


def leased_config(site_config: Path, out: Path) -> Path:
    """The site's TRS source every 2 seconds, with a short scheduler lease."""
    config = daemon_config(site_config, out, {TRS})
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["lease_seconds"] = LEASE_SECONDS
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


@pytest.mark.slow
def test_the_standby_daemon_waits_then_takes_over_when_the_active_one_dies(
    site: MockServer,
    site_config: Path,
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    config = leased_config(site_config, tmp_path / "daemon.yaml")
    active = start_daemon(config)
    # The second one starts as soon as the first holds the lease (it says so once it
    # does): its start-up overlaps the first one's cycles.
    wait_for(lambda: "newswatch daemon started" in active.log(), 30, "the first daemon leading")
    standby = start_daemon(config)
    wait_for(lambda: "standing by" in standby.log(), 30, "the second daemon standing by")
    seen = len(active.finished_runs(TRS))
    wait_for(lambda: len(active.finished_runs(TRS)) >= seen + 2, 60, "more cycles of the first")
    assert "newswatch daemon started" not in standby.log()
    assert "cycle:" not in standby.log()
    assert f":{active.pid}:" in (LeaseStore(active.db).get("scheduler") or _none()).holder

    for child in crawl_children(active.pid):
        os.kill(child, signal.SIGKILL)
    active.process.kill()
    active.process.wait()
    last_run = max(run.id for run in active.runs())

    wait_for(lambda: "newswatch daemon started" in standby.log(), 60, "the standby taking over")
    wait_for(
        lambda: [run for run in standby.finished_runs(TRS) if run.id > last_run],
        60,
        "a cycle scheduled by the second daemon",
    )
    lease = LeaseStore(standby.db).get("scheduler")
    assert lease is not None
    assert f":{standby.pid}:" in lease.holder
    wait_for(lambda: "cycle:" in standby.log(), 30, "the second daemon's cycle in its log")
    assert standby.stop() == 0
    assert LeaseStore(standby.db).get("scheduler") is None  # given back on a clean stop


@pytest.mark.slow
def test_a_cleanly_stopped_daemon_hands_over_at_once(
    site: MockServer,
    site_config: Path,
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    # A short lease, so that the standby looks every second (a third of it), not every 5 s.
    config = leased_config(site_config, tmp_path / "daemon.yaml")
    active = start_daemon(config)
    wait_for(lambda: "newswatch daemon started" in active.log(), 30, "the first daemon leading")
    standby = start_daemon(config)
    wait_for(lambda: "standing by" in standby.log(), 30, "the second daemon standing by")
    assert active.stop() == 0
    # Given back on the way out, not left to expire (it was renewed within the last
    # second, so an expiry is seconds away): free now, or the standby's already.
    lease = LeaseStore(standby.db).get("scheduler")
    assert lease is None or f":{standby.pid}:" in lease.holder, lease.holder
    wait_for(lambda: "newswatch daemon started" in standby.log(), 30, "the standby taking over")
    assert standby.stop() == 0


def _none() -> object:
    pytest.fail("no scheduler lease recorded")
