-- A viewer of DKI Jakarta for benchmarks/national.sh: bpjs.kalbar's account (and password) copied with scope 31.
insert into access."AspNetUsers" ("Id", "FullName", "Role", "RegionCode", "UserName", "NormalizedUserName",
  "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
  "LockoutEnabled", "AccessFailedCount", "IsDisabled", "MustChangePassword")
select md5('bpjs.jakarta')::uuid::text, 'BPJS Jakarta (benchmark)', "Role", '31', 'bpjs.jakarta', 'BPJS.JAKARTA',
  "EmailConfirmed", "PasswordHash", md5('stamp bpjs.jakarta'), md5('concurrency bpjs.jakarta'), false, false,
  "LockoutEnabled", 0, false, false
from access."AspNetUsers" where "UserName" = 'bpjs.kalbar';
