"""Pydantic models of newswatch's configuration files.

These models are the contract between YAML written by users and every other
stage: the crawler reads `SourceConfig`, the extractor reads `ExtractionRules`,
the scheduler reads `AppConfig`.  Unknown keys are errors (a misspelt key that
silently does nothing is the worst kind of config bug).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from newswatch.config.cluster import ExecutorConfig
from newswatch.config.regex import UserPattern, compile_user_pattern
from newswatch.config.schedule import parse_schedule, parse_span
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Replaced by the per-user data folder when a file is loaded (see config.location).
DEFAULT_DATABASE = "sqlite:///newswatch.db"
DEFAULT_TIMEZONE = "Asia/Shanghai"
DEFAULT_SCHEDULE = "every 30m"
DEFAULT_SINCE = "30d"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Selectors = Annotated[list[str], Field(default_factory=list)]


def _as_list(value: Any) -> Any:
    """Let users write a single selector or URL where a list is expected."""
    if isinstance(value, str):
        return [value]
    return value


class ExtractionRules(_Strict):
    """Site knowledge for the extractor: selectors and patterns, never code.

    Every field is optional: the built-in rules for Chinese news pages apply to
    every page; these only add to them.  Selectors are CSS; the first selector
    that matches a non-empty element wins.
    """

    title: Selectors
    published: Selectors
    source: Selectors
    author: Selectors
    editor: Selectors
    body: Selectors
    prune: Selectors = Field(
        default_factory=list,
        description="CSS selectors of elements removed before extraction",
    )
    prune_xpath: Selectors
    drop_lines: Selectors = Field(
        default_factory=list, description="regexes; a body line that matches is dropped"
    )

    @field_validator(
        "title",
        "published",
        "source",
        "author",
        "editor",
        "body",
        "prune",
        "prune_xpath",
        "drop_lines",
        mode="before",
    )
    @classmethod
    def _listify(cls, value: Any) -> Any:
        return _as_list(value)

    @field_validator("title", "published", "source", "author", "editor", "body", "prune")
    @classmethod
    def _selectors_parse(cls, value: list[str]) -> list[str]:
        from cssselect import GenericTranslator, SelectorError

        for selector in value:
            try:
                GenericTranslator().css_to_xpath(selector)
            except SelectorError as exc:
                raise ValueError(f"invalid CSS selector {selector!r}: {exc}") from None
        return value

    @field_validator("prune_xpath")
    @classmethod
    def _xpaths_parse(cls, value: list[str]) -> list[str]:
        from lxml import etree

        for expression in value:
            try:
                etree.XPath(expression)
            except etree.XPathSyntaxError as exc:
                raise ValueError(f"invalid XPath {expression!r}: {exc}") from None
        return value

    @field_validator("drop_lines")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            compile_pattern(pattern)
        return value

    def merged(self, other: ExtractionRules | None) -> ExtractionRules:
        """Rules of `self` followed by those of `other` (a layout plus a source's own)."""
        if other is None:
            return self
        data = {
            key: [*getattr(self, key), *getattr(other, key)] for key in ExtractionRules.model_fields
        }
        return ExtractionRules(**data)


def compile_pattern(pattern: str) -> UserPattern:
    """Compile a regex from a config file (RE2, linear time); ValueError saying why not."""
    return compile_user_pattern(pattern)


class SourceConfig(_Strict):
    """One watched site section: where its list pages are and what its articles look like."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    start_urls: list[str] = Field(default_factory=list, description="list pages")
    feed_urls: list[str] = Field(default_factory=list, description="RSS or Atom feeds")
    sitemap_urls: list[str] = Field(default_factory=list, description="XML sitemaps")
    article_url_pattern: str
    list_url_pattern: str | None = None
    max_list_pages: int = Field(default=3, ge=1, le=10_000)
    # new article requests one list page (feed, sitemap) may add to a cycle; the
    # rest wait for the next cycle, so one page of 5,000 links cannot flood a crawl
    max_articles_per_page: int = Field(default=100, ge=1, le=10_000)
    download_delay: float = Field(default=1.0, ge=0)
    concurrency: int = Field(default=2, ge=1, le=32)
    # seconds to wait for a page before it counts as failed (Scrapy DOWNLOAD_TIMEOUT)
    download_timeout: float = Field(default=30.0, gt=0, le=600)
    schedule: str | None = None
    enabled: bool = True
    since: str = DEFAULT_SINCE
    expect_new_within: str | None = None
    layout: str | None = None
    extraction: ExtractionRules | None = None
    description: str | None = None

    @field_validator("start_urls", "feed_urls", "sitemap_urls", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        return _as_list(value)

    @model_validator(mode="after")
    def _has_an_entry_point(self) -> SourceConfig:
        if not (self.start_urls or self.feed_urls or self.sitemap_urls):
            raise ValueError("give start_urls (list pages), feed_urls or sitemap_urls")
        return self

    @property
    def entry_urls(self) -> list[str]:
        """Every URL the source's crawl starts from."""
        return [*self.start_urls, *self.feed_urls, *self.sitemap_urls]

    @field_validator("start_urls", "feed_urls", "sitemap_urls")
    @classmethod
    def _urls_are_http(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"not an http(s) URL: {url!r}")
        return value

    @field_validator("article_url_pattern", "list_url_pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            compile_pattern(value)
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule_parses(cls, value: str | None) -> str | None:
        if value is not None:
            parse_schedule(value)
        return value

    @field_validator("since", "expect_new_within")
    @classmethod
    def _span_parses(cls, value: str | None) -> str | None:
        if value is not None and not _is_date(value):
            parse_span(value)
        return value

    def since_cutoff(self, now: datetime) -> datetime:
        """The oldest publication time a first cycle takes for this source."""
        if _is_date(self.since):
            return datetime.combine(date.fromisoformat(self.since), datetime.min.time(), now.tzinfo)
        return now - parse_span(self.since)

    def expected_silence(self) -> timedelta | None:
        """How long the source may go without a new article before it is flagged."""
        return parse_span(self.expect_new_within) if self.expect_new_within else None


def _is_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


class AppConfig(_Strict):
    """The whole configuration file (`config/sources.yaml` by default)."""

    database: str = DEFAULT_DATABASE
    topics: str = "topics.yaml"
    # the organization lexicon (config/organizations.yaml), relative to this file
    organizations: str = "organizations.yaml"
    timezone: str = DEFAULT_TIMEZONE
    schedule: str = DEFAULT_SCHEDULE
    user_agent: str | None = None
    crawl_timeout: int = Field(default=1800, ge=10, description="seconds a crawl may take")
    autothrottle: bool = Field(
        default=True, description="adapt request pace to the site (off only for benchmarks)"
    )
    notify: list[str] = Field(
        default_factory=list,
        description="Apprise URLs that receive a digest of new relevant articles",
    )
    # where crawls run (see config.cluster) and, for several daemons on one
    # database, how long the active one's scheduler lease lasts unrenewed
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)
    lease_seconds: float = Field(default=30, ge=1, le=600)
    search_index: bool = Field(
        default=True,
        description="full-text index for review search (SQLite FTS5 trigram, PostgreSQL "
        "pg_trgm and a character-pair index), built or dropped by `newswatch db upgrade`; "
        "off, search scans every text",
    )
    layouts: dict[str, ExtractionRules] = Field(default_factory=dict)
    sources: Annotated[list[SourceConfig], Field(min_length=1)]

    @field_validator("schedule")
    @classmethod
    def _schedule_parses(cls, value: str) -> str:
        parse_schedule(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone_exists(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _names_unique_and_layouts_known(self) -> AppConfig:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"source name {source.name!r} is used twice")
            seen.add(source.name)
            if source.layout is not None and source.layout not in self.layouts:
                known = ", ".join(sorted(self.layouts)) or "none defined"
                raise ValueError(
                    f"source {source.name!r}: layout {source.layout!r} is not defined "
                    f"under 'layouts' ({known})"
                )
        return self

    def source(self, name: str) -> SourceConfig:
        """The source called `name`; KeyError listing the known names otherwise."""
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources)
        raise KeyError(f"no source named {name!r} (configured: {known})")

    def rules_for(self, source: SourceConfig) -> ExtractionRules:
        """The extraction rules of a source: its layout's, then its own."""
        base = self.layouts[source.layout] if source.layout else ExtractionRules.model_validate({})
        return base.merged(source.extraction)
