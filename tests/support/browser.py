"""Headless Chromium for the browser tests, and reading `newswatch serve`'s address.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`) and
the playwright Python package; Playwright's own browser download is never used.
"""

from __future__ import annotations

import queue
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_START_TIMEOUT = 60.0


def read_lines(stream: Any, lines: queue.Queue[str]) -> None:
    """Copy a process's output lines into `lines` (run in a thread)."""
    for line in stream:
        lines.put(line)


def wait_for_url(server: subprocess.Popen[str], lines: queue.Queue[str]) -> str:
    """The review page address `newswatch serve` prints; the test fails if it never does."""
    seen = []
    while True:
        try:
            line = lines.get(timeout=SERVER_START_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"newswatch serve printed no address; it said: {''.join(seen)}")
        seen.append(line)
        match = re.search(r"review page at (http://\S+?)/? ", line)
        if match:
            return match.group(1)
        if server.poll() is not None:
            pytest.fail(f"newswatch serve exited with {server.returncode}: {''.join(seen)}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, driven by Playwright."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(apt-get update && apt-get install -y chromium)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need the playwright package (pip install playwright)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
