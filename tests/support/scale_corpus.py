"""Synthetic stored articles by the thousand, and near-duplicate copies of some of them.

For the near-duplicate recall test and benchmarks/scale.py: texts are drawn
from a Zipf-distributed vocabulary of Chinese words, so that, as in real news,
some shingles are in thousands of articles. The bulk load inserts the very
rows `ArticleRepository.save` would (`article_values`, `anchor_values`),
without its per-article duplicate checks.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import (
    NEAR_DUPLICATE_SIMILARITY,
    Fingerprint,
    fingerprint,
    similarity,
)
from newswatch.pipeline.store.articles import Judgement, anchor_values, article_values
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Article, ContentAnchor
from sqlalchemy import func, insert, select

# Common CJK characters (the first block of the Unified Ideographs is mostly rare ones).
_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处理府研质信志组织苏州民政慈善志愿服务社区街道"
)
WORDS = 6000
LEGACY_ANCHORS = 8  # anchors per article before revision 0003
START = datetime(2018, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    """One synthetic article, ready for the store."""

    url: str
    article: ExtractedArticle
    judgement: Judgement


class Corpus:
    """A deterministic stream of synthetic stories and edited copies of them."""

    def __init__(self, seed: int = 20) -> None:
        self._random = random.Random(seed)
        rnd = random.Random(seed + 1)
        self._words = [
            "".join(rnd.choice(_CHARS) for _ in range(rnd.choice((2, 2, 2, 3, 4))))
            for _ in range(WORDS)
        ]
        self._cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(WORDS)))

    def common_word(self, length: int) -> str:
        """The most frequent word of `length` characters (a term found in many texts)."""
        return next(word for word in self._words if len(word) == length)

    def sentence(self) -> str:
        """One sentence of 8-20 words."""
        count = self._random.randint(8, 20)
        words = self._random.choices(self._words, cum_weights=self._cumulative, k=count)
        return "".join(words) + "。"

    def text(self, sentences: int = 12) -> str:
        """A body of `sentences` sentences (about 400 characters for 12)."""
        return "".join(self.sentence() for _ in range(sentences))

    def story(self, number: int, text: str | None = None) -> Story:
        """Story `number`: its URL, text, date and verdict follow from the number."""
        body = text if text is not None else self.text()
        relevant = number % 3 == 0
        published = START + timedelta(minutes=37 * number)
        article = ExtractedArticle(
            url=None,
            title=f"第{number}号 " + body[:18],
            text=body,
            published_at=None if number % 50 == 7 else published,
            source="新华报业网",
            strategy="synthetic",
        )
        judgement = Judgement(
            score=1.5 if relevant else 0.0,
            relevant=relevant,
            matched_terms={"社会组织": 1} if relevant else {},
            topics={},
        )
        return Story(f"https://www.xhby.net/content/s{number:024x}.html", article, judgement)

    def edited(self, text: str, share: float) -> str:
        """`text` with about `share` of its sentences rewritten and a credit line added."""
        sentences = [s + "。" for s in text.split("。") if s]
        for index in range(len(sentences)):
            if self._random.random() < share:
                sentences[index] = self.sentence()
        return "".join(sentences) + "（记者 李洁）"

    def shares(self) -> Iterator[float]:
        """Edit shares from none to well past the near-duplicate threshold."""
        while True:
            yield self._random.choice((0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3))


def bulk_store(
    db: Database, corpus: Corpus, count: int, *, first: int = 0, chunk: int = 2000
) -> dict[int, Fingerprint]:
    """Store `count` new stories numbered from `first`; returns their fingerprints by id."""
    stored: dict[int, Fingerprint] = {}
    fetched = datetime.now(UTC)
    with db.session() as session:
        next_id = (session.scalar(select(func.max(Article.id))) or 0) + 1
    for start in range(first, first + count, chunk):
        rows, anchors = [], []
        for number in range(start, min(first + count, start + chunk)):
            story = corpus.story(number)
            fp = fingerprint(story.article.text)
            rows.append(
                {"id": next_id}
                | article_values(story.url, "bench", story.article, story.judgement, fp, fetched)
            )
            anchors += anchor_values(next_id, fp)
            stored[next_id] = fp
            next_id += 1
        with db.session() as session:
            session.execute(insert(Article), rows)
            session.execute(insert(ContentAnchor), anchors)
    return stored


class SingleAnchorIndex:
    """The near-duplicate lookup before revision 0003, in memory, to compare recall with.

    Every stored article sharing any ONE of its eight smallest hashes (the
    anchors of that time) is a candidate; the most similar one at or above
    the threshold is the twin.
    """

    def __init__(self, stored: dict[int, Fingerprint]) -> None:
        self._stored: dict[int, Fingerprint] = {}
        self._by_anchor: dict[int, set[int]] = {}
        for article_id, fp in stored.items():
            self.add(article_id, fp)

    def add(self, article_id: int, fp: Fingerprint) -> None:
        """Index one more stored article."""
        self._stored[article_id] = fp
        for anchor in fp.sketch[:LEGACY_ANCHORS]:
            self._by_anchor.setdefault(anchor, set()).add(article_id)

    def twin(self, fp: Fingerprint) -> tuple[int | None, float]:
        """The stored article `fp` is a near-duplicate of, and how alike (None, 0.0: none)."""
        anchors = fp.sketch[:LEGACY_ANCHORS]
        candidates = set().union(*(self._by_anchor.get(h, set()) for h in anchors))
        best: tuple[int | None, float] = (None, 0.0)
        for candidate in sorted(candidates):
            likeness = similarity(self._stored[candidate].sketch, fp.sketch)
            if likeness >= NEAR_DUPLICATE_SIMILARITY and likeness > best[1]:
                best = (candidate, likeness)
        return best
