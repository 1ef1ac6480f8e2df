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
    ANCHORS,
    SHINGLE,
    SKETCH_SIZE,
    anchor_keys,
    fingerprint,
    normalize_text,
    pack_sketch,
    sketch,
    unpack_sketch,
)

from tests.texts import OTHER_STORY, STORY

MIXED = "Ｓｕｚｈｏｕ 苏州市慈善总会 ABC-def_2024，“公益”！\n\t😀 é"

# text: (digest, sketch length, sha1 of the packed sketch, sha1 of the packed anchor keys)
PINNED = {
    STORY: (
        "45daa35ba86230d431da3b70a93c9e77b9b10df6",
        64,
        "1e238a59c009d663fd017b47a3dee8f30212a9f3",
        "fd4c6f8f6ec3bf82115250061e4859aadf2847f2",
    ),
    OTHER_STORY: (
        "bdae8095e496d5bf1b0635caafe7841d1dbe4fa7",
        64,
        "1253cd54f1d675d2a213939ccb1c068a07ab3fe4",
        "6f913065d5854ba65594b435a3e40b882dd6af5f",
    ),
    MIXED: (
        "17eef04dbc6dbee1f68d74d9ea053a2795c6d945",
        23,
        "5d5c4ec6cb5a4adcac73d0bdd37669dcfb7883af",
        "d1281c585e8652d16a7d5bad54b557f82abf3be8",
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
    assert short.anchor_keys == (7599306114142777735,)  # its three anchors, one triple
    tiny = fingerprint("慈善")  # shorter than a shingle: the whole text is the one shingle
    assert tiny.sketch == (1729674981559723103,)
    assert tiny.anchor_keys == (8192055369182650621,)
    empty = fingerprint("。，！")  # nothing but punctuation
    assert empty.sketch == empty.anchor_keys == ()
    assert empty.digest == "da39a3ee5e6b4b0d3255bfef95601890afd80709"


def _reference_sketch(normalized: str) -> tuple[int, ...]:
    # The definition: blake2b-64 of each distinct shingle's UTF-8, top bit cleared, k smallest.
    if not normalized:
        return ()
    grams = {normalized[i : i + SHINGLE] for i in range(max(1, len(normalized) - SHINGLE + 1))}
    hashes = (
        int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest()) & (2**63 - 1)
        for g in grams
    )
    return tuple(heapq.nsmallest(SKETCH_SIZE, hashes))


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
    anchors = sketch(normalized)[:ANCHORS]
    assert fingerprint(text).anchor_keys == anchor_keys(anchors)
