"""Named leases in the database: at most one holder at a time, taken over once expired.

Taking or renewing a lease is one conditional UPDATE (or the INSERT of a new
row, which the primary key lets only one writer win), so two processes on
two machines can never both believe they hold it, on SQLite and PostgreSQL
alike.  Expiry compares the writers' clocks: keep them in sync (NTP); a skew
of a few seconds only delays a takeover by as much.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Lease, utcnow
from sqlalchemy import delete, or_, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError


class LeaseStore:
    """Acquire, renew, release and inspect leases by name."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def acquire(self, name: str, holder: str, seconds: float) -> bool:
        """Take or renew `name` for `holder` for `seconds`; False if someone else holds it."""
        now = utcnow()
        expires = now + timedelta(seconds=seconds)
        with self._db.session() as session:
            renewed = session.execute(
                update(Lease)
                .where(Lease.name == name, or_(Lease.holder == holder, Lease.expires_at < now))
                .values(holder=holder, expires_at=expires)
            )
            if cast(CursorResult[Any], renewed).rowcount:
                return True
        try:
            with self._db.session() as session:
                session.add(Lease(name=name, holder=holder, acquired_at=now, expires_at=expires))
            return True
        except IntegrityError:  # the row exists and is someone else's, unexpired
            return False

    def release(self, name: str, holder: str) -> None:
        """Give `name` up, if `holder` still holds it, so that a standby takes it at once."""
        with self._db.session() as session:
            session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))

    def get(self, name: str) -> Lease | None:
        """The lease row of `name` (holder and expiry), or None."""
        with self._db.session() as session:
            lease = session.get(Lease, name)
            if lease is not None:
                session.expunge(lease)
            return lease
