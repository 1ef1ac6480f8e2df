"""What a `newswatch` process loads and does before its command runs (figures:
benchmarks/startup.py). Each check runs in a fresh interpreter: this test process
has imported everything already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newswatch.pipeline.store.database import open_database

# Top-level packages only a command that uses them may import.
_HEAVY = (
    "sqlalchemy",
    "pydantic",
    "yaml",
    "scrapy",
    "twisted",
    "trafilatura",
    "alembic",
    "flask",
)

_LOADED_BY = f"""
import sys
from newswatch.scheduler.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
loaded = {{m.split(".")[0] for m in sys.modules}}
print(*sorted(loaded & set({_HEAVY!r})), "importlib.metadata" in sys.modules, file=sys.stderr)
"""

# `main()` with no arguments reads sys.argv, as the `newswatch` script calls it.
_COLLECTOR_AFTER = """
import gc, sys
from newswatch.scheduler.cli import main
sys.argv = ["newswatch", *sys.argv[1:]]
code = main(None if sys.argv[1] != "--in-process" else sys.argv[2:])
print(code, gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)
"""


def _python(code: str, *args: str, cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    return done.stderr.strip().splitlines()[-1]


@pytest.mark.slow
@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_load_no_config_database_or_crawler_code(
    option: str, tmp_path: Path
) -> None:
    found = _python(_LOADED_BY, option, cwd=tmp_path).split()
    # Only `--version` reads the installed metadata.
    assert found == [str(option == "--version")]


@pytest.mark.slow
def test_a_newswatch_process_collects_garbage_again_once_its_command_is_loaded(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    open_database(url).dispose()
    # What the start made is frozen (skipped by every later collection), and
    # the collector is on for whatever the command goes on to allocate.
    found = _python(_COLLECTOR_AFTER, "review", "list", "--db", url, cwd=tmp_path)
    assert found == "0 True True"
    # A caller's own process (a test calling main) keeps its collector as it was.
    found = _python(_COLLECTOR_AFTER, "--in-process", "review", "list", "--db", url, cwd=tmp_path)
    assert found == "0 True False"
