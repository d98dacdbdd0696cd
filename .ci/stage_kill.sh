#!/usr/bin/env bash
# kill -9 at random moments of import, export, library creation and migration, 20 times
# each (tests/cli/test_kill_stress.py): 0 inconsistent libraries, 0 partial files. The seed
# is printed (JDEDITOR_KILL_SEED=N repeats a run); KILL_RUNS=N changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
export JDEDITOR_STRESS=1 QT_QPA_PLATFORM=offscreen
export JDEDITOR_KILL_SEED="${JDEDITOR_KILL_SEED:-$(date +%s)}"
echo "kill -9 tests, seed $JDEDITOR_KILL_SEED"
start=$(date +%s)
timeout 480 .venv/bin/python -m pytest -q -s -p no:cacheprovider -m stress \
  tests/cli/test_kill_stress.py
echo "kill -9 stage: $(( $(date +%s) - start )) s"
