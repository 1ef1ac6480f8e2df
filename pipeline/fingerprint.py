"""Content fingerprints: an exact digest and a MinHash sketch that works on Chinese text.

Whitespace tokenisation is useless for Chinese, so the sketch is built from
overlapping character shingles of the text with whitespace and punctuation
removed. It is a bottom-k MinHash (one hash function, the k smallest values):
the Jaccard similarity of two shingle sets is estimated from the sketches
alone, and the few smallest values serve as anchors, since two near-identical
texts almost surely share their smallest hashes. The database indexes every
PAIR of anchors (`anchor_keys`, 28 keys per article), and a stored article
is compared only when it shares at least THREE of the eight anchors with the
new one (three keys: `shared_keys_needed`), counted in the index itself.
One anchor alone is often a common shingle ("社会组织") shared by thousands
of stored articles, and so is a pair of two common ones: on a Zipf vocabulary
"shares two anchors" takes ~0.6% of all stored articles as candidates, a
cost that grows with the database, while three is ~0.01%. Near-duplicates
share more: at the threshold (0.8) a twin shares fewer than three anchors
with probability ~3e-4 (hypergeometric: 12 of the union's 64 smallest
hashes are not shared; ~1e-5 for fewer than two), above it far less: of
2,685 edited copies at or above the threshold on the benchmark's corpus,
none shared fewer than four. Candidates are then read with their sketches
only, a set intersection rejects those that cannot reach the threshold
(`may_be_near_duplicate`), and `similarity` decides. The rows read and the
chance candidates still grow with the store, slowly: on the scale corpus
about 775 anchor-pair rows and 19 chance candidates per lookup at 100k
stored (README, "Years of articles"). (A 64-bit SimHash was tried
first: on 500-character articles, a 9-character credit line moved it by 7
bits, beyond any safe threshold.)
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass
from functools import cached_property

SHINGLE = 4
SKETCH_SIZE = 64
ANCHORS = 8
# Anchors a stored article must share with a new one to be compared with it.
SHARED_ANCHORS = 3
NEAR_DUPLICATE_SIMILARITY = 0.8
_HASH_MASK = (1 << 63) - 1  # fits a signed SQL BIGINT

# Copied per key: a fresh blake2b(digest_size=8) costs a fifth more (keyword parsing).
_BLAKE2B_64 = hashlib.blake2b(digest_size=8)
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize_text(text: str) -> str:
    """NFKC, lower case, no whitespace or punctuation: the part of a text that is the story."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Fingerprint:
    """Exact digest of the normalized text plus its bottom-k MinHash sketch (ascending)."""

    digest: str
    sketch: tuple[int, ...]

    @property
    def anchors(self) -> tuple[int, ...]:
        """The smallest hashes: looked up in the database to find candidate twins."""
        return self.sketch[:ANCHORS]

    @cached_property
    def anchor_keys(self) -> tuple[int, ...]:
        """One key per pair of anchors: articles sharing a key share at least two anchors."""
        # Cached: a save reads them twice (the lookup, the index rows), 28 hashes each time.
        return anchor_keys(self.anchors)


def anchor_keys(anchors: tuple[int, ...]) -> tuple[int, ...]:
    """63-bit keys of every pair of `anchors` (a single anchor is its own key)."""
    if len(anchors) == 1:
        return anchors
    ordered = sorted(set(anchors))
    return _hashes(
        [struct.pack(">qq", a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]
    )


def _hashes(keys: list[bytes]) -> tuple[int, ...]:
    """The 63-bit blake2b-64 hash of each of `keys` (its big-endian digest, top bit cleared).

    The digests are joined and converted by one struct.unpack: an
    int.from_bytes call per key cost as much as the hashing itself.
    """
    digests: list[bytes] = []
    new, add = _BLAKE2B_64.copy, digests.append
    for key in keys:
        hasher = new()
        hasher.update(key)
        add(hasher.digest())
    return tuple(
        [value & _HASH_MASK for value in struct.unpack(f">{len(keys)}Q", b"".join(digests))]
    )


def shared_keys_needed(anchor_count: int) -> int:
    """Anchor keys a stored article must share with a sketch of `anchor_count` anchors.

    Sharing s anchors means sharing the s·(s-1)/2 keys of their pairs, so
    SHARED_ANCHORS (3) shared anchors are 3 shared keys. A sketch with fewer
    anchors (a text of a few characters) needs its one key: its twins can only
    be texts as short, which have no more anchors to share.
    """
    needed = min(SHARED_ANCHORS, anchor_count)
    return max(1, needed * (needed - 1) // 2)


def pack_sketch(values: tuple[int, ...]) -> bytes:
    """A sketch as 8 bytes per hash (a third of its JSON size), for the database."""
    return struct.pack(f">{len(values)}q", *values)


def unpack_sketch(packed: bytes) -> tuple[int, ...]:
    """The sketch `pack_sketch` packed."""
    return struct.unpack(f">{len(packed) // 8}q", packed)


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint the story in `text`."""
    norm = normalize_text(text)
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()
    return Fingerprint(digest=digest, sketch=sketch(norm))


def sketch(normalized: str) -> tuple[int, ...]:
    """The SKETCH_SIZE smallest 63-bit hashes of the text's character shingles."""
    if not normalized:
        return ()
    grams = {normalized[i : i + SHINGLE] for i in range(max(1, len(normalized) - SHINGLE + 1))}
    # sorted() of ~800 ints runs in C: faster than heapq.nsmallest's Python loop.
    return tuple(sorted(_hashes(list(map(str.encode, grams))))[:SKETCH_SIZE])  # UTF-8


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches.

    The share of the k smallest hashes of the union that both sketches hold
    (k = SKETCH_SIZE, or the whole union when it is smaller).
    """
    if not a or not b:
        return 1.0 if a == b else 0.0
    both = set(a)
    union = both.union(b)
    both.intersection_update(b)
    k = min(SKETCH_SIZE, len(union))
    # sorted() of ~100 ints runs in C: a fifth of the cost of heapq.nsmallest.
    return len(both.intersection(sorted(union)[:k])) / k


def may_be_near_duplicate(
    a: frozenset[int] | set[int], b: tuple[int, ...], threshold: float = NEAR_DUPLICATE_SIMILARITY
) -> bool:
    """False only when `similarity(a, b) < threshold` for sure: a cheap test before it.

    `a` is one sketch as a set. similarity() counts, among the k smallest
    hashes of the union, those in both sketches: at most |a ∩ b| of them, with
    k = min(SKETCH_SIZE, |a ∪ b|). So a pair sharing fewer than threshold·k
    hashes cannot reach the threshold, and one set intersection tells.
    """
    if not a or not b:
        return True  # similarity() decides these edge cases itself
    shared = len(a.intersection(b))
    k = min(SKETCH_SIZE, len(a) + len(set(b)) - shared)
    # shared / k, not shared >= threshold * k: the very division similarity()
    # makes (0.8 * 35 is 28.000000000000004, 28 / 35 is 0.8).
    return shared / k >= threshold
