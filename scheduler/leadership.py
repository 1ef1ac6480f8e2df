"""Which of several daemons on one database schedules: the holder of the scheduler lease.

The active daemon renews a lease row (pipeline.store.leases) every third of
`lease_seconds` (at most every 5 s); a standby daemon tries to take it as
often and succeeds once it has expired, i.e. at most `lease_seconds` plus
that interval after the active one last renewed it (30 s + 5 s by default);
a daemon that stops cleanly gives it back, and the standby takes it within
the interval.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid

from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.leases import LeaseStore
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

LEASE = "scheduler"
MAX_CLAIM_INTERVAL = 5.0


def holder_name() -> str:
    """Who we are in the lease row: host, pid and a random tag (pids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Leadership:
    """Claims and renews the scheduler lease for one daemon."""

    def __init__(self, db: Database, seconds: float, holder: str | None = None) -> None:
        self._leases = LeaseStore(db)
        self.seconds = seconds
        self.holder = holder or holder_name()

    @property
    def renew_every(self) -> float:
        """Seconds between claims: three chances to renew before the lease runs out, and a
        standby notices a released lease within a few seconds even when leases are long."""
        return min(self.seconds / 3, MAX_CLAIM_INTERVAL)

    def claim(self) -> bool:
        """Take or renew the lease; False when another daemon holds it or the database fails."""
        try:
            return self._leases.acquire(LEASE, self.holder, self.seconds)
        except SQLAlchemyError as exc:
            log.error("cannot reach the database to renew the scheduler lease: %s", exc)
            return False

    def current_holder(self) -> str | None:
        """The holder of the lease now (None when nobody holds it or the database fails)."""
        try:
            lease = self._leases.get(LEASE)
        except SQLAlchemyError:
            return None
        return lease.holder if lease is not None else None

    def release(self) -> None:
        """Give the lease up so that a standby takes over at once."""
        try:
            self._leases.release(LEASE, self.holder)
        except SQLAlchemyError as exc:
            log.warning("cannot release the scheduler lease (it will expire): %s", exc)
