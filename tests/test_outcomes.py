"""Source-level faults: what a whole source's run says, what cron hears, what health shows.

Each test crawls a case of the source-level fault site (tests/faults.py) on
127.0.0.1 with `newswatch run` and records what it saw for docs/reliability.md
(section "outcomes", written by scripts/reliability_doc.py). This module runs
the cases on SQLite; tests/test_outcomes_postgresql.py collects the same tests
again on PostgreSQL, a file of its own so that `--dist loadfile` gives the two
halves to two workers. Cases that only exist for SQLite files (a missing or
damaged database file) run on SQLite only.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.schema import Article, Run, UrlState
from newswatch.scheduler.cli import EXIT_DATABASE, main
from sqlalchemy import select, update

from tests.faults import (
    EVIL_HREF,
    FLOOD_LINKS,
    build_source_site,
    source_config,
)
from tests.mockserver import MockServer
from tests.reliability import markdown_table, record_section
from tests.support.receiver import Receiver

# case -> backend -> what was observed (one table cell)
OBSERVED: dict[str, dict[str, str]] = {}
CASES = {
    "dead": "every list page answers 404 (`newswatch run --quiet`)",
    "loop": "the list page redirects in a loop (A → B → A)",
    "maps": "a sitemap index of 10 indexes of 10 sitemaps, `max_list_pages: 3`",
    "flood": f"one list page with {FLOOD_LINKS:,} new article links",
    "evil": f"`article_url_pattern: /(a+)+$` and a link of {len(EVIL_HREF)} characters",
    "poison": "an article page whose processing raises (canonical link with port `8O80`), "
    "two cycles, no retry due in between",
    "states": "`newswatch sources --json` after runs of sources in every state",
    "alerts": "state-change alerts to a JSON webhook over three cycles",
    "long-fields": "an article whose author is 500 characters (column: 200)",
}
SQLITE_ONLY = {
    "missing-db": "read-only commands on a database file that does not exist",
    "damaged-db": "`newswatch run --quiet` on a SQLite file with damaged pages",
}


def _backend(db_url: str) -> str:
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


def observe(case: str, db_url: str, text: str) -> None:
    OBSERVED.setdefault(case, {})[_backend(db_url)] = text


@pytest.fixture
def fault_site(tmp_path: Path) -> Iterator[MockServer]:
    root = tmp_path / "www"
    root.mkdir()
    with MockServer(root) as server:
        build_source_site(root, server.base_url)
        yield server


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database (tests/test_outcomes_postgresql.py: a PostgreSQL one)."""
    database = open_database(f"sqlite:///{tmp_path / 'newswatch.db'}")
    yield database
    database.dispose()


def run_quiet(config: Path, *names: str) -> tuple[int, str, str]:
    """`newswatch run --quiet` as cron runs it: a process of its own (the test's
    server, in this process, may print its own connection errors on stderr)."""
    sources = [arg for name in names for arg in ("--source", name)]
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "run", "--quiet", "--config", str(config), *sources],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout, done.stderr


def run_here(config: Path, *names: str) -> int:
    """`newswatch run --quiet` in this process (its crawl is still a child process), for
    the runs whose output no test reads: a process of its own costs 0.4 s of CPU."""
    sources = [arg for name in names for arg in ("--source", name)]
    return main(["run", "--quiet", "--config", str(config), *sources])


CaseRun = tuple[Path, int, str, str]  # the config, and run_quiet's exit code, stdout, stderr


@pytest.fixture
def crawl_case(fault_site: MockServer, db: Database, tmp_path: Path) -> Callable[[str], CaseRun]:
    """Crawls one case of the fault site into `db` with `newswatch run --quiet`, once."""

    def crawl(case: str) -> CaseRun:
        config = source_config(fault_site.base_url, db.url, tmp_path / "s.yaml", [case])
        return (config, *run_quiet(config))

    return crawl


@pytest.fixture
def crawl_here(
    fault_site: MockServer, db: Database, tmp_path: Path
) -> Callable[[str], tuple[Path, int]]:
    """Crawls one case into `db` with `run_here`, once: for cases whose output no test reads."""

    def crawl(case: str) -> tuple[Path, int]:
        config = source_config(fault_site.base_url, db.url, tmp_path / "s.yaml", [case])
        return config, run_here(config)

    return crawl


def latest_run(db: Database, source: str) -> Run:
    with db.session() as session:
        run = session.scalars(
            select(Run).where(Run.source == source).order_by(Run.id.desc()).limit(1)
        ).one()
        session.expunge(run)
        return run


