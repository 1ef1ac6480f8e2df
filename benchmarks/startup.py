"""How long `newswatch --version`, `--help` and `review list` take, start to exit.

Each is a fresh interpreter, as a user or cron starts it; prints the median
and the range of the wall times, the median CPU time (user + system, which a
shared machine's load disturbs less), and which heavy libraries the start
imported. `--version` and `--help` should import none; `review list` needs
SQLAlchemy and the config models (pydantic), never Scrapy, trafilatura or
Alembic. `review list` runs on a demo-sized database: the one `newswatch demo`
fills (built first in a temporary folder, about 20 s) or the one given with --db.

    .venv/bin/python benchmarks/startup.py [--repeat 10] [--db URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("scrapy", "twisted", "trafilatura", "alembic", "sqlalchemy", "pydantic", "apscheduler")


def run_times(args: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of `repeat` runs of `python -m newswatch ARGS`."""
    walls, cpus = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "newswatch", *args], stdout=subprocess.DEVNULL
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        walls.append(time.perf_counter() - started)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"newswatch {' '.join(args)} failed")
        cpus.append(usage.ru_utime + usage.ru_stime)
    return walls, cpus


def demo_database(folder: Path) -> str:
    """The URL of a database filled by `newswatch demo` (the bundled site, offline)."""
    url = f"sqlite:///{folder / 'demo.db'}"
    subprocess.run(
        [sys.executable, "-m", "newswatch", "demo", "--db", url],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=folder,
    )
    return url


def heavy_imports(args: list[str]) -> list[str]:
    """The heavy top-level packages `python -X importtime -m newswatch ARGS` imports."""
    trace = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newswatch", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ).stderr
    names = {line.rsplit("|", 1)[-1].strip() for line in trace.splitlines() if "|" in line}
    return [name for name in HEAVY if name in names]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--db", help="database for `review list` (default: a fresh demo one)")
    options = parser.parse_args()
    repeat = options.repeat
    baseline = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - started)
    print(f"python -c pass          median {statistics.median(baseline):.3f} s (interpreter alone)")
    with tempfile.TemporaryDirectory() as tmp:
        db_url = options.db or demo_database(Path(tmp))
        commands = (["--version"], ["--help"], ["review", "list", "--db", db_url])
        for args in commands:
            walls, cpus = run_times(args, repeat)
            heavy = heavy_imports(args)
            shown = " ".join(args[:2]) if args[0] == "review" else args[0]
            print(
                f"newswatch {shown:<14} median {statistics.median(walls):.3f} s "
                f"(min {min(walls):.3f}, max {max(walls):.3f}, {repeat} runs), "
                f"CPU median {statistics.median(cpus):.3f} s; "
                f"heavy imports: {', '.join(heavy) or 'none'}"
            )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} (2 cores shared)")


if __name__ == "__main__":
    main()
