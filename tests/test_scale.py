"""The store at scale: near-duplicate recall of the anchor lookup (anchor triples), the 0003
migration of a populated database, full-text search, the queue index, streamed exports."""

from __future__ import annotations

import heapq
import json
import math
import random
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from newswatch.pipeline.fingerprint import (
    BAND,
    BINS,
    NEAR_DUPLICATE_SIMILARITY,
    SKETCH_SIZE,
    Fingerprint,
    band_keys,
    fingerprint,
    may_be_near_duplicate,
    similarity,
    unpack_sketch,
)
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import (
    Database,
    DatabaseError,
    alembic_config,
    create_db_engine,
    head_revision,
    open_database,
    upgrade,
)
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.pipeline.store.schema import Alias, Article, ContentAnchor, Review
from newswatch.pipeline.store.search import (
    apply_search_index,
    search_index_present,
    trigram_problem,
)
from sqlalchemy import Connection, func, inspect, select, text
from sqlalchemy.exc import SAWarning

from tests.support.legacy import store_at_0002
from tests.support.scale_corpus import Corpus, SingleAnchorIndex, bulk_store
from tests.texts import OTHER_STORY, STORY

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
RELEVANT = Judgement(score=9.0, relevant=True, matched_terms={"社会组织": 3}, topics={})


@pytest.fixture
def db(any_db_url: str) -> Database:
    database = open_database(any_db_url)
    yield database
    database.dispose()


@pytest.mark.slow
def test_anchor_triples_find_the_same_near_duplicates_as_single_anchors(tmp_path) -> None:
    # 4k stored keeps the suite fast (fingerprinting the fill is most of its time);
    # benchmarks/scale.py compares at 20k and 100k.
    db = open_database(f"sqlite:///{tmp_path / 'big.db'}")
    corpus = Corpus(seed=7)
    stored = bulk_store(db, corpus, 4_000)
    ids = list(stored)
    before = SingleAnchorIndex(stored)
    repo = ArticleRepository(db)
    shares = corpus.shares()
    found = missed = 0
    for copy in range(300):
        with db.session() as session:
            original = session.get_one(Article, ids[(copy * 7919) % len(ids)]).text
        story = corpus.story(100_000 + copy, corpus.edited(original, next(shares)))
        fp = fingerprint(story.article.text)
        expected_id, expected_likeness = before.twin(fp)
        result = repo.save(story.url, "copies", story.article, story.judgement, fp, NOW)
        if expected_id is None:
            assert result.status == "stored", f"copy {copy}: no twin before, one now"
            before.add(result.article_id, fp)
            missed += 1
        else:
            assert result.status == "duplicate", f"copy {copy}: twin {expected_id} lost"
            # Equally similar twins may be picked in either order.
            assert result.similarity == expected_likeness
            found += 1
    # Copies on both sides of the threshold: the comparison is not vacuous either way.
    assert found > 100 and missed > 100
    db.dispose()


# 300 hashes, ten in each bin: bin i's minimum is the one of 1000..1029 that is i mod BINS.
HASHES = list(range(1000, 1300))


def _without_minima(bins: list[int]) -> list[int]:
    """HASHES without the minimum of each of `bins` (their next value becomes it)."""
    return [h for h in HASHES if not (h < 1000 + BINS and h % BINS in bins)]


def test_band_keys_are_shared_exactly_where_a_band_agrees() -> None:
    keys = band_keys(HASHES)
    assert len(set(keys)) == BINS // BAND
    # Values above the minima change nothing; a new minimum changes its band's key only.
    assert band_keys(HASHES[: BINS * 2]) == keys
    changed = band_keys(_without_minima([7]))
    assert [a == b for a, b in zip(keys, changed, strict=True)] == [
        band != 7 // BAND for band in range(BINS // BAND)
    ]
    assert len(set(fingerprint(STORY).anchor_keys)) == BINS // BAND
    assert not set(fingerprint(OTHER_STORY).anchor_keys) & set(fingerprint(STORY).anchor_keys)


def _reference_similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    # The estimator as first written: the k smallest of the union, how many in both.
    if not a or not b:
        return 1.0 if a == b else 0.0
    k = min(SKETCH_SIZE, len(set(a) | set(b)))
    both = set(a) & set(b)
    return sum(1 for h in heapq.nsmallest(k, set(a) | set(b)) if h in both) / k


