"""The daemon: triggers from schedules, signals, crawl children, and `newswatch daemon` itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import yaml
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from newswatch.config import AppConfig, SourceConfig, load_config, topics_path
from newswatch.config.loader import DEFAULT_TOPICS
from newswatch.config.schedule import crontab_weekdays
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import Alias, Article
from newswatch.scheduler.lock import RunLock, lock_path_for
from newswatch.scheduler.signals import SignalInbox
from newswatch.scheduler.snapshot import ConfigSnapshots
from newswatch.scheduler.triggers import build_trigger, misfire_grace_seconds, plan_jobs
from newswatch.scheduler.wiring import load
from sqlalchemy import select

from tests.mockserver import MockServer, set_route
from tests.support.daemon import (
    TRS,
    TRS_LAYOUT,
    V2,
    DaemonProcess,
    daemon_config,
    expected_paths,
    wait_for,
)
from tests.support.processes import child_pids, command_line, crawl_children, parent_of

T = TypeVar("T")


def source(name: str, **fields: object) -> SourceConfig:
    return SourceConfig(
        name=name,
        start_urls=[f"https://example.org/{name}/index.html"],
        article_url_pattern=r"/\d+\.html$",
        **fields,
    )


@pytest.fixture
def server_in_new_york() -> Iterator[None]:
    """Run the test as on a server whose local zone is not the configured one."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


def test_cron_times_are_read_in_the_configured_zone(server_in_new_york: None) -> None:
    trigger = build_trigger("0 8 * * *", "Asia/Shanghai")
    assert isinstance(trigger, CronTrigger)
    after = datetime(2026, 3, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai: today's 08:00 is past
    fire = trigger.get_next_fire_time(None, after)
    assert fire is not None
    assert fire.astimezone(UTC) == datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


def test_cron_steps_and_weekdays_follow_crontab_meaning() -> None:
    trigger = build_trigger("*/15 9-17 * * 1-5", "Asia/Shanghai")
    friday_evening = datetime(2026, 4, 3, 17, 50, tzinfo=trigger.timezone)  # a Friday
    fire = trigger.get_next_fire_time(None, friday_evening)
    assert fire is not None
    assert (fire.weekday(), fire.hour, fire.minute) == (0, 9, 0)  # Monday 09:00


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("*", "*"),
        ("0", "sun"),
        ("7", "sun"),
        ("1-5", "mon,tue,wed,thu,fri"),
        ("5-7", "sun,fri,sat"),
        ("*/2", "sun,tue,thu,sat"),
        ("MON,wed", "mon,wed"),
    ],
)
def test_crontab_weekday_numbers_start_on_sunday(field: str, names: str) -> None:
    assert crontab_weekdays(field) == names


def test_crontab_runs_on_either_day_field_when_both_are_restricted() -> None:
    trigger = build_trigger("0 8 1 * 1", "Asia/Shanghai")  # the 1st, and every Monday
    zone = ZoneInfo("Asia/Shanghai")
    fires = []
    fire = datetime(2026, 6, 20, 12, 0, tzinfo=zone)  # a Saturday
    for _ in range(3):
        fire = trigger.get_next_fire_time(None, fire + timedelta(seconds=1))
        assert fire is not None
        fires.append(fire.date().isoformat())
    assert fires == ["2026-06-22", "2026-06-29", "2026-07-01"]  # Mon, Mon, Wed the 1st
    assert build_trigger("0 8 13 * 5", "Asia/Shanghai").get_next_fire_time(
        None, datetime(2026, 2, 1, tzinfo=zone)
    ) == datetime(2026, 2, 6, 8, 0, tzinfo=zone)  # a Friday before the 13th


@pytest.mark.parametrize(
    ("text", "seconds"), [("every 2s", 2), ("every 30m", 1800), ("every 6h", 21600)]
)
def test_every_n_becomes_an_interval(text: str, seconds: int) -> None:
    trigger = build_trigger(text, "Asia/Shanghai")
    assert isinstance(trigger, IntervalTrigger)
    assert trigger.interval == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["every 2d", "0 8 * *", "61 * * * *", "sometimes"])
def test_a_bad_schedule_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="schedule"):
        build_trigger(text, "Asia/Shanghai")


def test_one_job_per_enabled_source_with_its_own_or_the_default_schedule() -> None:
    config = AppConfig(
        schedule="every 45m",
        timezone="Europe/Berlin",
        sources=[
            source("own", schedule="5 7 * * *"),
            source("default"),
            source("off", enabled=False, schedule="every 1m"),
        ],
    )
    jobs = plan_jobs(config)
    assert [(job.source, job.schedule) for job in jobs] == [
        ("own", "5 7 * * *"),
        ("default", "every 45m"),
    ]
    assert isinstance(jobs[0].trigger, CronTrigger)
    assert str(jobs[0].trigger.timezone) == "Europe/Berlin"
    assert jobs[1].trigger.interval == timedelta(minutes=45)


