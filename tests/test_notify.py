"""Digests of new relevant articles through Apprise, delivered to a JSON receiver on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.config import AppConfig, load_config
from newswatch.pipeline.store.database import Database, create_db_engine, open_database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.pipeline.store.schema import Article
from newswatch.scheduler.notify import MAX_LISTED, DigestItem, compose_digest, notify_new_relevant
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from tests.support.receiver import Receiver
from tests.support.web import filler, open_new_database, store, write_config


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_new_database(f"sqlite:///{tmp_path / 'nw.db'}")
    yield database
    database.dispose()


def config_for(tmp_path: Path, *urls: str) -> AppConfig:
    return load_config(write_config(tmp_path, notify=urls))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unnotified(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Article.title).where(Article.notified_at.is_(None))))


def test_one_digest_per_call_then_only_what_is_new(
    db: Database, receiver: Receiver, tmp_path: Path
) -> None:
    config = config_for(tmp_path, receiver.url)
    store(db, "吴江社工站服务千户家庭", filler(1), url="https://www.xhby.net/content/s1.html")
    store(db, "苏州社会组织等级评估启动", filler(2), url="https://www.xhby.net/content/s2.html")
    store(db, "苏州地铁客流创新高", filler(3), url="https://x.cn/metro.html", relevant=False)
    reviewed = store(db, "已审核的基金会新闻", filler(4), url="https://x.cn/done.html")
    ReviewQueue(db).decide([reviewed], "approved", "tester")

    first = notify_new_relevant(db, config)

    assert (first.pending, first.notified, first.failures) == (2, 2, ())
    assert len(receiver.bodies) == 1
    digest = receiver.bodies[0]
    assert "2 篇" in digest["title"]
    for text in (
        "吴江社工站服务千户家庭",
        "https://www.xhby.net/content/s1.html",
        "苏州社会组织等级评估启动",
        "https://www.xhby.net/content/s2.html",
    ):
        assert text in digest["message"]
    assert "苏州地铁客流创新高" not in digest["message"]
    assert "已审核的基金会新闻" not in digest["message"]

    second = notify_new_relevant(db, config)
    assert (second.pending, second.notified) == (0, 0)
    assert len(receiver.bodies) == 1

    store(db, "姑苏区慈善组织开展助老活动", filler(5), url="https://x.cn/new.html")
    third = notify_new_relevant(db, config)
    assert third.notified == 1 and len(receiver.bodies) == 2
    assert "姑苏区慈善组织开展助老活动" in receiver.bodies[1]["message"]
    assert "吴江社工站服务千户家庭" not in receiver.bodies[1]["message"]


def test_failed_delivery_is_retried_on_the_next_call(
    db: Database, receiver: Receiver, tmp_path: Path
) -> None:
    config = config_for(tmp_path, receiver.url)
    store(db, "吴江社工站服务千户家庭", filler(1), url="https://x.cn/1.html")
    receiver.status = 500

    failed = notify_new_relevant(db, config)

    assert (failed.pending, failed.notified, len(failed.failures)) == (1, 0, 1)
    assert "127.0.0.1" in failed.failures[0]
    assert unnotified(db) == {"吴江社工站服务千户家庭"}

    receiver.status = 200
    retried = notify_new_relevant(db, config)
    assert retried.notified == 1 and unnotified(db) == set()
    assert len(receiver.bodies) == 2
    assert "吴江社工站服务千户家庭" in receiver.bodies[1]["message"]


def test_closed_port_leaves_articles_pending_for_a_working_receiver(
    db: Database, receiver: Receiver, tmp_path: Path
) -> None:
    store(db, "吴江社工站服务千户家庭", filler(1), url="https://x.cn/1.html")
    down = f"json://127.0.0.1:{closed_port()}/hook"

    # at least once: one channel failing keeps the digest pending for all of them
    result = notify_new_relevant(db, config_for(tmp_path, receiver.url, down))
    assert result.notified == 0 and len(result.failures) == 1
    assert unnotified(db) == {"吴江社工站服务千户家庭"}

    result = notify_new_relevant(db, config_for(tmp_path, receiver.url))
    assert result.notified == 1 and unnotified(db) == set()
    assert len(receiver.bodies) == 2


def test_nothing_configured_or_nothing_new_sends_nothing(
    db: Database, receiver: Receiver, tmp_path: Path
) -> None:
    assert notify_new_relevant(db, config_for(tmp_path, receiver.url)).pending == 0
    store(db, "吴江社工站服务千户家庭", filler(1), url="https://x.cn/1.html")
    silent = notify_new_relevant(db, config_for(tmp_path))
    assert (silent.pending, silent.notified) == (1, 0)
    assert receiver.bodies == [] and unnotified(db) == {"吴江社工站服务千户家庭"}


def test_problems_are_reported_never_raised(tmp_path: Path) -> None:
    # A database without newswatch's tables: every query fails.
    engine = create_db_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    broken = Database(url="sqlite://", engine=engine, sessions=sessionmaker(engine))
    result = notify_new_relevant(broken, config_for(tmp_path, "json://127.0.0.1:9/x"))
    assert result.notified == 0 and "OperationalError" in result.failures[0]
    engine.dispose()

    db = open_database(f"sqlite:///{tmp_path / 'nw.db'}")
    store(db, "吴江社工站服务千户家庭", filler(1), url="https://x.cn/1.html")
    bad_url = notify_new_relevant(db, config_for(tmp_path, "nosuchservice://token@host"))
    assert bad_url.notified == 0 and "nosuchservice://" in bad_url.failures[0]
    assert "token" not in bad_url.failures[0]  # URLs may hold secrets: not logged
    db.dispose()


def test_a_long_digest_lists_the_newest_and_counts_the_rest() -> None:
    published = datetime(2026, 4, 3, 2, 0, tzinfo=UTC)
    items = [
        DigestItem(n, f"标题{n}", f"https://x.cn/{n}.html", "xhby-suzhou", published)
        for n in range(MAX_LISTED + 5)
    ]
    digest = compose_digest(items, "Asia/Shanghai")
    assert f"{MAX_LISTED + 5} 篇" in digest.title
    assert f"标题{MAX_LISTED - 1}\n" in digest.body and f"标题{MAX_LISTED}\n" not in digest.body
    assert "另有 5 篇未列出" in digest.body
    assert "2026-04-03 10:00 · xhby-suzhou" in digest.body
