"""The garbage collector during a command line process's start.

Importing a command's code (SQLAlchemy, pydantic, the config models) creates
some 200,000 objects that live as long as the process. The collector would
walk them all several times while they are created, and once more when the
interpreter exits: about 90 ms of a `newswatch review list` that takes 350 ms
of CPU otherwise. So a process started as `newswatch ...` pauses the collector
until its command's modules are imported, then moves everything alive into
the permanent generation (`gc.freeze`, made for this) and resumes it: what the
command itself allocates is collected as usual.

Only for a process of its own (`main()` without arguments): a test calling
`main([...])` keeps its collector untouched.
"""

from __future__ import annotations

import gc


class CollectorPause:
    """Automatic collection stopped from construction until `resume` (nothing
    happens when it was already off: the caller's choice stands)."""

    def __init__(self, active: bool = True) -> None:
        self._paused = active and gc.isenabled()
        if self._paused:
            gc.disable()

    def resume(self) -> None:
        """Freeze what the start created and collect automatically again; once."""
        if self._paused:
            self._paused = False
            gc.freeze()
            gc.enable()
