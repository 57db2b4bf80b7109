#!/usr/bin/env bash
# Start or stop a local RabbitMQ broker (with Web-STOMP) for CI and tests.
#
#   bash .ci/rabbitmq.sh start   # install if needed, configure, start, wait until ready
#   bash .ci/rabbitmq.sh stop    # stop it (exit 0 if it was not running)
#
# Meant for a Debian 12 machine as root, with only Debian's package registry
# reachable and no systemd. Safe to run repeatedly.
#
# Every listener binds to loopback only:
#   AMQP        127.0.0.1:5672
#   STOMP       127.0.0.1:61613
#   Web-STOMP   ws://127.0.0.1:15674/ws   (user guest / guest, loopback only)
#   Erlang distribution 127.0.0.1:25672, epmd 127.0.0.1:4369
#
# The node is rabbit@localhost. To use rabbitmqctl by hand, the settings in
# /etc/rabbitmq/rabbitmq-env.conf (written here) are picked up automatically.
set -euo pipefail

NODE_NAME=rabbit@localhost
WS_PORT=15674
START_TIMEOUT=${RABBITMQ_START_TIMEOUT:-90}   # seconds
STOP_TIMEOUT=${RABBITMQ_STOP_TIMEOUT:-60}     # seconds
CONF_DIR=/etc/rabbitmq
LOG_DIR=/var/log/rabbitmq
SERVER_LOG=$LOG_DIR/ci-server.log             # stdout/stderr of the server process
NODE_LOG=$LOG_DIR/$NODE_NAME.log              # RabbitMQ's own log

# The same environment for the server and for every CLI call, so that the node
# name matches and epmd / the distribution port stay on loopback.
export PATH="$PATH:/usr/sbin:/sbin"   # rabbitmq-server & co live in /usr/sbin
export RABBITMQ_NODENAME=$NODE_NAME
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
export RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'

log() { echo "rabbitmq: $*"; }
die() { echo "rabbitmq: ERROR: $*" >&2; exit 1; }

now() { date +%s; }

port_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

node_up() { # the node answers (it may still be booting)
    rabbitmq-diagnostics -q ping >/dev/null 2>&1
}

node_process() { # pids of a RabbitMQ server VM, if any (read-only lookup)
    # The node name is not on the command line; the boot module is.
    pgrep -u rabbitmq -f -- 'beam.* -s rabbit boot' 2>/dev/null || true
}

NODE_LOG_OFFSET=0   # RabbitMQ appends to its log: show only what this run added

show_logs() {
    if [ -s "$SERVER_LOG" ]; then
        echo "----- last lines of $SERVER_LOG -----" >&2
        tail -n 40 "$SERVER_LOG" >&2
    fi
    if [ -s "$NODE_LOG" ] && [ "$(stat -c %s "$NODE_LOG")" -gt "$NODE_LOG_OFFSET" ]; then
        echo "----- last lines of $NODE_LOG (this run) -----" >&2
        tail -c "+$(( NODE_LOG_OFFSET + 1 ))" "$NODE_LOG" | tail -n 40 >&2
    fi
}

# ---------------------------------------------------------------- install ---

POLICY=/usr/sbin/policy-rc.d
POLICY_BACKUP=$POLICY.rabbitmq-ci-backup

restore_policy() {
    rm -f "$POLICY"
    if [ -e "$POLICY_BACKUP" ]; then
        mv -f "$POLICY_BACKUP" "$POLICY"
    fi
}

