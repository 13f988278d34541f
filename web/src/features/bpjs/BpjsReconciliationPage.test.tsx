import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { BpjsReconciliationPage } from './BpjsReconciliationPage';

const groups = (consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number) => ({
  consistent,
  declaredNotActive,
  activeNotDeclared,
  notActiveNotDeclared,
  unmatched,
  mismatches: 1,
});

const dewi = {
  id: 'r1',
  regionCode: '61.01.01.2001',
  group: 'ACTIVE_NOT_DECLARED',
  nik: '6101011708800074',
  kpj: '11110000074',
  rosterName: 'Dewi Lestari' as string | null,
  bpjsName: 'Dewi Lestari',
  segment: 'BPU',
  programs: 'JKK,JKM,JHT',
  activeAtBpjs: true,
  protectedAtBpjs: true,
  lastPaidMonth: '2026-11',
  nameMismatch: false,
  birthDateMismatch: false,
  formerOfficial: null as null | { villageCode: string; villageName: string | null; termEnd: string },
};

const run = { id: 'run1', regionCode: '61.01', asOf: '2026-11-30', fileName: 'peserta.csv', fileKept: true, participants: 5, uploadedBy: 'bpjs.sambas' };
const older = { ...run, id: 'run0', asOf: '2026-10-31', fileName: 'oktober.csv', fileKept: false };

function view(regionCode: string, regions: unknown[], chosen: typeof run | null = null) {
  return {
    bpjsReconciliation: {
      regionCode,
      runs: [run, older],
      run: chosen,
      basedOn: [{ run: chosen ?? run, villages: 180 }],
      villages: 180,
      villagesWithoutList: 0,
      groups: groups(2, 1, 1, 3, 1),
      regions,
      results: { totalCount: 1, nodes: [dewi] },
      history: [{ run, groups: groups(2, 1, 1, 3, 1) }],
      moves: { since: null as null | { asOf: string; fileName: string }, totalCount: 0, nodes: [] as unknown[] },
    },
  };
}

