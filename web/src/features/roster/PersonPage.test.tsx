import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { EditPersonPage, PersonPage } from './PersonPage';

const official = {
  id: 'v2',
  entryId: 'e1',
  villageCode: '61.01.01.2001',
  village: { code: '61.01.01.2001', name: 'Dalam Kaum' },
  fullName: 'Ahmad Yani',
  nik: '6101011203800001',
  sex: 'MALE',
  birthDate: '1980-03-12',
  phone: '081234567890',
  position: { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA', defaultWageBase: 2426640 },
  termStart: '2024-03-01',
  termEnd: null,
  skNumber: '141/3/2024',
  skDate: '2024-02-20',
  appointment: 'DEFINITIVE',
  nikNote: null,
  status: 'OFFICIAL',
  approvedAt: '2026-02-03T02:00:00Z',
  reviewComment: null,
  submissionId: 's1',
  covered: true,
  payablePremium: { amount: 16200 },
  enrollment: {
    kpj: '12345678901',
    scheme: 'PU',
    programs: ['JKK', 'JKM'],
    wageBase: 3000000,
    startDate: '2024-03-01',
    status: 'ACTIVE',
  },
  warnings: [{ code: 'NIK_ELSEWHERE', message: 'NIK yang sama memegang jabatan di desa 61.01.02.2001.' }],
  nikConflicts: [{ villageCode: '61.01.02.2001', positionCode: 'BPD_ANGGOTA' }],
  history: [
    {
      id: 'v2',
      status: 'OFFICIAL',
      approvedAt: '2026-02-03T02:00:00Z',
      fullName: 'Ahmad Yani',
      position: { code: 'KADES', name: 'Kepala Desa' },
      termStart: '2024-03-01',
      termEnd: null,
      appointment: 'DEFINITIVE',
      reviewComment: null,
      enrollment: { status: 'ACTIVE', programs: ['JKK', 'JKM'] },
    },
    {
      id: 'v1',
      status: 'SUPERSEDED',
      approvedAt: '2025-01-10T02:00:00Z',
      fullName: 'Ahmad Yany',
      position: { code: 'KADES', name: 'Kepala Desa' },
      termStart: '2024-03-01',
      termEnd: null,
      appointment: 'ACTING',
      reviewComment: 'Nama salah eja.',
      enrollment: null,
    },
  ],
};

const noSubmission = { data: { submissions: { nodes: [] } } };

function renderPerson(route = '/roster/person/v2', me = operator, lang: 'id' | 'en' = 'id') {
  return renderWithProviders(
    <Routes>
      <Route path="/roster/person/:id" element={<PersonPage />} />
      <Route path="/roster/person/:id/edit" element={<EditPersonPage />} />
      <Route path="/roster/:villageCode" element={<p>roster page</p>} />
    </Routes>,
    { me, route, lang },
  );
}

describe('PersonPage', () => {
  it('shows every detail, the warnings and the history, newest first', async () => {
    mockFetch({ body: { data: { person: official } } }, { body: noSubmission });
    renderPerson();

    expect(await screen.findByRole('heading', { name: /Ahmad Yani/ })).toBeTruthy();
    expect(screen.getByText('610101******0001')).toBeTruthy();
    expect(screen.getByText('Laki-laki')).toBeTruthy();
    expect(screen.getByText('141/3/2024')).toBeTruthy();
    expect(screen.getByText('Rp3.000.000')).toBeTruthy();
    expect(screen.getByText('Rp16.200')).toBeTruthy();
    expect(screen.getByText('NIK yang sama memegang jabatan di desa 61.01.02.2001.')).toBeTruthy();
    expect(screen.getByText('Desa 61.01.02.2001, jabatan BPD_ANGGOTA')).toBeTruthy();

    const history = screen.getByRole('region', { name: 'Riwayat versi' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Resmi');
    expect(rows[0].textContent).toContain('ditampilkan');
    expect(rows[1].textContent).toContain('Diganti');
    expect(rows[1].textContent).toContain('Nama salah eja.');
    expect(within(rows[1]).getByRole('link', { name: 'Ahmad Yany' }).getAttribute('href')).toBe('/roster/person/v1');

    // An official entry: editing makes a draft change that waits for the regency; nothing to discard.
    const actions = await screen.findByRole('region', { name: 'Tindakan' });
    expect(actions.textContent).toContain('Perubahan akan menunggu persetujuan kabupaten');
    expect(within(actions).getByRole('link', { name: 'Ubah data' }).getAttribute('href')).toBe('/roster/person/v2/edit');
    expect(within(actions).queryByRole('button', { name: 'Batalkan perubahan draf' })).toBeNull();
  });

  it('ends a term, keeping the enrollment when asked, and opens the new draft', async () => {
    const fetchMock = mockFetch(
      { body: { data: { person: official } } },
      { body: noSubmission },
      { body: { data: { endTerm: { person: { id: 'v3', status: 'DRAFT' }, errors: [] } } } },
      { body: { data: { person: { ...official, id: 'v3', status: 'DRAFT', termEnd: '2026-06-30' } } } },
      { body: noSubmission },
    );
    renderPerson();
    fireEvent.click(await screen.findByRole('button', { name: 'Akhiri masa jabatan' }));
    fireEvent.change(screen.getByLabelText('Tanggal akhir masa jabatan'), { target: { value: '2026-06-30' } });
    const keep = screen.getByLabelText('Akhiri juga kepesertaan BPJS Ketenagakerjaan') as HTMLInputElement;
    expect(keep.checked).toBe(true);
    fireEvent.click(keep);
    fireEvent.click(within(screen.getByRole('form', { name: 'Akhiri masa jabatan' })).getByRole('button', { name: 'Akhiri masa jabatan' }));

    expect(await screen.findByText(/Akhir masa jabatan disimpan sebagai draf/)).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables).toEqual({
      input: { personId: 'v2', termEnd: '2026-06-30', endEnrollment: false },
    });
    expect(requestBody(fetchMock, 3).variables).toEqual({ id: 'v3' });
  });

  it('shows the server’s date error by the date field, marked invalid', async () => {
    mockFetch(
      { body: { data: { person: official } } },
      { body: noSubmission },
      {
        body: {
          data: {
            endTerm: {
              person: null,
              errors: [{ code: 'TERM_END_BEFORE_START', message: 'Akhir masa jabatan tidak boleh sebelum awalnya.', field: 'termEnd' }],
            },
          },
        },
      },
    );
    renderPerson();
    fireEvent.click(await screen.findByRole('button', { name: 'Akhiri masa jabatan' }));
    const date = screen.getByLabelText('Tanggal akhir masa jabatan');
    fireEvent.change(date, { target: { value: '2018-12-31' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Akhiri masa jabatan' })).getByRole('button', { name: 'Akhiri masa jabatan' }));

    const error = await screen.findByText('Akhir masa jabatan tidak boleh sebelum awalnya.');
    expect(error.id).toBe('end-term-date-error');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe('end-term-date-error');
    expect(screen.queryByRole('alert')).toBeNull();
    // Changing the date clears it.
    fireEvent.change(date, { target: { value: '2026-06-30' } });
    expect(date.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Akhir masa jabatan tidak boleh sebelum awalnya.')).toBeNull();
  });

  it('offers no end of term once the term is over', async () => {
    mockFetch({ body: { data: { person: { ...official, status: 'DRAFT', termEnd: '2021-12-31', covered: false } } } }, { body: noSubmission });
    renderPerson();
    const actions = await screen.findByRole('region', { name: 'Tindakan' });
    expect(within(actions).getByRole('link', { name: 'Ubah data' })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: 'Akhiri masa jabatan' })).toBeNull();
  });

  it('discards a draft change after asking, and opens the official version from the history', async () => {
    const draft = { ...official, id: 'v3', status: 'DRAFT', approvedAt: null, history: [{ ...official.history[0], id: 'v3', status: 'DRAFT' }, ...official.history] };
    const fetchMock = mockFetch(
      { body: { data: { person: draft } } },
      { body: noSubmission },
      // The server answers with the dropped draft itself.
      { body: { data: { discardChange: { person: { id: 'v3', status: 'DRAFT' }, errors: [] } } } },
      { body: { data: { person: official } } },
      { body: noSubmission },
    );
    renderPerson('/roster/person/v3');
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan perubahan draf' }));
    const confirm = screen.getByRole('group', { name: 'Batalkan perubahan draf' });
    expect(confirm.textContent).toContain('Data resmi sebelumnya berlaku lagi.');
    expect(confirm.textContent).not.toContain('belum pernah resmi');
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByText('Perubahan draf dibatalkan; data resmi berlaku lagi.')).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables).toEqual({ input: { personId: 'v3' } });
    expect(requestBody(fetchMock, 3).variables).toEqual({ id: 'v2' });
    expect(screen.getByRole('heading', { name: /Ahmad Yani/ }).textContent).toContain('Resmi');
  });

  it('discards a new entry that was never official and goes back to the roster', async () => {
    const draft = {
      ...official,
      id: 'v9',
      status: 'DRAFT',
      approvedAt: null,
      history: [{ ...official.history[0], id: 'v9', status: 'DRAFT', approvedAt: null }],
    };
    const fetchMock = mockFetch(
      { body: { data: { person: draft } } },
      { body: noSubmission },
      { body: { data: { discardChange: { person: { id: 'v9', status: 'DRAFT' }, errors: [] } } } },
    );
    renderPerson('/roster/person/v9');
    fireEvent.click(await screen.findByRole('button', { name: 'Batalkan perubahan draf' }));
    expect(screen.getByRole('group', { name: 'Batalkan perubahan draf' }).textContent).toContain('belum pernah resmi');
    fireEvent.click(screen.getByRole('button', { name: 'Ya, batalkan' }));
    expect(await screen.findByText('roster page')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('shows no premium once the term is over, and marks the term as ended', async () => {
    mockFetch({ body: { data: { person: { ...official, termEnd: '2021-12-31', covered: false, payablePremium: null } } } }, { body: noSubmission });
    renderPerson();
    expect(await screen.findByText('Masa jabatan berakhir')).toBeTruthy();
    expect(screen.queryByText('Rp16.200')).toBeNull();
    const enrollment = screen.getByRole('region', { name: 'Kepesertaan BPJS Ketenagakerjaan' });
    expect(within(enrollment).getByText('Iuran per bulan').nextSibling?.textContent).toBe('–');
  });

  it('shows no premium for an inactive enrollment', async () => {
    mockFetch(
      { body: { data: { person: { ...official, covered: false, payablePremium: null, enrollment: { ...official.enrollment, status: 'INACTIVE' } } } } },
      { body: noSubmission },
    );
    renderPerson();
    expect(await screen.findByText('Tidak aktif')).toBeTruthy();
    expect(screen.queryByText('Rp16.200')).toBeNull();
  });

  it('is read-only for regency staff and for old versions', async () => {
    const fetchMock = mockFetch({ body: { data: { person: { ...official, id: 'v1', status: 'SUPERSEDED' } } } });
    renderPerson('/roster/person/v1', userWith('RegencyStaff', '61.01'));
    expect(await screen.findByText('Ini versi lama dari data orang ini.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka versi terkini' }).getAttribute('href')).toBe('/roster/person/v2');
    expect(screen.queryByRole('region', { name: 'Tindakan' })).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('edits with the form prefilled and keeps the enrollment scheme and wage base', async () => {
    const positions = [
      { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA', defaultWageBase: 2426640 },
      { code: 'SEKDES', name: 'Sekretaris Desa', segment: 'APARATUR_DESA', defaultWageBase: 2022200 },
    ];
    const fetchMock = mockFetch(
      { body: { data: { person: official, positions } } },
      { body: { data: { updatePerson: { person: { id: 'v3', fullName: 'Ahmad Yani', status: 'DRAFT' }, errors: [] } } } },
      { body: { data: { person: { ...official, id: 'v3', status: 'DRAFT' } } } },
      { body: noSubmission },
    );
    renderPerson('/roster/person/v2/edit');

    expect(await screen.findByRole('heading', { name: 'Ubah data Ahmad Yani' })).toBeTruthy();
    expect(screen.getByText(/Perubahan akan menunggu persetujuan kabupaten/)).toBeTruthy();
    expect((screen.getByLabelText('Nama lengkap') as HTMLInputElement).value).toBe('Ahmad Yani');
    expect((screen.getByLabelText('Nomor KPJ') as HTMLInputElement).value).toBe('12345678901');
    expect(requestBody(fetchMock, 0).variables).toEqual({ id: 'v2', withPositions: true });

    // The entry's own scheme and wage base (not the position's default), editable.
    expect((screen.getByLabelText('Skema kepesertaan') as HTMLSelectElement).value).toBe('PU');
    expect((screen.getByLabelText('Dasar upah per bulan (opsional)') as HTMLInputElement).value).toBe('3.000.000');

    fireEvent.change(screen.getByLabelText('Nomor HP (opsional)'), { target: { value: '+6281299998888' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    expect(await screen.findByText(/Perubahan disimpan sebagai draf/)).toBeTruthy();
    const input = requestBody(fetchMock, 1).variables.input;
    expect(input).toMatchObject({
      personId: 'v2',
      fullName: 'Ahmad Yani',
      nik: '6101011203800001',
      phone: '+6281299998888',
      positionCode: 'KADES',
      skNumber: '141/3/2024',
      enrollment: { kpj: '12345678901', scheme: 'PU', wageBase: 3000000, status: 'ACTIVE', programs: ['JKK', 'JKM'] },
    });
  });

  it('edits the scheme and goes back to the position’s wage base when the field is cleared', async () => {
    const positions = [{ code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA', defaultWageBase: 2426640 }];
    const fetchMock = mockFetch(
      { body: { data: { person: official, positions } } },
      { body: { data: { updatePerson: { person: { id: 'v3', fullName: 'Ahmad Yani', status: 'DRAFT' }, errors: [] } } } },
      { body: { data: { person: { ...official, id: 'v3', status: 'DRAFT' } } } },
      { body: noSubmission },
    );
    renderPerson('/roster/person/v2/edit');

    const wage = (await screen.findByLabelText('Dasar upah per bulan (opsional)')) as HTMLInputElement;
    expect(screen.getByText(/Kosongkan untuk memakai dasar upah jabatan \(Rp2\.426\.640\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Skema kepesertaan'), { target: { value: 'BPU' } });
    fireEvent.change(wage, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    expect(await screen.findByText(/Perubahan disimpan sebagai draf/)).toBeTruthy();
    const enrollment = requestBody(fetchMock, 1).variables.input.enrollment;
    expect(enrollment.scheme).toBe('BPU');
    expect('wageBase' in enrollment).toBe(false);
  });

  it('shows an entry at its position’s wage base with the field empty, and says so in English', async () => {
    const atDefault = {
      ...official,
      position: { ...official.position, defaultWageBase: 2426640 },
      enrollment: { ...official.enrollment, scheme: 'BPU', wageBase: 2426640 },
    };
    mockFetch({ body: { data: { person: atDefault, positions: [] } } });
    renderPerson('/roster/person/v2/edit', operator, 'en');
    const wage = (await screen.findByLabelText('Monthly wage base (optional)')) as HTMLInputElement;
    expect(wage.value).toBe('');
    expect((screen.getByLabelText('Membership scheme') as HTMLSelectElement).value).toBe('BPU');
    expect(screen.getByRole('option', { name: 'BPU — non-wage earner' })).toBeTruthy();
  });
});
