"""Configuration: the watched sources, extraction layouts and the topic lexicon."""

from newswatch.config.errors import ConfigError
from newswatch.config.loader import (
    DEFAULT_CONFIG,
    DEFAULT_TOPICS,
    load_config,
    read_yaml,
    topics_path,
)
from newswatch.config.models import AppConfig, ExtractionRules, SourceConfig
from newswatch.config.schedule import Schedule, parse_schedule, parse_span
from newswatch.config.topics import TopicsConfig, load_topics

__all__ = [
    "DEFAULT_CONFIG",
    "DEFAULT_TOPICS",
    "AppConfig",
    "ConfigError",
    "ExtractionRules",
    "Schedule",
    "SourceConfig",
    "TopicsConfig",
    "load_config",
    "load_topics",
    "parse_schedule",
    "parse_span",
    "read_yaml",
    "topics_path",
]