def paths(site: MockServer) -> list[str]:
    return [urlsplit(r.path).path for r in site.records()]


def _plain(text: str, site: MockServer) -> str:
    return text.replace(site.base_url, "").strip()


# ---------------------------------------------------------------- outcomes and cron


@pytest.mark.slow
def test_all_404_source_is_unreachable_exit_1_and_one_stderr_line(
    fault_site: MockServer, db: Database, crawl_case: Callable[[str], CaseRun]
) -> None:
    _, code, out, err = crawl_case("dead")
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newswatch: dead: unreachable: no list page could be read: ")
    assert "/dead/index.html" in lines[0] and "HTTP 404" in lines[0]
    assert latest_run(db, "dead").outcome == "unreachable"
    observe("dead", db.url, f"exit {code}; stdout empty; stderr: `{_plain(lines[0], fault_site)}`")


@pytest.mark.slow
def test_a_healthy_quiet_run_prints_nothing(
    db: Database, crawl_case: Callable[[str], CaseRun]
) -> None:
    assert crawl_case("fine")[1:] == (0, "", "")
    assert latest_run(db, "fine").outcome == "ok"


@pytest.mark.slow
def test_a_list_page_in_a_redirect_loop_is_reported(
    fault_site: MockServer, db: Database, crawl_case: Callable[[str], CaseRun]
) -> None:
    _, code, out, _ = crawl_case("loop")
    run = latest_run(db, "loop")
    assert (code, out, run.outcome) == (1, "", "unreachable")
    assert "redirect loop" in (run.message or "")
    note = _plain(run.message or "", fault_site)
    observe("loop", db.url, f"run `{run.outcome}`, exit {code}: {note}")


@pytest.mark.slow
def test_sitemap_indexes_count_against_max_list_pages(
    fault_site: MockServer, db: Database, crawl_here: Callable[[str], tuple[Path, int]]
) -> None:
    _, code = crawl_here("maps")
    sitemaps = [p for p in paths(fault_site) if p.startswith("/maps/")]
    assert len(sitemaps) == 3, sitemaps  # the index and two of its ten sub-indexes
    assert code == 0
    outcome = latest_run(db, "maps").outcome
    observe("maps", db.url, f"{len(sitemaps)} sitemap requests, run `{outcome}`")


@pytest.mark.slow
def test_one_page_cannot_flood_a_cycle(
    fault_site: MockServer, db: Database, crawl_here: Callable[[str], tuple[Path, int]]
) -> None:
    config, _ = crawl_here("flood")
    first = [p for p in paths(fault_site) if p.startswith("/flood/a/")]
    assert len(first) == 100  # max_articles_per_page, by default
    note = latest_run(db, "flood").message or ""
    assert "4900 new article link(s) left for the next cycle" in note
    fault_site.log.clear()
    run_here(config)
    listed = [r for r in fault_site.records() if urlsplit(r.path).path == "/flood/index.html"]
    second = {p for p in paths(fault_site) if p.startswith("/flood/a/")}
    # Validators were not kept: the page is read again and the next links are taken.
    assert listed and {r.status for r in listed} == {200}
    assert len(second) == 100 and not second & set(first)
    observe(
        "flood",
        db.url,
        "100 article requests per cycle (`max_articles_per_page`), the rest left for the next "
        "cycles; the list page is read again (200, not 304) until every link was handed on",
    )


@pytest.mark.slow
def test_a_catastrophic_user_pattern_never_hangs(
    fault_site: MockServer, db: Database, crawl_here: Callable[[str], tuple[Path, int]]
) -> None:
    crawl_here("evil")
    run = latest_run(db, "evil")
    # A hang would end in crawl_timeout and a failed run.
    assert run.outcome in ("ok", "partial"), run.message
    assert "/evil/aaaa" in paths(fault_site)  # the pattern still matches what it should
    observe("evil", db.url, f"run `{run.outcome}` (RE2: linear time); the matching link requested")


