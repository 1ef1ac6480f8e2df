"""Writing and reading the organizations articles name (see pipeline.organizations)."""

from __future__ import annotations

from collections.abc import Sequence

from newswatch.pipeline.organizations.model import FoundOrganization
from newswatch.pipeline.store.schema import Organization, OrganizationMention
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

NAME_LENGTH = 200
SURFACE_LENGTH = 200


def replace_mentions(session: Session, article_id: int, found: Sequence[FoundOrganization]) -> int:
    """Make `found` the organizations of the article (its old mentions go); returns the
    number of mentions written. Organizations are created on first sight, and every
    spelling seen is added to their aliases."""
    session.execute(delete(OrganizationMention).where(OrganizationMention.article_id == article_id))
    written = 0
    for org in found:
        row = _organization(session, org)
        for mention in org.mentions:
            session.add(
                OrganizationMention(
                    article_id=article_id,
                    organization_id=row.id,
                    surface=mention.surface[:SURFACE_LENGTH],
                    sentence=mention.sentence,
                    event=mention.event.value,
                    in_title=mention.in_title,
                )
            )
            written += 1
    return written


def _organization(session: Session, org: FoundOrganization) -> Organization:
    name = org.name[:NAME_LENGTH]
    row = session.scalars(select(Organization).where(Organization.name == name)).first()
    if row is None:
        row = Organization(name=name, aliases=[])
        session.add(row)
        session.flush()
    new = [a for a in org.aliases if a not in row.aliases and a != name]
    if new:
        # A new list, so that SQLAlchemy sees the JSON column change.
        row.aliases = [*row.aliases, *new]
    return row
