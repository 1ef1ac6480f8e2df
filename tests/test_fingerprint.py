"""Fingerprint values are stored in every database: they must never change.

A stored article's digest, sketch and anchor keys are compared with those of
every new page; a fingerprint computed differently (a faster hash loop, a new
normalisation) would silently stop finding the duplicates of everything
stored before it. The values of a few fixed texts are pinned here, and the
sketch is checked against the plain one-hash-per-shingle definition.
"""

from __future__ import annotations

import hashlib
import heapq

from hypothesis import given, settings
from hypothesis import strategies as st
from newswatch.pipeline.fingerprint import (
    BAND,
    BINS,
    SHINGLE,
    SKETCH_SIZE,
    fingerprint,
    normalize_text,
    pack_sketch,
    sketch,
    unpack_sketch,
)

from tests.texts import OTHER_STORY, STORY

MIXED = "Ｓｕｚｈｏｕ 苏州市慈善总会 ABC-def_2024，“公益”！\n\t😀 é"

# text: (digest, sketch length, sha1 of the packed sketch, sha1 of the packed band keys;
# the band keys replaced the anchor triples in revision 0013)
PINNED = {
    STORY: (
        "45daa35ba86230d431da3b70a93c9e77b9b10df6",
        64,
        "1e238a59c009d663fd017b47a3dee8f30212a9f3",
        "9d2f81bf07a97e916a71db328b6444319cd79717",
    ),
    OTHER_STORY: (
        "bdae8095e496d5bf1b0635caafe7841d1dbe4fa7",
        64,
        "1253cd54f1d675d2a213939ccb1c068a07ab3fe4",
        "19e2b5237faa19192a5984f084299e10dd097fc0",
    ),
    MIXED: (
        "17eef04dbc6dbee1f68d74d9ea053a2795c6d945",
        23,
        "5d5c4ec6cb5a4adcac73d0bdd37669dcfb7883af",
        "5e0473a3c2a4335c58809a423417481d9eef3c69",
    ),
}


def _sha1(values: tuple[int, ...]) -> str:
    return hashlib.sha1(pack_sketch(values)).hexdigest()


def test_fingerprints_of_fixed_texts_never_change() -> None:
    for text, (digest, length, sketch_sha1, keys_sha1) in PINNED.items():
        fp = fingerprint(text)
        assert (fp.digest, len(fp.sketch), _sha1(fp.sketch), _sha1(fp.anchor_keys)) == (
            digest,
            length,
            sketch_sha1,
            keys_sha1,
        )
    assert fingerprint(STORY).sketch[:3] == (
        30014258396560940,
        40005610794763610,
        55498690246660785,
    )


def test_short_texts_keep_their_exact_values() -> None:
    short = fingerprint("苏州慈善总会")
    assert short.sketch == (3083230088889186859, 4188044120074112474, 8095068691241282270)
    # Three hashes in thirty bins: the empty bins borrow, every band has its key.
    assert short.anchor_keys[:2] == (6734158509427955955, 6165292081268689915)
    assert len(set(short.anchor_keys)) == BINS // BAND
    tiny = fingerprint("慈善")  # shorter than a shingle: the whole text is the one shingle
    assert tiny.sketch == (1729674981559723103,)
    assert tiny.anchor_keys[:2] == (6127551145883741298, 5824637789262584049)
    empty = fingerprint("。，！")  # nothing but punctuation
    assert empty.sketch == empty.anchor_keys == ()
    assert empty.digest == "da39a3ee5e6b4b0d3255bfef95601890afd80709"


def _reference_hashes(normalized: str) -> list[int]:
    # The definition: blake2b-64 of each distinct shingle's UTF-8, top bit cleared.
    if not normalized:
        return []
    grams = {normalized[i : i + SHINGLE] for i in range(max(1, len(normalized) - SHINGLE + 1))}
    return [_blake2b_63(g.encode("utf-8")) for g in grams]


def _blake2b_63(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest()) & (2**63 - 1)


def _reference_sketch(normalized: str) -> tuple[int, ...]:
    # The k smallest shingle hashes.
    return tuple(heapq.nsmallest(SKETCH_SIZE, _reference_hashes(normalized)))


def _reference_keys(normalized: str) -> tuple[int, ...]:
    # One permutation hashing as defined: bin i's minimum is the smallest hash h
    # with h % BINS == i; an empty bin is (the next filled bin's minimum, how far
    # on it is); a key hashes a band's number and its BAND (minimum, distance) pairs.
    hashes = _reference_hashes(normalized)
    if not hashes:
        return ()
    minima = [min((h for h in hashes if h % BINS == i), default=None) for i in range(BINS)]
    bins = []
    for i in range(BINS):
        step = next(s for s in range(BINS) if minima[(i + s) % BINS] is not None)
        bins.append((minima[(i + step) % BINS], step))
    keys = []
    for band in range(BINS // BAND):
        packed = bytes([band]) + b"".join(
            value.to_bytes(8, "big") + bytes([step])
            for value, step in bins[band * BAND : (band + 1) * BAND]
        )
        keys.append(_blake2b_63(packed))
    return tuple(keys)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("苏州市慈善总会社会组织公益，。 aé😀1"), max_size=300))
def test_sketch_is_the_k_smallest_shingle_hashes(text: str) -> None:
    normalized = normalize_text(text)
    assert sketch(normalized) == _reference_sketch(normalized)
    assert unpack_sketch(pack_sketch(sketch(normalized))) == sketch(normalized)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=2000))
def test_sketch_of_any_text_is_the_definition(text: str) -> None:
    normalized = normalize_text(text)
    assert sketch(normalized) == _reference_sketch(normalized)
    assert fingerprint(text).anchor_keys == _reference_keys(normalized)
