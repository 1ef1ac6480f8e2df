"""Full-text search of titles and texts: SQLite FTS5 (trigram) or PostgreSQL pg_trgm.

Reviewers search Chinese text for substrings (社会组织, 慈善), which word
tokenizers cannot split; trigram indexes answer any substring of three or more
characters. SQLite keeps an external-content FTS5 table beside `articles`,
kept current by triggers so that every writer updates it; PostgreSQL indexes
the columns themselves with pg_trgm GIN indexes, which its planner uses for
the `ILIKE '%term%'` the store runs there. Terms under three
characters have no trigram and are matched with `ILIKE` on both.
"""

from __future__ import annotations

from newswatch.pipeline.store.schema import Article
from sqlalchemy import ColumnElement, Connection, column, or_, select, table, text

FTS_TABLE = "articles_fts"
TRIGRAM = 3

_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles "
    f"BEGIN INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
)
_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
_POSTGRES_CREATE = (
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_articles_title_trgm ON articles USING gin (title gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS ix_articles_text_trgm ON articles USING gin (text gin_trgm_ops)",
)
_POSTGRES_DROP = (
    "DROP INDEX IF EXISTS ix_articles_title_trgm",
    "DROP INDEX IF EXISTS ix_articles_text_trgm",
)


def create_search_index(connection: Connection) -> None:
    """Build the full-text index of every stored article (and keep it current from now on)."""
    statements = _SQLITE_CREATE if connection.dialect.name == "sqlite" else _POSTGRES_CREATE
    for statement in statements:
        connection.execute(text(statement))


def drop_search_index(connection: Connection) -> None:
    """Remove the full-text index; search falls back to scanning with LIKE."""
    statements = _SQLITE_DROP if connection.dialect.name == "sqlite" else _POSTGRES_DROP
    for statement in statements:
        connection.execute(text(statement))


def search_index_present(connection: Connection) -> bool:
    """Whether this database has the full-text index (FTS5 table or pg_trgm indexes)."""
    if connection.dialect.name == "sqlite":
        return has_fts_table(connection)
    found = connection.execute(
        text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_articles_text_trgm'")
    ).first()
    return found is not None


def apply_search_index(connection: Connection, enabled: bool) -> str:
    """Build or drop the full-text index as the config's `search_index` asks; says which."""
    present = search_index_present(connection)
    if enabled and not present:
        create_search_index(connection)
        state = "built"
    elif present and not enabled:
        drop_search_index(connection)
        state = "dropped"
    else:
        state = "kept" if present else "off"
    problem = trigram_problem(connection) if enabled else None
    return f"{state} ({problem})" if problem else state


def trigram_problem(connection: Connection) -> str | None:
    """Why PostgreSQL's trigram index cannot serve Chinese searches here, or None.

    pg_trgm takes trigrams of alphanumeric characters only; under LC_CTYPE C
    or POSIX no Chinese character is one, so the index matches every row
    and each search reads the whole table.
    """
    if connection.dialect.name == "sqlite":
        return None
    if connection.execute(text("SELECT show_trgm('社会组织')")).scalar():
        return None
    ctype = connection.execute(text("SHOW lc_ctype")).scalar()
    return (
        f"useless for Chinese: the database's LC_CTYPE is {ctype}; "
        "recreate it with a UTF-8 one, e.g. createdb --lc-ctype=C.UTF-8 --template=template0"
    )


def has_fts_table(connection: Connection) -> bool:
    """Whether searches go through the SQLite FTS5 table (PostgreSQL's index serves LIKE)."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    return found is not None


def search_clause(term: str, *, fts: bool) -> ColumnElement[bool]:
    """Articles whose title or text contains `term` (`fts`: through the SQLite FTS5 table)."""
    if fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        # A quoted FTS5 string is one phrase: the term's trigrams in order, i.e.
        # the substring itself; doubled quotes escape quotes in it.
        phrase = '"' + term.replace('"', '""') + '"'
        matches = select(fts_table.c.rowid).where(
            text(f"{FTS_TABLE} MATCH :phrase").bindparams(phrase=phrase)
        )
        return Article.id.in_(matches)
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    # ILIKE: Latin letters match in either case, as FTS5's trigrams do (pg_trgm serves it).
    return or_(Article.title.ilike(pattern, escape="\\"), Article.text.ilike(pattern, escape="\\"))
