"""The library of statements: comparison forms and families of near-duplicates (issue 13).

Pure logic over plain values; the store counts and searches statements, the service
feeds them here. See docs/architecture.md, "Statements".
"""

from __future__ import annotations

from jdeditor.core.statements.families import (
    FamilyOptions,
    families,
    family_id,
    near_duplicate_pairs,
)
from jdeditor.core.statements.model import (
    STATEMENT_KINDS,
    Family,
    Statement,
    Variant,
    statements_of,
)
from jdeditor.core.statements.normalise import normalise, strip_leading_marks

__all__ = [
    "STATEMENT_KINDS",
    "Family",
    "FamilyOptions",
    "Statement",
    "Variant",
    "families",
    "family_id",
    "near_duplicate_pairs",
    "normalise",
    "statements_of",
    "strip_leading_marks",
]
