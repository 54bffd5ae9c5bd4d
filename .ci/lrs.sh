#!/usr/bin/env bash
# Runs a command (its arguments) with a real xAPI learning record store on
# loopback: Ralph (PyPI ralph-malph) with its filesystem backend, a user made
# by `ralph auth`, on a free 127.0.0.1 port. Exports LASTCALL_TEST_LRS_URL,
# LASTCALL_TEST_LRS_USER and LASTCALL_TEST_LRS_PASSWORD for the command, and
# stops the server's whole process group afterwards.
#
# Ralph 5.1's filesystem backend stores only the first write to each target
# (its fs_lrs.jsonl is created once; a later POST answers 500). So each test
# that writes gets a user of its own, each user its own target folder: the
# export test uses LASTCALL_TEST_LRS_USER, the read-back test
# LASTCALL_TEST_LRS_READBACK_USER and LASTCALL_TEST_LRS_READBACK_PASSWORD.
#
#   bash .ci/lrs.sh swift test
#
# Also exports LASTCALL_REQUIRE_LRS=1, which makes the real-LRS test
# mandatory (plain `swift test` skips it when no LRS is configured). If Ralph
# cannot be installed or started, says so loudly and exits non-zero without
# running the command.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

if [ "$#" -eq 0 ]; then
    echo "usage: bash .ci/lrs.sh COMMAND [ARGUMENTS...]" >&2
    exit 64
fi

say() { echo "lrs.sh: $*" >&2; }

give_up() {
    say "************************************************************"
    say "$1"
    say "************************************************************"
    say "plain 'swift test' runs every test but the real-LRS one"
    exit 1
}

venv="$root/.build/lrs-venv"
mkdir -p "$root/.build"
if [ ! -x "$venv/bin/ralph" ]; then
    say "installing ralph-malph into $venv (one time, about a minute)"
    if ! python3 -m venv "$venv" >"$root/.build/lrs-install.log" 2>&1; then
        tail -n 20 "$root/.build/lrs-install.log" >&2 || true
        rm -rf "$venv"
        give_up "cannot create a Python virtual environment (python3 -m venv failed)" "$@"
    fi
    # `requests` beside the extras: the lrs extra misses it.
    if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "ralph-malph[cli,lrs]" requests \
        >>"$root/.build/lrs-install.log" 2>&1; then
        tail -n 20 "$root/.build/lrs-install.log" >&2 || true
        rm -rf "$venv"
        give_up "cannot install ralph-malph from PyPI (no network?): the real-LRS test cannot run" "$@"
    fi
fi

work="$(mktemp -d "$root/.build/lrs-run.XXXXXX")"
export RALPH_APP_DIR="$work/app"
export RALPH_RUNSERVER_BACKEND=fs
mkdir -p "$RALPH_APP_DIR" "$work/data"

user="lastcall-ci"
password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
if ! "$venv/bin/ralph" auth -u "$user" -p "$password" -s statements/write -s statements/read \
    -M "mailto:$user@example.com" -w >"$work/auth.log" 2>&1; then
    cat "$work/auth.log" >&2
    give_up "ralph auth failed: cannot make an LRS user" "$@"
fi

# The read-back test's user, storing in its own target folder.
readback_user="lastcall-readback"
readback_password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
mkdir -p "$work/data/readback"
if ! "$venv/bin/ralph" auth -u "$readback_user" -p "$readback_password" -s statements/write -s statements/read \
    -t readback -M "mailto:$readback_user@example.com" -w >>"$work/auth.log" 2>&1; then
    cat "$work/auth.log" >&2
    give_up "ralph auth failed: cannot make the read-back test's LRS user" "$@"
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

# Its own process group (setsid), so uvicorn and its helper stop together.
(cd "$work/data" && exec setsid "$venv/bin/ralph" runserver -b fs -h 127.0.0.1 -p "$port" \
    >"$work/server.log" 2>&1) &
server=$!

stop_server() {
    if kill -0 "$server" 2>/dev/null; then
        kill -TERM -- "-$server" 2>/dev/null || kill -TERM "$server" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$server" 2>/dev/null || true
    fi
}
trap stop_server EXIT INT TERM

url="http://127.0.0.1:$port"
ready=0
for _ in $(seq 1 120); do
    status="$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "$url/whoami" 2>/dev/null || true)"
    if [ "$status" = "200" ]; then ready=1; break; fi
    if ! kill -0 "$server" 2>/dev/null; then break; fi
    sleep 0.5
done
if [ "$ready" != "1" ]; then
    tail -n 30 "$work/server.log" >&2 || true
    stop_server
    trap - EXIT INT TERM
    give_up "Ralph did not answer GET /whoami within 60 s on $url" "$@"
fi
say "Ralph LRS ready at $url/xAPI (logs in $work)"

export LASTCALL_TEST_LRS_URL="$url/xAPI"
export LASTCALL_TEST_LRS_USER="$user"
export LASTCALL_TEST_LRS_PASSWORD="$password"
export LASTCALL_TEST_LRS_READBACK_USER="$readback_user"
export LASTCALL_TEST_LRS_READBACK_PASSWORD="$readback_password"
export LASTCALL_REQUIRE_LRS=1
set +e
"$@"
status=$?
set -e
exit "$status"
