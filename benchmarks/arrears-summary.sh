#!/usr/bin/env bash
# Benchmark (not a test): the arrears of all Kalbar to the last closed month on PostgreSQL, and the province's coverage
# report that carries the ARREARS indicator.
#   ConnectionStrings__Desa="Host=127.0.0.1;Port=5432;Username=postgres;Database=desa_arrears" SEED=1 benchmarks/arrears-summary.sh
# The first start migrates the database and fills every Kalbar desa with the demo's synthetic roster (Demo__SampleData);
# SEED=1 then writes twelve months of payments once. Prints each run's time and the whole process's time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ConnectionStrings__Desa:?set ConnectionStrings__Desa to a PostgreSQL database}"
export DESA_DEMO_PASSWORD="${DESA_DEMO_PASSWORD:-Bench-Pass-2026}"
dotnet build -c Release -v q -nologo -p:SkipPortal=true benchmarks/ArrearsSummary
/usr/bin/time -v dotnet benchmarks/ArrearsSummary/bin/Release/net10.0/ArrearsSummary.dll 2> >(grep -E "Elapsed \(wall|Maximum resident" >&2)
