import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { countOf } from './UcjForm';
import { UcjPage } from './UcjPage';

const regions = {
  region: { code: '61', name: 'Kalimantan Barat', children: { nodes: [{ code: '61.01', name: 'Kabupaten Sambas' }] } },
};

const august = {
  id: 'a1',
  regionCode: '61',
  region: { name: 'Kalimantan Barat' },
  period: '2025-08',
  participantsPu: 350000,
  participantsBpu: 420000,
  participantsJakon: 15000,
  participants: 785000,
  workingPopulation: 2600000,
  value: 30.19,
  source: 'BPS Sakernas Agustus 2025',
  sourceDate: '2025-11-05',
  note: null,
  version: 1,
};

function list(nodes: unknown[]) {
  return { ucjInputs: { totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes } };
}

const noErrors = { errors: [] };

describe('UcjPage', () => {
  it('lists the province and regency inputs with their value and source', async () => {
    const fetchMock = mockGraphql({ UcjRegions: regions, UcjInputs: list([august]) });
    renderWithProviders(<UcjPage />, { me: userWith('ProvinceAdmin', '61') });

    const row = (await screen.findByRole('rowheader', { name: 'Kalimantan Barat' })).closest('tr')!;
    expect(Array.from(row.children).map((c) => c.textContent)).toEqual([
      'Kalimantan Barat', '2025-08', '350.000', '420.000', '15.000', '2.600.000', '30,19%', 'BPS Sakernas Agustus 2025, 5 Nov 2025', 'Ubah Hapus',
    ]);
    expect(callsOf(fetchMock, 'UcjInputs')[0]).toMatchObject({ regionCode: '61' });
    expect(screen.getByRole('link', { name: 'Unduh templat' }).getAttribute('href')).toBe('/api/ucj-inputs/template?region=61&format=xlsx');
  });

  it('corrects a month as it was read, sending back its version', async () => {
    const fetchMock = mockGraphql({
      UcjRegions: regions,
      UcjInputs: list([august]),
      SetUcjInput: { setUcjInput: { ucjInput: { id: 'a1' }, ...noErrors } },
    });
    renderWithProviders(<UcjPage />, { me: userWith('ProvinceAdmin', '61') });
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah' }));
    const form = screen.getByRole('region', { name: 'Ubah data UCJ Kalimantan Barat periode 2025-08' });
    expect((within(form).getByLabelText('Wilayah') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Penduduk bekerja (Sakernas BPS)'), { target: { value: '2.700.000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'SetUcjInput')).toHaveLength(1));
    expect(callsOf(fetchMock, 'SetUcjInput')[0]).toMatchObject({
      input: { regionCode: '61', period: '2025-08', participantsPu: 350000, workingPopulation: 2700000, version: 1 },
    });
  });

  it('is for the province admin only', () => {
    mockGraphql({});
    renderWithProviders(<UcjPage />, { me: userWith('RegencyStaff', '61.01') });
    expect(screen.getByText('Hanya admin provinsi yang mencatat data UCJ.')).toBeTruthy();
  });

  it('adds a month from the form and shows the server’s words beside the field they name', async () => {
    const fetchMock = mockGraphql({
      UcjRegions: regions,
      UcjInputs: list([]),
      SetUcjInput: [
        { setUcjInput: { ucjInput: null, errors: [{ code: 'UCJ_SOURCE_DATE', message: 'x', field: 'sourceDate', values: [] }] } },
        { setUcjInput: { ucjInput: { id: 'n1' }, ...noErrors } },
      ],
    });
    renderWithProviders(<UcjPage />, { me: userWith('ProvinceAdmin', '61') });
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah data UCJ' }));
    await screen.findByRole('option', { name: 'Kabupaten Sambas' });

    const form = screen.getByRole('region', { name: 'Tambah data UCJ' });
    fireEvent.change(within(form).getByLabelText('Wilayah'), { target: { value: '61.01' } });
    fireEvent.change(within(form).getByLabelText('Periode (bulan)'), { target: { value: '2025-08' } });
    fireEvent.change(within(form).getByLabelText('Peserta aktif penerima upah (PU)'), { target: { value: '20.000' } });
    fireEvent.change(within(form).getByLabelText('Peserta aktif bukan penerima upah (BPU)'), { target: { value: '30000' } });
    fireEvent.change(within(form).getByLabelText('Peserta aktif jasa konstruksi'), { target: { value: '1000' } });
    fireEvent.change(within(form).getByLabelText('Penduduk bekerja (Sakernas BPS)'), { target: { value: 'banyak' } });
    fireEvent.change(within(form).getByLabelText('Sumber'), { target: { value: 'BPJS Ketenagakerjaan Cabang Singkawang' } });
    fireEvent.change(within(form).getByLabelText('Tanggal sumber'), { target: { value: '2099-01-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(form).findByText('Isi dengan bilangan bulat, mis. 125000 atau 125.000.')).toBeTruthy();
    expect(callsOf(fetchMock, 'SetUcjInput')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Penduduk bekerja (Sakernas BPS)'), { target: { value: '150000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(form).findByText('Tanggal sumber tidak boleh setelah hari ini.')).toBeTruthy();
    expect(callsOf(fetchMock, 'SetUcjInput')[0]).toEqual({
      input: {
        regionCode: '61.01', period: '2025-08', participantsPu: 20000, participantsBpu: 30000, participantsJakon: 1000, workingPopulation: 150000,
        source: 'BPJS Ketenagakerjaan Cabang Singkawang', sourceDate: '2099-01-01', note: null, version: null,
      },
    });

    fireEvent.change(within(form).getByLabelText('Tanggal sumber'), { target: { value: '2025-11-05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Tambah data UCJ' })).toBeNull());
    expect(callsOf(fetchMock, 'UcjInputs').length).toBeGreaterThan(1);
  });

  it('imports a file: the dry run reports each problem by line and column, a clean file is then saved', async () => {
    const problem = { line: 3, column: 'peserta_bpu', code: 'NOT_A_COUNT', message: 'x', values: [{ name: 'value', value: 'abc' }] };
    const report = (over: object) => ({
      importUcjInputs: {
        report: { applied: false, refused: false, added: 1, changed: 1, unchanged: 0, problems: [], rows: [
          { line: 2, regionCode: '61', period: '2025-08', kind: 'ADDED' },
          { line: 3, regionCode: '61.01', period: '2025-08', kind: 'CHANGED' },
        ], ...over },
        errors: [],
      },
    });
    const fetchMock = mockGraphql({
      UcjRegions: regions,
      UcjInputs: list([august]),
      ImportUcjInputs: [report({ refused: true, problems: [problem] }), report({}), report({ applied: true })],
    });
    renderWithProviders(<UcjPage />, { me: userWith('ProvinceAdmin', '61') });
    const choose = () =>
      fireEvent.change(screen.getByLabelText('Berkas UCJ (CSV atau Excel)'), {
        target: { files: [new File(['kode_wilayah\n'], 'ucj.csv', { type: 'text/csv' })] },
      });

    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Periksa berkas' }));
    const refused = await screen.findByTestId('ucj-import-report');
    expect(within(refused).getByText('Berkas ditolak: tidak ada yang disimpan. Perbaiki baris berikut.')).toBeTruthy();
    const problemRow = within(refused).getByText('peserta_bpu').closest('tr')!;
    expect(Array.from(problemRow.children).map((c) => c.textContent)).toEqual(['3', 'peserta_bpu', '“abc” bukan bilangan bulat (mis. 125000 atau 125.000).']);
    expect(callsOf(fetchMock, 'ImportUcjInputs')[0]).toMatchObject({ input: { fileName: 'ucj.csv', dryRun: true } });

    choose();
    fireEvent.click(await screen.findByRole('button', { name: 'Periksa berkas' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Simpan 2 baris' }));
    expect(await screen.findByText('Berkas tersimpan: 1 baru, 1 berubah.')).toBeTruthy();
    expect(callsOf(fetchMock, 'ImportUcjInputs')[2]).toMatchObject({ input: { dryRun: false } });
    expect(screen.queryByRole('button', { name: 'Simpan 2 baris' })).toBeNull();
  });

  it('reads counts with or without Indonesian thousands dots', () => {
    expect([countOf('125.000'), countOf('125000'), countOf(' 7 '), countOf('1,5'), countOf(''), countOf('12.34')]).toEqual([125000, 125000, 7, null, null, null]);
  });
});
