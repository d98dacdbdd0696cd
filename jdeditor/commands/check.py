"""``check``: the findings of the checks on postings; exit 1 while errors remain."""

from __future__ import annotations

import argparse
from typing import Any

from jdeditor.commands.output import print_json
from jdeditor.core.checks import Finding, Severity
from jdeditor.core.model import Posting
from jdeditor.errors import UserFacingError
from jdeditor.exit_codes import EXIT_ERROR
from jdeditor.service import Library
from jdeditor.service.checks import PostingFindings


def _language(args: argparse.Namespace, posting: Posting) -> str:
    return str(args.language or posting.language.value)


def _section(posting: Posting, finding: Finding) -> str | None:
    index = finding.place.section
    if index is None or index >= len(posting.sections):
        return None
    section = posting.sections[index]
    return section.heading or section.kind.value


def finding_dict(posting: Posting, finding: Finding, language: str) -> dict[str, Any]:
    """One finding for scripts: the fields issue 12 names, plus ``field`` for header texts."""
    rule = finding.rule
    return {
        "posting_id": posting.id,
        "title": posting.title,
        "rule": rule.id,
        "category": rule.category.value,
        "severity": finding.severity.label,
        "message": rule.message.in_(language),
        "explanation": rule.explanation.in_(language),
        "source": rule.source.in_(language) if rule.source else None,
        "section": _section(posting, finding),
        "field": finding.place.field or None,
        "item_path": list(finding.place.item) if finding.place.item else None,
        "span_text": finding.span_text,
        "suggestion": finding.span.suggestion or None,
    }


def _where(posting: Posting, finding: Finding) -> str:
    place = finding.place
    if place.field:
        return place.field
    section = _section(posting, finding)
    if section is None:
        return "posting"
    if not place.item:
        return f"{section} (heading)"
    return f"{section} › item {'.'.join(str(step + 1) for step in place.item)}"


def _print_text(result: PostingFindings, language: str) -> None:
    posting = result.posting
    counts = {severity: 0 for severity in Severity}
    for finding in result.findings:
        counts[finding.severity] += 1
    tally = ", ".join(f"{counts[severity]} {severity.label}" for severity in Severity)
    print(f"#{posting.id} {posting.title}: {tally}")
    for finding in result.findings:
        rule = finding.rule
        quoted = f' "{finding.span_text}"' if finding.span_text else ""
        print(f"  {finding.severity.label:<7} {rule.id}  {_where(posting, finding)}{quoted}")
        print(f"          {rule.message.in_(language)}")
        if finding.span.suggestion:
            print(f"          → {finding.span.suggestion}")
        if rule.source:
            print(f"          {rule.source.in_(language)}")


def cmd_check(library: Library, args: argparse.Namespace) -> int:
    if args.all == bool(args.ids):
        raise UserFacingError(
            "Name the postings to check (`jdeditor check 3 7`) or check them all "
            "(`jdeditor check --all`), not both."
        )
    ids = library.matching_ids("") if args.all else list(dict.fromkeys(args.ids))
    results = library.check_postings(ids)
    found = {result.posting.id for result in results}
    missing = [posting_id for posting_id in ids if posting_id not in found]
    if missing:
        raise UserFacingError(
            f"There is no posting {', '.join(map(str, missing))} in the library (it may be in "
            "the trash: see `list --trash`); nothing was checked."
        )
    errors = sum(result.errors for result in results)
    if args.json:
        print_json(
            {
                "checked": len(results),
                "errors": errors,
                "findings": [
                    finding_dict(result.posting, finding, _language(args, result.posting))
                    for result in results
                    for finding in result.findings
                ],
            }
        )
    else:
        for result in results:
            _print_text(result, _language(args, result.posting))
        noun = "posting" if len(results) == 1 else "postings"
        print(f"Checked {len(results)} {noun}: {errors} unresolved error{'s' * (errors != 1)}.")
    return EXIT_ERROR if errors else 0
