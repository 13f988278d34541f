"""Prints a province-wide roster CSV: every desa of regions-kalbar.csv under PREFIX with PEOPLE valid people each.

region_roster_file.py PREFIX PEOPLE: kode_desa first, then the village file's columns; NIKs are born in the village's
own district, unique across the file; positions are ecosystem ones (no per-village cap).
"""
import csv
import sys

prefix, people = sys.argv[1], int(sys.argv[2])
positions = ["ketua_rt", "ketua_rw", "linmas", "kader_posyandu", "pkk", "lpm", "karang_taruna", "bumdes", "marbot", "ekosistem_lainnya"]
villages = [r["code"] for r in csv.DictReader(open("modules/Regions/DesaPlatform.Regions/Data/regions-kalbar.csv"))
            if r["kind"] == "desa" and (r["code"] == prefix or r["code"].startswith(prefix + "."))]
print("kode_desa,nik,nama_lengkap,jenis_kelamin,kode_jabatan,mulai_jabatan,no_kpj,skema,program,mulai_kepesertaan")
serial = 0
for village in villages:
    district = village[:8].replace(".", "")
    for i in range(people):
        serial += 1
        day, month, year = 1 + serial % 28, 1 + (serial // 28) % 12, 60 + (serial // 336) % 40
        female = serial % 2 == 1
        nik = f"{district}{day + (40 if female else 0):02d}{month:02d}{year:02d}{serial % 10000:04d}"
        enrolled = i % 3 != 0
        kpj, scheme, programs, start = (f"{9000000000 + serial}", "BPU", "JKK JKM", "01/03/2024") if enrolled else ("", "", "", "")
        print(f"{village},{nik},Warga {serial},{'P' if female else 'L'},{positions[i % len(positions)]},01/01/2024,{kpj},{scheme},{programs},{start}")
