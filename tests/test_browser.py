"""The review page in a real browser: `newswatch serve` as a subprocess, headless Chromium.

One module for every browser test, so that they share one Chromium (the
module-scoped `browser` fixture): reviewing by mouse, markup shown as text,
and five articles reviewed with the keyboard only.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`) and
the playwright Python package; Playwright's own browser download is never used.
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
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue

from tests.support.browser import serve_review_page
from tests.support.web import XSS_TITLE, filler, store, write_config

# Every test drives Chromium.
pytestmark = pytest.mark.slow

TITLE = "苏州市社会组织党委举办第二届“红社发布”活动"
NOTE = "转发市民政局社会组织管理处"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Database]]:
    """`newswatch serve` on a free loopback port over a database of three articles."""
    folder = tmp_path_factory.mktemp("served")
    db_url = f"sqlite:///{folder / 'nw.db'}"
    db = open_database(db_url)
    store(
        db,
        TITLE,
        "6月28日下午，苏州市社会组织党委举办活动。\n" + filler(1),
        url="https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml",
        source="xhby-suzhou-trs",
        terms={"社会组织党委": 1},
    )
    store(db, XSS_TITLE, filler(2), url="https://www.xhby.net/content/s2.html")
    store(db, "吴江社工站服务困难家庭", filler(3), url="https://www.xhby.net/content/s3.html")
    config = write_config(folder)
    options = ("--config", str(config), "--db", db_url)
    try:
        with serve_review_page(folder, *options) as (address, _):
            yield address, db
    finally:
        db.dispose()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def queue_titles(page: Any) -> list[str]:
    return page.locator("table.queue td.title a").all_inner_texts()


def test_markup_in_a_title_is_shown_as_text(served: tuple[str, Database], page: Any) -> None:
    base, _ = served
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(base + "/")
    assert XSS_TITLE in queue_titles(page)
    assert page.locator("img").count() == 0

    page.get_by_role("link", name=XSS_TITLE).click()
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.locator("img").count() == 0
    assert dialogs == []


def test_reviewer_approves_with_a_note(
    served: tuple[str, Database], page: Any, tmp_path: Path
) -> None:
    base, db = served
    page.goto(base + "/")
    assert TITLE in queue_titles(page)

    page.get_by_role("link", name=TITLE).click()
    assert page.locator("article mark").first.inner_text() == "社会组织党委"
    page.get_by_label("备注").fill(NOTE)
    page.get_by_label("审核人").fill("王芳")  # asked once: never the server's login name
    page.get_by_role("button", name="通过").click()

    # On to the next undecided article of the list, with the decision confirmed.
    page.wait_for_url(re.compile(r"/articles/\d+\?next="))
    assert f"已通过：《{TITLE}》" in page.locator(".flash").inner_text()
    assert page.get_by_label("审核人").input_value() == "王芳"  # remembered
    page.get_by_role("link", name="返回列表").click()
    assert TITLE not in queue_titles(page)
    assert XSS_TITLE in queue_titles(page)  # the others wait as before

    page.get_by_role("link", name="已通过").click()
    assert queue_titles(page) == [TITLE]
    assert page.locator("table.queue .badge").inner_text() == "已通过"
    # For a person to look at (pytest keeps the last runs' tmp folders), never compared.
    page.screenshot(path=str(tmp_path / "review-approved.png"), full_page=True)

    page.get_by_role("link", name=TITLE).click()
    assert NOTE in page.locator(".history").inner_text()
    page.screenshot(path=str(tmp_path / "review-article.png"), full_page=True)

    approved = ReviewQueue(db).articles(QueueFilter(status="approved"))
    assert [a.title for a in approved] == [TITLE]
    assert approved[0].reviews[-1].note == NOTE


# ---------------------------------------------------------------- the keyboard only

TITLES = [f"社会组织新闻第{n}篇" for n in range(6)]
# what the keyboard decides, article by article, in queue order
DECISIONS = ["approved", "rejected", "approved", "approved", "rejected"]


@pytest.fixture
def six_served(tmp_path: Path) -> Iterator[tuple[str, Database, list[int], queue.Queue[str]]]:
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
    six_served: tuple[str, Database, list[int], queue.Queue[str]], browser: Any
) -> None:
    base, db, ids, log = six_served
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
