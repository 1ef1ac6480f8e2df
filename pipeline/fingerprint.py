"""Content fingerprints: an exact hash and a SimHash that works on Chinese text.

Whitespace tokenisation is useless for Chinese, so the SimHash is computed over
overlapping character shingles of the text with all whitespace and punctuation
removed.  Two syndicated copies of one story differ in a few characters of
wrapper text at most; their SimHashes then differ in a few bits.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

SHINGLE = 4
BITS = 64
BANDS = 4  # Hamming distance <= BANDS - 1 guarantees one band matches exactly.
NEAR_DUPLICATE_DISTANCE = 3
_BAND_BITS = BITS // BANDS

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize_text(text: str) -> str:
    """NFKC, lower case, no whitespace or punctuation: the part of a text that is the story."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Fingerprint:
    """Exact digest plus the SimHash and its bands (for indexed near-duplicate lookup)."""

    digest: str
    simhash: int

    @property
    def bands(self) -> tuple[int, ...]:
        """The SimHash cut into BANDS integers of 16 bits each."""
        mask = (1 << _BAND_BITS) - 1
        return tuple((self.simhash >> (i * _BAND_BITS)) & mask for i in range(BANDS))

    @property
    def signed_simhash(self) -> int:
        """The SimHash as a signed 64-bit integer, the range SQL BIGINT columns hold."""
        return self.simhash - (1 << BITS) if self.simhash >= 1 << (BITS - 1) else self.simhash


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint the story in `text`."""
    norm = normalize_text(text)
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()
    return Fingerprint(digest=digest, simhash=simhash(norm))


def simhash(normalized: str) -> int:
    """64-bit SimHash over character shingles of an already normalized text."""
    if not normalized:
        return 0
    grams = {normalized[i : i + SHINGLE] for i in range(max(1, len(normalized) - SHINGLE + 1))}
    weights = [0] * BITS
    for gram in grams:
        value = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest())
        for bit in range(BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(BITS) if weights[bit] > 0)


def unsigned(value: int) -> int:
    """Inverse of `Fingerprint.signed_simhash`."""
    return value + (1 << BITS) if value < 0 else value


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two SimHashes."""
    return (unsigned(a) ^ unsigned(b)).bit_count()
