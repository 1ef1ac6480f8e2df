"""Unix signals turned into messages that a main loop reads at its own pace."""

from __future__ import annotations

import queue
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any


class SignalInbox:
    """Collects the given signals while installed; `next()` hands them out in order.

    The handler only queues the signal: the work it asks for (stop, reload)
    happens in the main loop, outside the handler, where locks and logging
    are safe.  `SimpleQueue.put` is the one queue call that may be made from a
    signal handler.
    """

    def __init__(self, signals: Iterable[signal.Signals]) -> None:
        self.signals = tuple(signals)
        self._queue: queue.SimpleQueue[signal.Signals] = queue.SimpleQueue()
        self._previous: dict[signal.Signals, Any] = {}

    def install(self) -> SignalInbox:
        """Start collecting (call from the main thread)."""
        for sig in self.signals:
            self._previous[sig] = signal.signal(sig, self._receive)
        return self

    def restore(self) -> None:
        """Put the previous handlers back."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def next(self, timeout: float) -> signal.Signals | None:
        """The oldest signal not yet handed out, waiting up to `timeout` seconds for one."""
        try:
            return self._queue.get(timeout=timeout) if timeout > 0 else self._queue.get_nowait()
        except queue.Empty:
            return None

    def _receive(self, signum: int, _frame: FrameType | None) -> None:
        self._queue.put(signal.Signals(signum))

    def __enter__(self) -> SignalInbox:
        return self.install()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.restore()


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Within the block, SIGTERM interrupts like Ctrl-C, so a running cycle can clean up.

    For the main thread of a one-shot command; the daemon has its own handling.
    """

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
