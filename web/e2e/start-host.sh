#!/usr/bin/env bash
# Starts the real DesaPlatform host for the end-to-end tests on a fresh SQLite database.
# The host must already be built (tests/run.sh runs `dotnet build` first), hence --no-build.
set -euo pipefail
cd "$(dirname "$0")/../.."   # repository root

port="${E2E_PORT:-5099}"
db="${E2E_DB:-${TMPDIR:-/tmp}/desa-e2e-${port}.db}"
rm -f "$db" "$db-shm" "$db-wal"

export ConnectionStrings__Desa="Data Source=$db"
export DESA_DEMO_PASSWORD="${DESA_DEMO_PASSWORD:-Demo-Pass-2026}"
# The specs build their own rosters on empty villages: no sample data (E2E_SAMPLE_DATA=true to look at it).
export Demo__SampleData="${E2E_SAMPLE_DATA:-false}"
exec dotnet run --no-build --no-launch-profile --project src/DesaPlatform.Host --urls "http://127.0.0.1:${port}"
