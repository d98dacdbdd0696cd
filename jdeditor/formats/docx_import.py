"""Reading Word (.docx) files into postings.

The file is checked before python-docx opens it: size, zip structure, the sizes its
members would expand to (a zip bomb is refused without being unpacked), and the Word main
part. Old .doc files and password-protected documents (both OLE compound files) are
recognised and refused with advice.

The body is read in order. Paragraphs, and tables that are only text, become source lines
for the structure recogniser; table-form job descriptions (岗位说明书 tables) become postings
directly (``docx_tables``). Short text next to a form (a document title above the table,
signatures below it) is kept with that form's posting.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError

from jdeditor.core.model import Language, Posting, SectionKind
from jdeditor.core.structure import (
    ParsedPosting,
    ParseOptions,
    ParseWarning,
    SourceLine,
    detect_language,
    parse_lines,
)
from jdeditor.core.structure.contact import gather_contact_lines
from jdeditor.errors import InputFileError
from jdeditor.formats.docx_facts import Facts, apply_facts
from jdeditor.formats.docx_lists import ItemIndents, ParagraphReader, WordParagraph
from jdeditor.formats.docx_tables import FormPosting, WordTable, form_postings, read_blocks

logger = logging.getLogger(__name__)

MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
# Word's XML compresses about 10:1, very repetitive tables a few hundred to one; a bomb's
# runs of zeros go to 1000:1.
MAX_RATIO = 500
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may have any ratio
ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN_PART = "word/document.xml"
_WORD_MAIN_TYPE = b"wordprocessingml.document.main+xml"
_ENCRYPTION_MARKERS = (b"EncryptionInfo", "EncryptionInfo".encode("utf-16-le"))
_NO_DUTIES = "no_duties"
_STRUCTURE_CODES = frozenset({_NO_DUTIES, "no_headings"})
TITLE_WINDOW_LINES = 60  # the first lines of a page, enough to see whether it opens a posting


def looks_like_docx(path: Path, head: bytes) -> bool:
    """A .docx name, or a zip whose first bytes name the Word main part."""
    if path.suffix.lower() == ".docx":
        return True
    return head.startswith(ZIP_SIGNATURE) and MAIN_PART.encode() in head


def read_docx(path: Path, options: ParseOptions) -> list[ParsedPosting]:
    """The postings in a Word file; raises InputFileError naming the file."""
    return read_docx_source(path, options)[0]


def read_docx_source(
    path: Path, options: ParseOptions, facts: list[tuple[int, Facts]] | None = None
) -> tuple[list[ParsedPosting], list[SourceLine]]:
    """The postings in a Word file, and its paragraphs as source lines (form tables left
    out, as in :func:`docx_source_lines`).

    ``facts``: gets our templates' facts lines (paragraph number, values), which are no
    source lines, so that the import review can read them again after a split or merge.
    """
    document = open_docx(path)
    if not options.fallback_title:
        options = replace(options, fallback_title=path.stem)
    if facts is None:
        facts = []
    parts = _read_parts(document, facts)
    lines = [line for part in parts if isinstance(part, list) for line in part]
    parsed = _assemble(parts, options)
    apply_facts(parsed, facts)
    return parsed, lines


def docx_source_lines(document: Any) -> list[SourceLine]:
    """Body paragraphs in reading order as recogniser input, with form tables left out.

    Text tables are read cell by cell, row by row; paragraph numbers count every
    paragraph of the body, so they are the same as in warnings from :func:`read_docx`.
    """
    lines: list[SourceLine] = []
    for part in _read_parts(document):
        if isinstance(part, list):
            lines.extend(part)
    return lines


# -- opening ------------------------------------------------------------------------------


def open_docx(path: Path) -> Any:
    """Check a file and open it with python-docx; raises InputFileError naming the file."""
    data = _read_bytes(path)
    _check_container(path, data)
    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError as error:
        raise _damaged(path, "it is not a Word package") from error
    except ValueError as error:
        if "content type" in str(error):
            raise InputFileError(
                f"{path} is a Word template or macro document, not a .docx document. "
                "Open it in Word or WPS, save it as a Word Document (.docx), and import that."
            ) from error
        raise _damaged(path, str(error)) from error
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, SyntaxError) as error:
        # SyntaxError: lxml's XMLSyntaxError, a part that is not well-formed XML.
        raise _damaged(path, str(error) or type(error).__name__) from error


def _damaged(path: Path, detail: str) -> InputFileError:
    return InputFileError(
        f"{path} is damaged and cannot be read as a Word document ({detail}). Open it in "
        "Word or WPS (which can often repair it), save it again as .docx, and import that.",
        "damaged_word_file",
        name=str(path),
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCX_BYTES:
            raise InputFileError(
                f"{path} is {size / 1_048_576:.0f} MB, larger than any Word file of job "
                f"postings (the limit is {MAX_DOCX_BYTES // 1_048_576} MB). Check that it is "
                "the right file; if it holds large pictures, save a copy without them."
            )
        return path.read_bytes()
    except OSError as error:
        raise InputFileError.unreadable(path, error) from error


def _check_container(path: Path, data: bytes) -> None:
    """Refuse what is not a sound .docx before python-docx unpacks anything."""
    if not data:
        raise InputFileError(
            f"{path} is empty (0 bytes): there is nothing to import.", "empty_file", name=str(path)
        )
    if data.startswith(OLE_SIGNATURE):
        if any(marker in data for marker in _ENCRYPTION_MARKERS):
            raise InputFileError(
                f"{path} is protected with a password, so JD Editor cannot read it. Open it "
                "in Word, remove the password (File > Info > Protect Document > Encrypt with "
                "Password, clear the box), save it, and import it again.",
                "encrypted_word_file",
                name=str(path),
            )
        raise InputFileError(
            f"{path} is an old Word 97-2003 .doc file (or another old Office file), not a "
            ".docx file. Open it in Word or WPS and save it as a Word Document (.docx), "
            "then import that.",
            "old_word_file",
            name=str(path),
        )
    if not data.startswith(ZIP_SIGNATURE):
        raise InputFileError(f"{path} is not a Word document: {_what_it_is(data)}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(path, members)
            names = {member.filename for member in members}
            if MAIN_PART not in names:
                _refuse_other_package(path, archive, names)
    except zipfile.BadZipFile as error:
        raise InputFileError(
            f"{path} is damaged: it is not a complete zip package ({error}), so it cannot be "
            "a .docx file. If it opens in Word or WPS, save it again as .docx and import that.",
            "damaged_word_file",
            name=str(path),
        ) from error


def _what_it_is(data: bytes) -> str:
    head = data[:1024]
    if head.startswith(b"{\\rtf"):
        return (
            "it is an RTF file with a .docx name. Open it in Word or WPS and save it as a "
            "Word Document (.docx), then import that."
        )
    if head.startswith(b"%PDF"):
        return "it is a PDF file. Copy its text into a .txt file, or paste it into the editor."
    if head.lstrip().lower().startswith((b"<html", b"<!doctype", b"<?xml")):
        return (
            "it is a web page or XML file with a .docx name (some systems export 'Word' "
            "files this way). Open it in Word or WPS and save it as .docx, then import that."
        )
    if _is_text(head):
        return "it is a text file. Give it a .txt name and import it as text."
    return (
        "its content is not a .docx package (a .docx file is a zip archive). "
        "Check that it is the right file, or save it again from Word as .docx."
    )


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character may be cut at the end of the sample.
        return error.start >= len(head) - 3
    return True


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Zip-bomb guard: declared sizes are enforced by zipfile while reading, so checking
    them here bounds what python-docx will unpack."""
    bomb = InputFileError(
        f"{path} would unpack to far more data than a Word document holds (a 'zip bomb' "
        "or a damaged file), so it was not opened. Check where the file came from."
    )
    if len(members) > MAX_MEMBERS:
        raise bomb
    total = 0
    for member in members:
        total += member.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise bomb
        if member.file_size > RATIO_FLOOR_BYTES and (
            member.file_size > MAX_RATIO * max(member.compress_size, 1)
        ):
            raise bomb


