"""Rules: quality. The posting as a document: empty, duplicated, too long, debris.

The rules about items walk the sections themselves (``posting_check``): an item's length
or its twin means nothing for a title or a tag. Debris and half-width punctuation are
about any text (``text_check``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import process
from rapidfuzz.distance import Indel

from jdeditor.core.checks.model import POSTING, Bilingual, Category, Place, Rule, Severity, Span
from jdeditor.core.model import Item, ItemKind, Language, Posting, SectionKind
from jdeditor.core.structure.numbering import parse_marker
from jdeditor.core.structure.warnings import _DEBRIS_RE, _DEBRIS_SHAPE_RE

LONG_ITEM_CHARS = 200  # Chinese: characters
LONG_ITEM_WORDS = 60  # English: words
MANY_ITEMS = 15
DUPLICATE_RATIO = 0.9
LONG_TITLE_CHARS = 40  # Chinese
LONG_TITLE_WORDS = 12  # English
# Chinese duties read as an essay when half their items (of 4 or more) are this long.
PROSE_CHARS = 100
SHORT_TEXT = 12  # a text this short uses a dot between Chinese words as a separator

_CJK = "\u3400-\u9fff"
_CJK_RE = re.compile(f"[{_CJK}]")
_WORDS_RE = re.compile(r"\S+")


def _is_chinese(text: str) -> bool:
    return len(_CJK_RE.findall(text)) * 3 >= len(text.replace(" ", ""))


def _too_long(text: str, language: Language) -> bool:
    if language is Language.ZH or _is_chinese(text):
        return len(text) > LONG_ITEM_CHARS
    return len(_WORDS_RE.findall(text)) > LONG_ITEM_WORDS


def _items(posting: Posting) -> Iterator[tuple[Place, Item]]:
    for index, section in enumerate(posting.sections):
        yield from _walk(index, section.items, ())


def _walk(section: int, items: list[Item], parent: tuple[int, ...]) -> Iterator[tuple[Place, Item]]:
    for number, item in enumerate(items):
        path = (*parent, number)
        yield Place(section=section, item=path), item
        yield from _walk(section, item.children, path)


def _whole(text: str, suggestion: str = "") -> Span:
    return Span(0, len(text), suggestion)


# ---- the posting as a whole ----------------------------------------------------------------


def _has(posting: Posting, *kinds: SectionKind) -> bool:
    return any(
        section.kind in kinds and any(item.text.strip() for _, item in section.walk())
        for section in posting.sections
    )


def _reads_as_prose(posting: Posting) -> bool:
    """The duties are an essay, not duties: most of their leaf items are long paragraphs."""
    leaves = [
        item.text
        for section in posting.sections_of(SectionKind.DUTIES)
        for _, item in section.walk()
        if not item.children
    ]
    if len(leaves) < 4 or posting.language is not Language.ZH:
        return False  # English duties are often written as paragraphs: no sign there
    long = [text for text in leaves if len(text) > PROSE_CHARS]
    return len(long) * 2 >= len(leaves)


def _no_duties(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    if not _has(posting, SectionKind.DUTIES) or _reads_as_prose(posting):
        yield POSTING, "", Span(0, 0)


def _no_requirements(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    if not _has(posting, SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
        yield POSTING, "", Span(0, 0)


def _empty_section(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    for index, section in enumerate(posting.sections):
        if not any(item.text.strip() for _, item in section.walk()):
            yield Place(section=index), section.heading, _whole(section.heading)


def _salary_range(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    salary = posting.salary
    low, high = (salary.minimum, salary.maximum) if salary else (None, None)
    if low is not None and high is not None and low > high:
        text = f"{low}-{high}"
        yield Place(field="salary"), text, _whole(text, f"{high}-{low}")


def _title_missing(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    if not posting.title.strip():
        yield Place(field="title"), "", Span(0, 0)


def _title_long(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    title = posting.title.strip()
    if posting.language is Language.ZH or _is_chinese(title):
        long = len(title) > LONG_TITLE_CHARS
    else:
        long = len(title.split()) > LONG_TITLE_WORDS
    if long:
        yield Place(field="title"), posting.title, _whole(posting.title)


# ---- items ---------------------------------------------------------------------------------


def _long_item(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    for place, item in _items(posting):
        # a paragraph (a company's introduction) is prose: long is its nature
        if item.kind is ItemKind.ITEM and _too_long(item.text, posting.language):
            yield place, item.text, _whole(item.text)


def _too_many_items(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    for index, section in enumerate(posting.sections):
        count = sum(
            1 for _, item in section.walk() if item.kind is ItemKind.ITEM and not item.children
        )
        if count > MANY_ITEMS:
            yield Place(section=index), section.heading, _whole(section.heading)


_NORMAL_RE = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _NORMAL_RE.sub("", text.casefold())


def _duplicate_item(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    """The same item twice: equal once normalised, or nine-tenths alike (Indel ratio)."""
    seen: list[str] = []
    exact: set[str] = set()
    for place, item in _items(posting):
        normal = _normal(item.text)
        if len(normal) < 4:
            continue  # "SQL", "良好": too short to call a duplicate
        if normal in exact or (
            seen
            and process.extractOne(
                normal, seen, scorer=Indel.normalized_similarity, score_cutoff=DUPLICATE_RATIO
            )
            is not None
        ):
            yield place, item.text, _whole(item.text)
            continue
        exact.add(normal)
        seen.append(normal)


def _numbering_gap(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    """Numbers typed into the items' own text ("1. …", "3. …") that skip one."""
    for index, section in enumerate(posting.sections):
        yield from _gaps(index, section.items, ())


