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
    ...overrides,
  };
}

function page(nodes: unknown[]) {
  return { submissions: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes } };
}

const districts = {
  region: {
    code: '61.01',
    level: 'REGENCY',
    children: { nodes: [{ code: '61.01.01', name: 'Sambas' }, { code: '61.01.03', name: 'Jawai' }] },
  },
};

describe('SubmissionsPage', () => {
  it('approves in bulk those without warnings and names what it left and why', async () => {
    const fetchMock = mockGraphql({
      Submissions: page([submission(), submission({ id: 's2', villageCode: '61.01.01.2002', village: { name: 'Lubuk Dagang' } })]),
      SubmissionAreas: districts,
      ApproveSubmissions: {
        approveSubmissions: {
          summary: { approvedCount: 1, left: [{ submissionId: 's2', villageCode: '61.01.01.2002', reason: 'SUBMISSION_OWN_IMPORT' }] },
          errors: [],
        },
      },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });

    fireEvent.click(await screen.findByRole('button', { name: 'Setujui semua yang tanpa peringatan' }));

    expect(await screen.findByText('1 disetujui; 1 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { regionCode: '61.01' } });
    const left = within(screen.getByRole('table', { name: 'Ditinggalkan untuk diperiksa' })).getByRole('row', { name: /61.01.01.2002/ });
    expect(left.textContent).toContain('akun lain');
    expect(within(left).getByRole('link').getAttribute('href')).toBe('/submissions/s2');
  });

  it('approves a chosen set, those with warnings too, and forgets the choice once done', async () => {
    const fetchMock = mockGraphql({
      Submissions: [page([submission(), submission({ id: 's2', villageCode: '61.01.01.2002', village: { name: 'Lubuk Dagang' } })]), page([submission()])],
      SubmissionAreas: districts,
      ApproveSubmissions: { approveSubmissions: { summary: { approvedCount: 1, left: [] }, errors: [] } },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/submissions' });

    expect(screen.queryByRole('button', { name: /Setujui yang dipilih/ })).toBeNull();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Pilih pengajuan desa Lubuk Dagang' }));
    fireEvent.click(screen.getByRole('button', { name: 'Setujui yang dipilih (1)' }));

    expect(await screen.findByText('1 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { submissionIds: ['s2'] } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Setujui yang dipilih/ })).toBeNull());
  });

  it('is the province admin\'s inbox too, approving in bulk across the province; the summary stays when nothing is left', async () => {
    const fetchMock = mockGraphql({
      Submissions: [page([submission({ submittedBy: 'dpmd.sambas' })]), page([])],
      SubmissionAreas: {
        region: { code: '61', level: 'PROVINCE', children: { nodes: [{ code: '61.01', name: 'Sambas' }, { code: '61.02', name: 'Mempawah' }] } },
      },
      ApproveSubmissions: { approveSubmissions: { summary: { approvedCount: 1, left: [] }, errors: [] } },
    });
    renderWithProviders(<SubmissionsPage />, { me: userWith('ProvinceAdmin', '61'), route: '/submissions' });

    expect(await screen.findByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeTruthy();
    expect(callsOf(fetchMock, 'Submissions')[0]).toMatchObject({ where: { status: { eq: 'SUBMITTED' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Setujui semua yang tanpa peringatan' }));
    expect(await screen.findByText('1 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ApproveSubmissions')[0]).toEqual({ input: { regionCode: '61' } });
    await waitFor(() => expect(callsOf(fetchMock, 'Submissions')).toHaveLength(2));
    expect(await screen.findByText('1 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeTruthy();
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
