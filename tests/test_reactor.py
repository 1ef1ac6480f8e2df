"""Nothing slow on Twisted's reactor: a locked database holds up storing, not downloading."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import BUSY_TIMEOUT_ENV, open_database
from newswatch.pipeline.store.schema import Alias, Article
from sqlalchemy import func, select

from tests.mockserver import MockServer, set_route
from tests.support.daemon import expected_paths, wait_for

LOCK_SECONDS = 3.5
# Each article page takes this long to answer, so the crawl outlasts the lock.
PAGE_DELAY = 1.0


@pytest.mark.slow
def test_downloads_go_on_while_another_connection_holds_the_database_write_lock(
    site: MockServer, site_config: Path, site_expected: dict[str, Any], tmp_path: Path
) -> None:
    for path in expected_paths(site_expected):
        set_route(site, path, {"delay": PAGE_DELAY})
    config = site_config
    database = load_config(config).database
    db = open_database(database)
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "newswatch", "run", "--config", str(config)],
            cwd=tmp_path,
            env=dict(os.environ, **{BUSY_TIMEOUT_ENV: "1"}),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    connection = None
    try:
        # Both sources are under way: a page of each has been answered.
        wait_for(lambda: stored(db) > 0, 60, "the first article stored")
        connection = db.engine.connect()
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        connection.exec_driver_sql("UPDATE articles SET status = status")
        locked_at = time.monotonic()
        stored_before = stored(db)
        time.sleep(LOCK_SECONDS)  # a reviewer's long transaction (a hold, not a measurement)
        unlocked_at = time.monotonic()
        stored_meanwhile = stored(db) - stored_before
        connection.exec_driver_sql("COMMIT")
        connection.close()
        connection = None
        code = run.wait(timeout=180)
    finally:
        if connection is not None:
            connection.close()
        if run.poll() is None:
            run.kill()
            run.wait()
    output = log.read_text()
    assert code == 0, output
    assert "database locked by another connection" in output, "the crawl never met the lock"
    assert stored_meanwhile == 0, "the lock held: nothing could be stored meanwhile"
    # An answer sent a full page delay after the lock was taken was asked for while
    # the lock was held: the crawl process kept downloading.
    # Answered after the lock was taken, later than a page's delay: asked for
    # while the lock was held, so the crawl process kept downloading.
    articles = site_expected["articles"]
    during = [
        r
        for r in site.records()
        if locked_at + (PAGE_DELAY if r.path in articles else 0.2) < r.at < unlocked_at
    ]
    assert len(during) >= 2, f"pages downloaded during the {LOCK_SECONDS:g}s lock: {during}"
    assert expected_paths(site_expected) <= stored_urls(db)
    db.dispose()


def stored(db: Any) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Article)) or 0)


def stored_urls(db: Any) -> set[str]:
    from urllib.parse import urlsplit

    with db.session() as session:
        urls = [*session.scalars(select(Article.url)), *session.scalars(select(Alias.url))]
    return {urlsplit(url).path for url in urls}
