"""The head of the statements' page order, in memory, for searches with many hits.

The head is every statement that is preferred or used more than once (postings + uses
above 1): in the page order (preferred, postings + uses, text, id) it comes before all
the others, the tail. A search with many hits (``excel``: 115,000 hits at 100,000
postings) must find the head's hits in page order, and asking the index for them means
looking up each of its hits in ``statements`` (30-40 ms). Here the head's wordings,
folded as the matcher folds them (``statement_match.folded``: NFKC, lower-cased), are
joined in page order into one string (one for every kind, and one per kind asked for),
so that ``str.find`` of the rarest of the query's words gives the only candidates, each
then confirmed by ``StatementMatcher``; wordings with a character that folds apart from
``lower()`` (é → e) are always confirmed. The other conditions of a page (a live
posting uses it or it is a starter, the language) are checked as the candidates' rows
are read.

:class:`HeadCache` keeps one library's head while the statements stay as they were: it
is built again after any write of the statements this process makes (the repository
calls :meth:`HeadCache.changed`) and after any write another process makes to the
library (a SQLite file: the size and time of the file and its WAL; PostgreSQL: the
server's WAL position, which moves with every write). A head is kept only when that
state could be read, so a stale head is never served.
"""

from __future__ import annotations

import bisect
import heapq
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, false, select, true
from sqlalchemy.exc import DBAPIError

from jdeditor.store.statement_match import StatementMatcher, folded, folding_apart
from jdeditor.store.tables import statements

# A SQLite file written this recently (in seconds) may be written again within the same
# tick of the file system's clock, with the same size: its head is used once, not kept.
SETTLED = 0.2
# A query's words are counted in this many characters of the head to choose the rarest.
_SAMPLE = 100_000


class Head:
    """The head's statements (of one kind, or of all) in page order: their ids, their
    wordings, and the wordings folded and joined by NUL."""

    def __init__(self, rows: list[tuple[int, str]]) -> None:
        self.ids = [int(row[0]) for row in rows]
        self.texts = [row[1] for row in rows]
        joined = "\x00".join(self.texts)
        normal = unicodedata.normalize("NFKC", joined)
        parts = normal.lower().split("\x00")
        if len(parts) != len(self.texts):  # a wording with NUL in it: one at a time
            parts = [folded(text)[0] for text in self.texts]
            normal = "\x00".join(unicodedata.normalize("NFKC", text) for text in self.texts)
        self._starts: list[int] = []
        position = 0
        for part in parts:
            self._starts.append(position)
            position += len(part) + 1
        self._joined = "\x00".join(parts)
        # The wordings with a character that folds apart from lower(): always confirmed.
        self._apart = sorted(
            {self._at(found.start()) for found in folding_apart().finditer(normal)}
            if len(normal) == len(self._joined)
            else {index for index, text in enumerate(self.texts) if not folded(text)[1]}
        )

    def __len__(self) -> int:
        return len(self.ids)

    def hits(self, matcher: StatementMatcher) -> Iterator[int]:
        """The ids of the head's statements that match, in page order."""
        joined, starts = self._joined, self._starts
        apart = set(self._apart)
        last = -1
        if matcher.literal is not None:
            # One CJK run: a plain wording that holds it matches, and only such a one.
            for index in heapq.merge(self._holding(matcher.literal), self._apart):
                if index == last:
                    continue
                last = index
                if index not in apart or matcher.matches(self.texts[index]):
                    yield self.ids[index]
            return
        # The rarest of the query's words (counted in the first wordings) gives the
        # fewest candidates; a candidate must hold the others too.
        words = sorted(matcher.words, key=len, reverse=True)
        key = words[0]
        if len(words) > 1:
            key = min(words, key=lambda word: joined.count(word, 0, _SAMPLE))
        others = [word for word in matcher.words if word != key]
        for index in heapq.merge(self._holding(key), self._apart):
            if index == last:
                continue
            last = index
            if index not in apart and others:
                end = starts[index + 1] - 1 if index + 1 < len(starts) else len(joined)
                part = joined[starts[index] : end]
                if not all(word in part for word in others):
                    continue
            if matcher.confirms(self.texts[index]):
                yield self.ids[index]

    def _at(self, position: int) -> int:
        return bisect.bisect_right(self._starts, position) - 1

    def _holding(self, word: str) -> Iterator[int]:
        """The positions whose folded wording holds ``word``, in order."""
        joined, starts = self._joined, self._starts
        count = len(starts)
        at = joined.find(word)
        while at >= 0:
            index = self._at(at)
            yield index
            if index + 1 >= count:
                return
            at = joined.find(word, starts[index + 1])


