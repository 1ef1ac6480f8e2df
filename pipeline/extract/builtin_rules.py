"""The built-in Chinese-news rules of config/boilerplate.yaml as a validated model."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.loader import CONFIG_DIR, read_yaml
from newswatch.pipeline.extract.dates import DATE_PATTERN
from newswatch.pipeline.extract.joined import PatternSet, join_patterns
from pydantic import BaseModel, ConfigDict, Field, ValidationError

BOILERPLATE_FILE = CONFIG_DIR / "boilerplate.yaml"

# A Chinese personal name in a credit: 2-4 characters, or longer with the · of
# transliterated names (阿依古丽·买买提).
NAME_PATTERN = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})"

# A field value on an info line: stops at spaces, colons, sentence punctuation
# and at the next field label ({label} is replaced by the file's `info_label`).
VALUE_PATTERN = r"(?:(?!{label})[^\s:：，。！？；、,|【】\[\]]){1,30}"

Patterns = Annotated[tuple[re.Pattern[str], ...], Field(default_factory=tuple)]
# Patterns by category name (copyright, comment_notices…): data the tests walk per category.
Categories = Annotated[dict[str, tuple[re.Pattern[str], ...]], Field(default_factory=dict)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    """Thresholds of the cleaning and fallback heuristics."""

    min_body_cjk: int = Field(default=50, ge=0)
    header_scan_lines: int = Field(default=8, ge=0)
    header_line_max_chars: int = Field(default=80, ge=1)
    kicker_max_chars: int = Field(default=16, ge=0)
    block_paragraph_min_chars: int = Field(default=30, ge=1)
    credit_scan_paragraphs: int = Field(default=2, ge=0)
    layout_table_cell_chars: int = Field(default=200, ge=1)
    fast_mode_elements: int = Field(default=5000, ge=1)
    max_elements: int = Field(default=20000, ge=1)
    max_junk_share: float = Field(default=0.8, ge=0, le=1)
    headline_slack_lines: int = Field(default=3, ge=0)
    headline_scale_lines: int = Field(default=6, ge=1)
    list_min_links: int = Field(default=8, ge=1)
    max_gap_lines: int = Field(default=10, ge=1)
    density_candidates: int = Field(default=3, ge=1)


class DefaultSelectors(_Strict):
    """CSS selectors tried after a source's own; `headings` need confirming by <title>."""

    title: tuple[str, ...] = Field(default_factory=tuple)
    published: tuple[str, ...] = Field(default_factory=tuple)
    source: tuple[str, ...] = Field(default_factory=tuple)
    author: tuple[str, ...] = Field(default_factory=tuple)
    editor: tuple[str, ...] = Field(default_factory=tuple)
    account: tuple[str, ...] = Field(default_factory=tuple)
    body: tuple[str, ...] = Field(default_factory=tuple)
    headings: tuple[str, ...] = Field(default_factory=tuple)


class Labels(_Strict):
    """Patterns whose `value` group holds a labelled field ("来源：新华报业网")."""

    source: Patterns
    editor: Patterns
    tags: Patterns
    author: Patterns
    value_prefix: Patterns


class Credits(_Strict):
    """Patterns whose `names` group credits the writers of an article."""

    reporter: Patterns
    byline: Patterns
    trailing: re.Pattern[str]
    alone: re.Pattern[str]
    reporter_roles: tuple[str, ...] = Field(default_factory=tuple)
    role_words: tuple[str, ...] = Field(default_factory=tuple)
    not_names: tuple[str, ...] = Field(default_factory=tuple)
    not_name_starts: str = ""


class UrlDateRule(_Strict):
    """A publication date written into URLs; the `value` group holds it."""

    pattern: re.Pattern[str]
    format: Literal["yyyymmdd", "objectid"]


class DensityRules(_Strict):
    """The DOM scorer's knowledge: class/id names of blocks that never hold the article."""

    negative: re.Pattern[str] = re.compile("(?!)")


class ScriptDate(_Strict):
    """A publication time written into a page's scripts; `value` holds Unix seconds
    (milliseconds with 13 digits) or a written date ("2024-12-10 18:02:00")."""

    pattern: re.Pattern[str]


