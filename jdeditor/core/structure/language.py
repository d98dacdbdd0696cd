"""Which language a posting is written in: mostly Chinese characters means Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jdeditor.core.model import Language

# Runs, not single characters: counting run lengths makes a few objects per word, not one
# per character.
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_RUN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
SAMPLE_CHARS = 4000
# One Chinese character carries about as much as a short word; Chinese postings are full of
# English product names ("Java/Python/Shell"), so a third of the letters is enough.
LATIN_PER_CJK = 3


def detect_language(texts: Iterable[str]) -> Language:
    """Chinese when Chinese characters outweigh a third of the Latin letters, else English.

    Only the first few thousand characters are looked at: a posting does not switch language
    half-way, and a large import should not pay for counting every letter.
    """
    parts: list[str] = []
    size = 0
    for text in texts:
        parts.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    sample = "".join(parts)[:SAMPLE_CHARS]
    # Chinese is counted in the first half first: in a Chinese posting that half alone
    # usually holds a quarter of the sample's characters, which settles the answer below.
    half = len(sample) // 2
    cjk = sum(map(len, _CJK_RUN_RE.findall(sample, 0, half)))
    if cjk * (LATIN_PER_CJK + 1) >= len(sample):
        return Language.ZH
    cjk += sum(map(len, _CJK_RUN_RE.findall(sample, half)))
    # The Latin letters are counted only when the answer needs them: none of the sample's
    # other characters is one, so with a quarter of it Chinese, Chinese outweighs them; with
    # no Chinese at all, any one letter makes it English.
    if cjk == 0:
        return Language.ZH if _LATIN_RUN_RE.search(sample) is None else Language.EN
    if cjk * (LATIN_PER_CJK + 1) >= len(sample):
        return Language.ZH
    latin = sum(map(len, _LATIN_RUN_RE.findall(sample)))
    return Language.ZH if cjk * LATIN_PER_CJK >= latin else Language.EN
