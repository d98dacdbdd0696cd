"""The command line's writing commands under a race: someone else saves the posting
between the command's load and its save. The command must refuse (``ConflictError``,
printed by the CLI with exit status 1), never overwrite silently. On both databases."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

import pytest

from jdeditor.commands.history import cmd_revert, cmd_set
from jdeditor.core.model import Posting
from jdeditor.errors import ConflictError
from jdeditor.service import Library
from tests.factories import chinese_posting


@pytest.fixture
def libraries(library_url: str) -> Iterator[tuple[Library, Library]]:
    """My library and someone else's, on the same database."""
    with Library.open(library_url) as mine, Library.open(library_url, create=False) as theirs:
        yield mine, theirs


def they_save_after_each_load(
    monkeypatch: pytest.MonkeyPatch, mine: Library, theirs: Library, method: str
) -> list[int]:
    """Wrap ``mine.<method>`` so that someone else saves right after it returns."""
    original: Callable[..., Posting] = getattr(mine, method)
    saved: list[int] = []

    def then_they_save(posting_id: int, *args: object, **kwargs: object) -> Posting:
        result = original(posting_id, *args, **kwargs)
        if not saved:
            other = theirs.get_posting(posting_id)
            other.department = "他们改的部门"
            saved.append(theirs.save_posting(other).version)
        return result

    monkeypatch.setattr(mine, method, then_they_save)
    return saved


def test_set_refuses_when_someone_saved_between_its_load_and_its_save(
    libraries: tuple[Library, Library], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = libraries
    stored = mine.create_posting(chinese_posting())
    assert stored.id is not None
    saved = they_save_after_each_load(monkeypatch, mine, theirs, "get_posting")
    args = argparse.Namespace(id=stored.id, field="title", value="我的标题")
    with pytest.raises(ConflictError) as raised:
        cmd_set(mine, args)
    assert raised.value.actual_version == saved[0] == 2
    now = theirs.get_posting(stored.id)
    assert (now.title, now.department, now.version) == (stored.title, "他们改的部门", 2)
    assert len(theirs.history(stored.id)) == 2


def test_revert_refuses_when_someone_saved_meanwhile(
    libraries: tuple[Library, Library], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine, theirs = libraries
    stored = mine.create_posting(chinese_posting())
    assert stored.id is not None
    edited = mine.get_posting(stored.id)
    edited.title = "第二版"
    mine.save_posting(edited)
    they_save_after_each_load(monkeypatch, mine, theirs, "get_posting")
    with pytest.raises(ConflictError):
        cmd_revert(mine, argparse.Namespace(id=stored.id, rev=1))
    now = theirs.get_posting(stored.id)
    assert (now.title, now.department, now.version) == ("第二版", "他们改的部门", 3)


def test_the_cli_prints_the_conflict_and_fails(
    libraries: tuple[Library, Library],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from jdeditor import cli

    mine, theirs = libraries
    stored = mine.create_posting(chinese_posting())
    assert stored.id is not None
    they_save_after_each_load(monkeypatch, mine, theirs, "get_posting")
    monkeypatch.setattr(Library, "open", classmethod(lambda cls, *a, **k: mine))
    monkeypatch.setattr(mine, "close", lambda: None)
    status = cli.main(["set", str(stored.id), "title", "我的标题"])
    assert status == 1
    assert "changed by someone else" in capsys.readouterr().err
    assert theirs.get_posting(stored.id).title == stored.title
