"""Full-text search of titles and texts: SQLite FTS5 (trigram) or PostgreSQL pg_trgm.

Reviewers search Chinese text for substrings (社会组织, 慈善), which word
tokenizers cannot split; trigram indexes answer any substring of three or more
characters. SQLite keeps an external-content FTS5 table beside `articles`,
kept current by triggers so that every writer updates it; PostgreSQL indexes
the columns themselves with pg_trgm GIN indexes, which its planner uses for
the `ILIKE '%term%'` the store runs there.

The FTS5 table records which rows hold each trigram, not where
(`detail=none`, migration 0012): a third of the index to write on every
save, whose share of merging grows with the store. Without positions it
cannot match a phrase, so a longer term is looked up as every one of its
trigrams (AND) and each row found is checked again with the `LIKE` a scan
runs; a term of one trigram needs no check unless it holds a letter with a
case (FTS5 folds letters outside ASCII too, `LIKE` only ASCII ones). The
matches are a scan's either way.

A two-character term has no trigram of its own, but on SQLite every place
it occurs is either the start of a trigram (the term and the character after
it) or the very end of a title or text. So its matches are the FTS5 rows
holding any trigram that starts with it, which the index's vocabulary lists
(an `fts5vocab` table), plus the rows whose title or text ends with it, which
two small expression indexes on the last two characters find. Terms of one
character are matched with `LIKE`/`ILIKE` on SQLite.

PostgreSQL's pg_trgm cannot serve terms shorter than three characters (it
hashes a multibyte trigram, so it cannot look up the trigrams that start with
a pair either). A GIN index on `article_search_grams(title, text)`, every
character and every pair of adjacent characters of the lower-cased title and
text, serves them: a term of one or two characters is in the title or text
only if its lower-cased form is one of those grams, and ILIKE (which lowers
both sides the same way) rechecks each row the index hands over.
"""

from __future__ import annotations

from typing import Any

