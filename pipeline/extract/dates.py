"""Publication times: parsing Chinese date strings, URL dates, and choosing between them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from newswatch.pipeline.extract.builtin_rules import UrlDateRule

SHANGHAI = ZoneInfo("Asia/Shanghai")

# A date with an optional time, as Chinese pages write them: 2022/06/28 18:05,
# 2022-06-28 18:05:31, 2022年06月28日 18:05, 2019年06月15日08:18, 2022.06.28,
# 2024-03-01, "2024 02/27 16:05:12" (year, day and time in separate elements),
# "2024年06月28日 星期五 17:30" (the weekday before the time), "2024-08-06-20:15:00"
# (gov.cn's firstpublishedtime meta tag: a hyphen between the day and the time).
# config/boilerplate.yaml embeds it as {date}; it has no groups of its own.
# The day may run straight into the time when they sit in adjacent elements ("2716:05").
_DAY_END = r"(?:(?!\d)|(?=\d{1,2}[:：]\d{2}))"
# "2024年06月28日 星期五 17:30": a weekday between the day and the time.
# "2024年4月11日 下午3:47": a 12-hour clock after the half of the day.
_HALF_DAY = r"(?:上午|下午|中午|晚上|傍晚|凌晨|早上)"
# "2025年11月18日 星期二 上午7点35分": the hour may be written 点 as well as 时.
_WEEKDAY = r"(?:\s*(?:星期|周)[一二三四五六日天](?=\s*" + _HALF_DAY + r"?\s*\d{1,2}\s*[:：时点]))?"
_AFTERNOON = ("下午", "晚上", "傍晚")
DATE_PATTERN = (
    r"(?<!\d)\d{4}(?:\s*[-/.年]\s*|\s+)\d{1,2}\s*[-/.月]\s*\d{1,2}"
    + _DAY_END
    + r"\s*日?"
    + _WEEKDAY
    + rf"(?:\s*[T-]?\s*{_HALF_DAY}?\s*\d{{1,2}}\s*[:：时点]\s*\d{{1,2}}"
    + r"(?:\s*[:：分]\s*\d{1,2})?\s*[秒分]?)?"
)
# A signing organ's line above a 落款 date: a name ending like an office's, no punctuation.
SIGNING_ORGAN = re.compile(r"[\w（）()·、 ]{2,40}[局厅部委会院府室办处所站心司组队团社馆校道镇乡]")
_DATE_PARTS = re.compile(
    r"(?<!\d)(?P<y>\d{4})(?:\s*[-/.年]\s*|\s+)(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
    + _DAY_END
    + r"\s*日?"
    + _WEEKDAY
    + rf"(?:\s*[T-]?\s*(?P<half>{_HALF_DAY})?\s*(?P<H>\d{{1,2}})"
    + r"\s*[:：时点]\s*(?P<M>\d{1,2})(?!\d)"
    # "2:05 PM" (联合早报): the half of the day after the clock
    + r"(?:[:：]\d{2})?(?:\s*(?P<ampm>[AaPp])\.?[Mm](?![A-Za-z])\.?)?)?"
)
# The Republic of China calendar (Taiwan): 中華民國113年6月15日, or 發布日期：113-06-15
# right after a label (year 113 is 2024).
_ROC = re.compile(
    r"(?:中華民國|中华民国|民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|(?<=[:：])\s*(?P<ly>\d{2,3})[-/.](?P<lm>\d{1,2})[-/.](?P<ld>\d{1,2})(?![\d/.-])"
)
_ROC_OFFSET = 1911
# Month first, as Drupal and other Western site builders write it:
# "周六, 04/13/2024 - 11:20" (a day above 12 in front means day first).
_MONTH_FIRST = re.compile(
    r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])"
    r"(?:\s*-?\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?!\d))?"
)
# WordPress's "F jS, Y" in a Chinese locale (the old default theme): 十一月 6th, 2009,
# with the comments' "at 12:02 下午".
_MONTH_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<m>十[一二]?|[一二三四五六七八九])月\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"\s*,\s*(?P<y>\d{4})(?:\s*(?:at\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})\s*(?P<half>上午|下午)?)?"
)
# A date with Chinese numerals, as 公文 write it (二〇二四年五月六日) or mixed (2024年五月6日).
_CN_DAY = r"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_SPELLED = re.compile(
    r"(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])"
    rf"\s*月\s*(?P<d>\d{{1,2}}|{_CN_DAY})\s*日"
)
_CN_DIGITS = {char: n for n, char in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
# English month names: "May 6th, 2024", "Nov. 6, 2009 at 12:02 pm".
_ENGLISH = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?:,?\s*(?:at\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})"
    r"\s*(?P<ap>[AaPp]\.?[Mm]\.?)?)?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_WITH_ZONE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$"
)
# Pages never predate the web nor come from the far future: anything else is a misread number.
_PLAUSIBLE_YEARS = range(1995, 2100)


@dataclass(frozen=True)
class PublishedTime:
    """A publication time in Asia/Shanghai, to the minute; `has_time` is False for a bare date.

    `origin` says where it was read, for warnings ("the info line", "the URL"…).
    """

    value: datetime
    has_time: bool
    origin: str = "the page"


def parse_published(text: str) -> PublishedTime | None:
    """The first date (with its time, if any) written in `text`, or None."""
    text = text.strip()
    if _ISO_WITH_ZONE.match(text):
        return _from_iso(text)
    match = _DATE_PARTS.search(text)
    if match is None:
        roc = _ROC.search(text)
        return (
            _month_first(text)
            or (_roc(roc) if roc else None)
            or next((found for _, found in _spelled_dates(text)), None)
        )
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    has_time = match["H"] is not None
    hour, minute = (int(match["H"]), int(match["M"])) if has_time else (0, 0)
    if (
        has_time
        and hour < 12
        and (
            match["half"] in _AFTERNOON
            or (match["half"] == "中午" and hour < 11)
            or (match["ampm"] or "").lower() == "p"
        )
    ):
        hour += 12
    if has_time and hour == 12 and (match["ampm"] or "").lower() == "a":
        hour = 0  # 12:30 AM is half past midnight
    return _checked(year, month, day, hour, minute, has_time)


def _checked(
    year: int, month: int, day: int, hour: int, minute: int, has_time: bool
) -> PublishedTime | None:
    """The time these numbers name, or None when they name none (a misread number)."""
    if year not in _PLAUSIBLE_YEARS:
        return None
    try:
        value = datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)
    except ValueError:
        return None
    return PublishedTime(value, has_time)


def find_dates(text: str) -> list[tuple[int, PublishedTime]]:
    """Every valid date (with its time, if any) written in `text`, with where it starts."""
    found = []
    for match in _DATE_PARTS.finditer(text):
        parsed = parse_published(match.group())
        if parsed is not None:
            found.append((match.start(), parsed))
    if not found:
        for match in _MONTH_FIRST.finditer(text):
            parsed = _month_first(match.group())
            if parsed is not None:
                found.append((match.start(), parsed))
    if not found:
        for match in _ROC.finditer(text):
            parsed = _roc(match)
            if parsed is not None:
                found.append((match.start(), parsed))
    return found or _spelled_dates(text)


def _spelled_dates(text: str) -> list[tuple[int, PublishedTime]]:
    """Dates with their month spelled out, with where each starts, in the text's order:
    十一月 6th, 2009 (WordPress in Chinese), May 6th, 2024, 二〇二四年五月六日 (公文)."""
    found: list[tuple[int, PublishedTime | None]] = []
    for match in _MONTH_NAME.finditer(text):
        hour, minute, has_time = _clock(match["H"], match["M"], match["half"] == "下午")
        day = (int(match["y"]), _cn_number(match["m"]), int(match["d"]))
        found.append((match.start(), _checked(*day, hour, minute, has_time)))
    for match in _ENGLISH.finditer(text):
        afternoon = (match["ap"] or "").lower().startswith("p")
        hour, minute, has_time = _clock(match["H"], match["M"], afternoon)
        day = (int(match["y"]), _MONTHS.index(match["mon"]) + 1, int(match["d"]))
        found.append((match.start(), _checked(*day, hour, minute, has_time)))
    for match in _SPELLED.finditer(text):
        if match["m"].isdigit() and match["d"].isdigit() and match["y"].isdigit():
            continue  # all figures: _DATE_PARTS reads it
        year = "".join(str(_CN_DIGITS.get(char, char)) for char in match["y"])
        day = (int(year), _cn_number(match["m"]), _cn_number(match["d"]))
        found.append((match.start(), _checked(*day, 0, 0, False)))
    return sorted((start, time) for start, time in found if time is not None)


def _clock(hour: str | None, minute: str | None, afternoon: bool) -> tuple[int, int, bool]:
    """An optional clock's hour and minute (afternoon hours made 24-hour), and whether
    there is one."""
    if hour is None or minute is None:
        return 0, 0, False
    value = int(hour)
    return (value + 12 if afternoon and value < 12 else value), int(minute), True


def _cn_number(text: str) -> int:
    """1–31 in figures or Chinese numerals (五, 十一, 二十三, 三十)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _roc(match: re.Match[str]) -> PublishedTime | None:
    year, month, day = (match[k] or match[f"l{k}"] for k in ("y", "m", "d"))
    return _checked(int(year) + _ROC_OFFSET, int(month), int(day), 0, 0, False)


