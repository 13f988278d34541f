#!/usr/bin/env bash
# Runs every test of DesaPlatform: .NET tests on PostgreSQL and on SQLite, the portal's tests, and the end-to-end
# browser tests (Playwright in Debian's Chromium) with the graphql-http audit. On a fresh Debian 12 machine with the
# .NET 10 SDK and Node 20 it first installs what is missing. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_packages=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "== installing ${need_packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

echo "== starting a throwaway PostgreSQL"
pg_dir=$(mktemp -d /tmp/desa-pg.XXXXXX)
chown postgres "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg() { runuser -u postgres -- "/usr/lib/postgresql/15/bin/$@"; }
cleanup() {
  pg pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "${log_dir:-}"
}
trap cleanup EXIT
pg initdb -D "$pg_dir/data" -U postgres -A trust >/dev/null
pg pg_ctl -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" -l "$pg_dir/log" -w start >/dev/null
export DESA_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

log_dir=$(mktemp -d /tmp/desa-test-logs.XXXXXX)
passed=0
# Adds what a step's output says passed.
count_passed() {
  local count
  count=$(sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | tail -1)
  passed=$((passed + ${count:-0}))
}
# Runs one test step, keeping its output to count what passed (the step's own exit code still decides).
step() {
  local name=$1 pattern=$2; shift 2
  echo "== $name"
  "$@" 2>&1 | tee "$log_dir/step.log"
  count_passed "$log_dir/step.log" "$pattern"
}

echo "== building"
(cd web && npm ci --no-audit --no-fund --loglevel=error)
dotnet build DesaPlatform.sln -c Debug -v q -nologo

set -o pipefail
# The two databases' runs are independent (every test class makes a database of its own) and each runs its tests one
# at a time: side by side they share the two cores, a few minutes sooner than one after the other.
echo "== .NET tests on PostgreSQL and on SQLite, side by side"
env DESA_TEST_DATABASE=postgres dotnet test tests/DesaPlatform.Tests --no-build -v q --nologo > "$log_dir/postgres.log" 2>&1 &
postgres_run=$!
sqlite_status=0
env DESA_TEST_DATABASE=sqlite dotnet test tests/DesaPlatform.Tests --no-build -v q --nologo > "$log_dir/sqlite.log" 2>&1 || sqlite_status=$?
postgres_status=0
wait "$postgres_run" || postgres_status=$?
for database in postgres sqlite; do
  echo "== .NET tests on $database"
  cat "$log_dir/$database.log"
  count_passed "$log_dir/$database.log" 'Passed: +[0-9]+'
done
if [ "$postgres_status" -ne 0 ] || [ "$sqlite_status" -ne 0 ]; then
  echo "== .NET tests failed (PostgreSQL exit $postgres_status, SQLite exit $sqlite_status)"
  exit 1
fi
step "portal tests" 'Tests +[0-9]+ passed' bash -c 'cd web && npm test'
step "end-to-end tests (Chromium) and graphql-http audit" '[0-9]+ passed' bash -c 'cd web && npm run e2e'

rm -rf "$log_dir"
echo "all tests: $passed passed, 0 failed"
