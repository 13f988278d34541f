import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { SubmissionsPage } from './SubmissionsPage';

function submission(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1',
    villageCode: '61.01.01.2001',
    village: { name: 'Dalam Kaum' },
    status: 'SUBMITTED',
    submittedAt: '2026-02-03T09:15:00+07:00',
    submittedBy: 'op.dalamkaum',
    waitingDays: 3,
    reviewedAt: null,
    reviewedBy: null,
    reason: null,
    peopleCount: 3,
    addedCount: 2,
    changedCount: 1,
    endedCount: 0,
    needsCloserLook: false,
    warningCount: 0,
    importedBy: null,
    importedFrom: null,
    ...overrides,
  };
}

function page(nodes: unknown[]) {
  return { submissions: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes } };
}

/** The list's first page, and (asked for 200 at a time) what a region's bulk approval would find. */
function inbox(lists: unknown[][], ...candidatePages: unknown[][]) {
  let listed = 0;
  return (v: { first: number; after: string | null }) => {
    if (v.first !== 200) return page(lists[Math.min(listed++, lists.length - 1)]);
    const n = v.after ? Number(v.after) : 0;
    const more = n + 1 < candidatePages.length;
    return { submissions: { totalCount: 0, pageInfo: { hasNextPage: more, endCursor: more ? String(n + 1) : null }, nodes: candidatePages[n] } };
  };
}

const candidateCalls = (mock: ReturnType<typeof mockGraphql>) => callsOf(mock, 'Submissions').filter((v) => v.first === 200);

