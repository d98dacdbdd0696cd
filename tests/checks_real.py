"""For end-to-end tests against the real rules of core/checks, which other branches add:
such a test runs once the rules it names exist (after the merge), and is skipped before."""

from __future__ import annotations

import pytest

from jdeditor.core.checks import all_rules


def needs_rules(*rule_ids: str) -> pytest.MarkDecorator:
    missing = set(rule_ids) - {rule.id for rule in all_rules()}
    return pytest.mark.skipif(
        bool(missing), reason=f"the rules {sorted(missing)} are not in core/checks yet"
    )