from newswatch.pipeline.store.schema import Article
from sqlalchemy import (
    ColumnElement,
    Connection,
    Executable,
    Select,
    Text,
    TextClause,
    and_,
    bindparam,
    case,
    column,
    func,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, array

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
# writes about a third less of the index (migration 0010).
FTS_AUTOMERGE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', 8)"
# Which rows hold a trigram, not where (module docstring; migration 0012).
FTS_COLUMNS = "title, text, content='articles', content_rowid='id', tokenize='trigram', detail=none"
_SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({FTS_COLUMNS})",
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
GRAMS_FUNCTION = "article_search_grams"
GRAMS_INDEX = "ix_articles_search_grams"
_POSTGRES_SHORT_TERM_CREATE = (
    # Every character and every pair of adjacent characters of the lower-cased
    # title and of the text (none across the two): the characters, and the
    # characters but the last zipped with the characters but the first. The
    # array may repeat a gram: GIN stores each key once. PL/pgSQL keeps the
    # plans of its queries for the session (an SQL function plans them at
    # every statement: twice the CPU of a save's call). IMMUTABLE as pg_trgm's
    # own functions are: lower() follows the database's LC_CTYPE, which a
    # database keeps for life (a REINDEX would follow a change, as for pg_trgm).
    f"CREATE OR REPLACE FUNCTION {GRAMS_FUNCTION}(title text, body text) RETURNS text[] "
    "LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ "
    "DECLARE "
    "t text[] := string_to_array(lower(coalesce(title, '')), NULL); "
    "b text[] := string_to_array(lower(coalesce(body, '')), NULL); "
    "BEGIN RETURN t || b "
    "|| ARRAY(SELECT x || y FROM unnest(t[1:cardinality(t) - 1], t[2:]) AS pairs(x, y)) "
    "|| ARRAY(SELECT x || y FROM unnest(b[1:cardinality(b) - 1], b[2:]) AS pairs(x, y)); "
    "END $$",
    f"CREATE INDEX IF NOT EXISTS {GRAMS_INDEX} ON articles "
    f"USING gin ({GRAMS_FUNCTION}(title, text))",
    # No statistics of the grams: ANALYZE would compute them for 30,000 sampled
    # rows (seconds), and with them the planner estimates a common gram in
    # most rows and scans the table, computing every row's grams (80 ms for a
    # page at 50k stored) where the index answers in 5 ms. Without, every gram
    # is estimated rare and the index is read.
    f"ALTER INDEX {GRAMS_INDEX} ALTER COLUMN 1 SET STATISTICS 0",
)
_POSTGRES_SHORT_TERM_DROP = (
    f"DROP INDEX IF EXISTS {GRAMS_INDEX}",
    f"DROP FUNCTION IF EXISTS {GRAMS_FUNCTION}(text, text)",
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
    """The indexes that find terms shorter than a trigram (module docstring): on
    SQLite those of titles' and texts' last two characters, beside the FTS5
    table; on PostgreSQL the GIN index of every character and pair."""
    sqlite = connection.dialect.name == "sqlite"
    for statement in _SHORT_TERM_CREATE if sqlite else _POSTGRES_SHORT_TERM_CREATE:
        connection.execute(text(statement))


def drop_short_term_indexes(connection: Connection) -> None:
    """Remove what create_short_term_indexes built."""
    sqlite = connection.dialect.name == "sqlite"
    for statement in _SHORT_TERM_DROP if sqlite else _POSTGRES_SHORT_TERM_DROP:
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
    (`LIKE`): the same matches as the FTS5 table's (module docstring).
    """
    if drives and fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        matches = Article.id.in_(select(fts_table.c.rowid).where(_fts_match(term)))
        return and_(matches, _holding(term)) if fts_needs_check(term) else matches
    caseless = term.lower() == term.upper()
    if postgres and not drives:
        # strpos is no operator pg_trgm serves, so the planner walks the queue's
        # index; its estimate for it (unlike LIKE's "hardly any row") lets it.
        if caseless:
            return or_(func.strpos(Article.title, term) > 0, func.strpos(Article.text, term) > 0)
        # PostgreSQL's lower(), as ILIKE's: Python's writes some letters otherwise
        # (İ becomes two characters there, one here).
        needle = func.lower(bindparam("needle", term, type_=Text))
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
    return text(f"{FTS_TABLE} MATCH :trigrams").bindparams(trigrams=fts_query(term))


def _holding(term: str) -> ColumnElement[bool]:
    """The check of a row the FTS5 table hands over: SQLite's LIKE, which matches
    ASCII letters in either case, every other character as it is."""
    pattern = _like_pattern(term)
    return or_(Article.title.like(pattern, escape="\\"), Article.text.like(pattern, escape="\\"))


def fts_needs_check(term: str) -> bool:
    """Whether the rows the FTS5 table finds for `term` (three or more characters)
    may hold it only in pieces or in another case than `LIKE` allows, and are
    checked again (module docstring)."""
    return len(term) > TRIGRAM or term.lower() != term.upper()


def matches_first(
    query: Select[Any], term: str, *, fts: bool, postgres: bool = False, grams: bool = False
) -> Select[Any]:
    """The ids of the articles of `query` (a select of article ids) holding `term`,
    read in the search index's order: for counting up to a limit, reading stops there.

    On SQLite the FTS5 matches come first and each one's article is checked
    against `query` (an IN list, as `search_clause` makes, is built whole
    before any row is read; a join may be turned round by the planner).
    On PostgreSQL with the grams index (`grams`), a short term's rows come
    off it: a term in 1,500 of 100,000 articles would otherwise be walked
    for through two thirds of the table (0.2 s) to count 1,001. Elsewhere
    (a frequent term: more matches than the count needs) the text is
    checked row by row, as a page does.
    """
    if fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        this_article = query.where(Article.id == fts_table.c.rowid)
        if fts_needs_check(term):
            this_article = this_article.where(_holding(term))
        return select(fts_table.c.rowid).where(_fts_match(term), this_article.exists())
    if grams and len(term) <= SHORT_TERM:
        return query.where(holding_gram(term), search_clause(term, fts=False))
    return query.where(search_clause(term, fts=fts, drives=False, postgres=postgres))


def fts_phrase(term: str) -> str:
    """`term` as one FTS5 string (quoted: its characters are text, not query syntax)."""
    return '"' + term.replace('"', '""') + '"'


def fts_query(term: str) -> str:
    """The FTS5 query of the rows holding every trigram of `term` (three or more
    characters): what an index without positions can answer (module docstring)."""
    trigrams = dict.fromkeys(term[start : start + TRIGRAM] for start in range(len(term) - 2))
    return " AND ".join(fts_phrase(trigram) for trigram in trigrams)


def matching_ids(
    connection: Connection, term: str, *, fts: bool, cap: int, grams: bool | None = None
) -> list[int] | None:
    """The ids of every article whose title or text holds `term`, if at most `cap` do;
    None when more do (reading stops at the first `cap` + 1), or when a
    short term is frequent (see below).

    A rare term's matches are few: the list is read from them, sorted. A
    frequent one's are not collected at all (see `search_clause`'s `drives`):
    the caller walks the list and counts (up to the cap; `matches_first`)
    instead, which gives the same answer. Without a search index, and for one-character terms on
    SQLite, there is none to read: finding that a term is rare reads every
    text, once.

    A short term's index lookup costs in proportion to how often it occurs
    (fts5vocab reads every occurrence of every trigram it lists; PostgreSQL's
    grams index reads the whole list of rows holding the gram), a walk in
    proportion to how rare it is; a look at the newest articles tells which
    (`_looks_frequent`). `grams` says whether PostgreSQL's grams index exists
    (None: ask the catalog).
    """
    if fts and len(term) == SHORT_TERM:
        if _looks_frequent(connection, term):
            return None
        return short_term_ids(connection, term, cap)
    if grams is None:
        grams = len(term) <= SHORT_TERM and grams_index_present(connection)
    if len(term) <= SHORT_TERM and grams:
        if _looks_frequent(connection, term):
            return None
        return gram_ids(connection, term, cap)
    query: Executable
    if fts and len(term) >= TRIGRAM:
        fts_table = table(FTS_TABLE, column("rowid"))
        found = select(fts_table.c.rowid).where(_fts_match(term))
        if fts_needs_check(term):
            found = found.join(Article, Article.id == fts_table.c.rowid).where(_holding(term))
        query = found.limit(cap + 1)
    else:
        query = select(Article.id).where(search_clause(term, fts=False)).limit(cap + 1)
    ids = list(connection.scalars(query).all())
    return ids if len(ids) <= cap else None


# A term in this share of the newest articles or more is walked for, not looked up.
_FREQUENT_SHARE = 0.1
_PROBED_ARTICLES = 300


def _looks_frequent(connection: Connection, term: str) -> bool:
    """Whether `term` is in a tenth or more of the newest articles (a read of 300 texts;
    SQLite's LIKE matches Latin letters in either case, as FTS5 does, PostgreSQL's
    ILIKE as the search does)."""
    like = "LIKE"
    if connection.dialect.name == "postgresql" and term.lower() != term.upper():
        like = "ILIKE"
    read, holding = connection.execute(
        text(
            f"SELECT count(*), count(*) FILTER (WHERE title {like} :pattern ESCAPE '\\' "
            f"OR text {like} :pattern ESCAPE '\\') "
            "FROM (SELECT title, text FROM articles ORDER BY id DESC LIMIT :probed) AS newest"
        ),
        {"pattern": _like_pattern(term), "probed": _PROBED_ARTICLES},
    ).one()
    return bool(read) and holding >= _FREQUENT_SHARE * read


def grams_index_present(connection: Connection) -> bool:
    """Whether this is PostgreSQL with the grams index of short terms."""
    if connection.dialect.name != "postgresql":
        return False
    found = connection.execute(text("SELECT to_regclass(:name)"), {"name": GRAMS_INDEX})
    return found.scalar() is not None


def holding_gram(term: str) -> ColumnElement[bool]:
    """Articles whose grams hold those of `term` (one or two characters): the rows
    PostgreSQL's grams index hands over, to be rechecked with LIKE/ILIKE.

    The key is the term as PostgreSQL's lower() writes it, as ILIKE compares.
    Should lower() lengthen it (İ under an ICU locale), its characters and
    pairs are asked for instead; every one of them is in a row holding it.
    """
    grams = getattr(func, GRAMS_FUNCTION)
    needle = bindparam("gram_term", term, type_=Text)
    lowered = func.lower(needle)
    key = case(
        (func.length(lowered) <= SHORT_TERM, array([lowered], type_=Text)),
        else_=grams(needle, "", type_=ARRAY(Text)),
    )
    return grams(Article.title, Article.text, type_=ARRAY(Text)).contains(key)


def gram_query(term: str, cap: int) -> Select[int]:
    """The ids of up to `cap` + 1 articles holding `term`, of one or two characters,
    off PostgreSQL's grams index (`holding_gram`), each rechecked with the
    search's own LIKE/ILIKE."""
    holding = and_(holding_gram(term), search_clause(term, fts=False))
    return select(Article.id).where(holding).limit(cap + 1)


def gram_ids(connection: Connection, term: str, cap: int) -> list[int] | None:
    """The ids of the articles holding `term`, read off PostgreSQL's grams index
    (`gram_query`); None when more than `cap` do."""
    ids = sorted(connection.scalars(gram_query(term, cap)))
    return ids if len(ids) <= cap else None


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