def _month_first(text: str) -> PublishedTime | None:
    """A "04/13/2024 - 11:20" date (or "13/04/2024" when the first number cannot be a month)."""
    match = _MONTH_FIRST.search(text)
    if match is None:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    month, day = (second, first) if first > 12 else (first, second)
    has_time = match["H"] is not None
    hour, minute = (int(match["H"]), int(match["M"])) if has_time else (0, 0)
    return _checked(year, month, day, hour, minute, has_time)


def _from_iso(text: str) -> PublishedTime | None:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.year not in _PLAUSIBLE_YEARS:
        return None
    return PublishedTime(_to_minute(value.astimezone(SHANGHAI)), True)


def from_day(day: date) -> PublishedTime:
    """A date without a time: midnight in Asia/Shanghai."""
    return PublishedTime(datetime(day.year, day.month, day.day, tzinfo=SHANGHAI), False)


def date_from_url(url: str | None, rules: Sequence[UrlDateRule]) -> PublishedTime | None:
    """The publication time the URL encodes (TRS tYYYYMMDD_, ObjectId paths), or None."""
    if not url:
        return None
    for rule in rules:
        match = rule.pattern.search(url)
        if match is None:
            continue
        found = _decode_url_value(match["value"], rule.format)
        if found is not None:
            return found
    return None


