#!/usr/bin/env bash
# Sends a fixed, small set of requests (about 90, one at a time, 10 s timeout each) to a running
# MLflow-compatible peer and prints each request as a replayable curl command with its status,
# notable headers and abbreviated body. The transcript is the evidence behind peers/*.md.
#
# Usage: peers/probe.sh [URL] [--basic USER:PASSWORD] [--auth-only]
#   URL          origin of the peer (default: contents of .peers/mlflow.url)
#   --basic      send HTTP Basic credentials (for the basic-auth app)
#   --auth-only  only the authentication cases (no, wrong, right credentials)
# In the printed commands $U stands for the URL. Writes a uniquely named experiment set; nothing else.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
url=""; creds=""; auth_only=0
while (($#)); do
  case "$1" in
    --basic) creds="$2"; shift 2 ;;
    --auth-only) auth_only=1; shift ;;
    -*) echo "usage: $0 [URL] [--basic USER:PASSWORD] [--auth-only]" >&2; exit 2 ;;
    *) url="$1"; shift ;;
  esac
done
url="${url:-$(cat "$here/../.peers/mlflow.url")}"
api="$url/api/2.0/mlflow"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

quote() { # shell-quotes one word for display
  if [[ "$1" =~ ^[A-Za-z0-9_./:@=,+-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

# call [-u USER:PASS | -n] METHOD PATH [BODY [extra curl args...]]: one request; the body is kept in
# $tmp/body. -n sends no credentials even when --basic was given.
call() {
  local auth=() shown_auth=""
  if [[ "${1:-}" == -u ]]; then auth=(-u "$2"); shown_auth="-u $(quote "$2") "; shift 2
  elif [[ "${1:-}" == -n ]]; then shift
  elif [[ -n "$creds" ]]; then auth=(-u "$creds"); shown_auth="-u \"\$CREDS\" "; fi
  local method="$1" path="$2" body="${3-}"; shift 2; (($#)) && shift
  local args=(-sS --max-time 10 -X "$method" -o "$tmp/body" -D "$tmp/headers")
  local shown="curl -sS -i ${shown_auth}-X $method \$U$path"
  if [[ -n "$body" ]]; then
    if (($# == 0)); then args+=(-H 'Content-Type: application/json'); shown+=" -H 'Content-Type: application/json'"; fi
    args+=(--data-binary "$body"); shown+=" --data-binary $(quote "$body")"
  fi
  local a; for a in "$@"; do shown+=" $(quote "$a")"; done
  echo "\$ $shown"
  curl "${auth[@]}" "${args[@]}" "$@" "$url$path" >/dev/null || { echo "  (curl failed: $?)"; return 0; }
  printf '  -> %s' "$(head -n1 "$tmp/headers" | tr -d '\r' | cut -d' ' -f2-)"
  local notable
  notable="$(grep -iE '^(content-type|www-authenticate|opc-[a-z-]+|retry-after):' "$tmp/headers" | tr -d '\r' | paste -sd'|' - || true)"
  [[ -n "$notable" ]] && printf '  [%s]' "${notable//|/ | }"
  echo
  # Compact without parsing (jq would round int64 values beyond 2^53).
  printf '  %s\n' "$(tr -d '\n' <"$tmp/body" | sed -E 's/[[:space:]]+/ /g' | cut -c1-"${PROBE_WIDTH:-400}")"
}

field() { # first JSON string value of a key in the last body
  { grep -o "\"$1\": *\"[^\"]*\"" "$tmp/body" || true; } | head -n1 | sed -E 's/.*: *"(.*)"/\1/'
}

runs_order() { # run names in the order of the last runs/search body
  { grep -o '"run_name": *"[^"]*"' "$tmp/body" || true; } | sed -E 's/.*"([^"]*)"$/\1/' | tr '\n' ' '
}

section() { printf '\n## %s\n' "$*"; }
search() { call POST /api/2.0/mlflow/runs/search "$1"; }
show_order() { # run names in order, and whether the body carries next_page_token
  local token; token="$(field next_page_token)"
  echo "  order: $(runs_order)| next_page_token: ${token:-(absent or empty)}"
}

prefix="peers-probe-$(date +%s)-$$"

if ((auth_only)); then
  section "authentication"
  call -n POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}'
  call -u "nobody:wrong-password-123" POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}'
  [[ -n "$creds" ]] && call -u "${creds%%:*}:wrong-password-123" POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}'
  call -n POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}' -H 'Content-Type: application/json' -H 'Authorization: Basic !!!'
  call -n POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}' -H 'Content-Type: application/json' -H 'Authorization: Bearer some-token'
  call -n GET /health
  call -n POST /api/2.0/mlflow/experiments/search '{"max_results":1}'
  [[ -n "$creds" ]] && call POST /api/2.0/mlflow/runs/search '{"experiment_ids":["0"]}'
  exit 0
fi

section "seed: experiment, 4 runs (r1 and r2 share start_time), log-batch"
call POST /api/2.0/mlflow/experiments/create "{\"name\":\"$prefix-a\"}"
exp="$(field experiment_id)"; [[ -n "$exp" ]] || { echo "no experiment_id; stopping"; exit 1; }
echo "  (E=$exp)"
section "runs/search on the still empty experiment"
search "{\"experiment_ids\":[\"$exp\"]}"

t=1700000000000
declare -A run
for spec in "r1:$t" "r2:$t" "r3:$((t + 1000))" "r4:$((t - 1000))"; do
  name="${spec%%:*}"; st="${spec#*:}"
  call POST /api/2.0/mlflow/runs/create "{\"experiment_id\":\"$exp\",\"run_name\":\"$name\",\"start_time\":$st}"
  run[$name]="$(field run_id)"
  echo "  ($name=${run[$name]})"
done
# metric m: r1=1, r2=3, r3=2, r4 missing; param x: r1=a, r2=b, r4=c, r3 missing
batch() { call POST /api/2.0/mlflow/runs/log-batch "{\"run_id\":\"${run[$1]}\",$2}"; }
batch r1 "\"metrics\":[{\"key\":\"m\",\"value\":1,\"timestamp\":$t,\"step\":0}],\"params\":[{\"key\":\"x\",\"value\":\"a\"}],\"tags\":[{\"key\":\"t\",\"value\":\"one\"}]"
batch r2 "\"metrics\":[{\"key\":\"m\",\"value\":3,\"timestamp\":$t,\"step\":0}],\"params\":[{\"key\":\"x\",\"value\":\"b\"}]"
batch r3 "\"metrics\":[{\"key\":\"m\",\"value\":2,\"timestamp\":$t,\"step\":0}]"
batch r4 "\"params\":[{\"key\":\"x\",\"value\":\"c\"}]"

section "order"
search "{\"experiment_ids\":[\"$exp\"]}"; show_order
echo "  (r1/r2 tie on start_time; run_id order: $(printf '%s\n' "r1 ${run[r1]}" "r2 ${run[r2]}" | sort -k2 | cut -d' ' -f1 | tr '\n' ' '))"
search "{\"experiment_ids\":[\"$exp\"],\"order_by\":[\"metrics.m DESC\"]}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"order_by\":[\"metrics.m ASC\"]}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"order_by\":[\"params.x DESC\"]}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"order_by\":[\"metrics.m\",\"metrics.m DESC\"]}"
search "{\"experiment_ids\":[\"$exp\"],\"order_by\":[\"metrics.m SIDEWAYS\"]}"

section "max_results"
for mr in 0 -1 50001 '"abc"' '"2"' 50000 1.5; do
  search "{\"experiment_ids\":[\"$exp\"],\"max_results\":$mr}"; show_order
done

section "run_view_type"
for vt in '"BOGUS"' 5 2 '"DELETED_ONLY"' '"ALL"' '"active_only"'; do
  search "{\"experiment_ids\":[\"$exp\"],\"run_view_type\":$vt}"; show_order
done
search "{\"run_view_type\":\"BOGUS\",\"experiment_ids\":[\"$exp\"],\"max_results\":1}"; show_order

section "pagination: max_results = number of runs (4), then 2"
walk() { # walk MAX: follows next_page_token, at most 6 pages
  local max="$1" token="" page
  for page in 1 2 3 4 5 6; do
    if [[ -z "$token" ]]; then search "{\"experiment_ids\":[\"$exp\"],\"max_results\":$max}"
    else search "{\"experiment_ids\":[\"$exp\"],\"max_results\":$max,\"page_token\":\"$token\"}"; fi
    show_order
    token="$(field next_page_token)"
    [[ -n "$token" ]] || break
  done
}
walk 4
walk 2
walk 3
search "{\"experiment_ids\":[\"$exp\"],\"page_token\":\"not-a-token\"}"
search "{\"experiment_ids\":[\"$exp\"],\"page_token\":\"eyJvZmZzZXQiOiAwfQ==\"}"
search "{\"experiment_ids\":[\"$exp\"],\"page_token\":\"WzFd\"}"

section "filter"
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"metrics.m > 2 OR metrics.m < 2\"}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"params.x > 'a'\"}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"metrics.m >= 2 and params.x = 'b'\"}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"params.x != 'a'\"}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"metrics.m > -1e3\"}"; show_order
search "{\"experiment_ids\":[\"$exp\"],\"filter\":\"metrics.m = \"}"

section "experiment_ids"
search '{"experiment_ids":["999999"]}'
search '{"experiment_ids":[]}'
search '{}'
search '{"experiment_ids":["abc"]}'
search "{\"experiment_ids\":[$exp]}"; show_order

section "body and content type"
call POST /api/2.0/mlflow/runs/search "{\"experiment_ids\":[\"$exp\"]," -H 'Content-Type: application/json'
call POST /api/2.0/mlflow/runs/search 'not json' -H 'Content-Type: application/json'
call POST /api/2.0/mlflow/runs/search '' -H 'Content-Type: application/json'
call POST /api/2.0/mlflow/runs/search "{\"experiment_ids\":[\"$exp\"]}" -H 'Content-Type:'
call POST /api/2.0/mlflow/runs/search "{\"experiment_ids\":[\"$exp\"]}" -H 'Content-Type: text/plain'
call GET "/api/2.0/mlflow/runs/search?experiment_ids=$exp"

section "int64: start_time 9007199254740993 (2^53 + 1)"
call POST /api/2.0/mlflow/experiments/create "{\"name\":\"$prefix-b\"}"
exp_b="$(field experiment_id)"; echo "  (E2=$exp_b)"
call POST /api/2.0/mlflow/runs/create "{\"experiment_id\":\"$exp_b\",\"run_name\":\"big\",\"start_time\":9007199254740993}"
big="$(field run_id)"
call POST /api/2.0/mlflow/runs/log-batch "{\"run_id\":\"$big\",\"metrics\":[{\"key\":\"m\",\"value\":1,\"timestamp\":9007199254740993,\"step\":9007199254740993}]}"
search "{\"experiment_ids\":[\"$exp_b\"]}"
echo "  raw start_time: $(grep -o '"start_time": *[0-9"]*' "$tmp/body" | head -n1)"
echo "  raw timestamp:  $(grep -o '"timestamp": *[0-9"]*' "$tmp/body" | head -n1)"
echo "  raw step:       $(grep -o '"step": *[0-9"]*' "$tmp/body" | head -n1)"

