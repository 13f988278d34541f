import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { signIn } from './session';

/**
 * The rate table through the real portal, as the province admin: a version for a later year added as "to confirm",
 * corrected once confirmed, and ended. A rerun against a host that keeps its database corrects the version it finds.
 */
test('the province admin adds, corrects and ends a premium rate version', async ({ page }, testInfo) => {
  await signIn(page, USERS.admin);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Tarif iuran' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tarif iuran' })).toBeVisible();
  await expect(page.getByRole('row', { name: /B\/1226\/022026/ })).toContainText('perlu konfirmasi');

  const version = page.getByRole('row', { name: /PP 99\/2094/ });
  if ((await version.count()) === 0) {
    await page.getByRole('button', { name: 'Tambah versi tarif' }).click();
    const add = page.getByRole('form', { name: 'Tambah versi tarif' });
    await add.getByLabel('Skema').selectOption('PU');
    await add.getByLabel('Program').selectOption('JKM');
    await add.getByLabel('Berlaku mulai').fill('2095-01-01');
    await add.getByLabel('Persen', { exact: true }).fill('0,35');
    await add.getByLabel('Peraturan atau surat').fill('PP 99/2094');
    await add.getByLabel('Perlu konfirmasi (belum pasti)').check();
    await add.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('status')).toContainText('disimpan');
  }
  await expect(version).toContainText('akan berlaku');

  await version.getByRole('button', { name: 'Koreksi' }).click();
  const correct = page.getByRole('form', { name: /Koreksi tarif JKM PU/ });
  await correct.getByLabel('Persen', { exact: true }).fill('0,36');
  await correct.getByLabel('Catatan').fill('Dikonfirmasi BPJS');
  await correct.getByLabel('Perlu konfirmasi (belum pasti)').uncheck();
  await correct.getByRole('button', { name: 'Simpan' }).click();
  await expect(version).toContainText('0,36% dari upah');
  await expect(version).toContainText('Dikonfirmasi BPJS');
  await expect(version).not.toContainText('perlu konfirmasi');

  await version.getByRole('button', { name: 'Akhiri' }).click();
  const end = page.getByRole('form', { name: /Akhiri tarif JKM PU/ });
  await end.getByLabel('Hari terakhir berlaku').fill('2095-12-31');
  await end.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('berakhir');
  await expect(version).toContainText('31 Des 2095');
  await page.screenshot({ path: testInfo.outputPath('rates.png'), fullPage: true });
});

/**
 * A discount through the real portal: added for a later year, then extended as a new regulation would. A rerun finds
 * the discount it added and moves its last day again.
 */
test('the province admin adds a premium discount and extends it', async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.goto('/rates');
  await expect(page.getByRole('row', { name: /JKK BPU.*PP 50\/2025/ })).toContainText('Potongan 50,00%');

  const discount = page.getByRole('row', { name: /PP 77\/2096/ });
  if ((await discount.count()) === 0) {
    await page.getByRole('button', { name: 'Tambah potongan' }).click();
    const add = page.getByRole('form', { name: 'Tambah potongan' });
    await add.getByLabel('Skema').selectOption('BPU');
    await add.getByLabel('Program').selectOption('JKM');
    await add.getByLabel('Potongan (% dari iuran)').fill('25');
    await add.getByLabel('Berlaku mulai').fill('2097-01-01');
    await add.getByLabel('Hari terakhir berlaku').fill('2097-06-30');
    await add.getByLabel('Peraturan atau surat').fill('PP 77/2096');
    await add.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByRole('status')).toContainText('disimpan');
  }
  await expect(discount).toContainText('Potongan 25,00%');

  await discount.getByRole('button', { name: /Ubah hari terakhir potongan JKM BPU/ }).click();
  const extend = page.getByRole('form', { name: /Ubah hari terakhir potongan JKM BPU/ });
  await extend.getByLabel('Hari terakhir berlaku').fill('2097-12-31');
  await extend.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('kini berakhir 31 Des 2097');
  await expect(discount).toContainText('31 Des 2097');
});
