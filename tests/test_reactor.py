"""Nothing slow on Twisted's reactor: a locked database holds up storing, not downloading."""

from __future__ import annotations

import math
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

from tests.mockserver import MockServer, RequestRecord, set_route
from tests.support.daemon import expected_paths, wait_for

# Each article page takes this long to answer, so the crawl outlasts the lock.
PAGE_DELAY = 0.5
# Pages answered while the lock is held that must have been asked for during it.
PAGES_DURING_LOCK = 2
# What the crawl logs when a store meets a lock held by another connection.
LOCKED = "database locked by another connection"


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
        stored_before = stored(db)
        # A reviewer's long transaction, held until the crawl has met the lock (its
        # store waits from then on) and pages asked for since have been answered; it
        # times out if downloading stalls while the store waits.
        wait_for(lambda: LOCKED in log.read_text(), 60, "the crawl meeting the lock")
        met_at = time.monotonic()
        wait_for(
            lambda: len(asked_after(site, site_expected, met_at)) >= PAGES_DURING_LOCK,
            30,
            "pages asked for while the crawl's store waits",
        )
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
    assert LOCKED in output, "the crawl never met the lock"
    assert stored_meanwhile == 0, "the lock held: nothing could be stored meanwhile"
    during = asked_after(site, site_expected, met_at, unlocked_at)
    assert len(during) >= PAGES_DURING_LOCK, f"pages downloaded during the lock: {during}"
    assert expected_paths(site_expected) <= stored_urls(db)
    db.dispose()


def asked_after(
    site: MockServer, site_expected: dict[str, Any], since: float, until: float = math.inf
) -> list[RequestRecord]:
    """Requests answered before `until` that were asked for after `since`.

    An answer sent a full page delay after `since` was asked for after it (list
    pages answer at once: 0.2 s covers sending one).
    """
    articles = site_expected["articles"]
    return [
        r
        for r in site.records()
        if since + (PAGE_DELAY if r.path in articles else 0.2) < r.at < until
    ]


def stored(db: Any) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Article)) or 0)


def stored_urls(db: Any) -> set[str]:
    from urllib.parse import urlsplit

    with db.session() as session:
        urls = [*session.scalars(select(Article.url)), *session.scalars(select(Alias.url))]
    return {urlsplit(url).path for url in urls}
