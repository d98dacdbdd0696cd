"""The cycle collector's pause during bulk work (core/gc_pause.py)."""

from __future__ import annotations

import gc
import weakref

from jdeditor.core.gc_pause import collector_paused


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_collector_is_on_again_after_the_pause_and_off_during_it() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_the_pause_made_goes_to_the_oldest_generation_without_a_walk() -> None:
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], 1_000_000, thresholds[2])  # no middle collection here
    try:
        with collector_paused():
            kept = [[index] for index in range(1000)]
        young = gc.get_objects(generation=0) + gc.get_objects(generation=1)
        assert not any(item is kept for item in young)
        assert any(item is kept for item in gc.get_objects(generation=2))
        assert gc.get_freeze_count() == 0  # nothing stays frozen
    finally:
        gc.set_threshold(*thresholds)


def test_a_cycle_made_during_the_pause_is_still_collected() -> None:
    with collector_paused():
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        watch = weakref.ref(first)
        del first, second
    assert watch() is not None  # only the collector frees a cycle
    gc.collect()
    assert watch() is None


def test_a_paused_collector_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