def _decode_url_value(value: str, fmt: str) -> PublishedTime | None:
    if fmt == "yyyymmdd":
        try:
            # separators as paths write them: 2024-10/09 (e-papers), 2024/1009
            day = datetime.strptime(re.sub(r"[-/]", "", value), "%Y%m%d").date()
        except ValueError:
            return None
        return replace(from_day(day), origin="the URL") if day.year in _PLAUSIBLE_YEARS else None
    # An ObjectId starts with the big-endian Unix time of its creation.
    stamp = datetime.fromtimestamp(int(value[:8], 16), tz=UTC).astimezone(SHANGHAI)
    if stamp.year not in _PLAUSIBLE_YEARS:
        return None
    return PublishedTime(_to_minute(stamp), True, "the URL")


def _to_minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Reconciled:
    """The publication time chosen, and why the page's own was overruled (if it was)."""

    value: datetime | None
    warning: str | None = None
    has_time: bool = False


def reconcile(page: PublishedTime | None, url: PublishedTime | None) -> Reconciled:
    """The page's time, unless the URL's date disagrees with it by more than a day.

    URLs are minted by the CMS when an article is created and cannot be edited
    afterwards, while on-page dates are typed by hand (and sometimes show the
    day of a later update), so a clear disagreement is settled for the URL.
    """
    if page is None:
        return Reconciled(url.value, has_time=url.has_time) if url else Reconciled(None)
    if url is None or not _disagree(page, url):
        return Reconciled(page.value, has_time=page.has_time)
    shown = url.value.strftime("%Y-%m-%d %H:%M" if url.has_time else "%Y-%m-%d")
    warning = (
        f"{page.origin} dates the article {page.value:%Y-%m-%d %H:%M} but {url.origin} "
        f"says {shown}; using the URL's date"
    )
    return Reconciled(url.value, warning, url.has_time)


def _disagree(page: PublishedTime, url: PublishedTime) -> bool:
    if page.has_time and url.has_time:
        return abs(page.value - url.value) > timedelta(days=1)
    return abs((page.value.date() - url.value.date()).days) > 1
