"""A crawl child stopped while Scrapy builds its spiders exits cleanly (scheduler.lifeline)."""

from __future__ import annotations

import os
import signal

import pytest
from newswatch.scheduler import lifeline


def test_a_sigterm_inside_the_held_block_exits_at_its_end_not_in_the_middle() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    reached_the_end = False
    with pytest.raises(SystemExit) as stopped, lifeline.sigterm_held():
        os.kill(os.getpid(), signal.SIGTERM)
        # Code that Twisted would wrap in a Deferred runs on, uninterrupted.
        reached_the_end = True
    assert reached_the_end
    assert stopped.value.code == 128 + signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) is previous


def test_without_a_signal_the_held_block_changes_nothing() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    with lifeline.sigterm_held():
        pass
    assert signal.getsignal(signal.SIGTERM) is previous
