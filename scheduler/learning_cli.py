"""The command-line parsers of `orgs` and `lexicon` (their work is in scheduler.commands)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newswatch.scheduler import commands
from newswatch.scheduler.cli_values import positive_int

CommonOptions = Callable[[argparse.ArgumentParser], None]
Subparsers = argparse._SubParsersAction


def register(sub: Subparsers, common: CommonOptions) -> None:
    """Add `orgs`, `orgs show`, `lexicon suggest` and `lexicon report`."""
    _orgs(sub, common)
    _lexicon(sub, common)


def _orgs(sub: Subparsers, common: CommonOptions) -> None:
    p = sub.add_parser(
        "orgs",
        help="Organizations named in stored articles, by number of articles.",
        description="Social organizations named in stored articles, by number of articles, "
        "with the latest article and what it reports (成立/登记, 表彰/获奖, 活动/项目, 年检/评估, "
        "处罚/撤销/取缔). `newswatch rescore` finds them in articles stored before.",
    )
    common(p)
    p.add_argument(
        "--since", metavar="DATE|SPAN", help="only articles since YYYY-MM-DD or a span (30d)"
    )
    p.add_argument(
        "--limit", type=positive_int, default=50, help="organizations at most (default 50)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=commands.orgs_list)
    osub = p.add_subparsers(dest="orgs_command", metavar="ACTION")
    show = osub.add_parser("show", help="one organization's timeline: articles and events")
    common(show)
    show.add_argument("name", metavar="NAME", help="the name or a short form seen (市慈善总会)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=commands.orgs_show)


def _lexicon(sub: Subparsers, common: CommonOptions) -> None:
    p = sub.add_parser(
        "lexicon",
        help="Learn from review decisions: term precision, suggested lexicon changes.",
        description="Every approve/reject is a labelled example. `report` shows how each "
        "lexicon term fared with reviewers; `suggest` proposes weight changes and new terms "
        "as a patch of topics.yaml that you read and apply (nothing changes by itself).",
    )
    lsub = p.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    s = lsub.add_parser(
        "suggest",
        help="propose lexicon changes as a patch of topics.yaml",
        description="Evidence on stderr, the patch on stdout (or -o FILE). Apply it with\n"
        "  newswatch lexicon suggest -o lexicon.patch && patch -p1 < lexicon.patch\n"
        "then `newswatch rescore`.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(s)
    s.add_argument(
        "--min-support",
        type=positive_int,
        metavar="N",
        help="reviewed articles a term needs before anything is said about it (default 5)",
    )
    s.add_argument("-o", "--output", metavar="FILE", help="write the patch to FILE")
    s.set_defaults(func=commands.lexicon_suggest)
    r = lsub.add_parser("report", help="each term's precision on reviewed articles")
    common(r)
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=commands.lexicon_report)