@st.composite
def sketch_pairs(draw: st.DrawFn) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Two bottom-k sketches of overlapping sets, from identical to disjoint."""
    # Sizes drawn, hashes from a seeded generator: drawing 100 63-bit integers
    # per example would make this test slow.
    common, own_a, own_b = (draw(st.integers(0, n)) for n in (90, 20, 20))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    hashes = list({rnd.getrandbits(63) for _ in range(common + own_a + own_b)})
    shared = set(hashes[:common])
    a = shared | set(hashes[common : common + own_a])
    b = shared | set(hashes[common + own_a :])
    return tuple(sorted(a)[:SKETCH_SIZE]), tuple(sorted(b)[:SKETCH_SIZE])


@settings(max_examples=150, deadline=None)
@given(sketch_pairs())
def test_prefilter_never_rejects_what_similarity_accepts(pair) -> None:
    a, b = pair
    likeness = similarity(a, b)
    assert likeness == _reference_similarity(a, b)
    if likeness >= NEAR_DUPLICATE_SIMILARITY:
        assert may_be_near_duplicate(frozenset(a), b)


def test_prefilter_rejects_sketches_sharing_too_few_hashes() -> None:
    a = tuple(range(0, 128, 2))  # 64 hashes
    b = a[:51] + tuple(range(1001, 1014))  # 51 shared: under 0.8 of 64 whatever the order
    assert not may_be_near_duplicate(frozenset(a), b)
    assert may_be_near_duplicate(frozenset(a), a[:52] + tuple(range(1001, 1013)))
    assert similarity(a, a[:52] + tuple(range(1001, 1013))) == 52 / 64
    # Exactly at the threshold, with unions too small for a whole sketch.
    for size in (5, 35):
        short = tuple(range(size))
        cut = short[: size * 4 // 5]
        assert similarity(short, cut) == NEAR_DUPLICATE_SIMILARITY
        assert may_be_near_duplicate(frozenset(short), cut)


def test_short_texts_have_keys_shared_with_their_twins() -> None:
    # Fewer hashes than bins: the empty bins borrow the next filled one's minimum.
    for short, twin in (
        ("苏州慈善总会", "苏州慈善总会好"),  # 3 and 4 shingles
        ("苏州市慈善总会社会组织", "苏州市慈善总会社会组织们"),  # 8 and 9
    ):
        keys, twin_keys = fingerprint(short).anchor_keys, fingerprint(twin).anchor_keys
        assert len(set(keys)) == len(set(twin_keys)) == BINS // BAND
        assert set(keys) & set(twin_keys)
    assert set(fingerprint("苏州慈善").anchor_keys) != set(fingerprint("慈善").anchor_keys)


@pytest.mark.parametrize("shared_bands", [1, 0])
def test_only_articles_sharing_a_band_key_are_compared(db: Database, shared_bands: int) -> None:
    # Hash sets made by hand: the stored one is alike enough to the new one,
    # but another minimum in every band but `shared_bands` of them makes its
    # keys differ there; sharing no key is a case the lookup gives up (see
    # fingerprint), sharing one is a candidate.
    changed = [band * BAND for band in range(shared_bands, BINS // BAND)]
    stored_hashes = _without_minima(changed)
    new = Fingerprint("b" * 40, tuple(HASHES[:SKETCH_SIZE]), band_keys(HASHES))
    stored = Fingerprint("a" * 40, tuple(stored_hashes[:SKETCH_SIZE]), band_keys(stored_hashes))
    assert len(set(new.anchor_keys) & set(stored.anchor_keys)) == shared_bands
    assert similarity(new.sketch, stored.sketch) >= NEAR_DUPLICATE_SIMILARITY
    repo = ArticleRepository(db)
    first = repo.save("http://a.cn/1.html", "a", _article("旧"), RELEVANT, stored, NOW)
    result = repo.save("http://b.cn/1.html", "b", _article("新"), RELEVANT, new, NOW)
    if shared_bands:
        assert (result.status, result.article_id) == ("duplicate", first.article_id)
    else:
        assert result.status == "stored"


def test_upgrade_from_0002_keeps_the_data_and_adds_the_indexes(any_db_url: str) -> None:
    store_at_0002(any_db_url)
    with pytest.raises(DatabaseError, match="revision 0002"):
        open_database(any_db_url)  # upgrading is an explicit step
    engine = create_db_engine(any_db_url)
    assert upgrade(engine, any_db_url) == ("0002", head_revision())
    engine.dispose()
    db = open_database(any_db_url, create=False)
    with db.session() as s:
        sketches = dict(s.execute(select(Article.id, Article.sketch)).all())
        assert unpack_sketch(sketches[1]) == fingerprint(STORY).sketch
        assert unpack_sketch(sketches[2]) == fingerprint(OTHER_STORY).sketch
        keys = set(s.scalars(select(ContentAnchor.hash).where(ContentAnchor.article_id == 1)))
        assert keys == set(fingerprint(STORY).anchor_keys)
        # The column swap must not have cascaded to the rows pointing at articles.
        assert s.scalar(select(func.count()).select_from(Alias)) == 1
        assert s.scalar(select(func.count()).select_from(Review)) == 1
    with warnings.catch_warnings():
        # SQLite's reflection skips, with a warning, the expression indexes that
        # migration 0008 adds; only the names of the others are read here.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        indexes = {ix["name"] for ix in inspect(db.engine).get_indexes("articles")}
    assert "ix_articles_queue" in indexes and "ix_articles_relevant_status" not in indexes
    # Old articles are searchable and still catch their near-duplicates.
    queue = ReviewQueue(db)
    found = queue.articles(QueueFilter(status="all", include_irrelevant=True, search=STORY[10:16]))
    assert [a.id for a in found] == [1]
    repo = ArticleRepository(db)
    edited = STORY.replace("。", "。", 1) + "（记者 李洁）"
    result = repo.save(
        "http://c.cn/1.html", "c", _article(edited), RELEVANT, fingerprint(edited), NOW
    )
    assert (result.status, result.article_id) == ("duplicate", 1)
    db.dispose()


def test_downgrade_to_0002_restores_json_sketches(any_db_url: str) -> None:
    store_at_0002(any_db_url)
    engine = create_db_engine(any_db_url)
    cfg = alembic_config(any_db_url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0003")
        command.downgrade(cfg, "0002")
    with engine.connect() as connection:
        raw = connection.execute(text("SELECT sketch FROM articles WHERE id = 1")).scalar()
        anchors = set(
            connection.execute(
                text("SELECT hash FROM content_anchors WHERE article_id = 1")
            ).scalars()
        )
    sketch = json.loads(raw) if isinstance(raw, str) else raw
    assert tuple(sketch) == fingerprint(STORY).sketch
    assert anchors == set(fingerprint(STORY).sketch[:8])  # 0003's eight single anchors
    engine.dispose()


def _article(body: str, title: str = "标题"):
    from newswatch.pipeline.article import ExtractedArticle

    return ExtractedArticle(url=None, title=title, text=body, source="新华报业网")


def _searched(db: Database, term: str) -> list[int]:
    flt = QueueFilter(status="all", include_irrelevant=True, search=term)
    return sorted(a.id for a in ReviewQueue(db).articles(flt, limit=None))


def test_search_finds_substrings_of_any_length_and_stays_current(db: Database) -> None:
    repo = ArticleRepository(db)

    def store(number: int, title: str, body: str) -> int:
        url = f"http://a.cn/{number}.html"
        fp = fingerprint(body)
        return repo.save(url, "a", _article(body, title), RELEVANT, fp, NOW).article_id

    first = store(1, "吴江区社会组织年检", "今年共有三百家单位参加年度检查，结果将在官网公布。")
    second = store(2, "公益创投", '公益创投100%完成，项目_编号"A1"由慈善总会发布，共资助十个项目。')
    assert _searched(db, "社会组织") == [first]  # in the title, through the trigram index
    assert _searched(db, "吴江") == [first]  # two characters: LIKE
    assert _searched(db, "慈善总会") == [second]
    assert _searched(db, "100%完成") == [second]
    assert _searched(db, "0%") == [second]
    assert _searched(db, "%") == [second]  # a literal percent sign, not "everything"
    assert _searched(db, "项目_编号") == [second]
    assert _searched(db, "目_") == [second]
    assert _searched(db, '"A1"由') == [second]  # quotes are text, not FTS syntax
    assert _searched(db, "a1") == [second]  # case does not matter for Latin letters
    assert _searched(db, "OR") == []
    assert _searched(db, "根本没有的词") == []
    # A later article is searchable at once: the database keeps the index current.
    third = store(3, "孵化基地", "新成立的社会组织孵化基地今天揭牌，首批入驻二十家机构。")
    assert _searched(db, "孵化基地") == [third]
    assert _searched(db, "社会组织") == [first, third]


def test_queue_page_is_read_off_its_index(tmp_path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'q.db'}")
    bulk_store(db, Corpus(seed=3), 300)
    queue = ReviewQueue(db)
    statement = (
        queue._ordered(QueueFilter()).limit(50).offset(100)  # the query list() runs
    )
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as connection:
        plan = " | ".join(
            row[-1] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
        )
    assert "ix_articles_queue" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    # ...and the order is the queue's: newest first, undated last.
    listed = queue.articles(QueueFilter(), limit=None)
    dates = [a.published_at for a in listed]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True) and dates[len(dated) :] == [None] * (
        len(dates) - len(dated)
    )
    assert len(dated) < len(dates)
    db.dispose()


def test_export_stream_holds_every_article_with_its_aliases(db: Database) -> None:
    stored = bulk_store(db, Corpus(seed=5), 23)
    repo = ArticleRepository(db)
    some = next(iter(stored))
    with db.session() as s:
        body = s.get_one(Article, some).text
    repo.save("http://copy.cn/1.html", "c", _article(body), RELEVANT, fingerprint(body), NOW)
    queue = ReviewQueue(db)
    everything = QueueFilter(status="all", include_irrelevant=True)
    streamed = list(queue.stream(everything, batch=4))
    listed = queue.articles(everything, limit=None)
    assert [a.id for a in streamed] == [a.id for a in listed] and len(streamed) == 23
    aliases = {a.id: [al.url for al in a.aliases] for a in streamed}
    assert aliases[some] == ["http://copy.cn/1.html"]
    assert head_revision()  # the schema under test is the bundled head


def test_search_index_is_a_config_choice(db: Database) -> None:
    repo = ArticleRepository(db)
    body = "苏州市慈善总会发布年度报告，社会组织参与公益项目超过两百个。"
    repo.save("http://a.cn/1.html", "a", _article(body), RELEVANT, fingerprint(body), NOW)
    with db.engine.begin() as connection:
        assert apply_search_index(connection, True) == "kept"  # built by the migration
        assert apply_search_index(connection, False) == "dropped"
        assert not search_index_present(connection)
    assert _searched(db, "慈善总会") == [1]  # a scan now, same answer
    body2 = "新成立的社区基金会今天揭牌。"
    repo.save("http://a.cn/2.html", "a", _article(body2), RELEVANT, fingerprint(body2), NOW)
    with db.engine.begin() as connection:
        assert apply_search_index(connection, True) == "built"
        assert apply_search_index(connection, True) == "kept"
    # Rebuilt from every stored article, including those written while it was off.
    assert _searched(db, "社区基金会") == [2]
    assert _searched(db, "慈善总会") == [1]


def test_trigram_index_serves_chinese_on_the_test_cluster(db: Database) -> None:
    # The cluster runs with LC_CTYPE C.UTF-8, as a production one should (see README).
    with db.engine.begin() as connection:
        assert trigram_problem(connection) is None
        assert apply_search_index(connection, True) == "kept"


def _automerge(connection: Connection) -> int:
    settings = dict(connection.exec_driver_sql("SELECT k, v FROM articles_fts_config").all())
    return int(settings["automerge"])


def test_revision_0010_sets_and_restores_the_fts_automerge(tmp_path: Path) -> None:
    """An index built before 0010 (FTS5's default, 4) merges eight segments at a time after it."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0009")
        connection.exec_driver_sql(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 4)"
        )
        command.upgrade(cfg, "0010")
        assert _automerge(connection) == 8
        command.downgrade(cfg, "0009")
        assert _automerge(connection) == 4
    engine.dispose()


