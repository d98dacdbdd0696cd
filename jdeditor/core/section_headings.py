"""The heading a section gets when nobody wrote one, in the posting's language.

One table for the editor (new sections), new postings (``new_posting``) and every exporter
(a section without a heading), so they never disagree.
"""

from __future__ import annotations

from jdeditor.core.model import Language, Posting, Section, SectionKind

DEFAULT_HEADINGS: dict[Language, dict[SectionKind, str]] = {
    Language.ZH: {
        SectionKind.DUTIES: "岗位职责",
        SectionKind.REQUIREMENTS: "任职要求",
        SectionKind.PREFERRED: "加分项",
        SectionKind.BENEFITS: "福利待遇",
        SectionKind.ABOUT: "公司介绍",
        SectionKind.APPLY: "应聘方式",
        SectionKind.OTHER: "其他",
    },
    Language.EN: {
        SectionKind.DUTIES: "Responsibilities",
        SectionKind.REQUIREMENTS: "Requirements",
        SectionKind.PREFERRED: "Nice to have",
        SectionKind.BENEFITS: "Benefits",
        SectionKind.ABOUT: "About us",
        SectionKind.APPLY: "How to apply",
        SectionKind.OTHER: "Other",
    },
}


def new_posting(title: str = "", language: Language = Language.ZH) -> Posting:
    """A blank posting with the two sections every posting has: duties and requirements."""
    headings = DEFAULT_HEADINGS[language]
    return Posting(
        title=title,
        language=language,
        sections=[
            Section(SectionKind.DUTIES, headings[SectionKind.DUTIES]),
            Section(SectionKind.REQUIREMENTS, headings[SectionKind.REQUIREMENTS]),
        ],
    )
