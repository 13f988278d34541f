-- A page of 50 current roster entries of a region, as the benchmark's GraphQL list shows them (benchmarks/national.sh:
-- pgbench and the reference API run it): the draft or pending version of an entry, else its official one.
select p."Id", p."FullName", p."Nik", p."Status", p."CoveredFrom", p."TermStart", p."TermEnd", s."Code", s."Name"
from membership.people p join membership.positions s on s."Code" = p."PositionCode"
where p."RegionCode" >= :lo and p."RegionCode" < :hi
  and (p."Status" in ('Draft', 'Pending') or p."Status" = 'Official' and not exists (
    select 1 from membership.people c
    where c."RegionCode" >= :lo and c."RegionCode" < :hi and c."EntryId" = p."EntryId" and c."Status" in ('Draft', 'Pending')))
order by p."RegionCode", p."Id"
limit 51;
