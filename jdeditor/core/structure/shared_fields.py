"""Fields that a text states once for all its jobs: ``工作地点：北京`` in a company block.

A file that holds several jobs often says where they are (``工作地点：北京``,
``【上海】多岗位招聘``) or which department hires once, in the introduction before the first
job or in a block after the last. Each job receives a copy of such blocks as sections of
their kind (``jobs.settle_jobs``); it takes their facts as well, the same as a field line
inside one of its own sections fills its field:

* the fields read from the pieces those blocks were made of (their field lines, the place
  in their headline), in the order of the text; a headline that names no role
  (``【鹰角网络】【上海】多个社招岗位开放中``) gives the places among its leading bracketed
  tags, when a tag is nothing but places (``上海``, ``北京/杭州``), not a company, and the
  department it names (``京东零售-商业提升事业部-社招``, see ``facts.department_in_title``);
* then the field lines among the copied sections' paragraphs (a company section that the
  first job opened with, copied to the others).

Only the job's empty fields are filled, and only those that describe every job alike:
location, department, employment type and salary (``薪资范围：15K-30K`` above all the jobs);
a headcount stated once counts the jobs together, so it is not each job's. The lines stay
where they are, so nothing is lost.

List items are no field lines where they stand, but an item of a certain shape fills an
empty salary or location as well (``fill_from_items``): ``1、薪资范围：15K-30K，年终奖3-6个月``
in a benefits list, ``- 工作地点：上海`` with nothing but known places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jdeditor.core.model import ItemKind, Posting, Section
from jdeditor.core.structure.facts import department_in_title, places_only
from jdeditor.core.structure.fields import Field, apply_field, match_field
from jdeditor.core.structure.jobs import settle_jobs
from jdeditor.core.structure.parsed import ParsedPosting
from jdeditor.core.structure.symbols import strip_symbols
from jdeditor.core.structure.titles import is_facts, places_in

SHARED_FIELDS = (Field.LOCATION, Field.DEPARTMENT, Field.EMPLOYMENT_TYPE, Field.SALARY)
_ATTRIBUTES = ("location", "department", "employment_type", "salary")
# 【深圳】, [北京], 「上海」 at the head of a line, one after another.
_LEADING_TAG_RE = re.compile(r"\s*[【\[「〔](?P<tag>[^】\]」〕]{1,20})[】\]」〕]")


def settle_with_fields(pieces: list[ParsedPosting]) -> list[ParsedPosting]:
    """``jobs.settle_jobs``, then each job takes the fields of the blocks it shares."""
    jobs = settle_jobs(pieces)
    if jobs is not pieces:
        fill_shared_fields(pieces, jobs)
    return jobs


def fill_shared_fields(pieces: Sequence[ParsedPosting], jobs: Sequence[ParsedPosting]) -> None:
    """Fill each job's empty fields from the blocks it shares (``pieces``: all the pieces
    the text was cut into before the jobs were settled, ``jobs``: the settled jobs)."""
    kept = {id(job) for job in jobs}
    for job in jobs:
        if not job.shared and not job.shared_sections:
            continue
        for block in job.shared:
            for piece in pieces:
                inside = block.first_line <= piece.first_line <= piece.last_line <= block.last_line
                if id(piece) not in kept and inside:
                    _take(job.posting, piece.posting)
                    if piece.title_line is not None:
                        _take_headline(job.posting, piece.title_source or piece.posting.title)
        fill_from_sections(job.posting, job.shared_sections)


def headline_places(text: str) -> list[str]:
    """The places in the bracketed tags that open a headline: ``【鹰角网络】【上海】…`` → 上海.

    A tag counts only when it holds nothing but places, pay and hiring words (``北京/杭州``,
    ``上海·社招``); a company's tag is passed over."""
    text = strip_symbols(text).lstrip(" *#_")
    places: list[str] = []
    position = 0
    while (match := _LEADING_TAG_RE.match(text, position)) is not None:
        tag = match.group("tag")
        if is_facts(tag):
            places += [place for place in places_in(tag) if place not in places]
        position = match.end()
    return places


def _take_headline(posting: Posting, headline: str) -> None:
    if not posting.location:
        posting.location = "、".join(headline_places(headline))
    if not posting.department:
        posting.department = department_in_title(headline) or ""


def _take(posting: Posting, donor: Posting) -> None:
    for attribute in _ATTRIBUTES:
        value = getattr(donor, attribute)
        if value and not getattr(posting, attribute):
            setattr(posting, attribute, value)


def fill_from_items(posting: Posting) -> None:
    """List items that are field lines of a certain shape fill the posting's empty salary
    and location: ``1、薪资范围：15K-30K，年终奖3-6个月`` in a benefits list, ``- 工作地点：上海``
    (a place of the known list alone). The items stay where they are."""
    if posting.salary is not None and posting.location:
        return
    stack = [node for section in reversed(posting.sections) for node in reversed(section.items)]
    item = ItemKind.ITEM
    while stack:  # every node in reading order (quicker than Section.walk's generators)
        node = stack.pop()
        if node.children:
            stack.extend(reversed(node.children))
        text = node.text
        if node.kind is not item or "\n" in text:
            continue
        if ":" not in text and "：" not in text and not text.startswith(("【", "[")):
            continue  # most items: no label at all (a label alone is no value either)
        match = match_field(text.strip())
        if match is None or not match.value:
            continue
        if match.field is Field.SALARY and posting.salary is None:
            apply_field(posting, match)
        elif match.field is Field.LOCATION and not posting.location:
            posting.location = places_only(match.value)


def fill_from_sections(posting: Posting, sections: Sequence[Section]) -> None:
    """The field lines among the paragraphs of ``sections`` fill the posting's empty
    location, department, employment type and salary."""
    for section in sections:
        for _, node in section.walk():
            if node.kind is not ItemKind.PARAGRAPH or "\n" in node.text:
                continue
            match = match_field(node.text.strip())
            if match is not None and match.value and match.field in SHARED_FIELDS:
                apply_field(posting, match)