section "experiments/search"
call POST /api/2.0/mlflow/experiments/search "{\"filter\":\"name LIKE '$prefix%'\",\"max_results\":10}"
echo "  names: $(grep -o '"name": *"[^"]*"' "$tmp/body" | sed -E 's/.*"([^"]*)"$/\1/' | tr '\n' ' ')"

section "experiments/delete, then view types"
call POST /api/2.0/mlflow/experiments/delete "{\"experiment_id\":\"$exp_b\"}"
for vt in ACTIVE_ONLY DELETED_ONLY ALL; do
  call POST /api/2.0/mlflow/experiments/search "{\"filter\":\"name LIKE '$prefix%'\",\"view_type\":\"$vt\",\"max_results\":10}"
  echo "  names: $(grep -o '"name": *"[^"]*"' "$tmp/body" | sed -E 's/.*"([^"]*)"$/\1/' | tr '\n' ' ')"
done
for vt in ACTIVE_ONLY DELETED_ONLY ALL; do
  search "{\"experiment_ids\":[\"$exp_b\"],\"run_view_type\":\"$vt\"}"
  echo "  lifecycle_stage: $(grep -o '"lifecycle_stage": *"[^"]*"' "$tmp/body" | sed -E 's/.*"([^"]*)"$/\1/' | tr '\n' ' ')"
