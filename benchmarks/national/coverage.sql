-- The figures of one region's coverage report for today, rolled up from the kept summary (membership.village_coverage,
-- a row per village and segment) in one statement (benchmarks/national.sh: pgbench and the reference API run it): per
-- child region and segment, people in office and covered; per child the desa with a covered person and the desa on
-- file; the changes pending. :lo/:hi are the region's code range (61. and 61/), :len the length of a child's code.
-- Rows the calendar expired are not recounted here (the benchmark's roster has none).
with kept as (
  select * from membership.village_coverage where "RegionCode" >= :lo and "RegionCode" < :hi)
select substr("RegionCode", 1, :len) as child, "Segment" as segment, sum("InOffice")::int as people,
  sum("Covered")::int as covered
from kept where "InOffice" > 0 group by 1, 2
union all
select substr("RegionCode", 1, :len), 'desa covered', count(distinct "RegionCode")::int, 0 from kept
where "Covered" > 0 and substr("RegionCode", 10, 1) <> '1' group by 1
union all
select substr("Code", 1, :len), 'desa on file', count(*)::int, 0 from regions.regions
where "Code" >= :lo and "Code" < :hi and "Level" = 'Village' and "RetiredOn" is null and "Kind" in ('Desa', 'DesaAdat')
group by 1
union all
select null, 'pending', coalesce(sum("Pending"), 0)::int, 0 from kept;
