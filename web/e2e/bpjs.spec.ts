import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { apiAs, gql, newOperator, noErrors, signIn, signOut } from './session';

// A village of its own: the slice spec needs Dalam Kaum's roster empty.
const VILLAGE = '61.01.07.2001';
const OPERATOR = 'op.semelagi';
const OPERATOR_PASSWORD = 'Sandi-Semelagi-2026!';
const ADD = `mutation($input: AddPersonInput!) { addPerson(input: $input) { errors { code } } }`;
const enrollment = { kpj: '12345678901', programs: ['JKK', 'JKM'], startDate: '2024-02-01' };
const people = [
  { nik: '6101011708800071', fullName: 'Siti Aminah', positionCode: 'kepala_dusun', enrollment },
  { nik: '6101011708800072', fullName: 'Rahmat Hidayat', positionCode: 'kepala_dusun', enrollment },
  { nik: '6101011708800073', fullName: 'Yusuf Maulana', positionCode: 'ketua_rt', enrollment },
  { nik: '6101011708800074', fullName: 'Dewi Lestari', positionCode: 'bpd_anggota' },
  // No longer in office: at BPJS, she is among those the branch follows up, marked as a former official.
  { nik: '6101011708800075', fullName: 'Nurhayati', positionCode: 'kepala_dusun', termStart: '2019-01-01', termEnd: '2025-12-31', enrollment },
];

/**
 * The BPJS branch's officer uploads the participant list of Sambas against Semelagi Besar's approved roster: a dry run
 * with its groups, kept; the village's operator then takes a BPJS status into the draft in one action.
 */
