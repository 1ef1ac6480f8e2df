"""Building the pipeline's parts from a configuration: the one place they are wired."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newswatch.config import AppConfig, ConfigError, load_config, topics_path
from newswatch.config.loader import DEFAULT_CONFIG
from newswatch.config.organizations import organizations_path
from newswatch.config.topics import TopicsConfig, load_topics, parse_topics
from newswatch.crawler.interfaces import CrawlServices
from newswatch.crawler.jobs import (
    CONFIG_TEXT,
    RUNS_FACTORY,
    SERVICES_FACTORY,
    TOPICS_TEXT,
    job_config,
    job_database,
)
from newswatch.pipeline.organizations import OrganizationFinder
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.store.articles import ArticleRepository
from newswatch.pipeline.store.database import Database, check_integrity, open_database
from newswatch.pipeline.store.memory import CrawlMemory
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.states import RunOutcome

if TYPE_CHECKING:
    # Imported where used: a cycle's parent process (`newswatch run`) only starts
    # the crawl child, and neither extracts pages nor runs Scrapy itself.
    from newswatch.pipeline.process import ArticleProcessor
    from scrapy.settings import BaseSettings


@dataclass
class Setup:
    """A loaded configuration and everything built from it."""

    config: AppConfig
    config_path: Path | None
    db: Database
    # The lexicon itself when it came with the config (a Scrapyd job's), not from a file.
    topics: TopicsConfig | None = None

    @property
    def db_url(self) -> str:
        """The database URL in use."""
        return self.db.url

    def judge(self) -> RelevanceJudge:
        """The relevance judge for the configured lexicon."""
        return judge_for(self.config, self.config_path, self.topics)

    def organizations(self) -> OrganizationFinder:
        """The organization finder for the configured lexicon (config/organizations.yaml)."""
        return OrganizationFinder.from_file(organizations_path(self.config, self.config_path))

    def memory(self) -> CrawlMemory:
        """The crawler's memory of known URLs."""
        return CrawlMemory(self.db)

    def processor(self) -> ArticleProcessor:
        """The page processor: extract, judge, store."""
        from newswatch.pipeline.process import ArticleProcessor

        rules = {source.name: self.config.rules_for(source) for source in self.config.sources}
        return ArticleProcessor(
            ArticleRepository(self.db), self.memory(), self.judge(), rules, self.organizations()
        )


def judge_for(
    config: AppConfig, config_path: str | Path | None, topics: TopicsConfig | None = None
) -> RelevanceJudge:
    """The relevance judge of a config: its lexicon file, or `topics` when given."""
    return RelevanceJudge.from_config(topics or load_topics(topics_path(config, config_path)))


def crawl_services(settings: BaseSettings) -> CrawlServices:
    """The crawler's services, from its NEWSWATCH_CONFIG and NEWSWATCH_DATABASE settings
    (or, for a Scrapyd job, NEWSWATCH_CONFIG_TEXT and NEWSWATCH_TOPICS_TEXT)."""
    if settings.get(CONFIG_TEXT):
        setup = load_job(settings)
    else:
        setup = load(settings.get("NEWSWATCH_CONFIG"), job_database(settings))
    return CrawlServices(memory=setup.memory(), sink=setup.processor())


def crawler_factories() -> dict[str, str]:
    """The settings that hand a crawl its services and run log: factories in this module."""
    return {
        SERVICES_FACTORY: f"{__name__}.{crawl_services.__name__}",
        RUNS_FACTORY: f"{__name__}.{job_run_log.__name__}",
    }


def load_job(settings: BaseSettings) -> Setup:
    """The setup of a crawl started by name: config and lexicon from its settings."""
    config = job_config(settings)
    topics_text = settings.get(TOPICS_TEXT)
    topics = parse_topics(topics_text, "<job lexicon>") if topics_text else None
    url = job_database(settings)
    if url is None:
        raise ConfigError("the job names no database: set NEWSWATCH_DATABASE (job or node)")
    return Setup(config=config, config_path=None, db=open_database(url), topics=topics)


@dataclass
class JobRunLog:
    """The run log a crawl on a Scrapyd node finishes its run in (see crawler.extensions)."""

    db: Database

    def finish(
        self, run_id: int, outcome: RunOutcome, counts: RunCounts, message: str | None
    ) -> None:
        """Record how the run ended (a run already ended, e.g. given up, keeps its ending)."""
        RunLog(self.db).finish(run_id, outcome, counts, message)

    def close(self) -> None:
        """Close the database connections."""
        self.db.dispose()


def job_run_log(settings: BaseSettings) -> JobRunLog:
    """The NEWSWATCH_RUNS factory of crawler.spiders.job.NewsJobSpider."""
    url = job_database(settings) or job_config(settings).database
    return JobRunLog(open_database(url))


def load_for_crawl(config_path: str | Path | None, db_url: str | None) -> Setup:
    """`load`, but first the lexicon: a missing or bad topics file is a ConfigError (exit 2)
    before the database is touched or any crawl starts (the crawl child would otherwise
    fail on it once per source)."""
    config = load_config(config_path)
    try:
        load_topics(topics_path(config, config_path))
    except ConfigError as exc:
        raise ConfigError(f"{config_path or DEFAULT_CONFIG}: topics: {exc}") from None
    setup = load(config_path, db_url)
    check_integrity(setup.db)
    return setup


def database_url(config_path: str | Path | None, db_url: str | None) -> str:
    """The database a command means: `db_url` (--db) or the config's `database`."""
    return db_url or load_config(config_path).database


def load(
    config_path: str | Path | None, db_url: str | None, *, create: bool = True
) -> Setup:
    """Load the config (default when None) and open its database (or `db_url`).

    `create=False` for commands that only read or review: a missing database
    is then a DatabaseError naming its absolute path, and nothing is created.
    """
    config = load_config(config_path)
    db = open_database(db_url or config.database, create=create)
    return Setup(config=config, config_path=Path(config_path) if config_path else None, db=db)
