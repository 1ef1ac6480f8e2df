"""What a cycle's runs mean for the person (or cron) who started it.

A cycle "succeeds" only when every source was at least reached: a source
that ends `unreachable` (no list page could be read) or `failed` (the crawl
crashed, was killed, timed out) makes `newswatch run` exit 1. Under
`--quiet` (cron mails any output) such a cycle says so in one line per
source on stderr and prints nothing on stdout; a healthy one prints nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from newswatch.pipeline.store.schema import Run
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.display import safe

# Run outcomes that mean the source was not watched this cycle.
ALARMING = frozenset({RunOutcome.UNREACHABLE, RunOutcome.FAILED})


def alarming(runs: Sequence[Run]) -> list[Run]:
    """The runs whose source was not watched: unreachable or failed."""
    return [run for run in runs if run.outcome in ALARMING]


def exit_code(runs: Sequence[Run]) -> int:
    """1 when any source ended unreachable or failed, else 0."""
    return 1 if alarming(runs) else 0


def alarm_lines(runs: Sequence[Run]) -> list[str]:
    """One line per unreachable or failed source: name, outcome and why."""
    return [
        f"newswatch: {run.source}: {run.outcome}: {safe(run.message) or 'no detail recorded'}"
        for run in alarming(runs)
    ]
