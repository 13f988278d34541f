import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { connection, finding, followUp, obstacles } from './fixtures';
import { MonevPage } from './MonevPage';
import { VillageFindingsPage } from './VillageFindingsPage';

const meetings = connection('monevMeetings', [
  {
    id: 'm1',
    regionCode: '61.01',
    region: { name: 'Sambas' },
    date: '2026-10-14',
    place: 'Aula DPMD Sambas',
    findings: [
      { id: 'f1', isOpen: true },
      { id: 'f2', isOpen: false },
    ],
  },
]);

const overdue = connection('overdueActions', [
  {
    id: 'a1',
    what: 'Anggarkan iuran BPD',
    owner: 'VILLAGE',
    ownerName: null,
    dueDate: '2026-11-30',
    status: 'OPEN',
    villageCode: '61.01.01.2001',
    village: { name: 'Dalam Kaum' },
    finding: { meetingId: 'm1' },
  },
]);

function renderMonev(me = userWith('ProvinceAdmin')) {
  return renderWithProviders(
    <Routes>
      <Route path="/monev" element={<MonevPage />} />
      <Route path="/monev/meetings/:id" element={<p>halaman rapat</p>} />
      <Route path="/monev/village/:villageCode" element={<VillageFindingsPage />} />
    </Routes>,
    { me, route: '/monev' },
  );
}

