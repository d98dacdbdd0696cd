#!/usr/bin/env bash
# The import benchmark in two checkouts, alternating, so both see the same machine.
#
#   benchmarks/side_by_side.sh OTHER_CHECKOUT [ROUNDS] [MEGABYTES]
#
# OTHER_CHECKOUT is another checkout of this repository (git worktree add ../base c4656f5);
# both run with this tree's virtual environment. Quote the medians and their ratio.
set -euo pipefail
other=${1:?usage: benchmarks/side_by_side.sh OTHER_CHECKOUT [ROUNDS] [MEGABYTES]}
rounds=${2:-3}
megabytes=${3:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
python="$here/.venv/bin/python"
for round in $(seq "$rounds"); do
  for tree in "$other" "$here"; do
    echo "== $tree, round $round"
    (cd "$tree" && "$python" -m benchmarks.bench_import --megabytes "$megabytes" |
      grep -E "throughput|read and parse|plan|commit|end to end")
  done
done
