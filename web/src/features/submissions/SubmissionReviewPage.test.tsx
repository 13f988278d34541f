import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { SubmissionReviewPage } from './SubmissionReviewPage';

const positions = [
  { code: 'KADUS', name: 'Kepala Dusun' },
  { code: 'SEKDES', name: 'Sekretaris Desa' },
];

function person(id: string, fullName: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    fullName,
    nik: '6101015708900003',
    position: { code: 'KADUS', name: 'Kepala Dusun' },
    reviewComment: null,
    warnings: [],
    nikConflicts: [],
    ...extra,
  };
}

const added = {
  kind: 'ADDED',
  person: person('p1', 'Siti Rahmawati', {
    warnings: [{ code: 'NO_ENROLLMENT', message: 'Belum terdaftar BPJS Ketenagakerjaan.' }],
    nikConflicts: [{ villageCode: '61.01.02.2001', positionCode: 'SEKDES' }],
  }),
  before: null,
  fields: [
    { field: 'fullName', before: null, after: 'Siti Rahmawati' },
    { field: 'sex', before: null, after: 'Female' },
    { field: 'enrollment.programs', before: null, after: 'Jkk,Jkm' },
  ],
};
const changed = {
  kind: 'CHANGED',
  person: person('p2', 'Budi Santoso'),
  before: { position: { name: 'Kepala Dusun' } },
  fields: [{ field: 'termEnd', before: null, after: '2027-12-31' }],
};

function review(overrides: Record<string, unknown> = {}) {
  return {
    submission: {
      id: 's1',
      villageCode: '61.01.01.2001',
      village: { name: 'Dalam Kaum' },
      status: 'SUBMITTED',
      submittedAt: '2026-02-03T09:15:00+07:00',
      submittedBy: 'op.dalamkaum',
      waitingDays: 2,
      reviewedAt: null,
      reviewedBy: null,
      reason: null,
      peopleCount: 2,
      addedCount: 1,
      changedCount: 1,
      endedCount: 0,
      events: [{ kind: 'SUBMITTED', at: '2026-02-03T09:15:00+07:00', by: 'op.dalamkaum', reason: null, changes: 2 }],
      comments: [],
      changes: [added, changed],
      ...overrides,
    },
    positions,
  };
}

const onlyThis = { timeline: { totalCount: 1, nodes: [{ submissionId: 's1', kind: 'SUBMITTED', at: '2026-02-03T09:15:00+07:00', by: 'op.dalamkaum', reason: null, changes: 2 }] } };

function renderPage(me = userWith('RegencyStaff', '61.01'), lang?: 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/submissions/:id" element={<SubmissionReviewPage />} />
    </Routes>,
    { me, route: '/submissions/s1', lang },
  );
}