def rank_order() -> tuple[ColumnElement[object], ...]:
    """The statements' page order: preferred first, then by postings + uses, text, id."""
    return (
        statements.c.preferred.desc(),
        (statements.c.postings + statements.c.uses).desc(),
        statements.c.text,
        statements.c.id,
    )


def read_head(connection: Connection, kind: str | None) -> Head:
    """The head (of ``kind``, or of every kind) in page order, read from the rank index
    alone (id and text): the preferred statements, then the others used more than once,
    two ranges of ``ix_statements_rank`` (``ix_statements_rank_kind``)."""
    score = statements.c.postings + statements.c.uses
    rows: list[tuple[int, str]] = []
    for part in (
        statements.c.preferred == true(),
        (statements.c.preferred == false()) & (score > 1),
    ):
        found = select(statements.c.id, statements.c.text).where(part)
        if kind is not None:
            found = found.where(statements.c.kind == kind)
        result = connection.execute(found.order_by(*rank_order()))
        rows.extend((int(row[0]), row[1]) for row in result)
    return Head(rows)


class HeadCache:
    """One library's :class:`Head`, kept while its statements stay as they were."""

    def __init__(self, file: Path | None) -> None:
        self._file = file
        self._lock = threading.Lock()
        self._changes = 0
        self._kept: tuple[object, dict[str | None, Head]] | None = None

    def changed(self) -> None:
        """This process wrote the statements (after the write's commit)."""
        with self._lock:
            self._changes += 1
            self._kept = None

    def head(self, connection: Connection, kind: str | None, build: bool = True) -> Head | None:
        """The current head of ``kind`` (None: of every kind); None when the library's
        state cannot be read (the caller then finds the head's hits another way), or
        when it is not kept and ``build`` is False."""
        with self._lock:
            state = self._state(connection)
            if state is None:
                return None
            stamp, settled = state
            if self._kept is None or self._kept[0] != stamp:
                self._kept = (stamp, {})
            heads = self._kept[1]
            if kind in heads:
                return heads[kind]
            if not build:
                return None
            head = read_head(connection, kind)
            # Kept only when nothing was written while it was read. Its queries see the
            # library as of after the state was read: on SQLite each read outside a
            # write is its own (pysqlite begins no transaction for it), on PostgreSQL
            # each query of a read-committed transaction.
            if settled and self._state(connection) == state:
                heads[kind] = head
            return head

    def _state(self, connection: Connection) -> tuple[object, bool] | None:
        """What the head is read at, and whether it may be kept."""
        outside = self._outside(connection)
        if outside is None:
            return None
        return (self._changes, outside[0]), outside[1]

    def _outside(self, connection: Connection) -> tuple[object, bool] | None:
        """What every write of another process moves (any write to the library: the
        head is read again more often than needed, never less), and whether it may be
        kept; None when it cannot be read."""
        if connection.dialect.name == "postgresql":
            try:
                position = connection.exec_driver_sql(
                    "SELECT pg_current_wal_insert_lsn()::text"
                ).scalar()
            except DBAPIError:  # a standby (in recovery) or no right: no head
                connection.rollback()
                return None
            return position, True
        if connection.dialect.name != "sqlite":
            return None
        if self._file is None:  # in memory: only this process writes it
            return (), True
        files = []
        newest = 0
        for path in (self._file, self._file.with_name(self._file.name + "-wal")):
            try:
                info = path.stat()
            except OSError:
                files.append((0, -1))
                continue
            files.append((info.st_mtime_ns, info.st_size))
            newest = max(newest, info.st_mtime_ns)
        return tuple(files), time.time_ns() - newest > SETTLED * 1e9
