"""The `scrapyd` executor: each crawl a job on the least busy of several Scrapyd nodes.

A crawl is sent (schedule.json) to the healthy node with the fewest running
plus pending jobs (daemonstatus.json), as spider `newswatch` with the source
name and its run id as arguments and, as settings, the config (that one
source's part, as YAML text: a node is another machine), the lexicon and the
database URL without its password.  The crawl records its own ending in the
shared database (crawler.extensions.RunRecorder); the executor follows the
job (listjobs.json) until the node reports it finished.  A node that stops
answering for `node_timeout` seconds, or forgets the job (restarted), is
taken for dead: the run is marked failed and the crawl sent to another node
as a new run.  What the dead node had stored stays stored; the new crawl
walks all list pages (the previous one was interrupted) and skips the
articles that are already known.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

import yaml
from newswatch.config import topics_path
from newswatch.config.cluster import ExecutorConfig, ScrapydNode
from newswatch.crawler.jobs import CONFIG_TEXT, DATABASE, TOPICS_TEXT
from newswatch.pipeline.secrets import is_secret_key
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.cycle import CrawlOptions, CycleReport
from newswatch.scheduler.executors.scrapyd_api import NodeError, ScrapydClient
from newswatch.scheduler.wiring import Setup, crawler_factories
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

# daemonstatus.json is asked before every dispatch: a node that takes longer
# than this to answer is passed over for that dispatch.
STATUS_TIMEOUT = 3.0
# A node found dead is not offered work again for this long.
DEAD_FOR = 30.0
# After a cancel, how long the job gets to end and record its run.
CANCEL_WAIT = 10.0


@dataclass
class _Crawl:
    """One source's crawl as the executor follows it, across re-dispatches."""

    source: str
    run_id: int
    attempt: int = 0
    node: ScrapydNode | None = None
    job: str | None = None
    silent_since: float | None = None
    cancelled: str | None = None
    cancelled_at: float = 0.0
    done: bool = False
    history: list[int] = field(default_factory=list)


def password_free(url: str) -> str:
    """`url` without its password: nodes get theirs from their environment (PGPASSWORD, .pgpass)."""
    parsed = make_url(url)
    # URL.set(password=None) keeps the password: build the URL anew without it.
    bare = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        # libpq also reads `?password=`: it stays behind like the user-info one.
        query={k: v for k, v in parsed.query.items() if not is_secret_key(k)},
    )
    return bare.render_as_string(hide_password=False)


def job_settings(setup: Setup, source: str, log_level: str, send_database: bool) -> dict[str, str]:
    """The Scrapy settings of one source's job (see crawler.jobs)."""
    config = setup.config
    entry = config.source(source)
    data = config.model_dump(mode="json", exclude={"executor", "notify"})
    data["sources"] = [entry.model_dump(mode="json", exclude_defaults=True)]
    data["layouts"] = (
        {entry.layout: config.layouts[entry.layout].model_dump(mode="json")} if entry.layout else {}
    )
    data["database"] = password_free(setup.db_url)
    data["topics"] = "topics.yaml"  # the lexicon travels beside it
    settings = {
        CONFIG_TEXT: yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
        TOPICS_TEXT: topics_path(config, setup.config_path).read_text(encoding="utf-8"),
        "LOG_LEVEL": log_level,
        # The project's settings leave logging to scheduler.crawl; on a node the
        # job's log file (Scrapyd's LOG_FILE) is the log.
        "LOG_INSTALL_ROOT_HANDLER": "True",
        **crawler_factories(),
    }
    if send_database:
        settings[DATABASE] = password_free(setup.db_url)
    return settings


