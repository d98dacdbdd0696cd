"""The import's quicker write paths give exactly what the plain ones give."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from jdeditor.core.model import Posting
from jdeditor.core.serialization import posting_json, posting_to_dict
from jdeditor.store.database import _compact_json
from tests.factories import chinese_posting, english_posting
from tests.formats.test_json_format import _postings
from tests.hypothesis_support import examples


def test_snapshot_text_of_the_factories() -> None:
    for posting in (chinese_posting(), english_posting()):
        assert posting_json(posting) == _compact_json(posting_to_dict(posting))
        assert json.loads(posting_json(posting)) == posting_to_dict(posting)


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting=_postings)
def test_snapshot_text_is_the_serializers_text(posting: Posting) -> None:
    expected = json.dumps(posting_to_dict(posting), ensure_ascii=False, separators=(",", ":"))
    assert posting_json(posting) == expected == _compact_json(posting_to_dict(posting))
