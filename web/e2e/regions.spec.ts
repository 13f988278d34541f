import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { USERS } from './env';
import { signIn } from './session';

/**
 * Regions through the real portal and API, as the province admin: search, the region page,
 * and the import wizard (a malformed file is refused line by line; a renamed village is applied).
 * Independent of the other specs and of their order: it renames Sungai Kumpai (61.01.02.2001),
 * which no other spec uses, and leaves Dalam Kaum (slice.spec.ts) alone. The new name carries a
 * run id, so a rerun against a host that keeps its database still finds exactly one rename.
 */

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const DATA_DIR = '../../modules/Regions/DesaPlatform.Regions/Data/';
const KALBAR_CSV = fileURLToPath(new URL(`${DATA_DIR}regions-kalbar.csv`, import.meta.url));
const INDONESIA_CSV = fileURLToPath(new URL(`${DATA_DIR}regions-indonesia.csv`, import.meta.url));
const VILLAGE = { code: '61.01.02.2001', name: 'Sungai Kumpai', district: 'Teluk Keramat', regency: 'Kabupaten Sambas' };
const NEW_NAME = `Sungai Kumpai Baru ${RUN}`;

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await page.screenshot({ path: testInfo.outputPath(`${name}-viewport.png`) });
}

async function openWizard(page: Page) {
  await signIn(page, USERS.admin);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Impor wilayah' }).click();
  await expect(page).toHaveURL(/\/regions\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Impor wilayah' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
}

/** The figure under a label of the report's summary ("Diganti nama" → "1"). */
function stat(page: Page, label: string) {
  return page.locator('.stats .stat').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

test.describe('regions', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('search finds a village by its lower-case name and opens its page', async ({ page }, testInfo) => {
    await signIn(page, USERS.admin);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Wilayah', exact: true }).click();
    await expect(page).toHaveURL(/\/regions$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Wilayah' })).toBeVisible();
    // The tree starts at the admin's own region, opened one level.
    const tree = page.getByRole('navigation', { name: 'Pohon wilayah' });
    await expect(tree.getByRole('link', { name: 'Kalimantan Barat' })).toBeVisible();
    await expect(tree.getByRole('link', { name: VILLAGE.regency })).toBeVisible();
    await snap(page, testInfo, 'regions-browser');

    await page.getByLabel('Nama atau kode').fill('sungai kumpai');
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect(page).toHaveURL(/q=sungai\+kumpai/);
    const results = page.getByRole('table', { name: 'Hasil pencarian wilayah' });
    // Before or after the import test renamed it, the name still contains "Sungai Kumpai".
    const row = results.getByRole('row').filter({ hasText: VILLAGE.code });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: /^Sungai Kumpai/ })).toBeVisible();
    await expect(row).toContainText(`${VILLAGE.regency} › ${VILLAGE.district}`);
    await snap(page, testInfo, 'regions-search');

    // The tree opens a branch on demand.
    await tree.getByRole('button', { name: `Buka ${VILLAGE.regency}` }).click();
    await expect(tree.getByRole('link', { name: VILLAGE.district })).toBeVisible();

    await row.getByRole('link', { name: /^Sungai Kumpai/ }).click();
    await expect(page).toHaveURL(new RegExp(`/regions/${VILLAGE.code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1, name: /^Sungai Kumpai/ })).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Letak wilayah' });
    await expect(crumbs).toHaveText(new RegExp(`^Wilayah\\s*Kalimantan Barat\\s*${VILLAGE.regency}\\s*${VILLAGE.district}\\s*Sungai Kumpai`));
    await crumbs.getByRole('link', { name: VILLAGE.district }).click();
    await expect(page.getByRole('heading', { level: 1, name: VILLAGE.district })).toBeVisible();
    const counts = page.getByRole('table', { name: `Jumlah wilayah aktif di bawah ${VILLAGE.district}` });
    await expect(counts.getByRole('row', { name: /^Desa \d+$/ })).toBeVisible();
    await expect(page.getByRole('table', { name: `Wilayah langsung di bawah ${VILLAGE.district}` }).getByRole('link', { name: /^Sungai Kumpai/ })).toBeVisible();

    await page.getByRole('link', { name: 'Kalimantan Barat' }).click();
    const province = page.getByRole('table', { name: 'Jumlah wilayah aktif di bawah Kalimantan Barat' });
    await expect(province.getByRole('row', { name: 'Kabupaten 12' })).toBeVisible();
    await expect(province.getByRole('row', { name: 'Kota 2' })).toBeVisible();
    await expect(province.getByRole('row', { name: 'Kecamatan 174' })).toBeVisible();
    await expect(province.getByRole('row', { name: 'Kelurahan 99' })).toBeVisible();
    await snap(page, testInfo, 'region-province');
  });

  test('a region page opened directly (reload, shared link) loads though its address has dots', async ({ page }) => {
    await signIn(page, USERS.admin);
    const response = await page.goto('/regions/61.01.01.2001');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: /Dalam Kaum/ })).toBeVisible();
    const missingApi = await page.request.get('/api/nothing-here');
    expect(missingApi.status()).toBe(404);
  });

  test('a malformed file is refused line by line and nothing is applied', async ({ page }, testInfo) => {
    const lines = [
      '\uFEFFcode,name,level,parent_code,kind', // 1: starts with a BOM
      '61,Kalimantan Barat,province,,',
      '61.01,Kabupaten Sambas,regency,61,kabupaten',
      '', // 4: blank
      '61.01,Kabupaten Sambas,regency,61,kabupaten', // 5: duplicate of line 3
    ];
    const path = testInfo.outputPath('wilayah-rusak.csv');
    await writeFile(path, `${lines.join('\n')}\n`, 'utf8');

    await openWizard(page);
    await page.getByLabel('Berkas CSV wilayah').setInputFiles(path);
    await expect(page.getByTestId('chosen-file')).toHaveText(/^Berkas: wilayah-rusak\.csv \(\d+ B\)$/);
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();

    const report = page.getByTestId('refused-report');
    await expect(report.getByRole('alert')).toContainText('Berkas wilayah-rusak.csv ditolak: 3 masalah ditemukan.');
    await expect(report.getByRole('alert')).toContainText('Tidak ada yang diterapkan.');
    const problems = report.getByRole('table', { name: 'Masalah dalam berkas' }).getByRole('row');
    await expect(problems).toHaveCount(4);
    await expect(problems.nth(1)).toContainText(/^1.*BOM/);
    await expect(problems.nth(2)).toContainText(/^4.*Baris kosong\./);
    await expect(problems.nth(3)).toContainText(/^5.*code.*Kode '61\.01' sudah ada di baris 3\./);
    await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await snap(page, testInfo, 'import-refused');

    // The same report in English.
    await page.getByRole('button', { name: 'EN' }).click();
    const problemsEn = report.getByRole('table', { name: 'Problems in the file' }).getByRole('row');
    await expect(problemsEn.nth(2)).toContainText(/^4.*Blank line\./);
    await expect(problemsEn.nth(3)).toContainText("Code '61.01' already appears on line 3.");
    await expect(report.getByRole('alert')).toContainText('Nothing was applied.');
    await page.getByRole('button', { name: 'ID' }).click();

    // Nothing was retired: the province still has all its regencies.
    await page.goto('/regions/61');
    const province = page.getByRole('table', { name: 'Jumlah wilayah aktif di bawah Kalimantan Barat' });
    await expect(province.getByRole('row', { name: 'Kabupaten 12' })).toBeVisible();
    await expect(province.getByRole('row', { name: 'Kecamatan 174' })).toBeVisible();
  });

  test('a renamed village: the dry run shows one rename, apply saves it with its history', async ({ page }, testInfo) => {
    const original = await readFile(KALBAR_CSV, 'utf8');
    const before = `${VILLAGE.code},${VILLAGE.name},`;
    expect(original).toContain(before);
    const path = testInfo.outputPath('regions-kalbar-rename.csv');
    await writeFile(path, original.replace(before, `${VILLAGE.code},${NEW_NAME},`), 'utf8');

    await openWizard(page);
    await page.getByLabel('Berkas CSV wilayah').setInputFiles(path);
    await expect(page.getByTestId('chosen-file')).toHaveText(/^Berkas: regions-kalbar-rename\.csv \(\d+(,\d)? KB\)$/);
    await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();

    const dryRun = page.getByTestId('dry-run-report');
    await expect(dryRun.getByRole('status')).toHaveText(
      'Uji coba regions-kalbar-rename.csv bersih: 2.334 baris dibaca. Belum ada yang diterapkan.',
    );
    await expect(stat(page, 'Diganti nama')).toHaveText('1');
    for (const label of ['Ditambah', 'Diubah jenis', 'Dipensiunkan', 'Dipulihkan']) await expect(stat(page, label)).toHaveText('0');
    await expect(stat(page, 'Tidak berubah')).toHaveText('2.333');
    const change = dryRun.getByRole('table', { name: 'Daftar perubahan' }).getByRole('row').filter({ hasText: VILLAGE.code });
    await expect(change).toContainText('Diganti nama');
    await expect(change).toContainText(NEW_NAME);
    await snap(page, testInfo, 'import-dry-run');

    const apply = page.getByRole('button', { name: 'Terapkan' });
    await expect(apply).toBeEnabled();
    await apply.click();
    const applied = page.getByTestId('apply-report');
    await expect(applied.getByRole('status')).toHaveText('Diterapkan: 1 perubahan dari regions-kalbar-rename.csv disimpan.');
    await expect(page.getByRole('button', { name: 'Terapkan' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Buka daftar wilayah' })).toBeVisible();
    await snap(page, testInfo, 'import-applied');

    await applied.getByRole('link', { name: NEW_NAME }).click();
    await expect(page).toHaveURL(new RegExp(`/regions/${VILLAGE.code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Letak wilayah' })).toContainText(`${VILLAGE.district}${NEW_NAME}`);
    const history = page.getByRole('table', { name: `Riwayat perubahan ${NEW_NAME}, yang terlama di atas` });
    const entry = history.getByRole('row').filter({ hasText: `→ ${NEW_NAME}` });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Diganti nama');
    await expect(entry).toContainText(USERS.admin);
    await expect(entry).toContainText('regions-kalbar-rename.csv');
    await expect(entry).toContainText(/WIB/);
    await snap(page, testInfo, 'region-renamed');

    // The export carries the new name; the CSV link downloads this village's file.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh CSV' }).click();
    expect((await download).suggestedFilename()).toBe(`wilayah-${VILLAGE.code}.csv`);
    const csv = await page.request.get(`/api/regions/export?root=${VILLAGE.code}&format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`${VILLAGE.code},${NEW_NAME},village,61.01.02,desa`);

    // Search in lower case finds the renamed village too.
    await page.goto('/regions?q=sungai+kumpai+baru');
    await expect(
      page.getByRole('table', { name: 'Hasil pencarian wilayah' }).getByRole('link', { name: NEW_NAME }),
    ).toBeVisible();
  });

  test('the national file (4.3 MB) goes through; a province admin is told which rows lie outside the province', async ({ page }, testInfo) => {
    await openWizard(page);
    await page.getByLabel('Berkas CSV wilayah').setInputFiles(INDONESIA_CSV);
    await expect(page.getByTestId('chosen-file')).toHaveText('Berkas: regions-indonesia.csv (4,3 MB)');
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();

    // 91,599 rows, of which everything but Kalbar's 2,334 is outside the admin's scope.
    const report = page.getByTestId('refused-report');
    await expect(report.getByRole('alert')).toContainText('Berkas regions-indonesia.csv ditolak: 89.265 masalah ditemukan.', {
      timeout: 60_000,
    });
    await expect(report.getByRole('alert')).toContainText('Tidak ada yang diterapkan.');
    const summary = report.getByRole('table', { name: 'Ringkasan masalah menurut jenis' });
    await expect(summary.getByRole('row').nth(1)).toContainText("89.265Baris 2: Wilayah '11' di luar wilayah kewenangan Anda.");
    await expect(report.getByRole('table', { name: 'Masalah dalam berkas' }).getByRole('row')).toHaveCount(201);
    await expect(page.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await snap(page, testInfo, 'import-national');
  });
});
