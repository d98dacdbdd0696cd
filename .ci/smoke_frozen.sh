#!/usr/bin/env bash
# Smoke run of the frozen Linux app as a person with no Python would use it.
#
#   .venv/bin/pyinstaller --noconfirm build_app.spec && .ci/smoke_frozen.sh [APP_FOLDER]
#
# APP_FOLDER defaults to dist/JDEditor. Every run of the app gets an empty environment
# (env -i), a fresh HOME and a PATH holding only the few tools LibreOffice's start script
# uses (the script fails if python is reachable there), and no network where unshare can
# cut it. Steps: the window starts offscreen, stays up 5 s with no error in the log and
# quits on SIGTERM with status 0; the command line imports the seed file into a new
# library and exports one posting with each bundled template (and to PDF where
# LibreOffice is installed); nothing is written into the app folder. When JDEDITOR_TEST_PG
# names a PostgreSQL server (.ci/run starts one), the same command line also runs against
# a fresh database there (db init, import, list, Word export), through the bundled psycopg
# and its own libpq, dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir=$(realpath "${1:-dist/JDEditor}")
exe="$app_dir/jdeditor"
seed=$(realpath ../shared/samples/product-manager-postings.zh.txt)
[ -x "$exe" ] || { echo "smoke: no frozen app at $exe (build it first)" >&2; exit 1; }

work=$(mktemp -d)
gui_pid=""
pg_drop=""
cleanup() {
  [ -n "$gui_pid" ] && kill -KILL "$gui_pid" 2>/dev/null
  [ -n "$pg_drop" ] && eval "$pg_drop" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
home="$work/home"
log="$home/.local/share/JDEditor/logs/jdeditor.log"
mkdir -p "$home" "$work/bin" "$work/out"
fail() { echo "smoke: FAILED: $*" >&2; [ -f "$log" ] && tail -n 30 "$log" >&2; exit 1; }
step() { printf 'smoke: %s\n' "$*"; }

for tool in sh dirname basename uname sed grep awk ls which readlink cat; do
  ln -s "$(type -P "$tool")" "$work/bin/$tool"
done
soffice=$(type -P soffice || true)
[ -n "$soffice" ] && ln -s "$soffice" "$work/bin/soffice"

# No network for the app: a new network namespace where unshare may make one (root).
isolate=()
if unshare --net true 2>/dev/null; then isolate=(unshare --net); fi

run_env=(env -i PATH="$work/bin" HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
app() { "${isolate[@]}" "${run_env[@]}" "$exe" "$@"; }
# In the background, as the subshell's own process, so that $! is the app's id.
app_exec() { exec "${isolate[@]}" "${run_env[@]}" "$exe" "$@"; }

if env -i PATH="$work/bin" sh -c 'command -v python3 || command -v python'; then
  fail "python is reachable on the app's PATH"
fi
step "no python on PATH; network ${isolate[*]:-not cut (unshare unavailable)}"
touch "$work/stamp"

check_log() {
  [ -f "$log" ] || fail "no log at $log"
  if grep -E '^[0-9-]+ [0-9:,]+ (ERROR|CRITICAL) |Traceback' "$log"; then
    fail "errors in the log ($1)"
  fi
}

step "(a) the window, offscreen, for 5 s"
app_exec >"$work/gui.out" 2>&1 &
gui_pid=$!
for _ in 1 2 3 4 5; do
  sleep 1
  kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.out" >&2; fail "the app ended early"; }
done
kill -TERM "$gui_pid"
status=0
wait "$gui_pid" || status=$?
gui_pid=""
[ "$status" = 0 ] || { cat "$work/gui.out" >&2; fail "the app exited $status on SIGTERM"; }
if grep -q Traceback "$work/gui.out"; then cat "$work/gui.out" >&2; fail "a traceback"; fi
check_log "window"
step "    up 5 s, quit with status 0, log clean"

step "(b) import the seed file into a new library"
library="$home/Documents/smoke-library.db"
mkdir -p "$home/Documents"
app --db "$library" import "$seed" >"$work/import.out" || fail "import exited $?"
grep -q "Imported 10 postings" "$work/import.out" || { cat "$work/import.out"; fail "import"; }
app --db "$library" list >/dev/null || fail "list exited $?"

step "(c) export posting 1 with each bundled template"
mapfile -t templates < <(app templates list | awk '$2 == "bundled" {print $1}')
[ "${#templates[@]}" -ge 3 ] || fail "templates list found ${#templates[@]} bundled templates"
for template in "${templates[@]}"; do
  out="$work/out/posting-1-$template.docx"
  app --db "$library" export 1 --template "$template" --out "$out" >/dev/null \
    || fail "export with $template exited $?"
  [ "$(head -c 2 "$out")" = PK ] || fail "$out is not a Word file"
  step "    $template: $(wc -c <"$out") bytes"
done
if [ -n "$soffice" ]; then
  app --db "$library" export 1 --out "$work/out/posting-1.pdf" >/dev/null || fail "PDF export"
  [ "$(head -c 4 "$work/out/posting-1.pdf")" = "%PDF" ] || fail "the PDF is not a PDF"
  step "    PDF: $(wc -c <"$work/out/posting-1.pdf") bytes"
else
  step "    PDF: skipped, LibreOffice is not installed"
fi
check_log "command line"

step "(d) user files in the user's folders, none in the app folder"
[ -f "$home/.local/share/JDEditor/library.db" ] || fail "the window made no library in the data folder"
written=$(find "$app_dir" -newer "$work/stamp" | head -n 5)
[ -z "$written" ] || fail "the app wrote into its own folder: $written"
step "(e) the command line against a PostgreSQL server"
if [ -n "${JDEDITOR_TEST_PG:-}" ]; then
  psql=$(type -P psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
  [ -x "$psql" ] || fail "JDEDITOR_TEST_PG is set but there is no psql to make a database"
  admin=${JDEDITOR_TEST_PG/postgresql+psycopg:/postgresql:}
  database="jd_smoke_$$"
  "$psql" "$admin" -qc "CREATE DATABASE $database" || fail "could not create $database"
  pg_drop="'$psql' '$admin' -qc 'DROP DATABASE IF EXISTS $database WITH (FORCE)'"
  server=$(printf '%s' "$JDEDITOR_TEST_PG" | sed -E "s|(://[^/]*/)[^?]*|\1$database|")
  app --db "$server" db init >"$work/pg-init.out" || { cat "$work/pg-init.out"; fail "db init"; }
  grep -q "Created a new library" "$work/pg-init.out" || fail "db init made no library"
  app --db "$server" import "$seed" >"$work/pg-import.out" || fail "import exited $?"
  grep -q "Imported 10 postings" "$work/pg-import.out" || { cat "$work/pg-import.out"; fail "import"; }
  app --db "$server" list >"$work/pg-list.out" || fail "list exited $?"
  grep -q "10 of 10 postings" "$work/pg-list.out" || { cat "$work/pg-list.out"; fail "list"; }
  app --db "$server" export 1 --out "$work/out/server-1.docx" >/dev/null || fail "export exited $?"
  [ "$(head -c 2 "$work/out/server-1.docx")" = PK ] || fail "the server's export is not a Word file"
  check_log "PostgreSQL"
  step "    db init, import, list, export: $(wc -c <"$work/out/server-1.docx") bytes"
else
  step "    skipped: JDEDITOR_TEST_PG is not set (.ci/run sets it)"
fi
step "passed"
