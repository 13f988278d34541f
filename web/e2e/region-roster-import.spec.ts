import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { USERS } from './env';
import { signIn, signOut } from './session';

/**
 * The regency imports the rosters of several villages in one file (61.01.06.2001–2003, which no other spec uses):
 * a file with a village outside its regency is refused row by row; a clean one is checked per village, then applied as
 * one submission per village; the importer's bulk approval leaves them for another account (four eyes), and the province
 * admin approves them in bulk from the same inbox. The NIKs carry
 * a run number, so a rerun against a host that keeps its database adds new people.
 */
const RUN = (Date.now() % 9000) + 1000;
const VILLAGES = ['61.01.06.2001', '61.01.06.2002', '61.01.06.2003'];

function file(extra = ''): Buffer {
  const rows = VILLAGES.flatMap((village, v) => [0, 1].map((i) => `${village},${nik(v * 2 + i)},Warga ${RUN} ${v}${i},kepala_dusun,01/01/2024`));
  return Buffer.from(['kode_desa,nik,nama_lengkap,kode_jabatan,mulai_jabatan', ...rows, extra].filter(Boolean).join('\n') + '\n');
}

function nik(i: number): string {
  return `610106${String(10 + i).padStart(2, '0')}0880${String(RUN).slice(-4)}`.slice(0, 16);
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe('region roster import', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a regency imports many villages, sees the dry run per village and row by row, and cannot approve its own import', async ({ page }, testInfo) => {
    await signIn(page, USERS.regency);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Impor daftar banyak desa' }).click();
    await expect(page).toHaveURL(/\/roster-import$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Impor daftar orang banyak desa' })).toBeVisible();

    const chooser = page.getByLabel('Berkas daftar (.csv atau .xlsx)');
    await chooser.setInputFiles({ name: 'salah.csv', mimeType: 'text/csv', buffer: file(`61.02.01.2001,${nik(9)},Di Luar,kepala_dusun,01/01/2024`) });
    const problem = page.getByRole('row', { name: /61\.02\.01\.2001 bukan desa aktif di wilayah Anda/ });
    await expect(problem).toBeVisible();
    await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await snap(page, testInfo, 'region-import-refused');

    await chooser.setInputFiles({ name: 'kabupaten.csv', mimeType: 'text/csv', buffer: file() });
    const perVillage = page.getByRole('table', { name: 'Per desa' });
    await expect(perVillage.getByRole('row', { name: /Penakalan/ })).toBeVisible();
    await expect(page.getByText('3 desa: 6 ditambah, 0 diubah, 0 diakhiri, 0 tetap.')).toBeVisible();
    // Row by row, each naming its village; then all of one village's rows.
    const changes = page.getByRole('table', { name: 'Perubahan per baris' });
    await expect(changes.getByRole('row', { name: new RegExp(`Warga ${RUN} 10`) })).toContainText('Penakalan (61.01.06.2002)');
    await expect(changes.getByRole('row')).toHaveCount(7);
    await snap(page, testInfo, 'region-import-dry-run');
    await perVillage.getByRole('button', { name: /Lihat barisnya\s*Penakalan/ }).click();
    await expect(page.getByRole('heading', { name: 'Baris desa Penakalan (61.01.06.2002)' })).toBeVisible();
    await expect(changes.getByRole('row')).toHaveCount(3);
    await expect(changes).not.toContainText('Sulung');
    await page.getByRole('button', { name: 'Kembali ke baris semua desa' }).click();
    await expect(changes.getByRole('row')).toHaveCount(7);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page.getByText(/3 pengajuan dikirim atas nama desa/)).toBeVisible();

    await page.getByRole('link', { name: 'Buka pengajuan' }).click();
    // Only this spec's district: other specs' waiting submissions stay as they are.
    await page.getByLabel('Kecamatan').selectOption('61.01.06');
    await expect(page).toHaveURL(/area=61\.01\.06/);
    // Each imported row says by whom and from which file; the bulk approval first says it would leave them all.
    const imported = page.getByRole('row', { name: /Penakalan/ });
    await expect(imported).toContainText(`diimpor oleh ${USERS.regency}`);
    await expect(imported).toContainText('kabupaten.csv');
    await expect(imported).toContainText('impor Anda: disetujui akun lain');
    await page.getByRole('button', { name: 'Setujui semua yang tanpa peringatan' }).click();
    const confirm = page.getByRole('group', { name: 'Konfirmasi persetujuan sekaligus' });
    await expect(confirm).toContainText('Tidak ada pengajuan yang dapat Anda setujui sekaligus di Kecamatan Sejangkung.');
    await expect(confirm).toContainText('3 pengajuan yang Anda impor sendiri ditinggalkan untuk akun lain.');
    await expect(confirm.getByRole('button', { name: 'Ya, setujui semua' })).toHaveCount(0);
    await snap(page, testInfo, 'region-import-bulk-approval');
    await confirm.getByRole('button', { name: 'Batal' }).click();

    // The province is the second pair of eyes: its inbox, the same district, one action.
    await signOut(page);
    await signIn(page, USERS.admin);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kotak masuk pengajuan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kotak masuk pengajuan' })).toBeVisible();
    await page.goto('/submissions?area=61.01.06');
    await expect(page.getByRole('row', { name: /Penakalan/ })).not.toContainText('impor Anda');
    await page.getByRole('button', { name: 'Setujui semua yang tanpa peringatan' }).click();
    const provinceConfirm = page.getByRole('group', { name: 'Konfirmasi persetujuan sekaligus' });
    await expect(provinceConfirm).toContainText('Setujui 3 pengajuan tanpa peringatan di Kecamatan Sejangkung?');
    await snap(page, testInfo, 'region-import-province-confirm');
    await provinceConfirm.getByRole('button', { name: 'Ya, setujui semua' }).click();
    await expect(page.getByText('3 disetujui; 0 ditinggalkan untuk diperiksa lebih dekat.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Disetujui' }).getByRole('link', { name: 'Penakalan' })).toBeVisible();
    await snap(page, testInfo, 'region-import-province-approval');
  });
});
