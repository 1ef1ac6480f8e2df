"""What a crawl started by name (a Scrapyd job, `scrapy crawl newswatch`) reads from its settings.

A node is another machine: the job carries the config (one source's worth,
as YAML text), the lexicon and the database URL as Scrapy settings; a node
may instead give the database and config in its environment.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from newswatch.config import AppConfig, load_config
from newswatch.config.loader import parse_config

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

CONFIG_TEXT = "NEWSWATCH_CONFIG_TEXT"
TOPICS_TEXT = "NEWSWATCH_TOPICS_TEXT"
# Also the environment variable a crawl child (scheduler.crawl) reads its database from.
DATABASE = "NEWSWATCH_DATABASE"
CONFIG = "NEWSWATCH_CONFIG"
# The settings naming (dotted paths) the factories of what a crawl talks to:
# its services (memory of known URLs, page sink; see crawler.interfaces) and
# the run log a job finishes its run in. Whoever starts a crawl sets them
# (newswatch.scheduler.wiring.crawler_factories); the crawler names no caller.
SERVICES_FACTORY = "NEWSWATCH_SERVICES"
RUNS_FACTORY = "NEWSWATCH_RUNS"


def job_config(settings: BaseSettings) -> AppConfig:
    """The job's config: its inline text, else the file its settings or environment name."""
    text = settings.get(CONFIG_TEXT)
    if text:
        return parse_config(text, "<job config>")
    return load_config(settings.get(CONFIG) or os.environ.get(CONFIG))


def job_database(settings: BaseSettings) -> str | None:
    """The job's database URL: its setting, else the node's NEWSWATCH_DATABASE."""
    return settings.get(DATABASE) or os.environ.get(DATABASE) or None
