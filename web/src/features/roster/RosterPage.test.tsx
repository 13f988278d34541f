import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { RosterPage } from './RosterPage';

const person = (over: Record<string, unknown>) => ({
  id: 'p1',
  fullName: 'Ahmad Yani',
  nik: '610101******0001',
  position: { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA' },
  termStart: '2024-03-01',
  termEnd: null,
  appointment: 'DEFINITIVE',
  status: 'DRAFT',
  covered: true,
  reviewComment: null,
  warnings: [],
  payablePremium: { amount: 13104 },
  enrollment: { kpj: '12345678901', programs: ['JKK', 'JKM'], status: 'ACTIVE' },
  ...over,
});

const rosterData = {
  data: {
    region: { code: '61.01.01.2001', name: 'Dalam Kaum', kind: 'DESA', level: 'VILLAGE' },
    people: {
      totalCount: 2,
      nodes: [
        person({}),
        person({
          id: 'p2',
          fullName: 'Siti Aminah',
          nik: '610101******0002',
          position: { code: 'BPD_KETUA', name: 'Ketua BPD', segment: 'BPD' },
          termStart: '2020-01-01',
          termEnd: '2026-01-01',
          appointment: 'ACTING',
          status: 'OFFICIAL',
          covered: false,
          reviewComment: 'SK belum dilampirkan.',
          warnings: [{ code: 'NOT_COVERED', message: 'Belum terlindungi: perlu kepesertaan aktif dengan paling sedikit JKK dan JKM.' }],
          enrollment: null,
        }),
      ],
    },
    submissions: { nodes: [] },
    timeline: {
      totalCount: 2,
      nodes: [
        { submissionId: 's1', kind: 'RETURNED', at: '2026-02-03T02:00:00Z', by: 'dpmd.sambas', reason: 'Lengkapi SK.', changes: 2 },
        { submissionId: 's1', kind: 'SUBMITTED', at: '2026-02-01T02:00:00Z', by: 'op.dalamkaum', reason: null, changes: 2 },
      ],
    },
  },
};

describe('RosterPage', () => {
  it('groups the roster by segment with term, appointment, status, warnings and remarks', async () => {
    mockFetch({ body: rosterData });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    expect(await screen.findByRole('heading', { name: 'Daftar orang — Dalam Kaum' })).toBeTruthy();
    const aparatur = screen.getByRole('region', { name: /Aparatur desa/ });
    const row = within(aparatur).getByRole('row', { name: /Ahmad Yani/ });
    const cells = within(row);
    expect(cells.getByRole('link', { name: 'Ahmad Yani' }).getAttribute('href')).toBe('/roster/person/p1');
    expect(cells.getByText('610101******0001')).toBeTruthy();
    expect(row.textContent).toContain('Kepala Desa');
    expect(row.textContent).toContain('Definitif');
    expect(row.textContent).toContain('1 Mar 2024 – sekarang');
    expect(cells.getByText('Draf')).toBeTruthy();
    expect(cells.getByText('Ya')).toBeTruthy();
    expect(cells.getByText('Rp13.104')).toBeTruthy();

    const bpd = within(screen.getByRole('region', { name: /BPD/ })).getByRole('row', { name: /Siti Aminah/ });
    expect(bpd.textContent).toContain('Plt/Pj');
    expect(bpd.textContent).toContain('Resmi');
    expect(bpd.textContent).toContain('Tidak');
    expect(bpd.textContent).toContain('Catatan peninjau: SK belum dilampirkan.');
    expect(bpd.textContent).toContain('Belum terlindungi: perlu kepesertaan aktif dengan paling sedikit JKK dan JKM.');
    expect(bpd.textContent).toContain('Masa jabatan berakhir');
    expect(screen.queryByRole('region', { name: /Ekosistem desa/ })).toBeNull();

    // Operator actions, downloads for everyone, templates for the operator.
    expect(screen.getByRole('link', { name: 'Tambah orang' }).getAttribute('href')).toBe('/roster/61.01.01.2001/new');
    expect(screen.getByRole('link', { name: 'Impor spreadsheet' }).getAttribute('href')).toBe('/roster/61.01.01.2001/import');
    expect(screen.getByRole('button', { name: 'Ajukan ke kabupaten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unduh daftar (CSV)' }).getAttribute('href')).toBe(
      '/api/roster/export?region=61.01.01.2001&format=csv',
    );
    expect(screen.getByRole('link', { name: 'Unduh daftar (XLSX)' }).getAttribute('href')).toBe(
      '/api/roster/export?region=61.01.01.2001&format=xlsx',
    );
    expect(screen.getByRole('link', { name: 'Templat XLSX' }).getAttribute('href')).toBe(
      '/api/roster/template?village=61.01.01.2001&format=xlsx',
    );

    // The village timeline, newest first.
    const timeline = screen.getByRole('region', { name: 'Riwayat pengajuan desa' });
    const rows = within(timeline).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('Dikembalikan');
    expect(rows[0].textContent).toContain('Lengkapi SK.');
    expect(rows[1].textContent).toContain('Diajukan');
    expect(rows[1].textContent).toContain('op.dalamkaum');
  });

  it('lists each segment in the catalog order of positions, kepala desa first, then by name', async () => {
    const catalog = ['kepala_desa', 'sekretaris_desa', 'kaur_keuangan', 'kepala_dusun', 'bpd_ketua', 'bpd_wakil_ketua', 'bpd_anggota', 'linmas'];
    const at = (id: string, fullName: string, code: string, segment: string) =>
      person({ id, fullName, status: 'OFFICIAL', position: { code, name: code, segment } });
    // As the server sends them: by name.
    const nodes = [
      at('p1', 'Ade Irawan', 'bpd_anggota', 'BPD'),
      at('p2', 'Agus Salim', 'kepala_dusun', 'APARATUR_DESA'),
      at('p3', 'bambang', 'kepala_dusun', 'APARATUR_DESA'),
      at('p4', 'Budi Santoso', 'sekretaris_desa', 'APARATUR_DESA'),
      at('p5', 'Dewi Lestari', 'retired_position', 'APARATUR_DESA'),
      at('p6', 'Rudi Hartono', 'bpd_ketua', 'BPD'),
      at('p7', 'Yusuf Hamid', 'kaur_keuangan', 'APARATUR_DESA'),
      at('p8', 'Zainal Abidin', 'kepala_desa', 'APARATUR_DESA'),
    ];
    mockFetch({
      body: {
        data: {
          ...rosterData.data,
          positions: catalog.map((code) => ({ code })),
          people: { totalCount: nodes.length, nodes },
        },
      },
    });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    const names = async (segment: RegExp) =>
      within(await screen.findByRole('region', { name: segment }))
        .getAllByRole('rowheader')
        .map((c) => c.querySelector('a')?.textContent);
    expect(await names(/Aparatur desa/)).toEqual([
      'Zainal Abidin',
      'Budi Santoso',
      'Yusuf Hamid',
      'Agus Salim',
      'bambang',
      // A position no longer in the catalog goes last.
      'Dewi Lestari',
    ]);
    expect(await names(/BPD/)).toEqual(['Rudi Hartono', 'Ade Irawan']);
  });

  it('shows a reader the approved figures over the whole roster, and the village both, labelled', async () => {
    const figures = (inOffice: number, covered: number, termEnded: number, monthlyPremium: number) => ({ inOffice, covered, termEnded, monthlyPremium });
    const withSummary = (current: ReturnType<typeof figures> | null) => ({
      data: { ...rosterData.data, rosterSummary: { official: figures(6, 5, 0, 205959), current } },
    });
    mockFetch({ body: withSummary(null) });
    const reader = renderWithProviders(
      <Routes>
        <Route path="/roster/:villageCode" element={<RosterPage />} />
      </Routes>,
      { me: userWith('Viewer', '61'), route: '/roster/61.01.01.2001' },
    );
    expect((await screen.findByLabelText('Ringkasan daftar desa')).textContent).toBe(
      'Resmi (disetujui)6 orang menjabat · 5 terlindungi · iuran Rp205.959/bulan',
    );
    reader.unmount();

    mockFetch({ body: withSummary(figures(5, 4, 1, 357747)) });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });
    const summary = await screen.findByLabelText('Ringkasan daftar desa');
    expect([...summary.querySelectorAll('div')].map((line) => line.textContent)).toEqual([
      'Resmi (disetujui)6 orang menjabat · 5 terlindungi · iuran Rp205.959/bulan',
      'Termasuk draf5 orang menjabat · 4 terlindungi · iuran Rp357.747/bulan · 1 orang masa jabatannya berakhir',
    ]);
  });

  it('shows the premium the server says is paid, and a dash where none is', async () => {
    const data = {
      data: {
        ...rosterData.data,
        people: {
          totalCount: 4,
          nodes: [
            person({}),
            // Term over, enrollment still active: not in office, no premium.
            person({ id: 'p2', fullName: 'Budi Santoso', termStart: '2015-01-01', termEnd: '2020-12-31', covered: false, payablePremium: null }),
            // In office, enrollment inactive: no premium.
            person({
              id: 'p3',
              fullName: 'Citra Dewi',
              covered: false,
              payablePremium: null,
              enrollment: { kpj: '1', programs: ['JKK', 'JKM'], status: 'INACTIVE' },
            }),
            // In office, ended enrollment: no premium.
            person({
              id: 'p4',
              fullName: 'Dedi Kurnia',
              covered: false,
              payablePremium: null,
              enrollment: { kpj: '2', programs: ['JKK', 'JKM'], status: 'ENDED' },
            }),
          ],
        },
      },
    };
    mockFetch({ body: data });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    await screen.findByRole('region', { name: /Aparatur desa/ });
    const row = (name: string) => within(screen.getByRole('region', { name: /Aparatur desa/ })).getByRole('row', { name: new RegExp(name) });
    expect(row('Ahmad Yani').textContent).toContain('Rp13.104');
    for (const name of ['Budi Santoso', 'Citra Dewi', 'Dedi Kurnia']) {
      expect(row(name).textContent).not.toContain('Rp');
      expect(within(row(name)).getAllByRole('cell').at(-1)?.textContent).toBe('–');
    }
    expect(row('Budi Santoso').textContent).toContain('Masa jabatan berakhir');
    expect(row('Budi Santoso').className).toBe('row-ended');
  });

  it('marks a person whose premiums are unpaid past the arrears rule as at risk', async () => {
    const data = {
      data: {
        ...rosterData.data,
        people: {
          totalCount: 2,
          nodes: [
            person({ arrears: { atRisk: true, consecutiveUnpaid: 4 } }),
            person({ id: 'p2', fullName: 'Budi Santoso', arrears: { atRisk: false, consecutiveUnpaid: 0 } }),
          ],
        },
      },
    };
    mockFetch({ body: data });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    await screen.findByRole('region', { name: /Aparatur desa/ });
    const row = (name: string) => within(screen.getByRole('region', { name: /Aparatur desa/ })).getByRole('row', { name: new RegExp(name) });
    expect(row('Ahmad Yani').textContent).toContain('Berisiko: 4 bulan belum dibayar');
    expect(row('Budi Santoso').textContent).not.toContain('Berisiko');
  });

  it('asks before submitting the draft changes', async () => {
    const submitted = { data: { submitRoster: { submission: { id: 's9', status: 'SUBMITTED', submittedAt: '2026-11-24T01:00:00Z' }, errors: [] } } };
    const noList = { bpjsReconciliation: null };
    const fetchMock = mockGraphql({ Roster: rosterData.data, SubmitRoster: submitted.data, BpjsActiveNotDeclared: noList });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    fireEvent.click(await screen.findByRole('button', { name: 'Ajukan ke kabupaten' }));
    const confirm = screen.getByRole('group', { name: 'Ajukan ke kabupaten' });
    // One of the two people is a draft change.
    expect(confirm.textContent).toContain('Ajukan 1 perubahan ke kabupaten?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(callsOf(fetchMock, 'SubmitRoster')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Ajukan ke kabupaten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, ajukan' }));
    await waitFor(() => expect(callsOf(fetchMock, 'Roster').length).toBe(2));
    expect(callsOf(fetchMock, 'SubmitRoster')).toEqual([{ input: { villageCode: '61.01.01.2001' } }]);
  });

  it('offers no submission when nothing is in draft', async () => {
    const official = {
      data: { ...rosterData.data, people: { totalCount: 1, nodes: [person({ status: 'OFFICIAL' })] } },
    };
    mockFetch({ body: official });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });
    expect(await screen.findByText(/Tidak ada perubahan draf untuk diajukan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajukan ke kabupaten' })).toBeNull();
  });

  it('locks a waiting roster and lets the operator withdraw the submission', async () => {
    const waiting = { data: { ...rosterData.data, submissions: { nodes: [
      { id: 's1', status: 'SUBMITTED', submittedAt: '2026-11-23T01:00:00Z', reviewedAt: null, reason: null },
    ] } } };
    const withdrawn = { data: { withdrawSubmission: { submission: { id: 's1', status: 'WITHDRAWN' }, errors: [] } } };
    const fetchMock = mockGraphql({
      Roster: [waiting.data, rosterData.data],
      WithdrawSubmission: withdrawn.data,
      BpjsActiveNotDeclared: { bpjsReconciliation: null },
    });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    fireEvent.click(await screen.findByRole('button', { name: 'Tarik pengajuan' }));
    expect(screen.queryByRole('link', { name: 'Tambah orang' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Impor spreadsheet' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Ajukan ke kabupaten' })).toBeTruthy();
    expect(callsOf(fetchMock, 'WithdrawSubmission')).toEqual([{ input: { submissionId: 's1' } }]);
  });

  it('sends regency staff without a village to the village picker', () => {
    const fetchMock = mockFetch();
    renderWithProviders(<RosterPage />, { me: userWith('RegencyStaff', '61.01'), route: '/roster' });
    expect(screen.getByRole('heading', { name: 'Pilih desa' })).toBeTruthy();
    expect(screen.getByLabelText('Nama atau kode desa')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is read-only for regency staff viewing a village', async () => {
    const fetchMock = mockFetch({ body: rosterData });
    renderWithProviders(
      <Routes>
        <Route path="/roster/:villageCode" element={<RosterPage />} />
      </Routes>,
      { me: userWith('RegencyStaff', '61.01'), route: '/roster/61.01.01.2001' },
    );
    expect(await screen.findByRole('heading', { name: 'Daftar orang — Dalam Kaum' })).toBeTruthy();
    expect(requestBody(fetchMock).variables).toEqual({ villageCode: '61.01.01.2001' });
    expect(screen.queryByRole('link', { name: 'Tambah orang' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajukan ke kabupaten' })).toBeNull();
    expect(screen.getByText(/hanya operator desa yang dapat mengubahnya/)).toBeTruthy();
    // Everyone may download the roster; the templates are for the operator.
    expect(screen.getByRole('link', { name: 'Unduh daftar (CSV)' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Templat CSV' })).toBeNull();
  });

  it('shows whom the newest BPJS list has active but the roster does not cover, and takes the status into the draft in one action', async () => {
    const uncovered = rosterData.data.people.nodes[1];
    const fetchMock = mockGraphql({
      Roster: { ...rosterData.data, people: { totalCount: 2, nodes: [{ ...rosterData.data.people.nodes[0], entryId: 'e1' }, { ...uncovered, entryId: 'e2' }] } },
      BpjsActiveNotDeclared: {
        bpjsReconciliation: { basedOn: [{ run: { id: 'run1', asOf: '2026-12-15' } }], results: { nodes: [{ id: 'r2', entryId: 'e2' }] } },
      },
      TakeBpjsStatus: { takeBpjsStatus: { person: { id: 'p2', status: 'DRAFT' }, errors: [] } },
    });
    renderWithProviders(<RosterPage />);

    const row = (await screen.findByRole('rowheader', { name: /Siti Aminah/ })).closest('tr')!;
    expect(await within(row).findByText('Aktif dengan JKK dan JKM di BPJS per 15 Des 2026')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Ambil status BPJS ke draf' }));
    await waitFor(() => expect(callsOf(fetchMock, 'TakeBpjsStatus')).toEqual([{ input: { resultId: 'r2' } }]));
    await waitFor(() => expect(callsOf(fetchMock, 'Roster').length).toBe(2));
    // One read for the whole village, not one per person.
    expect(callsOf(fetchMock, 'BpjsActiveNotDeclared')[0]).toEqual({ villageCode: '61.01.01.2001' });
  });
});