describe('BpjsReconciliationPage', () => {
  it('shows the officer the groups of each village by its newest list, its regions and the list to follow up, and the upload', async () => {
    const fetchMock = mockGraphql({ BpjsReconciliation: view('61.01', [{ regionCode: '61.01.01', name: 'Sambas', groups: groups(2, 1, 1, 3, 0) }]) });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('BpjsOfficer', '61.01'), route: '/bpjs' });

    expect(await screen.findByRole('heading', { name: 'Setiap desa menurut daftar terbaru yang mencakupnya' })).toBeTruthy();
    expect(screen.getByTestId('bpjs-based-on').textContent).toBe('Per 30 Nov 2026: peserta.csv (wilayah 61.01), untuk 180 desa');
    const figures = within(screen.getByTestId('bpjs-groups'));
    expect(figures.getByText('Aktif dengan JKK dan JKM di BPJS, belum tercatat').closest('div')!.textContent).toContain('1');
    expect(figures.getByText('Tidak aktif dengan JKK dan JKM di BPJS, belum tercatat').closest('div')!.textContent).toContain('3');
    const columns = within(screen.getByRole('table', { name: 'Per wilayah di bawahnya' })).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual([
      'Wilayah',
      'Sesuai',
      'Tercatat terlindungi, tidak aktif dengan JKK dan JKM di BPJS',
      'Aktif dengan JKK dan JKM di BPJS, belum tercatat',
      'Tidak aktif dengan JKK dan JKM di BPJS, belum tercatat',
      'Di BPJS, tidak ada yang menjabat',
    ]);
    const sambas = screen.getByRole('rowheader', { name: 'Sambas' }).closest('tr')!;
    expect(Array.from(sambas.children).map((c) => c.textContent)).toEqual(['Sambas', '2', '1', '1', '3', '0']);
    expect(screen.getByRole('row', { name: /Dewi Lestari/ }).textContent).toContain('11110000074');
    expect(screen.queryByRole('button', { name: 'Ambil status BPJS ke draf' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Unggah daftar peserta BPJS' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'XLSX' }).getAttribute('href')).toBe('/api/bpjs-reconciliation/export?region=61.01&format=xlsx');

    fireEvent.click(screen.getByRole('button', { name: 'Sambas' }));
    await screen.findByRole('link', { name: '← Wilayah di atasnya' });
    expect(callsOf(fetchMock, 'BpjsReconciliation').at(-1)).toMatchObject({ regionCode: '61.01.01', group: 'ACTIVE_NOT_DECLARED' });
  });

  it('reads any kept run picked, and says how partial a figure is', async () => {
    const partial = view('61', [], older);
    partial.bpjsReconciliation.villages = 2046;
    partial.bpjsReconciliation.villagesWithoutList = 1866;
    const fetchMock = mockGraphql({ BpjsReconciliation: partial });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('ProvinceAdmin', '61'), route: '/bpjs' });

    const picker = await screen.findByLabelText('Daftar yang dibaca');
    expect(Array.from((picker as HTMLSelectElement).options).map((o) => o.textContent)).toEqual([
      'Terbaru untuk setiap desa',
      '30 Nov 2026 · peserta.csv · diunggah bpjs.sambas',
      '31 Okt 2026 · oktober.csv · diunggah bpjs.sambas (berkas sudah dihapus)',
    ]);
    fireEvent.change(picker, { target: { value: 'run0' } });
    expect(await screen.findByRole('heading', { name: 'Daftar peserta per 31 Okt 2026 (oktober.csv)' })).toBeTruthy();
    expect(callsOf(fetchMock, 'BpjsReconciliation').at(-1)).toMatchObject({ regionCode: '61', runId: 'run0' });
    expect(screen.getByTestId('bpjs-partial').textContent).toBe('1.866 dari 2.046 desa belum tercakup daftar mana pun: angka di bawah tidak memuat desa itu.');
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/bpjs-reconciliation/export?region=61&run=run0&format=csv');
  });

  it('lets the village operator take a BPJS status into the draft in one action, and offers no upload', async () => {
    const village = view('61.01.01.2001', []);
    village.bpjsReconciliation.moves = {
      since: { asOf: '2026-10-31', fileName: 'oktober.csv' },
      totalCount: 1,
      nodes: [{ regionCode: '61.01.01.2001', name: 'Dewi Lestari', nik: '6101015708800061', from: 'NOT_ACTIVE_NOT_DECLARED', to: 'ACTIVE_NOT_DECLARED' }],
    };
    const fetchMock = mockGraphql({
      BpjsReconciliation: village,
      TakeBpjsStatus: { takeBpjsStatus: { person: { id: 'p1', status: 'DRAFT' }, errors: [] } },
    });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('VillageOperator', '61.01.01.2001'), route: '/bpjs' });

    fireEvent.click(await screen.findByRole('button', { name: 'Ambil status BPJS ke draf' }));
    expect(await screen.findByText('Sudah di draf; ajukan dari daftar desa.')).toBeTruthy();
    expect(callsOf(fetchMock, 'TakeBpjsStatus')[0]).toEqual({ input: { resultId: 'r1' } });
    expect(screen.queryByRole('heading', { name: 'Unggah daftar peserta BPJS' })).toBeNull();

    // Who moved since the list before, not only the counts.
    const moves = screen.getByRole('table', { name: 'Berpindah kelompok sejak daftar 31 Okt 2026: 1 orang' });
    expect(within(moves).getByRole('row', { name: /Dewi Lestari/ }).textContent).toContain(
      'Tidak aktif dengan JKK dan JKM di BPJS, belum tercatatAktif dengan JKK dan JKM di BPJS, belum tercatat',
    );
  });

  it('marks a participant at BPJS who is no longer in office with the village and the end of the term', async () => {
    const unmatched = view('61.01', []);
    const budi = { ...dewi, id: 'r2', regionCode: '61.01', group: 'UNMATCHED', rosterName: null, bpjsName: 'Budi Santoso', nik: '6101011708800073' };
    unmatched.bpjsReconciliation.results = {
      totalCount: 2,
      nodes: [{ ...budi, formerOfficial: { villageCode: '61.01.01.2001', villageName: 'Dalam Kaum', termEnd: '2025-12-31' } }, { ...budi, id: 'r3', nik: '6101011708800099' }],
    };
    mockGraphql({ BpjsReconciliation: unmatched });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('BpjsOfficer', '61.01'), route: '/bpjs?group=UNMATCHED' });

    expect(await screen.findByRole('heading', { name: 'Di BPJS, tidak ada yang menjabat' })).toBeTruthy();
    expect(screen.getAllByTestId('bpjs-former').map((b) => b.textContent)).toEqual(['mantan perangkat Dalam Kaum, masa jabatan berakhir 31 Des 2025']);
    expect(screen.getByRole('row', { name: /6101011708800073/ }).textContent).toContain('mantan perangkat Dalam Kaum');
  });

  it('lists the lapsed memberships and those active without JKK and JKM in a group of their own, with nothing to take', async () => {
    const lapsed = view('61.01.01.2001', []);
    const siti = { ...dewi, id: 'r4', group: 'NOT_ACTIVE_NOT_DECLARED', rosterName: 'Siti Aminah', bpjsName: 'Siti Aminah', activeAtBpjs: false, protectedAtBpjs: false, lastPaidMonth: '2024-05' };
    const ahmad = { ...siti, id: 'r5', rosterName: 'Ahmad Yani', bpjsName: 'Ahmad Yani', activeAtBpjs: true, protectedAtBpjs: false, programs: 'JKK', lastPaidMonth: '2026-11' };
    lapsed.bpjsReconciliation.results = { totalCount: 2, nodes: [siti, ahmad] };
    const fetchMock = mockGraphql({ BpjsReconciliation: lapsed });
    renderWithProviders(<BpjsReconciliationPage />, { me: userWith('VillageOperator', '61.01.01.2001'), route: '/bpjs' });

    fireEvent.click(await screen.findByRole('button', { name: 'Tidak aktif dengan JKK dan JKM di BPJS, belum tercatat' }));
    expect(await screen.findByRole('heading', { name: 'Tidak aktif dengan JKK dan JKM di BPJS, belum tercatat' })).toBeTruthy();
    expect(callsOf(fetchMock, 'BpjsReconciliation').at(-1)).toMatchObject({ regionCode: '61.01.01.2001', group: 'NOT_ACTIVE_NOT_DECLARED' });
    expect(
      screen.getByText('Menjabat, belum tercatat terlindungi, dan terdaftar di BPJS tetapi nonaktif (kepesertaan terhenti: perlu diaktifkan kembali) atau aktif tanpa JKK dan JKM lengkap (programnya perlu dilengkapi).'),
    ).toBeTruthy();
    expect(screen.getByRole('row', { name: /Siti Aminah/ }).textContent).toContain('nonaktif · BPU JKK,JKM,JHT · bayar terakhir 2024-05');
    expect(screen.getByRole('row', { name: /Ahmad Yani/ }).textContent).toContain('aktif, JKK dan JKM tidak lengkap · BPU JKK');
    expect(screen.queryByRole('button', { name: 'Ambil status BPJS ke draf' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sesuai' }));
    expect(await screen.findByText('Menjabat, tercatat terlindungi, dan aktif di BPJS dengan setidaknya JKK dan JKM.')).toBeTruthy();
  });
});
