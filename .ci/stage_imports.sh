#!/usr/bin/env bash
# Stress stage for unique imports: two processes import the same file at the same moment,
# 20 rounds on SQLite and 20 on PostgreSQL ($JDEDITOR_TEST_PG); each file must be stored
# once. About 1-2 minutes on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q -p no:cacheprovider -m stress \
  tests/test_service_unique_imports.py
