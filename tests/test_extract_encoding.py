"""decode_html: charset detection from bytes, headers and <meta>, lying labels included."""

from __future__ import annotations

import codecs

import pytest
from newswatch.pipeline.extract import decode_html
from newswatch.pipeline.extract.encoding import binary_reason, normalize_encoding

# 镕 is in GBK but not GB2312; 㐀 only in GB18030 (a four-byte sequence).
PAGE = (
    "<html><head><title>朱镕基㐀</title></head>"
    "<body><p>苏州市社会组织党委举办第二届“红社发布”活动。</p></body></html>"
)
GB = PAGE.encode("gb18030")


def _with_meta(charset: str, encoding: str) -> bytes:
    return PAGE.replace("<head>", f'<head><meta charset="{charset}">').encode(encoding)


def test_utf8_page_without_any_label() -> None:
    assert decode_html(PAGE.encode("utf-8")) == (PAGE, "utf-8")


def test_gbk_page_without_any_label_is_found_by_trial_decoding() -> None:
    assert decode_html(GB) == (PAGE, "gb18030")


@pytest.mark.parametrize("label", ["gbk", "GB2312", "gb_2312-80", "x-gbk", "GB18030", "cp936"])
def test_every_gb_label_decodes_as_gb18030(label: str) -> None:
    assert decode_html(GB, f"text/html; charset={label}") == (PAGE, "gb18030")


def test_gb2312_label_still_decodes_characters_outside_gb2312() -> None:
    text, encoding = decode_html(GB, "text/html;charset=gb2312")
    assert "朱镕基㐀" in text
    assert encoding == "gb18030"


def test_gbk_bytes_behind_a_utf8_header_are_decoded_as_gb18030() -> None:
    assert decode_html(GB, "text/html; charset=UTF-8") == (PAGE, "gb18030")


def test_gbk_bytes_behind_a_utf8_meta_tag_are_decoded_as_gb18030() -> None:
    text, encoding = decode_html(_with_meta("utf-8", "gb18030"))
    assert encoding == "gb18030"
    assert "苏州市社会组织党委" in text


def test_utf8_bytes_behind_a_gbk_label_are_decoded_as_utf8() -> None:
    body = _with_meta("gbk", "utf-8")
    text, encoding = decode_html(body, "text/html; charset=gbk")
    assert encoding == "utf-8"
    assert "苏州市社会组织党委" in text


def test_default_latin1_header_does_not_hide_a_gbk_page() -> None:
    assert decode_html(GB, "text/html; charset=ISO-8859-1") == (PAGE, "gb18030")


def test_header_charset_wins_over_meta_when_both_decode() -> None:
    body = b'<html><head><meta charset="utf-8"><title>ascii only</title></head></html>'
    assert decode_html(body, "text/html; charset=gbk")[1] == "gb18030"
    assert decode_html(body)[1] == "utf-8"


def test_meta_http_equiv_charset_is_read() -> None:
    body = PAGE.replace(
        "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    ).encode("gb18030")
    assert decode_html(body)[1] == "gb18030"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_mark_wins(bom: bytes, encoding: str) -> None:
    body = bom + PAGE.encode(encoding)
    assert decode_html(body, "text/html; charset=gbk") == (PAGE, encoding)


def test_one_broken_byte_keeps_the_declared_charset() -> None:
    body = GB + b"\x81"  # a lead byte cut off at the end of the download
    text, encoding = decode_html(body, "text/html; charset=gbk")
    assert encoding == "gb18030"
    assert text.startswith(PAGE)


def test_undecodable_bytes_fall_back_to_charset_normalizer() -> None:
    french = "<p>" + "Café crème à la façon de grand-mère, très célèbre. " * 20 + "</p>"
    text, encoding = decode_html(french.encode("cp1252"))
    assert codecs.lookup(encoding)  # a real codec name
    assert text.startswith("<p>Caf")
    assert "\ufffd" not in text


def test_labels_are_normalized() -> None:
    assert normalize_encoding("UTF8") == "utf-8"
    assert normalize_encoding(" 'GBK' ") == "gb18030"
    assert normalize_encoding("big5") == "big5hkscs"
    assert normalize_encoding("iso-8859-1") == "cp1252"
    assert normalize_encoding("no-such-charset") is None


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04" + bytes(32), "ZIP archive"),
        (b"\x1f\x8b\x08\x00" + bytes(32), "gzip data"),
    ],
)
def test_binary_formats_are_recognized(body: bytes, kind: str) -> None:
    assert binary_reason(body) == f"binary content ({kind}), not an HTML page"


def test_nul_heavy_data_is_binary_but_utf16_text_is_not() -> None:
    assert "NUL bytes" in (binary_reason(b"<html>" + bytes(200) + b"</html>") or "")
    assert binary_reason(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")) is None
    assert binary_reason(GB) is None