class ScrapydExecutor:
    """Dispatches crawls to Scrapyd nodes and follows them to their end."""

    # Cycles (sources) the daemon may have under way at once: each just waits
    # on its job; the nodes' max_proc decides how many crawl at a time.
    parallel = 64

    def __init__(self, config: ExecutorConfig) -> None:
        self._config = config
        self._clients = [ScrapydClient(node) for node in config.nodes]
        self._status_clients = {
            node.url: ScrapydClient(node, timeout=STATUS_TIMEOUT) for node in config.nodes
        }
        self._dispatch_lock = threading.Lock()
        self._dead_until: dict[str, float] = {}
        self._sent: dict[str, int] = {node.url: 0 for node in config.nodes}
        self._interrupt: str | None = None

    # ------------------------------------------------------------------ running

    def run(
        self, setup: Setup, sources: list[str], options: CrawlOptions | None = None
    ) -> CycleReport:
        """Send each source to a node, follow every job to its end, return the runs.

        Of `options` a node's crawl takes the log level and the timeout (walks
        and progress are for local crawls).
        """
        options = options or CrawlOptions()
        log_level = options.log_level
        timeout = options.timeout if options.timeout is not None else setup.config.crawl_timeout
        run_log = RunLog(setup.db)
        if options.on_start:
            options.on_start()
        crawls = [_Crawl(source=name, run_id=run_log.start(name)) for name in sources]
        for crawl in crawls:
            crawl.history.append(crawl.run_id)
            self._dispatch(setup, crawl, run_log, log_level)
        started = time.monotonic()
        while not all(crawl.done for crawl in crawls):
            time.sleep(self._config.poll_interval)
            states = self._job_states({c.node.url for c in crawls if c.node and not c.done})
            for crawl in (c for c in crawls if not c.done):
                if self._interrupt:
                    self._stop(crawl, run_log)
                elif time.monotonic() - started > timeout:
                    self._give_up(
                        crawl,
                        run_log,
                        f"crawl exceeded its timeout of {timeout:g}s and was stopped",
                        cancel=True,
                    )
                else:
                    self._follow(setup, crawl, states, run_log, log_level)
        recorded = [run for c in crawls for rid in c.history if (run := run_log.get(rid))]
        return CycleReport(recorded, returncode=0)

    def interrupt(self, hard: bool) -> str:
        """Cancel every job under way: SIGTERM (the crawl records its run), or SIGKILL."""
        self._interrupt = "KILL" if hard else "TERM"
        return "Scrapyd jobs cancelled"

    # ------------------------------------------------------------------ following

    def _job_states(self, urls: set[str]) -> dict[str, dict[str, str] | None]:
        """Per node URL: job id -> state, or None when the node did not answer."""
        states: dict[str, dict[str, str] | None] = {}
        for client in self._clients:
            if client.node.url in urls:
                try:
                    states[client.node.url] = client.jobs(self._config.project)
                except NodeError as exc:
                    log.warning("%s", exc)
                    states[client.node.url] = None
        return states

    def _follow(
        self,
        setup: Setup,
        crawl: _Crawl,
        states: dict[str, dict[str, str] | None],
        run_log: RunLog,
        log_level: str,
    ) -> None:
        if crawl.node is None:  # no node took it yet
            self._dispatch(setup, crawl, run_log, log_level)
            return
        jobs = states.get(crawl.node.url)
        now = time.monotonic()
        if jobs is None:
            crawl.silent_since = crawl.silent_since or now
            if now - crawl.silent_since >= self._config.node_timeout:
                self._dead_until[crawl.node.url] = now + DEAD_FOR
                self._redispatch(
                    setup, crawl, run_log, log_level, f"node {crawl.node.name} stopped answering"
                )
            return
        crawl.silent_since = None
        state = jobs.get(crawl.job or "")
        if state == "finished":
            crawl.done = True
            run = run_log.get(crawl.run_id)
            if run is not None and run.outcome == RunOutcome.RUNNING:
                run_log.finish(
                    crawl.run_id,
                    RunOutcome.FAILED,
                    RunCounts(),
                    f"job {crawl.job} on {crawl.node.name} ended without recording its run "
                    "(see the node's log of the job)",
                )
        elif state is None:
            self._redispatch(
                setup, crawl, run_log, log_level, f"node {crawl.node.name} lost job {crawl.job}"
            )

    def _redispatch(
        self, setup: Setup, crawl: _Crawl, run_log: RunLog, log_level: str, reason: str
    ) -> None:
        if crawl.attempt >= self._config.max_attempts:
            self._give_up(crawl, run_log, f"{reason}; given up after {crawl.attempt} dispatches")
            return
        log.warning("%s: %s; sending the crawl to another node", crawl.source, reason)
        run_log.finish(
            crawl.run_id, RunOutcome.FAILED, RunCounts(), f"{reason}; crawl re-dispatched"
        )
        crawl.run_id = run_log.start(crawl.source)
        crawl.history.append(crawl.run_id)
        crawl.node, crawl.job, crawl.silent_since = None, None, None
        self._dispatch(setup, crawl, run_log, log_level)

    def _give_up(self, crawl: _Crawl, run_log: RunLog, message: str, cancel: bool = False) -> None:
        if cancel:
            self._cancel(crawl, "TERM")
        run_log.finish(crawl.run_id, RunOutcome.FAILED, RunCounts(), message)
        crawl.done = True

    def _stop(self, crawl: _Crawl, run_log: RunLog) -> None:
        """The daemon is stopping: cancel the job, wait for it briefly, then account for it."""
        signal = self._interrupt or "TERM"
        if crawl.cancelled != signal:
            self._cancel(crawl, signal)
            crawl.cancelled, crawl.cancelled_at = signal, time.monotonic()
        states = self._job_states({crawl.node.url}) if crawl.node else {}
        finished = crawl.node is not None and (states.get(crawl.node.url) or {}).get(
            crawl.job or ""
        ) in ("finished", None)
        if finished or signal == "KILL" or time.monotonic() - crawl.cancelled_at > CANCEL_WAIT:
            run_log.finish(
                crawl.run_id, RunOutcome.FAILED, RunCounts(), "crawl stopped with the scheduler"
            )
            crawl.done = True

    def _cancel(self, crawl: _Crawl, signal: str) -> None:
        if crawl.node is None or crawl.job is None:
            return
        client = next(c for c in self._clients if c.node.url == crawl.node.url)
        try:
            client.cancel(self._config.project, crawl.job, signal)
        except NodeError as exc:
            log.warning("cannot cancel job %s: %s", crawl.job, exc)

    # ------------------------------------------------------------------ dispatching

    def _dispatch(self, setup: Setup, crawl: _Crawl, run_log: RunLog, log_level: str) -> None:
        """Send the crawl to the least busy healthy node; leaves it unsent if none answers."""
        settings = job_settings(setup, crawl.source, log_level, self._config.send_database)
        # Unique on the node even across databases (run ids of a new one start at 1 again).
        job = f"{crawl.source}-{crawl.run_id}-{uuid.uuid4().hex[:8]}"
        arguments = {"source": crawl.source, "run_id": str(crawl.run_id)}
        # One dispatch at a time, so that each sees the jobs the previous one added.
        with self._dispatch_lock:
            for node in self._by_load():
                client = next(c for c in self._clients if c.node.url == node.url)
                try:
                    client.schedule(
                        self._config.project, self._config.spider, job, settings, arguments
                    )
                except NodeError as exc:
                    log.warning("%s: not dispatched: %s", crawl.source, exc)
                    continue
                self._sent[node.url] += 1
                crawl.node, crawl.job = node, job
                crawl.attempt += 1
                run_log.dispatched(crawl.run_id, node.name, job)
                log.info("%s: run %d sent to %s", crawl.source, crawl.run_id, node.name)
                return
        log.warning("%s: no Scrapyd node available; will retry", crawl.source)

    def _by_load(self) -> list[ScrapydNode]:
        """Healthy nodes, least busy first (then the one sent fewest jobs)."""
        now = time.monotonic()
        ranked = []
        for node in self._config.nodes:
            if self._dead_until.get(node.url, 0) > now:
                continue
            try:
                load = self._status_clients[node.url].load()
            except NodeError as exc:
                log.warning("%s", exc)
                continue
            ranked.append((load.busy, self._sent[node.url], node.url, node))
        return [entry[-1] for entry in sorted(ranked, key=lambda entry: entry[:3])]
