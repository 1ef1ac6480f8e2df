"""Exporting stored articles as JSON, JSON Lines, CSV or an Atom feed."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from newswatch.pipeline.sanitize import clean_text
from newswatch.pipeline.store.queue import QueueFilter
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.states import ANY_STATUS, QUEUE_STATUSES, ArticleStatus

FIELDS = (
    "id",
    "url",
    "source",
    "title",
    "published_at",
    "author",
    "editor",
    "text",
    "relevant",
    "score",
    "matched_terms",
    "status",
    "fetched_at",
    "origin",
    "tags",
    "aliases",
    "organizations",
)
FORMATS = ("json", "jsonl", "csv", "atom")
# Exported times are given in China's time zone, as the articles' sites show them.
EXPORT_ZONE = "Asia/Shanghai"
EXPORT_STATUSES = QUEUE_STATUSES

# Excel's limit on one cell; CSV text cells are cut to it (see spreadsheet_text).
EXCEL_CELL_LIMIT = 32_767
CUT_MARKER = "…［已截断：原文共 {total} 字，完整内容见 JSON 导出］"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

ATOM_NS = "http://www.w3.org/2005/Atom"
# A fixed feed id: Atom readers use it to recognise the feed across exports.
ATOM_FEED_ID = uuid.uuid5(uuid.NAMESPACE_URL, "newswatch:articles").urn
ATOM_SUMMARY_CHARS = 200
# Atom categories naming the organizations an entry names
ORGANIZATION_SCHEME = "newswatch:organization"
# XML 1.0 cannot carry these at all, not even escaped; scraped text may hold them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def export_filter(fmt: str, status: str | None, everything: bool = False) -> QueueFilter:
    """Which articles an export holds.

    `everything` means every stored article, relevant or not (with a status:
    every one with that status). Without a status, the Atom feed carries the
    approved articles (the ones meant to be passed on, whatever the filter
    said) and the other formats the queue of new ones.
    """
    if everything and status is None:
        return QueueFilter(status=ANY_STATUS, include_irrelevant=True)
    if status is None:
        status = ArticleStatus.APPROVED if fmt == "atom" else ArticleStatus.NEW
    if status not in EXPORT_STATUSES:
        raise ValueError(f"unknown status {status!r} (choose from {', '.join(EXPORT_STATUSES)})")
    return QueueFilter(status=status, include_irrelevant=everything)


def article_record(article: Article) -> dict[str, Any]:
    """The export shape of one article (see FIELDS).

    Text is cleaned of control and bidi characters here, for every format:
    rows stored before the sanitizer (pipeline.sanitize) may still hold them.
    """
    return _cleaned({
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published_at": _iso(article.published_at),
        "author": article.author,
        "editor": article.editor,
        "text": article.text,
        "relevant": article.relevant,
        "score": round(article.score, 3),
        "matched_terms": article.matched_terms,
        "status": article.status,
        "fetched_at": _iso(article.fetched_at),
        "origin": article.origin,
        "tags": list(article.tags or []),
        "aliases": [alias.url for alias in article.aliases],
        # the social organizations the article names (pipeline.organizations)
        "organizations": list(dict.fromkeys(m.organization.name for m in article.mentions)),
    })


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    return value


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.astimezone(ZoneInfo(EXPORT_ZONE)).isoformat()


def render(
    records: Iterable[dict[str, Any]], fmt: str, updated: datetime | None = None
) -> str:
    """Records as text in `fmt` (see `pieces`)."""
    return "".join(pieces(records, fmt, updated))


def write(
    records: Iterable[dict[str, Any]], fmt: str, out: TextIO, updated: datetime | None = None
) -> None:
    """Write records to `out` in `fmt`, one record at a time (see `pieces`)."""
    for piece in pieces(records, fmt, updated):
        out.write(piece)


def pieces(
    records: Iterable[dict[str, Any]], fmt: str, updated: datetime | None = None
) -> Iterator[str]:
    """The export of `records` in `fmt` as text pieces, one record at a time.

    An export of every stored article thus holds one batch of rows, not the
    database, in memory, whether it goes to a file or to a browser. CSV
    starts with a BOM so Excel reads it as UTF-8. The Atom feed is dated by
    its newest entry: `updated` is that date (ReviewQueue.newest) when the
    caller knows it; otherwise the records are all read first to find it.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "json":
        # Byte for byte what json.dumps(list, indent=2) gives, one record at a time.
        yield "["
        separator = "\n"
        for record in records:
            yield separator + textwrap.indent(_json(record, indent=2), "  ")
            separator = ",\n"
        yield "]\n" if separator == "\n" else "\n]\n"
    elif fmt == "jsonl":
        for record in records:
            yield _json(record) + "\n"
    elif fmt == "csv":
        yield from _csv_pieces(records)
    else:
        yield from atom_pieces(records, updated)


