import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { ImportRegionsPage } from './ImportRegionsPage';

const admin = userWith('ProvinceAdmin');

const BOM = '\uFEFF';
const badCsv = `${BOM}code,name,level,parent_code,kind\n61,Kalimantan Barat,province,,\n\n61,Kalimantan Barat,province,,\n`;
const goodCsv = 'code,name,level,parent_code,kind\n61,Kalimantan Barat,province,,\n61.01.02.2001,Sungai Kumpai Baru,village,61.01.02,desa\n';

function reportFields(overrides: Record<string, unknown> = {}) {
  return {
    rows: 2334,
    unchanged: 2333,
    added: 0,
    renamed: 1,
    reclassified: 0,
    retired: 0,
    restored: 0,
    applied: false,
    refused: false,
    changes: [
      { code: '61.01.02.2001', name: 'Sungai Kumpai Baru', kind: 'RENAMED', oldValue: 'Sungai Kumpai', newValue: 'Sungai Kumpai Baru' },
    ],
    problems: [] as Problem[],
    ...overrides,
  };
}

type Problem = { line: number; column: string | null; code: string; message: string; messageEn: string };

/** A report as the server sends it: the problem count and kinds summarise the problems. */
function report(overrides: Record<string, unknown> = {}) {
  const base = reportFields(overrides);
  const kinds = new Map<string, { code: string; count: number; first: Problem }>();
  for (const p of base.problems) {
    const kind = kinds.get(p.code);
    if (kind) kind.count += 1;
    else kinds.set(p.code, { code: p.code, count: 1, first: p });
  }
  return { ...base, problemCount: base.problems.length, problemKinds: [...kinds.values()] };
}

const refusedReport = report({
  rows: 1,
  unchanged: 0,
  renamed: 0,
  refused: true,
  changes: [],
  problems: [
    { line: 1, column: null, code: 'BOM', message: 'Berkas diawali penanda BOM; simpan sebagai UTF-8 tanpa BOM.', messageEn: 'The file starts with a byte-order mark; save it as UTF-8 without BOM.' },
    { line: 3, column: null, code: 'BLANK_LINE', message: 'Baris kosong.', messageEn: 'Blank line.' },
    { line: 4, column: 'code', code: 'DUPLICATE_CODE', message: "Kode '61' sudah ada di baris 2.", messageEn: "Code '61' already appears on line 2." },
  ],
});

const payload = (r: unknown) => ({ body: { data: { importRegions: { report: r, errors: [] } } } });

