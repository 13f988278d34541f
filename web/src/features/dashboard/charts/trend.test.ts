import { describe, expect, it } from 'vitest';
import { formatMonth, monthsBetween, projectionLine, trendRows } from './trend';

describe('trend rows', () => {
  it('counts months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('fills every month from the first figure to the last projected one, with the target of its year', () => {
    const rows = trendRows(
      [
        { month: '2025-11', value: 40 },
        { month: '2026-01', value: 45 },
      ],
      [
        { year: 2025, value: 59.56 },
        { year: 2026, value: 60.8 },
      ],
      [{ month: '2026-03', value: 50 }],
    );
    expect(rows).toEqual([
      { month: '2025-11', actual: 40, target: 59.56, projection: null },
      { month: '2025-12', actual: null, target: 59.56, projection: null },
      { month: '2026-01', actual: 45, target: 60.8, projection: null },
      { month: '2026-02', actual: null, target: 60.8, projection: null },
      { month: '2026-03', actual: null, target: 60.8, projection: 50 },
    ]);
    // The dashed line starts where the solid one ends.
    expect(projectionLine(rows)).toEqual([null, null, 45, null, 50]);
    expect(projectionLine(trendRows([{ month: '2026-01', value: 45 }], []))).toEqual([null]);
    expect(trendRows([], [{ year: 2026, value: 60.8 }])).toEqual([]);
  });

  it('names months in the UI language', () => {
    expect(formatMonth('2026-03', 'id')).toBe('Mar 2026');
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
    expect(formatMonth('2026-08', 'id')).toBe('Agu 2026');
  });
});
