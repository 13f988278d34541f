"""Prints a BPJS participant list CSV for the roster people whose NIKs come on stdin, one "nik|region_code" a line.

bpjs_participant_file.py TOTAL [PREFIX]: nine in ten roster people under PREFIX (default: all) are listed (one in seven
of them non-active), then participants no roster knows until the list holds TOTAL rows (0: no cap, none unknown).
"""
import sys

total = int(sys.argv[1])
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
people = [line.strip().split("|") for line in sys.stdin if line.strip()]
people = [nik for nik, region in people if region == prefix or region.startswith(prefix + ".") or not prefix]
known = set(people)
print("nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar")
rows = 0
for i, nik in enumerate(people):
    if i % 10 == 9 or (total and rows >= total):
        continue
    rows += 1
    status, paid = ("nonaktif", "2025-03") if i % 7 == 0 else ("aktif", "2026-10")
    print(f"{nik},Warga {i},{8000000000 + i},BPU,\"JKK,JKM\",{status},{paid}")
serial = 0
while rows < total:
    serial += 1
    nik = f"610101{1 + serial % 28:02d}{1 + (serial // 28) % 12:02d}{70 + (serial // 336) % 20:02d}{serial % 10000:04d}"
    if nik in known:
        continue
    known.add(nik)
    rows += 1
    print(f"{nik},Peserta {serial},{7000000000 + serial},PU,\"JKK,JKM\",aktif,2026-10")