test('the BPJS officer reconciles the participant list and the village takes a BPJS status into its draft', async ({ page }, testInfo) => {
  const operator = await newOperator(OPERATOR, VILLAGE, OPERATOR_PASSWORD);
  for (const person of people) noErrors((await gql(operator, ADD, { input: { villageCode: VILLAGE, termStart: '2024-01-01', ...person } })).addPerson);
  const submitted = await gql(operator, `mutation($v: String!) { submitRoster(input: { villageCode: $v }) { submission { id } errors { code } } }`, { v: VILLAGE });
  noErrors(submitted.submitRoster);
  const regency = await apiAs(USERS.regency);
  noErrors((await gql(regency, `mutation($id: ID!) { approveSubmission(input: { submissionId: $id }) { errors { code } } }`, { id: submitted.submitRoster.submission.id })).approveSubmission);

  const csv =
    'nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar\n' +
    '6101011708800071,SITI AMINAH,11110000071,PU,"JKK,JKM",aktif,2026-10\n' +
    '6101011708800072,Rahmat Hidayatullah,11110000072,PU,"JKK,JKM",aktif,2026-10\n' +
    '6101011708800073,Yusuf Maulana,11110000073,PU,"JKK,JKM",nonaktif,2025-03\n' +
    '6101011708800074,Dewi Lestari,11110000074,BPU,"JKK,JKM,JHT",aktif,2026-11\n' +
    '6101011708800075,Nurhayati,11110000075,PU,"JKK,JKM",aktif,2026-11\n' +
    '6101011708800099,Budi Santoso,11110000099,BPU,"JKK,JKM",aktif,2026-11\n';

  await signIn(page, 'bpjs.sambas');
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Rekonsiliasi BPJS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rekonsiliasi BPJS' })).toBeVisible();
  await page.getByLabel('Tanggal data daftar').fill('2026-11-30');
  await page.getByLabel('Berkas daftar peserta (CSV atau Excel)').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(page.getByTestId('bpjs-upload-report')).toContainText('6 peserta');
  await page.getByRole('button', { name: 'Simpan daftar dan rekonsiliasinya' }).click();
  await expect(page.getByRole('status')).toContainText('disimpan dan dicocokkan');
  await expect(page.getByRole('heading', { name: 'Setiap desa menurut daftar terbaru yang mencakupnya' })).toBeVisible();
  await expect(page.getByTestId('bpjs-based-on')).toContainText('30 Nov 2026: peserta.csv');
  const byRegion = page.getByRole('table', { name: 'Per wilayah di bawahnya' });
  await expect(byRegion.getByRole('row', { name: /Sambas|Selakau|Tebas|Dalam Kaum|Sejangkung/ }).first()).toBeVisible();
  await expect(byRegion.getByRole('columnheader', { name: 'Tidak aktif dengan JKK dan JKM di BPJS, belum tercatat' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('bpjs-officer.png'), fullPage: true });
  await page.goto('/bpjs?region=61.01&group=UNMATCHED');
  await expect(page.getByRole('row', { name: /Nurhayati/ }).getByTestId('bpjs-former')).toHaveText(/^mantan perangkat .+, masa jabatan berakhir 31 Des 2025$/);
  await expect(page.getByRole('row', { name: /Budi Santoso/ }).getByTestId('bpjs-former')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('bpjs-unmatched.png'), fullPage: true });

  // An older list comes late: by default each village still reads its newest list; the picker reads any kept run.
  const officer = await apiAs('bpjs.sambas');
  const october = csv.replace('nonaktif,2025-03', 'aktif,2026-09');
  const upload = `mutation($f: String!) { uploadBpjsParticipantList(input: { regionCode: "61.01", asOf: "2026-10-31", fileName: "oktober.csv", fileBase64: $f, dryRun: false }) { errors { code } } }`;
  noErrors((await gql(officer, upload, { f: Buffer.from(october).toString('base64') })).uploadBpjsParticipantList);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Setiap desa menurut daftar terbaru yang mencakupnya' })).toBeVisible();
  await expect(page.getByTestId('bpjs-based-on')).toHaveText('Per 30 Nov 2026: peserta.csv (wilayah 61.01), untuk 195 desa');
  await page.getByLabel('Daftar yang dibaca').selectOption({ label: '31 Okt 2026 · oktober.csv · diunggah bpjs.sambas' });
  await expect(page.getByRole('heading', { name: 'Daftar peserta per 31 Okt 2026 (oktober.csv)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', /&run=[0-9a-f-]+&format=csv$/);
  const history = page.getByRole('table', { name: /Riwayat/ });
  await expect(history.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('bpjs-run-picker.png'), fullPage: true });

  await signOut(page);
  await signIn(page, OPERATOR, OPERATOR_PASSWORD);
  // The roster says it too, with the newest list's date and the same one action.
  await page.goto('/roster');
  const inRoster = page.getByRole('row', { name: /Dewi Lestari/ });
  await expect(inRoster).toContainText('Aktif dengan JKK dan JKM di BPJS per 30 Nov 2026');
  await expect(inRoster.getByRole('button', { name: 'Ambil status BPJS ke draf' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('bpjs-roster.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Rekonsiliasi BPJS' }).click();
  const row = page.getByRole('row', { name: /Dewi Lestari/ });
  await row.getByRole('button', { name: 'Ambil status BPJS ke draf' }).click();
  await expect(row).toContainText('Sudah di draf');
  await page.screenshot({ path: testInfo.outputPath('bpjs-village.png'), fullPage: true });
  await page.goto('/roster');
  await expect(inRoster).not.toContainText('Aktif di BPJS');

  // The dashboard reads the village's coverage against its newest list too, beside the declared figure: the ketua RT
  // is declared covered, but the November list has him non-active (October's said active).
  await page.goto('/?indicator=PERSON_COVERAGE_EKOSISTEM_DESA');
  const verified = page.getByTestId('verified-card');
  await expect(verified.getByTestId('verified-value')).toHaveText('0,00%');
  await expect(verified.getByTestId('verified-declared')).toHaveText('Dinyatakan dalam roster, di desa yang sama: 100,00% (1 dari 1)');
  await expect(verified).toContainText('daftar per 30 Nov 2026');
  await expect(page.getByTestId('indicator-value')).toHaveText('100,00%');
  await page.screenshot({ path: testInfo.outputPath('bpjs-verified.png'), fullPage: true });
});