class DateRules(_Strict):
    """Where publication times hide besides info lines: scripts and labelled lines."""

    scripts: tuple[ScriptDate, ...] = Field(default_factory=tuple)
    labels: Patterns


class BuiltinRules(_Strict):
    """Everything config/boilerplate.yaml holds, with its regexes compiled.

    Immutable (tuples, frozen models): one instance is shared by every call.
    """

    limits: Limits = Field(default_factory=Limits)
    title_separators: tuple[str, ...] = Field(default_factory=tuple)
    selectors: DefaultSelectors = Field(default_factory=DefaultSelectors)
    prune: tuple[str, ...] = Field(default_factory=tuple)
    prune_xpath: tuple[str, ...] = Field(default_factory=tuple)
    info_lines: Patterns
    footer_starts: Categories
    footer_lead: Patterns
    block_starts: Patterns
    strip_tails: Patterns
    drop_lines: Categories
    info_label: str = "(?!)"
    labels: Labels
    credits: Credits
    url_dates: tuple[UrlDateRule, ...] = Field(default_factory=tuple)
    density: DensityRules = Field(default_factory=lambda: DensityRules())
    dates: DateRules = Field(default_factory=lambda: DateRules.model_validate({"labels": ()}))

    @functools.cached_property
    def footer_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Every footer-start pattern, whatever its category."""
        return tuple(pattern for group in self.footer_starts.values() for pattern in group)

    @functools.cached_property
    def drop_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Every drop-line pattern, whatever its category."""
        return tuple(pattern for group in self.drop_lines.values() for pattern in group)

    @functools.cached_property
    def joined(self) -> JoinedRules:
        """The line rules joined, a PatternSet per group (see joined.py)."""
        return JoinedRules(
            junk=join_patterns(
                (*self.info_lines, *self.drop_patterns, *self.footer_patterns, *self.block_starts)
            ),
            info_lines=join_patterns(self.info_lines),
            footer_starts=join_patterns(self.footer_patterns),
            footer_lead=join_patterns(self.footer_lead),
            block_starts=join_patterns(self.block_starts),
        )


@dataclass(frozen=True)
class JoinedRules:
    """Each group of line rules joined into a PatternSet (see joined.py).

    `junk`: info_lines, drop_lines, footer_starts and block_starts together
    (a line matching one of them is junk wherever it appears).
    """

    junk: PatternSet
    info_lines: PatternSet
    footer_starts: PatternSet
    footer_lead: PatternSet
    block_starts: PatternSet


def load_builtin_rules(path: Path | None = None) -> BuiltinRules:
    """The built-in rules from `path` (config/boilerplate.yaml by default).

    The default file is read once per process; ConfigError names the file and
    the problem when it is missing or invalid.
    """
    if path is None or path == BOILERPLATE_FILE:
        return _default_rules()
    return _load(path)


@functools.cache
def _default_rules() -> BuiltinRules:
    return _load(BOILERPLATE_FILE)


def _load(path: Path) -> BuiltinRules:
    data = _expand_placeholders(read_yaml(path))
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of rule groups at top level")
    try:
        return BuiltinRules.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(path, exc, data, BuiltinRules) from None


def _expand_placeholders(data: object) -> object:
    """Replace {date}, {name}, {label} and {value} in every string of the parsed YAML."""
    label = data.get("info_label", "(?!)") if isinstance(data, dict) else "(?!)"
    value = VALUE_PATTERN.replace("{label}", label)
    substitutions = {
        "{date}": DATE_PATTERN,
        "{name}": NAME_PATTERN,
        "{value}": value,
        "{label}": label,
    }
    return _substitute(data, substitutions)


def _substitute(data: object, substitutions: dict[str, str]) -> object:
    if isinstance(data, str):
        for placeholder, pattern in substitutions.items():
            data = data.replace(placeholder, pattern)
        return data
    if isinstance(data, list):
        return [_substitute(item, substitutions) for item in data]
    if isinstance(data, dict):
        return {key: _substitute(value, substitutions) for key, value in data.items()}
    return data
