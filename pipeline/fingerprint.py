"""Content fingerprints: an exact digest and a MinHash sketch that works on Chinese text.

Whitespace tokenisation is useless for Chinese, so the sketch is built from
overlapping character shingles of the text with whitespace and punctuation
removed. It is a bottom-k MinHash (one hash function, the k smallest values):
the Jaccard similarity of two shingle sets is estimated from the sketches
alone.

The database finds candidate twins by keys (`band_keys`), ten an article.
The text's shingle hashes are split into thirty bins by value (hash mod 30)
and each bin keeps its smallest hash: thirty min-hashes from the one hash
function ("one permutation hashing"). Two texts hold the same minimum in a
bin with probability about their Jaccard similarity J, independently enough
from bin to bin, so a key of three consecutive bins' minima (a band) is
shared with probability about J**3, and two texts share none of the ten
bands with probability about (1 - J**3)**10: 8e-4 at J = 0.80, 7e-5 at
0.85. Simulated (20,000 pairs of 800-shingle sets each): 6.5e-4 at 0.80,
none at 0.85 and 0.9, where the earlier keys (every triple of anchors within
one of three value classes, ~18 an article, revision 0011) missed 1.2e-3 and
2e-4; none of 2,615 edited copies of the scale corpus's texts at 0.8 or more
shared no key under either. The sketch's own estimate at 0.80 is +-0.05, so
such a pair is reported a twin about half the time anyway. Keys of three
minima are rarely shared by chance (a common shingle is the minimum of its
bin in many texts, three of them at once are not): on the scale corpus a
lookup at 100,000 stored reads 0.44 index rows against 2.55 for the anchor
triples (mean of 1,000 new texts). And a save writes ten index rows
instead of ~18, each on a leaf of its own in a large index: most of what a
save costs more in a large store (see store.schema.ContentAnchor). A short
text leaves bins empty (one in thirty on average at 100 characters, most of
them under 30); an empty bin borrows the minimum of the next filled bin and
the distance to it ("densified" one permutation hashing), so that a short
text has ten keys too and its twins, as short, share them. Candidates are
read with their sketches only, a set intersection rejects those that cannot
reach the threshold (`may_be_near_duplicate`), and `similarity` decides. (A
64-bit SimHash was tried first: on 500-character articles, a 9-character
credit line moved it by 7 bits, beyond any safe threshold.)
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass

SHINGLE = 4
SKETCH_SIZE = 64
# One permutation hashing (module docstring): bins of the hash values, and the
# bins' minima taken this many at a time into a key.
BINS = 30
BAND = 3
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
    """Exact digest of the normalized text, its bottom-k MinHash sketch (ascending)
    and its near-duplicate index keys (`band_keys`)."""

    digest: str
    sketch: tuple[int, ...]
    anchor_keys: tuple[int, ...] = ()


def band_keys(ordered: list[int] | tuple[int, ...]) -> tuple[int, ...]:
    """63-bit keys of the BINS // BAND bands of one permutation hashing, of the
    distinct shingle hashes `ordered` (ascending); none for no hashes.

    Bin i holds the hashes h with h % BINS == i; its minimum is the first such
    hash in `ordered`. An empty bin takes the minimum of the next filled bin
    (wrapping around) with the distance to it, so that two texts agree on it
    exactly when they agree on that bin and on which bins are empty between.
    """
    if not ordered:
        return ()
    minima: list[int | None] = [None] * BINS
    missing = BINS
    for value in ordered:
        slot = value % BINS
        if minima[slot] is None:
            minima[slot] = value
            missing -= 1
            if not missing:
                break
    filled: list[tuple[int, int]] = []
    for slot in range(BINS):
        step = 0
        while (found := minima[(slot + step) % BINS]) is None:
            step += 1
        filled.append((found, step))
    packed = ">B" + "qB" * BAND
    return _hashes(
        [
            struct.pack(
                packed, band, *(v for pair in filled[band * BAND : (band + 1) * BAND] for v in pair)
            )
            for band in range(BINS // BAND)
        ]
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
    ordered = _ordered_hashes(norm)
    return Fingerprint(
        digest=digest, sketch=tuple(ordered[:SKETCH_SIZE]), anchor_keys=band_keys(ordered)
    )


def sketch(normalized: str) -> tuple[int, ...]:
    """The SKETCH_SIZE smallest 63-bit hashes of the text's character shingles."""
    return tuple(_ordered_hashes(normalized)[:SKETCH_SIZE])


def _ordered_hashes(normalized: str) -> list[int]:
    """The 63-bit hashes of the text's distinct character shingles, ascending."""
    if not normalized:
        return []
    grams = {normalized[i : i + SHINGLE] for i in range(max(1, len(normalized) - SHINGLE + 1))}
    # sorted() of ~800 ints runs in C: faster than heapq.nsmallest's Python loop.
    return sorted(_hashes(list(map(str.encode, grams))))  # UTF-8


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
