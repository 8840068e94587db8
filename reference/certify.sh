#!/usr/bin/env bash
# Certifies the reference server with credentials and, optionally, a rate limit: it starts
# `reference/main.ts` on a free loopback port with throwaway credentials (a random token or
# password, or a fresh RSA key pair and OCI config file), runs the suite against it through
# TARGET_URL, and stops it. With --rate-limit, SUITE_ALLOW_LOAD=1 (ERR-429 is tried).
#
# Usage: reference/certify.sh --auth none|bearer|basic|oci [--rate-limit N/ms] [--profile oci|mlflow]
#   Reports: reports/reference-<auth>[-rate-limited]/ (or SUITE_REPORTS_DIR). Other SUITE_* pass through.
#   Exit code: 0 exactly when CERTIFIED.
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx reference/certify.ts "$@"
