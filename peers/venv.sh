#!/usr/bin/env bash
# Creates the project venv (.venv/) with the real peers pinned in peers/requirements*.txt:
# mlflow (server + basic-auth app), schemathesis, and FastTrackML's `fml` binary; every transitive
# dependency is pinned by peers/constraints.txt.
# Idempotent: a stamp in the venv records the hash of the requirement files and the Python
# version, so a second run with nothing changed returns at once.
#
# Usage: peers/venv.sh [--force]
#   PEERS_PYTHON  interpreter for the venv (default: python3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$root/.venv"
python="${PEERS_PYTHON:-python3}"
reqs="$here/requirements.txt"
reqs_nodeps="$here/requirements-nodeps.txt"
constraints="$here/constraints.txt"
stamp="$venv/.peers-requirements.stamp"

force=0
case "${1:-}" in
  --force) force=1 ;;
  "") ;;
  *) echo "usage: $0 [--force]" >&2; exit 2 ;;
esac

# Other sessions may run this at the same time: one installer at a time.
mkdir -p "$root/.peers"
exec 9>"$root/.peers/venv.lock"
flock 9

want="$( { "$python" -c 'import sys; print(sys.version)'; cat "$reqs" "$reqs_nodeps" "$constraints"; } | sha256sum | cut -d' ' -f1)"

if [[ $force == 0 && -f "$stamp" && "$(cat "$stamp")" == "$want" \
      && -x "$venv/bin/mlflow" && -x "$venv/bin/fml" && -x "$venv/bin/schemathesis" ]]; then
  echo "venv up to date: $venv"
  exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
rm -f "$stamp"

pip=("$venv/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet -r "$reqs" -c "$constraints"
# fasttrackml's metadata requires mlflow<3 for its Python client; only its bundled Go server
# binary is used, so it is installed without dependencies (see requirements-nodeps.txt).
"${pip[@]}" install --quiet --no-deps -r "$reqs_nodeps"

"$venv/bin/mlflow" --version
"$venv/bin/fml" --version
"$venv/bin/schemathesis" --version

echo "$want" >"$stamp"
echo "venv ready: $venv"
