"""Writing and reading the organizations articles name (see pipeline.organizations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newswatch.pipeline.organizations.model import FoundOrganization
from newswatch.pipeline.store.schema import Base, OrganizationMention
from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

NAME_LENGTH = 200
SURFACE_LENGTH = 200

_ORGANIZATIONS: Table = Base.metadata.tables["organizations"]
_MENTIONS: Table = Base.metadata.tables["organization_mentions"]
# Built once (see store.articles: a new article's mentions are written with each save).
_FIND = select(_ORGANIZATIONS.c.id, _ORGANIZATIONS.c.name, _ORGANIZATIONS.c.aliases).where(
    _ORGANIZATIONS.c.name.in_(bindparam("names", expanding=True))
)
_INSERT_ORGANIZATION = insert(_ORGANIZATIONS)
_SET_ALIASES = (
    update(_ORGANIZATIONS)
    .where(_ORGANIZATIONS.c.id == bindparam("organization_id"))
    .values(aliases=bindparam("new_aliases"))
)
_INSERT_MENTIONS = insert(_MENTIONS)


def replace_mentions(session: Session, article_id: int, found: Sequence[FoundOrganization]) -> int:
    """Make `found` the organizations of the article (its old mentions go); returns the
    number of mentions written. Organizations are created on first sight, and every
    spelling seen is added to their aliases (see `add_mentions`)."""
    session.execute(delete(OrganizationMention).where(OrganizationMention.article_id == article_id))
    return add_mentions(session.connection(), article_id, found)


def add_mentions(
    connection: Connection, article_id: int, found: Sequence[FoundOrganization]
) -> int:
    """Write `found` as the organizations of a new article (one with no mentions yet);
    returns the number of mentions written.

    What `replace_mentions` does, in plain inserts with one lookup of every
    name: a crawl writes the mentions of each article it stores, in the
    save's own transaction (`connection`).
    """
    names = [org.name[:NAME_LENGTH] for org in found]
    if not names:
        return 0
    known: dict[str, tuple[int, list[str]]] = {
        name: (organization_id, list(aliases))
        for organization_id, name, aliases in connection.execute(_FIND, {"names": names})
    }
    rows: list[dict[str, Any]] = []
    for org, name in zip(found, names, strict=True):
        organization_id, aliases = known.get(name, (0, []))
        new = _new_aliases(org, name, aliases)
        if name not in known:
            inserted = connection.execute(
                _INSERT_ORGANIZATION, {"name": name, "aliases": new}
            ).inserted_primary_key
            assert inserted is not None
            organization_id = inserted[0]
        elif new:
            connection.execute(
                _SET_ALIASES, {"organization_id": organization_id, "new_aliases": [*aliases, *new]}
            )
        known[name] = (organization_id, [*aliases, *new])
        rows += _mention_values(article_id, organization_id, org)
    if rows:
        connection.execute(_INSERT_MENTIONS, rows)
    return len(rows)


def _mention_values(
    article_id: int, organization_id: int, org: FoundOrganization
) -> list[dict[str, Any]]:
    return [
        {
            "article_id": article_id,
            "organization_id": organization_id,
            "surface": mention.surface[:SURFACE_LENGTH],
            "sentence": mention.sentence,
            "event": mention.event.value,
            "in_title": mention.in_title,
        }
        for mention in org.mentions
    ]


def _new_aliases(org: FoundOrganization, name: str, aliases: list[str]) -> list[str]:
    return [a for a in org.aliases if a not in aliases and a != name]
