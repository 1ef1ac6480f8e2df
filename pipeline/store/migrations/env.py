"""Alembic environment: runs migrations on the connection newswatch hands over."""

from __future__ import annotations

from alembic import context
from newswatch.pipeline.store.schema import Base
from sqlalchemy import create_engine

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Migrate on the caller's connection, or on a fresh one for `alembic` CLI use."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic: no connection and no sqlalchemy.url to migrate")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
