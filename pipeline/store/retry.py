"""Write transactions that wait out a database locked by someone else.

SQLite's busy timeout does not help a transaction that read first and then
wants to write while another connection (a reviewer's long transaction, a
second process) holds the write lock: SQLite answers "database is locked" at
once rather than risk a deadlock. PostgreSQL can likewise refuse with a lock
or serialization failure. Such a transaction is safe to run again from the
start, so writers of the crawl retry it until the lock is gone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError

log = logging.getLogger(__name__)
T = TypeVar("T")

# serialization_failure, deadlock_detected, lock_not_available
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
WAIT_SECONDS = 0.2
GIVE_UP_AFTER_SECONDS = 600.0


def is_lock_conflict(exc: OperationalError) -> bool:
    """Whether `exc` says another connection holds a lock (not that the database is broken)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate in _RETRYABLE_SQLSTATES or "database is locked" in str(exc.orig)


def retry_when_locked(
    transaction: Callable[[], T],
    *,
    what: str = "write",
    give_up_after: float = GIVE_UP_AFTER_SECONDS,
) -> T:
    """Run `transaction` (a whole transaction), again and again while the database is locked.

    After `give_up_after` seconds the lock error is raised: a crawl must not
    wait forever for a reviewer who went home with a transaction open.
    """
    deadline = time.monotonic() + give_up_after
    waited = False
    while True:
        try:
            result = transaction()
        except OperationalError as exc:
            if not is_lock_conflict(exc) or time.monotonic() >= deadline:
                raise
            if not waited:
                # A warning: a crawl stalled by someone's open transaction is worth knowing.
                log.warning("database locked by another connection: %s waits", what)
                waited = True
            time.sleep(WAIT_SECONDS)
            continue
        if waited:
            log.warning("database lock released: %s done", what)
        return result


def upsert_when_locked(transaction: Callable[[], T], *, what: str = "write") -> T:
    """`retry_when_locked` for a check-then-insert transaction that two writers may race.

    Another writer (a second crawl node, say) can insert the same key between
    our check and our insert; the database refuses the second insert, and a
    second run of the transaction finds the row and updates it instead.
    """
    try:
        return retry_when_locked(transaction, what=what)
    except IntegrityError:
        log.info("%s: another writer inserted the same row first; writing again", what)
        return retry_when_locked(transaction, what=what)