describe('MonevPage', () => {
  it('lists the region’s meetings, latest first, and the overdue follow-ups leading to their village', async () => {
    const fetchMock = mockGraphql({ MonevMeetings: meetings, OverdueActions: overdue, Obstacles: obstacles });
    renderMonev();

    const row = await screen.findByRole('row', { name: /Sambas/ });
    expect(within(row).getByRole('link', { name: '14 Okt 2026' }).getAttribute('href')).toBe('/monev/meetings/m1');
    expect(row.textContent).toContain('2 temuan · 1 terbuka');
    expect(callsOf(fetchMock, 'MonevMeetings')[0]).toEqual({ first: 20, where: { regionCode: { startsWith: '61' } }, order: [{ date: 'DESC' }], after: null });

    const panel = await screen.findByRole('region', { name: '1 tindak lanjut lewat tenggat' });
    expect(within(panel).getByRole('link', { name: 'Dalam Kaum' }).getAttribute('href')).toBe('/roster/61.01.01.2001');
    expect(panel.textContent).toContain('tenggat 30 Nov 2026');
    expect(callsOf(fetchMock, 'OverdueActions')[0]).toMatchObject({ regionCode: '61' });
  });

  it('records a meeting, showing refusals beside their fields, then opens it', async () => {
    const fetchMock = mockGraphql({
      MonevMeetings: meetings,
      OverdueActions: overdue,
      RecordMonevMeeting: [
        {
          recordMonevMeeting: {
            meeting: null,
            errors: [{ code: 'REQUIRED', field: 'place', message: 'Tempat rapat wajib diisi.', values: [] }],
          },
        },
        { recordMonevMeeting: { meeting: { id: 'm2' }, errors: [] } },
      ],
    });
    renderMonev(userWith('RegencyStaff', '61.01'));

    fireEvent.click(await screen.findByRole('button', { name: 'Catat rapat baru' }));
    const form = screen.getByRole('form', { name: 'Catat rapat monev' });
    fireEvent.change(within(form).getByLabelText(/Tanggal rapat/), { target: { value: '2026-10-14' } });
    fireEvent.change(within(form).getByLabelText(/Peserta/), { target: { value: 'Kepala DPMD\nBPJS Singkawang' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan rapat' }));
    expect(await within(form).findByText('Wajib diisi.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/Tempat/), { target: { value: 'Aula DPMD Sambas' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan rapat' }));
    expect(await screen.findByText('halaman rapat')).toBeTruthy();
    expect(callsOf(fetchMock, 'RecordMonevMeeting')[1]).toEqual({
      input: { regionCode: '61.01', date: '2026-10-14', place: 'Aula DPMD Sambas', participants: 'Kepala DPMD\nBPJS Singkawang', summary: null },
    });
  });

  it('gives viewers the list without the recording button', async () => {
    mockGraphql({ MonevMeetings: meetings, OverdueActions: connection('overdueActions', []) });
    renderMonev(userWith('Viewer', '61.01'));
    expect(await screen.findByRole('row', { name: /Sambas/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Catat rapat baru' })).toBeNull();
    expect(await screen.findByText('Tidak ada tindak lanjut yang lewat tenggat.')).toBeTruthy();
  });

  it('shows a village operator the findings about the village, with the meeting when it may be seen', async () => {
    const fetchMock = mockGraphql({
      MonevVillageName: { region: { code: '61.01.01.2001', name: 'Dalam Kaum' } },
      VillageFindings: connection('monevFindings', [{ ...finding(), meeting: null }]),
      AddActionNote: { addActionNote: { action: followUp(), errors: [] } },
    });
    renderMonev(operator);

    expect(await screen.findByRole('heading', { name: 'Temuan monev desa Dalam Kaum' })).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'Dalam Kaum' });
    expect(card.textContent).toContain('Iuran BPD belum masuk APBDes 2026');
    expect(card.textContent).toContain('Dicatat 14 Okt 2026, 12.00 WIB oleh admin.kalbar');
    fireEvent.click(within(card).getByText('Perbarui'));
    fireEvent.change(within(card).getByLabelText('Catatan perkembangan'), { target: { value: 'Sudah dianggarkan' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Tambah catatan' }));
    await waitFor(() => expect(callsOf(fetchMock, 'AddActionNote')).toEqual([{ input: { actionId: 'a1', note: 'Sudah dianggarkan' } }]));
    expect(callsOf(fetchMock, 'VillageFindings')[0]).toMatchObject({ villageCode: '61.01.01.2001' });
  });

  it('pages the overdue follow-ups', async () => {
    const first = connection('overdueActions', overdue.overdueActions.nodes, { total: 2, next: 'c1' });
    const second = connection('overdueActions', [{ ...overdue.overdueActions.nodes[0], id: 'a2', what: 'Lengkapi data BPD' }]);
    const fetchMock = mockGraphql({ MonevMeetings: meetings, OverdueActions: [first, second] });
    renderMonev(userWith('Viewer', '61.01'));

    const panel = await screen.findByRole('region', { name: '2 tindak lanjut lewat tenggat' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Muat lagi' }));
    expect(await within(panel).findByText(/Lengkapi data BPD/)).toBeTruthy();
    expect(callsOf(fetchMock, 'OverdueActions')[1]).toEqual({ regionCode: '61.01', first: 10, after: 'c1' });
  });

  it('lets a province admin extend the obstacle catalog, showing a duplicate beside its field', async () => {
    const fetchMock = mockGraphql({
      MonevMeetings: meetings,
      OverdueActions: connection('overdueActions', []),
      Obstacles: obstacles,
      AddObstacle: [
        { addObstacle: { obstacle: null, errors: [{ code: 'OBSTACLE_EXISTS', field: 'nameId', message: 'Kendala “Jaringan internet” sudah ada dalam katalog.', values: [{ name: 'name', value: 'Jaringan internet' }] }] } },
        { addObstacle: { obstacle: { code: '61_abc' }, errors: [] } },
      ],
    });
    renderMonev();

    fireEvent.click(await screen.findByText('Katalog kendala'));
    expect(await screen.findByText(/Anggaran belum dialokasikan dalam APBDes/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Tambah kendala' });
    fireEvent.change(within(form).getByLabelText(/Nama \(Bahasa Indonesia\)/), { target: { value: 'Jaringan internet' } });
    fireEvent.change(within(form).getByLabelText(/Nama \(bahasa Inggris\)/), { target: { value: 'Network' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah kendala' }));
    expect(await within(form).findByText('Kendala “Jaringan internet” sudah ada dalam katalog.')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText(/Nama \(Bahasa Indonesia\)/), { target: { value: 'Kepala desa baru dilantik' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambah kendala' }));
    await waitFor(() => expect(callsOf(fetchMock, 'Obstacles').length).toBeGreaterThanOrEqual(2));
    expect(callsOf(fetchMock, 'AddObstacle')[1]).toEqual({ input: { nameId: 'Kepala desa baru dilantik', nameEn: 'Network' } });
  });
});
