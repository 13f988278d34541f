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
