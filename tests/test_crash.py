"""Crash safety: a crawl killed with SIGKILL mid-cycle, and a reviewer holding the database.

`newswatch run` runs as a real process against the xhby.net copy, on SQLite
and on PostgreSQL. Killing its crawl child while articles are being stored
must leave only whole articles, and the next cycle must complete the work.
A reviewer's long write transaction must make the crawl wait, not lose
articles. The outcomes go to docs/reliability.md.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import BUSY_TIMEOUT_ENV, Database, open_database
from newswatch.pipeline.store.schema import Alias, Article, ContentAnchor, Run
from newswatch.scheduler.cli import main
from sqlalchemy import func, select, text

from tests.databases import BACKENDS, fresh_database_url
from tests.mockserver import MockServer, copy_site, set_route
from tests.reliability import markdown_table, record_section
from tests.support.daemon import wait_for
from tests.support.processes import crawl_children
from tests.support.site import config_for_site

# Every test crawls in child processes (or kills them).
pytestmark = pytest.mark.slow



@dataclass
class Scenario:
    """The copy served, a config writing to a fresh database, a folder for logs."""

    site: MockServer
    config: Path
    db: Database
    folder: Path


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """SQLite, then PostgreSQL: every scenario below runs once on each."""
    return str(request.param)


@contextmanager
def scenario(
    name: str, backend: str, request: pytest.FixtureRequest, factory: pytest.TempPathFactory
) -> Iterator[Scenario]:
    folder = factory.mktemp(f"{name}-{backend}")
    with MockServer(copy_site(folder / "www")) as site:
        config = config_for_site(site, folder, fresh_database_url(backend, folder, request))
        # Created (schema included) before any cycle, so the test can watch it.
        db = open_database(load_config(config).database)
        try:
            yield Scenario(site, config, db, folder)
        finally:
            db.dispose()


def start_run(config: Path, log: Path) -> subprocess.Popen[bytes]:
    """`newswatch run` as a real process, in the test's folder.

    Its SQLite writers wait 1 s (not 30) for a lock before their retry loop
    logs the wait, so a held lock shows at once.
    """
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "newswatch", "run", "--config", str(config)],
            cwd=log.parent,
            env=dict(os.environ, **{BUSY_TIMEOUT_ENV: "1"}),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def articles(db: Database) -> dict[str, tuple[int, str, str]]:
    with db.session() as s:
        return {
            urlsplit(a.url).path: (a.id, a.title, a.text_digest) for a in s.scalars(select(Article))
        }


def stored_paths(db: Database) -> set[str]:
    with db.session() as s:
        urls = [*s.scalars(select(Article.url)), *s.scalars(select(Alias.url))]
    return {urlsplit(u).path for u in urls}


def whole_articles(db: Database) -> list[str]:
    """Problems of stored articles: missing fields, no shingle anchors, dangling aliases."""
    problems = []
    with db.session() as s:
        anchors = dict(
            s.execute(
                select(ContentAnchor.article_id, func.count()).group_by(ContentAnchor.article_id)
            ).all()
        )
        for a in s.scalars(select(Article)):
            if not (a.title and a.text and a.text_digest and a.sketch and a.status):
                problems.append(f"{a.url}: missing fields")
            if not anchors.get(a.id):
                problems.append(f"{a.url}: no content anchors")
        ids = set(s.scalars(select(Article.id)))
        problems += [
            f"alias {al.url} dangles" for al in s.scalars(select(Alias)) if al.article_id not in ids
        ]
        if db.engine.dialect.name == "sqlite":
            check = s.execute(text("PRAGMA integrity_check")).scalar()
            if check != "ok":
                problems.append(f"integrity_check: {check}")
    return problems


def expected_paths(site_expected: dict[str, Any]) -> set[str]:
    return set(site_expected["articles"])


@dataclass(frozen=True)
class CrashSeen:
    """A run whose crawl child was SIGKILLed mid-cycle, and the cycle after it."""

    exit_code: int
    log: str
    killed_runs: list[tuple[str, str]]  # (outcome, message)
    problems_after_kill: list[str]
    before: dict[str, tuple[int, str, str]]
    stored_after_kill: set[str]
    next_exit_code: int
    problems_after_next: list[str]
    after: dict[str, tuple[int, str, str]]
    stored_after_next: set[str]
    latest_outcomes: list[str]


@pytest.fixture(scope="module")
def crash(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    site_expected: dict[str, Any],
) -> CrashSeen:
    """Kill the crawl child once it stored some articles (a 20 s page in flight), run again."""
    with scenario("crash", backend, request, tmp_path_factory) as sc:
        trs = sorted(p for p, a in site_expected["articles"].items() if a["layout"] == "xhby-trs")
        slow = trs[len(trs) // 2]
        set_route(sc.site, slow, {"delay": 20})
        run = start_run(sc.config, sc.folder / "run.log")
        try:
            (child,) = wait_for(
                lambda: crawl_children(run.pid) if articles(sc.db) else [],
                60,
                "a crawl child that stored some articles",
            )
            set_route(sc.site, slow, None)  # the in-flight request keeps its delay; a retry not
            os.kill(child, signal.SIGKILL)
            code = run.wait(timeout=60)
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
        with sc.db.session() as s:
            killed = [(r.outcome, r.message or "") for r in s.scalars(select(Run))]
        before, problems, stored = articles(sc.db), whole_articles(sc.db), stored_paths(sc.db)
        next_code = main(["run", "--quiet", "--config", str(sc.config)])
        with sc.db.session() as s:
            latest = s.scalars(select(Run).order_by(Run.id.desc()).limit(2)).all()
            latest_outcomes = [r.outcome for r in latest]
        return CrashSeen(
            exit_code=code,
            log=(sc.folder / "run.log").read_text(),
            killed_runs=killed,
            problems_after_kill=problems,
            before=before,
            stored_after_kill=stored,
            next_exit_code=next_code,
            problems_after_next=whole_articles(sc.db),
            after=articles(sc.db),
            stored_after_next=stored_paths(sc.db),
            latest_outcomes=latest_outcomes,
        )


def check_crash(seen: CrashSeen, site_expected: dict[str, Any]) -> str:
    """Assert what a crash must leave behind; the outcome as docs/reliability.md says it."""
    assert seen.exit_code == 1, seen.log
    assert seen.killed_runs and all(outcome == "failed" for outcome, _ in seen.killed_runs)
    assert all("SIGKILL" in message for _, message in seen.killed_runs)
    assert seen.problems_after_kill == []
    assert not expected_paths(site_expected) <= seen.stored_after_kill, "killed mid-cycle"
    assert seen.next_exit_code == 0
    assert seen.problems_after_next == []
    assert expected_paths(site_expected) <= seen.stored_after_next
    kept = {p: seen.after[p] for p in seen.before}
    assert kept == seen.before, "what was stored before the kill is kept"
    assert all(outcome in ("ok", "partial") for outcome in seen.latest_outcomes)
    # Article counts before a kill vary with timing; the document names the facts that do not.
    return (
        "the killed run recorded `failed` (SIGKILL); every stored article whole (fields, "
        "content anchors, aliases; SQLite `integrity_check` ok) and unchanged by the next "
        "cycle, which exited 0 and stored every article of the copy"
    )


def test_sigkill_mid_cycle_leaves_whole_articles_and_the_next_cycle_completes(
    crash: CrashSeen, site_expected: dict[str, Any]
) -> None:
    check_crash(crash, site_expected)


def _hold_write_lock(db: Database) -> Callable[[], None]:
    """A reviewer's long write transaction; returns the function that commits it."""
    connection = db.engine.connect()
    if db.engine.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        connection.exec_driver_sql("UPDATE articles SET status = status")
    else:
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("LOCK TABLE articles IN EXCLUSIVE MODE")

    def release() -> None:
        connection.exec_driver_sql("COMMIT")
        connection.close()

    return release


