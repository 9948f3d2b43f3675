# Sourced by scripts that need a running `parallax serve`.
# serve_work NAME makes a temporary folder for the server's store and output, sets $work to it
# and, at exit, stops the server started by start_serve (if any) and removes the folder.
serve_work() {
    work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-$1.XXXXXX")"
    server=""
    trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
}
# start_serve NAME PARALLAX DB WORK starts it on a free loopback port, its output in WORK, and
# sets $server (its process id) and $base (its address); it exits the script, saying why, when
# the server stops or does not start within 30 s.
start_serve() {
    local name=$1 parallax=$2 db=$3 work=$4
    : >"$work/serve.out"  # exists before the server writes to it
    "$parallax" serve --db "$db" --host 127.0.0.1 --port 0 >"$work/serve.out" 2>"$work/serve.err" &
    server=$!
    base=""
    for _ in $(seq 1 150); do
        base="$(sed -n 's|.*serving \(http://[^/ ]*\)/.*|\1|p' "$work/serve.out")"
        [ -n "$base" ] && return 0
        kill -0 "$server" 2>/dev/null || { echo "$name: parallax serve exited:" >&2; cat "$work/serve.err" >&2; exit 1; }
        sleep 0.2
    done
    echo "$name: parallax serve did not start within 30 s" >&2
    exit 1
}
