"""Seconds per test module from pytest's `--durations=0` report, for MODULE_SECONDS.

tests/conftest.py hands the modules to the workers longest first by the
figures in its MODULE_SECONDS; this refreshes them from a real run:

    .venv/bin/pytest -q -n 2 --dist loadfile --durations=0 > /tmp/durations.txt
    .venv/bin/python -m tests.support.durations /tmp/durations.txt

It prints the dictionary to paste (modules of at least MIN_SECONDS, longest
first). A module's figure is the sum of its tests' setup, call and teardown:
its time on the one worker that runs it (`--dist loadfile`).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

# A line of the report: "12.34s call     tests/test_x.py::test_y[param]".
LINE = re.compile(r"^(\d+(?:\.\d+)?)s\s+(?:setup|call|teardown)\s+(?:tests/)?([^:\s]+\.py)::")
# Shorter modules change little wherever they run: they fill the gaps at the end.
MIN_SECONDS = 2.0


def module_seconds(report: str) -> Counter[str]:
    """Seconds per module file name, summed over the report's lines."""
    seconds: Counter[str] = Counter()
    for line in report.splitlines():
        found = LINE.match(line.strip())
        if found:
            seconds[Path(found.group(2)).name] += float(found.group(1))
    return seconds


def main(argv: list[str]) -> int:
    """Print MODULE_SECONDS for the report file named in `argv`."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    seconds = module_seconds(Path(argv[0]).read_text(encoding="utf-8"))
    print("MODULE_SECONDS = {")
    for name, total in seconds.most_common():
        if total >= MIN_SECONDS:
            print(f'    "{name}": {total:.1f},')
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