def _keys(connection: Connection, article_id: int) -> set[int]:
    query = text("SELECT hash FROM content_anchors WHERE article_id = :id")
    return set(connection.execute(query, {"id": article_id}).scalars())


def _store(url: str, bodies: tuple[str, ...]) -> None:
    """Articles 1, 2, ... with `bodies`, stored at the head revision."""
    db = open_database(url)
    repo = ArticleRepository(db)
    for number, body in enumerate(bodies, start=1):
        repo.save(
            f"http://a.cn/{number}.html", "a", _article(body), RELEVANT, fingerprint(body), NOW
        )
    db.dispose()


def _assert_edited_story_is_a_duplicate(url: str) -> None:
    """An edited copy of STORY (article 1) is found as its near-duplicate."""
    db = open_database(url)
    edited = STORY.replace("。", "。", 1) + "（记者 李洁）"
    result = ArticleRepository(db).save(
        "http://c.cn/1.html", "c", _article(edited), RELEVANT, fingerprint(edited), NOW
    )
    assert (result.status, result.article_id) == ("duplicate", 1)
    db.dispose()


def test_revision_0011_rekeys_stored_articles_by_anchor_triples(any_db_url: str) -> None:
    """Articles stored under the pair keys find their twins after 0011, and back."""
    _store(any_db_url, (STORY, OTHER_STORY, "苏州慈善总会"))
    engine = create_db_engine(any_db_url)
    cfg = alembic_config(any_db_url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0010")
        pairs = _keys(connection, 1)
        assert len(pairs) == 28 and not pairs & set(fingerprint(STORY).anchor_keys)
        command.upgrade(cfg, "head")
        for number, body in enumerate((STORY, OTHER_STORY, "苏州慈善总会"), start=1):
            assert _keys(connection, number) == set(fingerprint(body).anchor_keys)
    engine.dispose()
    _assert_edited_story_is_a_duplicate(any_db_url)


def _fts_definition(connection: Connection) -> str:
    query = text("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
    return str(connection.execute(query).scalar())


def test_revision_0012_drops_and_restores_the_fts_positions(tmp_path: Path) -> None:
    """Stored articles are found through the rebuilt index after 0012; before it,
    the index has its positions back for the phrase queries of that code."""
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(url)
    repo = ArticleRepository(db)
    for number, body in enumerate((STORY, OTHER_STORY), start=1):
        repo.save(
            f"http://a.cn/{number}.html", "a", _article(body), RELEVANT, fingerprint(body), NOW
        )
    db.dispose()
    engine = create_db_engine(url)
    cfg = alembic_config(url)
    phrase = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q")
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0011")
        assert "detail" not in _fts_definition(connection)
        quoted = '"' + STORY[10:16] + '"'
        assert list(connection.execute(phrase, {"q": quoted}).scalars()) == [1]
        assert _automerge(connection) == 8
        command.upgrade(cfg, "head")
        assert "detail=none" in _fts_definition(connection)
        assert _automerge(connection) == 8
    engine.dispose()
    db = open_database(url)
    assert _searched(db, STORY[10:16]) == [1]
    assert _searched(db, OTHER_STORY[5:9]) == [2]
    third = "新成立的社会组织孵化基地今天揭牌，首批入驻二十家机构。"
    repo = ArticleRepository(db)
    repo.save("http://a.cn/3.html", "a", _article(third), RELEVANT, fingerprint(third), NOW)
    assert _searched(db, "孵化基地") == [3]
    db.dispose()


def test_revision_0013_rekeys_stored_articles_by_band_keys(any_db_url: str) -> None:
    """Articles stored under the anchor triples find their twins after 0013, and back."""
    bodies = (STORY, OTHER_STORY, "苏州慈善总会", "慈善")
    _store(any_db_url, bodies)
    engine = create_db_engine(any_db_url)
    cfg = alembic_config(any_db_url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0012")
        # Every triple of the 11 smallest hashes within one of three value classes.
        anchors = sorted(fingerprint(STORY).sketch[:11])
        classes = [[a for a in anchors if a % 3 == c] for c in range(3)]
        triples = _keys(connection, 1)
        assert len(triples) == sum(math.comb(len(c), 3) for c in classes)
        assert not triples & set(fingerprint(STORY).anchor_keys)
        assert len(_keys(connection, 3)) == 1  # three hashes: one triple
        command.upgrade(cfg, "head")
        for number, body in enumerate(bodies, start=1):
            assert _keys(connection, number) == set(fingerprint(body).anchor_keys)
    engine.dispose()
    _assert_edited_story_is_a_duplicate(any_db_url)
