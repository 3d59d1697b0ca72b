#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (and by hand, e.g. for `syndication bench --store both`).
#   tests/postgres.sh start   installs Debian's postgresql if missing, starts a cluster on a free port of
#                             127.0.0.1 (trust authentication, for 127.0.0.1 only) and prints its connection
#                             string: export SYNDICATION_TEST_POSTGRES="$(tests/postgres.sh start)"
#   tests/postgres.sh stop    stops it and removes its files.
# The cluster lives in $SYNDICATION_POSTGRES_DIR (default /tmp/syndication-postgres). initdb refuses to run
# as root, so as root (CI) the cluster is the postgres user's: runuser -u postgres --.
set -euo pipefail
dir="${SYNDICATION_POSTGRES_DIR:-/tmp/syndication-postgres}"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start() {
  if [ -z "$(bin_dir)" ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
  local bin; bin="$(bin_dir)"
  if [ -f "$dir/connection" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    cat "$dir/connection"
    return
  fi
  stop
  mkdir -p "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
  local port
  port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Loopback only, and trust only there: no socket, no other address.
  echo "host all all 127.0.0.1/32 trust" | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" | as_owner tee "$dir/connection"
}

stop() {
  local bin; bin="$(bin_dir)"
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
