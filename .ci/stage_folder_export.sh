#!/usr/bin/env bash
# kill -9 at random moments of a folder export, 20 times, then export again: only whole
# files, no "(2)" copies, no leftovers (tests/cli/test_folder_export_kill.py). The seed is
# printed (JDEDITOR_KILL_SEED=N repeats a run); KILL_RUNS=N changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
export JDEDITOR_STRESS=1 QT_QPA_PLATFORM=offscreen
export JDEDITOR_KILL_SEED="${JDEDITOR_KILL_SEED:-$(date +%s)}"
start=$(date +%s)
timeout 300 ${PYTHON:-.venv/bin/python} -m pytest -q -s -p no:cacheprovider -m stress \
  tests/cli/test_folder_export_kill.py
echo "folder export kill stage: $(( $(date +%s) - start )) s"
