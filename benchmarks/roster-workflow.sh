#!/usr/bin/env bash
# Whole-process benchmark of the roster workflow against the real host (not part of tests/run.sh):
#   1. a village operator imports a generated roster file of ROWS people (dry run, then apply);
#   2. another village submits CHANGES changes and the regency approves them in one decision.
# Prints each step's wall time and the host's peak resident memory (VmHWM).
#   benchmarks/roster-workflow.sh                       # SQLite, 20000 rows, 500 changes
#   ConnectionStrings__Desa="Host=...;..." benchmarks/roster-workflow.sh   # PostgreSQL (empty, or the national one: national.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${ROWS:-20000}"
changes="${CHANGES:-500}"
port="${PORT:-5098}"
work="$(mktemp -d)"
trap 'kill "$host" 2>/dev/null || true; rm -rf "$work"' EXIT

export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=false
export ConnectionStrings__Desa="${ConnectionStrings__Desa:-Data Source=$work/bench.db}"
dotnet build src/DesaPlatform.Host -c Release -p:SkipPortal=true -v q -nologo >/dev/null
start=$(date +%s.%N)
dotnet run -c Release --no-build --no-launch-profile --project src/DesaPlatform.Host --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
host=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
pid=$(pgrep -P "$host" -n)  # the host itself, a child of dotnet run (other hosts may run on this machine)
echo "host ready in $(echo "$(date +%s.%N) - $start" | bc) s (pid $pid)"

python3 benchmarks/roster_file.py "$rows" 610101 > "$work/big.csv"
python3 benchmarks/roster_file.py "$changes" 610101 9 > "$work/changes.csv"
python3 benchmarks/roster_file.py "$changes" 610101 9 edit > "$work/edits.csv"

sign_in() { curl -sf -c "$work/$1.jar" -H 'Content-Type: application/json' \
  -d "{\"userName\":\"$1\",\"password\":\"$DESA_DEMO_PASSWORD\"}" "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null; }
gql() { # user, json file -> response
  curl -sf -b "$work/$1.jar" -H 'Content-Type: application/json' --data-binary "@$2" "http://127.0.0.1:$port/graphql"; }
import_body() { # village, file, dryRun
  python3 - "$1" "$2" "$3" <<'PY'
import base64, json, sys
village, path, dry = sys.argv[1], sys.argv[2], sys.argv[3] == "true"
query = "mutation($i: ImportRosterInput!) { importRoster(input: $i) { report { rows added problemCount applied } errors { code } } }"
data = base64.b64encode(open(path, "rb").read()).decode()
# The edits end terms: applying them takes something away, which the operator confirms (confirmLosses).
print(json.dumps({"query": query, "variables": {"i": {"villageCode": village, "fileName": "daftar.csv", "fileBase64": data, "dryRun": dry,
                                                      "confirmLosses": True}}}))
PY
}
timed() { local t0; t0=$(date +%s.%N); "$@" > "$work/out.json"; echo "$(echo "$(date +%s.%N) - $t0" | bc) s: $(head -c 160 "$work/out.json")"; }

sign_in op.dalamkaum
import_body 61.01.01.2001 "$work/big.csv" true > "$work/dry.json"
import_body 61.01.01.2001 "$work/big.csv" false > "$work/apply.json"
echo "== import $rows people into one village"
echo -n "dry run: "; timed gql op.dalamkaum "$work/dry.json"
echo -n "apply:   "; timed gql op.dalamkaum "$work/apply.json"
echo -n "re-import (no changes): "; timed gql op.dalamkaum "$work/apply.json"
echo "host peak memory after the import: $(grep VmHWM /proc/$pid/status)"

# The second village needs its own operator: the province admin creates one.
sign_in admin.kalbar
echo '{"query":"mutation { createUser(input: { userName: \"op.bench\", fullName: \"Operator Bench\", role: VillageOperator, regionCode: \"61.01.01.2002\" }) { initialPassword errors { code } } }"}' > "$work/user.json"
otp=$(gql admin.kalbar "$work/user.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["createUser"]["initialPassword"])')
curl -sf -c "$work/op.bench.jar" -H 'Content-Type: application/json' -d "{\"userName\":\"op.bench\",\"password\":\"$otp\"}" "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null
echo "{\"query\":\"mutation { changePassword(input: { currentPassword: \\\"$otp\\\", newPassword: \\\"Bench-Pass-2026!\\\" }) { errors { code } } }\"}" > "$work/pw.json"
gql op.bench "$work/pw.json" >/dev/null
curl -sf -c "$work/op.bench.jar" -H 'Content-Type: application/json' -d '{"userName":"op.bench","password":"Bench-Pass-2026!"}' "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null
import_body 61.01.01.2002 "$work/changes.csv" false > "$work/changes.json"
gql op.bench "$work/changes.json" >/dev/null
echo '{"query":"mutation { submitRoster(input: { villageCode: \"61.01.01.2002\" }) { submission { id peopleCount } errors { code } } }"}' > "$work/submit.json"
echo "== submit and approve $changes changes"
echo -n "submit:  "; timed gql op.bench "$work/submit.json"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data"]["submitRoster"]["submission"]["id"])' "$work/out.json")
sign_in dpmd.sambas
echo "{\"query\":\"query { submission(id: \\\"$id\\\") { changes(first: 1000) { kind } } }\"}" > "$work/review.json"
echo "{\"query\":\"mutation { approveSubmission(input: { submissionId: \\\"$id\\\" }) { submission { status } errors { code } } }\"}" > "$work/approve.json"
echo -n "review page (all changes): "; timed gql dpmd.sambas "$work/review.json"
echo -n "approve: "; timed gql dpmd.sambas "$work/approve.json"

echo "== the same $changes people again: half renamed, half ended (each approval supersedes an official version)"
import_body 61.01.01.2002 "$work/edits.csv" false > "$work/edits.json"
gql op.bench "$work/edits.json" >/dev/null
echo -n "submit:  "; timed gql op.bench "$work/submit.json"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data"]["submitRoster"]["submission"]["id"])' "$work/out.json")
echo "{\"query\":\"query { submission(id: \\\"$id\\\") { changes(first: 1000) { kind } } }\"}" > "$work/review.json"
echo "{\"query\":\"mutation { approveSubmission(input: { submissionId: \\\"$id\\\" }) { submission { status changedCount endedCount } errors { code } } }\"}" > "$work/approve.json"
echo -n "review page (all changes): "; timed gql dpmd.sambas "$work/review.json"
echo -n "approve: "; timed gql dpmd.sambas "$work/approve.json"
echo "host peak memory: $(grep VmHWM /proc/$pid/status)"
echo "whole run: $(echo "$(date +%s.%N) - $start" | bc) s"
