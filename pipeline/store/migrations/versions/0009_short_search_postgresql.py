"""index for one- and two-character searches on PostgreSQL (grams of titles and texts)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

"""

from collections.abc import Sequence

from alembic import op
from newswatch.pipeline.store.search import (
    create_short_term_indexes,
    drop_short_term_indexes,
    search_index_present,
)

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The grams index beside existing pg_trgm indexes (a database whose config
    turned the search index off gets none); nothing on SQLite (0008 did it there).

    Building it computes every stored article's grams: about 30 s of CPU per
    50,000 articles.
    """
    connection = op.get_bind()
    if connection.dialect.name == "postgresql" and search_index_present(connection):
        create_short_term_indexes(connection)


def downgrade() -> None:
    """Downgrade schema."""
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        drop_short_term_indexes(connection)