@pytest.mark.slow
def test_a_poison_article_is_recorded_once_and_the_list_answers_304(
    fault_site: MockServer, db: Database, crawl_here: Callable[[str], tuple[Path, int]]
) -> None:
    config, _ = crawl_here("poison")
    with db.session() as session:
        state = session.get(UrlState, fault_site.url("/poison/a/bad.html"))
        assert state is not None and state.attempts == 1
        reason = state.last_error or ""
        stored = set(session.scalars(select(Article.url)))
    assert "processing failed: ValueError" in reason
    assert fault_site.url("/poison/a/good.html") in stored
    assert latest_run(db, "poison").outcome == "partial"
    fault_site.log.clear()
    run_here(config)
    requests = [(urlsplit(r.path).path, r.status) for r in fault_site.records()]
    assert [r for r in requests if r[0] != "/robots.txt"] == [("/poison/index.html", 304)]
    assert latest_run(db, "poison").outcome == "ok"
    observe(
        "poison",
        db.url,
        f"cycle 1: recorded once (`{reason[:60]}…`), the good article stored; "
        "cycle 2: only the list page requested, answered 304, run `ok`",
    )


# ---------------------------------------------------------------- health and alerts


@pytest.mark.slow
def test_sources_json_states(
    fault_site: MockServer, db: Database, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    names = ["dead", "fine", "empty", "flood", "evil", "loop"]
    extra = {
        "fine": {"expect_new_within": "3d"},
        "flood": {"enabled": False},
        "empty": {"max_list_pages": 1},
    }
    config = source_config(fault_site.base_url, db.url, tmp_path / "s.yaml", names, extra)
    run_here(config, "dead", "fine", "empty")
    failed = RunLog(db).start("evil")  # a crawl that was killed
    RunLog(db).finish(failed, "failed", RunCounts(), "crawl process killed by signal SIGKILL")

    def states() -> dict[str, dict[str, Any]]:
        capfd.readouterr()
        assert main(["sources", "--json", "--config", str(config)]) == 0
        return {s["name"]: s for s in json.loads(capfd.readouterr().out)}

    now = states()
    assert {n: s["state"] for n, s in now.items()} == {
        "dead": "unreachable",
        "fine": "ok",  # crawled a minute ago: not silent
        "empty": "layout-changed",
        "flood": "disabled",
        "evil": "failing",
        "loop": "never-run",
    }
    assert set(now["fine"]) >= {"name", "state", "failure_streak", "last_run", "last_success"}
    assert now["dead"]["failure_streak"] == 1 and now["dead"]["last_success"] is None
    assert now["fine"]["last_success"] and now["fine"]["last_new_article"]
    # Ten days later, nothing new: silent.
    ago = datetime.now(UTC) - timedelta(days=10)
    with db.session() as session:
        session.execute(update(Article).values(fetched_at=ago))
        session.execute(update(Run).values(started_at=ago, finished_at=ago))
    assert states()["fine"]["state"] == "silent"
    observe("states", db.url, ", ".join(f"{n}: `{s['state']}`" for n, s in now.items()))


@pytest.mark.slow
def test_one_alert_per_state_change(
    fault_site: MockServer,
    db: Database,
    tmp_path: Path,
    receiver: Receiver,
) -> None:
    config = source_config(
        fault_site.base_url, db.url, tmp_path / "s.yaml", ["dead"], notify=[receiver.url]
    )

    def alerts() -> list[dict[str, Any]]:
        # (the digest of new relevant articles goes to the same webhook)
        return [body for body in receiver.bodies if "状态变化" in body["title"]]

    run_here(config)
    assert len(alerts()) == 1
    assert "dead" in alerts()[0]["title"]
    assert "unreachable" in alerts()[0]["message"]
    assert "HTTP 404" in alerts()[0]["message"]
    run_here(config)
    assert len(alerts()) == 1, "the same state is not announced twice"
    article = fault_site.root / "dead" / "a" / "1.html"
    article.parent.mkdir(parents=True)
    article.write_bytes((fault_site.root / "fine" / "a" / "one.html").read_bytes())
    index = (fault_site.root / "fine" / "index.html").read_text(encoding="utf-8")
    (fault_site.root / "dead" / "index.html").write_text(
        index.replace("/fine/a/one.html", "/dead/a/1.html"), encoding="utf-8"
    )
    run_here(config)
    assert len(alerts()) == 2
    assert "unreachable → 已恢复正常 (ok)" in alerts()[1]["message"]
    observe(
        "alerts",
        db.url,
        "cycle 1 (404): one message, `never-run → unreachable` with the HTTP status; "
        "cycle 2 (still 404): none; cycle 3 (page back): one message, `unreachable → ok`",
    )


def test_long_fields_are_clamped_alike_on_every_backend(db: Database) -> None:
    from tests.support.web import filler, store

    article_id = store(db, "社会组织新闻", filler(1), url="https://x.cn/long.html")
    with db.session() as session:
        row = session.get(Article, article_id)
        assert row is not None
        row.author = "作者" * 250
    with db.session() as session:
        author = session.scalars(select(Article.author).where(Article.id == article_id)).one()
    assert author is not None and len(author) == 200 and author.endswith("…")
    observe("long-fields", db.url, "stored, the author cut to 200 characters ending in `…`")


# ---------------------------------------------------------------- the database file


READ_ONLY = (
    ["review", "list"],
    ["review", "show", "1"],
    ["review", "approve", "1"],
    ["export"],
    ["runs"],
    ["sources"],
    ["sources", "--json"],
    ["explain", "1"],
    ["rescore"],
    ["db", "status"],
)


def test_read_only_commands_refuse_a_missing_database_and_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    folder = tmp_path / "conf"
    folder.mkdir()
    config = folder / "sources.yaml"
    config.write_text(
        "database: sqlite:///data/nw.db\nsources:\n  - name: a\n"
        "    start_urls: http://127.0.0.1:9/x.html\n    article_url_pattern: '/a/'\n",
        encoding="utf-8",
    )
    want = folder / "data" / "nw.db"  # relative to the config file, not to the cwd
    for command in READ_ONLY:
        capsys.readouterr()
        code = main([*command, "--config", str(config)])
        err = capsys.readouterr().err
        assert code == EXIT_DATABASE, (command, err)
        assert f"no database at {want}" in err and len(err.splitlines()) == 1
    assert sorted(os.listdir(work)) == [] and sorted(os.listdir(folder)) == ["sources.yaml"]
    OBSERVED.setdefault("missing-db", {})["sqlite"] = (
        f"all {len(READ_ONLY)} commands ({', '.join('`' + ' '.join(c) + '`' for c in READ_ONLY)}) "
        "exit 3 with one line naming the absolute path (a relative path in the config is "
        "relative to the config file's folder); no file or folder created"
    )


@pytest.mark.slow
def test_a_damaged_database_stops_the_cycle_loudly(fault_site: MockServer, tmp_path: Path) -> None:
    path = tmp_path / "nw.db"
    config = source_config(fault_site.base_url, f"sqlite:///{path}", tmp_path / "s.yaml", ["fine"])
    assert run_quiet(config)[0] == 0
    with sqlite3.connect(path) as connection:  # move the WAL's pages into the file
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    assert len(data) > 4096 * 4
    data[4096 * 2 : 4096 * 4] = b"\xa5" * (4096 * 2)  # pages 3 and 4: b-tree pages
    path.write_bytes(bytes(data))
    code, out, err = run_quiet(config)
    assert (code, out) == (EXIT_DATABASE, "")
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newswatch: database error:"), err
    assert re.search(r"damaged|malformed", lines[0])
    line = lines[0].replace(str(tmp_path) + "/", "")
    OBSERVED.setdefault("damaged-db", {})["sqlite"] = f"exit {code}; stdout empty; stderr: `{line}`"


# ---------------------------------------------------------------- the document


def record_outcomes(backend: str) -> None:
    """The "outcomes" section as seen on `backend` (skipped unless every case ran on it)."""
    missing = [c for c in CASES if backend not in OBSERVED.get(c, {})]
    if missing:
        pytest.skip(f"cases not run on {backend} in this session: {missing}")
    rows = [[what, OBSERVED[case][backend]] for case, what in CASES.items()]
    body = f"""\
## Source outcomes, cron, health and alerts

`tests/test_outcomes.py` crawls one source per case of a second loopback site
(`tests/faults.py`, `build_source_site`). `newswatch run` exits 1 when any
enabled source ends `unreachable` or `failed`; under `--quiet` it then prints
one line per such source on stderr and nothing on stdout, and nothing at all
when every source was reached.

{markdown_table(["case", "observed"], rows)}"""
    record_section("outcomes", body, backend)


def test_reliability_doc_records_the_outcomes() -> None:
    missing_files = [c for c in SQLITE_ONLY if "sqlite" not in OBSERVED.get(c, {})]
    if missing_files:
        pytest.skip(f"cases not run in this session: {missing_files}")
    record_outcomes("sqlite")
    files = [[what, OBSERVED[case]["sqlite"]] for case, what in SQLITE_ONLY.items()]
    body = f"""\
## The database file

Where the database is: a relative SQLite path in a config file is relative
to that file's folder; without `database`, the per-user data folder
(`~/.local/share/newswatch/newswatch.db`). What happens when it is missing
or damaged (`tests/test_outcomes.py`):

{markdown_table(["case", "observed"], files)}"""
    record_section("database-file", body, "sqlite")
