#!/usr/bin/env bash
# Benchmark (not a test) of a province-wide roster import on a throwaway PostgreSQL, through the real host:
#   1. the province admin imports one file of every Kalbar desa (2,046) × PEOPLE people: dry run, apply (one submission
#      per village), re-import (nothing changes);
#   2. each regency's staff (an account made per regency) approves its villages' submissions in one bulk action.
# Prints each step's wall time, the whole process time and the host's peak resident memory. Targets: import ≤ 60 s,
# approval in bulk ≤ 30 s (all regencies together). Run as root (the cluster runs as the postgres user).
#   benchmarks/region-roster-import.sh            # PEOPLE=16
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib/throwaway-host.sh
people="${PEOPLE:-16}"
port="${PORT:-$(free_port)}"
export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=false
# A province's whole file is one request: the host's default limit of 30 s per request would stop it on a busy machine.
export GraphQL__ExecutionTimeout="${GraphQL__ExecutionTimeout:-00:03:00}"

start_throwaway_postgres -c fsync=off
build_release_host
start=$(date +%s.%N)
start_release_host "$port" "$work/host.log"
echo "host ready in $(echo "$(date +%s.%N) - $start" | bc) s (pid $host_pid)"

python3 benchmarks/region_roster_file.py 61 "$people" > "$work/province.csv"
echo "file: $(($(wc -l < "$work/province.csv") - 1)) rows, $(du -k "$work/province.csv" | cut -f1) kB"

sign_in() { # user [password]
  curl -sf -c "$work/$1.jar" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"${2:-$DESA_DEMO_PASSWORD}\"}" "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null; }
gql() { curl -sf -b "$work/$1.jar" -H 'Content-Type: application/json' --data-binary "@$2" "http://127.0.0.1:$port/graphql"; }
json() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$@"; }
timed() { local t0; t0=$(date +%s.%N); "$@" > "$work/out.json"; echo "$(echo "$(date +%s.%N) - $t0" | bc) s: $(head -c 200 "$work/out.json")"; }
import_body() { # dryRun
  python3 - "$work/province.csv" "$1" <<'PY'
import base64, json, sys
query = ("mutation($i: ImportRegionRosterInput!) { importRegionRoster(input: $i) { report { villageCount added unchanged"
         " problemCount applied submissions } errors { code } } }")
data = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
print(json.dumps({"query": query, "variables": {"i": {"regionCode": "61", "fileName": "kalbar.csv", "fileBase64": data,
                                                      "dryRun": sys.argv[2] == "true", "confirmLosses": True}}}))
PY
}

sign_in admin.kalbar
import_body true > "$work/dry.json"
import_body false > "$work/apply.json"
echo "== import 2,046 villages × $people people (province admin)"
echo -n "dry run: "; timed gql admin.kalbar "$work/dry.json"
echo -n "apply:   "; timed gql admin.kalbar "$work/apply.json"
echo "host peak memory after the import: $(peak_memory "$host_pid")"

# One regency staff account per regency (made by the province admin, first password changed), then bulk approval.
regencies=$(awk -F, '$3 == "regency" { print $1 }' modules/Regions/DesaPlatform.Regions/Data/regions-kalbar.csv)
for regency in $regencies; do
  user="bench.${regency//./}"
  json 'mutation($u: String!, $r: String!) { createUser(input: { userName: $u, fullName: $u, role: RegencyStaff, regionCode: $r }) { initialPassword errors { code } } }' \
    "{\"u\": \"$user\", \"r\": \"$regency\"}" > "$work/user.json"
  otp=$(gql admin.kalbar "$work/user.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["createUser"]["initialPassword"])')
  sign_in "$user" "$otp"
  json 'mutation($o: String!) { changePassword(input: { currentPassword: $o, newPassword: "Bench-Pass-2026!" }) { errors { code } } }' \
    "{\"o\": \"$otp\"}" > "$work/pw.json"
  gql "$user" "$work/pw.json" >/dev/null
  sign_in "$user" 'Bench-Pass-2026!'
done
echo "== approve in bulk, one action per regency"
t0=$(date +%s.%N)
for regency in $regencies; do
  json 'mutation($r: String) { approveSubmissions(input: { regionCode: $r }) { summary { approvedCount left { reason } } errors { code } } }' \
    "{\"r\": \"$regency\"}" > "$work/bulk.json"
  echo -n "$regency: "; timed gql "bench.${regency//./}" "$work/bulk.json"
done
echo "approval in bulk, all regencies: $(echo "$(date +%s.%N) - $t0" | bc) s"
echo -n "re-import (nothing changes): "; timed gql admin.kalbar "$work/apply.json"
echo "host peak memory: $(peak_memory "$host_pid"), CPU $(cpu_seconds "$host_pid") s"
echo "whole run: $(echo "$(date +%s.%N) - $start" | bc) s"
