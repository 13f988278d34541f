import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { signIn } from './session';

/**
 * UCJ inputs through the real portal, as the province admin: one month from the form, then a file checked and saved,
 * and the dashboard naming the source of its UCJ figure. A rerun against a host that keeps its database finds the
 * same months unchanged.
 */
test('the province admin records UCJ by hand and from a file, and the dashboard names its source', async ({ page }, testInfo) => {
  await signIn(page, USERS.admin);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Data UCJ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data UCJ' })).toBeVisible();

  await page.getByRole('button', { name: 'Tambah data UCJ' }).click();
  const form = page.getByRole('region', { name: 'Tambah data UCJ' });
  await form.getByLabel('Wilayah').selectOption({ label: 'Kabupaten Sambas' });
  await form.getByLabel('Periode (bulan)').fill('2025-08');
  await form.getByLabel('Peserta aktif penerima upah (PU)').fill('20.000');
  await form.getByLabel('Peserta aktif bukan penerima upah (BPU)').fill('30000');
  await form.getByLabel('Peserta aktif jasa konstruksi').fill('1000');
  await form.getByLabel('Penduduk bekerja (Sakernas BPS)').fill('150000');
  await form.getByLabel('Sumber', { exact: true }).fill('BPJS Ketenagakerjaan Cabang Singkawang');
  await form.getByLabel('Tanggal sumber').fill('2025-11-05');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('row', { name: /Kabupaten Sambas/ })).toContainText('34,00%');

  const csv =
    'kode_wilayah,periode,peserta_pu,peserta_bpu,peserta_jakon,penduduk_bekerja,sumber,tanggal_sumber,catatan\n' +
    '61,2025-08,350.000,420000,15000,2600000,BPS Sakernas Agustus 2025,05/11/2025,\n';
  await page.getByLabel('Berkas UCJ (CSV atau Excel)').setInputFiles({ name: 'ucj.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  const report = page.getByTestId('ucj-import-report');
  await expect(report).toBeVisible();
  const save = page.getByRole('button', { name: 'Simpan 1 baris' });
  if (await save.isVisible()) {
    await save.click();
    await expect(page.getByText('Berkas tersimpan: 1 baru, 0 berubah.')).toBeVisible();
  } else {
    await expect(report).toContainText('tidak ada yang berubah');
  }
  await expect(page.getByRole('row', { name: /Kalimantan Barat/ })).toContainText('30,19%');
  await page.screenshot({ path: testInfo.outputPath('ucj.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByTestId('ucj-source').first()).toContainText('sumber BPS Sakernas Agustus 2025 per 5 Nov 2025, periode 2025-08');
  await page.screenshot({ path: testInfo.outputPath('dashboard-ucj.png'), fullPage: true });
});
