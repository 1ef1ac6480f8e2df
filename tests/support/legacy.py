"""A database as newswatch 0.2 left it (schema revision 0002), for the upgrade tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from alembic import command
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.database import alembic_config, create_db_engine
from sqlalchemy import text

from tests.texts import OTHER_STORY, STORY

STORED_AT = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


def store_at_0002(url: str) -> None:
    """A database at revision 0002 holding two articles (JSON sketches), an alias, a review."""
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0002")
    rows = []
    for number, body in enumerate((STORY, OTHER_STORY), start=1):
        fp = fingerprint(body)
        rows.append((number, body, fp))
    with engine.begin() as connection:
        for number, body, fp in rows:
            connection.execute(
                text(
                    "INSERT INTO articles (id, url, source, title, text, tags, strategy, "
                    "text_digest, sketch, score, relevant, matched_terms, topics, status, "
                    "fetched_at, created_at, published_at) VALUES (:id, :url, 'src', :title, "
                    ":text, '[]', 'trafilatura', :digest, :sketch, 1.0, :relevant, '{}', '{}', "
                    ":status, :now, :now, :now)"
                ),
                {
                    "id": number,
                    "url": f"http://a.cn/{number}.html",
                    "title": f"旧文章{number}",
                    "text": body,
                    "digest": fp.digest,
                    "sketch": json.dumps(list(fp.sketch)),
                    "relevant": number == 1,
                    "status": "new" if number == 1 else "filtered",
                    "now": STORED_AT,
                },
            )
            for h in fp.sketch[:8]:  # revision 0002's eight single anchors
                connection.execute(
                    text("INSERT INTO content_anchors (article_id, hash) VALUES (:a, :h)"),
                    {"a": number, "h": h},
                )
        connection.execute(
            text(
                "INSERT INTO aliases (url, article_id, source, reason, created_at) "
                "VALUES ('http://b.cn/1.html', 1, 'other', 'near-duplicate', :now)"
            ),
            {"now": STORED_AT},
        )
        connection.execute(
            text(
                "INSERT INTO reviews (article_id, decision, reviewer, decided_at) "
                "VALUES (1, 'approved', 'wang', :now)"
            ),
            {"now": STORED_AT},
        )
    engine.dispose()
