"""Statement families and rewording them at the service level: plan, apply, skip,
conflicts, one transaction, revert."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jdeditor.core.model import Item, Language, SectionKind
from jdeditor.core.statements.model import Family
from jdeditor.errors import NotFoundError, UserFacingError
from jdeditor.service import Library
from tests.test_service_statements import make_posting


@pytest.fixture
def library(library_url: str) -> Iterator[Library]:
    """A new library on each backend: a SQLite file, then a PostgreSQL database."""
    with Library.open(library_url) as opened:
        yield opened


def _experience_family(library: Library) -> Family:
    [family] = [
        family
        for family in library.statement_families(SectionKind.REQUIREMENTS)
        if "3年以上相关工作经验" in {variant.text for variant in family.variants}
    ]
    return family


@pytest.fixture
def three(library: Library) -> list[int]:
    ids = []
    for title, wording in (
        ("A", "3年以上相关工作经验"),
        ("B", "三年以上相关工作经验"),
        ("C", "3年以上相关工作经验。"),
    ):
        posting = make_posting(title, [wording, "本科及以上学历"], duties=(wording,))
        stored = library.create_posting(posting)
        assert stored.id is not None
        ids.append(stored.id)
    library.create_posting(make_posting("D", ["5年以上相关工作经验", "本科及以上学历"]))
    return ids


def test_families_group_true_pairs_and_keep_false_pairs_apart(
    library: Library, three: list[int]
) -> None:
    family = _experience_family(library)
    assert {variant.text for variant in family.variants} == {
        "3年以上相关工作经验",
        "三年以上相关工作经验",
        "3年以上相关工作经验。",
    }
    assert all(variant.postings == 1 for variant in family.variants)
    assert family.postings == 3
    # Five years is not three: a different number keeps the wordings apart.
    assert all(
        "5年以上相关工作经验" not in {variant.text for variant in other.variants}
        for other in library.statement_families()
    )
    assert library.family(family.id) == family
    assert library.statement_families(SectionKind.BENEFITS) == []
    assert library.statement_families(language=Language.EN) == []


def test_families_are_cached_until_the_statements_change(
    library: Library, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.core.statements import counted

    first = library.statement_families()
    calls: list[int] = []
    original = counted.families_of_counts
    monkeypatch.setattr(counted, "families_of_counts", lambda *a: calls.append(1) or original(*a))
    assert library.statement_families() == first
    assert calls == []
    library.create_posting(make_posting("E", ["三年以上相关工作经验"]))
    library.statement_families()
    assert calls == [1]


def test_one_kinds_families_are_found_from_its_wordings_alone(
    library: Library, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Families tab shows one kind: its families are found from that kind's wordings
    (no other kind is grouped), are those of every kind narrowed to it, and a family
    picked there is found again without grouping every kind."""
    from jdeditor.core.statements import counted

    kinds_grouped: list[set[SectionKind]] = []
    original = counted.families_of_counts

    def recording(wordings: list[counted.CountedWording]) -> list[Family]:
        kinds_grouped.append({wording[0] for wording in wordings})
        return original(wordings)

    monkeypatch.setattr(counted, "families_of_counts", recording)
    requirements = library.statement_families(SectionKind.REQUIREMENTS)
    assert kinds_grouped == [{SectionKind.REQUIREMENTS}]
    family = _experience_family(library)
    assert library.family(family.id) == family
    assert kinds_grouped == [{SectionKind.REQUIREMENTS}]  # cached, and found in them
    every = library.statement_families()
    assert kinds_grouped[-1] == {SectionKind.DUTIES, SectionKind.REQUIREMENTS}
    assert requirements == [f for f in every if f.kind == SectionKind.REQUIREMENTS]
    assert library.statement_families(SectionKind.DUTIES) == [
        f for f in every if f.kind == SectionKind.DUTIES
    ]
    assert len(kinds_grouped) == 2  # the duties narrowed from every kind's
    library.create_posting(make_posting("E", ["三年以上相关工作经验"]))
    with pytest.raises(NotFoundError):
        library.family("abc123")  # the statements changed: every kind grouped again
    assert kinds_grouped[-1] == {SectionKind.DUTIES, SectionKind.REQUIREMENTS}


def test_unknown_family_is_named(library: Library) -> None:
    with pytest.raises(NotFoundError, match="abc123"):
        library.family("abc123")
    with pytest.raises(NotFoundError, match="abc123"):
        library.reword_plan("abc123", "x")


def test_plan_lists_each_posting_and_its_changing_items(library: Library, three: list[int]) -> None:
    family = _experience_family(library)
    plan = library.reword_plan(family.id, "3年及以上相关工作经验", skip={three[1]: "open"})
    by_id = {change.posting_id: change for change in plan.changes}
    assert set(by_id) == set(three)
    # The duty with the same words is of another kind, another family: it stays.
    assert by_id[three[0]].before == ("3年以上相关工作经验",)
    assert by_id[three[1]].skipped == "open"
    assert by_id[three[2]].after == "3年及以上相关工作经验"
    assert by_id[three[2]].version == 1
    # Nothing was written.
    assert all(library.get_posting(posting_id).version == 1 for posting_id in three)


