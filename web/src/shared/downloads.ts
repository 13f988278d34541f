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
