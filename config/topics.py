"""The topic lexicon file (`config/topics.yaml`): weighted phrases, exclusions, thresholds.

Each named topic is judged on its own: its phrases are literal substrings with
a weight, its exclusions are regexes whose matched span suppresses the phrase
occurrences inside it (near-miss contexts such as 基金会计 or 协商会), and an
article is relevant to the topic when its score reaches the threshold.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.loader import parse_yaml, read_yaml
from newswatch.config.models import compile_pattern
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

RepeatRule = Literal["harmonic", "log", "linear"]
TOPIC_NAME = r"^[A-Za-z][A-Za-z0-9_-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Exclusion(_Strict):
    """A near-miss context: phrase occurrences inside a match of `pattern` do not count."""

    pattern: str = Field(min_length=1)
    reason: str | None = None

    @field_validator("pattern")
    @classmethod
    def _pattern_is_usable(cls, value: str) -> str:
        # An exclusion matching the empty string would suppress nothing yet run on every
        # position; it is always a typo (e.g. `a*` for `a+`).
        if compile_pattern(value).fullmatch(""):
            raise ValueError(f"exclusion {value!r} matches the empty string")
        return value


class TopicConfig(_Strict):
    """One topic: what counts, how much, and from which score an article is relevant."""

    description: str | None = None
    threshold: float = Field(gt=0, allow_inf_nan=False)
    title_boost: float = Field(
        default=2.0,
        ge=0,
        allow_inf_nan=False,
        description="a phrase found in the title adds weight × title_boost once",
    )
    anchor_weight: float = Field(
        default=0.0,
        ge=0,
        allow_inf_nan=False,
        description="relevant only if some phrase of at least this weight is found; "
        "lighter phrases are supporting evidence that cannot decide alone",
    )
    repeats: RepeatRule = Field(
        default="harmonic",
        description="diminishing returns for a repeated phrase: weight × (1 + 1/2 + … + 1/n), "
        "weight × (1 + ln n), or weight × n",
    )
    phrases: Annotated[dict[str, float], Field(min_length=1)]
    exclusions: list[Exclusion] = Field(default_factory=list)

    @field_validator("phrases")
    @classmethod
    def _phrases_are_sane(cls, value: dict[str, float]) -> dict[str, float]:
        for phrase, weight in value.items():
            if not phrase.strip():
                raise ValueError(f"empty phrase {phrase!r} (weight {weight})")
            if phrase != phrase.strip():
                raise ValueError(f"phrase {phrase!r} has leading or trailing spaces")
            if not math.isfinite(weight) or weight <= 0:
                raise ValueError(
                    f"phrase {phrase!r}: weight must be a positive number, got {weight}"
                )
        return value

    @model_validator(mode="after")
    def _anchor_is_reachable(self) -> TopicConfig:
        heaviest = max(self.phrases.values())
        if self.anchor_weight > heaviest:
            raise ValueError(
                f"anchor_weight {self.anchor_weight:g} is above every phrase weight "
                f"(heaviest {heaviest:g}): nothing could ever be relevant"
            )
        return self

    @field_validator("exclusions", mode="before")
    @classmethod
    def _bare_patterns(cls, value: Any) -> Any:
        """Let users write an exclusion as a bare pattern string."""
        if isinstance(value, list):
            return [{"pattern": item} if isinstance(item, str) else item for item in value]
        return value


class TopicsConfig(_Strict):
    """The whole lexicon file: topics by name."""

    topics: Annotated[dict[str, TopicConfig], Field(min_length=1)]

    @field_validator("topics")
    @classmethod
    def _names_are_identifiers(cls, value: dict[str, TopicConfig]) -> dict[str, TopicConfig]:
        for name in value:
            if not re.match(TOPIC_NAME, name):
                raise ValueError(
                    f"topic name {name!r} must start with a letter and use only "
                    "letters, digits, '_' and '-'"
                )
        return value


def load_topics(path: str | Path) -> TopicsConfig:
    """Load and validate a lexicon file; ConfigError with one line per problem otherwise."""
    return topics_from_data(read_yaml(Path(path)), Path(path))


def parse_topics(text: str, origin: str) -> TopicsConfig:
    """Validate a lexicon given as text (as a Scrapyd job carries it)."""
    return topics_from_data(parse_yaml(text, origin), Path(origin))


def topics_from_data(data: Any, topics_path: Path) -> TopicsConfig:
    """Validate parsed YAML as a lexicon; ConfigError naming `topics_path` otherwise."""
    if not isinstance(data, dict) or not isinstance(data.get("topics"), dict):
        raise ConfigError(
            f"{topics_path}: expected a mapping with a 'topics' mapping (topic name -> topic)"
        )
    try:
        return TopicsConfig.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(topics_path, exc, data, TopicsConfig) from None
