#!/usr/bin/env bash
# Benchmark (not a test): the budget gap and the cost of reaching the targets of all Kalbar for one year, on PostgreSQL.
#   ConnectionStrings__Desa="Host=127.0.0.1;Port=5432;Username=postgres;Database=desa_gap" benchmarks/budget-gap.sh
# The first start migrates the database and fills every Kalbar desa with the demo's synthetic roster (Demo__SampleData).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ConnectionStrings__Desa:?set ConnectionStrings__Desa to a PostgreSQL database}"
export DESA_DEMO_PASSWORD="${DESA_DEMO_PASSWORD:-Bench-Pass-2026}"
dotnet run -c Release -p:SkipPortal=true --project benchmarks/BudgetGap
