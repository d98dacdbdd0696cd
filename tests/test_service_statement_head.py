"""Searches with many hits read the head of the page order from memory (statement_head):
the head kept is never served after the statements changed, here or in another process."""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path

import pytest

from jdeditor.core.model import Item, Language, Posting, Section, SectionKind
from jdeditor.service import Library
from jdeditor.store import statement_head, statement_reading
from jdeditor.store.statement_head import Head
from jdeditor.store.statement_match import StatementMatcher

ENGLISH = ["Excel skills", "Team player"]
TAIL = ["Excel macros", "Advanced Excel reporting", "Expert Excel user"]


def _posting(title: str, requirements: list[str], language: Language) -> Posting:
    items = [Item(text) for text in requirements]
    return Posting(
        title=title,
        language=language,
        sections=[Section(SectionKind.REQUIREMENTS, "Requirements", items)],
    )


def _fill(library: Library) -> None:
    for number in range(3):
        library.create_posting(_posting(f"E{number}", ENGLISH, Language.EN))
    library.create_posting(_posting("T", TAIL, Language.EN))
    library.create_posting(_posting("Z", ["熟练使用Excel", "精通ＥＸＣＥＬ"], Language.ZH))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every search takes the many-hits path at once (the walk from the top gives up
    after one statement); the heads read from the database are listed."""
    monkeypatch.setattr(statement_reading, "MANY_HITS", 1)
    monkeypatch.setattr(statement_reading, "TOTAL_CAP", 1)  # PostgreSQL: by the total
    monkeypatch.setattr(statement_reading, "WALK_ROWS", 1)
    monkeypatch.setattr(statement_reading, "_WALK_BATCH", 2)
    monkeypatch.setattr("jdeditor.service.statements._starter_rows", lambda: [])
    read: list[str | None] = []
    real = statement_head.read_head

    def counted(connection: object, kind: str | None) -> Head:
        read.append(kind)
        return real(connection, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(statement_head, "read_head", counted)
    return read


def _expected(library: Library, query: str) -> list[str]:
    every = library.statements(limit=10_000).entries
    found = [
        entry for entry in every if query in unicodedata.normalize("NFKC", entry.text).casefold()
    ]
    found.sort(key=lambda e: (not e.preferred, -(e.postings + e.uses), e.text, e.id))
    return [entry.text for entry in found]


def _searched(library: Library, query: str, kind: SectionKind | None = None) -> list[str]:
    return [entry.text for entry in library.statements(kind, query, limit=100).entries]


def _id(library: Library, text: str) -> int:
    return next(e.id for e in library.statements(limit=10_000).entries if e.text == text)


def test_a_use_or_a_preferred_mark_here_changes_the_next_page(
    library_url: str, monkeypatch: pytest.MonkeyPatch, reads: list[str | None]
) -> None:
    """Only this process's own count of its writes stands between the head kept and a
    stale page here: what another process's writes move is held still."""
    monkeypatch.setattr(
        statement_head.HeadCache, "_outside", lambda self, connection: ("still", True)
    )
    with Library.open(library_url) as library:
        _fill(library)
        first = _searched(library, "excel")
        assert first == _expected(library, "excel")
        assert first[0] == "Excel skills" and first[1] == "Advanced Excel reporting"
        assert _searched(library, "excel") == first
        assert reads == [None]  # read once, then kept
        library.count_statement_use(_id(library, "Excel macros"))  # 1 + 1: into the head
        moved = _searched(library, "excel")
        assert moved[:2] == ["Excel skills", "Excel macros"]
        assert moved == _expected(library, "excel")
        library.set_preferred(_id(library, "熟练使用Excel"))
        marked = _searched(library, "excel")
        assert marked[:3] == ["熟练使用Excel", "Excel skills", "Excel macros"]
        assert marked == _expected(library, "excel")
        within = _searched(library, "excel", SectionKind.REQUIREMENTS)
        assert within == marked
        assert reads == [None, None, None, "requirements"]


def _settle(library_url: str) -> None:
    """Make the SQLite file look written long ago, so that its head may be kept."""
    if library_url.startswith("postgresql"):
        return
    path = Path(library_url)
    past = time.time() - 60
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            os.utime(name, (past, past))


def test_a_use_counted_by_another_process_changes_the_next_page(
    library_url: str, reads: list[str | None]
) -> None:
    with Library.open(library_url) as library, Library.open(library_url) as other:
        _fill(library)
        library.statements()
        other.statements()  # both up to date with the postings
        _settle(library_url)
        first = _searched(library, "excel")
        assert _searched(library, "excel") == first
        assert reads == [None]  # kept
        other.count_statement_use(_id(other, "Expert Excel user"))
        assert _searched(library, "excel")[:2] == ["Excel skills", "Expert Excel user"]
        assert _searched(library, "excel") == _expected(library, "excel")
        assert len(reads) > 1  # read again (and again while the file is just written)


def test_the_head_finds_what_the_matcher_finds() -> None:
    """Candidates by substring of the folded wordings, with the wordings that fold
    apart from lower() (é, ﬁ) always confirmed, in the head's order."""
    texts = [
        "Excel skills",
        "熟练使用Excel",
        "精通ＥＸＣＥＬ",
        "Résumé writing",
        "résumé",
        "RESUME review",
        "ﬁnance reports",
        "finance",
        "İstanbul office",
        "数据分析",
        "Excel\x00with NUL",
        "excellent",
    ]
    head = Head(list(enumerate(texts)))
    for query in [
        "excel",
        "Excel",
        "ｅｘｃｅｌ",
        "resume",
        "résumé",
        "fin",
        "istanbul",
        "数",
        "数据",
    ]:
        matcher = StatementMatcher.for_query(query)
        assert matcher is not None
        expected = [number for number, text in enumerate(texts) if matcher.matches(text)]
        assert list(head.hits(matcher)) == expected, query
        assert expected, query
