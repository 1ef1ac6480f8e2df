"""Turning YAML and validation failures into one-line messages a user can act on."""

from __future__ import annotations

import contextlib
import difflib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError


class ConfigError(Exception):
    """A configuration file cannot be used. `str()` is the message to print."""


def describe_validation_error(
    path: Path, exc: ValidationError, data: Any, model: type[BaseModel]
) -> ConfigError:
    """One line per problem: file, the source (by name) or entry, the field, what is wrong."""
    lines = [_describe_one(path, err, data, model) for err in exc.errors()]
    return ConfigError("\n".join(lines))


def _describe_one(path: Path, err: Any, data: Any, model: type[BaseModel]) -> str:
    loc = list(err["loc"])
    where = _where(loc, data)
    inner = loc[2:] if where and len(loc) >= 2 else loc
    field = ".".join(str(part) for part in inner if not isinstance(part, int)) or "(top level)"
    if err["type"] == "extra_forbidden":
        key = str(loc[-1])
        hint = _suggest(key, _allowed_keys(model, loc[:-1]))
        suggestion = f"; did you mean {hint!r}?" if hint else ""
        return f"{path}: {where}unknown key {key!r}{suggestion}"
    message = err["msg"].removeprefix("Value error, ")
    return f"{path}: {where}{field}: {message}"


def _where(loc: list[Any], data: Any) -> str:
    """'source 'xhby-suzhou': ' for errors inside a named list entry."""
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        name = None
        with contextlib.suppress(KeyError, IndexError, TypeError, AttributeError):
            name = data["sources"][loc[1]].get("name")
        label = f"source {name!r}" if name else f"sources[{loc[1]}]"
        return f"{label}: "
    if len(loc) >= 2 and loc[0] == "topics" and isinstance(loc[1], (int, str)):
        return f"topic {loc[1]!r}: "
    return ""


def _allowed_keys(model: type[BaseModel], loc: list[Any]) -> list[str]:
    """Field names of the (sub)model that `loc` points into."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            # A key of a dict-valued field (a topic or layout name): stay on the model.
            continue
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _suggest(key: str, allowed: list[str]) -> str | None:
    matches = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return matches[0] if matches else None
