"""Word tables: reading them as a grid, and reading table-form job descriptions (岗位说明书).

A table is read into a grid of cells with their grid columns, so merged cells are seen
once: a cell spanning columns (``w:gridSpan``) is one cell, and a cell merged downwards
(``w:vMerge``) appears in the rows below as a continuation of the cell that holds the text.

A table is a job description form when at least two of its cells are known labels
(岗位名称, 所属部门, 岗位职责, Job Title, Requirements…) and one of them names the title,
the duties or the requirements. Such a table is turned into postings directly; any other
table is text, read cell by cell, row by row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from jdeditor.core.model import Posting, Section, SectionKind
from jdeditor.core.structure.english_headings import lead_in_kind
from jdeditor.core.structure.headings import match_heading
from jdeditor.formats.docx_cell_items import items_of
from jdeditor.formats.docx_form_labels import (
    CONTINUED_RE,
    INLINE_LABEL_RE,
    TYPED_NOTES,
    Label,
    Slot,
    label_key,
    label_like,
    match_label,
    strip_label,
)
from jdeditor.formats.docx_lists import (
    MC,
    VAL,
    Element,
    ParagraphReader,
    Piece,
    W,
    WordParagraph,
)


@dataclass(eq=False)
class GridCell:
    """One cell; ``origin`` is set when the cell continues a merged cell above or left."""

    start: int
    end: int
    paragraphs: list[WordParagraph]
    origin: GridCell | None = None

    @property
    def owner(self) -> GridCell:
        return self.origin or self

    @property
    def text(self) -> str:
        return "\n".join(paragraph.text for paragraph in self.paragraphs).strip()


@dataclass(eq=False)
class WordTable:
    rows: list[list[GridCell]]

    def paragraphs(self) -> list[WordParagraph]:
        """Every paragraph of the table in reading order, merged cells once."""
        seen: set[int] = set()
        result: list[WordParagraph] = []
        for row in self.rows:
            for cell in row:
                owner = cell.owner
                if id(owner) not in seen:
                    seen.add(id(owner))
                    result.extend(owner.paragraphs)
        return result


Block = WordParagraph | WordTable
# Elements that wrap body content: content controls, custom XML, tracked moves, and the
# choice of a compatibility block (its fallback repeats the same content).
_WRAPPERS = frozenset(
    {
        f"{W}sdt",
        f"{W}sdtContent",
        f"{W}customXml",
        f"{W}ins",
        f"{W}moveTo",
        f"{MC}AlternateContent",
        f"{MC}Choice",
    }
)


def read_blocks(container: Element, reader: ParagraphReader) -> list[Block]:
    """Paragraphs and tables of a body, cell or text box, in reading order."""
    blocks: list[Block] = []
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            paragraph, boxes = reader.read(child)
            blocks.append(paragraph)
            for box in boxes:
                blocks.extend(read_blocks(box, reader))
        elif tag == f"{W}tbl":
            blocks.append(_read_table(child, reader))
        elif tag in _WRAPPERS:
            blocks.extend(read_blocks(child, reader))
    return blocks


def flatten(blocks: list[Block]) -> list[WordParagraph]:
    result: list[WordParagraph] = []
    for block in blocks:
        if isinstance(block, WordTable):
            result.extend(block.paragraphs())
        else:
            result.append(block)
    return result


def _children(element: Element, tag: str) -> Iterator[Element]:
    """Direct children with ``tag``, looking through content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            yield from _children(child, tag)


def _int_of(element: Element | None, default: int) -> int:
    if element is None:
        return default
    try:
        return max(int(element.get(VAL, default)), 0)
    except ValueError:
        return default


