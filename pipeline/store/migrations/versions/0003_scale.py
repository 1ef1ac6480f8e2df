"""scale: compact sketches, anchor-pair index, queue index, full-text search

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

"""

import hashlib
import json
import struct
from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op
from newswatch.pipeline.store.search import create_search_index, drop_search_index

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of fingerprint.ANCHORS / anchor_keys / pack_sketch as of this
# revision: a migration must keep meaning what it meant when it was written.
_ANCHORS = 8
_MASK = (1 << 63) - 1
_BATCH = 2000


def _pair_keys(anchors: Sequence[int]) -> list[int]:
    if len(anchors) == 1:
        return list(anchors)
    ordered = sorted(set(anchors))
    return [
        int.from_bytes(hashlib.blake2b(struct.pack(">qq", a, b), digest_size=8).digest()) & _MASK
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
    ]


def _batches(
    connection: sa.Connection, query: str
) -> Iterator[Sequence[sa.Row[tuple[int, object]]]]:
    last = 0
    while True:
        rows = connection.execute(sa.text(query), {"after": last, "n": _BATCH}).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _anchor_table() -> None:
    op.create_table(
        "content_anchors",
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hash", "article_id"),
        sqlite_with_rowid=False,
    )


def _replace_column(old: str, new: str) -> None:
    # Plain ALTERs (SQLite 3.35+) rather than a batch copy of `articles`: with
    # foreign keys on, SQLite's DROP TABLE of the old copy would cascade to
    # every alias and review.
    op.execute(f"ALTER TABLE articles DROP COLUMN {old}")
    op.execute(f"ALTER TABLE articles RENAME COLUMN {new} TO {old}")


def upgrade() -> None:
    """Upgrade schema."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    empty = "x''" if sqlite else "''::bytea"
    op.add_column(
        "articles",
        sa.Column("sketch_packed", sa.LargeBinary(), nullable=False, server_default=sa.text(empty)),
    )
    op.drop_table("content_anchors")
    _anchor_table()
    anchors = sa.table("content_anchors", sa.column("hash"), sa.column("article_id"))
    for rows in _batches(
        connection,
        "SELECT id, sketch FROM articles WHERE id > :after ORDER BY id LIMIT :n",
    ):
        keys, packed = [], []
        for article_id, raw in rows:
            sketch = json.loads(raw) if isinstance(raw, str) else list(raw or [])
            packed.append({"packed": struct.pack(f">{len(sketch)}q", *sketch), "id": article_id})
            keys += [{"hash": k, "article_id": article_id} for k in _pair_keys(sketch[:_ANCHORS])]
        connection.execute(
            sa.text("UPDATE articles SET sketch_packed = :packed WHERE id = :id").bindparams(
                sa.bindparam("packed", type_=sa.LargeBinary)
            ),
            packed,
        )
        if keys:
            connection.execute(sa.insert(anchors), keys)
    _replace_column("sketch", "sketch_packed")
    if not sqlite:
        op.alter_column("articles", "sketch", server_default=None)

    op.drop_index("ix_articles_relevant_status", table_name="articles")
    order = "published_at DESC, id DESC" if sqlite else "published_at DESC NULLS LAST, id DESC"
    op.execute(f"CREATE INDEX ix_articles_queue ON articles (relevant, status, {order})")
    create_search_index(connection)


def downgrade() -> None:
    """Downgrade schema."""
    connection = op.get_bind()
    drop_search_index(connection)
    op.drop_index("ix_articles_queue", table_name="articles")
    op.create_index("ix_articles_relevant_status", "articles", ["relevant", "status"])
    op.add_column(
        "articles", sa.Column("sketch_json", sa.JSON(), nullable=False, server_default="[]")
    )
    op.drop_table("content_anchors")
    op.create_table(
        "content_anchors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_content_anchors_hash", "content_anchors", ["hash"])
    anchors = sa.table("content_anchors", sa.column("hash"), sa.column("article_id"))
    for rows in _batches(
        connection, "SELECT id, sketch FROM articles WHERE id > :after ORDER BY id LIMIT :n"
    ):
        keys, lists = [], []
        for article_id, packed in rows:
            sketch = list(struct.unpack(f">{len(packed) // 8}q", packed))
            lists.append({"sketch": sketch, "id": article_id})
            keys += [{"hash": h, "article_id": article_id} for h in sketch[:_ANCHORS]]
        connection.execute(
            sa.text("UPDATE articles SET sketch_json = :sketch WHERE id = :id").bindparams(
                sa.bindparam("sketch", type_=sa.JSON)
            ),
            lists,
        )
        if keys:
            connection.execute(sa.insert(anchors), keys)
    _replace_column("sketch", "sketch_json")
