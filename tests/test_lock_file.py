"""Where the run lock of a database lives: beside it, never in its place."""

from __future__ import annotations

from pathlib import Path

from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.runs import RunLog
from newswatch.scheduler.lock import RunLock, lock_path_for


def test_the_lock_file_is_never_the_database_and_each_database_has_its_own(
    tmp_path: Path,
) -> None:
    named_lock = f"sqlite:///{tmp_path / 'news.lock'}"
    db = open_database(named_lock)
    run_id = RunLog(db).start("kept")
    db.dispose()
    assert lock_path_for(named_lock) != tmp_path / "news.lock"
    with RunLock(lock_path_for(named_lock)):
        pass
    # Taking the lock wrote a pid into its file: not into the database.
    db = open_database(named_lock, create=False)
    try:
        run = RunLog(db).get(run_id)
        assert run is not None and run.source == "kept"
    finally:
        db.dispose()

    a_db, a_sqlite = (
        lock_path_for(f"sqlite:///{tmp_path / name}") for name in ("a.db", "a.sqlite")
    )
    assert a_db != a_sqlite
    with RunLock(a_db), RunLock(a_sqlite):
        pass  # two databases, two locks: neither run waits for the other
    # One database, however its path is spelled, has one lock.
    (tmp_path / "link").symlink_to(tmp_path)
    assert lock_path_for(f"sqlite:///{tmp_path / 'link' / 'sub' / '..' / 'a.db'}") == a_db