const regency = { ...userWith('RegencyStaff', '61.01'), region: { code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY' as const } };

const districts = {
  region: {
    code: '61.01',
    level: 'REGENCY',
    children: { nodes: [{ code: '61.01.01', name: 'Sambas' }, { code: '61.01.03', name: 'Jawai' }] },
  },
};

describe('SubmissionsPage', () => {
  it('marks the rows that need a closer look, with their warnings, and those imported on the village\'s behalf, by whom', async () => {
    mockGraphql({
      Submissions: page([
        submission({ needsCloserLook: true, warningCount: 2 }),
        submission({ id: 's2', village: { name: 'Lubuk Dagang' }, needsCloserLook: true, endedCount: 1 }),
        submission({ id: 's3', village: { name: 'Sungai Baru' }, importedBy: 'user.regencystaff', importedFrom: 'kabupaten.csv' }),
        submission({ id: 's4', village: { name: 'Tanjung' }, importedBy: 'dpmd.provinsi', importedFrom: 'provinsi.xlsx' }),
      ]),
      SubmissionAreas: districts,
    });
    renderWithProviders(<SubmissionsPage />, { me: regency, route: '/submissions' });

    const warned = await screen.findByRole('row', { name: /Dalam Kaum/ });
    expect(within(warned).getByText('⚠ 2 peringatan').getAttribute('title')).toContain('Setujui semua yang tanpa peringatan');
    expect(warned.textContent).not.toContain('diimpor');
    expect(screen.getByRole('row', { name: /Lubuk Dagang/ }).textContent).toContain('⚠ perlu diperiksa');
    const own = screen.getByRole('row', { name: /Sungai Baru/ });
    expect(own.textContent).toContain('diimpor oleh user.regencystaff');
    expect(own.textContent).toContain('kabupaten.csv');
    expect(own.textContent).toContain('impor Anda: disetujui akun lain');
    expect(own.textContent).not.toContain('⚠');
    const other = screen.getByRole('row', { name: /Tanjung/ });
    expect(other.textContent).toContain('diimpor oleh dpmd.provinsi');
    expect(other.textContent).not.toContain('impor Anda');
  });

  it('first says how many it would approve where and what it would leave, then names what it approved and what it left and why', async () => {
    const own = submission({ id: 's2', villageCode: '61.01.01.2002', village: { name: 'Lubuk Dagang' }, importedBy: 'user.regencystaff' });
    const warned = submission({ id: 's3', villageCode: '61.01.01.2003', village: { name: 'Sungai Baru' }, needsCloserLook: true, warningCount: 1 });
    const fetchMock = mockGraphql({
      // Paged through: the fourth waits beyond the list's first page.
      Submissions: inbox(
        [[submission(), own, warned]],
        [submission(), own],
        [warned, submission({ id: 's4', villageCode: '61.01.01.2004', village: { name: 'Tanjung' } })],
      ),
      SubmissionAreas: districts,
      ApproveSubmissions: {
        approveSubmissions: {
          summary: {
            approvedCount: 2,
            approved: ['s1', 's4'],
            left: [
              { submissionId: 's3', villageCode: '61.01.01.2003', reason: 'WARNINGS' },
              { submissionId: 's2', villageCode: '61.01.01.2002', reason: 'SUBMISSION_OWN_IMPORT' },
            ],
          },
          errors: [],
        },
      },
    });
    renderWithProviders(<SubmissionsPage />, { me: regency, route: '/submissions' });

    fireEvent.click(await screen.findByRole('button', { name: 'Setujui semua yang tanpa peringatan' }));
    const confirm = await screen.findByRole('group', { name: 'Konfirmasi persetujuan sekaligus' });
    expect(confirm.textContent).toContain('Setujui 2 pengajuan tanpa peringatan di Kabupaten Sambas?');
    expect(confirm.textContent).toContain('1 pengajuan berperingatan ditinggalkan untuk diperiksa lebih dekat.');
    expect(confirm.textContent).toContain('1 pengajuan yang Anda impor sendiri ditinggalkan untuk akun lain.');
    const where = { status: { eq: 'SUBMITTED' }, villageCode: { startsWith: '61.01.' } };
    expect(candidateCalls(fetchMock)).toEqual([
      { first: 200, after: null, where, order: [{ submittedAt: 'ASC' }] },
      { first: 200, after: '1', where, order: [{ submittedAt: 'ASC' }] },
    ]);
    expect(callsOf(fetchMock, 'ApproveSubmissions')).toHaveLength(0);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Ya, setujui semua' }));
    expect(await screen.findByText('2 disetujui; 2 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { regionCode: '61.01' } });
    expect(screen.queryByRole('group', { name: 'Konfirmasi persetujuan sekaligus' })).toBeNull();
    const approved = within(screen.getByRole('region', { name: 'Disetujui' }));
    expect(approved.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Dalam Kaum61.01.01.2001', 'Tanjung61.01.01.2004']);
    expect(approved.getByRole('link', { name: 'Tanjung' }).getAttribute('href')).toBe('/submissions/s4');
    const left = within(screen.getByRole('table', { name: 'Ditinggalkan untuk diperiksa' }));
    const ownRow = left.getByRole('row', { name: /Lubuk Dagang/ });
    expect(ownRow.textContent).toContain('61.01.01.2002');
    expect(ownRow.textContent).toContain('akun lain');
    expect(within(ownRow).getByRole('link').getAttribute('href')).toBe('/submissions/s2');
    expect(left.getByRole('row', { name: /Sungai Baru/ })).toBeTruthy();
  });

  it('approves nothing when the confirmation is cancelled, and offers no approval when nothing could be approved', async () => {
    const fetchMock = mockGraphql({
      Submissions: inbox([[submission({ importedBy: 'user.regencystaff' })]], [submission({ importedBy: 'user.regencystaff' })]),
      SubmissionAreas: (v: { code: string }) => (v.code === '61.01.03' ? { region: { code: '61.01.03', name: 'Jawai', level: 'DISTRICT', children: { nodes: [] } } } : districts),
    });
    renderWithProviders(<SubmissionsPage />, { me: regency, route: '/submissions?area=61.01.03' });

    fireEvent.click(await screen.findByRole('button', { name: 'Setujui semua yang tanpa peringatan' }));
    const confirm = await screen.findByRole('group', { name: 'Konfirmasi persetujuan sekaligus' });
    expect(confirm.textContent).toContain('Tidak ada pengajuan yang dapat Anda setujui sekaligus di Kecamatan Jawai.');
    expect(confirm.textContent).toContain('1 pengajuan yang Anda impor sendiri ditinggalkan untuk akun lain.');
    expect(within(confirm).queryByRole('button', { name: /Ya, setujui/ })).toBeNull();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('group', { name: 'Konfirmasi persetujuan sekaligus' })).toBeNull();
    expect(callsOf(fetchMock, 'ApproveSubmissions')).toHaveLength(0);
  });

  it('approves a chosen set, those with warnings too, after saying so, and forgets the choice once done', async () => {
    const fetchMock = mockGraphql({
      Submissions: [
        page([submission(), submission({ id: 's2', villageCode: '61.01.01.2002', village: { name: 'Lubuk Dagang' }, needsCloserLook: true, warningCount: 1 })]),
        page([submission()]),
      ],
      SubmissionAreas: districts,
      ApproveSubmissions: { approveSubmissions: { summary: { approvedCount: 1, approved: ['s2'], left: [] }, errors: [] } },
    });
    renderWithProviders(<SubmissionsPage />, { me: regency, route: '/submissions' });

    expect(screen.queryByRole('button', { name: /Setujui yang dipilih/ })).toBeNull();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Pilih pengajuan desa Lubuk Dagang' }));
    fireEvent.click(screen.getByRole('button', { name: 'Setujui yang dipilih (1)' }));
    const confirm = screen.getByRole('group', { name: 'Konfirmasi persetujuan sekaligus' });
    expect(confirm.textContent).toContain('Setujui 1 pengajuan yang dipilih?');
    expect(confirm.textContent).toContain('1 di antaranya berperingatan');
    expect(callsOf(fetchMock, 'ApproveSubmissions')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Ya, setujui yang dipilih' }));

    expect(await screen.findByText('1 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { submissionIds: ['s2'] } });
    // Named from the list as it was, though the list reloaded without it.
    expect(within(screen.getByRole('region', { name: 'Disetujui' })).getByRole('link', { name: 'Lubuk Dagang' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Setujui yang dipilih/ })).toBeNull());
  });

  it('is the province admin\'s inbox too, approving in bulk across a regency; a long summary folds the approved away', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      submission({ id: `p${i}`, villageCode: `61.01.01.${2001 + i}`, village: { name: `Desa ${i + 1}` } }),
    );
    const fetchMock = mockGraphql({
      Submissions: inbox([[submission({ submittedBy: 'dpmd.sambas' })], []], many),
      SubmissionAreas: (v: { code: string }) =>
        v.code === '61.01'
          ? { region: { code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY', children: { nodes: [] } } }
          : {
              region: {
                code: '61',
                name: 'Kalimantan Barat',
                level: 'PROVINCE',
                children: { nodes: [{ code: '61.01', name: 'Kabupaten Sambas' }, { code: '61.02', name: 'Kabupaten Mempawah' }] },
              },
            },
      ApproveSubmissions: { approveSubmissions: { summary: { approvedCount: 12, approved: many.map((m) => m.id), left: [] }, errors: [] } },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('ProvinceAdmin', '61'), route: '/submissions?area=61.01' });

    expect(await screen.findByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeTruthy();
    expect(callsOf(fetchMock, 'Submissions')[0]).toMatchObject({ where: { status: { eq: 'SUBMITTED' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui semua yang tanpa peringatan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ya, setujui semua' }));
    expect(screen.getByRole('group', { name: 'Konfirmasi persetujuan sekaligus' }).textContent).toContain(
      'Setujui 12 pengajuan tanpa peringatan di Kabupaten Sambas?',
    );
    expect(await screen.findByText('12 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { regionCode: '61.01' } });
    await waitFor(() => expect(callsOf(fetchMock, 'Submissions').length - candidateCalls(fetchMock).length).toBe(2));
    expect(await screen.findByText('12 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    const folded = screen.getByText('Lihat 12 pengajuan yang disetujui').closest('details')!;
    expect(folded.open).toBe(false);
    expect(within(folded).getAllByRole('link', { hidden: true })).toHaveLength(12);
  });

  it('names the whole province in the confirmation when no regency is chosen, in English too', async () => {
    mockGraphql({
      Submissions: inbox([[submission()]], [submission(), submission({ id: 's2', needsCloserLook: true })]),
      SubmissionAreas: { region: { code: '61', level: 'PROVINCE', children: { nodes: [{ code: '61.01', name: 'Kabupaten Sambas' }] } } },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('ProvinceAdmin', '61'), lang: 'en', route: '/submissions' });

    fireEvent.click(await screen.findByRole('button', { name: 'Approve all without warnings' }));
    const confirm = await screen.findByRole('group', { name: 'Confirm the bulk approval' });
    expect(confirm.textContent).toContain('Approve 1 submission without warnings in Province Kalimantan Barat?');
    expect(confirm.textContent).toContain('1 submission with warnings left for a closer look.');
    expect(within(confirm).getByRole('button', { name: 'Yes, approve all' })).toBeTruthy();
  });

  it('is the regency inbox: waiting ones, oldest first, with waiting days, counts and a link to review', async () => {
    const fetchMock = mockGraphql({ Submissions: page([submission()]), SubmissionAreas: districts });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });

    expect(await screen.findByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Dalam Kaum/ });
    expect(row.textContent).toContain('menunggu 3 hari');
    expect(row.textContent).toContain('2 baru · 1 diubah · 0 berakhir');
    expect(row.textContent).toContain('op.dalamkaum');
    expect(within(row).getByText('Diajukan')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Tinjau pengajuan Dalam Kaum' }).getAttribute('href')).toBe('/submissions/s1');
    expect(within(row).getByRole('link', { name: 'Dalam Kaum' }).getAttribute('href')).toBe('/submissions/s1');
    expect(screen.getByText('1 menunggu tinjauan')).toBeTruthy();
    // One submission is decided on its review page; here only the bulk approval of those without warnings.
    expect(screen.getAllByRole('button', { name: /Setujui/ }).map((b) => b.textContent)).toEqual(['Setujui semua yang tanpa peringatan']);

    expect(callsOf(fetchMock, 'Submissions')[0]).toEqual({
      first: 50,
      where: { status: { eq: 'SUBMITTED' } },
      order: [{ submittedAt: 'ASC' }],
      after: null,
    });
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('SUBMITTED');
  });

  it('filters by district (villageCode startsWith) and by any status', async () => {
    const fetchMock = mockGraphql({ Submissions: page([submission()]), SubmissionAreas: districts });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });

    const district = await screen.findByLabelText('Kecamatan');
    expect(within(district).getAllByRole('option').map((o) => o.textContent)).toEqual(['Semua', 'Sambas', 'Jawai']);
    fireEvent.change(district, { target: { value: '61.01.03' } });
    await waitFor(() => expect(callsOf(fetchMock, 'Submissions')).toHaveLength(2));
    expect(callsOf(fetchMock, 'Submissions')[1].where).toEqual({
      status: { eq: 'SUBMITTED' },
      villageCode: { startsWith: '61.01.03.' },
    });

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ALL' } });
    await waitFor(() => expect(callsOf(fetchMock, 'Submissions')).toHaveLength(3));
    expect(callsOf(fetchMock, 'Submissions')[2].where).toEqual({ villageCode: { startsWith: '61.01.03.' } });

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'REOPENED' } });
    await waitFor(() => expect(callsOf(fetchMock, 'Submissions')).toHaveLength(4));
    expect(callsOf(fetchMock, 'Submissions')[3].where.status).toEqual({ eq: 'REOPENED' });
  });

  it('offers the filtered list as CSV and XLSX: one status, one district', async () => {
    mockGraphql({ Submissions: page([submission()]), SubmissionAreas: districts });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });
    await screen.findByRole('row', { name: /Dalam Kaum/ });
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

    expect(href('Unduh (CSV)')).toBe('/api/submissions/export?format=csv&status=SUBMITTED');
    expect(href('Unduh (XLSX)')).toBe('/api/submissions/export?format=xlsx&status=SUBMITTED');
    expect(screen.getByRole('link', { name: 'Unduh (CSV)' }).hasAttribute('download')).toBe(true);

    fireEvent.change(await screen.findByLabelText('Kecamatan'), { target: { value: '61.01.03' } });
    await waitFor(() => expect(href('Unduh (CSV)')).toBe('/api/submissions/export?format=csv&status=SUBMITTED&region=61.01.03'));

    // Every status: no status parameter, the district stays.
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ALL' } });
    await waitFor(() => expect(href('Unduh (XLSX)')).toBe('/api/submissions/export?format=xlsx&region=61.01.03'));

    fireEvent.change(screen.getByLabelText('Kecamatan'), { target: { value: '' } });
    await waitFor(() => expect(href('Unduh (CSV)')).toBe('/api/submissions/export?format=csv'));
  });

  it('says when nothing waits, and offers the whole list', async () => {
    mockGraphql({ Submissions: page([]), SubmissionAreas: districts });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });
    expect(await screen.findByText('Tidak ada pengajuan. Semua sudah ditinjau.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tampilkan semua pengajuan' }).getAttribute('href')).toBe('/submissions?status=ALL');
  });

  it('says a submission of today was sent today rather than waiting 0 days', async () => {
    mockGraphql({ Submissions: page([submission({ waitingDays: 0 })]), SubmissionAreas: districts });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });
    const row = await screen.findByRole('row', { name: /Dalam Kaum/ });
    expect(row.textContent).toContain('diajukan hari ini');
    expect(row.textContent).not.toContain('menunggu 0 hari');
  });

  it('shows a village operator their own history, newest first, with the reason', async () => {
    const fetchMock = mockGraphql({
      Submissions: page([submission({ status: 'RETURNED', reason: 'NIK kurang lengkap', reviewedBy: 'dpmd.sambas', reviewedAt: '2026-02-04T10:00:00+07:00' })]),
    });
    renderWithProviders(<SubmissionsPage />, { me: operator, route: '/submissions' });

    // The title is the operator's menu item.
    expect(await screen.findByRole('heading', { name: 'Riwayat pengajuan' })).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Dalam Kaum/ });
    expect(row.textContent).toContain('Dikembalikan');
    expect(row.textContent).toContain('NIK kurang lengkap');
    expect(row.textContent).not.toContain('menunggu');
    expect(within(row).getByRole('link', { name: 'Lihat pengajuan Dalam Kaum' })).toBeTruthy();
    expect(callsOf(fetchMock, 'Submissions')[0]).toMatchObject({ where: {}, order: [{ submittedAt: 'DESC' }] });
    expect(callsOf(fetchMock, 'SubmissionAreas')).toHaveLength(0);
    expect(screen.queryByLabelText('Kecamatan')).toBeNull();
  });

  it('is a read-only list for a viewer, in English too', async () => {
    mockGraphql({
      Submissions: page([submission({ status: 'APPROVED' })]),
      SubmissionAreas: { region: { code: '61', level: 'PROVINCE', children: { nodes: [{ code: '61.01', name: 'Sambas' }] } } },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('Viewer'), lang: 'en', route: '/submissions' });
    expect(await screen.findByRole('heading', { name: 'Village submissions' })).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Dalam Kaum/ });
    expect(row.textContent).toContain('2 new · 1 changed · 0 ended');
    expect(await screen.findByLabelText('Regency/city')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download (XLSX)' }).getAttribute('href')).toBe('/api/submissions/export?format=xlsx');
  });
});