async function choose(text: string | Uint8Array, name = 'wilayah.csv') {
  const file = new File([text as BlobPart], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Berkas CSV wilayah'), { target: { files: [file] } });
  await screen.findByText(new RegExp(`^Berkas: ${name.replace('.', '\\.')} \\(`));
}

function problemRows() {
  const table = screen.getByRole('table', { name: 'Masalah dalam berkas' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
}

describe('ImportRegionsPage', () => {
  it('sends the file with its BOM and lists every problem of a refused file by line; nothing can be applied', async () => {
    const fetchMock = mockFetch(payload(refusedReport));
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });

    const apply = screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }) as HTMLButtonElement).disabled).toBe(true);

    await choose(badCsv, 'rusak.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));

    expect(await screen.findByText('Berkas rusak.csv ditolak: 3 masalah ditemukan.')).toBeTruthy();
    expect(screen.getByText('Tidak ada yang diterapkan. Data wilayah tetap seperti sebelumnya.')).toBeTruthy();
    expect(problemRows()).toEqual([
      ['1', '–', 'Berkas diawali penanda BOM; simpan sebagai UTF-8 tanpa BOM.'],
      ['3', '–', 'Baris kosong.'],
      ['4', 'code', "Kode '61' sudah ada di baris 2."],
    ]);
    expect(apply.disabled).toBe(true);
    // Checking again needs the fixed file chosen again: no re-check of stale text.
    expect((screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }) as HTMLButtonElement).disabled).toBe(true);

    const body = requestBody(fetchMock);
    expect(body.operationName).toBe('ImportRegions');
    expect(body.variables.input).toEqual({ csv: badCsv, fileName: 'rusak.csv', dryRun: true });
    expect(body.variables.input.csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('shows the English reason in the English UI', async () => {
    mockFetch(payload(refusedReport));
    renderWithProviders(<ImportRegionsPage />, { me: admin, lang: 'en', route: '/regions/import' });
    const file = new File([badCsv], 'bad.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Region CSV file'), { target: { files: [file] } });
    await screen.findByText(/^File: bad\.csv/);
    fireEvent.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));
    expect(await screen.findByText("Code '61' already appears on line 2.")).toBeTruthy();
    expect(screen.getByText('Nothing was applied. The region data is as it was.')).toBeTruthy();
    expect(screen.queryByText('Baris kosong.')).toBeNull();
  });

  it('enables Terapkan only after a clean dry run of the same file, then shows the applied result', async () => {
    const fetchMock = mockFetch(payload(report()), payload(report({ applied: true })));
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });

    await choose(goodCsv, 'regions-kalbar.csv');
    const apply = screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));

    const dryRun = await screen.findByTestId('dry-run-report');
    expect(within(dryRun).getByRole('status').textContent).toBe(
      'Uji coba regions-kalbar.csv bersih: 2.334 baris dibaca. Belum ada yang diterapkan.',
    );
    const stat = (label: string) => within(dryRun).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(stat('Diganti nama')).toBe('1');
    expect(stat('Ditambah')).toBe('0');
    expect(stat('Tidak berubah')).toBe('2.333');
    const change = within(dryRun).getByRole('row', { name: /Sungai Kumpai Baru/ });
    expect(change.textContent).toContain('Diganti nama');
    expect(change.textContent).toContain('Sungai Kumpai');
    expect(apply.disabled).toBe(false);

    fireEvent.click(apply);
    const applied = await screen.findByTestId('apply-report');
    expect(within(applied).getByRole('status').textContent).toBe('Diterapkan: 1 perubahan dari regions-kalbar.csv disimpan.');
    expect(screen.queryByRole('button', { name: 'Terapkan' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Buka daftar wilayah' }).getAttribute('href')).toBe('/regions');

    expect(requestBody(fetchMock, 1).variables.input).toEqual({ csv: goodCsv, fileName: 'regions-kalbar.csv', dryRun: false });

    // Another file starts over: no apply before its own dry run.
    fireEvent.click(screen.getByRole('button', { name: 'Impor berkas lain' }));
    await choose(goodCsv, 'lagi.csv');
    expect((screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('dry-run-report')).toBeNull();
  });

  it('choosing another file after a clean dry run disables Terapkan again', async () => {
    mockFetch(payload(report()));
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });
    await choose(goodCsv, 'a.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));
    await screen.findByTestId('dry-run-report');
    expect((screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement).disabled).toBe(false);

    await choose(goodCsv, 'b.csv');
    expect((screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('dry-run-report')).toBeNull();
  });

  it('refuses a file that is not UTF-8 before sending it', async () => {
    const fetchMock = mockFetch();
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });
    const latin1 = new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0x50, 0xe9, 0x0a]); // "code\nPé\n" in Latin-1
    fireEvent.change(screen.getByLabelText('Berkas CSV wilayah'), {
      target: { files: [new File([latin1], 'latin1.csv', { type: 'text/csv' })] },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('bukan teks UTF-8');
    expect((screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('summarises tens of thousands of problems and shows them 200 at a time', async () => {
    const problems = Array.from({ length: 450 }, (_, i) => ({
      line: i + 2,
      column: 'code',
      code: i < 449 ? 'OUT_OF_SCOPE' : 'DUPLICATE_CODE',
      message: i < 449 ? `Wilayah '${i}' di luar wilayah kewenangan Anda.` : "Kode '11' sudah ada di baris 2.",
      messageEn: 'x',
    }));
    mockFetch(payload(report({ refused: true, renamed: 0, changes: [], problems })));
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });
    await choose(goodCsv, 'regions-indonesia.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));

    const summary = await screen.findByRole('table', { name: 'Ringkasan masalah menurut jenis' });
    expect(within(summary).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'JumlahContoh pertama',
      "449Baris 2: Wilayah '0' di luar wilayah kewenangan Anda.",
      "1Baris 451: Kode '11' sudah ada di baris 2.",
    ]);
    const table = screen.getByRole('table', { name: 'Masalah dalam berkas' });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan 200 lagi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan 50 lagi' }));
    expect(within(table).getAllByRole('row')).toHaveLength(451);
    expect(screen.getByText('Menampilkan 450 dari 450 masalah.')).toBeTruthy();
  });

  it('shows a failed apply next to Terapkan and lets the user try again', async () => {
    mockFetch(payload(report()), { status: 502 }, payload(report({ applied: true })));
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });
    await choose(goodCsv, 'a.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));
    await screen.findByTestId('dry-run-report');
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Server mengalami gangguan (502)');
    expect(alert.closest('section')?.getAttribute('aria-labelledby')).toBe('import-step-3');
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByTestId('apply-report')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells other roles they cannot import, with a way back', () => {
    renderWithProviders(<ImportRegionsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/regions/import' });
    expect(screen.getByRole('alert').textContent).toBe('Hanya admin provinsi yang dapat mengimpor wilayah.');
    expect(screen.getByRole('link', { name: 'Kembali ke daftar wilayah' })).toBeTruthy();
    expect(screen.queryByLabelText('Berkas CSV wilayah')).toBeNull();
  });

  it('shows a busy state while the server checks a large file', async () => {
    let release: (value: Response) => void = () => undefined;
    const pending = new Promise<Response>((resolve) => (release = resolve));
    const fetchMock = mockFetch();
    fetchMock.mockImplementationOnce(() => pending);
    renderWithProviders(<ImportRegionsPage />, { me: admin, route: '/regions/import' });
    await choose(goodCsv, 'regions-indonesia.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Memeriksa regions-indonesia\.csv/);
    expect((screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('Berkas CSV wilayah') as HTMLInputElement).disabled).toBe(true);
    release(new Response(JSON.stringify(payload(report()).body), { headers: { 'Content-Type': 'application/json' } }));
    await waitFor(() => expect(screen.getByTestId('dry-run-report')).toBeTruthy());
  });
});
