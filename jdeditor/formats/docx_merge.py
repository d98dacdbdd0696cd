"""Merging rendered postings into one .docx, one posting per page.

All documents come from the same template, so styles and page set-up are shared and
only three things need care when a body is appended: every list instance (``w:num``)
gets a new id, so each posting's lists keep restarting at 1 (docxcompose maps ids per
body element, which merges every list of a table-form posting into one); images and
other related parts are re-linked; and a page break separates the postings.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

_RELATION_ATTRIBUTES = (qn("r:embed"), qn("r:id"), qn("r:link"))


def _numbering_root(document: Any) -> Any:
    return document.part.numbering_part.element


def _max_id(root: Any, tag: str, attribute: str) -> int:
    values = [int(element.get(qn(attribute))) for element in root.findall(qn(tag))]
    return max(values, default=0)


def _copy_numbering(base: Any, other: Any) -> dict[str, str]:
    """Copy ``other``'s list instances (and unknown list formats) into ``base``; old -> new id."""
    try:
        source = _numbering_root(other)
    except NotImplementedError:  # no numbering part: no lists to carry over
        return {}
    target = _numbering_root(base)
    abstract_ids = {
        element.get(qn("w:abstractNumId")) for element in target.findall(qn("w:abstractNum"))
    }
    abstract_map: dict[str, str] = {}
    next_abstract = _max_id(target, "w:abstractNum", "w:abstractNumId") + 1
    for abstract in source.findall(qn("w:abstractNum")):
        old = abstract.get(qn("w:abstractNumId"))
        if old in abstract_ids:
            continue  # the same template defined it: identical
        new = copy.deepcopy(abstract)
        new.set(qn("w:abstractNumId"), str(next_abstract))
        abstract_map[old] = str(next_abstract)
        next_abstract += 1
        first_num = target.find(qn("w:num"))
        if first_num is not None:  # abstractNums must precede nums in the schema
            first_num.addprevious(new)
        else:
            target.append(new)
    num_map: dict[str, str] = {}
    next_num = _max_id(target, "w:num", "w:numId") + 1
    for num in source.findall(qn("w:num")):
        new = copy.deepcopy(num)
        num_map[num.get(qn("w:numId"))] = str(next_num)
        new.set(qn("w:numId"), str(next_num))
        abstract_ref = new.find(qn("w:abstractNumId"))
        if abstract_ref is not None:
            value = abstract_ref.get(qn("w:val"))
            abstract_ref.set(qn("w:val"), abstract_map.get(value, value))
        target.append(new)
        next_num += 1
    return num_map


def _relink(element: Any, base: Any, other: Any) -> None:
    """Give every relationship the element uses (images, links) an id in ``base``."""
    cache: dict[str, str] = {}
    for node in element.iter():
        for attribute in _RELATION_ATTRIBUTES:
            old = node.get(attribute)
            if old is None:
                continue
            if old not in cache:
                relationship = other.part.rels.get(old)
                if relationship is None:
                    continue
                if relationship.is_external:
                    cache[old] = base.part.relate_to(
                        relationship.target_ref, relationship.reltype, is_external=True
                    )
                elif relationship.reltype == RT.IMAGE:
                    image_part = relationship.target_part
                    cache[old] = base.part.relate_to(image_part, RT.IMAGE)
                else:
                    continue
            node.set(attribute, cache[old])


def _page_break() -> Any:
    paragraph = OxmlElement("w:p")
    run = OxmlElement("w:r")
    brk = OxmlElement("w:br")
    brk.set(qn("w:type"), "page")
    run.append(brk)
    paragraph.append(run)
    return paragraph


def merge_documents(documents: Sequence[Any]) -> Any:
    """The first document with the bodies of the others appended, each on a new page."""
    if not documents:
        raise ValueError("nothing to merge")
    base = documents[0]
    body = base.element.body
    final_section = body.find(qn("w:sectPr"))
    for other in documents[1:]:
        num_map = _copy_numbering(base, other)
        elements = [child for child in other.element.body if child.tag != qn("w:sectPr")]
        insert_at = final_section if final_section is not None else None
        pieces = [_page_break()]
        for element in elements:
            piece = copy.deepcopy(element)
            for num_id in piece.iter(qn("w:numId")):
                value = num_id.get(qn("w:val"))
                if value in num_map:
                    num_id.set(qn("w:val"), num_map[value])
            _relink(piece, base, other)
            pieces.append(piece)
        for piece in pieces:
            if insert_at is not None:
                insert_at.addprevious(piece)
            else:
                body.append(piece)
    return base
