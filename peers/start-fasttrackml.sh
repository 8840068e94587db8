#!/usr/bin/env bash
# Starts FastTrackML (`fml server`, the Go binary shipped in the fasttrackml wheel) from .venv on
# 127.0.0.1 and a free port, with a fresh SQLite database (or a throwaway PostgreSQL cluster) in a
# temp dir under .peers/, waits for GET /health, and prints the URL. Its MLflow API is under
# $URL/api/2.0/mlflow/.
#
# Usage: peers/start-fasttrackml.sh [--basic-auth] [--postgres]
#   --postgres           the database is a PostgreSQL cluster started for it (lib.sh); state name
#                        fasttrackml-postgres
#   --basic-auth         require HTTP Basic credentials (fml --auth-username/--auth-password)
#   PEER_ADMIN_USER      user for --basic-auth (default: admin)
#   PEER_ADMIN_PASSWORD  its password (default: peer-admin-password)
#   PEER_START_TIMEOUT   seconds to wait for /health (default: 90)
# Writes .peers/NAME.{url,pid,dir,env} (NAME: fasttrackml[-postgres]). Stop with stop-fasttrackml.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
peers_exit_on_signals

peers_prepare fasttrackml fml "$@"

database_uri="sqlite://$dir/fasttrackml.db"
# fml's PostgreSQL driver wants postgres:// and no TLS on loopback.
[[ $database == postgres ]] && database_uri="${pg_uri/#postgresql:/postgres:}?sslmode=disable"
args=(server
  --listen-address "127.0.0.1:$port"
  --database-uri "$database_uri"
  --default-artifact-root "$dir/artifacts")

env_lines=("TARGET_URL=$url" "TARGET_PROFILE=mlflow")
if ((auth)); then
  user="${PEER_ADMIN_USER:-admin}"
  password="${PEER_ADMIN_PASSWORD:-peer-admin-password}"
  # Passed through the environment (fml reads FML_<FLAG>), not argv, so `ps` does not show it.
  export FML_AUTH_USERNAME="$user" FML_AUTH_PASSWORD="$password"
  # fml's basic auth also guards /health.
  peers_health_auth=(-u "$user:$password")
  env_lines+=("TARGET_AUTH=basic" "TARGET_USERNAME=$user" "TARGET_PASSWORD=$password")
fi

cd "$dir"
peers_launch "$name" "$dir" "$url" /health "${PEER_START_TIMEOUT:-90}" "$peers_venv/bin/fml" "${args[@]}"
printf '%s\n' "${env_lines[@]}" >"$peers_state/$name.env"
