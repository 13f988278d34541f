#!/usr/bin/env bash
# Benchmark (not a test) of the BPJS participant list on a throwaway PostgreSQL, through the real host, over the demo's
# synthetic rosters of every Kalbar desa (2,046):
#   1. the province admin uploads a participant list of the province (ROWS rows, default 40,000: nine in ten roster
#      people in office, the rest unknown to every roster): dry run, apply;
#   2. the province view (each village against its newest list: groups, regions, a page of results, history), read
#      three times, and its complete export;
#   3. the province's coverage report (the dashboard's read), now with coverage verified against the list;
#   4. a newer list of Sambas comes (dated today): the province view and the coverage report again, against two lists.
# Prints each step's wall time and the host's peak resident memory. Run as root (the cluster runs as the postgres user).
#   benchmarks/bpjs-reconciliation.sh            # ROWS=40000
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/lib/throwaway-host.sh
rows="${ROWS:-40000}"
port="${PORT:-$(free_port)}"
export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=true
export GraphQL__ExecutionTimeout="${GraphQL__ExecutionTimeout:-00:03:00}"

start_throwaway_postgres -c fsync=off
build_release_host
start=$(date +%s.%N)
start_release_host "$port" "$work/host.log"
echo "host ready (sample rosters written) in $(echo "$(date +%s.%N) - $start" | bc) s (pid $host_pid)"

in_office="select \"Nik\" || '|' || \"RegionCode\" from membership.people where \"Status\" = 'Official'
  and \"TermStart\" <= '2026-11-30' and (\"TermEnd\" is null or \"TermEnd\" >= '2026-11-30')"
psql -c "$in_office" > "$work/people.txt"
echo "roster people in office: $(wc -l < "$work/people.txt")"
python3 benchmarks/bpjs_participant_file.py "$rows" < "$work/people.txt" > "$work/province.csv"
python3 benchmarks/bpjs_participant_file.py 0 61.01 < "$work/people.txt" > "$work/sambas.csv"
echo "files: province $(($(wc -l < "$work/province.csv") - 1)) rows ($(du -k "$work/province.csv" | cut -f1) kB), Sambas $(($(wc -l < "$work/sambas.csv") - 1)) rows"

sign_in() { curl -sf -c "$work/$1.jar" -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"$DESA_DEMO_PASSWORD\"}" "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null; }
gql() { curl -sf -b "$work/admin.kalbar.jar" -H 'Content-Type: application/json' --data-binary "@$1" "http://127.0.0.1:$port/graphql"; }
timed() { local t0; t0=$(date +%s.%N); "$@" > "$work/out.json"; echo "$(echo "$(date +%s.%N) - $t0" | bc) s: $(head -c 240 "$work/out.json")"; }
upload_body() { # file, region, asOf, dryRun
  python3 - "$@" <<'PY'
import base64, json, sys
query = ("mutation($i: UploadBpjsParticipantListInput!) { uploadBpjsParticipantList(input: $i) { report { applied refused participants"
         " groups { consistent declaredNotActive activeNotDeclared notActiveNotDeclared unmatched mismatches } problems { line code } } errors { code } } }")
data = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
print(json.dumps({"query": query, "variables": {"i": {"regionCode": sys.argv[2], "asOf": sys.argv[3], "fileName": sys.argv[1].split("/")[-1],
                                                      "fileBase64": data, "dryRun": sys.argv[4] == "true"}}}))
PY
}
cat > "$work/view.json" <<'JSON'
{"query": "{ bpjsReconciliation(regionCode: \"61\") { villagesWithoutList basedOn { run { regionCode asOf } villages } groups { consistent declaredNotActive activeNotDeclared notActiveNotDeclared unmatched mismatches } regions { regionCode groups { consistent unmatched } } results(group: ACTIVE_NOT_DECLARED, take: 50) { totalCount nodes { nik } } history { run { asOf } groups { consistent } } } }"}
JSON
cat > "$work/coverage.json" <<'JSON'
{"query": "{ coverage(regionCode: \"61\", year: 2026) { total { indicator(code: \"PERSON_COVERAGE_APARATUR_DESA\") { numerator denominator verified { numerator declaredNumerator denominator villagesListed oldestList newestList } } } byRegion { regionCode indicators { value verified { value } } } } }"}
JSON

sign_in admin.kalbar
upload_body "$work/province.csv" 61 2026-11-30 true > "$work/dry.json"
upload_body "$work/province.csv" 61 2026-11-30 false > "$work/apply.json"
upload_body "$work/sambas.csv" 61.01 "$(date +%F)" false > "$work/sambas.json"
echo "== province coverage report, no list yet (declared only)"
for i in 1 2 3; do echo -n "read $i: "; timed gql "$work/coverage.json"; done
echo "== province list, $rows rows (province admin)"
echo -n "dry run: "; timed gql "$work/dry.json"
echo -n "apply:   "; timed gql "$work/apply.json"
echo "host peak memory after the upload: $(peak_memory "$host_pid")"
echo "== province view, each village against its newest list"
for i in 1 2 3; do echo -n "read $i: "; timed gql "$work/view.json"; done
t0=$(date +%s.%N)
curl -sf -b "$work/admin.kalbar.jar" -o "$work/export.csv" "http://127.0.0.1:$port/api/bpjs-reconciliation/export?region=61&format=csv"
echo "export (csv): $(echo "$(date +%s.%N) - $t0" | bc) s, $(($(wc -l < "$work/export.csv") - 1)) rows"
echo "== province coverage report, declared and verified"
for i in 1 2 3; do echo -n "read $i: "; timed gql "$work/coverage.json"; done
echo "== a newer list of Sambas"
echo -n "apply:   "; timed gql "$work/sambas.json"
for i in 1 2 3; do echo -n "read $i: "; timed gql "$work/view.json"; done
for i in 1 2 3; do echo -n "coverage $i: "; timed gql "$work/coverage.json"; done
echo "host peak memory: $(peak_memory "$host_pid"), CPU $(cpu_seconds "$host_pid") s"
echo "whole run: $(echo "$(date +%s.%N) - $start" | bc) s"
