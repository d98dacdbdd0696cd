"""Reading text files (.txt, .md, pasted HTML) of any common encoding into postings.

Decoding is where an import first loses trust: a GBK file read as UTF-8 turns into
mojibake, and a silent ``errors="replace"`` loses characters. So bytes are decoded
strictly, in this order: an explicit encoding from the user; a byte-order mark; UTF-8
(by far the most common, and it never decodes other encodings by accident); then what
charset-normalizer detects (GB18030/GBK, Big5, UTF-16 without a BOM, …). A file that
no encoding decodes cleanly is refused with the position of the first bad byte.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from pathlib import Path

from charset_normalizer import from_bytes

from jdeditor.core.structure import ParsedPosting, ParseOptions, SourceLine, parse_lines, parse_text
from jdeditor.core.structure.markup import visible_text
from jdeditor.core.structure.shared_fields import settle_with_fields
from jdeditor.core.structure.source import split_source_text
from jdeditor.core.structure.titles import names_job
from jdeditor.errors import InputFileError

MAX_TEXT_BYTES = 20 * 1024 * 1024  # far beyond any posting file; refuses logs and dumps

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detected names that are subsets of a wider encoding: decode with the wider one, so a
# rare character outside GB2312/GBK is still read (GB18030 covers all of Unicode).
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What a saved web page holds that is not its text: the head (title, meta, style sheet),
# style sheets and scripts. Their lines become blank, so line numbers stay the file's.
_PAGE_START = re.compile(r"^\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)
_NOT_TEXT = re.compile(
    r"<!doctype[^>]*>|<(head|style|script)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _refuse_known_binaries(path: Path, data: bytes) -> None:
    if data.startswith(b"%PDF"):
        raise InputFileError(
            f"{path} is a PDF file. JD Editor imports text and Word files: copy the text "
            "out of the PDF into a .txt file (or paste it into the editor).",
            "pdf_file",
            name=str(path),
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputFileError(
            f"{path} is an old Word 97-2003 (.doc) or other Office file. Open it in Word "
            "or WPS and save it as .docx, then import that.",
            "old_word_file",
            name=str(path),
        )
    if data.startswith(b"PK\x03\x04"):
        raise InputFileError(
            f"{path} is a zip archive (or an Office file with the wrong name). Unpack it, "
            "or rename a Word file to .docx, and import again."
        )


def _decode_strictly(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputFileError(
            f"'{encoding}' is not an encoding JD Editor knows (for {path}). Use a name such "
            "as utf-8, gb18030, gbk, big5 or utf-16, or leave it out to detect it."
        ) from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputFileError(
            f"{path} is not valid {encoding} text: byte {data[error.start]:#04x} on line {line} "
            "cannot be decoded. Choose the file's real encoding, or leave the encoding out "
            "to detect it."
        ) from None


def decode_text(path: Path, data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode file bytes strictly; raises InputFileError naming the file."""
    if encoding:
        return DecodedText(_decode_strictly(path, data, encoding), encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return DecodedText(_decode_strictly(path, data, name), name)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    _refuse_known_binaries(path, data)
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        name = _WIDER.get(best.encoding.lower(), best.encoding)
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and not _looks_binary(text):
            return DecodedText(text, name)
    raise InputFileError(
        f"{path} does not look like a text file (no text encoding fits it). JD Editor "
        "imports .txt, .md and .docx files; if this is text, give its encoding with "
        "--encoding (e.g. gb18030).",
        "not_text",
        name=str(path),
    )


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) // 100


def page_text(text: str) -> str:
    """An HTML page without its head, style sheets and scripts (blank lines stand in).

    The recogniser reads tags in a line; a style sheet's rules or the page title in the
    head would otherwise be read as the posting's text (and CSS would make a Chinese page
    look English). Text that is not a whole HTML page is returned as it is.
    """
    if not _PAGE_START.match(text[:1024]):
        return text
    return _NOT_TEXT.sub(lambda match: "\n" * match.group().count("\n"), text)


