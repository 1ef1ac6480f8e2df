"""Reading organizations back: the ranking by articles, one organization's timeline."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from newswatch.config.organizations import EventType
from newswatch.pipeline.organizations.model import normalize_name
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, Organization, OrganizationMention
from sqlalchemy import or_, select


class UnknownOrganization(LookupError):
    """No stored organization has the given name or alias; `suggestions` are near ones."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no organization named {name!r}{hint}")
        self.suggestions = suggestions


@dataclass
class ArticleEvents:
    """What one article says about one organization."""

    article_id: int
    title: str
    url: str
    status: str
    when: datetime
    events: list[EventType] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    @property
    def event(self) -> EventType:
        """The most telling of its events (处罚 before 年检 before 表彰 …)."""
        return next((e for e in EventType if e in self.events), EventType.OTHER)


@dataclass
class OrganizationSummary:
    """One organization in the ranking: how many articles name it, and the latest one."""

    name: str
    aliases: list[str]
    articles: int
    mentions: int
    latest: ArticleEvents

    def to_json(self) -> dict[str, object]:
        """The `orgs --json` shape."""
        return {
            "name": self.name,
            "aliases": self.aliases,
            "articles": self.articles,
            "mentions": self.mentions,
            "latest_event": self.latest.event.value,
            "latest_at": self.latest.when.isoformat(),
            "latest_article": {"id": self.latest.article_id, "title": self.latest.title},
        }


@dataclass
class Timeline:
    """One organization and what each article naming it says, newest first."""

    name: str
    aliases: list[str]
    entries: list[ArticleEvents]

    def to_json(self) -> dict[str, object]:
        """The `orgs show --json` shape."""
        return {
            "name": self.name,
            "aliases": self.aliases,
            "articles": [
                {
                    "id": e.article_id,
                    "title": e.title,
                    "url": e.url,
                    "status": e.status,
                    "at": e.when.isoformat(),
                    "event": e.event.value,
                    "events": [ev.value for ev in e.events],
                    "sentences": e.sentences,
                }
                for e in self.entries
            ],
        }


class OrganizationIndex:
    """Queries over the organizations of stored articles."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ranking(
        self, since: datetime | None = None, limit: int | None = None
    ) -> list[OrganizationSummary]:
        """Organizations by number of articles naming them (published or fetched since
        `since`), ties by name; each with its latest article and event."""
        per_org = self._article_events(since=since)
        names = {o.id: o for o in self._organizations(per_org)}
        summaries = [
            OrganizationSummary(
                name=names[org_id].name,
                aliases=list(names[org_id].aliases),
                articles=len(by_article),
                mentions=sum(len(a.events) for a in by_article.values()),
                latest=max(by_article.values(), key=lambda a: (a.when, a.article_id)),
            )
            for org_id, by_article in per_org.items()
        ]
        summaries.sort(key=lambda s: (-s.articles, s.name))
        return summaries[:limit] if limit is not None else summaries

    def timeline(self, name: str) -> Timeline:
        """Every article naming the organization called `name` (or by an alias of it)."""
        org = self._find(name)
        per_org = self._article_events(organization_id=org.id)
        entries = sorted(
            per_org.get(org.id, {}).values(), key=lambda a: (a.when, a.article_id), reverse=True
        )
        return Timeline(org.name, list(org.aliases), entries)

    def names(self) -> list[str]:
        """Every stored organization name, sorted."""
        with self._db.session() as session:
            return list(session.scalars(select(Organization.name).order_by(Organization.name)))

    def _find(self, name: str) -> Organization:
        wanted = normalize_name(name)
        with self._db.session() as session:
            rows = list(session.scalars(select(Organization)))
            session.expunge_all()
        exact = [o for o in rows if o.name == wanted] or [o for o in rows if wanted in o.aliases]
        if exact:
            return exact[0]
        near = sorted(o.name for o in rows if wanted and wanted in o.name)
        raise UnknownOrganization(name, near[:5])

    def _organizations(self, per_org: dict[int, dict[int, ArticleEvents]]) -> list[Organization]:
        with self._db.session() as session:
            rows = list(session.scalars(select(Organization).where(Organization.id.in_(per_org))))
            session.expunge_all()
            return rows

    def _article_events(
        self, *, since: datetime | None = None, organization_id: int | None = None
    ) -> dict[int, dict[int, ArticleEvents]]:
        query = select(
            OrganizationMention.organization_id,
            OrganizationMention.event,
            OrganizationMention.sentence,
            Article.id,
            Article.title,
            Article.url,
            Article.status,
            Article.published_at,
            Article.fetched_at,
        ).join(Article, Article.id == OrganizationMention.article_id)
        if since is not None:
            query = query.where(or_(Article.published_at >= since, Article.fetched_at >= since))
        if organization_id is not None:
            query = query.where(OrganizationMention.organization_id == organization_id)
        per_org: dict[int, dict[int, ArticleEvents]] = defaultdict(dict)
        with self._db.session() as session:
            for (
                org_id,
                event,
                sentence,
                aid,
                title,
                url,
                status,
                published,
                fetched,
            ) in session.execute(query.order_by(OrganizationMention.id)):
                entry = per_org[org_id].setdefault(
                    aid, ArticleEvents(aid, title, url, status, published or fetched)
                )
                entry.events.append(EventType(event))
                if sentence not in entry.sentences:
                    entry.sentences.append(sentence)
        return per_org
