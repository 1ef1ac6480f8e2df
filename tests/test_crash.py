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
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import BUSY_TIMEOUT_ENV, Database, open_database
from newswatch.pipeline.store.schema import Alias, Article, ContentAnchor, Run
from newswatch.scheduler.cli import main
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from tests.mockserver import MockServer, set_route
from tests.reliability import check_section, markdown_table
from tests.support.daemon import wait_for
from tests.support.processes import crawl_children
from tests.support.site import config_for_site

# Every test crawls in child processes (or kills them).
pytestmark = pytest.mark.slow

OBSERVED: dict[str, dict[str, str]] = {}


@pytest.fixture
def site_config(site: MockServer, tmp_path: Path, any_db_url: str) -> Path:
    return config_for_site(site, tmp_path, any_db_url)


@pytest.fixture
def db(site_config: Path) -> Iterator[Database]:
    # Created (schema included) before any cycle, so the test can watch it.
    database = open_database(load_config(site_config).database)
    yield database
    database.dispose()


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


def test_sigkill_mid_cycle_leaves_whole_articles_and_the_next_cycle_completes(
    site: MockServer,
    site_config: Path,
    db: Database,
    site_expected: dict[str, Any],
    tmp_path: Path,
    any_db_url: str,
) -> None:
    trs = sorted(p for p, a in site_expected["articles"].items() if a["layout"] == "xhby-trs")
    slow = trs[len(trs) // 2]
    set_route(site, slow, {"delay": 20})
    run = start_run(site_config, tmp_path / "run.log")
    try:
        (child,) = wait_for(
            lambda: crawl_children(run.pid) if articles(db) else [],
            60,
            "a crawl child that stored some articles",
        )
        set_route(site, slow, None)  # the in-flight request keeps its delay; a retry will not
        os.kill(child, signal.SIGKILL)
        code = run.wait(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    before = articles(db)
    assert code == 1, (tmp_path / "run.log").read_text()
    with db.session() as s:
        killed = s.scalars(select(Run)).all()
    assert killed and all(r.outcome == "failed" for r in killed)
    assert all("SIGKILL" in (r.message or "") for r in killed)
    assert whole_articles(db) == []
    assert not expected_paths(site_expected) <= stored_paths(db), "killed mid-cycle"

    assert main(["run", "--quiet", "--config", str(site_config)]) == 0
    assert whole_articles(db) == []
    assert expected_paths(site_expected) <= stored_paths(db)
    after = articles(db)
    assert {p: after[p] for p in before} == before, "what was stored before the kill is kept"
    with db.session() as s:
        latest = s.scalars(select(Run).order_by(Run.id.desc()).limit(2)).all()
    assert all(r.outcome in ("ok", "partial") for r in latest)
    backend = make_url(any_db_url).get_backend_name()
    OBSERVED.setdefault("crash", {})[backend] = (
        f"{len(before)} articles stored before the kill; the killed run recorded `failed` "
        "(SIGKILL); every stored article whole (fields, content anchors, aliases; SQLite "
        "`integrity_check` ok) and unchanged by the next cycle, which exited 0 and stored "
        "every article of the copy"
    )


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


def test_a_long_reviewer_transaction_makes_the_crawl_wait_not_drop_articles(
    site: MockServer,
    site_config: Path,
    db: Database,
    site_expected: dict[str, Any],
    tmp_path: Path,
    any_db_url: str,
) -> None:
    articles_on_site = expected_paths(site_expected)
    log = tmp_path / "run.log"
    run = start_run(site_config, log)
    release: Callable[[], None] | None = None
    try:
        # The run's rows are written first; then the reviewer takes the lock.
        wait_for(lambda: any(p.startswith(("/sz/", "/content/")) for p in site.paths()), 60,
                 "the crawl's first requests")  # fmt: skip
        release = _hold_write_lock(db)
        wait_for(lambda: crawl_is_waiting(db, log), 60, "the crawl waiting for the lock")
        time.sleep(1)  # the reviewer takes their time (a hold, not a measurement)
        stored_while_locked = len(articles(db))
        release()
        release = None
        code = run.wait(timeout=120)
    finally:
        if release is not None:
            release()
        if run.poll() is None:
            run.kill()
            run.wait()
    output = log.read_text()
    assert code == 0, output
    assert "Traceback" not in output and "Error processing" not in output, output
    assert articles_on_site <= stored_paths(db), "every article stored after the wait"
    assert whole_articles(db) == []
    with db.session() as s:
        runs = s.scalars(select(Run)).all()
    assert {r.outcome for r in runs} <= {"ok", "partial"}
    # Only the copy's own broken pages (a 404 and a 500) count as errors.
    broken = site_expected["errors"]["not_found"] + site_expected["errors"]["server_error"]
    assert sum(r.errors for r in runs) == len(broken)
    backend = make_url(any_db_url).get_backend_name()
    OBSERVED.setdefault("lock", {})[backend] = (
        f"{stored_while_locked} articles stored before the release; the crawl waited for "
        "the lock, then exit 0, every article of the copy stored, no error"
    )


def test_reliability_doc_shows_crash_and_lock_outcomes() -> None:
    cases = {
        "crash": "SIGKILL of the crawl child mid-cycle (a 20 s page in flight, some articles "
        "stored), then `newswatch run` again",
        "lock": "a reviewer's write transaction taken mid-cycle (SQLite: `BEGIN IMMEDIATE`; "
        "PostgreSQL: `LOCK TABLE articles IN EXCLUSIVE MODE`) and held until the crawl is seen "
        "waiting for it (SQLite: its log says so; PostgreSQL: its lock request in `pg_locks`), "
        "then 1 s more",
    }
    seen = {(case, backend) for case, by in OBSERVED.items() for backend in by}
    want = {(case, backend) for case in cases for backend in ("sqlite", "postgresql")}
    if seen != want:
        pytest.skip(f"not every case ran on both backends in this session: {sorted(want - seen)}")
    rows = []
    for case, what in cases.items():
        outcomes = OBSERVED[case]
        # Article counts before a kill vary with timing; the table names the facts that do not.
        same = {o.split(";", 1)[1] for o in outcomes.values()}
        assert len(same) == 1, outcomes
        rows.append([what, "SQLite, PostgreSQL", same.pop().strip()])
    body = f"""\
## Crash safety and a locked database

`tests/test_crash.py` runs `newswatch run` as a real process against the local
xhby.net copy. Each article is written in one transaction with its content
anchors and aliases, so a kill can cut only between articles.

{markdown_table(["what was done", "backends", "outcome"], rows)}"""
    check_section("crash", body)


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
