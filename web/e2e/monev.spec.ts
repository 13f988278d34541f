import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { USERS } from './env';
import { signIn } from './session';

/**
 * A monev meeting through the real portal: the province admin records a meeting of Kabupaten Sambas, a finding about
 * Desa Dalam Kaum and a follow-up the village owns, already past its due date → the village operator finds it under
 * Monev, marked overdue, and adds a progress note that the meeting page then shows.
 */

const RUN = Date.now().toString(36).slice(-6);
const PLACE = `Aula DPMD Sambas ${RUN}`;
const NOTE = `Iuran BPD belum masuk APBDes ${RUN}`;
const ACTION = `Anggarkan iuran BPD dalam APBDes Perubahan ${RUN}`;
const PROGRESS = `Sudah diusulkan dalam musdes ${RUN}`;

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe.configure({ mode: 'serial' });

test('the province records a meeting, a finding and a follow-up', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, USERS.admin);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Monev' }).click();
  await page.getByRole('button', { name: 'Catat rapat baru' }).click();
  const form = page.getByRole('form', { name: 'Catat rapat monev' });
  await form.getByLabel(/Kode wilayah rapat/).fill('61.01');
  await form.getByLabel(/Tanggal rapat/).fill('2026-10-14');
  await form.getByLabel(/^Tempat/).fill(PLACE);
  await form.getByLabel(/^Peserta/).fill('Kepala DPMD Kabupaten Sambas\nBPJS Ketenagakerjaan Cabang Singkawang');
  await form.getByRole('button', { name: 'Simpan rapat' }).click();

  await expect(page.getByRole('heading', { name: /Rapat monev Kabupaten Sambas/ })).toBeVisible();
  await expect(page.getByText(PLACE)).toBeVisible();

  await page.getByText('Tambah temuan').click();
  const finding = page.getByRole('form', { name: 'Tambah temuan' });
  await finding.getByLabel(/^Desa/).fill('61.01.01.2001');
  await finding.getByLabel(/^Segmen/).selectOption('BPD');
  await finding.getByLabel(/^Kendala/).selectOption({ label: 'Anggaran belum dialokasikan dalam APBDes' });
  await finding.getByLabel(/^Catatan/).fill(NOTE);
  await finding.getByRole('button', { name: 'Simpan temuan' }).click();

  const card = page.getByRole('article', { name: 'Dalam Kaum' });
  await expect(card.getByText(NOTE)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Dalam Kaum' })).toHaveAttribute('href', '/roster/61.01.01.2001');

  await card.getByText('Tambah tindak lanjut').click();
  await card.getByLabel(/^Tindak lanjut/).fill(ACTION);
  await card.getByLabel(/^Penanggung jawab/).selectOption('VILLAGE');
  await card.getByLabel(/^Tenggat/).fill('2026-11-01');
  await card.getByRole('button', { name: 'Simpan tindak lanjut' }).click();

  const action = card.getByRole('listitem').filter({ hasText: ACTION });
  await expect(action).toBeVisible();
  await expect(action.getByText('Lewat tenggat')).toBeVisible();
  await snap(page, testInfo, 'monev-meeting');

  await page.getByRole('link', { name: 'Kembali ke daftar rapat' }).click();
  await expect(page.getByRole('row').filter({ hasText: PLACE })).toContainText('1 temuan · 1 terbuka');
  await expect(page.getByRole('region', { name: /tindak lanjut lewat tenggat/ }).getByText(ACTION)).toBeVisible();
  await snap(page, testInfo, 'monev-list');
});

test('the village operator finds the overdue follow-up and adds a progress note', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await signIn(page, USERS.operator);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Monev' }).click();
  await expect(page.getByRole('heading', { name: 'Temuan monev desa Dalam Kaum' })).toBeVisible();

  const action = page.getByRole('listitem').filter({ hasText: ACTION });
  await expect(action.getByText('Lewat tenggat')).toBeVisible();
  await action.getByText('Perbarui').click();
  await action.getByLabel('Catatan perkembangan').fill(PROGRESS);
  await action.getByRole('button', { name: 'Tambah catatan' }).click();
  await expect(action.getByText(PROGRESS)).toBeVisible();
  await expect(action.getByText('op.dalamkaum')).toBeVisible();

  await page.getByRole('button', { name: /Pemberitahuan/ }).click();
  await expect(page.getByRole('region', { name: 'Pemberitahuan' }).getByText('Tindak lanjut monev lewat tenggat').first()).toBeVisible();
  await snap(page, testInfo, 'monev-operator');
});
