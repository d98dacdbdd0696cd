"""Checks before a posting goes out: Chinese employment law, inclusive English, quality.

``check_posting(posting)`` returns the findings; ``all_rules()`` lists the rules (see
docs/checks.md). No Qt, no SQL: the service, the GUI and the command line all use this.
"""

from __future__ import annotations

from jdeditor.core.checks.engine import check_posting
from jdeditor.core.checks.model import (
    POSTING,
    Bilingual,
    Category,
    Finding,
    Place,
    Rule,
    Severity,
    Span,
)
from jdeditor.core.checks.registry import all_rules, rule_by_id
from jdeditor.core.checks.texts import posting_texts

__all__ = [
    "POSTING",
    "Bilingual",
    "Category",
    "Finding",
    "Place",
    "Rule",
    "Severity",
    "Span",
    "all_rules",
    "check_posting",
    "posting_texts",
    "rule_by_id",
]
