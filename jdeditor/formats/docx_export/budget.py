"""The time and size budget a template runs under (sandbox.py calls these checks).

Jinja's sandbox stops a template from reaching outside, but not from working forever or
building a gigabyte of text: two nested ``range()`` loops, ``s ~ s`` in a loop, a
``|join`` over a list that repeats one long text. So, while a template is filled in:

- a wall-clock deadline (``budget(seconds)``) is checked by every attribute lookup,
  call, operator, filter, loop step and piece of output (``tick``);
- no single value may exceed ``MAX_VALUE`` characters or items, counted *logically*
  (a list holding the same 100,000-character text 100,000 times counts 10**10): inputs
  that would build more are refused before they are built, every result is measured
  after, with a walk that stops as soon as the limit is passed (``check_size``);
- a part's whole output may not exceed ``MAX_OUTPUT`` characters.

Outside ``budget`` there is no deadline (the sizes still hold).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace

MAX_VALUE = 2_000_000  # characters or items in one value a template makes
MAX_OUTPUT = 50_000_000  # characters one part of a template may produce
MAX_INT_BITS = 100_000  # a number a template computes (about 30,000 digits)
RENDER_SECONDS = 20.0  # filling in one posting (every part)
CHECK_SECONDS = 20.0  # the trial fill-in when checking a template

_state = threading.local()
_FORMAT_NUMBER = re.compile(r"%[-+ #0]*(\d*|\*)(?:\.(\d+|\*))?|\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")


class BudgetExceeded(SecurityError):
    """A template took too long or built too much; the message says which and what to do."""


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Fill in templates within ``seconds`` from now (nested budgets keep the earliest)."""
    previous = getattr(_state, "deadline", None)
    deadline = time.monotonic() + seconds
    _state.deadline = deadline if previous is None else min(previous, deadline)
    _state.seconds = seconds if previous is None else getattr(_state, "seconds", seconds)
    try:
        yield
    finally:
        _state.deadline = previous


def expired() -> bool:
    """Whether the current budget's deadline has passed (False outside a budget)."""
    deadline = getattr(_state, "deadline", None)
    return deadline is not None and time.monotonic() > deadline


def tick() -> None:
    """Raise BudgetExceeded once the deadline of the current budget has passed."""
    if expired():
        raise BudgetExceeded(
            f"filling it in took longer than {getattr(_state, 'seconds', 0):.0f} seconds "
            "(a loop that never ends, or loops inside loops over very long lists); "
            "loop only over the posting's own lists"
        )


def too_big(what: str) -> BudgetExceeded:
    return BudgetExceeded(
        f"it builds {what} longer than {MAX_VALUE:,} characters or items; "
        "a template may repeat, join and pad text only within that limit"
    )


def size_of(value: Any, limit: int = MAX_VALUE) -> int:
    """The logical size of ``value`` (characters, items, nested), or ``limit + 1`` as soon
    as it passes ``limit``: the walk costs at most ``limit`` steps."""
    total = 0
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += 1 + item.bit_length() // 64
        elif isinstance(item, range):
            total += len(item)
        elif isinstance(item, Mapping):
            total += len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, Namespace):
            attrs = item._Namespace__attrs
            total += len(attrs)
            stack.extend(attrs.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item)
            stack.extend(item)
        else:
            total += 1
        if total > limit:
            return limit + 1
    return total


def check_size(value: Any, what: str = "a text or list") -> Any:
    if size_of(value) > MAX_VALUE:
        raise too_big(what)
    return value


def check_sizes(values: Iterable[Any], what: str) -> int:
    """The sum of the values' sizes; refuses a sum past MAX_VALUE."""
    total = 0
    for value in values:
        total += size_of(value)
        if total > MAX_VALUE:
            raise too_big(what)
    return total


def check_repeat(left: Any, right: Any) -> None:
    """``left * right``: a text or list repeated, or a product of two numbers."""
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise BudgetExceeded("it computes a number with too many digits")
        return
    for sequence, count in ((left, right), (right, left)):
        repeats = isinstance(count, int) and count > 0 and not isinstance(sequence, int | float)
        if repeats and size_of(sequence) * count > MAX_VALUE:
            raise too_big("a repeated text or list")


def check_power(base: Any, exponent: Any) -> None:
    numbers = isinstance(base, int) and isinstance(exponent, int) and exponent > 0
    if numbers and max(base.bit_length(), 1) * exponent > MAX_INT_BITS:
        raise BudgetExceeded("it computes a number with too many digits")


def check_format(fmt: Any, args: Iterable[Any]) -> None:
    """A ``%`` or ``{}`` format string: no field wider than MAX_VALUE, nor its arguments."""
    if not isinstance(fmt, str):
        return
    wants_width = "*" in fmt or "{" in fmt.partition(":")[2]
    for match in _FORMAT_NUMBER.finditer(fmt):
        for number in match.groups():
            if number and number.isdigit() and int(number) > MAX_VALUE:
                raise too_big("a padded text")
    values = list(args)
    if wants_width and any(isinstance(value, int) and value > MAX_VALUE for value in values):
        raise too_big("a padded text")
    check_sizes([fmt, *values], "a formatted text")


def check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    times = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    if len(text) + times * max(len(new) - len(old), 0) > MAX_VALUE:
        raise too_big("a replaced text")


def bounded_iter(iterable: Any) -> Iterator[Any]:
    """Each step of a ``{% for %}`` loop checks the deadline."""
    for item in iterable:
        tick()
        yield item


def bounded_concat(pieces: Iterable[str]) -> str:
    """The template's output joined, checking the deadline and the output's size."""
    collected = []
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise BudgetExceeded(
                f"filling it in produces more than {MAX_OUTPUT:,} characters; "
                "a loop repeats too much"
            )
        collected.append(piece)
        tick()
    return "".join(collected)