def _gaps(
    section: int, items: list[Item], parent: tuple[int, ...]
) -> Iterator[tuple[Place, str, Span]]:
    previous: tuple[str, int] | None = None
    for number, item in enumerate(items):
        parsed = parse_marker(item.text)
        if parsed is not None and parsed[0].numbered and len(parsed[0].path) == 1:
            marker = parsed[0]
            current = (marker.family, marker.path[0])
            if previous and previous[0] == current[0] and current[1] != previous[1] + 1:
                end = len(item.text) - len(parsed[1])
                yield Place(section=section, item=(*parent, number)), item.text, Span(0, end)
            previous = current
        if item.children:
            yield from _gaps(section, item.children, (*parent, number))


# ---- any text ------------------------------------------------------------------------------

_MORE_DEBRIS_RE = re.compile(
    rf"(?P<lone>^\s*['’‘`´.。]\s*$)"
    rf"|(?P<end>(?<=[{_CJK}])['’‘`´]\s*$)"
    rf"|(?P<start>^\s*['’‘`´](?=[{_CJK}]))"
    r"|(?P<brackets>【\s*】|〔\s*〕|（\s*）)"
)


_APOSTROPHES = "'’‘`´"


def _debris(text: str) -> Iterator[Span]:
    """What the importer calls debris (``structure/warnings.py``), and a few more shapes."""
    if _DEBRIS_SHAPE_RE.search(text) is not None:
        yield from _importer_debris(text)
    if (
        len(text) < 3
        or text.rstrip()[-1:] in _APOSTROPHES
        or text.lstrip()[:1] in _APOSTROPHES
        or "【" in text
        or "〔" in text
        or "（" in text
    ):
        yield from _more_debris(text)


def _importer_debris(text: str) -> Iterator[Span]:
    for match in _DEBRIS_RE.finditer(text):
        kind = match.lastgroup
        if kind == "dot" and len(text.strip()) <= SHORT_TEXT:
            continue  # 上海.中山公园: a separator in a place or a name
        if kind in ("apostrophe", "dot"):  # offer the text without it
            yield Span(match.start() - 1, match.end(), text[match.start() - 1])
        else:
            yield Span(match.start(), match.end())


def _more_debris(text: str) -> Iterator[Span]:
    for match in _MORE_DEBRIS_RE.finditer(text):
        if match.lastgroup == "end":
            yield Span(match.start() - 1, match.end(), text[match.start() - 1])
        elif match.lastgroup == "start":
            yield Span(match.start(), match.end() + 1, text[match.end()])
        elif match.lastgroup == "brackets":
            yield Span(match.start(), match.end(), "")
        else:
            yield Span(match.start(), match.end())


_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_RE = re.compile(r"[,;:?!()]")


def _cjk(char: str) -> bool:
    return (
        "\u3400" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"
    )


def full_width(text: str) -> str:
    """``text`` with half-width , ; : ? ! ( ) next to Chinese made full-width."""
    chars = list(text)
    opened: list[tuple[int, bool]] = []
    for match in _HALF_RE.finditer(text):
        at, char = match.start(), match.group()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        near = _cjk(before) or _cjk(after.strip() and after)
        if char == "(":
            opened.append((at, near))
        elif char == ")":
            start, start_near = opened.pop() if opened else (-1, False)
            if _cjk(before) or start_near:
                chars[at] = "）"
                if start >= 0:
                    chars[start] = "（"
            continue
        elif char == ":" and text.startswith("//", at + 1):
            continue  # http://
        elif near and not (before.isdigit() and after.isdigit()):
            chars[at] = _FULL_WIDTH[char]
    for start, start_near in opened:  # unclosed "(" next to Chinese
        if start_near:
            chars[start] = "（"
    _drop_spaces(text, chars)
    return "".join(chars)


