"""A list's section kind read from what its items say, where no heading says it.

A list under a job's name with no heading of its own, or under a second duties heading
(``【岗位描述】`` then ``【职位描述】``), may hold the requirements: its items say what the
candidate has or knows (``熟悉 Java``, ``本科及以上学历``, ``3+ years of experience``), none
what the job does (``负责…``, ``Build…``). A careful reader takes such a list as the
requirements; the importer does the same when the posting has no requirements section yet.

The other way round, a posting may state its work only as prose under the job's name,
right before its requirements (``围绕…算法模型，设计原型产品方案，并进行前后端的开发``). In
a Chinese posting with requirements and no duties, the summary's last paragraph is the
duties when it is a sentence about the work (开发, 设计, 负责, 您将…) and not about the
company (公司, 成立, 致力于…). English postings have the role statement for this
(``english_headings.duties_from_summary``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdeditor.core.model import Item, ItemKind, Language, Posting, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.core.structure.headings import HeadingMatch

MIN_PROSE_CHARS = 15
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_WORK_RE = re.compile(
    r"负责|参与|开发|设计|研发|打造|构建|实现|优化|交付|维护|搭建|解决|方案|从事|您将|你将"
)
_COMPANY_RE = re.compile(r"公司|成立|致力于|是一家|总部|融资|估值|上市|旗下|团队成员|欢迎")

# An item that says what the job does starts with what is done.
_DUTY_RE = re.compile(
    r"(?:负责|参与|主导|协助|配合|完成|制定|推动|跟进|带领|管理|组织|开展|承担|维护|设计|开发"
    r"|搭建|建设|建立|构建|编写|撰写|进行|支持|对接|协调|保障|确保|优化|输出|规划|落地)"
    r"|(?:design|build|develop|own|lead|work|collaborate|maintain|drive|manage|create"
    r"|implement|partner|support|ensure|write|deliver|help|define|establish|analy[sz]e"
    r"|coordinate|conduct|oversee|monitor|participate|contribute|prepare|review|act|identify"
    r"|improve|optimi[sz]e|plan|provide|research|test|mentor|communicate|run|perform|assist)\b",
    re.IGNORECASE,
)
# An item that says what the candidate has or knows.
_REQUIREMENT_RE = re.compile(
    r"熟悉|熟练|掌握|精通|了解|具备|具有|拥有|学历|本科|硕士|博士|专业|经验|经历|优先|能力|扎实"
    r"|热爱|热衷|善于|毕业|以上学历",
)
_ENGLISH_REQUIREMENT_RE = re.compile(
    r"(?:\d+\+?\s*(?:years?|yrs)|(?:an? )?(?:bachelor|master|degree|phd)\b"
    r"|(?:strong|solid|excellent|proven|deep|extensive|demonstrated|hands-on|practical)\b"
    r"|(?:experience|knowledge|understanding|familiarity|proficiency|expertise|fluency)\b"
    r"|(?:ability|able|familiar|proficient|fluent|comfortable|experienced|skilled)\b"
    r"|you (?:have|are|bring)\b|at least\b)",
    re.IGNORECASE,
)


def introduces(heading: HeadingMatch, section: Section | None) -> bool:
    """An about heading with its text on the line, first under a duties or requirements
    heading (``职位描述`` / ``团队介绍：生活服务业务…`` / ``1、负责…``), introduces that section:
    it is a paragraph there, and the list after it stays in the section."""
    return (
        heading.kind is SectionKind.ABOUT
        and bool(heading.rest)
        and section is not None
        and not section.items
        and section.kind in (SectionKind.DUTIES, SectionKind.REQUIREMENTS)
    )


def _says(text: str) -> SectionKind | None:
    text = text.strip()
    if _DUTY_RE.match(text):
        return SectionKind.DUTIES
    if _REQUIREMENT_RE.search(text) or _ENGLISH_REQUIREMENT_RE.match(text):
        return SectionKind.REQUIREMENTS
    return None


def reads_as_requirements(items: Sequence[Item]) -> bool:
    """At least half of the list items say what the candidate has or knows, and none says
    what the job does."""
    texts = [item.text for item in items if item.kind is ItemKind.ITEM]
    if not texts:
        return False
    said = [_says(text) for text in texts]
    if SectionKind.DUTIES in said:
        return False
    return 2 * said.count(SectionKind.REQUIREMENTS) >= len(texts)


def requirements_by_content(posting: Posting, made_up: list[Section]) -> Section | None:
    """Retype the duties list that reads as the requirements; return it, or None.

    Only in a posting without a requirements section, and only a list no heading names
    (``made_up``: the importer's default duties) or a second duties section. A section
    made for prose kept as the duties is added to ``made_up``.
    """
    sections = posting.sections
    if any(section.kind is SectionKind.REQUIREMENTS for section in sections):
        return None
    duties = [section for section in sections if section.kind is SectionKind.DUTIES]
    for index, section in enumerate(duties):
        headless = any(section is other for other in made_up)
        if not (headless or index > 0) or not reads_as_requirements(section.items):
            continue
        if headless:
            kept = _keep_prose_as_duties(posting, section)
            if kept is not None:
                made_up.append(kept)
            section.heading = DEFAULT_HEADINGS[posting.language][SectionKind.REQUIREMENTS]
        section.kind = SectionKind.REQUIREMENTS
        return section
    return None


def _keep_prose_as_duties(posting: Posting, section: Section) -> Section | None:
    """Prose before a headless list (``作为大数据工程师，您将…``) says what the job does: it
    stays the duties, in a section of its own before the list."""
    lead = 0
    while lead < len(section.items) and section.items[lead].kind is ItemKind.PARAGRAPH:
        lead += 1
    if lead == 0 or lead == len(section.items):
        return None
    duties = Section(SectionKind.DUTIES, section.heading, section.items[:lead])
    del section.items[:lead]
    posting.sections.insert(posting.sections.index(section), duties)
    return duties


def work_prose(text: str) -> bool:
    """A Chinese sentence about the job's work, not about the company."""
    text = text.strip()
    if len(text) < MIN_PROSE_CHARS or text.endswith((":", "：")) or not _CJK_RE.search(text):
        return False
    if not any(mark in text for mark in "，,、；;。"):
        return False  # a name or a line of facts, not a sentence
    return _WORK_RE.search(text) is not None and _COMPANY_RE.search(text) is None


def duties_from_prose(posting: Posting, summary: Sequence[str], last_free: bool) -> Section | None:
    """A duties section for the summary's last paragraph, or None (see the module's text).

    ``last_free`` says the last summary entry is the posting's own prose (not its title
    line, not a field line read whole).
    """
    if posting.language is not Language.ZH or not summary or not last_free:
        return None
    sections = posting.sections
    if any(section.kind is SectionKind.DUTIES and section.items for section in sections):
        return None
    if not any(section.kind is SectionKind.REQUIREMENTS for section in sections):
        return None
    if not work_prose(summary[-1]):
        return None
    heading = DEFAULT_HEADINGS[posting.language][SectionKind.DUTIES]
    return Section(SectionKind.DUTIES, heading, [Item(summary[-1], kind=ItemKind.PARAGRAPH)])
