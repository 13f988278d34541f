-- The figures of coverage.sql counted from the roster itself, in one pass, as if nothing were kept
-- (benchmarks/national.sh runs it with pgbench, for comparison): per child region and segment, people in office and
-- covered on :day, and the desa with a covered person; per child the desa on file; the changes pending.
with village as (
  select p."RegionCode" as code, s."Segment" as segment, count(*) as in_office,
    count(*) filter (where p."CoveredFrom" <= :day) as covered
  from membership.people p join membership.positions s on s."Code" = p."PositionCode"
  where p."RegionCode" >= :lo and p."RegionCode" < :hi and p."Status" = 'Official'
    and p."TermStart" <= :day and (p."TermEnd" is null or p."TermEnd" >= :day)
  group by 1, 2)
select substr(code, 1, :len) as child, segment, sum(in_office)::int as people, sum(covered)::int as covered
from village group by 1, 2
union all
select substr(code, 1, :len), 'desa covered', count(distinct code)::int, 0 from village
where covered > 0 and substr(code, 10, 1) <> '1' group by 1
union all
select substr("Code", 1, :len), 'desa on file', count(*)::int, 0 from regions.regions
where "Code" >= :lo and "Code" < :hi and "Level" = 'Village' and "RetiredOn" is null and "Kind" in ('Desa', 'DesaAdat')
group by 1
union all
select null, 'pending', count(*)::int, 0 from membership.people
where "RegionCode" >= :lo and "RegionCode" < :hi and "Status" = 'Pending';
