"""Pausing Python's cycle collector during bulk work that makes no reference cycles."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the length of a parse or an import.

    A parse makes a few objects per source line (lines, markers, items), and an import
    keeps every parsed posting alive until it is stored. None of them form reference
    cycles, so reference counting frees them all, but the cycle collector still walks
    every live object on each full collection, and those come more often as the heap
    grows: on a 20 MB text that was a fifth of the parse, and a 10,000-posting import
    lost a second to it. Collection resumes (if it was on) at the end, also on an error.
    The pause is process-wide: other threads' cyclic garbage waits until it ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # Everything allocated in the pause is still in the youngest generation, so
            # the first collection after it would walk all of it (0.1 s after a 10,000-
            # posting import). freeze() then unfreeze() moves every tracked object to the
            # oldest generation in constant time: walked at the next full collection
            # instead. This app freezes nothing else, so unfreeze() releases only these.
            gc.freeze()
            gc.unfreeze()
            gc.enable()
