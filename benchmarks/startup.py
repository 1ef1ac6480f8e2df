"""How long `newswatch --version`, `--help` and `review list` take, start to exit.

Each is a fresh interpreter, as a user or cron starts it; prints the median
and the range of the wall times, the median CPU time (user + system, which a
shared machine's load disturbs less), and which heavy libraries the start
imported. `--version` and `--help` should import none; `review list` needs
SQLAlchemy and the config models (pydantic), never Scrapy, trafilatura or
Alembic. `review list` runs on a demo-sized database: the one `newswatch demo`
fills (built first in a temporary folder, about 20 s) or the one given with --db.

The children may write bytecode caches even where PYTHONDONTWRITEBYTECODE is
set, and one untimed run of each command writes them first: an installed
newswatch has its .pyc files (pip compiles them), and without them every
start compiles newswatch's own modules again (30-40 ms of CPU). --python
times another interpreter, e.g. that of a venv where `pip install .` put a
normal (not editable) copy, which is what a user runs: the editable
install's import finder costs every start a little.

    .venv/bin/python benchmarks/startup.py [--repeat 10] [--db URL] [--python PATH]
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


def child_environment() -> dict[str, str]:
    """The environment of the timed commands: bytecode caches written, as a user has them."""
    environ = dict(os.environ)
    environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return environ


def run_times(
    python: str, args: list[str], repeat: int, cwd: Path
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of `repeat` runs of `python -m newswatch ARGS` in
    the folder `cwd`, after one untimed run (which writes any missing bytecode cache)."""
    walls, cpus = [], []
    command = [python, "-m", "newswatch", *args]
    environ = child_environment()
    subprocess.run(command, stdout=subprocess.DEVNULL, env=environ, cwd=cwd, check=True)
    for _ in range(repeat):
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=environ, cwd=cwd)
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


def heavy_imports(python: str, args: list[str], cwd: Path) -> list[str]:
    """The heavy top-level packages `python -X importtime -m newswatch ARGS` imports."""
    trace = subprocess.run(
        [python, "-X", "importtime", "-m", "newswatch", *args],
        check=True,
        cwd=cwd,
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
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter whose newswatch is timed (default: this one)",
    )
    options = parser.parse_args()
    # Absolute (not resolved: a venv's python is a link), as the commands run elsewhere.
    options.python = str(Path(options.python).absolute())
    repeat = options.repeat
    baseline = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([options.python, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - started)
    print(f"python -c pass          median {statistics.median(baseline):.3f} s (interpreter alone)")
    with tempfile.TemporaryDirectory() as tmp:
        db_url = options.db or demo_database(Path(tmp))
        commands = (["--version"], ["--help"], ["review", "list", "--db", db_url])
        for args in commands:
            # Run elsewhere than a source checkout: `-m` would import its folders.
            walls, cpus = run_times(options.python, args, repeat, Path(tmp))
            heavy = heavy_imports(options.python, args, Path(tmp))
            shown = " ".join(args[:2]) if args[0] == "review" else args[0]
            print(
                f"newswatch {shown:<14} median {statistics.median(walls):.3f} s "
                f"(min {min(walls):.3f}, max {max(walls):.3f}, {repeat} runs), "
                f"CPU median {statistics.median(cpus):.3f} s; "
                f"heavy imports: {', '.join(heavy) or 'none'}; load {load()}"
            )
    print(f"interpreter {options.python}; load average {load()}")


def load() -> str:
    """The load averages (1, 5, 15 minutes): shared cores stretch wall times."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
