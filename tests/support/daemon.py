"""`newswatch daemon` as a real process, and waiting for what it does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from newswatch.config import load_config
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import Run

from tests.support.processes import crawl_children

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[2]
TRS = "xhby-suzhou-trs"
TRS_LAYOUT = "xhby-trs"
V2 = "xhby-suzhou"
FINISHED = ("ok", "partial")


def wait_for(condition: Callable[[], T], seconds: float, what: str) -> T:
    """Poll `condition` until it returns something truthy; fail naming `what` otherwise."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"timed out after {seconds:g}s waiting for {what}")


def daemon_config(site_config: Path, out: Path, enabled: set[str] | None = None) -> Path:
    """The site config with every source every 2 seconds (only `enabled` ones, if given)."""
    data = yaml.safe_load(site_config.read_text(encoding="utf-8"))
    data["schedule"] = "every 2s"
    for entry in data["sources"]:
        entry["schedule"] = "every 2s"
        entry["enabled"] = enabled is None or entry["name"] in enabled
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


class DaemonProcess:
    """`newswatch daemon` started as a real process, its log in a file."""

    def __init__(self, config: Path, log_path: Path, *options: str) -> None:
        self.config = config
        self.log_path = log_path
        self._log = log_path.open("w", encoding="utf-8")
        # Created (schema included) before the daemon starts, so the two never race to do it.
        self.db = open_database(load_config(config).database)
        command = [sys.executable, "-m", "newswatch", "daemon", "--config", str(config)]
        # Started in the test's own folder: nothing it writes lands in the checkout.
        self.process = subprocess.Popen(
            [*command, *options], cwd=log_path.parent, stdout=self._log, stderr=self._log
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def runs(self, source: str | None = None) -> list[Run]:
        """The recorded runs, oldest first."""
        return list(reversed(RunLog(self.db).recent(10_000, source)))

    def finished_runs(self, source: str) -> list[Run]:
        return [run for run in self.runs(source) if run.outcome in FINISHED]

    def stop(self, seconds: float = 15) -> int:
        """SIGTERM; the exit code (the test fails if the daemon does not exit in time)."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            pytest.fail(f"daemon still running {seconds:g}s after SIGTERM:\n{self.log()}")

    def close(self) -> None:
        if self.process.poll() is None:
            for pid in crawl_children(self.pid):
                os.kill(pid, signal.SIGKILL)
            self.process.kill()
            self.process.wait()
        self._log.close()
        self.db.dispose()


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[..., DaemonProcess]]:
    started: list[DaemonProcess] = []

    def start(config: Path, *options: str) -> DaemonProcess:
        daemon = DaemonProcess(config, tmp_path / f"daemon{len(started)}.log", *options)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.close()


def expected_paths(site_expected: dict[str, Any], layout: str | None = None) -> set[str]:
    return {
        path
        for path, truth in site_expected["articles"].items()
        if layout is None or truth["layout"] == layout
    }