def test_a_run_waiting_behind_every_other_crawl_is_not_a_misfire() -> None:
    config = AppConfig(crawl_timeout=600, sources=[source("a"), source("b"), source("c")])
    assert misfire_grace_seconds(config) >= 3 * 600


def test_signals_are_queued_for_the_main_loop_in_order() -> None:
    # SIG_DFL, or SIG_IGN under nohup: whichever it was is given back.
    before = signal.getsignal(signal.SIGHUP)
    with SignalInbox((signal.SIGHUP, signal.SIGUSR1)) as inbox:
        os.kill(os.getpid(), signal.SIGHUP)
        os.kill(os.getpid(), signal.SIGUSR1)
        assert inbox.next(timeout=5) == signal.SIGHUP
        assert inbox.next(timeout=5) == signal.SIGUSR1
        assert inbox.next(timeout=0) is None
    assert signal.getsignal(signal.SIGHUP) == before


@pytest.mark.slow
def test_crawl_children_are_found_among_the_children_of_a_process() -> None:
    sleep = "import time; time.sleep(60)"
    # A process whose command line names the crawl module, and one that does not.
    crawl = subprocess.Popen([sys.executable, "-c", sleep, "newswatch.scheduler.crawl"])
    other = subprocess.Popen([sys.executable, "-c", sleep])
    try:
        assert parent_of(crawl.pid) == os.getpid()
        assert {crawl.pid, other.pid} <= set(child_pids(os.getpid()))
        assert "newswatch.scheduler.crawl" in command_line(crawl.pid)
        assert crawl_children(os.getpid()) == [crawl.pid]
    finally:
        for child in (crawl, other):
            child.kill()
            child.wait()
    assert crawl_children(os.getpid()) == []


def test_a_pinned_config_is_the_loaded_one_and_finds_the_same_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(DEFAULT_TOPICS.read_text(encoding="utf-8"), encoding="utf-8")
    original = tmp_path / "sources.yaml"
    original.write_text(
        "topics: lexicon.yaml\n"
        "schedule: every 5m\n"
        "sources:\n"
        "  - {name: a, start_urls: 'https://example.org/', article_url_pattern: '/a/'}\n",
        encoding="utf-8",
    )
    setup = load(original, f"sqlite:///{tmp_path / 'nw.db'}")
    with ConfigSnapshots() as snapshots:
        pinned = snapshots.pin(setup)
        assert pinned.config_path is not None
        assert pinned.config_path.parent != tmp_path
        original.write_text("sources: [broken", encoding="utf-8")
        copy = load_config(pinned.config_path)
        assert copy.model_dump(exclude={"topics"}) == setup.config.model_dump(exclude={"topics"})
        assert topics_path(copy, pinned.config_path) == lexicon
        assert pinned.db is setup.db
    assert not pinned.config_path.exists()
    setup.db.dispose()


# ---------------------------------------------------------------- the daemon as a process

def stored_paths(db: Database) -> set[str]:
    """URL paths of stored articles and of their aliases."""
    with db.session() as session:
        urls = list(session.scalars(select(Article.url))) + list(session.scalars(select(Alias.url)))
    return {urlsplit(url).path for url in urls}


def article_rows(db: Database) -> list[Article]:
    with db.session() as session:
        rows = list(session.scalars(select(Article)))
        session.expunge_all()
        return rows


