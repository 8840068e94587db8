#!/usr/bin/env bash
# Starts `mlflow server` from .venv on 127.0.0.1 and a free port, with a fresh SQLite store (or a
# throwaway PostgreSQL cluster) in a temp dir under .peers/, waits for GET /health, and prints the URL.
#
# Usage: peers/start-mlflow.sh [--basic-auth] [--postgres] [--mlflow-version V]
#   --basic-auth         run MLflow's `basic-auth` app (HTTP Basic; 401 without valid credentials)
#   --postgres           the tracking store is a PostgreSQL cluster started for it (lib.sh)
#   --mlflow-version V   run MLflow V from .venv-mlflow-V (`peers/venv.sh --mlflow V`); state
#                        name mlflow-V[-postgres] instead of mlflow[-postgres]
#   PEER_ADMIN_USER      admin user the basic-auth app creates (default: admin)
#   PEER_ADMIN_PASSWORD  its password, at least 12 characters (default: peer-admin-password).
#                        MLflow 3.17 ships no default password and rejects the old "password1234".
#   PEER_START_TIMEOUT   seconds to wait for /health (default: 90)
#   PEER_MLFLOW_WORKERS  uvicorn workers (default: 2). One worker serves a request at a time, on one
#                        core: the suite's two workers then queue on it (issue "Time to verdict").
#                        Each runs with TCP_NODELAY, which uvicorn's multi-worker path loses.
# Writes .peers/NAME.{url,pid,dir,env} (NAME: mlflow[-V][-postgres]); .peers/mlflow.env holds TARGET_URL, TARGET_PROFILE and,
# with --basic-auth, TARGET_AUTH/TARGET_USERNAME/TARGET_PASSWORD. Stop with stop-mlflow.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
peers_exit_on_signals

peers_prepare mlflow mlflow "$@"

store="sqlite:///$dir/mlflow.db"
# SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; the driver installed is psycopg2.
[[ $database == postgres ]] && store="${pg_uri/#postgresql:/postgresql+psycopg2:}"
args=(server
  --backend-store-uri "$store"
  --default-artifact-root "$dir/artifacts"
  --no-serve-artifacts
  --host 127.0.0.1 --port "$port" --workers "${PEER_MLFLOW_WORKERS:-2}")

# The server's background job runner (huey consumers: several processes) serves no endpoint used here.
export MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false
# TCP_NODELAY on the accepted connections, which uvicorn's --workers path loses (peers/python/
# sitecustomize.py): without it each keep-alive request waited ~40 ms on the client's delayed ACK,
# and the standard tier took 6.6 min instead of 3.7.
export PYTHONPATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/python${PYTHONPATH:+:$PYTHONPATH}"

env_lines=("TARGET_URL=$url" "TARGET_PROFILE=mlflow")
if ((auth)); then
  user="${PEER_ADMIN_USER:-admin}"
  password="${PEER_ADMIN_PASSWORD:-peer-admin-password}"
  ((${#password} >= 12)) || peers_die "PEER_ADMIN_PASSWORD must be at least 12 characters (MLflow's rule)"
  # The packaged basic_auth.ini keeps its user DB at ./basic_auth.db; this copy keeps it in $dir.
  # auth_cache_ttl_seconds (MLflow's own setting, off by default) caches *successful* credential
  # checks: without it every request pays a scrypt hash check (0.1-0.8 s here, one worker), and a
  # standard certification takes hours. Missing or wrong credentials are still checked every time.
  cat >"$dir/basic_auth.ini" <<EOF
[mlflow]
default_permission = READ
database_uri = sqlite:///$dir/basic_auth.db
admin_username = $user
authorization_function = mlflow.server.auth:authenticate_request_basic_auth
auth_cache_ttl_seconds = 3600
EOF
  export MLFLOW_AUTH_CONFIG_PATH="$dir/basic_auth.ini"
  export MLFLOW_AUTH_ADMIN_USERNAME="$user"
  export MLFLOW_AUTH_ADMIN_PASSWORD="$password"
  # The basic-auth app refuses to start without a static CSRF secret.
  MLFLOW_FLASK_SERVER_SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  export MLFLOW_FLASK_SERVER_SECRET_KEY
  args+=(--app-name basic-auth)
  env_lines+=("TARGET_AUTH=basic" "TARGET_USERNAME=$user" "TARGET_PASSWORD=$password")
fi

cd "$dir"
# A fresh PostgreSQL store runs all of MLflow's migrations first: allow for it.
timeout_s="${PEER_START_TIMEOUT:-$([[ $database == postgres ]] && echo 180 || echo 90)}"
peers_launch "$name" "$dir" "$url" /health "$timeout_s" "$peers_venv/bin/mlflow" "${args[@]}"
printf '%s\n' "${env_lines[@]}" >"$peers_state/$name.env"
