#!/usr/bin/env bash
# The national benchmark of issue 10 (not part of tests/run.sh): all of Indonesia in a throwaway PostgreSQL 15 cluster
# and the Release host on it, against the best SQL and a minimal API running that SQL, side by side in one run.
#   1. migrates and seeds (demo accounts), imports the national region file (whole process, timed, beside psql's
#      \copy of the same file into a plain table), loads PEOPLE people (default 1,880,000) across every desa with one
#      INSERT … SELECT (benchmarks/national/people.sql: deterministic, official versions, ~68% covered, a pending change
#      in every 500th desa; DKI Jakarta has kelurahan only, so no one), ANALYZE, and has the host count its kept
#      coverage (`rebuild coverage`);
#   2. measures p50/p95 and req/s for DURATION seconds each (default 10): coverage of Kalbar (61) at 1, 8 and 32
#      clients, of Jakarta (31) and of the country, a page of 50 people of a regency and a signed-in `{ __typename }` at
#      LIST_CLIENTS clients (default 16) — over GraphQL (benchmarks/national.mjs, bearer tokens), with pgbench running
#      the same figures' best SQL (benchmarks/national/coverage.sql: rolled up from the kept summary; list.sql) and
#      against benchmarks/NationalReference, a minimal API running those files through Npgsql; and, SQL only, the
#      coverage counted from the roster in one pass (coverage-from-roster.sql), what it costs when nothing is kept;
#   3. starts a second host on the same database and runs the GraphQL measures again round-robin across both, signed
#      in on the first (no sticky sessions: the hosts share the Data Protection key directory), and checks a cookie
#      from one host on the other;
#   4. prints the issue's table, the whole-process times and each process's peak memory (VmHWM);
#   5. runs benchmarks/roster-workflow.sh on the national database (roster import and approval, with its own host).
# Run as root (the cluster runs as the postgres user); everything is removed afterwards. On a shared 2-core machine the
# load generator, PostgreSQL and the host compete for the same cores: compare the columns of one run, not runs.
#   benchmarks/national.sh
#   PEOPLE=200000 DURATION=3 benchmarks/national.sh
set -euo pipefail
cd "$(dirname "$0")/.."
people="${PEOPLE:-1880000}"
export DURATION="${DURATION:-10}" LIST_CLIENTS="${LIST_CLIENTS:-16}"
port="${PORT:-5094}"
regions_file="$PWD/modules/Regions/DesaPlatform.Regions/Data/regions-indonesia.csv"
source benchmarks/lib/throwaway-host.sh
start_throwaway_postgres -c shared_buffers=1GB -c max_connections=300
elapsed() { local t0; t0=$(date +%s.%N); "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log" >&2; exit 1; }; printf '%.2f' "$(echo "$(date +%s.%N) - $t0" | bc)"; }

export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=false Logging__LogLevel__Default=Warning
export DataProtection__KeysDirectory="$work/keys"
build_release_host
dotnet build benchmarks/NationalReference -c Release -v q -nologo >/dev/null
host_dll=src/DesaPlatform.Host/bin/Release/net10.0/DesaPlatform.Host.dll

