"""Prints a roster CSV of N valid people in ecosystem positions (no per-village limit).

roster_file.py N KECAMATAN [SALT] [edit]: with "edit", the same people as without it, half renamed and half with their
term ended, so importing it over the first file changes every row.
"""
import sys

count, district = int(sys.argv[1]), sys.argv[2]
salt = int(sys.argv[3]) if len(sys.argv) > 3 else 0
edit = len(sys.argv) > 4 and sys.argv[4] == "edit"
positions = ["ketua_rt", "ketua_rw", "linmas", "kader_posyandu", "pkk", "lpm", "karang_taruna", "bumdes", "marbot", "ekosistem_lainnya"]
print("nik,nama_lengkap,jenis_kelamin,kode_jabatan,mulai_jabatan,akhir_jabatan,no_kpj,skema,program,mulai_kepesertaan")
for i in range(count):
    day, month, year = 1 + i % 28, 1 + (i // 28) % 12, 60 + (i // 336) % 40
    female = i % 2 == 1
    nik = f"{district}{day + (40 if female else 0):02d}{month:02d}{year:02d}{(salt * 1000 + i % 1000) % 10000:04d}"
    enrolled = i % 3 != 0
    kpj, scheme, programs, start = (f"{9000000000 + i}", "BPU", "JKK JKM", "01/03/2024") if enrolled else ("", "", "", "")
    name = f"Warga {i}" + (" Putra" if edit and i % 2 == 0 else "")
    term_end = "30/06/2026" if edit and i % 2 == 1 else ""
    print(f"{nik},{name},{'P' if female else 'L'},{positions[i % len(positions)]},01/01/2024,{term_end},{kpj},{scheme},{programs},{start}")
