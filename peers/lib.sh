# Shared by the start-*/stop-* scripts: one peer server per name, state under .peers/:
#   .peers/NAME.url  origin of the server     .peers/NAME.pid  its process (group leader)
#   .peers/NAME.dir  its temp dir (DB, log)   .peers/NAME.env  TARGET_* lines for the suite
# Sourced, not executed.

peers_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers_root="$(cd "$peers_here/.." && pwd)"
peers_state="$peers_root/.peers"
peers_venv="$peers_root/.venv"

# Extra curl arguments for the health check (e.g. -u USER:PASS where /health needs credentials).
peers_health_auth=()

peers_die() { echo "error: $*" >&2; exit 1; }

# A start script stops at the first signal, once the command it waits for returns (without a trap,
# bash goes on when that command handles the signal itself, as initdb and runuser do), so the
# caller's stop script runs after it and finds everything it started.
peers_exit_on_signals() {
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
}

# A stop script finishes whatever signal comes: an interrupted cleanup is what leaves servers behind.
peers_ignore_signals() {
  trap '' INT TERM HUP
}

# peers_options BASE [--basic-auth] [--postgres] [--mlflow-version V]: the start and stop scripts'
# options. Sets auth (0/1), database (sqlite|postgres), version ("" = the pinned one in .venv),
# name (the state name: BASE[-V][-postgres]; basic-auth shares it) and peers_venv (.venv, or
# .venv-mlflow-V from `peers/venv.sh --mlflow V`); else usage, exit 2.
peers_options() {
  local base="$1"; shift
  auth=0; database=sqlite; version=""
  while (($#)); do
    case "$1" in
      --basic-auth) auth=1; shift ;;
      --postgres) database=postgres; shift ;;
      --mlflow-version) [[ "$base" == mlflow && -n "${2:-}" ]] || peers_usage; version="$2"; shift 2 ;;
      *) peers_usage ;;
    esac
  done
  name="$base${version:+-$version}"
  [[ $database == postgres ]] && name="$name-postgres"
  [[ -n "$version" ]] && peers_venv="$peers_root/.venv-mlflow-$version"
  return 0
}

peers_usage() {
  echo "usage: $0 [--basic-auth] [--postgres]$([[ "$0" == *mlflow* ]] && echo ' [--mlflow-version V]')" >&2
  exit 2
}

peers_need_venv() {
  [[ -x "$peers_venv/bin/$1" ]] || peers_die "$peers_venv/bin/$1 not found; run peers/venv.sh first"
}

# peers_prepare BASE PROGRAM [options of peers_options]: what every start script does first. Sets
# what peers_options sets, dir (a fresh temp dir), port (a free loopback port) and url; refuses a
# second instance. With --postgres it also starts the throwaway cluster (peers_postgres_start).
peers_prepare() {
  local base="$1" program="$2"; shift 2
  peers_options "$base" "$@"
  peers_need_venv "$program"
  dir="$(peers_new_dir "$name")"
  # Recorded now, so that a failed start still leaves stop-*.sh something to clean.
  echo "$dir" >"$peers_state/$name.dir"
  port="$(peers_free_port)"
  url="http://127.0.0.1:$port"
  if [[ $database == postgres ]]; then peers_postgres_start "$dir" "$base"; fi
}

# --- PostgreSQL: one throwaway cluster per peer, in its temp dir -------------------------------

