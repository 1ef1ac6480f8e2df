"""A lock that keeps two newswatch cycles from writing the same database at once."""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from pathlib import Path
from types import TracebackType

from sqlalchemy.engine import make_url


class AlreadyRunning(Exception):
    """Another newswatch process holds the lock; `str()` names it."""


def lock_path_for(db_url: str) -> Path:
    """The lock file of a database: beside a SQLite file, in the temp folder otherwise.

    The SQLite file's resolved name plus ".lock": never the database itself (a
    database called `news.lock` is not overwritten), one lock per file (`a.db`
    and `a.sqlite` do not share one), the same lock however the path is spelled.
    """
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database).expanduser().resolve()
        return database.with_name(f"{database.name}.lock")
    digest = hashlib.sha1(db_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"newswatch-{digest}.lock"


class RunLock:
    """An exclusive, non-blocking `flock` on a file; the kernel frees it if we die."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunning at once."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise AlreadyRunning(
                f"another newswatch run (pid {holder}) is using this database; "
                f"lock file {self.path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    def fileno(self) -> int:
        """The locked file's descriptor: a child that inherits it keeps the lock held
        until it exits, even if this process dies first."""
        if self._fd is None:
            raise ValueError(f"{self.path} is not locked")
        return self._fd

    def release(self) -> None:
        """Give the lock back."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
