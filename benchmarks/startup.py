"""How long `newswatch --version` and `newswatch --help` take, start to exit.

Each is a fresh interpreter, as a user or cron starts it; prints the median
and the range of the wall times, and which heavy libraries the start imported
(none should be: they are loaded when a command runs).

    .venv/bin/python benchmarks/startup.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

HEAVY = ("scrapy", "twisted", "trafilatura", "alembic", "sqlalchemy", "pydantic", "apscheduler")


def wall_times(args: list[str], repeat: int) -> list[float]:
    """Seconds each of `repeat` runs of `python -m newswatch ARGS` took."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "newswatch", *args], check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - started)
    return times


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
    repeat = parser.parse_args().repeat
    baseline = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - started)
    print(f"python -c pass          median {statistics.median(baseline):.3f} s (interpreter alone)")
    for args in (["--version"], ["--help"]):
        times = wall_times(args, repeat)
        heavy = heavy_imports(args)
        print(
            f"newswatch {' '.join(args):<14} median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, max {max(times):.3f}, {repeat} runs); "
            f"heavy imports: {', '.join(heavy) or 'none'}"
        )


if __name__ == "__main__":
    main()
