"""Does the daemon leak? Many short cycles against the local site copy, RSS sampled as they go.

Starts `newswatch daemon` on a private copy of the demo site (served on
127.0.0.1) with every source on `every 1s`, lets it run up to --cycles cycles
(or --max-seconds), and samples the daemon process's resident memory
(VmRSS), threads and open file descriptors every --every cycles.  The crawl
children are new processes each cycle; what must stay flat is the daemon.

    .venv/bin/python benchmarks/daemon.py [--cycles 200] [--max-seconds 300] [--every 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

from newswatch.config.loader import DEFAULT_CONFIG  # noqa: E402
from newswatch.pipeline.store.database import Database, open_database  # noqa: E402
from newswatch.pipeline.store.schema import Run  # noqa: E402
from newswatch.scheduler.demosite import site_root  # noqa: E402
from newswatch.scheduler.demosite.rebase import render_config  # noqa: E402

from tests.mockserver import MockServer  # noqa: E402


@dataclass(frozen=True)
class Sample:
    """The daemon process at one moment."""

    cycles: int
    seconds: float
    rss_kib: int
    threads: int
    fds: int


def proc_status(pid: int) -> dict[str, str]:
    """/proc/PID/status as a mapping."""
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {key: value.strip() for key, _, value in (line.partition(":") for line in lines)}


def sample(pid: int, cycles: int, started: float) -> Sample:
    """RSS, threads and open descriptors of `pid` now."""
    status = proc_status(pid)
    return Sample(
        cycles=cycles,
        seconds=time.monotonic() - started,
        rss_kib=int(status["VmRSS"].split()[0]),
        threads=int(status["Threads"]),
        fds=len(os.listdir(f"/proc/{pid}/fd")),
    )


def finished_cycles(db: Database) -> tuple[int, int]:
    """(finished runs, failed runs) recorded so far."""
    with db.session() as session:
        done = session.scalar(select(func.count()).where(Run.outcome != "running"))
        failed = session.scalar(select(func.count()).where(Run.outcome == "failed"))
    return int(done or 0), int(failed or 0)


def write_config(base_url: str, folder: Path) -> Path:
    """The default config pointed at the copy, every source every second."""
    return render_config(
        DEFAULT_CONFIG,
        base_url,
        folder / "sources.yaml",
        overrides={"download_delay": 0, "since": "2018-01-01", "schedule": "every 1s"},
        app_overrides={"database": f"sqlite:///{folder / 'bench.db'}", "schedule": "every 1s"},
    )


def run(cycles: int, max_seconds: float, every: int, folder: Path) -> list[Sample]:
    """Run the daemon until `cycles` cycles or `max_seconds`; the samples taken."""
    shutil.copytree(site_root(), folder / "www")
    with MockServer(folder / "www") as site:
        config = write_config(site.base_url, folder)
        db = open_database(f"sqlite:///{folder / 'bench.db'}")  # schema made before the daemon
        log = (folder / "daemon.log").open("w", encoding="utf-8")
        daemon = subprocess.Popen(
            [sys.executable, "-m", "newswatch", "daemon", "--config", str(config)],
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=log,
            stderr=log,
        )
        started = time.monotonic()
        samples: list[Sample] = []
        try:
            done, next_sample = 0, 1  # the first sample once the daemon has done a cycle
            while done < cycles and time.monotonic() - started < max_seconds:
                if daemon.poll() is not None:
                    raise SystemExit(f"daemon exited with {daemon.returncode}; see {log.name}")
                time.sleep(0.25)
                done, _ = finished_cycles(db)
                if done >= next_sample:
                    samples.append(sample(daemon.pid, done, started))
                    next_sample = (done // every + 1) * every
            if not samples or samples[-1].cycles != done:
                samples.append(sample(daemon.pid, done, started))
        finally:
            daemon.send_signal(signal.SIGTERM)
            code = daemon.wait(timeout=30)
            log.close()
        done, failed = finished_cycles(db)
        db.dispose()
        print(f"daemon exit code after SIGTERM: {code}; cycles finished: {done}, failed: {failed}")
    return samples


def report(samples: list[Sample]) -> None:
    """Print the curve and the growth."""
    print(f"{'cycles':>7} {'seconds':>8} {'RSS KiB':>9} {'threads':>8} {'fds':>5}")
    for s in samples:
        print(f"{s.cycles:>7} {s.seconds:>8.1f} {s.rss_kib:>9} {s.threads:>8} {s.fds:>5}")
    first, warm, last = samples[0], samples[min(2, len(samples) - 1)], samples[-1]
    rate = last.cycles / last.seconds * 60 if last.seconds else 0.0
    print(f"\n{last.cycles} cycles in {last.seconds:.0f}s ({rate:.1f} cycles/min)")
    print(
        f"RSS first->last (after cycle {first.cycles} -> {last.cycles}): {first.rss_kib} -> "
        f"{last.rss_kib} KiB ({last.rss_kib - first.rss_kib:+d} KiB)"
    )
    if warm.cycles and last.cycles > warm.cycles:
        per_cycle = (last.rss_kib - warm.rss_kib) / (last.cycles - warm.cycles)
        print(
            f"RSS after the first {warm.cycles} cycles -> last: {warm.rss_kib} -> "
            f"{last.rss_kib} KiB ({per_cycle:+.2f} KiB per cycle)"
        )
    print(f"threads {first.threads} -> {last.threads}, open fds {first.fds} -> {last.fds}")


def main() -> int:
    """Parse options, run, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument("--every", type=int, default=10, help="sample every N cycles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newswatch-bench-") as folder:
        samples = run(args.cycles, args.max_seconds, args.every, Path(folder))
    report(samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
