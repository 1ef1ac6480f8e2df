"""Full-text search of titles and texts: SQLite FTS5 (trigram) or PostgreSQL pg_trgm.

Reviewers search Chinese text for substrings (社会组织, 慈善), which word
tokenizers cannot split; trigram indexes answer any substring of three or more
characters. SQLite keeps an external-content FTS5 table beside `articles`,
kept current by triggers so that every writer updates it; PostgreSQL indexes
the columns themselves with pg_trgm GIN indexes, which its planner uses for
the `ILIKE '%term%'` the store runs there.

A two-character term has no trigram of its own, but on SQLite every place
it occurs is either the start of a trigram (the term and the character after
it) or the very end of a title or text. So its matches are the FTS5 rows
holding any trigram that starts with it, which the index's vocabulary lists
(an `fts5vocab` table), plus the rows whose title or text ends with it, which
two small expression indexes on the last two characters find. Terms of one
character, and short terms on PostgreSQL, are matched with `LIKE`/`ILIKE`.
"""

from __future__ import annotations

from typing import Any

from newswatch.pipeline.store.schema import Article
from sqlalchemy import (
    ColumnElement,
    Connection,
    Executable,
    Select,
    TextClause,
    column,
    func,
    or_,
    select,
    table,
    text,
)

FTS_TABLE = "articles_fts"
TRIGRAM = 3
# The term length the vocabulary and tail indexes serve (see the module docstring).
SHORT_TERM = 2
_VOCABULARY = f"temp.{FTS_TABLE}_vocab"
# Sorts after every other character (UTF-8 F4 8F BF BF): the top of a prefix range.
_LAST_CHARACTER = "\U0010ffff"
TAIL_EXPRESSION = "lower(substr({column}, -2))"

# Segments a level of the FTS5 index gathers before they are merged into one
# (FTS5's default is 4). Each save's share of merge work is proportional to
# the number of levels: with 8 there are fewer, and a save at 100k stored
# writes about a third less of the index (migration 0009).
FTS_AUTOMERGE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 8)"
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
    FTS_AUTOMERGE,
)
_SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)
_SHORT_TERM_CREATE = tuple(
    f"CREATE INDEX IF NOT EXISTS ix_articles_{name}_tail "
    f"ON articles ({TAIL_EXPRESSION.format(column=name)})"
    for name in ("title", "text")
)
_SHORT_TERM_DROP = tuple(
    f"DROP INDEX IF EXISTS ix_articles_{name}_tail" for name in ("title", "text")
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
    create_short_term_indexes(connection)


def drop_search_index(connection: Connection) -> None:
    """Remove the full-text index; search falls back to scanning with LIKE."""
    drop_short_term_indexes(connection)
    statements = _SQLITE_DROP if connection.dialect.name == "sqlite" else _POSTGRES_DROP
    for statement in statements:
        connection.execute(text(statement))


def create_short_term_indexes(connection: Connection) -> None:
    """The indexes of titles' and texts' last two characters that, with the FTS5
    table, find two-character terms (SQLite only; see the module docstring)."""
    if connection.dialect.name == "sqlite":
        for statement in _SHORT_TERM_CREATE:
            connection.execute(text(statement))


def drop_short_term_indexes(connection: Connection) -> None:
    """Remove what create_short_term_indexes built."""
    if connection.dialect.name == "sqlite":
        for statement in _SHORT_TERM_DROP:
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


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_clause(
    term: str, *, fts: bool, drives: bool = True, postgres: bool = False
) -> ColumnElement[bool]:
    """Articles whose title or text contains `term` (`fts`: through the SQLite FTS5 table).

    With `drives` false the clause is checked on each row as the list's index
    hands them over, never used to find rows: the plan for a term so frequent
    (more than a thousand matches) that walking the list until a page is full
    beats collecting and sorting every match. It then compares text itself
    (`LIKE`): the same matches as the FTS5 table's, except that letters outside
    ASCII are compared with their case there (FTS5 folds them).
    """
    if drives and fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        matches = select(fts_table.c.rowid).where(_fts_match(term))
        return Article.id.in_(matches)
    caseless = term.lower() == term.upper()
    if postgres and not drives:
        # strpos is no operator pg_trgm serves, so the planner walks the queue's
        # index; its estimate for it (unlike LIKE's "hardly any row") lets it.
        if caseless:
            return or_(func.strpos(Article.title, term) > 0, func.strpos(Article.text, term) > 0)
        needle = term.lower()
        return or_(
            func.strpos(func.lower(Article.title), needle) > 0,
            func.strpos(func.lower(Article.text), needle) > 0,
        )
    pattern = _like_pattern(term)
    # `title || ''` is no column an index covers: no planner finds rows by it.
    title = Article.title if drives else Article.title.concat("")
    body = Article.text if drives else Article.text.concat("")
    if caseless:
        # No letter with a case (Chinese): LIKE finds what ILIKE would, without
        # lowering every character of every text it reads (PostgreSQL: 10x).
        return or_(title.like(pattern, escape="\\"), body.like(pattern, escape="\\"))
    # ILIKE: Latin letters match in either case, as FTS5's trigrams do (pg_trgm serves it).
    return or_(title.ilike(pattern, escape="\\"), body.ilike(pattern, escape="\\"))


def _fts_match(term: str) -> TextClause:
    return text(f"{FTS_TABLE} MATCH :phrase").bindparams(phrase=fts_phrase(term))


def matches_first(
    query: Select[Any], term: str, *, fts: bool, postgres: bool = False
) -> Select[Any]:
    """The ids of the articles of `query` (a select of article ids) holding `term`,
    read in the search index's order: for counting up to a limit, reading stops there.

    On SQLite the FTS5 matches come first and each one's article is checked
    against `query` (an IN list, as `search_clause` makes, is built whole
    before any row is read; a join may be turned round by the planner).
    Elsewhere (a frequent term: more matches than the count needs) the
    text is checked row by row, as a page does.
    """
    if fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        this_article = query.where(Article.id == fts_table.c.rowid)
        return select(fts_table.c.rowid).where(_fts_match(term), this_article.exists())
    return query.where(search_clause(term, fts=fts, drives=False, postgres=postgres))


def fts_phrase(term: str) -> str:
    """`term` as one FTS5 phrase (its trigrams in order: the substring itself)."""
    return '"' + term.replace('"', '""') + '"'


def matching_ids(connection: Connection, term: str, *, fts: bool, cap: int) -> list[int] | None:
    """The ids of every article whose title or text holds `term`, if at most `cap` do;
    None when more do (reading stops at the first `cap` + 1), or when a
    two-character term is frequent (see below).

    A rare term's matches are few: the list is read from them, sorted. A
    frequent one's are not collected at all (see `search_clause`'s `drives`):
    the caller walks the list and counts (up to the cap) instead, which gives
    the same answer. Without the FTS5 table, and for one-character terms,
    there is no index: finding that a term is rare reads every text, once.

    A two-character term's index lookup costs in proportion to how often it
    occurs (fts5vocab reads every occurrence of every trigram it lists), a
    walk in proportion to how rare it is; a look at the newest articles tells
    which (`_looks_frequent`).
    """
    if fts and len(term) == SHORT_TERM:
        if _looks_frequent(connection, term):
            return None
        return short_term_ids(connection, term, cap)
    query: Executable
    if fts and len(term) >= TRIGRAM:
        query = text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase LIMIT :limit"
        ).bindparams(phrase=fts_phrase(term), limit=cap + 1)
    else:
        query = select(Article.id).where(search_clause(term, fts=False)).limit(cap + 1)
    ids = list(connection.scalars(query).all())
    return ids if len(ids) <= cap else None


