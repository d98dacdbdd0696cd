"""Rewrite tests/formats/roundtrip_known.py from a run of the export round trips.

    .venv/bin/python -m docs.tools.roundtrip_known

Runs every case of tests/formats/test_export_roundtrip.py (every real posting through every
export), sorts each failure by what differs, and writes the list of known failures with
their reasons. Run it after a template or recogniser change has fixed (or broken) cases,
then read the diff: a reason is a guess from the first difference, so check that each
new entry really is the template's or the recogniser's doing before committing it.
"""

from __future__ import annotations

import copy
import re
import textwrap
from collections import Counter
from pathlib import Path

from jdeditor.core.model import Posting
from jdeditor.core.structure.fields import match_field
from tests.formats import test_export_roundtrip as roundtrip
from tests.formats.roundtrip_cases import difference, shape

OUT = Path(__file__).resolve().parents[2] / "tests" / "formats" / "roundtrip_known.py"
TEXT_FORMS = ("md", "html")
FACTS_REST = re.compile(r"[\s·•|/,，、\d.\-–~kK元月年人招聘+]")  # separators, pay, headcount
INVENTED = "有意者请将个人简历发送至人力资源部"  # advert-zh's own 应聘方式 text
REASONS = {
    "TEMPLATE_ADVERT_APPLY": "template advert-zh invents an 应聘方式 paragraph (有意者请将个人"
    "简历发送至人力资源部…) when no company settings exist; it comes back as an extra section "
    "(being removed from the template)",
    "TEMPLATE_ADVERT_ORDER": "template advert-zh prints the sections in an order of its own "
    "(benefits after the requirements), not in the posting's order",
    "TEMPLATE_META_LINE": "template prints department, location and salary as one unlabelled "
    "line (研发部 · 北京 · 15-25K), so they come back as summary text, not as fields",
    "RECOGNISER_FIELD_LINES": "recogniser: a header field line (工作地点：…, Location: …, "
    "Employment type: …) is read into its field and also kept in the summary, so the field "
    "lines an export writes come back as summary text (issue 10: a line whose facts were all "
    "taken into fields does not stay in the summary); or a field or summary is read from a "
    "line the source's own reading did not take it from",
    "TEMPLATE_ADVERT_REPORTS_TO": "template advert-zh does not print the reports-to field, "
    "so it does not come back (a header field line read whole is no longer kept in the "
    "summary as well)",
    "RECOGNISER_SECTION_FIELDS": "recogniser: a field line inside a section of the source "
    "(公司位置：… under 团队情况) is not read into a field there, but the export writes that "
    "section near the head, where the line is read: the posting comes back with a field it "
    "did not have",
    "RECOGNISER_SPLIT": "recogniser: a line inside the posting (an unknown heading over a list, "
    "a short paragraph before a list, a contact line) is read as the title of another posting",
    "RECOGNISER_KINDS": "recogniser: a heading is read as another section kind than in the "
    "text it came from (a form label that also names a field, such as Compensation; a "
    "paragraph over a list read as an other section), or a section is joined to the one "
    "before",
    "RECOGNISER_ITEMS": "recogniser: a paragraph and the list around it come back with another "
    "nesting or kind (prose read as items: a form cell of short paragraphs)",
}


def reasons(form: str, posting: Posting, got: tuple[Posting, ...]) -> list[str]:
    """Why one case fails: a template's invented section first, then the first difference."""
    found: list[str] = []
    back = [copy.deepcopy(one) for one in got]
    if form == "advert-zh":
        for one in back:
            kept = [s for s in one.sections if not any(INVENTED in i.text for _, i in s.walk())]
            if len(kept) != len(one.sections) and not found:
                found.append("TEMPLATE_ADVERT_APPLY")
            one.sections = kept
    if [one.title for one in back] != [posting.title]:
        return [*found, "RECOGNISER_SPLIT"]
    if not difference(posting, back[0]):
        return found
    want, have = shape(posting), shape(back[0])
    fields = [key for key in want if key != "sections" and want[key] != have[key]]
    before = posting.summary.splitlines()
    extra = [line for line in back[0].summary.splitlines() if line not in before]
    if fields == ["reports_to"] and form == "advert-zh" and not back[0].reports_to:
        return [*found, "TEMPLATE_ADVERT_REPORTS_TO"]
    gained = [key for key in fields if key != "summary" and not want[key]]
    if gained and gained == [key for key in fields if key != "summary"] and form in TEXT_FORMS:
        return [*found, "RECOGNISER_SECTION_FIELDS"]
    if fields:
        # The template's facts line: the posting's own values came back as summary text,
        # or a field it has came back empty. A field the original lacks and the copy has is
        # the recogniser reading more than the source's reader did (Markdown fails alike).
        values = [posting.department, posting.location]
        printed = any(_facts_line(line, values) for line in extra)
        lost = any(want[key] and not have[key] for key in fields if key != "summary")
        if form in ("jd-en", "advert-zh") and (printed or lost):
            return [*found, "TEMPLATE_META_LINE"]
        # Summary text that is no field line came from a section: judged with the sections.
        if fields != ["summary"] or any(match_field(line) for line in extra):
            return [*found, "RECOGNISER_FIELD_LINES"]
    kinds = [kind for kind, _ in want["sections"]]  # type: ignore[attr-defined]
    got_kinds = [kind for kind, _ in have["sections"]]  # type: ignore[attr-defined]
    if kinds != got_kinds:
        if form == "advert-zh" and sorted(kinds) == sorted(got_kinds):
            return [*found, "TEMPLATE_ADVERT_ORDER"]
        return [*found, "RECOGNISER_KINDS"]
    return [*found, "RECOGNISER_ITEMS"]


def main() -> None:
    cases: dict[str, list[str]] = {}
    for form in roundtrip.FORMS:
        for source in roundtrip.SOURCES:
            posting = roundtrip._postings(source.path)[source.index]
            found = reasons(form, posting, roundtrip._alone(form, source))
            if found:
                cases[f"{form}/{source.case_id}"] = found
    lines = [
        '"""The round-trip cases that fail today for a reason outside the readers and exporters.',
        "",
        "Each reason names the part that must change; the marks are strict, so a case that",
        "starts passing fails the suite until its line goes",
        "(tests/formats/test_export_roundtrip.py).",
        "Written by docs/tools/roundtrip_known.py from a run of the suite, then read through;",
        'see docs/import.md, "Round trips".',
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    used = sorted({r for found in cases.values() for r in found}, key=list(REASONS).index)
    for name in used:
        lines.append(f"{name} = (")
        lines += [
            f'    "{part}"' for part in textwrap.wrap(REASONS[name], 60, drop_whitespace=False)
        ]
        lines.append(")")
    lines += ["", "", "def _both(*reasons: str) -> str:", '    return "; and ".join(reasons)']
    lines += ["", "", "KNOWN: dict[str, str] = {"]
    for case, found in cases.items():
        value = found[0] if len(found) == 1 else f"_both({', '.join(found)})"
        lines.append(f'    "{case}": {value},')
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(Counter(" + ".join(found) for found in cases.values()))
    print(f"{len(cases)} known failures written to {OUT}; run ruff format on it.")


def _facts_line(line: str, values: list[str]) -> bool:
    """Whether ``line`` is a facts line made of ``values`` (研发部 · 北京 · 15-25K), not
    a sentence that merely names one of them (出海公司早期项目，base广州)."""
    rest = line
    for value in values:
        if value:
            rest = rest.replace(value, "")
    return rest != line and not FACTS_REST.sub("", rest)


if __name__ == "__main__":
    main()
