#!/usr/bin/env bash
# PostgreSQL restarted under load (not part of tests/run.sh): the Release host on its own throwaway PostgreSQL 15
# cluster with the demo data; CLIENTS clients for DURATION seconds send signed-in reads (80%: people of a village and of
# the regency, coverage of the province, me) and writes (20%: addPerson into the drafts of VILLAGES villages, one new
# operator each); at DURATION/2 PostgreSQL is restarted (pg_ctl restart -m fast). The load generator is
# benchmarks/restart-under-load.mjs (Node 20, no dependency). Prints req/s, p50/p95/p99 per operation, errors by kind
# (HTTP status or GraphQL error; UserErrors in a payload are counted apart), the acknowledged writes that are not in
# membership.people afterwards (lost), the writes that got an error but were saved anyway, and the host's peak memory
# (VmHWM) and CPU time. Run as root (the cluster runs as the postgres user); the cluster is removed afterwards.
#   benchmarks/restart-under-load.sh
#   CLIENTS=50 DURATION=20 VILLAGES=8 benchmarks/restart-under-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5099}"
export CLIENTS="${CLIENTS:-200}" DURATION="${DURATION:-60}"
village_count="${VILLAGES:-24}"
source benchmarks/lib/throwaway-host.sh
start_throwaway_postgres

export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=false Logging__LogLevel__Default=Warning
build_release_host
start_release_host "$port" "$work/host.log"
pid=$host_pid

# Villages spread over the province, evenly through the region list.
VILLAGES=$(awk -F, '$3 == "village" { print $1 }' modules/Regions/DesaPlatform.Regions/Data/regions-kalbar.csv |
  awk -v n="$village_count" '{ v[NR] = $0 } END { for (i = 0; i < n; i++) printf "%s%s", (i ? "," : ""), v[1 + int(i * NR / n)] }')
export VILLAGES BASE="http://127.0.0.1:$port" ACKED_FILE="$work/acked.csv" UNKNOWN_FILE="$work/unknown.csv"
export RESTART_COMMAND="runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -m fast -w restart"

cpu_before=$(cpu_seconds "$pid")
node benchmarks/restart-under-load.mjs
cpu_after=$(cpu_seconds "$pid")

echo "host: peak memory (VmHWM) $(peak_memory "$pid"), CPU time during the run $(echo "$cpu_after - $cpu_before" | bc) s (total $cpu_after s) on $(nproc) cores shared with the load generator"
echo "host log: $(grep -c '^fail:' "$work/host.log" || true) 'fail:' entries; exceptions named:"
grep -oE '\b(Npgsql|System)(\.[A-Za-z]+)*Exception( \(0x[0-9A-F]+\))?:' "$work/host.log" | sed -E 's/( \(.*\))?:$//' | sort | uniq -c | sort -rn | head -8 || true

# The host's pooled connections hold every PostgreSQL connection slot: stop it before looking.
kill "$pid"; wait "${host_jobs[0]}" || true
psql <<SQL
create temp table acked (id uuid, nik text);
\copy acked from '$work/acked.csv' csv
create temp table unknown (nik text);
\copy unknown from '$work/unknown.csv' csv
select 'acknowledged writes lost (not in membership.people): '
  || (select count(*) from acked a where not exists (select 1 from membership.people p where p."Id" = a.id));
select 'writes answered with an error that were saved anyway: '
  || (select count(*) from unknown u where exists (select 1 from membership.people p where p."Nik" = u.nik));
SQL