# A term in this share of the newest articles or more is walked for, not looked up.
_FREQUENT_SHARE = 0.1
_PROBED_ARTICLES = 300


def _looks_frequent(connection: Connection, term: str) -> bool:
    """Whether `term` is in a tenth or more of the newest articles (a read of 300 texts;
    SQLite's LIKE matches Latin letters in either case, as FTS5 does)."""
    read, holding = connection.execute(
        text(
            "SELECT count(*), coalesce(sum(title LIKE :pattern ESCAPE '\\' "
            "OR text LIKE :pattern ESCAPE '\\'), 0) "
            "FROM (SELECT title, text FROM articles ORDER BY id DESC LIMIT :probed)"
        ),
        {"pattern": _like_pattern(term), "probed": _PROBED_ARTICLES},
    ).one()
    return bool(read) and holding >= _FREQUENT_SHARE * read


def short_term_ids(connection: Connection, term: str, cap: int) -> list[int] | None:
    """The ids of the articles holding a two-character `term`, read off SQLite's FTS5
    table and tail indexes: the rows holding a trigram that starts with it, and
    the rows ending with it (module docstring); None when more than `cap` do."""
    # FTS5 stores trigrams case-folded; SQLite's lower() folds ASCII letters only,
    # as the LIKE it replaces did.
    folded = term.lower()
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCABULARY} "
            f"USING fts5vocab(main, {FTS_TABLE}, 'row')"
        )
    )
    trigrams = connection.execute(
        text(f"SELECT term, doc FROM {_VOCABULARY} WHERE term >= :low AND term < :high"),
        {"low": folded, "high": folded + _LAST_CHARACTER},
    ).all()
    if any(documents > cap for _, documents in trigrams):
        return None  # one of its trigrams alone is in more than `cap` rows
    found: set[int] = set()
    if trigrams:
        either = " OR ".join(fts_phrase(trigram) for trigram, _ in trigrams)
        found.update(
            connection.scalars(
                text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query LIMIT :limit"),
                {"query": either, "limit": cap + 1},
            )
        )
    ascii_folded = term.translate(_ASCII_LOWER)
    for name in ("title", "text"):
        found.update(
            connection.scalars(
                text(
                    f"SELECT id FROM articles WHERE {TAIL_EXPRESSION.format(column=name)} = :tail"
                ),
                {"tail": ascii_folded},
            )
        )
    return sorted(found) if len(found) <= cap else None


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
