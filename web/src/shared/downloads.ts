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
