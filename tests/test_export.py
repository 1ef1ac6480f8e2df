"""`newswatch export`: CSV that Excel reads as UTF-8, JSON keys, an Atom feed of approved items."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.pipeline.store.schema import Article
from newswatch.scheduler.cli import main
from newswatch.scheduler.export import atom_feed, render
from sqlalchemy import update

from tests.support.web import filler, open_new_database, store, write_config

ATOM = "{http://www.w3.org/2005/Atom}"
JSON_KEYS = [
    "id",
    "url",
    "source",
    "title",
    "published_at",
    "author",
    "editor",
    "text",
    "relevant",
    "score",
    "matched_terms",
    "status",
    "fetched_at",
]
NEW = "吴江社工站服务千户家庭"
APPROVED = "苏州市社会组织党委举办“红社发布” <b>&amp; 活动</b>\x01"
APPROVED_2 = "姑苏区慈善基金会助学"
REJECTED = "与苏州无关的协会新闻"
IRRELEVANT = "苏州地铁客流创新高"


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[Path, str, dict[str, int]]]:
    """A config, a database URL and the ids of five articles in every status."""
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_new_database(url)
    published = datetime(2026, 4, 3, 2, 5, tzinfo=UTC)
    ids = {
        title: store(
            db,
            title,
            f"正文：{title}。\n" + filler(n),
            url=f"https://www.xhby.net/content/s{n}.html?a=1&b=2",
            relevant=title != IRRELEVANT,
            published=published,
            undated=title == APPROVED_2,
        )
        for n, title in enumerate((NEW, APPROVED, APPROVED_2, REJECTED, IRRELEVANT))
    }
    queue = ReviewQueue(db)
    queue.decide([ids[APPROVED], ids[APPROVED_2]], "approved", "tester", "转发")
    queue.decide([ids[REJECTED]], "rejected", "tester")
    db.dispose()
    yield write_config(tmp_path), url, ids


def export(tmp_path: Path, config: Path, db_url: str, *options: str) -> bytes:
    out = tmp_path / "export.out"
    code = main(["export", *options, "--config", str(config), "--db", db_url, "-o", str(out)])
    assert code == 0
    return out.read_bytes()


def test_csv_has_a_bom_and_chinese_text(
    tmp_path: Path, exported: tuple[Path, str, dict[str, int]]
) -> None:
    config, db_url, _ = exported
    data = export(tmp_path, config, db_url, "--format", "csv")

    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the file as UTF-8 only with it
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert [row["title"] for row in rows] == [NEW]
    assert rows[0]["source"] == "xhby-suzhou"
    assert rows[0]["text"].startswith(f"正文：{NEW}。\n")
    assert rows[0]["matched_terms"] == "社会组织×2"

    rejected = export(tmp_path, config, db_url, "--format", "csv", "--status", "rejected")
    rows = list(csv.DictReader(rejected.decode("utf-8-sig").splitlines(keepends=True)))
    assert [row["title"] for row in rows] == [REJECTED]


def test_json_and_jsonl_keys(tmp_path: Path, exported: tuple[Path, str, dict[str, int]]) -> None:
    config, db_url, ids = exported
    records = json.loads(export(tmp_path, config, db_url, "--format", "json", "--all"))

    clean = APPROVED.replace("\x01", "")  # a row stored before the sanitizer: cleaned now
    assert {r["title"] for r in records} == {NEW, clean, APPROVED_2, REJECTED, IRRELEVANT}
    for record in records:
        assert list(record)[: len(JSON_KEYS)] == JSON_KEYS
    new = next(r for r in records if r["id"] == ids[NEW])
    assert new["status"] == "new" and new["relevant"] is True
    assert new["published_at"] == "2026-04-03T10:05:00+08:00"
    assert new["matched_terms"] == {"社会组织": 2}

    lines = export(tmp_path, config, db_url, "--format", "jsonl", "--status", "all")
    titles = {json.loads(line)["title"] for line in lines.decode("utf-8").splitlines()}
    assert titles == {NEW, clean, APPROVED_2, REJECTED}  # relevant ones, every status


def test_atom_feed_holds_the_approved_articles_only(
    tmp_path: Path, exported: tuple[Path, str, dict[str, int]]
) -> None:
    config, db_url, _ = exported
    feed = ET.fromstring(export(tmp_path, config, db_url, "--format", "atom"))

    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{tag}")
    entries = {e.findtext(f"{ATOM}title"): e for e in feed.findall(f"{ATOM}entry")}
    # the control character cannot travel in XML; the markup travels as text
    assert set(entries) == {APPROVED.replace("\x01", ""), APPROVED_2}
    entry = entries[APPROVED.replace("\x01", "")]
    assert entry.findtext(f"{ATOM}id") == "https://www.xhby.net/content/s1.html?a=1&b=2"
    link = entry.find(f"{ATOM}link")
    assert link is not None and link.get("href") == "https://www.xhby.net/content/s1.html?a=1&b=2"
    assert entry.findtext(f"{ATOM}updated") == "2026-04-03T10:05:00+08:00"
    assert entry.findtext(f"{ATOM}summary", "").startswith("正文：苏州市社会组织党委")
    undated = entries[APPROVED_2]
    assert undated.findtext(f"{ATOM}updated")  # no publication date: the fetch time
    assert undated.find(f"{ATOM}published") is None
    assert feed.findtext(f"{ATOM}updated") == max(
        e.findtext(f"{ATOM}updated", "") for e in entries.values()
    )


# What rows stored before the sanitizer may hold: ESC (terminal escapes), a C1
# control, a bidi override and an isolate, a zero-width space.
UNSAFE = ("\x1b[31m", "\x9b", "\u202e", "\u2066", "\u200b")


def test_old_rows_leave_their_control_and_bidi_characters_behind(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(url)
    article_id = store(db, "社会组织", filler(1), url="https://x.cn/a.html")
    with db.session() as session:
        session.execute(
            update(Article)
            .where(Article.id == article_id)
            .values(
                title="红社\u202egpj.exe发布\x1b[31m",
                text="正文\x9b一段\u2066隔离\u2069\u200b",
                author="张\x1b三",
                tags=["标签\u202e"],
                status="approved",
            )
        )
    db.dispose()
    config = write_config(tmp_path)

    for fmt in ("json", "jsonl", "csv", "atom"):
        shown = export(tmp_path, config, url, "--format", fmt, "--all").decode("utf-8")
        for character in (*UNSAFE, "\u2069", "\x1b"):
            assert character not in shown, (fmt, character)
        for visible in ("红社gpj.exe发布[31m", "张三", "正文一段隔离"):
            assert visible in shown, (fmt, visible)
        assert fmt == "atom" or "标签" in shown  # the feed carries no tags


def test_an_atom_feed_written_an_entry_at_a_time_is_the_whole_feed() -> None:
    records = [
        {"url": f"https://x.cn/{n}.html?a=1&b=2", "title": f"标题<{n}>", "author": None,
         "published_at": f"2026-04-0{n}T10:05:00.5+08:00" if n != 2 else None,
         "fetched_at": "2026-04-09T00:00:00+08:00", "status": "approved",
         "organizations": ["苏州慈善总会"], "text": "正文" * 150}
        for n in (1, 2, 3)
    ]  # fmt: skip
    whole = atom_feed(records)  # dated by reading every entry first
    newest = datetime(2026, 4, 8, 16, 0, 0, 250_000, tzinfo=UTC)  # the fetch time, 00:00 +08

    assert atom_feed(records, newest) == whole
    assert render(records, "atom", newest) == whole
    feed = ET.fromstring(whole)
    assert feed.findtext(f"{ATOM}updated") == "2026-04-09T00:00:00+08:00"
    assert len(feed.findall(f"{ATOM}entry")) == 3
    assert atom_feed([]).endswith("<generator>newswatch</generator>\n</feed>\n")
