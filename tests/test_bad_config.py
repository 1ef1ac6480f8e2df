"""Bad configuration stops `newswatch run` before anything is written.

Each case is a sources file with one mistake; the command must exit non-zero
with one line naming the file, the source (where there is one) and the
field, and leave no database file, lock file or row behind. The outcomes go
to docs/reliability.md.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from newswatch.scheduler.cli import EXIT_CONFIG, EXIT_DATABASE, main

from tests.reliability import markdown_table, record_section

REPO = Path(__file__).resolve().parents[1]
GOOD = """\
database: DATABASE
sources:
  - name: site-a
    start_urls: http://127.0.0.1:9/news/index.html
    article_url_pattern: '/news/\\d+\\.html$'
    schedule: '*/15 * * * *'
"""


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the probe goes


@dataclass(frozen=True)
class Case:
    name: str
    change: tuple[str, str]
    exit_code: int
    says: tuple[str, ...]


CASES = (
    Case("invalid YAML", ("    schedule:", "  - name: [unclosed"), EXIT_CONFIG,
         ("(line ", "invalid YAML")),
    Case("unknown key", ("start_urls:", "start_url:"), EXIT_CONFIG,
         ("source 'site-a'", "unknown key 'start_url'", "did you mean 'start_urls'?")),
    Case("unknown top-level key", ("database:", "databse:"), EXIT_CONFIG,
         ("unknown key 'databse'", "did you mean 'database'?")),
    Case("bad regex", ("'/news/\\d+\\.html$'", "'/news/(\\d+.html'"), EXIT_CONFIG,
         ("source 'site-a'", "article_url_pattern: invalid regular expression")),
    Case("backtracking regex", ("'/news/\\d+\\.html$'", "'/news/(\\d+)/\\1\\.html$'"),
         EXIT_CONFIG, ("source 'site-a'", "article_url_pattern", "RE2")),
    Case("missing topics file", ("database:", "topics: missing.yaml\ndatabase:"), EXIT_CONFIG,
         ("topics:", "missing.yaml: file not found")),
    Case("bad cron", ("'*/15 * * * *'", "'61 * * * *'"), EXIT_CONFIG,
         ("source 'site-a'", "schedule: schedule '61 * * * *' is not a valid cron")),
    Case("unreachable database", ("DATABASE", "postgresql+psycopg://nw@127.0.0.1:PORT/nw"),
         EXIT_DATABASE, ("database: cannot open database", "Connection refused")),
)  # fmt: skip
@dataclass(frozen=True)
class Outcome:
    """What `newswatch run --config bad.yaml` did, in a folder of its own."""

    exit_code: int
    out: str
    err_lines: list[str]
    left: list[str]  # the names in the folder afterwards
    line: str  # the stderr line with the folder and port made neutral
    path: Path


def write_case(folder: Path, case: Case, port: int = 0) -> Path:
    text = GOOD.replace(*case.change).replace("PORT", str(port or _closed_port()))
    path = folder / "bad.yaml"
    path.write_text(text.replace("DATABASE", f"sqlite:///{folder / 'nw.db'}"), encoding="utf-8")
    return path


def run_case(
    case: Case, folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Outcome:
    """Run one case in `folder` (also the working folder: a relative data/ would land there)."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(folder)
    port = _closed_port()
    path = write_case(folder, case, port)
    capsys.readouterr()
    code = main(["run", "--config", str(path)])
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    line = lines[0].replace(str(folder) + "/", "").replace(str(port), "<port>") if lines else ""
    return Outcome(code, out, lines, sorted(p.name for p in folder.iterdir()), line, path)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_bad_config_is_one_line_and_writes_nothing(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = run_case(case, tmp_path, capsys, monkeypatch)
    assert seen.exit_code == case.exit_code
    assert seen.out == ""
    assert len(seen.err_lines) == 1, seen.err_lines
    assert seen.err_lines[0].startswith("newswatch: ") and str(seen.path) in seen.err_lines[0]
    for words in case.says:
        assert words in seen.err_lines[0]
    assert seen.left == ["bad.yaml"], "nothing written"


@pytest.mark.slow
def test_newswatch_run_names_file_source_and_the_misspelt_key(tmp_path: Path) -> None:
    """The command as a user types it: `newswatch run --config bad.yaml`."""
    write_case(tmp_path, CASES[1])
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "run", "--config", "bad.yaml"],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == EXIT_CONFIG
    assert done.stderr == (
        "newswatch: config error: bad.yaml: source 'site-a': unknown key 'start_url'; "
        "did you mean 'start_urls'?\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml"]


def test_reliability_doc_shows_the_bad_config_outcomes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Observed here, case by case (cheap, in-process), not collected from the
    # tests above: this test runs and can fail on its own.
    seen = {c.name: run_case(c, tmp_path / f"case{n}", capsys, monkeypatch)
            for n, c in enumerate(CASES)}  # fmt: skip
    rows = [[c.name, f"`{c.change[0]}` → `{c.change[1]}`".replace("PORT", "<port>"),
             str(seen[c.name].exit_code), seen[c.name].line] for c in CASES]  # fmt: skip
    body = f"""\
## Bad configuration

`newswatch run --config bad.yaml` with one mistake in an otherwise good file
(`tests/test_bad_config.py`). Every case printed exactly one line on stderr
and nothing on stdout, and left the folder as it was: no database file, no
lock file, no rows.

{markdown_table(["mistake", "edit", "exit code", "stderr"], rows)}"""
    record_section("bad-config", body)