def _drop_spaces(text: str, chars: list[str]) -> None:
    """Full-width punctuation carries its own space: "说明 (一)" → "说明（一）"."""
    for at, char in enumerate(chars):
        if char == text[at]:
            continue
        step = -1 if char == "（" else 1
        near = at + step
        while 0 <= near < len(text) and text[near] in " \t":
            chars[near] = ""
            near += step


def _halfwidth_punct(text: str) -> Iterator[Span]:
    if _HALF_RE.search(text) is None or _CJK_RE.search(text) is None:
        return
    normal = full_width(text)
    if normal != text:
        yield _whole(text, normal)


# ---- the rules -----------------------------------------------------------------------------


def _rule(
    rule_id: str,
    severity: Severity,
    message: tuple[str, str],
    explanation: tuple[str, str],
    text_check: Callable[[str], Iterable[Span]] | None = None,
    posting_check: Callable[[Posting], Iterable[tuple[Place, str, Span]]] | None = None,
    languages: frozenset[Language] = frozenset(Language),
) -> Rule:
    return Rule(
        rule_id,
        Category.QUALITY,
        severity,
        Bilingual(*message),
        Bilingual(*explanation),
        None,
        languages,
        text_check,
        posting_check,
    )


_TEXTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "quality.title_missing": (
        ("没有职位名称", "No title"),
        (
            "没有名称的岗位无法发布，也无法在库中找到。请填写职位名称。",
            "A posting without a title cannot go out or be found. Give it a title.",
        ),
    ),
    "quality.salary_range": (
        ("薪资下限高于上限", "Salary minimum above the maximum"),
        (
            "薪资范围的下限比上限高，多半是两者写反了。",
            "The lower end of the range is above "
            "the upper end; they are probably the wrong way round.",
        ),
    ),
    "quality.no_duties": (
        ("没有岗位职责", "No duties"),
        (
            "找不到岗位职责，或职责部分读起来是一篇文章而不是职责条目。应聘者要先知道做什么。",
            "There are no duties, or the duties section reads as an essay rather than duties. "
            "Applicants need to know first what the work is.",
        ),
    ),
    "quality.no_requirements": (
        ("没有任职要求", "No requirements"),
        (
            "找不到任职要求。写明需要的经验和能力，应聘者才能判断是否合适。",
            "There are no requirements. Say what experience and skills are needed so that "
            "people can tell whether they fit.",
        ),
    ),
    "quality.empty_section": (
        ("空的部分", "Empty section"),
        (
            "这个部分只有标题，没有内容。请补上内容或删去这个部分。",
            "This section has a heading and nothing under it. Fill it in or remove it.",
        ),
    ),
    "quality.duplicate_item": (
        ("重复的条目", "Duplicated item"),
        (
            "这一条与前面某一条相同或几乎相同（规范化后相同，或相似度不低于90%）。请删去或合并。",
            "This item is the same as, or nearly the same as, an earlier one (equal once "
            "normalised, or at least 90% alike). Remove or merge it.",
        ),
    ),
    "quality.numbering_gap": (
        ("编号跳号", "Numbering gap"),
        (
            "条目文字中自带的编号跳过了一个数，可能漏了一条，或编号是导入时留下的。",
            "The number typed into this item skips one: an item may be missing, or the "
            "number is left over from the import.",
        ),
    ),
    "quality.title_long": (
        ("职位名称过长", "Title far too long"),
        (
            f"职位名称超过{LONG_TITLE_CHARS}个字（英文{LONG_TITLE_WORDS}个词），在招聘网站上会被截断。"
            "请只写职位名称，其余放到简介中。",
            f"The title is over {LONG_TITLE_WORDS} words ({LONG_TITLE_CHARS} characters in "
            "Chinese) and job boards will cut it. Keep the job name; move the rest to the "
            "summary.",
        ),
    ),
    "quality.debris": (
        ("网页抓取残留", "Scraping debris"),
        (
            "导入时留下的杂字符：孤立的撇号、“___”占位符、单独的句点、空括号“【】”。请删去或补全。",
            "Leftovers from the import: a stray apostrophe, a ___ placeholder, a lone full "
            "stop, empty brackets 【】. Remove them or fill in what is missing.",
        ),
    ),
    "quality.long_item": (
        ("条目过长", "Long item"),
        (
            f"这一条超过{LONG_ITEM_CHARS}个字（英文{LONG_ITEM_WORDS}个词），读者难以抓住要点，"
            "可能是几条连在了一起。请拆分或精简。",
            f"This item is over {LONG_ITEM_WORDS} words ({LONG_ITEM_CHARS} characters in "
            "Chinese): hard to take in, perhaps several items run together. Split or shorten it.",
        ),
    ),
    "quality.too_many_items": (
        ("条目过多", "Too many items"),
        (
            f"这个部分超过{MANY_ITEMS}条。太长的清单没人读完；请保留最重要的几条。",
            f"This section has more than {MANY_ITEMS} items. Nobody reads a list that long; "
            "keep the ones that matter most.",
        ),
    ),
    "quality.halfwidth_punct": (
        ("中文里的半角标点", "Half-width punctuation in Chinese"),
        (
            "中文文字中应使用全角标点（，；：？！（））。建议文本已改为全角，可一键应用。",
            "Chinese text takes full-width punctuation (，；：？！（）). The suggestion is the "
            "text with it normalised; apply it in one click.",
        ),
    ),
}

