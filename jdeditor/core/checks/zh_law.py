"""Rules: zh_law (being written)."""

from __future__ import annotations

from jdeditor.core.checks.model import Rule

RULES: list[Rule] = []