@pytest.mark.slow
def test_daemon_crawls_every_source_on_schedule_and_never_refetches_an_article(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    config = daemon_config(site_config, tmp_path / "daemon.yaml")
    daemon = start_daemon(config)
    for source in (V2, TRS):
        wait_for(lambda s=source: len(daemon.finished_runs(s)) >= 2, 60, f"two cycles of {source}")

    requested = Counter(urlsplit(path).path for path in site.paths())
    articles = expected_paths(site_expected)
    assert articles <= set(requested), "every article of the copy was fetched"
    assert {path: requested[path] for path in articles if requested[path] > 1} == {}
    later = [run for s in (V2, TRS) for run in daemon.finished_runs(s)[1:]]
    assert all(run.articles_new == 0 for run in later)

    assert daemon.stop() == 0
    log = daemon.log()
    assert "newswatch daemon started" in log
    assert f"cycle: {TRS}: ok" in log or f"cycle: {TRS}: partial" in log
    assert "newswatch daemon stopped" in log
    assert not [run for run in daemon.runs() if run.outcome == "running"]


@pytest.mark.slow
def test_a_killed_crawl_is_recorded_as_failed_and_the_next_cycle_completes(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    slow = min(expected_paths(site_expected, TRS_LAYOUT))
    set_route(site, slow, {"delay": 20})
    daemon = start_daemon(daemon_config(site_config, tmp_path / "daemon.yaml", {TRS}))

    def crawl_under_way() -> list[int]:
        # Some articles stored while the slow one is still awaited: mid-cycle.
        children = crawl_children(daemon.pid)
        return children if children and article_rows(daemon.db) else []

    (child,) = wait_for(crawl_under_way, 30, "a crawl that stored some articles")
    (killed_run,) = daemon.runs(TRS)
    set_route(site, slow, None)  # the in-flight request keeps its delay; the next one will not
    os.kill(child, signal.SIGKILL)

    wait_for(lambda: daemon.finished_runs(TRS), 30, "a cycle after the killed one")
    failed = RunLog(daemon.db).get(killed_run.id)
    assert failed is not None
    assert failed.outcome == "failed"
    assert "SIGKILL" in (failed.message or "")
    assert all(row.title and row.text and row.text_digest for row in article_rows(daemon.db))
    assert expected_paths(site_expected, TRS_LAYOUT) <= stored_paths(daemon.db)
    assert daemon.stop() == 0
    assert "cycle failed" in daemon.log()


@pytest.mark.slow
def test_stop_during_a_crawl_waits_the_grace_period_then_ends_the_crawl(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    slow = min(expected_paths(site_expected, TRS_LAYOUT))
    set_route(site, slow, {"delay": 30})
    config = daemon_config(site_config, tmp_path / "daemon.yaml", {TRS})
    daemon = start_daemon(config, "--grace", "1")
    (child,) = wait_for(lambda: crawl_children(daemon.pid), 30, "a crawl child")
    wait_for(lambda: article_rows(daemon.db), 30, "some stored articles")

    assert daemon.stop() == 0
    assert not Path(f"/proc/{child}").exists()
    (run,) = daemon.runs(TRS)
    assert run.outcome == "failed"
    assert "crawl still running; stopping it" in daemon.log()
    assert all(row.title and row.text and row.text_digest for row in article_rows(daemon.db))


@pytest.mark.slow
def test_sighup_reloads_the_config_and_a_bad_one_is_ignored(
    site: MockServer,
    site_config: Path,
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    config = daemon_config(site_config, tmp_path / "daemon.yaml", {TRS})
    good = config.read_text(encoding="utf-8")
    daemon = start_daemon(config)
    wait_for(lambda: daemon.finished_runs(TRS), 30, f"a cycle of {TRS}")

    config.write_text("sources: [unclosed", encoding="utf-8")
    daemon.process.send_signal(signal.SIGHUP)
    wait_for(lambda: "reload failed, keeping the previous config" in daemon.log(), 10, "the error")
    seen = len(daemon.finished_runs(TRS))
    wait_for(lambda: len(daemon.finished_runs(TRS)) > seen, 30, "cycles on the old config")

    daemon_config(site_config, config, {TRS, V2})
    assert config.read_text(encoding="utf-8") != good
    daemon.process.send_signal(signal.SIGHUP)
    wait_for(lambda: daemon.finished_runs(V2), 30, f"a cycle of the added source {V2}")
    assert "config reloaded" in daemon.log()
    assert daemon.stop() == 0


@pytest.mark.slow
def test_the_daemon_refuses_to_start_on_a_bad_lexicon(site_config: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(site_config.read_text(encoding="utf-8"))
    data["topics"] = str(tmp_path / "missing-topics.yaml")
    site_config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    started = subprocess.run(
        [sys.executable, "-m", "newswatch", "daemon", "--config", str(site_config)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 2
    assert "missing-topics.yaml: file not found" in started.stderr


@pytest.mark.slow
def test_a_turn_is_skipped_while_another_run_holds_the_lock(
    site: MockServer,
    site_config: Path,
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    config = daemon_config(site_config, tmp_path / "daemon.yaml", {TRS})
    with RunLock(lock_path_for(load_config(config).database)):
        daemon = start_daemon(config)
        wait_for(lambda: "turn skipped" in daemon.log(), 30, "a skipped turn")
        assert daemon.runs() == []
        assert site.paths() == []
    wait_for(lambda: daemon.finished_runs(TRS), 30, "a cycle once the lock is free")
    assert daemon.stop() == 0
