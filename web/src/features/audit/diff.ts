/**
 * One changed value of an audit entry: the field, its value before and after (either may be absent). An import's
 * summary lists its rows (an array of objects): those come as items too, to be shown as a table of their own.
 */
export interface DiffRow {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
  items?: Record<string, unknown>[];
}

/** Reads a before/after JSON text: an object of changed values; anything else is kept whole under "". */
export function auditValues(json: string | null | undefined): Record<string, unknown> | null {
  if (json == null || json === '') return null;
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { '': value };
  } catch {
    return { '': json };
  }
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The fields of both sides, in the order they first appear (before first), with what changed marked. */
export function auditDiff(before: string | null | undefined, after: string | null | undefined): DiffRow[] {
  const b = auditValues(before) ?? {};
  const a = auditValues(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const was = show(b[key]);
    const is = show(a[key]);
    const items = itemsOf(a[key]);
    return { key, before: was, after: is, changed: was !== is, ...(items && { items }) };
  });
}

function itemsOf(value: unknown): Record<string, unknown>[] | null {
  return Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))
    ? (value as Record<string, unknown>[])
    : null;
}
