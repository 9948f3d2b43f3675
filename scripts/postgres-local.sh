#!/usr/bin/env bash
# A throwaway local PostgreSQL for Parallax: one server on a free loopback port, its data in
# one folder, trust authentication on 127.0.0.1 only. Used by .ci/run and by developers.
#
#   scripts/postgres-local.sh start   # installs PostgreSQL with apt when absent (as root),
#                                     # starts it, creates the database, prints its URL
#   scripts/postgres-local.sh url     # prints the URL of the running server
#   scripts/postgres-local.sh restart # stops and starts it again (fault tests)
#   scripts/postgres-local.sh stop    # stops it and deletes its folder
#
# The folder is $PARALLAX_PG_DIR (default /tmp/parallax-postgres). Never for production:
# anyone on this machine may connect without a password.
set -euo pipefail

dir="${PARALLAX_PG_DIR:-/tmp/parallax-postgres}"
database="${PARALLAX_PG_DATABASE:-parallax}"
# One more address to listen on, its /24 trusted (scripts/postgres-partition-check.sh's veth).
also_listen="${PARALLAX_PG_ALSO_LISTEN:-}"

log() { echo "postgres-local: $*" >&2; }

# The folder holding initdb and pg_ctl: Debian's versioned folder, else PATH.
binaries() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n "$found" && -x "$found/initdb" ]]; then
        echo "$found"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

install_when_absent() {
    [[ -n "$(binaries)" ]] && return
    if [[ $(id -u) -ne 0 ]]; then
        log "PostgreSQL is not installed; install it (Debian: apt-get install postgresql)"
        exit 1
    fi
    log "installing PostgreSQL with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
    # Debian's package starts a cluster of its own on port 5432; it is not ours to use.
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        for cluster in /etc/postgresql/*/main; do
            [[ -d "$cluster" ]] || continue
            version=$(basename "$(dirname "$cluster")")
            pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
        done
    fi
}

# Runs a command as the owner of the data folder (PostgreSQL refuses to run as root).
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    if [[ -f "$dir/url" ]] && as_owner "'$(binaries)/pg_ctl' -D '$dir/data' status" >/dev/null 2>&1; then
        cat "$dir/url"
        return
    fi
    install_when_absent
    local bin port
    bin=$(binaries)
    port=$(free_port)
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    [[ -n "$also_listen" ]] && echo "host all all $also_listen/24 trust" >>"$dir/data/pg_hba.conf"
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
        -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1${also_listen:+,$also_listen} -c max_connections=200\" start" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres '$database'" 2>/dev/null \
        || psql -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE $database" >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/$database" >"$dir/url"
    log "PostgreSQL listening on 127.0.0.1:$port (data in $dir/data, log $dir/server.log)"
    cat "$dir/url"
}

restart() {
    as_owner "'$(binaries)/pg_ctl' -D '$dir/data' -m fast -w -t 60 restart" >/dev/null
}

stop() {
    local bin
    bin=$(binaries)
    if [[ -n "$bin" && -d "$dir/data" ]]; then
        as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) cat "$dir/url" ;;
    restart) restart ;;
    *)
        echo "usage: $0 start|url|restart|stop" >&2
        exit 2
        ;;
esac
