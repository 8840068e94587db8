#!/usr/bin/env bash
# The suite as a team gets it: `npm pack`, the tarball installed into an empty folder (its
# dependencies from the registry, as `npm ci` gets them), and the bundled reference server
# certified from there by the installed command. Passes only on exit 0 and a CERTIFIED report.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work") || exit 1
mkdir "$work/app" && cd "$work/app" || exit 1
npm install --no-audit --no-fund "$work/$tarball" || exit 1
status=0
env -u TARGET_URL -u SUITE_REPORTS_DIR -u SUITE_EXPECTATIONS SUITE_TIER=smoke \
  npx --no-install runs-search-conformance certify >certify.log 2>&1 || status=$?
verdict=$(node -p 'require("./reports/certification.json").verdict' 2>/dev/null || echo "no report")
if [ "$status" = 0 ] && [ "$verdict" = CERTIFIED ]; then
  tail -n 3 certify.log
else
  tail -n 40 certify.log
fi
echo "installed $tarball: npx runs-search-conformance certify exited $status, verdict $verdict"
[ "$status" = 0 ] && [ "$verdict" = CERTIFIED ]