def _csv_pieces(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _json(record: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _cell(value: Any) -> Any:
    if isinstance(value, dict):
        value = "; ".join(f"{k}×{v}" for k, v in value.items())
    elif isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return spreadsheet_text(value) if isinstance(value, str) else value


def spreadsheet_text(text: str) -> str:
    """`text` made safe and whole for a spreadsheet cell.

    A cell starting with `=`, `+`, `-`, `@` (or their full-width forms), TAB
    or CR is a formula to Excel and LibreOffice (`=HYPERLINK(...)`,
    `+cmd|' /C calc'!A0`): it gets a leading `'`, which shows it as text.
    Excel holds at most 32,767 characters in a cell and breaks the row
    otherwise: longer text is cut, ending with a marker that says so.
    """
    text = clean_text(text)
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    if _utf16_length(text) > EXCEL_CELL_LIMIT:
        marker = CUT_MARKER.format(total=len(text))
        room = EXCEL_CELL_LIMIT - _utf16_length(marker)
        kept = text[:room]
        while _utf16_length(kept) > room:  # characters outside the BMP count twice
            kept = kept[: len(kept) - (_utf16_length(kept) - room)]
        text = kept + marker
    return text


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_INDENT = "\n  "  # before each child of <feed>, as ET.indent puts it


def atom_feed(records: Iterable[dict[str, Any]], updated: datetime | None = None) -> str:
    """An Atom 1.0 feed (RFC 4287) with one entry per record (see `atom_pieces`)."""
    return "".join(atom_pieces(records, updated))


def atom_pieces(
    records: Iterable[dict[str, Any]], updated: datetime | None = None
) -> Iterator[str]:
    """An Atom 1.0 feed (RFC 4287), an entry at a time.

    Entries are identified by the article URL (unique in the store), dated by
    publication (or by fetch time when the page gave no date) and carry their
    review status as a category. The feed is dated `updated` (the newest
    entry's date); without it, by the newest of `records`, which are then
    read whole first.
    """
    if updated is None:
        records = list(records)
        stamps = [_rfc3339(r["published_at"] or r["fetched_at"]) for r in records]
        stamp = max(stamps, key=datetime.fromisoformat, default=_now())
    else:
        stamp = updated.astimezone(ZoneInfo(EXPORT_ZONE)).isoformat(timespec="seconds")
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _child(feed, "id", ATOM_FEED_ID)
    _child(feed, "title", "newswatch")
    _child(feed, "updated", stamp)
    _child(ET.SubElement(feed, "author"), "name", "newswatch")
    _child(feed, "generator", "newswatch")
    # What ET.indent gives the whole feed: the head's children, each entry
    # indented one level, the closing tag. Written so, one entry at a time.
    ET.SubElement(feed, "entry")
    ET.indent(feed)
    head = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    yield head[: head.rindex("<entry")].removesuffix(_INDENT)
    for record in records:
        entry = _atom_entry(record)
        ET.indent(entry, level=1)
        yield _INDENT + ET.tostring(entry, encoding="unicode")
    yield "\n</feed>\n"


def _atom_entry(record: dict[str, Any]) -> ET.Element:
    entry = ET.Element("entry")
    _child(entry, "id", record["url"])
    _child(entry, "title", record["title"])
    ET.SubElement(entry, "link", rel="alternate", href=_xml_text(record["url"]))
    _child(entry, "updated", _rfc3339(record["published_at"] or record["fetched_at"]))
    if record["published_at"]:
        _child(entry, "published", _rfc3339(record["published_at"]))
    if record["author"]:
        _child(ET.SubElement(entry, "author"), "name", record["author"])
    ET.SubElement(entry, "category", term=record["status"])
    for name in record.get("organizations") or ():
        ET.SubElement(
            entry, "category", term=_xml_text(name), scheme=ORGANIZATION_SCHEME, label="组织"
        )
    summary = " ".join((record["text"] or "").split())
    if len(summary) > ATOM_SUMMARY_CHARS:
        summary = summary[:ATOM_SUMMARY_CHARS] + "…"
    _child(entry, "summary", summary)
    return entry


def _child(parent: ET.Element, tag: str, value: str) -> ET.Element:
    # ElementTree escapes &, < and > itself; characters XML cannot hold are dropped.
    child = ET.SubElement(parent, tag)
    child.text = _xml_text(value)
    return child


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _rfc3339(iso: str) -> str:
    return datetime.fromisoformat(iso).isoformat(timespec="seconds")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
