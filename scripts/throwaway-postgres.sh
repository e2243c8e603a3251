# Sourced by .ci/run and bench/run: installs PostgreSQL if missing, starts a throwaway cluster on
# a free local port (stopped and removed when the sourcing script exits) and exports its URL as
# TIAODU_PG_URL.
if ! command -v /usr/lib/postgresql/15/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-client >/dev/null
fi
PGROOT=$(mktemp -d /tmp/tiaodu-pg.XXXXXX)
chown postgres "$PGROOT"
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$PGROOT/data" --auth=trust -U postgres >/dev/null
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$PGROOT/data" -w \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGROOT -c fsync=off" -l "$PGROOT/log" start >/dev/null
trap 'runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$PGROOT/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGROOT"' EXIT
export TIAODU_PG_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "PostgreSQL $(psql "$TIAODU_PG_URL" -Atc 'show server_version') on port $PGPORT" >&2
