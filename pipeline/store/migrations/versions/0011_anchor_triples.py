"""near-duplicate index: triples of anchors within a value class instead of pairs

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

"""

import hashlib
import struct
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of fingerprint.anchor_keys before (pairs of the 8 smallest
# hashes) and after this revision (triples of the 11 smallest within one of
# three value classes): a migration keeps meaning what it meant when written.
_MASK = (1 << 63) - 1
_BATCH = 2000


def _hash(packed: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(packed, digest_size=8).digest()) & _MASK


def _pair_keys(sketch: Sequence[int]) -> list[int]:
    anchors = sketch[:8]
    if len(anchors) == 1:
        return list(anchors)
    ordered = sorted(set(anchors))
    return [_hash(struct.pack(">qq", a, b)) for a, b in combinations(ordered, 2)]


def _triple_keys(sketch: Sequence[int]) -> list[int]:
    ordered = sorted(set(sketch[:11]))
    if len(ordered) < 3:
        return [_hash(struct.pack(f">{len(ordered)}q", *ordered))] if ordered else []
    classes = (
        [ordered] if len(ordered) < 11 else [[v for v in ordered if v % 3 == c] for c in range(3)]
    )
    return [_hash(struct.pack(">qqq", *t)) for members in classes for t in combinations(members, 3)]


def _sketches(connection: sa.Connection) -> Iterator[list[tuple[int, tuple[int, ...]]]]:
    last = 0
    query = sa.text("SELECT id, sketch FROM articles WHERE id > :after ORDER BY id LIMIT :n")
    while True:
        rows = connection.execute(query, {"after": last, "n": _BATCH}).all()
        if not rows:
            return
        yield [(row[0], struct.unpack(f">{len(row[1]) // 8}q", row[1])) for row in rows]
        last = rows[-1][0]


def _rekey(keys_of: Callable[[Sequence[int]], list[int]]) -> None:
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM content_anchors"))
    anchors = sa.table("content_anchors", sa.column("hash"), sa.column("article_id"))
    for batch in _sketches(connection):
        rows = [
            {"hash": key, "article_id": article_id}
            for article_id, sketch in batch
            for key in set(keys_of(sketch))
        ]
        if rows:
            connection.execute(sa.insert(anchors), rows)


def upgrade() -> None:
    """Key every article by triples: a lookup reads a few rows, a save writes ~18."""
    _rekey(_triple_keys)


def downgrade() -> None:
    """Key every article by pairs of its eight smallest hashes again."""
    _rekey(_pair_keys)
