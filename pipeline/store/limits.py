"""Column lengths enforced before a row is written, the same on every database.

SQLite ignores `VARCHAR(200)`; PostgreSQL refuses the whole row. Without
this, an article with a long author list is stored on SQLite and lost on
PostgreSQL. Every string bounded by its column is cut to fit (ending in "…")
before insert or update, so both keep the same, slightly shortened, row.
"""

from __future__ import annotations

import logging
from typing import Any

from newswatch.pipeline.store.schema import Base
from sqlalchemy import String, event
from sqlalchemy.orm import Mapper

log = logging.getLogger(__name__)
ELLIPSIS = "…"


def clamp(value: str, length: int) -> str:
    """`value` cut to at most `length` characters, marked with an ellipsis when cut."""
    if len(value) <= length:
        return value
    return value[: max(0, length - 1)] + ELLIPSIS


def clamp_row(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    """Cut every bounded string attribute of `target` to its column's length."""
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        length = getattr(column.type, "length", None)
        if not isinstance(column.type, String) or not length:
            continue
        value = getattr(target, attr.key, None)
        if isinstance(value, str) and len(value) > length:
            where = f"{mapper.class_.__name__}.{attr.key}"
            log.warning("%s: %d characters cut to %d", where, len(value), length)
            setattr(target, attr.key, clamp(value, length))


def install_length_limits() -> None:
    """Clamp bounded strings of every model before insert and update (idempotent)."""
    for name in ("before_insert", "before_update"):
        if not event.contains(Base, name, clamp_row):
            event.listen(Base, name, clamp_row, propagate=True)
