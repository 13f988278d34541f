/** The server's file downloads (CSV or XLSX), as links: every feature that offers one builds it here. */
export type FileFormat = 'csv' | 'xlsx';

/** The current roster of a village, or of every village under a region. */
export function rosterExportUrl(regionCode: string, format: FileFormat): string {
  return `/api/roster/export?region=${encodeURIComponent(regionCode)}&format=${format}`;
}

/** The roster spreadsheet's header with one example row. */
export function rosterTemplateUrl(villageCode: string, format: FileFormat): string {
  return `/api/roster/template?village=${encodeURIComponent(villageCode)}&format=${format}`;
}

/** The UCJ import's header with one example row of the region. */
export function ucjTemplateUrl(regionCode: string, format: FileFormat): string {
  return `/api/ucj-inputs/template?region=${encodeURIComponent(regionCode)}&format=${format}`;
}

/**
 * Every audit entry the audit page's search finds, not only the page on screen: texts match in part, the module and
 * entity id exactly, `from` and `to` are whole days (yyyy-MM-dd) where the reader is.
 */
export function auditExportUrl(
  search: { user: string; module: string; entity: string; entityId: string; action: string; from: string; to: string },
  format: FileFormat,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) if (value.trim() !== '') params.set(key, value.trim());
  params.set('format', format);
  return `/api/audit/export?${params.toString()}`;
}

/** A village's budget plan (its latest revision) as a Siskeudes-style RAB. */
/** A village's plan as a Siskeudes-style RAB; a regency's (a two-part code) as its APBD plan. */
export function budgetPlanExportUrl(regionCode: string, year: number, format: FileFormat): string {
  const code = encodeURIComponent(regionCode);
  return regionCode.split('.').length === 2
    ? `/api/budget-plans/export/regency?regency=${code}&year=${year}&format=${format}`
    : `/api/budget-plans/export?village=${code}&year=${year}&format=${format}`;
}

/** A region's budget gap for a year: the region and each child region, all payers then each payer. */
export function budgetGapExportUrl(regionCode: string, year: number, format: FileFormat): string {
  return `/api/budget-gap/export?region=${encodeURIComponent(regionCode)}&year=${year}&format=${format}`;
}

/** The cost of reaching a target year's targets under a scenario (BPD as policy/BPU/PU, JHT for the kepala desa). */
export function targetCostExportUrl(
  regionCode: string, year: number, switches: { bpdAs: 'POLICY' | 'BPU' | 'PU'; jhtForKepalaDesa: boolean }, format: FileFormat,
): string {
  const params = new URLSearchParams({ region: regionCode, year: String(year), bpdAs: switches.bpdAs.toLowerCase(), format });
  if (switches.jhtForKepalaDesa) params.set('jht', 'true');
  return `/api/target-cost/export?${params.toString()}`;
}

/** The BPJS participant list's header with one example row. */
export function bpjsTemplateUrl(format: FileFormat): string {
  return `/api/bpjs-participants/template?format=${format}`;
}

/** Every result of a BPJS reconciliation run in a region (the newest covering it unless a run is named). */
/** Without a run: each village's newest list, as the page's default view. */
export function bpjsReconciliationExportUrl(regionCode: string, runId: string | null, format: FileFormat): string {
  const run = runId ? `&run=${encodeURIComponent(runId)}` : '';
  return `/api/bpjs-reconciliation/export?region=${encodeURIComponent(regionCode)}${run}&format=${format}`;
}