def crawl_is_waiting(db: Database, log: Path) -> bool:
    """SQLite: the crawl said it waits; PostgreSQL: a lock request is queued behind ours."""
    if db.engine.dialect.name == "sqlite":
        return "database locked by another connection" in log.read_text()
    with db.engine.connect() as connection:
        waiting = connection.exec_driver_sql("SELECT count(*) FROM pg_locks WHERE NOT granted")
        return bool(waiting.scalar())


@dataclass(frozen=True)
class LockSeen:
    """A run during which a reviewer held the write lock until the crawl waited for it."""

    exit_code: int
    log: str
    stored_while_locked: int
    stored: set[str]
    problems: list[str]
    outcomes: set[str]
    errors: int


@pytest.fixture(scope="module")
def lock(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> LockSeen:
    with scenario("lock", backend, request, tmp_path_factory) as sc:
        log = sc.folder / "run.log"
        run = start_run(sc.config, log)
        release: Callable[[], None] | None = None
        try:
            # The run's rows are written first; then the reviewer takes the lock.
            wait_for(lambda: any(p.startswith(("/sz/", "/content/")) for p in sc.site.paths()),
                     60, "the crawl's first requests")  # fmt: skip
            release = _hold_write_lock(sc.db)
            wait_for(lambda: crawl_is_waiting(sc.db, log), 60, "the crawl waiting for the lock")
            time.sleep(1)  # the reviewer takes their time (a hold, not a measurement)
            stored_while_locked = len(articles(sc.db))
            release()
            release = None
            code = run.wait(timeout=120)
        finally:
            if release is not None:
                release()
            if run.poll() is None:
                run.kill()
                run.wait()
        with sc.db.session() as s:
            runs = s.scalars(select(Run)).all()
            outcomes, errors = {r.outcome for r in runs}, sum(r.errors for r in runs)
        return LockSeen(
            exit_code=code,
            log=log.read_text(),
            stored_while_locked=stored_while_locked,
            stored=stored_paths(sc.db),
            problems=whole_articles(sc.db),
            outcomes=outcomes,
            errors=errors,
        )


def check_lock(seen: LockSeen, site_expected: dict[str, Any]) -> str:
    """Assert that the crawl waited and lost nothing; the outcome as the document says it."""
    assert seen.exit_code == 0, seen.log
    assert "Traceback" not in seen.log and "Error processing" not in seen.log, seen.log
    assert expected_paths(site_expected) <= seen.stored, "every article stored after the wait"
    assert seen.problems == []
    assert seen.outcomes <= {"ok", "partial"}
    # Only the copy's own broken pages (a 404 and a 500) count as errors.
    broken = site_expected["errors"]["not_found"] + site_expected["errors"]["server_error"]
    assert seen.errors == len(broken)
    return "the crawl waited for the lock, then exit 0, every article of the copy stored, no error"


def test_a_long_reviewer_transaction_makes_the_crawl_wait_not_drop_articles(
    lock: LockSeen, site_expected: dict[str, Any]
) -> None:
    check_lock(lock, site_expected)


def test_reliability_doc_shows_crash_and_lock_outcomes(
    crash: CrashSeen, lock: LockSeen, site_expected: dict[str, Any]
) -> None:
    """Runs once per backend on that backend's scenarios: the table holds for both."""
    cases = {
        "SIGKILL of the crawl child mid-cycle (a 20 s page in flight, some articles "
        "stored), then `newswatch run` again": check_crash(crash, site_expected),
        "a reviewer's write transaction taken mid-cycle (SQLite: `BEGIN IMMEDIATE`; "
        "PostgreSQL: `LOCK TABLE articles IN EXCLUSIVE MODE`) and held until the crawl is seen "
        "waiting for it (SQLite: its log says so; PostgreSQL: its lock request in `pg_locks`), "
        "then 1 s more": check_lock(lock, site_expected),
    }
    rows = [[what, "SQLite, PostgreSQL", outcome] for what, outcome in cases.items()]
    body = f"""\
## Crash safety and a locked database

`tests/test_crash.py` runs `newswatch run` as a real process against the local
xhby.net copy. Each article is written in one transaction with its content
anchors and aliases, so a kill can cut only between articles.

{markdown_table(["what was done", "backends", "outcome"], rows)}"""
    record_section("crash", body)


def test_a_page_the_store_refuses_is_fetched_again_next_cycle(
    site: MockServer, tmp_path: Path, site_expected: dict[str, Any]
) -> None:
    """A store failure (here a trigger refusing one row) must not cost the article for good.

    The crawl counts it and keeps no list-page validators, so the next cycle
    reads the list page again (no 304) and finds the article.
    """
    db_url = f"sqlite:///{tmp_path / 'newswatch.db'}"
    config = config_for_site(site, tmp_path, db_url)
    first_list = site_expected["list_pages"]["xhby-2023"][0]
    page = (site.root / first_list.lstrip("/")).read_text(encoding="utf-8")
    refused = next(p for p in sorted(site_expected["articles"]) if f'"{p}"' in page)
    database = open_database(db_url)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON articles "
                f"WHEN NEW.url LIKE '%{refused}' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        assert main(["run", "--quiet", "--config", str(config)]) == 0
        assert refused not in stored_paths(database)
        with database.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER refuse")
        site.clear()
        assert main(["run", "--quiet", "--config", str(config)]) == 0
        assert site.count(refused) == 1
        assert refused in stored_paths(database)
        assert expected_paths(site_expected) <= stored_paths(database)
    finally:
        database.dispose()
