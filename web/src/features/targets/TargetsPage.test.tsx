import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { TargetsPage } from './TargetsPage';

function row(regionCode: string, regionName: string, year: number, percent: number, setFor: string) {
  return { regionCode, regionName, year, indicator: { code: 'UCJ' }, target: { percent, setFor, inherited: setFor !== regionCode } };
}

const sheet = {
  targets: { regionCode: '61', rows: [row('61', 'Kalimantan Barat', 2026, 60.8, '61'), row('61.01', 'Kabupaten Sambas', 2026, 60.8, '61')] },
  indicators: [{ code: 'UCJ', nameId: 'Universal Coverage Jamsostek (UCJ)', nameEn: 'UCJ', formulaId: 'peserta ÷ penduduk bekerja', formulaEn: 'participants ÷ working' }],
  region: { code: '61', name: 'Kalimantan Barat', children: { nodes: [{ code: '61.01', name: 'Kabupaten Sambas' }] } },
};

describe('TargetsPage', () => {
  it('shows own and inherited targets, and the province admin gives a regency its own', async () => {
    const saved = { setTarget: { target: { indicator: 'UCJ', regionCode: '61.01', year: 2026, percent: 62 }, errors: [] } };
    const fetchMock = mockGraphql({ TargetSheet: sheet, SetTarget: saved });
    renderWithProviders(<TargetsPage />, { me: userWith('ProvinceAdmin') });

    const sambas = (await screen.findByText('Kabupaten Sambas')).closest('tr')!;
    expect(sambas.textContent).toContain('60,80% (mengikuti 61)');
    fireEvent.click(within(sambas).getByRole('button', { name: 'Ubah target Kabupaten Sambas 2026' }));
    fireEvent.change(screen.getByLabelText('Persen'), { target: { value: '62,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await vi.waitFor(() =>
      expect(callsOf(fetchMock, 'SetTarget')[0]).toEqual({ input: { indicator: 'UCJ', regionCode: '61.01', year: 2026, percent: 62.5 } }),
    );
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Target Kabupaten Sambas 2026 disimpan.');
  });

  it('words a refused target and lets a viewer only read', async () => {
    const refused = { setTarget: { target: null, errors: [{ code: 'TARGET_PERCENT', field: 'percent', message: 'x', values: [] }] } };
    mockGraphql({ TargetSheet: sheet, SetTarget: refused });
    renderWithProviders(<TargetsPage />, { me: userWith('ProvinceAdmin') });
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah target Kalimantan Barat 2026' }));
    fireEvent.change(screen.getByLabelText('Persen'), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Target harus antara 0 dan 100 persen, paling banyak dua desimal.');
  });

  it('is read-only for a viewer', async () => {
    mockGraphql({ TargetSheet: sheet });
    renderWithProviders(<TargetsPage />, { me: userWith('Viewer') });
    expect(await screen.findByText('Hanya admin provinsi yang menetapkan target.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ubah target/ })).toBeNull();
  });
});
