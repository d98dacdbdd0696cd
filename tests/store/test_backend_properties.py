"""Property tests on both databases: any storable posting reads back as it was saved, and
a posting exported to JSON and imported again is the same posting, on SQLite and on
PostgreSQL (the ``library`` fixture runs each test once per backend).

The example counts are small (each example writes to a real database); the fuzz profile
(tests/hypothesis_support.py) multiplies them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdeditor.core.model import EmploymentType, Language, Posting, Salary, SalaryPeriod, Status
from jdeditor.core.serialization import posting_to_dict
from jdeditor.core.validation import without_nul
from jdeditor.formats import json_format
from jdeditor.service import Library
from tests.formats.test_json_format import _dismissals, _moments, _sections, _text
from tests.hypothesis_support import examples


# One library serves every example of a test (a new database per example would make
# the PostgreSQL run slow); each example adds its own postings.
def property_settings(usual: int) -> settings:
    return settings(
        max_examples=examples(usual),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


_titles = st.text(min_size=1, max_size=60).filter(lambda title: bool(title.strip()))
_amounts = st.none() | st.decimals(
    min_value=Decimal(0), max_value=Decimal("1e9"), places=2, allow_nan=False
)
_salaries = st.none() | st.builds(
    lambda low, high, currency, period: Salary(
        *(sorted((low, high)) if low is not None and high is not None else (low, high)),
        currency=currency,
        period=period,
    ),
    _amounts,
    _amounts,
    st.sampled_from(["CNY", "USD", "元", "EUR"]),
    st.sampled_from(SalaryPeriod),
)
_tags = st.lists(st.sampled_from(["急招", "远程", "Remote", "实习", "C++", "数据"]), unique=True)
# What validate_posting lets into a library: a title, no negative numbers, an ordered
# salary with a currency, named tags. Everything else as the JSON property tests draw it.
storable_postings = st.builds(
    Posting,
    title=_titles,
    department=_text,
    location=_text,
    reports_to=_text,
    headcount=st.none() | st.integers(0, 10**9),
    employment_type=st.none() | st.sampled_from(EmploymentType),
    salary=_salaries,
    status=st.sampled_from(Status),
    language=st.sampled_from(Language),
    summary=_text,
    tags=_tags,
    sections=st.lists(_sections, max_size=3),
    dismissals=st.lists(_dismissals, max_size=2, unique_by=lambda dismissal: dismissal.key),
    created_at=_moments,
)

# What the library sets itself when it stores a posting.
STAMPS = ("id", "version", "created_at", "updated_at")


def content(posting: Posting) -> dict[str, Any]:
    return {key: value for key, value in posting_to_dict(posting).items() if key not in STAMPS}


@property_settings(25)
@given(posting=storable_postings)
def test_any_storable_posting_reads_back_as_saved(library: Library, posting: Posting) -> None:
    stored = library.create_posting(posting)
    assert stored.id is not None
    loaded = library.get_posting(stored.id)
    assert loaded == stored
    # the header fields are stored trimmed; everything else exactly as given
    trimmed = {"title", "department", "location", "reports_to", "salary"}
    drawn, read = content(without_nul(posting)), content(loaded)
    assert {key: read[key] for key in read if key not in trimmed} == {
        key: drawn[key] for key in drawn if key not in trimmed
    }
    for key in ("title", "department", "location", "reports_to"):
        assert read[key] == drawn[key].strip()
    # …and saving it again unchanged writes nothing new, then a change is kept.
    assert library.save_posting(loaded).version == loaded.version
    loaded.title = loaded.title.strip()[:150] + " 改"
    saved = library.save_posting(loaded)
    assert library.get_posting(stored.id) == saved
    assert [info.version for info in library.history(stored.id)][:2] == [2, 1]


@property_settings(15)
@given(postings=st.lists(storable_postings, min_size=1, max_size=3))
def test_postings_exported_to_json_import_as_the_same_postings(
    library: Library, postings: list[Posting], tmp_path: Path
) -> None:
    ids = [library.create_posting(posting).id or 0 for posting in postings]
    stored = [library.get_posting(posting_id) for posting_id in ids]
    path = tmp_path / "postings.json"
    json_format.write_file(path, json_format.dumps_library(stored))
    added = library.import_files([path], allow_duplicates=True).added
    assert len(added) == len(stored)
    imported = [library.get_posting(posting_id) for posting_id in added]
    assert [content(posting) for posting in imported] == [content(posting) for posting in stored]
    # the JSON file's own times are kept
    assert [posting.created_at for posting in imported] == [
        posting.created_at for posting in stored
    ]
