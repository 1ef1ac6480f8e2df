"""The hook that adds a likely fix to the note of a run that went wrong.

Called after a cycle (`newswatch run`), in the parent process, never on the
crawl's reactor.  A run whose list pages showed no article link, or that did
not end ok, gets its start URLs looked at once more; when one is gone or
shows no article link, discovery's suggestion is appended to the run's
message, so the cycle summary and `newswatch sources` show it.  The config
is never changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import Run
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.onboarding.wording import suggestion_in

log = logging.getLogger(__name__)


def needs_diagnosis(run: Run) -> bool:
    """Whether a finished run looks like a moved channel or a redesign.

    Only list-page trouble points at a moved channel: a run that merely lost
    some article pages (however many) costs the site no extra request.
    """
    if run.empty_list_pages or run.outcome == RunOutcome.UNREACHABLE:
        return True
    # crawler/outcome.py words failed list pages as "list page(s) failed".
    return run.outcome == RunOutcome.PARTIAL and "list page(s) failed" in (run.message or "")


def add_suggestions(config: AppConfig, db: Database, runs: Sequence[Run]) -> None:
    """Append a suggestion to the message of each run that needs one (runs updated in place)."""
    if not any(needs_diagnosis(run) for run in runs):
        return
    # Imported only then: discovery brings the extractor (lxml, trafilatura),
    # which a cycle's parent process otherwise never loads.
    from newswatch.scheduler.onboarding.fetching import fetcher_for
    from newswatch.scheduler.onboarding.suggest import diagnose

    fetcher = fetcher_for(config)
    run_log = RunLog(db)
    configured = {s.name: s for s in config.sources}
    for run in runs:
        source = configured.get(run.source)
        if source is None or not needs_diagnosis(run):
            continue
        try:
            suggestion = diagnose(config, source, fetcher)
        except Exception as exc:  # a page discovery cannot read must not cost the cycle
            log.warning("%s: no fix suggestion, discovery failed: %s", run.source, exc)
            continue
        if suggestion:
            # The crawl's own note already says what went wrong: add only the fix.
            note = (suggestion_in(suggestion) or suggestion) if run.message else suggestion
            run_log.add_note(run.id, note)
            run.message = f"{run.message}; {note}" if run.message else note
