"""Turning the bytes of a page into text: binary sniffing and charset detection."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    # UTF-32 LE starts with the UTF-16 LE mark: test it first.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Every GB label decodes as GB18030, the superset that also covers the
# characters GBK pages carry outside GB2312; likewise Big5 as Big5-HKSCS.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "utf-8": "utf-8",
}
# GB labels browsers accept (WHATWG Encoding Standard) that Python's codecs do not know.
_GB_ALIASES = frozenset(
    {"chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58", "gbk"}
)
# Labels servers send by default rather than by knowledge (Tomcat's ISO-8859-1,
# normalized to cp1252 as browsers do): they decode almost any byte, so they
# are tried only after everything else fails.
_WEAK = frozenset({"cp1252"})
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_SCAN_BYTES = 4096
_TOLERATED_ERRORS = 0.001  # a page with one broken byte in a thousand still keeps its charset

# Signatures long enough never to begin a text page.  Formats with short or no
# signatures (executables, BMP, MP3) are caught by their control bytes instead.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.02
# C0 control bytes other than tab, line feed, form feed, carriage return and escape.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32)])


def binary_reason(body: bytes) -> str | None:
    """Why `body` is not a text document (an image, an archive, NUL-heavy data), or None."""
    head = body[:_SNIFF_BYTES]
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "binary content (WebP image), not an HTML page"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary content ({kind}), not an HTML page"
    if _bom_encoding(head) is not None and _bom_encoding(head) != "utf-8":
        return None  # UTF-16/32 text is full of NULs by design
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > _MAX_CONTROL_SHARE:
        nuls = head.count(0)
        what = "NUL bytes" if nuls * 2 >= controls else "control bytes"
        return f"binary content ({controls} {what} in the first {len(head)} bytes), not text"
    return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page: (text, name of the encoding used).

    Order: a byte-order mark; the charset of the Content-Type header; the
    charset of a <meta> tag; strict trial decoding as UTF-8 then GB18030; a
    declared charset that fits all but a few bytes; charset_normalizer.  A
    declared charset that does not decode the bytes strictly is a lie and is
    passed over (GBK pages labelled UTF-8 are common), and so is a non-UTF-8
    label on bytes that are valid multi-byte UTF-8 (GBK text is practically
    never valid UTF-8 by chance).  GBK/GB2312 decode as GB18030.
    """
    bom = _bom_encoding(body)
    if bom is not None:
        mark_length = next(len(mark) for mark, name in _BOMS if name == bom)
        return body[mark_length:].decode(bom, errors="replace"), bom
    declared = _declared_encodings(body, content_type)
    is_utf8 = _strict(body, "utf-8") is not None
    is_ascii = body.isascii()
    for name in declared:
        if name in _WEAK or (name != "utf-8" and is_utf8 and not is_ascii):
            continue
        text = _strict(body, name)
        if text is not None:
            return text, name
    for name in ("utf-8", "gb18030"):
        text = _strict(body, name)
        if text is not None:
            return text, name
    return _decode_leniently(body, declared)


def _bom_encoding(body: bytes) -> str | None:
    for mark, name in _BOMS:
        if body.startswith(mark):
            return name
    return None


def _declared_encodings(body: bytes, content_type: str | None) -> list[str]:
    """Charsets the header and the <meta> tags claim, best first, normalized, known only."""
    labels: list[str] = []
    if content_type:
        labels += _HEADER_CHARSET.findall(content_type)
    labels += [
        raw.decode("ascii", "ignore") for raw in _META_CHARSET.findall(body[:_META_SCAN_BYTES])
    ]
    names: list[str] = []
    for label in labels:
        name = normalize_encoding(label)
        # A page whose <meta> could be read as ASCII is not UTF-16/32 (browsers agree).
        if name is None or name.startswith(("utf-16", "utf-32")) or name in names:
            continue
        names.append(name)
    return names


def normalize_encoding(label: str) -> str | None:
    """Python's codec name for a charset label (GB labels -> gb18030), None if unknown."""
    cleaned = label.strip().strip("\"'").lower().removeprefix("x-")
    if cleaned in _GB_ALIASES:
        return "gb18030"
    try:
        name = codecs.lookup(cleaned).name
    except (LookupError, ValueError):
        return None
    name = _SUPERSETS.get(name, name)
    return "cp1252" if name in {"iso8859-1", "latin-1", "ascii"} else name


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_leniently(body: bytes, declared: list[str]) -> tuple[str, str]:
    """No charset decodes every byte: the best near-fit, else charset_normalizer's guess."""
    allowed = max(1, int(len(body) * _TOLERATED_ERRORS))
    for name in [*declared, "utf-8", "gb18030"]:
        text = body.decode(name, errors="replace")
        if text.count("\ufffd") <= allowed:
            return text, name
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        name = normalize_encoding(best.encoding) or best.encoding
        return body.decode(name, errors="replace"), name
    return body.decode("utf-8", errors="replace"), "utf-8"
