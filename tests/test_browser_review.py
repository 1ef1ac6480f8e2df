"""Reviewing with the keyboard only in headless Chromium: `newswatch serve` as a subprocess.

Needs Debian's chromium at /usr/bin/chromium and the playwright package (see
tests/support/browser.py, whose browser fixture this module shares).
"""

from __future__ import annotations

import os
import queue
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.queue import ReviewQueue

from tests.support.browser import serve_review_page
from tests.support.web import filler, store, write_config

pytestmark = pytest.mark.slow

TITLES = [f"社会组织新闻第{n}篇" for n in range(6)]
# what the keyboard decides, article by article, in queue order
DECISIONS = ["approved", "rejected", "approved", "approved", "rejected"]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Database, list[int], queue.Queue[str]]]:
    """`newswatch serve` over six relevant articles, newest first in TITLES order."""
    db_url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(db_url)
    now = datetime.now(UTC)
    ids = [
        store(
            db,
            title,
            filler(n) + "，苏州市社会组织参与社区治理。" + filler(n + 10),
            url=f"https://www.xhby.net/content/s{n}.html",
            published=now - timedelta(hours=n),
        )
        for n, title in enumerate(TITLES)
    ]
    config = write_config(tmp_path)
    env = dict(os.environ, NEWSWATCH_CONFIG=str(config), NEWSWATCH_DB=db_url)
    try:
        with serve_review_page(tmp_path, env=env) as (address, log):
            yield address, db, ids, log
    finally:
        db.dispose()


def test_five_articles_reviewed_with_the_keyboard_only(
    served: tuple[str, Database, list[int], queue.Queue[str]], browser: Any
) -> None:
    base, db, ids, log = served
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(base + "/")
        # Asked once: the name field has the focus; typing it and Enter remembers it.
        page.keyboard.type("王芳")
        page.keyboard.press("Enter")
        page.wait_for_selector("tr[data-row]")
        assert page.locator("form.whoami").count() == 0

        page.keyboard.press("j")
        assert page.locator("tr.current td.title a").inner_text() == TITLES[0]
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"/articles/{ids[0]}\?next="))
        for number, decision in enumerate(DECISIONS):
            assert page.locator("h1").inner_text() == TITLES[number]
            page.keyboard.press("a" if decision == "approved" else "r")
            page.wait_for_url(re.compile(rf"/articles/{ids[number + 1]}\?next="))
        assert page.locator("h1").inner_text() == TITLES[5]  # the next one waits
    finally:
        context.close()

    store_ = ReviewQueue(db)
    for article_id, decision in zip(ids, DECISIONS, strict=False):
        reviewed = store_.get(article_id)
        assert reviewed.status == decision
        assert reviewed.reviews[-1].reviewer == "王芳"
    assert store_.get(ids[5]).status == "new"
    assert errors == []  # the script ran under the page's CSP without complaint

    seen = []
    while not log.empty():
        seen.append(log.get())
    requests = [line for line in seen if "newswatch.web.access" in line or '"POST /decide' in line]
    assert sum('"POST /decide' in line for line in requests) == len(DECISIONS)