# The newest installed server binaries (Debian's postgresql package), or PEERS_PG_BIN.
peers_pg_bin() {
  local bin="${PEERS_PG_BIN:-}"
  [[ -n "$bin" ]] || bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  [[ -x "$bin/pg_ctl" && -x "$bin/initdb" ]] || peers_die "PostgreSQL server binaries not found (apt-get install -y postgresql, or set PEERS_PG_BIN)"
  echo "$bin"
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
peers_as_pg() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

# peers_postgres_start DIR DBNAME: initdb in DIR/pg (trust, loopback TCP only, no Unix socket;
# fsync off: the data is thrown away), pg_ctl start on a free port, createdb DBNAME. Sets pg_uri
# (postgresql://postgres@127.0.0.1:PORT/DBNAME). PEERS_PG_LOCALE sets the cluster's locale
# (default C.UTF-8: code point collation, present on every Debian).
peers_postgres_start() {
  local dir="$1" db="$2" bin pg_port
  bin="$(peers_pg_bin)"
  mkdir "$dir/pg"
  if ((EUID == 0)); then chown postgres: "$dir/pg"; chmod o+x "$dir"; fi
  peers_as_pg "$bin/initdb" -D "$dir/pg/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale="${PEERS_PG_LOCALE:-C.UTF-8}" >"$dir/pg/initdb.log" 2>&1 \
    || { tail -n 20 "$dir/pg/initdb.log" >&2; peers_die "initdb failed"; }
  pg_port="$(peers_free_port)"
  peers_as_pg "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off" \
    start >/dev/null || { tail -n 20 "$dir/pg/postgres.log" >&2; peers_die "pg_ctl start failed"; }
  peers_as_pg "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$db" || peers_die "createdb $db failed"
  pg_uri="postgresql://postgres@127.0.0.1:$pg_port/$db"
}

# peers_postgres_stop DIR: pg_ctl stop (fast) for the cluster in DIR/pg, if one runs; KILL after
# 30 s. A start interrupted before postmaster.pid was written can leave a postmaster (in a session
# of its own) or an initdb: any process still naming DIR/pg/data gets TERM, then KILL.
peers_postgres_stop() {
  local data="$1/pg/data" pid i
  [[ -d "$1/pg" ]] || return 0
  if [[ -f "$data/postmaster.pid" ]]; then
    pid="$(head -n1 "$data/postmaster.pid")"
    peers_as_pg "$(peers_pg_bin)/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || { [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null; }
  fi
  for ((i = 0; i < 20; i++)); do
    pid="$(peers_pids_naming "$data")"
    [[ -n "$pid" ]] || break
    # shellcheck disable=SC2086
    kill -"$( ((i < 10)) && echo TERM || echo KILL)" $pid 2>/dev/null
    sleep 0.5
  done
  echo "postgres cluster in $1/pg stopped"
}

# peers_pids_naming PATH: the processes whose command line has PATH as one of its words.
peers_pids_naming() {
  local proc
  for proc in /proc/[0-9]*; do
    if tr '\0' '\n' 2>/dev/null <"$proc/cmdline" | grep -qxF -- "$1"; then echo "${proc#/proc/}"; fi
  done | paste -sd' ' -
}

peers_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# peers_alive NAME: the recorded pid still runs a program from .venv (guards against pid reuse).
peers_alive() {
  local pid
  [[ -f "$peers_state/$1.pid" ]] || return 1
  pid="$(cat "$peers_state/$1.pid")"
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$peers_venv/"
}

# peers_new_dir NAME: refuses a second instance, prints a fresh temp dir for it.
peers_new_dir() {
  local name="$1"
  if peers_alive "$name"; then
    peers_die "$name already running at $(cat "$peers_state/$name.url" 2>/dev/null) (pid $(cat "$peers_state/$name.pid")); run peers/stop-$name.sh first"
  fi
  # Leftovers of a failed start or a killed server.
  peers_stop "$name" >/dev/null
  mkdir -p "$peers_state"
  mktemp -d "$peers_state/$name.XXXXXX"
}

# peers_launch NAME DIR URL HEALTH_PATH TIMEOUT_S CMD...: starts CMD in its own session (so stop
# can signal the whole process group), waits for HEALTH_PATH to answer 200, records the state.
peers_launch() {
  local name="$1" dir="$2" url="$3" health="$4" timeout_s="$5"; shift 5
  local log="$dir/server.log"
  # Not a process-group leader in a non-interactive script, so setsid execs in place: $! is
  # both the server's pid and its process-group id.
  setsid "$@" >"$log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$peers_state/$name.pid"
  local deadline=$((SECONDS + timeout_s))
  until curl -fsS -o /dev/null --max-time 2 "${peers_health_auth[@]}" "$url$health" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      peers_fail_start "$name" "$pid" "$log" "exited before answering $url$health"
    fi
    if ((SECONDS >= deadline)); then
      peers_fail_start "$name" "$pid" "$log" "did not answer $url$health within ${timeout_s}s"
    fi
    sleep 0.5
  done
  echo "$url" >"$peers_state/$name.url"
  echo "$url"
}

# peers_fail_start NAME PID LOG REASON: reports, stops what is left; the temp dir (with LOG) stays
# until stop-NAME.sh or the next start removes it.
peers_fail_start() {
  echo "error: $1 $4; last lines of $3:" >&2
  tail -n 40 "$3" >&2
  peers_kill_group "$2"
  rm -f "$peers_state/$1.pid"
  exit 1
}

# peers_kill_group PID: TERM to the group, KILL after 15 s.
peers_kill_group() {
  local pid="$1" i
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 30; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
}

# peers_stop NAME: stops the server and removes its state and temp dir (PEER_KEEP=1 keeps the dir).
peers_stop() {
  local name="$1"
  if peers_alive "$name"; then
    peers_kill_group "$(cat "$peers_state/$name.pid")"
    echo "$name stopped"
  else
    echo "$name not running"
  fi
  if [[ -f "$peers_state/$name.dir" ]]; then
    local dir
    dir="$(cat "$peers_state/$name.dir")"
    if [[ "$dir" == "$peers_state/$name."* && -d "$dir" ]]; then peers_postgres_stop "$dir"; fi
    # Only ever delete a temp dir this library created.
    if [[ "${PEER_KEEP:-0}" == 1 ]]; then
      echo "kept $dir"
    elif [[ "$dir" == "$peers_state/$name."* && -d "$dir" ]]; then
      # An interrupted initdb may still be removing its own files: try again.
      local i
      for ((i = 0; i < 10; i++)); do rm -rf -- "$dir" 2>/dev/null && break; sleep 0.5; done
      [[ ! -e "$dir" ]] || echo "error: could not remove $dir" >&2
    fi
  fi
  rm -f "$peers_state/$name.pid" "$peers_state/$name.url" "$peers_state/$name.dir" "$peers_state/$name.env"
}
