import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatGap, formatPercent, formatRupiah, maskNik, ratioPercent, showTimesIn } from './format';

describe('format (id-ID)', () => {
  it('writes rupiah without decimals', () => {
    expect(formatRupiah(16800)).toBe('Rp16.800');
    expect(formatRupiah(2426640.4)).toBe('Rp2.426.640');
    expect(formatRupiah(null)).toBe('–');
  });

  it('writes percent points with two decimals and a comma', () => {
    expect(formatPercent(60.8)).toBe('60,80%');
    expect(formatPercent(ratioPercent(1, 3))).toBe('33,33%');
    expect(formatPercent(ratioPercent(0, 0))).toBe('–');
  });

  it('writes calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-01-02', 'id')).toMatch(/^2 Jan 2026$/);
    expect(formatDate('2026-08-17', 'en')).toMatch(/^17 Aug 2026$/);
  });

  it('masks a NIK unless the server already did', () => {
    expect(maskNik('6101014101900001')).toBe('610101******0001');
    expect(maskNik('610101******0001')).toBe('610101******0001');
  });

  it('writes file sizes with a decimal comma', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(109_139)).toBe('109,1 KB');
    expect(formatBytes(4_314_343)).toBe('4,3 MB');
  });

  it("shows times in the zone of the user's region", () => {
    const newYearsEve = '2026-12-31T16:30:00Z';
    showTimesIn('Asia/Jakarta');
    expect(formatDateTime(newYearsEve)).toMatch(/31 Des 2026.*23[.:]30.*WIB/);
    showTimesIn('Asia/Jayapura');
    expect(formatDateTime(newYearsEve)).toMatch(/1 Jan 2027.*01[.:]30.*WIT/);
    showTimesIn('Asia/Jakarta');
  });
});

describe('formatGap', () => {
  it('signs a gap to target in points and gives a dash without one', () => {
    expect(formatGap(1.2)).toBe('+1,20');
    expect(formatGap(-0.8)).toBe('−0,80');
    expect(formatGap(0)).toBe('+0,00');
    expect(formatGap(null)).toBe('–');
  });
});
