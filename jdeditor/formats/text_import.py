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
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from jdeditor.core.structure import ParsedPosting, ParseOptions, parse_text
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


def read_text_file(
    path: Path, options: ParseOptions, encoding: str | None = None
) -> tuple[list[ParsedPosting], str]:
    """Parse a text file into postings; returns them and the encoding used."""
    decoded = read_text(path, encoding)
    return parse_text(decoded.text, options), decoded.encoding


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
