"""Telling people when a source's health changes, not only when articles arrive.

After every cycle the health of each enabled source (scheduler.health) is
compared with the state last announced for it (table `source_alerts`). A
source that turns unreachable, failing, silent or layout-changed, and one
that recovers from any of those, gets one Apprise message, once per change:
the announced state moves on only when every configured URL accepted the
message, so a failed delivery is sent again after the next cycle. Changes
nobody needs to hear about (never-run → ok, → disabled) are recorded quietly.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import SourceAlert, utcnow
from newswatch.scheduler.display import safe
from newswatch.scheduler.health import TROUBLE, SourceHealth, SourceState, source_health
from newswatch.scheduler.notify import Digest, deliver
from sqlalchemy import select

log = logging.getLogger(__name__)

WORDS = {
    SourceState.FAILING: "抓取失败 (failing)",
    SourceState.UNREACHABLE: "无法访问 (unreachable)",
    SourceState.SILENT: "久无新文 (silent)",
    SourceState.LAYOUT_CHANGED: "疑似改版 (layout-changed)",
    SourceState.OK: "已恢复正常 (ok)",
}


@dataclass(frozen=True)
class StateChange:
    """One source whose state differs from the one last announced."""

    source: str
    before: str
    after: SourceState
    detail: str | None

    @property
    def worth_telling(self) -> bool:
        """Entering trouble, or leaving it for ok."""
        return self.after in TROUBLE or (self.before in TROUBLE and self.after == SourceState.OK)


@dataclass(frozen=True)
class AlertResult:
    """What one call did: the changes seen, whether they were told, and delivery failures."""

    changes: tuple[StateChange, ...] = ()
    sent: bool = False
    failures: tuple[str, ...] = ()


def alert_state_changes(
    db: Database, config: AppConfig, now: datetime | None = None
) -> AlertResult:
    """Send one message about the sources whose state changed; never raises."""
    try:
        return _alert(db, config, now or utcnow())
    except Exception as exc:  # the cycle matters more than this message
        log.exception("state-change alert failed")
        return AlertResult(failures=(f"{type(exc).__name__}: {exc}",))


def _alert(db: Database, config: AppConfig, now: datetime) -> AlertResult:
    changes = state_changes(db, source_health(db, config, now))
    if not changes:
        return AlertResult()
    told = [c for c in changes if c.worth_telling]
    failures: list[str] = []
    if told and config.notify:
        message = compose_alert(told)
        failures = [f for url in config.notify if (f := deliver(url, message)) is not None]
        for failure in failures:
            log.warning("state-change alert not delivered: %s", failure)
    # Undelivered changes stay unannounced and are sent again after the next cycle.
    recorded = [c for c in changes if not (failures and c.worth_telling)]
    record_states(db, recorded)
    sent = bool(told and config.notify and not failures)
    return AlertResult(tuple(changes), sent, tuple(failures))


def state_changes(db: Database, health: Sequence[SourceHealth]) -> list[StateChange]:
    """Configured sources whose current state differs from the one last announced."""
    with db.session() as session:
        announced = dict(session.execute(select(SourceAlert.source, SourceAlert.state)).all())
    changes = []
    for h in health:
        if not h.configured:
            continue
        before = announced.get(h.name, str(SourceState.NEVER_RUN))
        if h.state != before:
            run = h.last_finished
            changes.append(StateChange(h.name, before, h.state, run.message if run else None))
    return changes


def record_states(db: Database, changes: Sequence[StateChange]) -> None:
    """Remember the announced state of each changed source."""
    if not changes:
        return
    with db.session() as session:
        for change in changes:
            row = session.get(SourceAlert, change.source) or SourceAlert(source=change.source)
            row.state = str(change.after)
            row.changed_at = utcnow()
            session.add(row)


def compose_alert(changes: Sequence[StateChange]) -> Digest:
    """The message: one paragraph per changed source, its new state and the latest note."""
    lines = ["newswatch 监测源状态变化：", ""]
    for change in changes:
        word = WORDS.get(change.after, str(change.after))
        lines.append(f"- {change.source}: {change.before} → {word}")
        if change.detail and change.after != SourceState.OK:
            lines.append(f"  {safe(change.detail)}")
    names = ", ".join(c.source for c in changes)
    return Digest(title=f"newswatch：监测源状态变化 {names}", body="\n".join(lines))