install_rabbitmq() {
    if command -v rabbitmq-server >/dev/null 2>&1 && [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
        return 0
    fi
    [ "$(id -u)" = 0 ] || die "rabbitmq-server is not installed and installing it needs root"
    local t0; t0=$(now)
    export DEBIAN_FRONTEND=noninteractive

    # Refresh the package lists only when apt does not know the package yet.
    local candidate
    candidate=$(apt-cache policy rabbitmq-server 2>/dev/null | awk '/Candidate:/ {print $2}')
    if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
        log "apt-get update"
        apt-get update -q
    fi

    # There is no systemd / init here: keep the package from trying to start the
    # service (its postinst fails the install if invoke-rc.d start fails).
    # policy-rc.d exit 101 = "action forbidden"; the original file, if any, is
    # put back afterwards.
    if [ -e "$POLICY" ] && [ ! -e "$POLICY_BACKUP" ]; then
        mv -f "$POLICY" "$POLICY_BACKUP"
    fi
    trap restore_policy EXIT
    trap 'exit 130' INT TERM   # so that the EXIT trap runs on these too
    printf '#!/bin/sh\nexit 101\n' >"$POLICY"
    chmod 0755 "$POLICY"

    log "installing rabbitmq-server from Debian"
    local apt_opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    if ! apt-get install "${apt_opts[@]}" rabbitmq-server; then
        # Stale package lists (e.g. a security update replaced the .deb): refresh once and retry.
        log "install failed; apt-get update and retry"
        apt-get update -q
        apt-get install "${apt_opts[@]}" rabbitmq-server
    fi
    restore_policy
    trap - EXIT INT TERM
    log "installed $(dpkg-query -W -f '${Version}' rabbitmq-server) in $(( $(now) - t0 )) s"
}

# ------------------------------------------------------------- configure ---

CONF_CHANGED=0

write_file() { # path content -> writes only when it differs
    local path=$1 content=$2
    if [ ! -f "$path" ] || [ "$(cat "$path")" != "$content" ]; then
        printf '%s\n' "$content" >"$path"
        CONF_CHANGED=1
    fi
    chown rabbitmq:rabbitmq "$path" 2>/dev/null || true
    chmod 0644 "$path"
}

configure_rabbitmq() {
    mkdir -p "$CONF_DIR" "$LOG_DIR"
    chown rabbitmq:rabbitmq "$LOG_DIR" 2>/dev/null || true

    write_file "$CONF_DIR/rabbitmq.conf" "# Written by .ci/rabbitmq.sh: every listener on loopback only.
listeners.tcp.default = 127.0.0.1:5672
stomp.listeners.tcp.1 = 127.0.0.1:61613
web_stomp.tcp.ip = 127.0.0.1
web_stomp.tcp.port = $WS_PORT
# guest/guest stays, usable from loopback only (the default, stated here).
loopback_users.guest = true"

    # Read by every RabbitMQ script (server and CLI), so rabbitmqctl by hand
    # finds the node too. Variables here take no RABBITMQ_ prefix.
    write_file "$CONF_DIR/rabbitmq-env.conf" "# Written by .ci/rabbitmq.sh: node name and Erlang distribution on loopback only.
NODENAME=$NODE_NAME
ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'"

    if ! grep -qs 'rabbitmq_web_stomp' "$CONF_DIR/enabled_plugins"; then
        rabbitmq-plugins --offline enable rabbitmq_web_stomp >/dev/null
        CONF_CHANGED=1
    fi
    chown rabbitmq:rabbitmq "$CONF_DIR" "$CONF_DIR/enabled_plugins" 2>/dev/null || true
}

# ---------------------------------------------------------------- start ----

wait_ready() { # t0 -> waits for await_startup and the Web-STOMP port
    local t0=$1 deadline=$(( $1 + START_TIMEOUT )) left
    while :; do
        left=$(( deadline - $(now) ))
        [ "$left" -gt 0 ] || { echo "rabbitmq: ERROR: not ready after ${START_TIMEOUT} s" >&2; return 1; }
        if [ -z "$(node_process)" ] && { [ -z "${SERVER_PID:-}" ] || ! kill -0 "$SERVER_PID" 2>/dev/null; }; then
            echo "rabbitmq: ERROR: the server process exited during startup" >&2
            return 1
        fi
        # await_startup fails at once while the node is not yet reachable: retry.
        if rabbitmqctl -q await_startup --timeout "$left" >/dev/null 2>&1; then
            break
        fi
        sleep 1
    done
    until port_open "$WS_PORT"; do
        [ "$(now)" -lt "$deadline" ] || { echo "rabbitmq: ERROR: port $WS_PORT not open after ${START_TIMEOUT} s" >&2; return 1; }
        sleep 0.5
    done
}

cmd_start() {
    install_rabbitmq
    configure_rabbitmq

    local t0; t0=$(now)
    if [ -n "$(node_process)" ] || node_up; then
        if ! wait_ready "$t0"; then show_logs; exit 1; fi
        [ "$CONF_CHANGED" = 0 ] || log "note: config changed while the node was running; run stop + start to apply it"
        log "already running; Web-STOMP ready at ws://127.0.0.1:$WS_PORT/ws"
        exit 0
    fi

    local p
    for p in 5672 61613 "$WS_PORT" 25672; do
        if port_open "$p"; then
            die "port $p on 127.0.0.1 is taken by another process (not node $NODE_NAME): $(ss -ltnpH "sport = :$p" 2>/dev/null | head -n 1)"
        fi
    done

    NODE_LOG_OFFSET=$(stat -c %s "$NODE_LOG" 2>/dev/null || echo 0)
    : >"$SERVER_LOG"
    chown rabbitmq:rabbitmq "$SERVER_LOG" 2>/dev/null || true
    # Detached: own session, no stdin, output to a log file, and no other
    # inherited descriptors (a caller's pipe left open would keep it waiting).
    # The /usr/sbin wrapper runs the server as the rabbitmq user (whose Erlang
    # cookie rabbitmqctl uses too).
    (
        for fd in /proc/self/fd/*; do
            fd=${fd##*/}
            if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
        done
        exec setsid rabbitmq-server
    ) >>"$SERVER_LOG" 2>&1 </dev/null &
    SERVER_PID=$!
    disown "$SERVER_PID" 2>/dev/null || true

    if ! wait_ready "$t0"; then
        show_logs
        exit 1
    fi
    log "Web-STOMP ready at ws://127.0.0.1:$WS_PORT/ws (took $(( $(now) - t0 )) s)"
}

# ----------------------------------------------------------------- stop ----

cmd_stop() {
    if ! command -v rabbitmqctl >/dev/null 2>&1; then
        log "not installed, so not running"
        exit 0
    fi
    if [ -z "$(node_process)" ] && ! node_up; then
        log "not running"
        exit 0
    fi
    local t0 deadline; t0=$(now); deadline=$(( t0 + STOP_TIMEOUT ))
    NODE_LOG_OFFSET=$(stat -c %s "$NODE_LOG" 2>/dev/null || echo 0)
    rabbitmqctl -q stop >/dev/null 2>&1 || true
    while [ -n "$(node_process)" ]; do
        if [ "$(now)" -ge "$deadline" ]; then
            echo "rabbitmq: ERROR: node still running after ${STOP_TIMEOUT} s" >&2
            show_logs
            exit 1
        fi
        sleep 0.5
    done
    log "stopped (took $(( $(now) - t0 )) s)"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    *) echo "usage: bash $0 start|stop" >&2; exit 2 ;;
esac