# A thematic break between two Markdown postings, or the new page between two HTML ones
# (what our merged exports write; people use them the same way).
_PAGE_BREAK = re.compile(
    r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|<div style=\"page-break-before: always\"></div>)[ \t]*$",
    re.MULTILINE,
)
# A title is decided by the lines right after it; a page's first lines are enough.
TITLE_WINDOW_LINES = 60
_LEVEL_ONE = re.compile(r"^\s*(?:#\s|<h1[\s>])", re.IGNORECASE)


def parse_pages(text: str, options: ParseOptions) -> list[ParsedPosting]:
    """Parse text whose postings may be separated by rules or page breaks.

    Each page that opens with a title (a level-one heading, or what the recogniser reads
    as a title on its first line) is read on its own, so the postings of a merged export
    come back one by one; a page that does not continues the text before it (a rule
    inside a posting). With a separator of the user's, that separator alone decides, and a
    text read as one posting (``options.single``) is not cut at all.
    """
    if options.separator or options.single or _PAGE_BREAK.search(text) is None:
        return parse_text(text, options)
    pages: list[list[SourceLine]] = [[]]
    for line in split_source_text(text):
        pages[-1].append(line)
        if _PAGE_BREAK.match(line.text):
            pages.append([])
    joined: list[list[SourceLine]] = []
    for page in pages:
        if joined and not _opens_posting(page):
            joined[-1].extend(page)
        elif page:
            joined.append(page)
    if len(joined) <= 1:
        return parse_text(text, options)
    untitled = replace(options, fallback_title="")
    read = [parse_lines(page, untitled) for page in joined]
    found = [parsed for page in read for parsed in page]
    for parsed in found:
        if not parsed.posting.title:
            parsed.posting.title = options.fallback_title
    if not any(parsed.structured for parsed in read[0]):
        # A first page without duties or requirements is the introduction of them all.
        return settle_with_fields(found)
    return found


def _opens_posting(lines: list[SourceLine]) -> bool:
    first = next((line for line in lines if visible_text(line.text).strip()), None)
    if first is None:
        return False
    if _LEVEL_ONE.match(first.text):
        return True
    parsed = parse_lines(lines[:TITLE_WINDOW_LINES])
    # A page after a rule opens a posting when it opens with a job's title and text under
    # it: a closing note or a contact block after a rule (联系方式, 谢阮老师 and nothing
    # more) goes on with the posting before.
    return (
        bool(parsed)
        and parsed[0].title_line == first.number
        and parsed[0].last_line > first.number
        and (parsed[0].structured or names_job(parsed[0].posting.title))
    )


def read_text_file(
    path: Path, options: ParseOptions, encoding: str | None = None
) -> tuple[list[ParsedPosting], str]:
    """Parse a text file into postings; returns them and the encoding used."""
    decoded = read_text(path, encoding)
    return parse_pages(page_text(decoded.text), options), decoded.encoding


def read_text(path: Path, encoding: str | None = None) -> DecodedText:
    """A text file's text, decoded strictly; raises InputFileError naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputFileError(
                f"{path} is {size / 1_048_576:.0f} MB, far larger than any file of job "
                f"postings (the limit is {MAX_TEXT_BYTES // 1_048_576} MB). Split it, or check "
                "that it is the right file."
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputFileError.unreadable(path, error) from error
    if (
        not encoding
        and b"\x00" in data[:4096]
        and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
        )
    ):
        _refuse_known_binaries(path, data)
    decoded = decode_text(path, data, encoding)
    if _looks_binary(decoded.text):
        raise InputFileError(
            f"{path} does not look like a text file (it is full of control characters). "
            "JD Editor imports .txt, .md and .docx files.",
            "not_text",
            name=str(path),
        )
    if not decoded.text.strip():
        raise InputFileError(
            f"{path} is empty: there is nothing to import.", "empty_file", name=str(path)
        )
    return decoded
