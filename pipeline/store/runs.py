"""The run history: one row per crawl of one source."""

from __future__ import annotations

from dataclasses import dataclass

from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Run, utcnow
from newswatch.pipeline.store.states import RunOutcome
from sqlalchemy import select, update


@dataclass(frozen=True)
class RunCounts:
    """What one crawl of one source did."""

    pages: int = 0
    articles_new: int = 0
    relevant: int = 0
    duplicates: int = 0
    errors: int = 0
    empty_list_pages: int = 0


class RunLog:
    """Opens, finishes and lists runs."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def start(self, source: str, node: str | None = None) -> int:
        """Record that a crawl of `source` begins (on Scrapyd `node`, if any); returns its id."""
        with self._db.session() as session:
            run = Run(source=source, outcome=RunOutcome.RUNNING, node=node)
            session.add(run)
            session.flush()
            return run.id

    def finish(
        self, run_id: int, outcome: RunOutcome, counts: RunCounts, message: str | None = None
    ) -> None:
        """Record how a run ended. A run already finished keeps its first ending."""
        with self._db.session() as session:
            session.execute(
                update(Run)
                .where(Run.id == run_id, Run.outcome == RunOutcome.RUNNING)
                .values(
                    outcome=outcome,
                    finished_at=utcnow(),
                    pages=counts.pages,
                    articles_new=counts.articles_new,
                    relevant=counts.relevant,
                    duplicates=counts.duplicates,
                    errors=counts.errors,
                    empty_list_pages=counts.empty_list_pages,
                    message=message,
                )
            )

    def add_note(self, run_id: int, note: str) -> None:
        """Append `note` to a finished run's message (e.g. the likely fix of a failure)."""
        with self._db.session() as session:
            run = session.get(Run, run_id)
            if run is not None:
                run.message = f"{run.message}; {note}" if run.message else note

    def dispatched(self, run_id: int, node: str, job: str) -> None:
        """Record the Scrapyd node and job a run was sent to."""
        with self._db.session() as session:
            session.execute(update(Run).where(Run.id == run_id).values(node=node, job=job))

    def get(self, run_id: int) -> Run | None:
        """One run by id."""
        with self._db.session() as session:
            run = session.get(Run, run_id)
            if run is not None:
                session.expunge(run)
            return run

    def recent(self, limit: int = 20, source: str | None = None) -> list[Run]:
        """The latest runs, newest first."""
        with self._db.session() as session:
            query = select(Run).order_by(Run.id.desc()).limit(limit)
            if source:
                query = query.where(Run.source == source)
            rows = list(session.scalars(query))
            session.expunge_all()
            return rows
