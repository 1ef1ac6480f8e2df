"""Opening a database: engine settings, schema revision checks, clear errors."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newswatch.config.location import sqlite_path
from newswatch.config.packaged import package_folder
from newswatch.pipeline.secrets import mask_url
from newswatch.pipeline.store.limits import install_length_limits
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    # Alembic is imported where it works (migrations, a database not at the head):
    # opening a database at the head revision, as every command does, needs none of it.
    from alembic.config import Config as AlembicConfig

# A real folder even when deployed inside a zipped egg (Alembic lists its files).
MIGRATIONS = package_folder(__file__) / "migrations"
# Seconds a SQLite writer waits for another connection's lock before its
# retry loop takes over; tests set the variable to 1 to see a lock quickly.
BUSY_TIMEOUT_ENV = "NEWSWATCH_SQLITE_BUSY_TIMEOUT"
DEFAULT_SQLITE_BUSY_TIMEOUT = 30.0
# Pages the write-ahead log grows to before a commit checkpoints it (see _sqlite_pragmas).
WAL_AUTOCHECKPOINT_PAGES = 10_000


class DatabaseError(Exception):
    """The database cannot be used; `str()` says why and what to do."""


@dataclass
class Database:
    """An engine plus its session factory. Create with `open_database`."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    @property
    def displayed_url(self) -> str:
        """The URL with any password masked, for logs and messages."""
        return displayed_url(self.url)

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()


def displayed_url(url: str) -> str:
    """`url` with its secrets replaced by ***: URLs end up in logs and terminals."""
    return mask_url(url)


def sqlite_busy_timeout(environ: Mapping[str, str] = os.environ) -> float:
    """Seconds a SQLite writer waits for a lock: $NEWSWATCH_SQLITE_BUSY_TIMEOUT, else 30."""
    raw = environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_SQLITE_BUSY_TIMEOUT
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not (math.isfinite(seconds) and seconds >= 0):
        raise DatabaseError(f"{BUSY_TIMEOUT_ENV}={raw!r}: expected a number of seconds (>= 0)")
    return seconds


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn a failed connection (server down, wrong password) into one DatabaseError line
    naming the database by its masked URL, instead of a driver traceback."""
    try:
        yield
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {displayed_url(url)}: {exc.orig}") from None


def _sqlite_pragmas(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # WAL lets reviewers read while a crawl writes; the busy timeout makes a
        # writer wait for a lock instead of failing; SQLite has FKs off by default.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # A checkpoint copies each page written since the last one back into
        # the file, once, and syncs. Every 1,000 pages (SQLite's default, about
        # 14 saves at 100k stored) most pages a save touches, its anchor-index
        # leaves among them, are copied anew; over 10,000 (a 40 MB log) the
        # pages many saves rewrite (interior pages, the full-text index's
        # newest segments, index tails) are copied once per checkpoint.
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        # This SQLite may be built to zero every freed page, which writes it
        # again; FAST zeroes only what costs no extra page write (FTS5 merges
        # free pages on every save). Deleted text here is no secret.
        cursor.execute("PRAGMA secure_delete=FAST")
        cursor.close()

    return set_pragmas


def require_existing(url: str) -> None:
    """DatabaseError (with the absolute path) when `url` is a SQLite file that does not exist.

    Commands that only read (or review) must not create an empty database
    where the user did not expect one and then report an empty queue.
    """
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseError(
            f"no database at {path.resolve()}: `newswatch run` creates it; "
            "or give the database with --db URL or the config's `database`"
        )


def create_db_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`; SQLite files get sane pragmas and, when `create`, their folder."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not create:
            require_existing(url)
        elif database and database != ":memory:" and not database.startswith("file:"):
            folder = Path(database).expanduser().resolve().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the folder for {url}: {exc}") from None
        busy_timeout = sqlite_busy_timeout()
        engine = create_engine(url, connect_args={"timeout": busy_timeout})
        event.listen(engine, "connect", _sqlite_pragmas(round(busy_timeout * 1000)))
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use database {displayed_url(url)!r}: {exc}") from None


def check_integrity(db: Database) -> None:
    """DatabaseError when a SQLite file is damaged (PRAGMA quick_check finds a problem).

    A damaged file can still open and answer some queries; a cycle writing
    into it would lose pages one by one and report them as ordinary errors.
    Checked before a cycle, so such a database stops it loudly (exit 3).
    """
    if db.engine.dialect.name != "sqlite":
        return
    try:
        with db.engine.connect() as connection:
            found = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check(3)")]
    except SQLAlchemyError as exc:
        raise DatabaseError(f"{db.displayed_url}: damaged: {getattr(exc, 'orig', exc)}") from None
    if found != ["ok"]:
        raise DatabaseError(f"{db.displayed_url}: damaged: {'; '.join(map(str, found))}")


def alembic_config(url: str) -> AlembicConfig:
    """Alembic configuration pointing at the bundled migrations."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The schema revision this version of newswatch expects."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "no migrations bundled"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at, or None for a database newswatch never wrote."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, url: str) -> tuple[str | None, str]:
    """Migrate the database to the head revision; returns (before, after)."""
    from alembic import command

    before = current_revision(engine)
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return before, head_revision()


# `revision: str = "0006"` and `down_revision: ... = "0004"` (or None) in a migration file.
_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\b[^=\n]*=\s*(?:"(\w+)"|'(\w+)'|(None))\s*$""", re.MULTILINE
)


def bundled_head() -> str | None:
    """The head revision read off the bundled migration files without Alembic, or None
    when they are not one plain chain (then only Alembic can tell; tests compare both)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {
            m[1]: m[2] or m[3] or None for m in _REVISION_LINE.finditer(path.read_text("utf-8"))
        }
        if not found.get("revision") or "down_revision" not in found:
            return None
        revisions.add(str(found["revision"]))
        if found["down_revision"]:
            parents.add(str(found["down_revision"]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def _at_bundled_head(engine: Engine) -> bool:
    """Whether the database's alembic_version holds exactly the bundled head.

    The common case, answered with one query: Alembic (a third of a second
    to import and read its scripts) is loaded only when this is not so.
    """
    head = bundled_head()
    if head is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return [row[0] for row in found] == [head]


def open_database(url: str, *, create: bool = True) -> Database:
    """Open `url`, creating the schema in an empty database when `create` is true.

    With `create` false nothing is created: a missing SQLite file, or a
    database without newswatch's schema, is a DatabaseError.

    A database at an older revision is refused with the command that upgrades
    it, so that no newswatch ever writes rows a schema cannot hold.
    """
    install_length_limits()
    engine = create_db_engine(url, create=create)
    shown = displayed_url(url)
    try:
        if _at_bundled_head(engine):
            return Database(
                url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False)
            )
        revision = current_revision(engine)
        head = head_revision()
        if revision is None:
            if inspect(engine).get_table_names() and not create:
                raise DatabaseError(f"{shown}: has tables but no newswatch schema revision")
            if not create:
                raise DatabaseError(f"{shown}: no newswatch schema; run `newswatch db upgrade`")
            upgrade(engine, url)
        elif revision != head:
            from alembic.script import ScriptDirectory

            known = {
                s.revision
                for s in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()
            }
            if revision in known:
                raise DatabaseError(
                    f"{shown}: database schema is at revision {revision}, this newswatch needs "
                    f"{head}; run `newswatch db upgrade --db {shown}` (back up the database first)"
                )
            raise DatabaseError(
                f"{shown}: database schema revision {revision} is unknown to this newswatch "
                "(written by a newer version?)"
            )
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {shown}: {exc.orig}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {shown}: {exc}") from None
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