echo "== loading the country (PostgreSQL 15 on port $pg_port)"
start_release_host "$port" "$work/migrate.log"   # migrates and seeds
kill "$host_pid"; wait "${host_jobs[0]}" 2>/dev/null || true
import_seconds=$(elapsed dotnet "$host_dll" import regions "$regions_file")
psql -c 'create table public.regions_copy (code text, name text, level text, parent_code text, kind text)'
copy_seconds=$(elapsed psql -c "\\copy public.regions_copy from '$regions_file' csv header")
psql -c 'drop table public.regions_copy'
echo "national region import (whole process): $import_seconds s; psql \\copy of the same file: $copy_seconds s"
load_seconds=$(elapsed psql -v people="$people" -f benchmarks/national/people.sql)
analyze_seconds=$(elapsed psql -c analyze)
# The bulk load went around the host: its kept coverage (a row per village and segment) is counted by its own command.
rebuild_seconds=$(elapsed dotnet "$host_dll" rebuild coverage)
psql -c 'analyze membership.village_coverage'
read -r loaded desa jakarta < <(psql -F ' ' -c "select count(*), count(distinct \"RegionCode\"),
  count(*) filter (where \"RegionCode\" >= '31.' and \"RegionCode\" < '31/') from membership.people")
[ "$jakarta" = 0 ] || { echo "DKI Jakarta must have no people; it has $jakarta" >&2; exit 1; }
echo "people: $loaded rows in $desa desa loaded in $load_seconds s (INSERT … SELECT), ANALYZE $analyze_seconds s, rebuild coverage $rebuild_seconds s"

export DAY; DAY=$(TZ=Asia/Jakarta date +%F)   # the coverage report's day for the current year (Kalbar keeps WIB)
results="$work/results.jsonl"
echo "== GraphQL, one host"
start_release_host "$port" "$work/host-a.log"
host_a=$host_pid
BASES="http://127.0.0.1:$port" node benchmarks/national.mjs | tee -a "$results"
memory_one="$(peak_memory "$host_a"), CPU $(cpu_seconds "$host_a") s"

echo "== GraphQL, two hosts round-robin"
start_release_host "$((port + 1))" "$work/host-b.log"
host_b=$host_pid
curl -sf -c "$work/cookies" -H 'Content-Type: application/json' -d "{\"userName\":\"bpjs.kalbar\",\"password\":\"$DESA_DEMO_PASSWORD\"}" \
  "http://127.0.0.1:$port/auth/login?useCookies=true" >/dev/null
cookie_on_b=$(curl -sf -b "$work/cookies" -H 'Content-Type: application/json' -d '{"query":"{ me { userName } }"}' \
  "http://127.0.0.1:$((port + 1))/graphql")
TARGET='two hosts' BASES="http://127.0.0.1:$port,http://127.0.0.1:$((port + 1))" node benchmarks/national.mjs | tee -a "$results"

echo "== minimal API"
Statements="$PWD/benchmarks/national" \
  dotnet benchmarks/NationalReference/bin/Release/net10.0/NationalReference.dll --urls "http://127.0.0.1:$((port + 2))" >"$work/reference.log" 2>&1 &
host_jobs+=("$!")
reference=$!
until curl -s -o /dev/null "http://127.0.0.1:$((port + 2))/"; do sleep 0.2; done
MODE=reference BASES="http://127.0.0.1:$((port + 2))" node benchmarks/national.mjs | tee -a "$results"

echo "== best SQL (pgbench)"
sql() { # measure, clients, statement, variables…
  local name=$1 clients=$2 file=$3; shift 3
  local vars=(); for v in "$@"; do vars+=(-D "$v"); done
  rm -f "$work"/pgbench_log.*
  (cd "$work" && pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -M prepared -c "$clients" -j "$(( clients < 2 ? 1 : 2 ))" \
    -T "$DURATION" -l "${vars[@]}" -f "$OLDPWD/benchmarks/national/$file.sql" postgres >"$work/pgbench.out" 2>&1)
  cat "$work"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v name="$name" -v clients="$clients" \
    -v tps="$(grep -oP 'tps = \K[0-9.]+' "$work/pgbench.out")" -v failed="$(grep -oP 'failed transactions: \K[0-9]+' "$work/pgbench.out")" '
    { l[NR] = $1 }
    END { printf "{\"target\":\"sql\",\"measure\":\"%s\",\"clients\":%d,\"requests\":%d,\"rps\":%s,\"p50\":%s,\"p95\":%s,\"errors\":%d}\n",
      name, clients, NR, tps, l[int((NR + 1) * 0.5)], l[int(NR * 0.95 + 0.999)], failed }'
}
for c in 1 8 32; do sql 'coverage of a province (Kalbar 61)' "$c" coverage lo=61. hi=61/ len=5 day="$DAY"; done | tee -a "$results"
sql 'coverage of a province with no people (DKI Jakarta 31)' 1 coverage lo=31. hi=31/ len=5 day="$DAY" | tee -a "$results"
sql 'coverage of the country (national reader)' 1 coverage lo=0 hi='~' len=2 day="$DAY" | tee -a "$results"
sql 'list: 50 people of a regency (Sambas 61.01)' "$LIST_CLIENTS" list lo=61.01. hi=61.01/ | tee -a "$results"
sql 'coverage of Kalbar (61) counted from the roster in one pass, nothing kept' 1 coverage-from-roster lo=61. hi=61/ len=5 day="$DAY" |
  tee -a "$results"

echo
echo "== National benchmark: $loaded people in $desa desa; $DURATION s per measure; $(nproc) cores shared by the load generator, PostgreSQL and the hosts"
MODE=table RESULTS="$results" node benchmarks/national.mjs
echo
echo "| whole process | goal | measured |"
echo "|---|---|---|"
echo "| national region import ($(($(wc -l <"$regions_file") - 1)) rows) | ≤ 10 s and ≤ 10× psql \\copy | $import_seconds s; $(awk -v a="$import_seconds" -v b="$copy_seconds" 'BEGIN { printf "%.0f", a / b }')× psql \\copy ($copy_seconds s) |"
echo "| people load ($loaded rows, INSERT … SELECT) + ANALYZE | — | $load_seconds s + $analyze_seconds s |"
echo "| rebuild coverage (the host's command, $desa desa) | — | $rebuild_seconds s |"
echo
echo "peak memory (VmHWM): host A after the one-host run $memory_one; after both runs: host A $(peak_memory "$host_a"), host B $(peak_memory "$host_b"); minimal API $(peak_memory "$reference")"
echo "a cookie from host A on host B: $cookie_on_b"
echo "host logs: $(cat "$work"/host-*.log | grep -c '^fail:' || true) 'fail:' entries"

echo
echo "== the roster workflow on the national database (benchmarks/roster-workflow.sh: import 20,000 rows, approve 500 changes)"
PORT=$((port + 3)) benchmarks/roster-workflow.sh
