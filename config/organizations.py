"""The organization lexicon (`config/organizations.yaml`): what names a social organization.

Suffixes by type, place names, stop words, generic and excluded words, anaphora
and the event lexicon are data, so a deployment tunes them without code
(`organizations: PATH` in its sources file).
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.loader import CONFIG_DIR, companion_path, read_yaml
from newswatch.config.models import AppConfig
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_ORGANIZATIONS = CONFIG_DIR / "organizations.yaml"


class EventType(StrEnum):
    """What a sentence naming an organization reports."""

    PENALTY = "penalty"
    INSPECTION = "inspection"
    AWARD = "award"
    REGISTRATION = "registration"
    ACTIVITY = "activity"
    OTHER = "other"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SuffixGroup(_Strict):
    """Suffixes of one organization type; `private_only` ones need 民办 in or before the name."""

    names: Annotated[list[str], Field(min_length=1)]
    private_only: bool = False


class EventRule(_Strict):
    """One event type: its label for people and the words that reveal it."""

    label: str
    keywords: Annotated[list[str], Field(min_length=1)]


class OrganizationsConfig(_Strict):
    """The whole organization lexicon file."""

    suffixes: Annotated[dict[str, SuffixGroup], Field(min_length=1)]
    places: list[str] = Field(default_factory=list)
    branches: list[str] = Field(default_factory=list)
    branch_pattern: str = ""
    levels: list[str] = Field(default_factory=list)
    place_pattern: str | None = None
    stop_words: list[str] = Field(default_factory=list)
    keep_words: list[str] = Field(default_factory=list)
    stop_chars: str = ""
    determiners: list[str] = Field(default_factory=list)
    generic_cores: list[str] = Field(default_factory=list)
    excluded_words: list[str] = Field(default_factory=list)
    excluded_endings: list[str] = Field(default_factory=list)
    exclusions: list[str] = Field(default_factory=list)
    anaphora: dict[str, list[str]] = Field(default_factory=dict)
    events: dict[EventType, EventRule] = Field(default_factory=dict)

    @field_validator("suffixes", mode="before")
    @classmethod
    def _bare_lists(cls, value: Any) -> Any:
        """Let a type be written as a bare list of suffixes."""
        if isinstance(value, dict):
            return {k: {"names": v} if isinstance(v, list) else v for k, v in value.items()}
        return value

    @field_validator("exclusions")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"exclusion {pattern!r} is not a valid regex: {exc}") from None
            if compiled.fullmatch(""):
                raise ValueError(f"exclusion {pattern!r} matches the empty string")
        return value

    @field_validator("place_pattern")
    @classmethod
    def _place_pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"place_pattern is not a valid regex: {exc}") from None
        return value

    def event_label(self, event: EventType | str) -> str:
        """The people's name of an event type (成立/登记 …)."""
        rule = self.events.get(EventType(event))
        return rule.label if rule else "其他"


def load_organizations(path: str | Path) -> OrganizationsConfig:
    """Load and validate an organization lexicon; ConfigError with one line per problem."""
    path = Path(path)
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'suffixes' mapping")
    try:
        return OrganizationsConfig.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(path, exc, data, OrganizationsConfig) from None


def organizations_path(config: AppConfig, config_path: str | Path | None) -> Path:
    """Where the lexicon named by `config.organizations` lives (relative to the config file)."""
    return companion_path(config.organizations, config_path, DEFAULT_ORGANIZATIONS)
