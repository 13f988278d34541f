import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { signIn, signOut } from './session';

/**
 * A regency's funding policy through the real portal: Sambas' DPMD sets its 2030 policy with BPD paid from the APBDes
 * (refused until the regency's BPD account code is given), then the operator of a Sambas village reads it. A rerun
 * against a host that keeps its database changes the policy already there.
 */
test("regency staff set their regency's funding policy and a village of the regency reads it", async ({ page }, testInfo) => {
  await signIn(page, USERS.regency);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kebijakan pendanaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kebijakan pendanaan' })).toBeVisible();
  await page.getByLabel('Tahun anggaran').selectOption('2030');

  await page.getByRole('button', { name: /Tetapkan kebijakan 2030|Ubah kebijakan/ }).click();
  const form = page.getByRole('form', { name: /Kebijakan pendanaan .* 2030/ });
  await form.getByLabel('Nomor Perbup/Perwali').fill('Perbup Sambas Nomor 7 Tahun 2026');
  await form.getByLabel('Tanggal Perbup/Perwali').fill('2026-01-05');
  await form.getByLabel('Kode rekening premi BPD (APBDes)').fill('');
  const bpd = form.getByRole('group', { name: 'BPD' });
  await bpd.getByLabel('Pembayar JKK').selectOption('APBDES_ADD');
  await bpd.getByLabel('Pembayar JKM').selectOption('APBDES_ADD');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert')).toContainText('Premi BPD dibayar dari APBDes');
  await page.screenshot({ path: testInfo.outputPath('funding-policy-form.png'), fullPage: true });

  await form.getByLabel('Kode rekening premi BPD (APBDes)').fill('5.1.4.91');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('2030 disimpan.');
  await expect(page.getByRole('row', { name: /BPD/ })).toContainText('APBDes (ADD) 100%');
  await expect(page.getByText('5.1.4.91')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('funding-policy-regency.png'), fullPage: true });

  await signOut(page);
  await signIn(page, USERS.operator);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kebijakan pendanaan' }).click();
  await page.getByLabel('Tahun anggaran').selectOption('2030');
  await expect(page.getByText('Perbup Sambas Nomor 7 Tahun 2026, tanggal 5 Jan 2026')).toBeVisible();
  await expect(page.getByRole('row', { name: /perangkat desa/ })).toContainText('Siltap minimum PP 11/2019');
  await expect(page.getByRole('button', { name: 'Ubah kebijakan' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('funding-policy-village.png'), fullPage: true });
});
