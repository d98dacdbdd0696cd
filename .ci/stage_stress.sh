#!/usr/bin/env bash
# Stress stage: two processes saving the same 100 postings 1,000 times each, on SQLite
# and on PostgreSQL (tests/stress/test_concurrent_saves.py). About 2 min per backend;
# bounded at 10 min. Uses the cluster .ci/run started (JDEDITOR_TEST_PG).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen JDEDITOR_STRESS=1
timeout 600 .venv/bin/python -m pytest -q -s -p no:cacheprovider -m stress \
  tests/stress/test_concurrent_saves.py