def test_reword_changes_every_variant_skips_and_records(library: Library, three: list[int]) -> None:
    family = _experience_family(library)
    result = library.reword_family(family.id, "3年及以上相关工作经验", skip={three[1]: "open"})
    assert sorted(result.changed) == [(three[0], 1, 2), (three[2], 1, 2)]
    assert [change.posting_id for change in result.skipped] == [three[1]]
    changed = library.get_posting(three[0])
    assert [item.text for item in changed.sections[1].items] == [
        "3年及以上相关工作经验",
        "本科及以上学历",
    ]
    assert changed.sections[0].items[0].text == "3年以上相关工作经验"  # a duty
    [latest, *_] = library.history(three[0])
    assert latest.note.startswith("reworded: ")
    assert library.get_posting(three[1]).version == 1
    [record] = library.reword_changes()
    assert record.id == result.change_id
    assert record.postings == sorted(result.changed)
    counts = {
        entry.text: entry.postings
        for entry in library.statements(SectionKind.REQUIREMENTS, include_starter=False).entries
    }
    assert counts["3年及以上相关工作经验"] == 2
    assert "3年以上相关工作经验。" not in counts


def test_reword_keeps_nesting_and_marks(library: Library) -> None:
    posting = make_posting("A", [])
    posting.sections[0].items = [
        Item("经验", [Item("3年以上相关工作经验"), Item("1. 三年以上相关工作经验")])
    ]
    stored = library.create_posting(posting)
    library.create_posting(make_posting("B", ["3年以上相关工作经验"]))
    family = _experience_family(library)
    library.reword_family(family.id, "3年及以上相关工作经验")
    assert stored.id is not None
    [group] = library.get_posting(stored.id).sections[0].items
    assert group.text == "经验"
    assert [child.text for child in group.children] == [
        "3年及以上相关工作经验",
        "1. 3年及以上相关工作经验",
    ]


def test_a_posting_saved_since_the_preview_is_skipped(library: Library, three: list[int]) -> None:
    family = _experience_family(library)
    plan = library.reword_plan(family.id, "3年及以上相关工作经验")
    expected = {change.posting_id: change.version for change in plan.changes}
    posting = library.get_posting(three[0])
    posting.title = "A2"
    library.save_posting(posting)
    result = library.reword_family(family.id, "3年及以上相关工作经验", expected_versions=expected)
    assert [change.posting_id for change in result.skipped] == [three[0]]
    assert "saved since" in result.skipped[0].skipped
    assert library.get_posting(three[0]).sections[1].items[0].text == "3年以上相关工作经验"


def test_a_failure_half_way_changes_nothing(
    library: Library, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jdeditor.store.writing import PostingWriter

    family = _experience_family(library)
    original = PostingWriter.save_in
    saved: list[int] = []

    def failing(self: PostingWriter, session: object, posting: object, note: str) -> int:
        if saved:
            raise RuntimeError("disk full")
        saved.append(1)
        return original(self, session, posting, note)  # type: ignore[arg-type]

    monkeypatch.setattr(PostingWriter, "save_in", failing)
    with pytest.raises(RuntimeError):
        library.reword_family(family.id, "3年及以上相关工作经验")
    assert saved == [1]
    assert all(library.get_posting(posting_id).version == 1 for posting_id in three)
    assert library.reword_changes() == []


def test_revert_puts_postings_back_and_names_conflicts(library: Library, three: list[int]) -> None:
    family = _experience_family(library)
    result = library.reword_family(family.id, "3年及以上相关工作经验")
    later = library.get_posting(three[2])
    later.title = "C2"
    library.save_posting(later)
    reverted = library.revert_reword(result.change_id)
    assert sorted(reverted.restored) == [three[0], three[1]]
    assert reverted.conflicts == [three[2]]
    back = library.get_posting(three[1])
    assert back.version == 3
    assert back.sections[1].items[0].text == "三年以上相关工作经验"
    assert library.history(three[1])[0].note == f"reverted reword {result.change_id}"
    assert library.get_posting(three[2]).sections[1].items[0].text == "3年及以上相关工作经验"
    assert library.reword_changes()[0].reverted_at is not None
    with pytest.raises(UserFacingError, match="already reverted"):
        library.revert_reword(result.change_id)
    with pytest.raises(NotFoundError, match="no reword change 99"):
        library.revert_reword(99)


def test_an_empty_wording_is_refused(library: Library, three: list[int]) -> None:
    family = _experience_family(library)
    with pytest.raises(UserFacingError, match="empty"):
        library.reword_family(family.id, "  ")
