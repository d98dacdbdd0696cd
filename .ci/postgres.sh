#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a local socket, for the tests and benchmarks.
#
#   .ci/postgres.sh start DIR   initdb in DIR/data, start the server with its socket in
#                               DIR/s (no TCP), create the database jdeditor_test, and
#                               print its SQLAlchemy URL on standard output
#   .ci/postgres.sh stop DIR    stop the server and delete DIR
#
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user
# (Debian's package makes it). The superuser is `jdeditor`, trusted on the socket; any
# other role must give its password (scram), so wrong-password tests are real.
set -euo pipefail

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=""
if command -v pg_config >/dev/null 2>&1; then
  bindir=$(pg_config --bindir)
fi
if [ ! -x "$bindir/initdb" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
[ -x "$bindir/initdb" ] || { echo "PostgreSQL is not installed (no initdb found)" >&2; exit 3; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir/s"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U jdeditor --auth-local=trust \
      --auth-host=reject -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 4; }
    # Only the superuser is trusted; other roles log in with a password.
    as_owner sh -c "printf 'local all jdeditor trust\nlocal all all scram-sha-256\n' \
      >'$dir/data/pg_hba.conf'"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/s' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 5; }
    as_owner "$bindir/createdb" -h "$dir/s" -U jdeditor jdeditor_test
    echo "postgresql+psycopg://jdeditor@/jdeditor_test?host=$dir/s"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
