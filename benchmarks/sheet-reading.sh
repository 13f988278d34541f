#!/usr/bin/env bash
# XLSX reading: SheetReader (streamed, bounded) against the Open XML SDK's DOM reader it replaced, on a 20,000-row
# roster-like sheet and on a 1 MB zip that inflates to 1 GB. Each read runs in its own process (peak working set).
#   benchmarks/sheet-reading.sh
set -euo pipefail
cd "$(dirname "$0")/SheetReading"
dotnet build -c Release -v q -nologo >/dev/null
for file in "rows 20000" "bomb 1000"; do
  for reader in new sdk; do dotnet bin/Release/net10.0/SheetReading.dll ${file% *} "$reader" ${file#* }; done
done
