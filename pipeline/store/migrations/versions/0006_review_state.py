"""review state apart from relevance: 'filtered' is no longer a stored status; reviews
keep the filter's verdict at decision time

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Undecided articles judged not relevant become plain 'new' (their `relevant` says
    the rest); past reviews get the verdict their article carries now."""
    op.execute("UPDATE articles SET status = 'new' WHERE status = 'filtered'")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("filter_relevant", sa.Boolean(), nullable=True))
    op.execute(
        "UPDATE reviews SET filter_relevant = "
        "(SELECT articles.relevant FROM articles WHERE articles.id = reviews.article_id)"
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column("filter_relevant")
    op.execute("UPDATE articles SET status = 'filtered' WHERE status = 'new' AND relevant = false")
