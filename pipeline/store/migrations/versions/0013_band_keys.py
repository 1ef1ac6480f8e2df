"""near-duplicate index: ten band keys of one permutation hashing instead of ~18 anchor triples

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

"""

import hashlib
import re
import struct
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of fingerprint's normalisation and keys before (triples of the
# 11 smallest hashes within one of three value classes, read off the stored
# sketch) and after this revision (bands of one permutation hashing, computed
# from the article's text: the sketch holds only the 64 smallest hashes): a
# migration keeps meaning what it meant when written.
_MASK = (1 << 63) - 1
_BATCH = 2000
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
_SHINGLE = 4
_BINS = 30
_BAND = 3


_BLAKE2B_64 = hashlib.blake2b(digest_size=8)


def _hash(packed: bytes) -> int:
    # Copied per key: a fresh blake2b(digest_size=8) costs a fifth more.
    hasher = _BLAKE2B_64.copy()
    hasher.update(packed)
    return int.from_bytes(hasher.digest()) & _MASK


def _band_keys(text: str) -> list[int]:
    norm = _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())
    if not norm:
        return []
    grams = {norm[i : i + _SHINGLE] for i in range(max(1, len(norm) - _SHINGLE + 1))}
    minima: list[int | None] = [None] * _BINS
    for value in sorted(_hash(gram.encode("utf-8")) for gram in grams):
        if minima[value % _BINS] is None:
            minima[value % _BINS] = value
    filled: list[tuple[int, int]] = []
    for slot in range(_BINS):
        step = 0
        while (found := minima[(slot + step) % _BINS]) is None:
            step += 1
        filled.append((found, step))
    return [
        _hash(
            struct.pack(
                ">B" + "qB" * _BAND,
                band,
                *(v for pair in filled[band * _BAND : (band + 1) * _BAND] for v in pair),
            )
        )
        for band in range(_BINS // _BAND)
    ]


def _triple_keys(sketch: Sequence[int]) -> list[int]:
    ordered = sorted(set(sketch[:11]))
    if len(ordered) < 3:
        return [_hash(struct.pack(f">{len(ordered)}q", *ordered))] if ordered else []
    classes = (
        [ordered] if len(ordered) < 11 else [[v for v in ordered if v % 3 == c] for c in range(3)]
    )
    return [_hash(struct.pack(">qqq", *t)) for members in classes for t in combinations(members, 3)]


def _rows(connection: sa.Connection, column: str) -> Iterator[list[tuple[int, object]]]:
    last = 0
    query = sa.text(f"SELECT id, {column} FROM articles WHERE id > :after ORDER BY id LIMIT :n")
    while True:
        rows = connection.execute(query, {"after": last, "n": _BATCH}).all()
        if not rows:
            return
        yield [(row[0], row[1]) for row in rows]
        last = rows[-1][0]


def _rekey(column: str, keys_of: Callable[[object], list[int]]) -> None:
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM content_anchors"))
    anchors = sa.table("content_anchors", sa.column("hash"), sa.column("article_id"))
    for batch in _rows(connection, column):
        rows = [
            {"hash": key, "article_id": article_id}
            for article_id, value in batch
            for key in set(keys_of(value))
        ]
        if rows:
            connection.execute(sa.insert(anchors), rows)


def _sketch(packed: object) -> tuple[int, ...]:
    raw = bytes(packed)  # type: ignore[call-overload]
    return struct.unpack(f">{len(raw) // 8}q", raw)


def upgrade() -> None:
    """Key every article by its ten bands: a save writes ten index rows, not ~18."""
    _rekey("text", lambda text: _band_keys(str(text)))


def downgrade() -> None:
    """Key every article by anchor triples again, read off its stored sketch."""
    _rekey("sketch", lambda packed: _triple_keys(_sketch(packed)))
