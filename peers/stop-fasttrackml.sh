#!/usr/bin/env bash
# Stops the server started by start-fasttrackml.sh (its whole process group) and removes its temp dir
# and .peers/fasttrackml.* state. PEER_KEEP=1 keeps the temp dir (DB and server.log) for inspection.
# Usage: peers/stop-fasttrackml.sh [the start script's options: they name the instance]
# Also stops the PostgreSQL cluster of a --postgres instance.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
peers_ignore_signals
peers_options fasttrackml "$@"
peers_stop "$name"