describe('SubmissionReviewPage', () => {
  it('says who imported a submission on the village\'s behalf, and from which file', async () => {
    mockGraphql({
      SubmissionReview: review({ submittedBy: 'dpmd.sambas', importedBy: 'dpmd.sambas', importedFrom: 'kabupaten.xlsx' }),
      VillageTimeline: onlyThis,
    });
    renderPage();

    expect(await screen.findByText('dpmd.sambas, diimpor atas nama desa dari berkas kabupaten.xlsx (akun ini tidak dapat menyetujuinya)')).toBeTruthy();
  });

  it('shows each change as one row, details on demand, a NIK conflict open from the start, and the timeline', async () => {
    mockGraphql({ SubmissionReview: review(), VillageTimeline: onlyThis });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Tinjau pengajuan — Dalam Kaum' })).toBeTruthy();
    expect(screen.getByText('1 baru · 1 diubah · 0 berakhir')).toBeTruthy();
    expect(screen.getByText(/menunggu 2 hari/)).toBeTruthy();

    const first = screen.getByRole('row', { name: /^Baru Siti Rahmawati/ });
    expect(within(first).getByText('Baru')).toBeTruthy();
    expect(within(first).getByText('Program BPJS: JKK, JKM')).toBeTruthy();
    expect(within(first).getByText('1 peringatan')).toBeTruthy();
    expect(within(first).getByText('1 konflik NIK')).toBeTruthy();
    // A NIK conflict is shown without asking.
    expect(within(first).getByRole('button', { name: 'Rincian Siti Rahmawati' }).getAttribute('aria-expanded')).toBe('true');
    const conflict = screen.getByRole('alert');
    expect(conflict.textContent).toContain('NIK ini juga memegang jabatan di desa lain:');
    expect(within(conflict).getByRole('link', { name: 'Sekretaris Desa di desa 61.01.02.2001' }).getAttribute('href')).toBe('/roster/61.01.02.2001');
    expect(screen.getByText(/Belum terdaftar BPJS Ketenagakerjaan/)).toBeTruthy();
    const fields = screen.getByRole('list', { name: 'Isian Siti Rahmawati yang berubah' });
    expect(within(fields).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Nama lengkap: Siti Rahmawati',
      'Jenis kelamin: Perempuan',
      'Program BPJS: JKK, JKM',
    ]);

    const second = screen.getByRole('row', { name: /^Diubah Budi Santoso/ });
    expect(within(second).getByText('Diubah')).toBeTruthy();
    expect(within(second).getByText('Selesai menjabat')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Isian Budi Santoso yang berubah' })).toBeNull();
    fireEvent.click(within(second).getByRole('button', { name: 'Rincian Budi Santoso' }));
    expect(screen.getByRole('list', { name: 'Isian Budi Santoso yang berubah' }).textContent).toBe('Selesai menjabat: (kosong) → 31 Des 2027');

    const timeline = screen.getByRole('region', { name: 'Langkah pengajuan ini' });
    expect(timeline.textContent).toContain('Diajukan oleh op.dalamkaum');
    expect(timeline.textContent).toContain('2 perubahan');
  });

  it('shows warnings by their message only, translated in English', async () => {
    const warned = {
      ...changed,
      person: person('p2', 'Budi Santoso', {
        warnings: [
          { code: 'NOT_COVERED', message: 'Belum terlindungi: perlu kepesertaan aktif dengan paling sedikit JKK dan JKM.' },
          {
            code: 'NIK_BIRTH_DATE',
            message: 'Tanggal lahir berbeda dengan yang tertulis dalam NIK (17/08/1990).',
            date: '1990-08-17',
          },
          {
            code: 'NIK_ELSEWHERE',
            message: 'NIK yang sama memegang jabatan di desa 61.01.02.2001, 61.01.03.2002. Keterangan: BPD di dua desa',
            villages: '61.01.02.2001, 61.01.03.2002',
            note: 'BPD di dua desa',
          },
          { code: 'SOMETHING_NEW', message: 'Pesan baru dari server.' },
        ],
      }),
    };
    mockGraphql({ SubmissionReview: review({ changes: [warned] }), VillageTimeline: onlyThis });
    const view = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Rincian Budi Santoso' }));
    let card = screen.getByRole('row', { name: /^Diubah Budi Santoso/ }).nextElementSibling as HTMLElement;
    expect(card.textContent).toContain('Belum terlindungi: perlu kepesertaan aktif dengan paling sedikit JKK dan JKM.');
    expect(card.textContent).not.toContain('NOT_COVERED');
    expect(card.textContent).not.toContain('NIK_BIRTH_DATE');
    view.unmount();

    mockGraphql({ SubmissionReview: review({ changes: [warned] }), VillageTimeline: onlyThis });
    renderPage(userWith('RegencyStaff', '61.01'), 'en');
    expect(await screen.findByText('4 warnings')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Details of Budi Santoso' }));
    card = screen.getByRole('row', { name: /^Changed Budi Santoso/ }).nextElementSibling as HTMLElement;
    const items = within(card.querySelector('.notice-warn') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Not covered: needs an active enrollment with at least JKK and JKM.',
      'The birth date differs from the one in the NIK (17/08/1990).',
      'The same NIK holds a position in village 61.01.02.2001, 61.01.03.2002. Note: BPD di dua desa',
      'Pesan baru dari server.',
    ]);
  });

  it('returns only with a reason, sending the item comments', async () => {
    const fetchMock = mockGraphql({
      SubmissionReview: [review(), review({ status: 'RETURNED', reason: 'NIK kurang', changes: [] })],
      VillageTimeline: onlyThis,
      ReturnSubmission: { returnSubmission: { submission: { id: 's1', status: 'RETURNED', reason: 'NIK kurang' }, errors: [] } },
    });
    renderPage();

    fireEvent.change(await screen.findByLabelText('Catatan untuk Siti Rahmawati'), { target: { value: 'Periksa NIK' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan pengajuan Dalam Kaum' }));
    expect(screen.getByText('1 catatan per orang ikut dikirim.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect(screen.getByText('Alasan wajib diisi.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ReturnSubmission')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/Alasan pengembalian/), { target: { value: 'NIK kurang' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect(await screen.findByText('Pengajuan dikembalikan ke desa.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ReturnSubmission')[0]).toEqual({
      input: { submissionId: 's1', reason: 'NIK kurang', comments: [{ personId: 'p1', comment: 'Periksa NIK' }] },
    });
    expect(await screen.findByText(/Perubahan pengajuan ini sudah kembali menjadi draf desa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Setujui/ })).toBeNull();
  });

  it('says clearly when someone else decided first, and reloads', async () => {
    const fetchMock = mockGraphql({
      SubmissionReview: [review(), review({ status: 'APPROVED', reviewedBy: 'dpmd.lain', reviewedAt: '2026-02-04T08:00:00+07:00' })],
      VillageTimeline: onlyThis,
      ApproveSubmission: {
        approveSubmission: { submission: null, errors: [{ code: 'ALREADY_REVIEWED', message: 'Pengajuan ini sudah diputuskan.', field: 'submissionId' }] },
      },
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui pengajuan Dalam Kaum' }));
    // A small confirmation first: nothing is sent until it is answered.
    const confirm = screen.getByRole('group', { name: 'Setujui pengajuan Dalam Kaum' });
    expect(confirm.textContent).toContain('Setujui 2 perubahan? Data menjadi resmi.');
    expect(callsOf(fetchMock, 'ApproveSubmission')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('group', { name: 'Setujui pengajuan Dalam Kaum' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Setujui pengajuan Dalam Kaum' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, setujui' }));
    const alert = await screen.findByText(/sudah diputuskan oleh orang lain/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    await waitFor(() => expect(callsOf(fetchMock, 'SubmissionReview')).toHaveLength(2));
    expect(await screen.findByText(/dpmd\.lain/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Setujui pengajuan Dalam Kaum' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Buka kembali' })).toBeTruthy();
  });

  it('reopens an approval only with a reason', async () => {
    const fetchMock = mockGraphql({
      SubmissionReview: review({ status: 'APPROVED', reviewedBy: 'dpmd.sambas', reviewedAt: '2026-02-04T08:00:00+07:00' }),
      VillageTimeline: onlyThis,
      ReopenSubmission: { reopenSubmission: { submission: { id: 's1', status: 'REOPENED', reason: 'SK salah' }, errors: [] } },
    });
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Pengajuan — Dalam Kaum' })).toBeTruthy();
    expect(screen.queryByLabelText(/Catatan untuk/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali' }));
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali persetujuan' }));
    expect(screen.getByText('Alasan wajib diisi.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Alasan membuka kembali/), { target: { value: 'SK salah' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka kembali persetujuan' }));
    expect(await screen.findByText(/Persetujuan dibuka kembali/)).toBeTruthy();
    expect(callsOf(fetchMock, 'ReopenSubmission')[0]).toEqual({ input: { submissionId: 's1', reason: 'SK salah' } });
  });

  it('lets the province admin approve a waiting submission, but not reopen an approval', async () => {
    const fetchMock = mockGraphql({
      SubmissionReview: [
        review({ submittedBy: 'dpmd.sambas', importedBy: 'dpmd.sambas', importedFrom: 'kabupaten.xlsx' }),
        review({ status: 'APPROVED', reviewedBy: 'admin.kalbar', reviewedAt: '2026-02-04T08:00:00+07:00' }),
      ],
      VillageTimeline: onlyThis,
      ApproveSubmission: { approveSubmission: { submission: { id: 's1', status: 'APPROVED' }, errors: [] } },
    });
    renderPage(userWith('ProvinceAdmin', '61'));
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui pengajuan Dalam Kaum' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, setujui' }));
    await waitFor(() => expect(callsOf(fetchMock, 'ApproveSubmission')).toEqual([{ input: { submissionId: 's1' } }]));
    expect(await screen.findByText(/admin\.kalbar/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Buka kembali' })).toBeNull();
  });

  it('keeps the reviewer\'s comments per person on a returned submission', async () => {
    mockGraphql({
      SubmissionReview: review({
        status: 'RETURNED', reason: 'Periksa SK', reviewedBy: 'dpmd.sambas', reviewedAt: '2026-02-04T08:00:00+07:00', changes: [],
        comments: [{ entryId: 'e1', fullName: 'Siti Rahmawati', comment: 'Nomor SK salah' }],
      }),
      VillageTimeline: onlyThis,
    });
    renderPage();
    const section = await screen.findByRole('region', { name: 'Komentar peninjau per orang' });
    expect(section.textContent).toContain('Siti Rahmawati: Nomor SK salah');
  });

  it('lets the village operator withdraw a waiting submission, without review controls', async () => {
    const fetchMock = mockGraphql({
      SubmissionReview: review(),
      VillageTimeline: onlyThis,
      WithdrawSubmission: { withdrawSubmission: { submission: { id: 's1', status: 'WITHDRAWN' }, errors: [] } },
    });
    renderPage(operator);
    fireEvent.click(await screen.findByRole('button', { name: 'Tarik pengajuan' }));
    expect(await screen.findByText(/Pengajuan ditarik/)).toBeTruthy();
    expect(callsOf(fetchMock, 'WithdrawSubmission')[0]).toEqual({ input: { submissionId: 's1' } });
    expect(screen.queryByRole('button', { name: /Setujui/ })).toBeNull();
    expect(screen.queryByLabelText(/Catatan untuk/)).toBeNull();
  });

  it('pages through a large submission and shows the whole village history', async () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...changed, person: person(`q${i}`, `Orang ${i}`) }));
    const fetchMock = mockGraphql({
      SubmissionReview: review({ peopleCount: 101, changes: many }),
      SubmissionChangesPage: { submission: { id: 's1', changes: [{ ...changed, person: person('last', 'Orang Terakhir') }] } },
      VillageTimeline: {
        timeline: {
          totalCount: 3,
          nodes: [
            { submissionId: 's0', kind: 'SUBMITTED', at: '2026-01-10T09:00:00+07:00', by: 'op.dalamkaum', reason: null, changes: 1 },
            { submissionId: 's0', kind: 'RETURNED', at: '2026-01-11T09:00:00+07:00', by: 'dpmd.sambas', reason: 'SK belum ada', changes: 1 },
            ...onlyThis.timeline.nodes,
          ],
        },
      },
    });
    renderPage(userWith('RegencyStaff', '61.01'), 'en');
    expect(await screen.findByText('Showing 100 of 101 changes.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load the next changes' }));
    expect(await screen.findByText('Orang Terakhir')).toBeTruthy();
    expect(callsOf(fetchMock, 'SubmissionChangesPage')[0]).toEqual({ id: 's1', first: 100, offset: 100 });
    expect(screen.queryByRole('button', { name: 'Load the next changes' })).toBeNull();

    const history = await screen.findByRole('region', { name: 'Every submission of this village' });
    expect(history.textContent).toContain('Returned by dpmd.sambas');
    expect(history.textContent).toContain('Reason: SK belum ada');
    expect(within(history).getAllByRole('link', { name: 'View' })[0].getAttribute('href')).toBe('/submissions/s0');
  });
});
