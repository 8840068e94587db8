#!/usr/bin/env bash
# Certifies a real peer in the mlflow profile with its expectation file
# (peers/expectations/<implementation>.yaml) as SUITE_EXPECTATIONS: the gate a user gets, so the
# exit status is the gate's (every FAIL expected), beside the unchanged certification verdict.
# The peer is started fresh and always stopped.
#
# Usage: peers/certify.sh mlflow|fasttrackml [--basic-auth]
#   SUITE_TIER (default standard) and the other SUITE_* settings pass through.
set -uo pipefail
cd "$(dirname "$0")/.."
peer=${1:?usage: certify-peer.sh mlflow|fasttrackml [--basic-auth]}
shift
name=$peer
[[ "${1:-}" == "--basic-auth" ]] && name="$peer-basic-auth"

peers/venv.sh >/dev/null || exit 1
peers/start-"$peer".sh "$@" || exit 1
trap 'peers/stop-'"$peer"'.sh >/dev/null 2>&1' EXIT

set -a
# shellcheck disable=SC1090
source ".peers/$peer.env"
set +a
export SUITE_IMPLEMENTATION=$name SUITE_REPORTS_DIR="reports/$name"
export SUITE_EXPECTATIONS=${SUITE_EXPECTATIONS:-peers/expectations/$name.yaml}
# A fixed seed by default, so CI compares the same generated cases with the expected failures
# run after run; set SUITE_SEED to explore other cases.
export SUITE_SEED=${SUITE_SEED:-20261127}
npx playwright test
