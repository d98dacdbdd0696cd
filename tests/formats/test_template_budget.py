"""Templates within a time and size budget: every escape and blow-up tried, refused in seconds.

Each payload is typed into a Word template and the template is filled in (render_docx)
and checked (check_template); docs/reliability.md lists them with their results.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from jdeditor.formats.docx_export import (
    TemplateError,
    budget,
    check_template,
    checking,
    isolated_check,
    part_limits,
    render,
    render_docx,
)
from jdeditor.formats.docx_export.export_settings import ExportSettings
from jdeditor.formats.docx_export.sandbox import CHECK_ENV, RENDER_ENV
from jdeditor.formats.docx_export.templates import add_template
from tests.factories import chinese_posting
from tests.formats.docx_builders import declare_size
from tests.formats.test_templates import make_template

SETTINGS = ExportSettings("星辰科技")
SHORT = 1.0  # seconds: the budget the tests give, so that a time-out is quick

_LISTS = "{% set a = ['x' * 99999] * 20 %}{% set b = [a,a,a,a,a,a,a,a,a,a] %}"
_DEEP = _LISTS + "{% set c = [b,b,b,b,b,b,b,b,b,b] %}"

# Blow-ups: (name, payload, what the error says).
BLOW_UPS = [
    ("nested range loops", "{% for i in range(99999) %}{% for j in range(99999) %}"
     "{% endfor %}{% endfor %}", "longer than 1 seconds"),
    ("nested loops over a long text", "{% set s = 'a' * 99999 %}{% for i in s %}"
     "{% for j in s %}{% endfor %}{% endfor %}", "longer than 1 seconds"),
    ("range of a billion", "{{ range(10**9)|list|length }}", "100,000 numbers"),
    ("repeat a billion", "{{ 'a' * 10**9 }}", "beyond 100000"),
    ("a list repeating a long text", "{% set s = 'a' * 99999 %}{{ ([s] * 99999)|join }}",
     "repeated text or list"),
    ("~ doubling in a loop", "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
     "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}", "joined text (~)"),
    ("+ doubling in a loop", "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
     "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}", "(+)"),
    ("|join of a huge range", "{{ range(99999)|join('-' * 99999) }}", "|join"),
    ("printing nested lists", _DEEP + "{{ c }}", "printed value"),
    ("|string of nested lists", _DEEP + "{{ c|string|length }}", "|string"),
    ("|tojson of nested lists", _DEEP + "{{ c|tojson|length }}", "|tojson"),
    ("|pprint of nested lists", _DEEP + "{{ c|pprint|length }}", "|pprint"),
    ("'%s' % nested lists", _DEEP + "{{ ('%s' % (c,))|length }}", "formatted text"),
    ("str.format of nested lists", _DEEP + "{{ '{}'.format(c)|length }}", "given to a call"),
    ("|center(10**9)", "{{ 'a'|center(10**9) }}", "|center"),
    (".center(10**9)", "{{ 'a'.center(10**9) }}", ".center"),
    (".ljust(10**9)", "{{ 'a'.ljust(10**9) }}", ".ljust"),
    ("|replace('', long)", "{% set s = 'a' * 99999 %}{{ s|replace('', s)|length }}",
     "replaced text"),
    (".replace('', long)", "{% set s = 'a' * 99999 %}{{ s.replace('', s)|length }}",
     "replaced text"),
    ("% with a huge width", "{{ '%1000000000d' % 1 }}", "padded text"),
    ("% with a * width", "{{ '%*d' % (10**9, 1) }}", "padded text"),
    ("|format with a huge width", "{{ '%1000000000d'|format(1) }}", "padded text"),
    ("str.format with a huge width", "{{ '{:>1000000000}'.format(1) }}", "padded text"),
    ("str.format with a nested width", "{{ '{:>{}}'.format(1, 10**9) }}", "padded text"),
    ("|indent of many lines", "{% set s = 'a\\n' * 49999 %}{{ s|indent(9999)|length }}",
     "|indent"),
    ("|wordwrap with a long wrapstring", "{% set s = 'a ' * 49999 %}"
     "{{ s|wordwrap(1, wrapstring='x' * 9999)|length }}", "|wordwrap"),
    ("|batch(10**9)", "{{ [1]|batch(10**9, 0)|list|length }}", "|batch"),
    ("|sum of lists", "{{ [[1] * 1000] * 1000|sum(start=[]) }}", "numbers only"),
    ("squaring a number in a loop", "{% set ns = namespace(x=10) %}{% for i in range(40) %}"
     "{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x > 1 }}", "too many digits"),
    ("** in a loop", "{% set ns = namespace(x=10**99) %}{% for i in range(5) %}"
     "{% set ns.x = ns.x ** 99 %}{% endfor %}{{ ns.x > 1 }}", "too many digits"),
    ("macro calling itself twice", "{% macro m(n) %}{% if n %}{{ m(n-1) }}{{ m(n-1) }}"
     "{% endif %}{% endmacro %}{{ m(60) }}", "longer than 1 seconds"),
    ("macro calling itself for ever", "{% macro m(n) %}{{ m(n+1) }}{% endmacro %}{{ m(0) }}",
     "calls itself"),
    ("recursive loop", "{% for x in [1] recursive %}{{ loop([1, 1]) }}{% endfor %}",
     "calls itself"),
    ("self.block in a loop", "{% block a %}{% for i in range(9) %}{{ self.a() }}"
     "{% endfor %}{% endblock %}", "calls itself"),
    ("output in a loop", "{% set s = 'a' * 99999 %}{% for i in range(99999) %}{{ s }}"
     "{% endfor %}", "50,000,000 OR longer than 1 seconds"),
    ("joiner in a loop", "{% set j = joiner('x' * 99999) %}{% for i in range(99999) %}"
     "{{ j() }}{% endfor %}", "50,000,000 OR longer than 1 seconds"),
    ("cycler in a loop", "{% set c = cycler('x' * 99999) %}{% for i in range(99999) %}"
     "{{ c.next() }}{% endfor %}", "50,000,000 OR longer than 1 seconds"),
    ("{% set %} block in a loop", "{% set s = 'a' * 99999 %}{% set x %}{% for i in range(99999) %}"
     "{{ s }}{% endfor %}{% endset %}{{ x|length }}", "longer than 1 seconds"),
]  # fmt: skip

# Escapes: (name, payload, what the error says).
ESCAPES = [
    ("__class__", "{{ ''.__class__ }}", "'__class__'"),
    ("__mro__ and __subclasses__", "{{ ''.__class__.__mro__[1].__subclasses__() }}",
     "'__class__'"),
    ("__globals__", "{{ cycler.__init__.__globals__ }}", "'__init__'"),
    ("format string attack", "{{ '{0.__class__}'.format(1) }}", "'__class__'"),
    ("format_map attack", "{{ '{x.__class__}'.format_map({'x': 1}) }}", "'__class__'"),
    ("|attr", "{{ ''|attr('__class__') }}", "'__class__'"),
    ("{% include %}", "{% include '/etc/passwd' %}", "include another file"),
    ("{% import %}", "{% import 'x.html' as x %}", "include another file"),
    ("{% extends %}", "{% extends 'base.docx' %}", "include another file"),
    ("lipsum", "{{ lipsum(10**6) }}", "lipsum"),
    ("dict.update", "{% set d = {} %}{{ d.update(a=1) }}", "'update'"),
    (".append in a loop", "{% set l = [] %}{% for i in range(10) %}{{ l.append(i) }}"
     "{% endfor %}", "'append'"),
    ("namespace internals", "{{ namespace()._Namespace__attrs }}", "_Namespace__attrs"),
    ("self internals", "{{ self._TemplateReference__context }}", "_TemplateReference"),
    ("loop internals", "{% for x in [1] %}{{ loop._iterator }}{% endfor %}", "'_iterator'"),
    ("joiner internals", "{{ joiner().__call__.__globals__ }}", "'__call__'"),
]  # fmt: skip


@pytest.fixture(autouse=True)
def _short_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "RENDER_SECONDS", SHORT)
    monkeypatch.setattr(checking, "CHECK_SECONDS", SHORT)


def _refused_in_seconds(tmp_path: Path, payload: str, expected: str) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", payload, name="evil")
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_docx(chinese_posting(), template, SETTINGS)
    rendered_in = time.monotonic() - started
    message = str(caught.value)
    assert "evil.docx" in message and "word/document.xml" in message
    said = expected.split(" OR ")  # either limit may come first, depending on the machine
    assert any(text in message for text in said), message
    started = time.monotonic()
    problems = check_template(template)
    checked_in = time.monotonic() - started
    assert any(text in problem.message for problem in problems for text in said), problems
    assert all(problem.part == "word/document.xml" for problem in problems)
    assert rendered_in < 10 and checked_in < 10


@pytest.mark.parametrize(("payload", "expected"), [c[1:] for c in BLOW_UPS],
                         ids=[c[0] for c in BLOW_UPS])  # fmt: skip
def test_blow_ups_are_refused_in_seconds(tmp_path: Path, payload: str, expected: str) -> None:
    _refused_in_seconds(tmp_path, payload, expected)


@pytest.mark.parametrize(("payload", "expected"), [c[1:] for c in ESCAPES],
                         ids=[c[0] for c in ESCAPES])  # fmt: skip
def test_escapes_are_refused(tmp_path: Path, payload: str, expected: str) -> None:
    _refused_in_seconds(tmp_path, payload, expected)


def test_ordinary_tags_still_work() -> None:
    source = (
        "{% for i in range(3) %}{{ i ~ 'x' }}{% endfor %}|{{ 'a' + 'b' }}|{{ '%05d' % 3 }}|"
        "{{ [1, 2]|join(',') }}|{{ 'x'|center(5) }}|{{ [1, 2]|sum }}|{{ '{:,}'.format(12000) }}"
        "|{{ 'a-b'.replace('-', '+') }}|{% for x in [3, 4] %}{{ loop.index }}/{{ loop.length }}"
        "{% endfor %}|{{ 2 ** 10 }}|{{ 'ab' * 2 }}"
    )
    expected = "0x1x2x|ab|00003|1,2|  x  |3|12,000|a+b|1/22/2|1024|abab"
    assert RENDER_ENV.from_string(source).render() == expected
    assert CHECK_ENV.from_string(source).render() == expected


def test_the_deadline_holds_outside_template_calls_too() -> None:
    """Loops with nothing in them (no call, no output) still meet the deadline."""
    source = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with budget.budget(0.5), pytest.raises(budget.BudgetExceeded):
        RENDER_ENV.from_string(source).render()
    assert time.monotonic() - started < 3


def test_no_deadline_outside_a_budget() -> None:
    assert not budget.expired()
    budget.tick()  # nothing to exceed


def test_size_of_counts_shared_items_and_stops_early() -> None:
    text = "x" * 1000
    nested = [[text] * 1000] * 1000  # 10**9 characters, logically
    started = time.monotonic()
    assert budget.size_of(nested, 10_000) == 10_001
    assert time.monotonic() - started < 1
    assert budget.size_of({"a": "bc"}) == 1 + 1 + 2


# -- the template's own parts ------------------------------------------------------------------


def test_a_zip_bomb_part_is_refused(tmp_path: Path) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="bomb")
    declare_size(template, "word/document.xml", 3 * 1024**3)
    problems = check_template(template)
    assert problems and "word/document.xml unpacks to 3072 MB" in problems[0].message
    with pytest.raises(TemplateError, match=r"bomb.docx cannot be used.*unpacks to"):
        render_docx(chinese_posting(), template, SETTINGS)
    with pytest.raises(TemplateError, match=r"unpacks to"):
        add_template(template)


def test_a_huge_picture_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="picture")
    with zipfile.ZipFile(template, "a") as archive:
        archive.writestr("word/media/image1.png", b"\0" * 200_000)
    monkeypatch.setattr(part_limits, "MAX_MEDIA_BYTES", 100_000)
    with pytest.raises(TemplateError, match=r"embedded file word/media/image1.png"):
        render_docx(chinese_posting(), template, SETTINGS)


def test_too_many_parts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="parts")
    monkeypatch.setattr(part_limits, "MAX_PARTS", 5)
    assert "parts, more than 5" in check_template(template)[0].message


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="big")
    monkeypatch.setattr(part_limits, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(TemplateError, match=r"big.docx cannot be used: the file is"):
        render_docx(chinese_posting(), template, SETTINGS)


def test_the_total_unpacked_size_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="total")
    monkeypatch.setattr(part_limits, "MAX_TOTAL_BYTES", 10_000)
    assert "its parts unpack to" in check_template(template)[0].message


# -- the separate process for add and check ------------------------------------------------------


def test_the_check_process_finds_the_same_problems(tmp_path: Path) -> None:
    template = make_template(tmp_path, "{{ postng.title }}", name="typo")
    isolated = isolated_check.check_template_isolated(template)
    assert [(p.message, p.part, p.near) for p in isolated] == [
        (p.message, p.part, p.near) for p in check_template(template)
    ]
    good = make_template(tmp_path, "{{ posting.title }}", name="good")
    assert isolated_check.check_template_isolated(good) == []


def test_the_check_process_is_stopped_after_its_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="slow")
    monkeypatch.setattr(isolated_check, "TIMEOUT_SECONDS", 0.01)
    [problem] = isolated_check.check_template_isolated(template)
    assert "took longer than 0 seconds, so it was stopped" in problem.message


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="memory limits are POSIX")
def test_the_check_process_has_a_memory_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = make_template(tmp_path, "{{ posting.title }}", name="greedy")
    monkeypatch.setattr(isolated_check, "MEMORY_BYTES", 20 * 1024**2)  # too little for Python
    [problem] = isolated_check.check_template_isolated(template)
    assert "checking it failed" in problem.message


def test_adding_a_template_that_loops_for_ever_is_refused_with_its_name(tmp_path: Path) -> None:
    loop = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    template = make_template(tmp_path, "{{ posting.title }}", loop, name="forever")
    started = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        add_template(template)
    assert time.monotonic() - started < budget.CHECK_SECONDS + 15
    message = str(caught.value)
    assert "forever.docx" in message and "took longer than" in message
    assert "the document body (word/document.xml)" in message
