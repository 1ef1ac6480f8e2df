"""Watching another process's crawl children from outside, through /proc (Linux).

For tests only: the product tracks its own child through its Popen object.
"""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

PROC = Path("/proc")
CRAWL_MODULE = "newswatch.scheduler.crawl"


def parent_of(pid: int) -> int | None:
    """The parent pid of `pid`, or None when it is gone."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name (2nd field) may hold spaces and parentheses: parse after the last ')'.
    fields = stat[stat.rfind(")") + 2 :].split()
    return int(fields[1])


def command_line(pid: int) -> list[str]:
    """The arguments `pid` was started with ([] when it is gone or a zombie)."""
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def child_pids(parent: int) -> list[int]:
    """The pids of the live children of `parent`."""
    children = []
    for entry in PROC.iterdir():
        if entry.name.isdigit() and parent_of(int(entry.name)) == parent:
            children.append(int(entry.name))
    return sorted(children)


def crawl_children(parent: int) -> list[int]:
    """The children of `parent` that are crawl processes (`python -m newswatch.scheduler.crawl`)."""
    return [pid for pid in child_pids(parent) if CRAWL_MODULE in command_line(pid)]


def signal_pids(pids: list[int], sig: signal.Signals) -> None:
    """Send `sig` to each pid; one that has just exited is no error."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for a reaper has ended: it holds nothing)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[0] != "Z"
