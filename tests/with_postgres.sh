#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# with_postgres.sh CMD...: runs CMD beside a throwaway PostgreSQL cluster of
# its own (initdb in a temporary folder, 127.0.0.1 on a free port, fsync off,
# trust for local connections), with POSYANDU_TEST_PG set to its URL; stops
# and removes it afterwards. As root, the cluster runs as user postgres
# (initdb refuses root).
set -eu
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PGBIN/initdb" ] || { echo "with_postgres.sh: no PostgreSQL server installed (scripts/install-deps.sh installs it)" >&2; exit 1; }
PGDATA="$(mktemp -d /tmp/posyandu-pg.XXXXXX)"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDATA"
  as_owner() { runuser -u postgres -- "$@"; }
fi
chmod 700 "$PGDATA"
stop() {
  as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop EXIT INT TERM
as_owner "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
started=""
for attempt in 1 2 3 4 5 6 7 8; do
  # A port from the dynamic range; another one if it is taken.
  port=$(( 20000 + ($$ * 7 + attempt * 7919 + $(date +%N | sed 's/^0*//;s/^$/0/') ) % 30000 ))
  if as_owner "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDATA -F -c max_connections=200" -w -t 30 start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
[ -n "$started" ] || { echo "with_postgres.sh: PostgreSQL did not start:" >&2; cat "$PGDATA/server.log" >&2; exit 1; }
export POSYANDU_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit $status
