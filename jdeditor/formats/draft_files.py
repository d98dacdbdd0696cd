"""Drafts: the posting being edited, written to disk every few seconds while it changes.

If the app or the computer crashes, the next start finds the draft and offers it back.
A draft file holds the posting object of the JSON format plus what the format leaves
out on purpose: the id and version the edit started from, so that saving a recovered
draft still detects a conflict with someone else's save.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jdeditor.core.model import Posting
from jdeditor.core.serialization import format_timestamp, posting_from_dict, posting_to_dict
from jdeditor.errors import InputFileError
from jdeditor.formats.atomic import write_text_atomic

logger = logging.getLogger(__name__)

DRAFT_FORMAT = "jdeditor.draft"
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class Draft:
    key: str
    posting: Posting
    saved_at: datetime
    path: Path


def draft_path(folder: Path, key: str) -> Path:
    return folder / f"{_SAFE_KEY.sub('_', key)}.json"


def write_draft(folder: Path, key: str, posting: Posting) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {
        "format": DRAFT_FORMAT,
        "version": 1,
        "key": key,
        "saved_at": format_timestamp(datetime.now(UTC)),
        "posting_id": posting.id,
        "posting_version": posting.version,
        "posting": posting_to_dict(posting),
    }
    path = draft_path(folder, key)
    write_text_atomic(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return path


def read_drafts(folder: Path) -> list[Draft]:
    """Every readable draft in the folder, newest first; unreadable ones are logged."""
    drafts: list[Draft] = []
    if not folder.is_dir():
        return drafts
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != DRAFT_FORMAT:
                continue
            posting = posting_from_dict(data["posting"], path=f"{path.name}: posting")
            posting.id = data.get("posting_id")
            posting.version = int(data.get("posting_version") or 0)
            saved_at = datetime.fromisoformat(str(data["saved_at"]).replace("Z", "+00:00"))
            drafts.append(Draft(str(data["key"]), posting, saved_at, path))
        except (OSError, ValueError, KeyError, TypeError, InputFileError) as error:
            logger.warning("ignoring unreadable draft %s: %s", path, error)
    drafts.sort(key=lambda draft: draft.saved_at, reverse=True)
    return drafts


def remove_draft(folder: Path, key: str) -> None:
    draft_path(folder, key).unlink(missing_ok=True)
