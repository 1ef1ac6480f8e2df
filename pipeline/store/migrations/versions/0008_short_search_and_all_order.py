"""indexes for two-character searches (SQLite) and the "all" list's order (PostgreSQL)

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02

"""

from collections.abc import Sequence

from alembic import op
from newswatch.pipeline.store.search import (
    create_short_term_indexes,
    drop_short_term_indexes,
    has_fts_table,
)

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The list's order with every article in it: PostgreSQL reads a page off this
# index instead of sorting the whole table (its plain published_at index,
# read backwards, puts undated articles first). SQLite's published_at index
# already serves it (rowid is its last column, DESC puts NULLs last).
_ALL_ORDER = (
    "CREATE INDEX IF NOT EXISTS ix_articles_all_order "
    "ON articles (published_at DESC NULLS LAST, id DESC)"
)


def upgrade() -> None:
    """Tail indexes beside an existing FTS5 table; the order index on PostgreSQL."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        if has_fts_table(connection):
            create_short_term_indexes(connection)
    else:
        op.execute(_ALL_ORDER)


def downgrade() -> None:
    """Downgrade schema."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        drop_short_term_indexes(connection)
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_all_order")
