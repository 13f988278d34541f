import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { BpjsReconciliationPage } from './BpjsReconciliationPage';

const groups = (consistent: number, declaredNotActive: number, activeNotDeclared: number, unmatched: number) => ({
  consistent,
  declaredNotActive,
  activeNotDeclared,
  unmatched,
  mismatches: 1,
});

const dewi = {
  id: 'r1',
  regionCode: '61.01.01.2001',
  group: 'ACTIVE_NOT_DECLARED',
  nik: '6101011708800074',
  kpj: '11110000074',
  rosterName: 'Dewi Lestari',
  bpjsName: 'Dewi Lestari',
  segment: 'BPU',
  programs: 'JKK,JKM,JHT',
  activeAtBpjs: true,
  lastPaidMonth: '2026-11',
  nameMismatch: false,
  birthDateMismatch: false,
};

function view(regionCode: string, regions: unknown[]) {
  const run = { id: 'run1', regionCode: '61.01', asOf: '2026-11-30', fileName: 'peserta.csv', fileKept: true, participants: 5, uploadedBy: 'bpjs.sambas' };
  return {
    bpjsReconciliation: {
      regionCode,
      run,
      groups: groups(2, 1, 1, 1),
      regions,
      results: { totalCount: 1, nodes: [dewi] },
      history: [{ run, groups: groups(2, 1, 1, 1) }],
    },
  };
}

describe('BpjsReconciliationPage', () => {
  it('shows the officer the four groups of the newest list, its regions and the list to follow up, and the upload', async () => {
    const fetchMock = mockGraphql({ BpjsReconciliation: view('61.01', [{ regionCode: '61.01.01', name: 'Sambas', groups: groups(2, 1, 1, 0) }]) });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('BpjsOfficer', '61.01'), route: '/bpjs' });

    expect(await screen.findByRole('heading', { name: 'Daftar peserta per 30 Nov 2026 (peserta.csv)' })).toBeTruthy();
    const figures = within(screen.getByTestId('bpjs-groups'));
    expect(figures.getByText('Aktif di BPJS, belum tercatat').closest('div')!.textContent).toContain('1');
    const sambas = screen.getByRole('rowheader', { name: 'Sambas' }).closest('tr')!;
    expect(Array.from(sambas.children).map((c) => c.textContent)).toEqual(['Sambas', '2', '1', '1', '0']);
    expect(screen.getByRole('row', { name: /Dewi Lestari/ }).textContent).toContain('11110000074');
    expect(screen.queryByRole('button', { name: 'Ambil status BPJS ke draf' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Unggah daftar peserta BPJS' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'XLSX' }).getAttribute('href')).toBe('/api/bpjs-reconciliation/export?region=61.01&run=run1&format=xlsx');

    fireEvent.click(screen.getByRole('button', { name: 'Sambas' }));
    await screen.findByRole('link', { name: '← Wilayah di atasnya' });
    expect(callsOf(fetchMock, 'BpjsReconciliation').at(-1)).toMatchObject({ regionCode: '61.01.01', group: 'ACTIVE_NOT_DECLARED' });
  });

  it('lets the village operator take a BPJS status into the draft in one action, and offers no upload', async () => {
    const fetchMock = mockGraphql({
      BpjsReconciliation: view('61.01.01.2001', []),
      TakeBpjsStatus: { takeBpjsStatus: { person: { id: 'p1', status: 'DRAFT' }, errors: [] } },
    });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('VillageOperator', '61.01.01.2001'), route: '/bpjs' });

    fireEvent.click(await screen.findByRole('button', { name: 'Ambil status BPJS ke draf' }));
    expect(await screen.findByText('Sudah di draf; ajukan dari daftar desa.')).toBeTruthy();
    expect(callsOf(fetchMock, 'TakeBpjsStatus')[0]).toEqual({ input: { resultId: 'r1' } });
    expect(screen.queryByRole('heading', { name: 'Unggah daftar peserta BPJS' })).toBeNull();
  });
});
