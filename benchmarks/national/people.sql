-- The national roster of benchmarks/national.sh: :people people (psql -v people=N) across every desa (10th code
-- character 2 or 3; kelurahan have no village roster), as official versions approved by one submission per village,
-- plus a pending change in every 500th desa. Deterministic: everything derives from the row number g, so two runs load
-- the same rows. Person g sits in desa (g mod desa count) at slot (g div desa count); the slot decides the position:
-- 1 kepala desa, 10 perangkat, 7 BPD, then the village ecosystem.
\set ON_ERROR_STOP on
begin;
create temp table desa on commit drop as
  select (row_number() over (order by "Code") - 1)::int as no, "Code" as code
  from regions.regions where "Level" = 'Village' and substr("Code", 10, 1) in ('2', '3');
create unique index on desa (no);
analyze desa;

create temp table slots on commit drop as
  select (ordinality - 1)::int as slot, code from unnest(array[
    'kepala_desa', 'sekretaris_desa', 'kaur_tu_umum', 'kaur_keuangan', 'kaur_perencanaan', 'kasi_pemerintahan',
    'kasi_kesejahteraan', 'kasi_pelayanan', 'kepala_dusun', 'kepala_dusun', 'kepala_dusun',
    'bpd_ketua', 'bpd_wakil_ketua', 'bpd_sekretaris', 'bpd_anggota', 'bpd_anggota', 'bpd_anggota', 'bpd_anggota'])
    with ordinality as t(code, ordinality);
create temp table ecosystem on commit drop as
  select (ordinality - 1)::int as no, code from unnest(array[
    'ketua_rt', 'ketua_rw', 'linmas', 'kader_posyandu', 'pkk', 'karang_taruna', 'ketua_rt', 'lpm', 'bumdes', 'marbot'])
    with ordinality as t(code, ordinality);

insert into membership.submissions ("Id", "RegionCode", "Status", "SubmittedAt", "SubmittedBy", "PeopleCount",
  "ReviewedAt", "ReviewedBy", "Version", "AddedCount")
select md5('approved ' || no)::uuid, code, 'Approved', timestamptz '2025-01-06 09:00+07', 'op.bench',
  :people / (select count(*) from desa) + (no < :people % (select count(*) from desa))::int,
  timestamptz '2025-01-08 10:00+07', 'dpmd.bench', 2,
  :people / (select count(*) from desa) + (no < :people % (select count(*) from desa))::int
from desa;

create temp table generated on commit drop as
select g, d.code as village, g / n.count as slot, coalesce(s.code, e.code) as position,
  g % 100 * 19 % 100 as draw, g % 1461 as days
from generate_series(0, :people - 1) g
cross join (select count(*)::int as count from desa) n
join desa d on d.no = g % n.count
left join slots s on s.slot = g / n.count
left join ecosystem e on s.slot is null and e.no = (g / n.count - 18) % 10;

-- NIK: the desa's kecamatan, a birth date from the slot (day + 40 for women) and the year from g, the desa's
-- 4-digit number as serial: unique per kecamatan while a desa has fewer than 336 people.
insert into membership.people ("Id", "EntryId", "RegionCode", "FullName", "Nik", "Sex", "BirthDate", "PositionCode",
  "TermStart", "Appointment", "kpj", "scheme", "programs", "wage_base", "enrollment_start", "enrollment_status",
  "CoveredFrom", "Status", "SubmissionId", "ApprovedAt", "Version")
select md5('person ' || g)::uuid, md5('entry ' || g)::uuid, village,
  (array['Ahmad', 'Budi', 'Agus', 'Hendra', 'Yusuf', 'Siti', 'Dewi', 'Nur', 'Rina', 'Wati'])[1 + (slot % 2) * 5 + g % 5] || ' ' ||
  (array['Santoso', 'Hidayat', 'Lestari', 'Saputra', 'Wijaya', 'Rahman', 'Purba', 'Siregar', 'Nasution', 'Hasibuan',
         'Gultom', 'Tambunan'])[1 + (g / 10) % 12],
  replace(substr(village, 1, 8), '.', '') || lpad((1 + slot % 28 + (slot % 2) * 40)::text, 2, '0')
    || lpad((1 + (slot / 28) % 12)::text, 2, '0') || lpad((55 + g % 45)::text, 2, '0') || substr(village, 10, 4),
  case slot % 2 when 0 then 'Male' else 'Female' end,
  make_date(1955 + g % 45, 1 + (slot / 28) % 12, 1 + slot % 28),
  position, date '2021-01-01' + days, 'Definitive',
  case when draw < 75 then lpad((10000000000 + g)::text, 11, '0') end,
  case when draw < 75 then (case when position like 'bpd%' or slot < 11 then 'Pu' else 'Bpu' end) end,
  case when draw < 75 then (case when draw < 70 then 'Jkk,Jkm' else 'Jkk' end) end,
  case when draw < 75 then 2022200 end,
  case when draw < 75 then date '2021-01-01' + days + 30 end,
  case when draw < 75 then (case when draw < 68 then 'Active' else 'Inactive' end) end,
  -- covered: an active enrollment with JKK and JKM (68% of the people)
  case when draw < 68 then date '2021-01-01' + days + 30 end,
  'Official', md5('approved ' || (g % (select count(*) from desa)))::uuid, timestamptz '2025-01-08 10:00+07', 2
from generated
order by village, slot; -- a village's roster is entered together: its rows lie together, as they would in use

-- A few changes waiting for approval: the kepala desa of every 500th desa renamed, in a submitted submission.
insert into membership.submissions ("Id", "RegionCode", "Status", "SubmittedAt", "SubmittedBy", "PeopleCount",
  "Version", "ChangedCount")
select md5('pending ' || no)::uuid, code, 'Submitted', timestamptz '2026-11-02 09:00+07', 'op.bench', 1, 1, 1
from desa where no % 500 = 0 and no < :people;
insert into membership.people ("Id", "EntryId", "BasedOnId", "RegionCode", "FullName", "Nik", "Sex", "BirthDate",
  "PositionCode", "TermStart", "Appointment", "kpj", "scheme", "programs", "wage_base", "enrollment_start",
  "enrollment_status", "CoveredFrom", "Status", "SubmissionId", "Version")
select md5('pending person ' || d.no)::uuid, p."EntryId", p."Id", p."RegionCode", p."FullName" || ' (ubah)', p."Nik",
  p."Sex", p."BirthDate", p."PositionCode", p."TermStart", p."Appointment", p."kpj", p."scheme", p."programs",
  p."wage_base", p."enrollment_start", p."enrollment_status", p."CoveredFrom", 'Pending', md5('pending ' || d.no)::uuid, 1
from desa d join membership.people p on p."Id" = md5('person ' || d.no)::uuid
where d.no % 500 = 0;
commit;
