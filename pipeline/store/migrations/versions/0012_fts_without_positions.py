"""SQLite: the full-text index keeps which rows hold a trigram, not where (detail=none)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

"""

import re
from collections.abc import Sequence

from alembic import op
from sqlalchemy import Connection, text

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of search.py's FTS5 table as of this revision and before it: a
# migration keeps meaning what it meant when it was written. The triggers are
# the same for both and are kept; FTS5 keeps its settings (automerge, 0010) in
# the table's own config table, so they are set again on the new one.
_FTS = "articles_fts"
_COLUMNS = "title, text, content='articles', content_rowid='id', tokenize='trigram'"
_NO_POSITIONS = ", detail=none"
_AUTOMERGE = 8


def _fts_sql(connection: Connection) -> str | None:
    found = connection.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": _FTS},
    ).scalar()
    return str(found) if found is not None else None


def _rebuild(connection: Connection, columns: str) -> None:
    # Built from the articles table, which holds every text: 36 s for 100,000
    # articles (40 s with positions, downgrading), 75 MB peak.
    connection.execute(text(f"DROP TABLE {_FTS}"))
    connection.execute(text(f"CREATE VIRTUAL TABLE {_FTS} USING fts5({columns})"))
    connection.execute(text(f"INSERT INTO {_FTS}({_FTS}) VALUES ('rebuild')"))
    connection.execute(
        text(f"INSERT INTO {_FTS}({_FTS}, rank) VALUES ('automerge', :segments)"),
        {"segments": _AUTOMERGE},
    )


def _without_positions(sql: str) -> bool:
    return re.search(r"detail\s*=\s*'?none", sql, re.IGNORECASE) is not None


def upgrade() -> None:
    """An index a third of the size, a third of it written per save (search.py's docstring)."""
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    sql = _fts_sql(connection)
    # A database made at this revision or later already has it (search.py builds it so).
    if sql is not None and not _without_positions(sql):
        _rebuild(connection, _COLUMNS + _NO_POSITIONS)


def downgrade() -> None:
    """Positions again: the phrase queries of revisions before this one need them."""
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    sql = _fts_sql(connection)
    if sql is not None and _without_positions(sql):
        _rebuild(connection, _COLUMNS)