def _refuse_other_package(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "xl/workbook.xml" in names:
        kind = "an Excel workbook"
    elif "ppt/presentation.xml" in names:
        kind = "a PowerPoint presentation"
    elif "[Content_Types].xml" not in names:
        kind = "a zip archive"
    else:
        content_types = archive.read("[Content_Types].xml")
        if _WORD_MAIN_TYPE in content_types:
            return  # a Word document whose main part has another name; python-docx finds it
        kind = "an Office package without a Word document inside"
    raise InputFileError(
        f"{path} is {kind}, not a Word document (it has no {MAIN_PART}). Import the .docx "
        "file itself; an archive must be unpacked first."
    )


# -- reading the body ---------------------------------------------------------------------


@dataclass
class _Form:
    postings: list[FormPosting]


_Part = list[SourceLine] | _Form


def _read_parts(document: Any, facts: list[tuple[int, Facts]] | None = None) -> list[_Part]:
    """The body as runs of source lines and form-table postings, in reading order.

    ``facts``: gets the facts lines of our own templates, which are no source lines.
    """
    reader = ParagraphReader(document)
    indents = ItemIndents()
    parts: list[_Part] = []
    body = getattr(document.element, "body", None)
    for block in read_blocks(body if body is not None else [], reader):
        if isinstance(block, WordTable):
            found = form_postings(block)
            if found:
                parts.append(_Form(found))
                continue
            paragraphs: list[WordParagraph] = block.paragraphs()
        else:
            paragraphs = [block]
        for paragraph in paragraphs:
            if paragraph.facts and facts is not None:
                facts.append((paragraph.number, paragraph.facts))
            if paragraph.page_break_before or not parts or not isinstance(parts[-1], list):
                parts.append([])
            run = parts[-1]
            assert isinstance(run, list)
            run.extend(paragraph.source_lines(indents.place(paragraph)))
            if paragraph.page_break and isinstance(block, WordParagraph):
                parts.append([])
    return [part for part in parts if not isinstance(part, list) or part]


def _pages(parts: list[_Part]) -> list[_Part]:
    """Runs of text split at page breaks, joined again where a page does not open a posting.

    A merged export puts each posting on a page of its own; in other documents a page break
    may fall in the middle of a posting. A page opens a posting when its first line is a
    title; any other page continues the text before it.
    """
    joined: list[_Part] = []
    for part in parts:
        previous = joined[-1] if joined else None
        if isinstance(part, list) and isinstance(previous, list) and not _opens_posting(part):
            previous.extend(part)
        else:
            joined.append(list(part) if isinstance(part, list) else part)
    return joined


def _joined_text(parts: list[_Part]) -> list[_Part]:
    """Consecutive runs of text (split at page breaks) joined into one again."""
    joined: list[_Part] = []
    for part in parts:
        previous = joined[-1] if joined else None
        if isinstance(part, list) and isinstance(previous, list):
            previous.extend(part)
        else:
            joined.append(list(part) if isinstance(part, list) else part)
    return joined


def _opens_posting(lines: list[SourceLine]) -> bool:
    """The page starts with a line in Word's Title style, or with what the recogniser
    reads as a posting's title."""
    first = next((line for line in lines if line.text.strip()), None)
    if first is None:
        return False
    if first.heading_level == 0:
        return True
    parsed = parse_lines(lines[:TITLE_WINDOW_LINES])  # a title is decided by what follows it
    return bool(parsed) and parsed[0].title_line == first.number


def _assemble(parts: list[_Part], options: ParseOptions) -> list[ParsedPosting]:
    """Postings of text and of forms, with short text beside a form joined to its posting."""
    # Read as one posting (the import review's merge): the pages are one text again.
    parts = _joined_text(parts) if options.single else _pages(parts)
    if not any(isinstance(part, _Form) for part in parts):
        if len(parts) == 1 and isinstance(parts[0], list):
            return parse_lines(parts[0], options)
        untitled = replace(options, fallback_title="")
        pages = [parse_lines(part, untitled) for part in parts if isinstance(part, list)]
        found = [parsed for page in pages for parsed in page]
        for parsed in found:
            if not parsed.posting.title:
                parsed.posting.title = options.fallback_title
                _retitle(parsed)
        return found
    untitled = replace(options, fallback_title="")
    groups: list[tuple[bool, list[ParsedPosting]]] = []
    for part in parts:
        if isinstance(part, _Form):
            groups.append((True, [_from_form(form, options) for form in part.postings]))
        else:
            groups.append((False, parse_lines(part, untitled)))
    for index, (is_form, postings) in enumerate(groups):
        if is_form or not postings:
            continue
        before = groups[index - 1][1] if index > 0 else []
        after = groups[index + 1][1] if index + 1 < len(groups) else []
        target = _neighbour(postings[0], before, after if len(postings) == 1 else [])
        if target is not None:
            _merge(target[0], postings.pop(0), prepend=target[1])
        elif len(postings) > 1:
            target = _neighbour(postings[-1], [], after)
            if target is not None:
                _merge(target[0], postings.pop(), prepend=target[1])
    result: list[ParsedPosting] = []
    for is_form, postings in groups:
        for parsed in postings:
            if not parsed.posting.title:
                parsed.posting.title = options.fallback_title
            if is_form:
                if options.language is None:  # again: text may have been joined to it
                    parsed.posting.language = _language_of(parsed.posting)
                if _lacks_duties(parsed.posting):
                    parsed.warnings.append(_no_duties(parsed))
            _retitle(parsed)
            result.append(parsed)
    return result


def _from_form(form: FormPosting, options: ParseOptions) -> ParsedPosting:
    posting = form.posting
    posting.language = options.language or _language_of(posting)
    if posting.summary:
        _typed_fields(posting, form.first_line, form.typed_notes)
    gather_contact_lines(posting)  # a row of contact lines (猎头职位: 微信…) is how to apply
    return ParsedPosting(posting, [], form.first_line, form.last_line)


def _typed_fields(posting: Posting, number: int, notes: tuple[str, ...]) -> None:
    """Salary and employment type from summary lines such as ``薪资：15-25K``, read by the
    recogniser so that they are understood exactly as in text files.

    A salary or employment-type row (``notes``) whose value was read is a field, so its
    line leaves the summary; other lines stay, whatever was read from them.
    """
    summary = posting.summary.splitlines()
    lines = [SourceLine(posting.title or "-", number, heading_level=0)]
    lines += [SourceLine(line, number) for line in summary]
    for parsed in parse_lines(lines, ParseOptions(language=posting.language)):
        found = parsed.posting
        if posting.salary is None and found.salary is not None:
            posting.salary = found.salary
        if posting.employment_type is None and found.employment_type is not None:
            posting.employment_type = found.employment_type
    taken = [note for note in notes if note in summary and _read_note(posting, note, number)]
    if taken:
        posting.summary = "\n".join(line for line in summary if line not in taken)


def _read_note(posting: Posting, note: str, number: int) -> bool:
    """Whether the recogniser reads ``note`` alone into the field the posting has."""
    lines = [SourceLine(posting.title or "-", number, heading_level=0), SourceLine(note, number)]
    for parsed in parse_lines(lines, ParseOptions(language=posting.language)):
        found = parsed.posting
        if found.salary is not None and found.salary == posting.salary:
            return True
        if found.employment_type is not None and found.employment_type == posting.employment_type:
            return True
    return False


def _language_of(posting: Posting) -> Language:
    """The recogniser's own rule, so form and text postings never disagree."""
    texts = [posting.title, posting.summary]
    texts += [item.text for _, _, item in posting.walk_items()]
    return detect_language(texts)


def _neighbour(
    parsed: ParsedPosting, before: list[ParsedPosting], after: list[ParsedPosting]
) -> tuple[ParsedPosting, bool] | None:
    """The form posting a text posting belongs to, and whether it goes first, or None.

    Text without a title of its own continues the form above it (or introduces the one
    below); a title or note with no list (a document title, 二、运营专员) introduces the
    form below it (or closes the one above). A posting with a title and content stands alone.
    """
    if not parsed.posting.title:
        choices = [(before, False), (after, True)]
    elif _is_stub(parsed):
        choices = [(after, True), (before, False)]
    else:
        return None
    for group, prepend in choices:
        if group:
            return (group[0] if prepend else group[-1]), prepend
    return None


def _is_stub(parsed: ParsedPosting) -> bool:
    """Text with no list and no section content: a document title, a note, a signature."""
    return not any(True for _ in parsed.posting.walk_items())


def _lacks_duties(posting: Posting) -> bool:
    return not any(s.kind is SectionKind.DUTIES and s.items for s in posting.sections)


def _merge(target: ParsedPosting, extra: ParsedPosting, prepend: bool) -> None:
    """Join a text posting to a form posting beside it, losing none of its text."""
    posting, other = target.posting, extra.posting
    notes = [text for text in (other.summary,) if text]
    if other.title and not posting.title:
        posting.title = other.title
    elif other.title:
        notes.insert(0, other.title)
    for name in ("department", "location", "reports_to"):
        if not getattr(posting, name):
            setattr(posting, name, getattr(other, name))
    if posting.headcount is None:
        posting.headcount = other.headcount
    if posting.salary is None:
        posting.salary = other.salary
    if posting.employment_type is None:
        posting.employment_type = other.employment_type
    summary = [posting.summary] if posting.summary else []
    posting.summary = "\n".join([*notes, *summary] if prepend else [*summary, *notes])
    if prepend:
        posting.sections[:0] = other.sections
    else:
        posting.sections.extend(other.sections)
    target.warnings.extend(w for w in extra.warnings if w.code not in _STRUCTURE_CODES)
    target.first_line = min(target.first_line, extra.first_line)
    target.last_line = max(target.last_line, extra.last_line)


def _no_duties(parsed: ParsedPosting) -> ParseWarning:
    title = parsed.posting.title
    line = parsed.first_line
    message = f'Posting "{title}", line {line}: no duties (岗位职责) were found.'
    return ParseWarning(_NO_DUTIES, message, line, title, kind=_NO_DUTIES)


def _retitle(parsed: ParsedPosting) -> None:
    """Warnings made before the posting got its final title (untitled text, merged text)."""
    title = parsed.posting.title
    for index, warning in enumerate(parsed.warnings):
        if warning.posting_title != title:
            message = warning.message.replace(
                f'Posting "{warning.posting_title}"', f'Posting "{title}"', 1
            )
            parsed.warnings[index] = replace(warning, posting_title=title, message=message)
