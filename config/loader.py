"""Reading configuration files from disk into validated models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.location import default_database_url, resolve_database_url
from newswatch.config.models import AppConfig
from newswatch.config.packaged import package_folder
from pydantic import ValidationError

# libyaml's parser when PyYAML was built with it: a tenth of the pure-Python
# parser's time, which every command pays at start-up.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CONFIG_DIR = package_folder(__file__)
DEFAULT_CONFIG = CONFIG_DIR / "sources.yaml"
DEFAULT_TOPICS = CONFIG_DIR / "topics.yaml"


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; ConfigError naming the file and line on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_yaml(text, path)


def parse_yaml(text: str, origin: str | Path) -> Any:
    """Parse YAML text; ConfigError naming `origin` and the line on any problem."""
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{origin}{at}: invalid YAML: {problem}") from None


def load_config(path: str | Path | None = None) -> AppConfig:
    """Load and validate the sources file (the bundled default when `path` is None).

    The database comes out absolute (see config.location): relative to the
    file's folder when the file names one, else the per-user default.
    """
    config_path = Path(path) if path else DEFAULT_CONFIG
    data = read_yaml(config_path)
    config = config_from_data(data, config_path)
    named = isinstance(data, dict) and data.get("database")
    if not named or config_path.resolve() == DEFAULT_CONFIG.resolve():
        url = default_database_url()
    else:
        url = resolve_database_url(config.database, config_path.resolve().parent)
    return config.model_copy(update={"database": url})


def parse_config(text: str, origin: str) -> AppConfig:
    """Validate a sources file given as text (a Scrapyd job carries its config so)."""
    return config_from_data(parse_yaml(text, origin), Path(origin))


def config_from_data(data: Any, config_path: Path) -> AppConfig:
    """Validate parsed YAML as a sources file; ConfigError naming `config_path` otherwise."""
    if not isinstance(data, dict):
        raise ConfigError(f"{config_path}: expected a mapping with a 'sources' list at top level")
    try:
        return AppConfig.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(config_path, exc, data, AppConfig) from None


def topics_path(config: AppConfig, config_path: str | Path | None) -> Path:
    """Where the lexicon named by `config.topics` lives (relative to the config file)."""
    return companion_path(config.topics, config_path, DEFAULT_TOPICS)


def companion_path(name: str, config_path: str | Path | None, default: Path) -> Path:
    """A file the config names (`name`), relative to the config file; the bundled
    `default` when the name is the default's and no such file sits next to the config."""
    base = Path(config_path).resolve().parent if config_path else CONFIG_DIR
    candidate = Path(name)
    if not candidate.is_absolute():
        candidate = base / candidate
    if not candidate.exists() and name == default.name:
        return default
    return candidate
