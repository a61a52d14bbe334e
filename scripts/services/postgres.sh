#!/usr/bin/env bash
# PostgreSQL for the tests: installed from Debian's packages when missing, a cluster in .services/pg
# (inside the repository, git-ignored), listening on 127.0.0.1 only. Writes the connection URL to
# .services/postgres.url. Idempotent: a server already running there is left as it is (exit 0).
#   PG_PORT  the port (default 54329)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
DIR="$ROOT/.services"
DATA="$DIR/pg"
PORT="${PG_PORT:-54329}"
URL_FILE="$DIR/postgres.url"
DB_NAME=titfortat_test
DB_ROLE=titfortat

find_bin() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$found" ] && [ -x "$found/pg_ctl" ]; then echo "$found"; fi
}

BIN="$(find_bin)"
if [ -z "$BIN" ]; then
    echo "postgres.sh: installing PostgreSQL from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    BIN="$(find_bin)"
fi
[ -n "$BIN" ] || { echo "postgres.sh: no PostgreSQL server binaries after installing" >&2; exit 1; }

# PostgreSQL refuses to run as root: run it as the 'postgres' user (the Debian package creates it).
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    RUN_AS=(runuser -u postgres --)
fi

mkdir -p "$DIR"
if [ "$(id -u)" = 0 ]; then chmod 755 "$DIR"; fi

if [ -f "$DATA/postmaster.pid" ] && "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    echo "postgres.sh: already running ($(cat "$URL_FILE" 2>/dev/null || echo "port $PORT"))"
    exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; fi
    chmod 700 "$DATA"
    "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null \
        || "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
fi

# Another server (another checkout's) may hold the port: take the next free one.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if port_busy "$PORT"; then
    for candidate in $(seq $((PORT + 1)) $((PORT + 100))); do
        if ! port_busy "$candidate"; then PORT="$candidate"; break; fi
    done
fi

# The socket goes into the cluster folder (owned by the server's user), the TCP listener on loopback only.
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off" start >/dev/null

psql_do() { "${RUN_AS[@]}" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_do -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_ROLE'")" != 1 ]; then
    psql_do -d postgres -c "CREATE ROLE $DB_ROLE LOGIN CREATEDB"
fi
if [ "$(psql_do -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
    psql_do -d postgres -c "CREATE DATABASE $DB_NAME OWNER $DB_ROLE"
fi
echo "postgresql://$DB_ROLE@127.0.0.1:$PORT/$DB_NAME" > "$URL_FILE"
echo "postgres.sh: running, $(cat "$URL_FILE")"