done

section "runs/delete and runs/restore (r4)"
call POST /api/2.0/mlflow/runs/delete "{\"run_id\":\"${run[r4]}\"}"
for vt in ACTIVE_ONLY DELETED_ONLY ALL; do search "{\"experiment_ids\":[\"$exp\"],\"run_view_type\":\"$vt\"}"; show_order; done
call POST /api/2.0/mlflow/runs/restore "{\"run_id\":\"${run[r4]}\"}"
search "{\"experiment_ids\":[\"$exp\"]}"; show_order

section "pagination across a 2-digit offset: 11 runs, max_results 10"
call POST /api/2.0/mlflow/experiments/create "{\"name\":\"$prefix-c\"}"
exp_c="$(field experiment_id)"; echo "  (E3=$exp_c)"
for i in 01 02 03 04 05 06 07 08 09 10 11; do
  call POST /api/2.0/mlflow/runs/create "{\"experiment_id\":\"$exp_c\",\"run_name\":\"c$i\",\"start_time\":$((t + 10#$i))}" >/dev/null
done
echo "  (11 runs/create calls, output omitted)"
token=""
for page in 1 2 3; do
  if [[ -z "$token" ]]; then search "{\"experiment_ids\":[\"$exp_c\"],\"max_results\":10}"
  else search "{\"experiment_ids\":[\"$exp_c\"],\"max_results\":10,\"page_token\":\"$token\"}"; fi
  show_order
  token="$(field next_page_token)"
  [[ -n "$token" ]] || break
  echo "  token decodes to: $(printf '%s' "$token" | base64 -d 2>/dev/null | od -c | sed -n '1,2p' | tr -s ' ' | tr '\n' ' ')"
done