def _read_table(table: Element, reader: ParagraphReader) -> WordTable:
    rows: list[list[GridCell]] = []
    above: list[GridCell] = []
    for tr in _children(table, f"{W}tr"):
        column = _int_of(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        row: list[GridCell] = []
        for tc in _children(tr, f"{W}tc"):
            properties = tc.find(f"{W}tcPr")
            span = 1
            vmerge = hmerge = None
            if properties is not None:
                span = max(_int_of(properties.find(f"{W}gridSpan"), 1), 1)
                vmerge = properties.find(f"{W}vMerge")
                hmerge = properties.find(f"{W}hMerge")
            cell = GridCell(column, column + span, flatten(read_blocks(tc, reader)))
            # A continuation cell's own text (normally none) is kept as a cell of its own.
            if not cell.text:
                if vmerge is not None and vmerge.get(VAL) != "restart":
                    cell.origin = next((c.owner for c in above if c.start == column), None)
                elif hmerge is not None and hmerge.get(VAL) != "restart" and row:
                    cell.origin = row[-1].owner
            row.append(cell)
            column += span
        rows.append(row)
        above = row
    return WordTable(rows)


@dataclass(eq=False)
class Entry:
    """A cell of a form as read: a label, a value, or both (``岗位名称：产品经理`` in one cell)."""

    cell: GridCell
    label: Label | None
    value: list[WordParagraph]
    continues: Entry | None = None  # a merged cell seen again: the entry that read it
    inline: bool = False  # label and value share the cell: 岗位名称：产品经理

    @property
    def key(self) -> int:
        return id(self.cell)

    @property
    def empty(self) -> bool:
        return self.label is None and self.continues is None and not _lines(self.value)


def analyse_cell(cell: GridCell) -> Entry:
    paragraphs = [p for p in cell.paragraphs if p.text.strip()]
    if not paragraphs:
        return Entry(cell, None, [])
    first = paragraphs[0]
    label = match_label(first.text) if len(first.pieces) == 1 else None
    if label is not None:
        return Entry(cell, replace(label, marks_continued=first.form_label), paragraphs[1:])
    match = INLINE_LABEL_RE.match(first.pieces[0].text)
    label = match_label(match.group("label")) if match else None
    if match is None or label is None:
        return Entry(cell, None, paragraphs)
    rest = match.group("rest").strip()
    pieces = ((Piece(rest, False),) if rest else ()) + first.pieces[1:]
    value = ([replace(first, pieces=pieces)] if pieces else []) + paragraphs[1:]
    return Entry(cell, label, value, inline=True)


def read_entries(table: WordTable) -> list[list[Entry]]:
    """The table's cells as entries, row by row; a merged cell is read once."""
    analysed: dict[int, Entry] = {}
    rows: list[list[Entry]] = []
    for row in table.rows:
        entries: list[Entry] = []
        seen: set[int] = set()
        for cell in row:
            owner = cell.owner
            if id(owner) in seen:
                continue
            seen.add(id(owner))
            if id(owner) in analysed:
                entries.append(Entry(owner, None, [], continues=analysed[id(owner)]))
            else:
                entry = analyse_cell(owner)
                analysed[id(owner)] = entry
                entries.append(entry)
        rows.append(entries)
    return rows


def is_form(rows: list[list[Entry]]) -> bool:
    labels = [e.label for row in rows for e in row if e.label is not None]
    if len({label.text for label in labels}) < 2:
        return False
    return any(
        label.slot is Slot.TITLE or label.kind in (SectionKind.DUTIES, SectionKind.REQUIREMENTS)
        for label in labels
    )


# -- forms to postings ----------------------------------------------------------------------

_HEADCOUNT_RE = re.compile(r"^(\d{1,5})\s*(?:人|名|位|个|people|persons?)?$", re.IGNORECASE)
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
MAX_NOTE_CHARS = 80
MAX_COLUMN_LABEL_CHARS = 60  # as long as a section heading the recogniser reads
_TEXT_SLOTS = {
    Slot.DEPARTMENT: "department",
    Slot.REPORTS_TO: "reports_to",
    Slot.LOCATION: "location",
}


@dataclass
class FormPosting:
    """A posting read from a form; the title may be empty (the caller supplies one)."""

    posting: Posting
    first_line: int
    last_line: int
    # Summary lines of salary and employment-type rows (``薪资范围：15-25K``): the caller
    # reads them into fields and drops those it could read.
    typed_notes: tuple[str, ...] = ()


def _lines(paragraphs: list[WordParagraph]) -> list[str]:
    return [piece.text.strip() for p in paragraphs for piece in p.pieces if piece.text.strip()]


def _headcount(text: str) -> int | None:
    match = _HEADCOUNT_RE.match(text.strip())
    return int(match.group(1)) if match else None


class FormBuilder:
    """Receives label/value pairs in table order and fills one posting after another."""

    def __init__(self) -> None:
        self.done: list[FormPosting] = []
        self._start()

    def _start(self) -> None:
        self.posting = Posting()
        self.summary: list[str] = []
        self.sections: dict[int, Section] = {}
        # Each section's value paragraphs, over all the rows it spans (in table order).
        self.cells: list[tuple[Section, list[WordParagraph]]] = []
        self.numbers: list[int] = []
        self.typed_notes: list[str] = []
        self.has_content = False

    def next_posting(self) -> None:
        if self.has_content:
            self.posting.summary = "\n".join(self.summary)
            first, last = min(self.numbers), max(self.numbers)
            notes = tuple(self.typed_notes)
            self.done.append(FormPosting(self.posting, first, last, notes))
        self._start()

    def finish(self) -> list[FormPosting]:
        self.next_posting()
        return self.done

    def _note(self, label: Label, text: str) -> None:
        colon = "：" if _CJK_RE.search(label.text) else ": "
        line = f"{label.text}{colon}{text}"
        self.summary.append(line)
        if label_key(label.text) in TYPED_NOTES:
            self.typed_notes.append(line)

    def orphan(self, entry: Entry) -> None:
        """A value without a label: kept in the summary."""
        self._record(entry)
        self.summary.extend(_lines(entry.value))
        self.has_content = True

    def _record(self, entry: Entry) -> None:
        self.numbers.extend(p.number for p in entry.cell.paragraphs)

    def assign(self, label: Label, key: int, value_entry: Entry) -> None:
        """Put one value (or, for a section label, nothing yet) where its label says."""
        value = value_entry.value
        lines = _lines(value)
        text = " ".join(lines)
        slot = label.slot
        if slot is Slot.TITLE and self.posting.title and len(lines) > 1:
            # Paragraphs under a title's label (招聘岗位 over the posts on offer) after the
            # posting's title: one of its sections, not a second posting's title.
            self._record(value_entry)
            self._section(label, key, value)
            return
        if slot is Slot.TITLE and self.posting.title and text:
            self.next_posting()  # a second title: the table holds another posting
        self._record(value_entry)
        posting = self.posting
        if slot is Slot.TITLE:
            if text:
                posting.title = text
                self.has_content = True
            return
        wide = value_entry.cell.end - value_entry.cell.start > 1
        if (
            slot is Slot.SECTION
            or (slot is Slot.NOTE and len(lines) > 1)
            or (slot is Slot.NOTE and len(text) > MAX_NOTE_CHARS)
            # A row of its own under a label no vocabulary knows: a section (关于薪资 over
            # one line of text), as a form like formal-zh writes the posting's own headings.
            or (slot is Slot.NOTE and not label.known and wide and bool(text))
        ):
            self._section(label, key, value)
            return
        if not text:
            return
        self.has_content = True
        attribute = _TEXT_SLOTS.get(slot)
        headcount = _headcount(text) if slot is Slot.HEADCOUNT else None
        if attribute is not None and not getattr(posting, attribute):
            setattr(posting, attribute, text)
        elif headcount is not None and posting.headcount is None:
            posting.headcount = headcount
        elif slot is Slot.SUMMARY:
            self.summary.extend(lines)
        else:
            self._note(label, text)  # a second value, a salary, a label we do not know

    def _section(self, label: Label, key: int, value: list[WordParagraph]) -> None:
        section = self.sections.get(key)
        # A field's label over a section (Compensation over a list) names it as a heading.
        heading = match_heading(label.text, marked=True) if label.kind is None else None
        # A label cell reads as a heading with a colon, as a marked heading does in a text:
        # ``Data Science skills (as a plus)`` opens the preferred skills.
        lead_in = lead_in_kind(f"{label.text}:") if label.kind is None else None
        kind = label.kind or (heading.kind if heading else None) or lead_in or SectionKind.OTHER
        last = self.posting.sections[-1] if self.posting.sections else None
        base = CONTINUED_RE.sub("", label.text)
        if base != label.text and last is not None and last.heading == base:
            section = self.sections[key] = last  # 岗位职责（续）: the same section goes on
        same = last is not None and (last.heading, last.kind) == (label.text, kind)
        if section is None and last is not None and same and not label.marks_continued:
            # The same label again on the next row: a section that goes on (a form that
            # repeats its label where a long row continues onto the next page).
            section = self.sections[key] = last
        if section is None:
            section = Section(kind, label.text)
            self.sections[key] = section
            self.posting.sections.append(section)
            self.cells.append((section, []))
        paragraphs = next(cell for owner, cell in self.cells if owner is section)
        paragraphs.extend(value)
        # A section over several rows (岗位职责 then 岗位职责（续）, a long row continued on the
        # next page) is read as one cell: whether a paragraph is prose or an item, or heads
        # the text after it, is decided on the whole section, as in a Word body.
        section.items[:] = items_of(paragraphs, section.kind)
        self.has_content = True


def _next_filled(row: list[Entry], index: int) -> Entry | None:
    for entry in row[index + 1 :]:
        if entry.continues is None and not entry.empty:
            return entry
    return None


def _unknown_label(row: list[Entry], index: int, columns: set[int], opened: bool) -> bool:
    """A cell that is not a known label but stands where labels stand, with a value after it."""
    entry = row[index]
    following = _next_filled(row, index)
    if following is None or following.label is not None or len(entry.value) != 1:
        return False
    text = entry.value[0].text.strip()
    if entry.cell.start in columns:
        # In the label column any one line is a label, even a long heading of the posting's
        # own ("觉得应用开发越来越无聊…", "This is the process we follow").
        return "\n" not in text and len(text) <= MAX_COLUMN_LABEL_CHARS
    return label_like(text) and not opened


def _below(pending: list[Entry], entry: Entry) -> Entry | None:
    """The waiting label whose columns overlap the value cell most."""
    best: Entry | None = None
    best_overlap = 0
    for label in pending:
        overlap = min(label.cell.end, entry.cell.end) - max(label.cell.start, entry.cell.start)
        if overlap > best_overlap:
            best, best_overlap = label, overlap
    return best


def _label_of(entry: Entry) -> Label | None:
    return entry.continues.label if entry.continues is not None else entry.label


def _in_value_place(row: list[Entry], index: int, pending: list[Entry]) -> bool:
    """Whether a ``label：value`` cell (or a cell that opens with a label) is really a value:
    right of a label that has none, or under a section label (``学历：本科`` in the cell
    below ``任职要求``)."""
    entry = row[index]
    if not entry.inline and not (entry.label is not None and entry.value):
        return False
    before = [e for e in row[:index] if not e.empty]
    if before:
        # Right of a label that has no value: a value, even when it opens with words that
        # could be a label (业务技能要求 over its list, in the 任职要求 row).
        last = before[-1]
        return _label_of(last) is not None and not last.value and not last.inline
    if not entry.inline:
        return False
    if any(_label_of(e) is not None and not e.inline for e in row):
        return False
    above = _below(pending, entry)
    return above is not None and above.label is not None and above.label.slot is Slot.SECTION


def _as_value(entry: Entry) -> Entry:
    return Entry(entry.cell, None, [p for p in entry.cell.paragraphs if p.text.strip()])


def _read_form(rows: list[list[Entry]], builder: FormBuilder) -> None:
    """Labels with their values to the right, or below (a label row above a value row)."""
    columns = {e.cell.start for row in rows for e in row if e.label is not None}
    pending: list[Entry] = []
    for cells in rows:
        row = [
            _as_value(e) if _in_value_place(cells, i, pending) else e for i, e in enumerate(cells)
        ]
        labelled = False
        opened: Entry | None = None
        filled = False
        awaiting: list[Entry] = []
        for index, entry in enumerate(row):
            if entry.continues is not None:
                if entry.continues.label is not None:
                    opened, filled, labelled = entry.continues, False, True
                continue
            if entry.label is not None:
                builder.assign(entry.label, entry.key, entry)
                opened, filled, labelled = entry, bool(entry.value), True
                if not entry.value:
                    awaiting.append(entry)
                continue
            if entry.empty:
                continue
            pair = _unknown_label(row, index, columns, opened is not None)
            if opened is not None and opened.label is not None and not (filled and pair):
                builder.assign(opened.label, opened.key, entry)
                filled = True
                if opened in awaiting:
                    awaiting.remove(opened)
                continue
            target = None if labelled or any(e.label for e in row) else _below(pending, entry)
            if target is not None and target.label is not None:
                builder.assign(target.label, target.key, entry)
                continue
            if pair:
                first = entry.value[0]
                written = strip_label(first.text)
                entry.label = Label(
                    written, Slot.NOTE, known=False, marks_continued=first.form_label
                )
                builder.assign(entry.label, entry.key, Entry(entry.cell, None, []))
                opened, filled, labelled = entry, False, True
                continue
            builder.orphan(entry)
        if labelled:
            pending = awaiting


def _list_header(rows: list[list[Entry]]) -> int | None:
    """The header row of a list of postings (岗位名称 | 人数 | 要求, one posting a row)."""
    for index, row in enumerate(rows):
        labels = [e for e in row if e.label is not None and e.continues is None]
        if not labels:
            continue
        if len(labels) < 2 or any(e.value for e in labels):
            return None
        if any(e.label is None and not e.empty and e.continues is None for e in row):
            return None
        if not any(e.label.slot is Slot.TITLE for e in labels if e.label is not None):
            return None
        data = [r for r in rows[index + 1 :] if any(not e.empty for e in r)]
        if len(data) < 2 or any(e.label is not None for r in data for e in r):
            return None
        return index
    return None


def _read_list_table(rows: list[list[Entry]], header: int, builder: FormBuilder) -> None:
    heads = [e for e in rows[header] if e.label is not None]
    for row in rows[header + 1 :]:
        filled = [e for e in row if e.continues is None and not e.empty]
        if not filled:
            continue
        builder.next_posting()
        for entry in filled:
            target = _below(heads, entry)
            if target is not None and target.label is not None:
                builder.assign(target.label, id(entry), entry)
            else:
                builder.orphan(entry)
    builder.next_posting()
    caption = [e for row in rows[:header] for e in row if e.continues is None and not e.empty]
    if caption and builder.done:
        first = builder.done[0]
        lines = [line for entry in caption for line in _lines(entry.value)]
        summary = first.posting.summary
        first.posting.summary = "\n".join([*lines, summary] if summary else lines)
        first.first_line = min(
            [first.first_line, *(p.number for e in caption for p in e.cell.paragraphs)]
        )


def form_postings(table: WordTable) -> list[FormPosting] | None:
    """The postings of a table-form job description, or None if the table is not one."""
    rows = read_entries(table)
    if not is_form(rows):
        return None
    builder = FormBuilder()
    header = _list_header(rows)
    if header is not None:
        _read_list_table(rows, header, builder)
    else:
        _read_form(rows, builder)
    return builder.finish()