_CHECKS: tuple[tuple[str, Severity, dict[str, object]], ...] = (
    ("quality.title_missing", Severity.ERROR, {"posting_check": _title_missing}),
    ("quality.salary_range", Severity.ERROR, {"posting_check": _salary_range}),
    ("quality.no_duties", Severity.WARNING, {"posting_check": _no_duties}),
    ("quality.no_requirements", Severity.WARNING, {"posting_check": _no_requirements}),
    ("quality.empty_section", Severity.WARNING, {"posting_check": _empty_section}),
    ("quality.duplicate_item", Severity.WARNING, {"posting_check": _duplicate_item}),
    ("quality.numbering_gap", Severity.WARNING, {"posting_check": _numbering_gap}),
    ("quality.title_long", Severity.WARNING, {"posting_check": _title_long}),
    ("quality.debris", Severity.WARNING, {"text_check": _debris}),
    ("quality.long_item", Severity.INFO, {"posting_check": _long_item}),
    ("quality.too_many_items", Severity.INFO, {"posting_check": _too_many_items}),
    (
        "quality.halfwidth_punct",
        Severity.INFO,
        {"text_check": _halfwidth_punct, "languages": frozenset({Language.ZH})},
    ),
)

RULES: list[Rule] = [
    _rule(rule_id, severity, *_TEXTS[rule_id], **checks)  # type: ignore[arg-type]
    for rule_id, severity, checks in _CHECKS
]

_LONG_ZH = "负责" + "产品规划与需求分析，" * 21
_LONG_EN = "Own the roadmap " + "and talk to customers " * 15
EXAMPLES: dict[str, tuple[str, str]] = {
    "quality.title_missing": ("\n职责\n1. 负责产品规划", "产品经理\n职责\n1. 负责产品规划"),
    "quality.salary_range": (
        '{"title": "产品经理", "salary": {"min": "30000", "max": "20000"}}',
        '{"title": "产品经理", "salary": {"min": "20000", "max": "30000"}}',
    ),
    "quality.no_duties": (
        "产品经理\n任职要求\n1. 本科以上学历",
        "产品经理\n岗位职责\n1. 负责产品规划",
    ),
    "quality.no_requirements": (
        "产品经理\n岗位职责\n1. 负责产品规划",
        "产品经理\n任职要求\n1. 本科以上学历",
    ),
    "quality.empty_section": (
        "产品经理\n岗位职责\n任职要求\n1. 本科以上学历",
        "产品经理\n岗位职责\n1. 负责产品规划\n任职要求\n1. 本科以上学历",
    ),
    "quality.duplicate_item": (
        "产品经理\n岗位职责\n1. 负责产品规划；\n2. 负责产品规划。",
        "产品经理\n岗位职责\n1. 负责产品规划；\n2. 负责需求分析。",
    ),
    "quality.numbering_gap": (
        "产品经理\n岗位职责\n- 1. 负责产品规划\n- 3. 负责需求分析",
        "产品经理\n岗位职责\n- 1. 负责产品规划\n- 2. 负责需求分析",
    ),
    "quality.title_long": (
        "产品经理（" + "负责产品规划、需求分析、" * 4 + "）\n职责\n1. 负责产品规划",
        "高级产品经理（用户增长方向）\n职责\n1. 负责产品规划",
    ),
    "quality.debris": ("销售___化", "Node.js 与 C++ 开发"),
    "quality.long_item": (
        "产品经理\n岗位职责\n1. " + _LONG_ZH,
        "产品经理\n岗位职责\n1. 负责产品规划",
    ),
    "quality.too_many_items": (
        "产品经理\n岗位职责\n" + "".join(f"{n}. 负责第{n}项工作\n" for n in range(1, 18)),
        "产品经理\n岗位职责\n" + "".join(f"{n}. 负责第{n}项工作\n" for n in range(1, 10)),
    ),
    "quality.halfwidth_punct": ("根据业务目标,负责课程规划(线上)", "熟悉Python, Java和C++"),
}

__all__ = ["EXAMPLES", "RULES", "full_width"]
