"""Which of the postings found in one text are jobs, and what the others are.

The splitter cuts a text at lines that could be titles. In a real "who is hiring" post not
every such piece is a job: a company introduction, a benefits list, a contact block or a
heading that the vocabulary did not know (``◎职位要求``, ``我们期待``) starts a piece of its
own. Here each piece is judged by its content:

* a **job** names a role in its title (工程师, 开发, Engineer …) or has duties or
  requirements under a title that reads as a name, not a heading;
* a piece **between** jobs that is not one belongs to the job before it: its title becomes
  a section heading there (a requirements list under ``◎职位要求`` is requirements);
* pieces **before** the first job and **after** the last (the post's introduction, its
  benefits and how to apply) serve every job: each job gets a copy, as sections of their
  kind (about, benefits, how to apply), so every posting is complete on its own;
* a heading with nothing under it right above a job (``研发类``, ``## 社招职位``) is a
  category: the jobs under it take it as their department (``…类``, ``…部``) or a tag.

A text without any job keeps its pieces as they are.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence

from jdeditor.core.model import Item, ItemKind, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.core.structure import warnings as codes
from jdeditor.core.structure.headings import (
    classify_heading_text,
    is_apply_heading_text,
    strip_decorations,
)
from jdeditor.core.structure.job_lines import title_text
from jdeditor.core.structure.lines import Line, LineKind, is_sentence_like
from jdeditor.core.structure.parsed import ParsedPosting, SharedBlock
from jdeditor.core.structure.symbols import strip_symbols
from jdeditor.core.structure.titles import is_facts, names_category, names_job

_MAIN_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)
# Words of a heading, not of a job's name: 岗位基本需求, 我们期待, 筛选流程, 公司福利清单.
_HEADING_WORDS_RE = re.compile(
    r"要求|职责|需求|期待|期望|条件|优先|加分|福利|待遇|流程|方式|介绍|简介|须知|亮点|优势|环境|地址"
    r"|联系|投递|描述|内容|薪资|薪酬|奖金|关于|我们|清单|列表|说明|补充|备注|其他|其它|公司名称"
    r"|\b(?:about|benefits?|perks|process|apply|contact|requirements?|responsibilities)\b",
    re.IGNORECASE,
)
_DEPARTMENT_RE = re.compile(r"(?:类|部|部门|中心|事业部|事业群|团队|组)$")
_CATEGORY_SUFFIX_RE = re.compile(r"(?:岗位|职位|方向)$")
# "The following is …": a line that introduces the text below it.
_LEAD_IN_RE = re.compile(r"^(?:以下|下面|如下)")
_DROPPED_WARNINGS = frozenset({codes.NO_DUTIES, codes.NO_HEADINGS})
MAX_CATEGORY_CHARS = 20


def heading_like(title: str) -> bool:
    return _HEADING_WORDS_RE.search(title) is not None


def is_job(piece: ParsedPosting, leading: bool, headed_later: bool = False) -> bool:
    """Whether a piece is a job of its own (see the module docstring)."""
    if piece.title_line is None:
        return piece.structured
    title = piece.posting.title
    if is_facts(title) or _LEAD_IN_RE.match(title) or not any(c.isalnum() for c in title):
        # 北京, 20-40K: a line of facts inside a job; 以下为后端研发职位的JD: a line that
        # points at the job named elsewhere; ``|``: no words at all. None is a job's name.
        return False
    if leading and headed_later and not _written_structure(piece):
        # A headline whose lines merely look like a list (no duties or requirements
        # heading was written) introduces the jobs that follow, which have theirs.
        return False
    if leading and headed_later and not names_job(title) and not _has_duties(piece):
        # 【杭州/上海/北京】恒生电子 · 金融软件龙头 and a line of 经验要求: a headline that names
        # no job, with no duties of its own, speaks for the jobs that follow.
        return False
    if names_job(title):
        return piece.structured or not leading
    # 任职资格 over a list: a section, whoever it belongs to.
    return (
        piece.structured and not heading_like(title) and section_kind_of(title) not in _MAIN_KINDS
    )


def _has_duties(piece: ParsedPosting) -> bool:
    return any(
        section.kind is SectionKind.DUTIES and section.items for section in piece.posting.sections
    )


def _written_structure(piece: ParsedPosting) -> bool:
    made = {id(section) for section in piece.made_up}
    return (
        any(
            section.kind in _MAIN_KINDS and section.items and id(section) not in made
            for section in piece.posting.sections
        )
        or not piece.structured
    )


def section_kind_of(title: str) -> SectionKind | None:
    core, _, _ = strip_decorations(strip_symbols(title).strip())
    if not core:
        return None
    kind = classify_heading_text(core, loose=True)
    if kind is None and is_apply_heading_text(core, loose=True):
        return SectionKind.APPLY  # 应聘方式, 联系方式: kept out of the splitter's vocabulary
    return kind


def as_sections(piece: ParsedPosting, fallback: SectionKind) -> list[Section]:
    """A piece that is no job as sections: its title heads the first one."""
    posting = piece.posting
    sections = list(posting.sections)
    lines = posting.summary.split("\n") if posting.summary else []
    head: list[Item] = [Item(text=line, kind=ItemKind.PARAGRAPH) for line in lines if line.strip()]
    above_title = sum(1 for line in lines[: piece.summary_before_title] if line.strip())
    if sections and any(sections[0] is made for made in piece.made_up):
        head += sections.pop(0).items
    if piece.title_line is not None and not head and not sections:
        # A headline alone (Careers | Acme): its text, not a heading over nothing.
        text = strip_symbols(posting.title).strip()
        return [Section(fallback, "", [Item(text=text, kind=ItemKind.PARAGRAPH)])]
    if piece.title_line is not None or head:
        core, _, _ = strip_decorations(strip_symbols(posting.title).strip())
        # A title whose line stands whole in the summary heads nothing: the line is there.
        titled = piece.title_line is not None and not piece.title_in_summary
        kind = section_kind_of(posting.title) if titled else None
        heading = core if titled else ""
        if titled and kind is None and fallback is SectionKind.ABOUT:
            # A post's headline over its introduction (出海公司早期项目，base广州) is its first
            # line, under the heading an introduction has: it names no kind of section.
            head.insert(above_title, Item(text=core, kind=ItemKind.PARAGRAPH))
            heading = DEFAULT_HEADINGS[posting.language][SectionKind.ABOUT]
        sections.insert(0, Section(kind or fallback, heading, head))
    return sections


def category_of(section: Section) -> str | None:
    """A heading with nothing under it that may name a category of jobs (研发类)."""
    if section.items or not section.heading or len(section.heading) > MAX_CATEGORY_CHARS:
        return None
    if section.kind is not SectionKind.OTHER:
        return None
    return section.heading


def apply_category(category: str, department: str, tags: list[str]) -> tuple[str, list[str]]:
    """The department (研发类 → 研发类) or a tag (社招职位) a category gives a job."""
    name = _CATEGORY_SUFFIX_RE.sub("", category).strip() or category
    if not department and _DEPARTMENT_RE.search(name):
        return category, tags
    if category not in tags:
        return department, [*tags, category]
    return department, tags


def kept_warnings(warnings: Sequence[codes.ParseWarning]) -> list[codes.ParseWarning]:
    """The warnings of a piece that joins a job: "no duties" said of it no longer holds."""
    return [warning for warning in warnings if warning.code not in _DROPPED_WARNINGS]


def copy_sections(sections: Sequence[Section]) -> list[Section]:
    return [copy.deepcopy(section) for section in sections]


_HEADLINE_RE = re.compile(r"^(?P<name>[^:：]{2,30}?)\s*(?:招聘|诚聘|急招|招人)\s*[:：]")
_URL_RE = re.compile(r"https?://|www\.|\.com\b", re.IGNORECASE)
_CLAUSE_RE = re.compile(r"[，。；;！!？?]")
NAMED_LINE_WINDOW = 3
MAX_HEADLINE_LEVEL = 2  # ``#`` and ``##``
MAX_NAMED_LINE_CHARS = 100


def named_job_line(lines: Sequence[Line], start: int, end: int) -> tuple[int, str] | None:
    """For a posting without a title line: a line among its first that names the job, and
    the name. ``拼多多容器平台招聘: (工作地点: 上海)`` names 拼多多容器平台; a line that
    names a role (``阿里云IoT事业部 前端工程师，p6-p7，``) names itself. Failing that, a
    first line that is a Markdown heading (``# 【急招】字节国际电商-治理前端团队（Base: 上海）``)
    names the posting: the text's own headline says more than the file's name."""
    seen = 0
    opening: tuple[int, str] | None = None
    for index in range(start, end):
        line = lines[index]
        if line.kind is LineKind.BLANK:
            continue
        if line.kind is LineKind.ITEM or (line.heading is not None and line.heading.kind):
            return opening
        if seen >= NAMED_LINE_WINDOW or len(line.text) > MAX_NAMED_LINE_CHARS:
            return opening
        if not seen and line.kind is LineKind.HEADING and line.strength <= MAX_HEADLINE_LEVEL:
            opening = (index, title_text(line))
        seen += 1
        text = strip_symbols(line.text).strip()
        if _URL_RE.search(text):
            continue
        headline = _HEADLINE_RE.match(text)
        if headline is not None:
            return index, headline.group("name").strip()
        head = _CLAUSE_RE.split(text, maxsplit=1)[0].strip()
        if line.kind is LineKind.TEXT and names_job(head) and not is_sentence_like(head):
            return index, text
    return opening


def settle_jobs(pieces: list[ParsedPosting]) -> list[ParsedPosting]:
    """The jobs among the pieces one text was cut into, completed by the pieces around them."""
    if len(pieces) < 2:
        return pieces
    # Only the text's first piece can be a headline that merely looks structured: whether a
    # later piece has a written structure is asked until one has (not of every piece).
    headed_later = any(piece.structured and _written_structure(piece) for piece in pieces[1:])
    jobs = [
        is_job(piece, leading=True, headed_later=index == 0 and headed_later)
        for index, piece in enumerate(pieces)
    ]
    if not any(jobs):
        # No piece has a job's structure: then a piece that names a job is one.
        jobs = [is_job(piece, leading=False) for piece in pieces]
    if not any(jobs):
        return _headed_pieces_joined(pieces)
    pieces, jobs = _categories_between(pieces, jobs)
    first = jobs.index(True)
    last = len(jobs) - 1 - jobs[::-1].index(True)
    # Between the first and last job, a leading piece is judged again as not leading.
    for index in range(first + 1, last):
        # A job as a leading piece is one as any piece: only a "no" can change.
        if not jobs[index]:
            jobs[index] = is_job(pieces[index], leading=False)
    kept: list[ParsedPosting] = []
    for index in range(first, last + 1):
        piece = pieces[index]
        if jobs[index] or not kept:
            kept.append(piece)
            continue
        _join(kept[-1], piece)
    # After the last job, pieces go on belonging to it (岗位基本需求 and its list) until one
    # that serves every job: company, benefits, how to apply.
    trailing = pieces[last + 1 :]
    while trailing and not _serves_all(trailing[0]) and not _missing_from_all(trailing[0], kept):
        _join(kept[-1], trailing.pop(0))
    before = _block(pieces[:first], SectionKind.ABOUT)
    after = _block(trailing, SectionKind.OTHER)
    _take_categories(kept)
    _share_edges(kept)
    for job in kept:
        _take_fields(job, pieces[:first])
        if before is not None:
            copies = _heading_over_lists(copy_sections(before.sections), job)
            job.posting.sections[0:0] = copies
            job.shared.append(before)
            job.shared_sections.extend(copies)
        if after is not None:
            copies = copy_sections(after.sections)
            job.posting.sections.extend(copies)
            job.shared.append(after)
            job.shared_sections.extend(copies)
    return kept


def _headed_pieces_joined(pieces: list[ParsedPosting]) -> list[ParsedPosting]:
    """In a text without a job, a piece titled by a heading (关于薪资, 加分项) is no posting
    of its own: it goes on the piece before it."""
    kept: list[ParsedPosting] = []
    for piece in pieces:
        if kept and piece.title_line is not None and heading_like(piece.posting.title):
            _join(kept[-1], piece)
        else:
            kept.append(piece)
    return kept


# Not the headcount: a post's "10 people" counts all of its jobs, not each.
_SHARED_FIELDS = ("department", "location", "salary", "employment_type")


def _take_fields(job: ParsedPosting, intro: Sequence[ParsedPosting]) -> None:
    """The fields the post's introduction gave (城市：杭州 / 北京 under a company headline)
    serve every job that has none of its own."""
    posting = job.posting
    for piece in intro:
        for name in _SHARED_FIELDS:
            value = getattr(piece.posting, name)
            if value and not getattr(posting, name):
                setattr(posting, name, copy.deepcopy(value))


def _categories_between(
    pieces: list[ParsedPosting], jobs: list[bool]
) -> tuple[list[ParsedPosting], list[bool]]:
    """A piece that is only a short title right above a job (## 社招职位) is a category:
    it becomes an empty heading at the top of the job below, which takes it as its own."""
    kept: list[ParsedPosting] = []
    flags: list[bool] = []
    pending: list[ParsedPosting] = []
    for piece, job in zip(pieces, jobs, strict=True):
        if not job and _only_title(piece):
            pending.append(piece)
            continue
        if job and pending:
            for category in pending:
                heading = strip_decorations(strip_symbols(category.posting.title).strip())[0]
                piece.posting.sections.insert(0, Section(SectionKind.OTHER, heading))
                piece.category_lines.append(category.title_line or category.first_line)
            pending = []
        elif pending:
            kept.extend(pending)
            flags.extend(False for _ in pending)
            pending = []
        kept.append(piece)
        flags.append(job)
    kept.extend(pending)
    flags.extend(False for _ in pending)
    return kept, flags


def _only_title(piece: ParsedPosting) -> bool:
    posting = piece.posting
    return (
        piece.title_line is not None
        and (piece.category or names_category(posting.title))
        and not posting.summary.strip()
        and not posting.sections
        and len(posting.title) <= MAX_CATEGORY_CHARS
    )


_SHARED_KINDS = (SectionKind.ABOUT, SectionKind.BENEFITS, SectionKind.APPLY)


def _share_edges(jobs: Sequence[ParsedPosting]) -> None:
    """Company, benefits and how-to-apply sections that open the first job or close the last
    serve them all when no other job has its own of that kind."""
    if len(jobs) < 2:
        return
    opening = _run(jobs[0], jobs[0].posting.sections, SectionKind.ABOUT)
    closing = _run(jobs[-1], reversed(jobs[-1].posting.sections), SectionKind.APPLY)[::-1]
    for job in jobs:
        sections = job.posting.sections
        if job is not jobs[0] and _free(opening, jobs, jobs[0]):
            copies = copy_sections(opening)
            sections[0:0] = copies
            job.shared_sections.extend(copies)
        if job is not jobs[-1] and _free(closing, jobs, jobs[-1]):
            copies = copy_sections(closing)
            sections.extend(copies)
            job.shared_sections.extend(copies)


def _run(job: ParsedPosting, sections: Iterable[Section], needed: SectionKind) -> list[Section]:
    """The job's own company, benefits and how-to-apply sections at one end, if that run
    holds ``needed``: benefits alone at the end of the last job are its own."""
    shared = {id(section) for section in job.shared_sections}
    run: list[Section] = []
    for section in sections:
        if id(section) in shared:
            continue
        if section.kind not in _SHARED_KINDS:
            break
        run.append(section)
    return run if any(section.kind is needed for section in run) else []


def _free(run: list[Section], jobs: Sequence[ParsedPosting], owner: ParsedPosting) -> bool:
    """Whether no job but ``owner`` has a section of the run's kinds of its own."""
    if not run:
        return False
    kinds = {section.kind for section in run}
    for job in jobs:
        if job is owner:
            continue
        shared = {id(section) for section in job.shared_sections}
        if any(s.kind in kinds and id(s) not in shared for s in job.posting.sections):
            return False
    return True


def _serves_all(piece: ParsedPosting) -> bool:
    """A piece about the company, benefits or how to apply (by its title or sections)."""
    kinds = {section.kind for section in piece.posting.sections if section.heading}
    titled = section_kind_of(piece.posting.title) if piece.title_line is not None else None
    return titled in _SHARED_KINDS or bool(kinds & set(_SHARED_KINDS))


def _heading_over_lists(copies: list[Section], job: ParsedPosting) -> list[Section]:
    """The shared text ends with an empty 岗位职责 over the jobs' own lists: each job's
    list, given that heading's kind and a made-up heading, takes the written one instead."""
    if not copies or copies[-1].items or copies[-1].kind not in _MAIN_KINDS:
        return copies
    sections = job.posting.sections
    made = {id(section) for section in job.made_up}
    if sections and id(sections[0]) in made and sections[0].kind is copies[-1].kind:
        sections[0].heading = copies.pop().heading
    return copies


def _missing_from_all(piece: ParsedPosting, jobs: Sequence[ParsedPosting]) -> bool:
    """A duties or requirements section after the last job, of a kind no job has: it serves
    every job (three jobs with their duties, then one 任职资格 list for them all)."""
    if len(jobs) < 2 or piece.title_line is None:
        return False
    kind = section_kind_of(piece.posting.title)
    if kind not in _MAIN_KINDS:
        return False
    return not any(
        section.kind is kind and section.items for job in jobs for section in job.posting.sections
    )


def _join(job: ParsedPosting, piece: ParsedPosting) -> None:
    """A piece that is no job, after a job: its sections go to the end of that job."""
    job.posting.sections.extend(as_sections(piece, SectionKind.OTHER))
    job.warnings.extend(kept_warnings(piece.warnings))
    job.last_line = max(job.last_line, piece.last_line)


def _block(pieces: Sequence[ParsedPosting], fallback: SectionKind) -> SharedBlock | None:
    sections: list[Section] = []
    for section in (section for piece in pieces for section in as_sections(piece, fallback)):
        if sections and not section.heading and section.kind is sections[-1].kind:
            sections[-1].items.extend(section.items)  # one section, cut only by the splitter
        else:
            sections.append(section)
    if not sections:
        return None
    return SharedBlock(pieces[0].first_line, pieces[-1].last_line, sections)


def _take_categories(jobs: Sequence[ParsedPosting]) -> None:
    """Empty headings right above a job (研发类, ## 社招职位) are the category of the jobs
    that follow, up to the next category: their department or a tag."""
    category: str | None = None
    for job in jobs:
        sections = job.posting.sections
        if sections and (leading := category_of(sections[0])) is not None:
            del sections[0]  # above the title: read with the text before the first job
            category = leading
            job.categories.append(leading)
        if category is not None:
            posting = job.posting
            posting.department, posting.tags = apply_category(
                category, posting.department, list(posting.tags)
            )
        if sections and (closing := category_of(sections[-1])) is not None and job is not jobs[-1]:
            del sections[-1]
            category = closing
            job.categories.append(closing)
