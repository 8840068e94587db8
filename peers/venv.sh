#!/usr/bin/env bash
# Creates the project venv (.venv/) with the real peers pinned in peers/requirements*.txt:
# mlflow (server + basic-auth app), schemathesis, and FastTrackML's `fml` binary; every transitive
# dependency is pinned by peers/constraints.txt.
# Idempotent: a stamp in the venv records the hash of the requirement files and the Python
# version, so a second run with nothing changed returns at once.
#
# Usage: peers/venv.sh [--force] [--mlflow V]
#   --mlflow V    instead: .venv-mlflow-V/ with MLflow V alone, from peers/mlflow-V/ (the same three
#                 files); the matrix's columns of another MLflow version run from it
#   PEERS_PYTHON  interpreter for the venv (default: python3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
python="${PEERS_PYTHON:-python3}"

force=0; mlflow_version=""
while (($#)); do
  case "$1" in
    --force) force=1; shift ;;
    --mlflow) [[ -n "${2:-}" ]] || { echo "usage: $0 [--force] [--mlflow V]" >&2; exit 2; }; mlflow_version="$2"; shift 2 ;;
    *) echo "usage: $0 [--force] [--mlflow V]" >&2; exit 2 ;;
  esac
done
if [[ -n "$mlflow_version" ]]; then
  files="$here/mlflow-$mlflow_version"; venv="$root/.venv-mlflow-$mlflow_version"
  [[ -d "$files" ]] || { echo "error: no $files/ (requirements for MLflow $mlflow_version)" >&2; exit 2; }
  programs=(mlflow)
else
  files="$here"; venv="$root/.venv"
  programs=(mlflow fml schemathesis)
fi
reqs="$files/requirements.txt"
reqs_nodeps="$files/requirements-nodeps.txt"
constraints="$files/constraints.txt"
stamp="$venv/.peers-requirements.stamp"

# Other sessions may run this at the same time: one installer at a time.
mkdir -p "$root/.peers"
exec 9>"$root/.peers/venv.lock"
flock 9

want="$( { "$python" -c 'import sys; print(sys.version)'; cat "$reqs" "$reqs_nodeps" "$constraints"; } | sha256sum | cut -d' ' -f1)"

installed() { local p; for p in "${programs[@]}"; do [[ -x "$venv/bin/$p" ]] || return 1; done; }
if [[ $force == 0 && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && installed; then
  echo "venv up to date: $venv"
  exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
rm -f "$stamp"

pip=("$venv/bin/python" -m pip --disable-pip-version-check)
"${pip[@]}" install --quiet -r "$reqs" -c "$constraints"
# fasttrackml's metadata requires mlflow<3 for its Python client, and mlflow 3.18.0's an unserved
# mlflow-tracing: each is installed without dependencies (see its requirements-nodeps.txt).
"${pip[@]}" install --quiet --no-deps -r "$reqs_nodeps"

for program in "${programs[@]}"; do "$venv/bin/$program" --version; done

echo "$want" >"$stamp"
echo "venv ready: $venv"
