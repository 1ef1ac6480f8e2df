"""Stored articles and a small config for the review page, export and notification tests.

The `db` and `config` fixtures (conftest.py offers them to every test module; a
module's own fixture of the same name wins) are those of the review page tests.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.config import AppConfig, load_config
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import Database, open_database

XSS_TITLE = "<img src=x onerror=alert(1)> 社工站服务千户家庭"

CONFIG_YAML = """\
timezone: Asia/Shanghai
notify: {notify}
sources:
  - name: xhby-suzhou
    start_urls: [https://www.xhby.net/sz/]
    article_url_pattern: '/content/s[0-9a-f]{{24}}\\.html$'
    expect_new_within: 3d
  - name: xhby-suzhou-trs
    start_urls: [https://www.xhby.net/sz/yw/index.shtml]
    article_url_pattern: '/t\\d{{8}}_\\d+\\.shtml$'
"""

# Common characters: filler text that shares (almost) no shingles between seeds,
# so that stored test articles are never taken for near-duplicates of each other.
_HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
)


def filler(seed: int, length: int = 240) -> str:
    """Random Chinese text, different for every seed."""
    rng = random.Random(seed)
    return "".join(rng.choice(_HANZI) for _ in range(length))


def write_config(folder: Path, notify: tuple[str, ...] = ()) -> Path:
    """A two-source config file in `folder`, with `notify` URLs."""
    path = folder / "sources.yaml"
    path.write_text(CONFIG_YAML.format(notify=list(notify) or "[]"), encoding="utf-8")
    return path


def store(
    db: Database,
    title: str,
    text: str,
    *,
    url: str,
    source: str = "xhby-suzhou",
    relevant: bool = True,
    terms: dict[str, int] | None = None,
    published: datetime | None = None,
    fetched: datetime | None = None,
    undated: bool = False,
) -> int:
    """Store one article through the store's own API; returns its id.

    Published now unless `published` is given, or never when `undated`.
    """
    now = datetime.now(UTC)
    article = ExtractedArticle(
        url=url,
        title=title,
        text=text,
        source="新华报业网",
        published_at=None if undated else (published or now),
        author="张三",
    )
    judgement = Judgement(
        score=9.0 if relevant else 0.0,
        relevant=relevant,
        matched_terms=terms if terms is not None else ({"社会组织": 2} if relevant else {}),
        topics={},
    )
    result = ArticleRepository(db).save(
        url, source, article, judgement, fingerprint(text), fetched or now
    )
    assert result.status == "stored", result
    return result.article_id


# An empty database at the current schema revision, made once per test process.
_empty_sqlite: bytes | None = None


def _empty_sqlite_file() -> bytes:
    global _empty_sqlite
    if _empty_sqlite is None:
        with tempfile.TemporaryDirectory(prefix="newswatch-empty-") as folder:
            path = Path(folder) / "empty.db"
            open_database(f"sqlite:///{path}").dispose()
            with sqlite3.connect(path) as connection:  # every page in the file, none in a WAL
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _empty_sqlite = path.read_bytes()
    return _empty_sqlite


def open_new_database(url: str) -> Database:
    """`open_database(url)` for a database that does not exist yet.

    A SQLite file is written as a copy of one empty database that
    `open_database` made earlier in this process: running every migration
    for each test costs 40 ms of CPU, a copy nothing. (Creating the schema is
    the store's tests' business; they call `open_database` on empty files.)
    """
    prefix = "sqlite:///"
    if url.startswith(prefix):
        path = Path(url.removeprefix(prefix))
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_empty_sqlite_file())
    return open_database(url)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty SQLite database in the test's folder."""
    database = open_new_database(f"sqlite:///{tmp_path / 'nw.db'}")
    yield database
    database.dispose()


@pytest.fixture
def config(tmp_path: Path) -> AppConfig:
    """The two-source config of `write_config`, loaded."""
    return load_config(write_config(tmp_path))
