#!/usr/bin/env bash
# Certifies a real peer in the mlflow profile with its expectation file
# (peers/expectations/<implementation>.yaml) as SUITE_EXPECTATIONS: the gate a user gets, so the
# exit status is the gate's (every FAIL expected), beside the unchanged certification verdict.
# The peer (and its PostgreSQL cluster) is started fresh and always stopped, also when this script
# is interrupted.
#
# Usage: peers/certify.sh mlflow|fasttrackml [--basic-auth] [--postgres] [--mlflow-version V]
#   The implementation id is the peer, then -V (dots as dashes), -postgres, -basic-auth for the
#   options given (mlflow-3-18-0-postgres); its reports go to reports/<id>/.
#   SUITE_TIER (default standard) and the other SUITE_* settings pass through.
set -uo pipefail
cd "$(dirname "$0")/.."
peer=${1:-}
[[ $peer == mlflow || $peer == fasttrackml ]] || { echo "usage: peers/certify.sh mlflow|fasttrackml [--basic-auth] [--postgres] [--mlflow-version V]" >&2; exit 2; }
shift
source peers/lib.sh
peers_options "$peer" "$@"
# Implementation ids are lower-case words joined by dashes (openapi/expectations.schema.json names the file after it).
implementation=${name//./-}
((auth)) && implementation="$implementation-basic-auth"

venv_args=(); [[ -n "$version" ]] && venv_args=(--mlflow "$version")
peers/venv.sh >/dev/null || exit 1
[[ -n "$version" ]] && { peers/venv.sh "${venv_args[@]}" >/dev/null || exit 1; }
# Set before the start, so that a failed or interrupted start is cleaned up too.
trap 'peers/stop-'"$peer"'.sh "$@" >/dev/null 2>&1' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
peers/start-"$peer".sh "$@" || exit 1

set -a
# shellcheck disable=SC1090
source ".peers/$name.env"
set +a
export SUITE_IMPLEMENTATION=$implementation SUITE_REPORTS_DIR="reports/$implementation"
export SUITE_EXPECTATIONS=${SUITE_EXPECTATIONS:-peers/expectations/$implementation.yaml}
# A fixed seed by default, so CI compares the same generated cases with the expected failures
# run after run; set SUITE_SEED to explore other cases.
export SUITE_SEED=${SUITE_SEED:-20261127}
npx playwright test
