"""Headless Chromium and `newswatch serve` for the browser tests and scripts/screenshots.py.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`) and
the playwright Python package; Playwright's own browser download is never used.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from newswatch.scheduler.web.server import PASSWORD_ENV

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


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium, headless, from a started `sync_playwright()`."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def read_lines(stream: Any, lines: queue.Queue[str]) -> None:
    """Copy a process's output lines into `lines` (run in a thread)."""
    for line in stream:
        lines.put(line)


def wait_for_url(server: subprocess.Popen[str], lines: queue.Queue[str]) -> str:
    """The review page address `newswatch serve` prints; RuntimeError if it never does."""
    seen = []
    while True:
        try:
            line = lines.get(timeout=SERVER_START_TIMEOUT)
        except queue.Empty:
            raise RuntimeError(
                f"newswatch serve printed no address; it said: {''.join(seen)}"
            ) from None
        seen.append(line)
        match = re.search(r"review page at (http://\S+?)/? ", line)
        if match:
            return match.group(1)
        if server.poll() is not None:
            raise RuntimeError(f"newswatch serve exited with {server.returncode}: {''.join(seen)}")


@contextmanager
def serve_review_page(
    folder: Path, *options: str, env: Mapping[str, str] | None = None
) -> Iterator[tuple[str, queue.Queue[str]]]:
    """`newswatch serve --port 0 OPTIONS` as a process started in `folder`, without
    a web password (`env`: its environment, default this one's).

    Yields the page's address and the queue its stderr lines (the access log) arrive in.
    """
    environment = dict(os.environ if env is None else env)
    environment.pop(PASSWORD_ENV, None)
    server = subprocess.Popen(
        [sys.executable, "-m", "newswatch", "serve", "--port", "0", *options],
        cwd=folder,
        env=environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=read_lines, args=(server.stderr, lines), daemon=True).start()
    try:
        yield wait_for_url(server, lines), lines
    finally:
        server.terminate()
        server.wait(timeout=30)


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
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
