"""How long a SQLite writer waits for another connection's lock is a setting (default 30 s)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from newswatch.pipeline.store.database import (
    BUSY_TIMEOUT_ENV,
    DatabaseError,
    open_database,
    sqlite_busy_timeout,
)
from sqlalchemy.exc import OperationalError


def test_the_default_is_thirty_seconds() -> None:
    assert sqlite_busy_timeout({}) == 30.0
    assert sqlite_busy_timeout({BUSY_TIMEOUT_ENV: " "}) == 30.0
    assert sqlite_busy_timeout({BUSY_TIMEOUT_ENV: "1.5"}) == 1.5


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_a_bad_value_is_one_clear_error(value: str) -> None:
    with pytest.raises(DatabaseError, match=f"{BUSY_TIMEOUT_ENV}=.*seconds"):
        sqlite_busy_timeout({BUSY_TIMEOUT_ENV: value})


def test_a_writer_gives_up_waiting_for_a_lock_after_the_set_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.3")
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    holder, writer = open_database(url), open_database(url)
    try:
        with writer.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300
        with holder.engine.connect() as locked:
            locked.exec_driver_sql("BEGIN IMMEDIATE")
            started = time.monotonic()
            with (
                pytest.raises(OperationalError, match="database is locked"),
                writer.engine.begin() as connection,
            ):
                connection.exec_driver_sql("UPDATE articles SET status = status")
            waited = time.monotonic() - started
            locked.exec_driver_sql("ROLLBACK")
        assert waited >= 0.25  # it waited for the lock before giving up
    finally:
        holder.dispose()
        writer.dispose()
