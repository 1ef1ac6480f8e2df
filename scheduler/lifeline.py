"""A crawl child's tie to the process that started it: the child never outlives it.

On Linux the child asks the kernel, with `prctl(PR_SET_PDEATHSIG, SIGTERM)`,
to be sent SIGTERM the moment its parent dies (even by SIGKILL): Scrapy then
closes the spiders and the child records its runs as failed. Other systems
(macOS, the BSDs) have no such call; there the watch thread notices within
`POLL` seconds that the parent is gone (the child is re-parented) and sends
the SIGTERM itself. Either way a child still alive `grace` seconds later
records its runs and exits at once.

The kernel signals when the parent *thread* that started the child ends: the
daemon starts crawls from a worker thread that lives as long as the daemon.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

# The parent puts its pid here: a child whose parent is already gone when it
# starts (before it could ask for the signal) notices at once.
PARENT_ENV = "NEWSWATCH_PARENT_PID"
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
POLL = 0.5
EXIT_ORPHANED = 3


def _ask_kernel_for(sig: signal.Signals) -> bool:
    """PR_SET_PDEATHSIG on Linux; False where the call does not exist or fails."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
        log.warning("prctl(PR_SET_PDEATHSIG) failed: %s", os.strerror(ctypes.get_errno()))
        return False
    return True


def hold(on_orphaned: Callable[[], None], grace: float = 5.0) -> None:
    """Tie this process to its parent (the pid in $NEWSWATCH_PARENT_PID, else the current one).

    `on_orphaned` runs (in a thread) when the parent is gone and this process
    has not ended `grace` seconds later, just before it exits.
    """
    parent = int(os.environ.get(PARENT_ENV) or os.getppid())
    # Until Scrapy installs its own handler (a clean close of the spiders), a
    # SIGTERM ends this process through SystemExit: `finally` blocks run.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    kernel_signals = _ask_kernel_for(signal.SIGTERM)
    if os.getppid() != parent:
        # The parent died before the request was made: nobody will signal us.
        log.error("the newswatch process that started this crawl is gone; not crawling")
        try:
            on_orphaned()
        finally:
            os._exit(EXIT_ORPHANED)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL)
        if not kernel_signals:
            os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(grace)
        log.error("the newswatch process that started this crawl died; crawl abandoned")
        try:
            on_orphaned()
        finally:
            os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


def _exit_on_sigterm(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def sigterm_held() -> Iterator[None]:
    """Hold a SIGTERM that arrives inside the block until its end, then exit (SystemExit).

    Scrapy builds each spider (its `from_crawler`: the store, the extraction
    code's imports) inside a Twisted Deferred, which turns the SystemExit of
    `_exit_on_sigterm` into an "Unhandled error in Deferred" traceback on
    stderr and a half-made crawler that the crawl then trips over. Outside
    Twisted, the same signal ends the process cleanly.
    """
    received: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, _frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
    if received:
        raise SystemExit(128 + received[0])


def orphaned(parent: int | None = None) -> bool:
    """Whether the parent this process was started by has died."""
    expected = parent or int(os.environ.get(PARENT_ENV) or 0)
    return bool(expected) and os.getppid() != expected
