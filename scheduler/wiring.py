"""Building the pipeline's parts from a configuration: the one place they are wired."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy.settings import BaseSettings

from config import AppConfig, load_config, topics_path
from config.topics import load_topics
from crawler.interfaces import CrawlServices
from pipeline.process import ArticleProcessor
from pipeline.relevance import RelevanceJudge
from pipeline.store.articles import ArticleRepository
from pipeline.store.database import Database, open_database
from pipeline.store.memory import CrawlMemory


@dataclass
class Setup:
    """A loaded configuration and everything built from it."""

    config: AppConfig
    config_path: Path | None
    db: Database

    @property
    def db_url(self) -> str:
        """The database URL in use."""
        return self.db.url

    def judge(self) -> RelevanceJudge:
        """The relevance judge for the configured lexicon."""
        return RelevanceJudge.from_config(load_topics(topics_path(self.config, self.config_path)))

    def memory(self) -> CrawlMemory:
        """The crawler's memory of known URLs."""
        return CrawlMemory(self.db)

    def processor(self) -> ArticleProcessor:
        """The page processor: extract, judge, store."""
        rules = {source.name: self.config.rules_for(source) for source in self.config.sources}
        return ArticleProcessor(ArticleRepository(self.db), self.memory(), self.judge(), rules)


def crawl_services(settings: BaseSettings) -> CrawlServices:
    """The crawler's services, from its NEWSWATCH_CONFIG and NEWSWATCH_DATABASE settings."""
    setup = load(settings.get("NEWSWATCH_CONFIG"), settings.get("NEWSWATCH_DATABASE"))
    return CrawlServices(memory=setup.memory(), sink=setup.processor())


def load(config_path: str | Path | None, db_url: str | None) -> Setup:
    """Load the config (default when None) and open its database (or `db_url`)."""
    config = load_config(config_path)
    db = open_database(db_url or config.database)
    return Setup(config=config, config_path=Path(config_path) if config_path else None, db=db)
