"""Who wrote an article: reporter credits, bylines and the trailing (姓名) credit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newswatch.pipeline.extract.builtin_rules import NAME_PATTERN, Credits

_NAME = re.compile(NAME_PATTERN)
_NAME_SEPARATORS = re.compile(r"[\s、,，/:：|]+")


@dataclass(frozen=True)
class CreditedBody:
    """Body paragraphs with credit-only lines and the trailing credit removed, and the names."""

    paragraphs: list[str]
    names: list[str]


def take_credits(paragraphs: Sequence[str], credits: Credits, lede_paragraphs: int) -> CreditedBody:
    """Collect writer names and remove the text that only carried them.

    Reporter credits in the lede stay in the text (they are part of the
    dateline); byline-only lines and the credit closing the last paragraph
    are removed.
    """
    names = reporter_names(paragraphs[:lede_paragraphs], credits)
    kept: list[str] = []
    for paragraph in paragraphs:
        byline = byline_names(paragraph, credits)
        if byline:
            names += byline
        else:
            kept.append(paragraph)
    kept, trailing = split_trailing_credit(kept, credits)
    return CreditedBody(kept, _unique(names + trailing))


def byline_near_headline(lines: Sequence[str], credits: Credits) -> list[str]:
    """The names of a byline-only line between the headline and the text ("苏州日报记者 沈家宁").

    Such a line sits above the body, where header cleaning removes it before
    take_credits sees the paragraphs.
    """
    for line in lines:
        names = byline_names(line, credits)
        if names:
            return names
    return []


def reporter_names(paragraphs: Sequence[str], credits: Credits) -> list[str]:
    """Names in parenthesised reporter credits: 新华报业网讯（记者 张三 李四）."""
    found: list[str] = []
    for paragraph in paragraphs:
        for pattern in credits.reporter:
            for match in pattern.finditer(paragraph):
                found += names_in(_from_first_role(match["names"], credits), credits) or []
    return found


def byline_names(line: str, credits: Credits) -> list[str] | None:
    """Names if `line` is nothing but a credit (文/张三, 记者 王五 通讯员 赵六), else None."""
    for pattern in credits.byline:
        match = pattern.fullmatch(line)
        if match:
            names = names_in(match["names"], credits)
            if names:
                return names
    return None


def split_trailing_credit(
    paragraphs: Sequence[str], credits: Credits
) -> tuple[list[str], list[str]]:
    """Cut a "(邹玉芬)" credit off the end of the last paragraph: (paragraphs, names)."""
    kept = list(paragraphs)
    if not kept:
        return kept, []
    alone = credits.alone.fullmatch(kept[-1])
    if alone:
        names = names_in(alone["names"], credits)
        if names:
            return kept[:-1], names
    trailing = credits.trailing.search(kept[-1])
    if trailing:
        names = names_in(trailing["names"], credits)
        if names:
            kept[-1] = kept[-1][: trailing.start()].rstrip()
            return kept, names
    return kept, []


def names_in(text: str, credits: Credits) -> list[str] | None:
    """The personal names a credit lists, or None if any part of it is not a name."""
    names: list[str] = []
    for token in _NAME_SEPARATORS.split(text):
        name = _without_role(token, credits.role_words)
        if not name:
            continue
        if (
            not _NAME.fullmatch(name)
            or name in credits.not_names
            or name[0] in credits.not_name_starts
        ):
            return None
        names.append(name)
    return names or None


def _without_role(token: str, roles: Sequence[str]) -> str:
    """ "记者张三" -> "张三"; a role alone -> ""; "文静" (a name) stays whole."""
    for role in sorted(roles, key=len, reverse=True):
        if token == role:
            return ""
        if token.startswith(role) and len(token) - len(role) >= 2:
            return token[len(role) :]
    return token


def _from_first_role(text: str, credits: Credits) -> str:
    """Drop the masthead in front of a credit: "扬子晚报/紫牛新闻记者 王某" -> "记者 王某"."""
    positions = [text.find(role) for role in credits.reporter_roles if role in text]
    return text[min(positions) :] if positions else text


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
