import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { USERS } from './env';
import { apiAs, gql, newOperator, noErrors, signIn } from './session';

/**
 * The review workflow through the real portal and API, on a village no other spec uses (61.01.03.2003 Sarang Burung
 * Kolam, Kecamatan Jawai, Kabupaten Sambas) with its own operator account created here:
 * the operator adds a person and submits → the regency finds it in the inbox by district, reviews the ADDED change and
 * returns it with a reason and an item comment → the operator sees the notification and the reason → resubmits →
 * the regency approves → the province dashboard counts the person → the regency reopens with a reason, and the
 * timeline shows every step.
 */

const RUN = Date.now().toString(36).slice(-6);
const VILLAGE = { code: '61.01.03.2003', name: 'Sarang Burung Kolam', district: 'Jawai' };
const OPERATOR = { userName: `op.wf${RUN}`, password: `Desa-Alur-${RUN}-1` };
const PERSON = {
  fullName: `Ahmad Fauzi ${RUN.toUpperCase()}`,
  // 61.01.03 (Kecamatan Jawai) + 12 05 85 (man, 12-05-1985) + serial 0042.
  nik: '6101031205850042',
};
const RETURN_REASON = `SK pengangkatan belum dilampirkan ${RUN}`;
const ITEM_COMMENT = `Lengkapi nomor SK ${RUN}`;
const REOPEN_REASON = `Tanggal mulai menjabat keliru ${RUN}`;
const REGENCY = 'Kabupaten Sambas';

/** Shared between the serial steps. */
const state: { firstId?: string; secondId?: string; coveredBefore?: number } = {};

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function submitRoster(api: APIRequestContext): Promise<string> {
  const data = await gql(
    api,
    'mutation($input: SubmitRosterInput!) { submitRoster(input: $input) { submission { id status } errors { code message } } }',
    { input: { villageCode: VILLAGE.code } },
  );
  noErrors(data.submitRoster);
  expect(data.submitRoster.submission.status).toBe('SUBMITTED');
  return data.submitRoster.submission.id as string;
}

async function sambasCovered(): Promise<number> {
  const admin = await apiAs(USERS.admin);
  const data = await gql(admin, '{ coverage(regionCode: "61", year: 2026) { byRegion { regionCode peopleCovered } } }');
  await admin.dispose();
  return data.coverage.byRegion.find((r: { regionCode: string }) => r.regionCode === '61.01').peopleCovered as number;
}

/** The dashboard row of a region: [in office, covered, coverage %, villages, % villages, gap]. */
function regionRow(page: Page, regionName: string) {
  return page.getByRole('table', { name: 'Rincian per wilayah' }).getByRole('row').filter({
    has: page.getByRole('rowheader', { name: new RegExp(regionName) }),
  });
}

async function openReviewFromInbox(page: Page) {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kotak masuk pengajuan' }).click();
  await expect(page.getByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('SUBMITTED');
  await page.getByLabel('Kecamatan').selectOption({ label: VILLAGE.district });
  await expect(page).toHaveURL(/area=61\.01\.03/);
  const row = page.getByRole('row', { name: new RegExp(VILLAGE.name) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('diajukan hari ini');
  await expect(row).toContainText('1 baru · 0 diubah · 0 berakhir');
  await expect(row).toContainText(OPERATOR.userName);
  await expect(row).toContainText('Diajukan');
  await row.getByRole('link', { name: `Tinjau pengajuan ${VILLAGE.name}` }).click();
  await expect(page.getByRole('heading', { name: `Tinjau pengajuan — ${VILLAGE.name}` })).toBeVisible();
}

test.describe('review workflow', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a. a new village operator adds a person and submits (API)', async () => {
    const operator = await newOperator(OPERATOR.userName, VILLAGE.code, OPERATOR.password);
    const { positions } = await gql(operator, '{ positions { code name } }');
    const kadus = positions.find((p: { name: string }) => p.name === 'Kepala Dusun');
    expect(kadus, 'the catalog has Kepala Dusun').toBeTruthy();
    const added = await gql(
      operator,
      'mutation($input: AddPersonInput!) { addPerson(input: $input) { person { id } errors { code message field } } }',
      {
        input: {
          villageCode: VILLAGE.code,
          fullName: PERSON.fullName,
          nik: PERSON.nik,
          positionCode: kadus.code,
          termStart: '2024-01-01',
          enrollment: { kpj: '98765432101', programs: ['JKK', 'JKM'], startDate: '2024-02-01' },
        },
      },
    );
    noErrors(added.addPerson);
    state.firstId = await submitRoster(operator);
    await operator.dispose();
  });

  test('b. regency staff finds it in the inbox by district and returns it with a reason and an item comment', async ({ page }, testInfo) => {
    expect(state.firstId).toBeDefined();
    await signIn(page, USERS.regency);
    await openReviewFromInbox(page);
    await expect(page).toHaveURL(new RegExp(`/submissions/${state.firstId}$`));

    const change = page.getByRole('row', { name: new RegExp(PERSON.fullName) });
    await expect(change).toContainText('Baru');
    await expect(change).toContainText('Kepala Dusun');
    await change.getByRole('button', { name: `Rincian ${PERSON.fullName}` }).click();
    const fields = page.getByRole('list', { name: `Isian ${PERSON.fullName} yang berubah` });
    await expect(fields.getByRole('listitem').filter({ hasText: 'Nama lengkap' })).toContainText(PERSON.fullName);
    await expect(fields.getByRole('listitem').filter({ hasText: 'Program BPJS' })).toContainText('JKK, JKM');
    await expect(fields.getByRole('listitem').filter({ hasText: 'Mulai menjabat' })).toContainText('1 Jan 2024');
    await expect(page.getByRole('region', { name: 'Langkah pengajuan ini' })).toContainText(`Diajukan oleh ${OPERATOR.userName}`);

    await page.getByLabel(`Catatan untuk ${PERSON.fullName}`).fill(ITEM_COMMENT);
    await page.getByRole('button', { name: `Kembalikan pengajuan ${VILLAGE.name}` }).click();
    // The reason is required.
    await page.getByRole('button', { name: 'Kirim pengembalian' }).click();
    await expect(page.getByText('Alasan wajib diisi.')).toBeVisible();
    await page.getByLabel(/Alasan pengembalian/).fill(RETURN_REASON);
    await expect(page.getByText('1 catatan per orang ikut dikirim.')).toBeVisible();
    await snap(page, testInfo, 'b1-review-page');

    await page.getByRole('button', { name: 'Kirim pengembalian' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengajuan dikembalikan ke desa.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Pengajuan — ${VILLAGE.name}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ringkasan pengajuan' })).toContainText(RETURN_REASON);
    await expect(page.getByText(/sudah kembali menjadi draf desa/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Setujui/ })).toHaveCount(0);
    await snap(page, testInfo, 'b2-returned');
  });

  test('c. the operator sees the notification and the reason, then resubmits', async ({ page }, testInfo) => {
    await signIn(page, OPERATOR.userName, OPERATOR.password);
    const bell = page.getByRole('button', { name: /^Pemberitahuan: \d+$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const list = page.getByRole('region', { name: 'Pemberitahuan' });
    const returned = list.getByRole('link').filter({ hasText: 'Dikembalikan' });
    await expect(returned).toContainText(RETURN_REASON);
    await snap(page, testInfo, 'c1-notification');
    await returned.click();
    await expect(page).toHaveURL(new RegExp(`/submissions/${state.firstId}$`));
    await expect(page.getByRole('region', { name: 'Ringkasan pengajuan' })).toContainText(RETURN_REASON);

    // The history lists it with the reason.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Riwayat pengajuan' }).click();
    const row = page.getByRole('row', { name: new RegExp(VILLAGE.name) });
    await expect(row).toContainText('Dikembalikan');
    await expect(row).toContainText(RETURN_REASON);

    // The item comment reached the entry.
    const operator = await apiAs(OPERATOR.userName, OPERATOR.password);
    const people = await gql(operator, 'query($v: String!) { people(where: { villageCode: { eq: $v } }) { nodes { fullName reviewComment } } }', {
      v: VILLAGE.code,
    });
    expect(people.people.nodes).toEqual([{ fullName: PERSON.fullName, reviewComment: ITEM_COMMENT }]);
    state.secondId = await submitRoster(operator);
    await operator.dispose();
    expect(state.secondId).not.toBe(state.firstId);
    state.coveredBefore = await sambasCovered();
  });

  test('d. regency staff approves the resubmission', async ({ page }, testInfo) => {
    await signIn(page, USERS.regency);
    await expect(page.getByRole('button', { name: /^Pemberitahuan: \d+$/ })).toBeVisible();
    await openReviewFromInbox(page);
    await expect(page).toHaveURL(new RegExp(`/submissions/${state.secondId}$`));
    // The village's whole history: the returned submission before this one.
    const history = page.getByRole('region', { name: 'Riwayat semua pengajuan desa ini' });
    await expect(history).toContainText('Dikembalikan oleh dpmd.sambas');
    await expect(history).toContainText(RETURN_REASON);

    await page.getByRole('button', { name: `Setujui pengajuan ${VILLAGE.name}` }).click();
    await page.getByRole('button', { name: 'Ya, setujui' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengajuan disetujui.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ringkasan pengajuan' })).toContainText('dpmd.sambas');
    await expect(page.getByRole('button', { name: 'Buka kembali' })).toBeVisible();
    await snap(page, testInfo, 'd-approved');
  });

  test('e. the province dashboard counts the approved person', async ({ page }, testInfo) => {
    expect(state.coveredBefore).toBeDefined();
    await signIn(page, USERS.admin);
    await expect(page.getByRole('heading', { name: 'Dasbor cakupan 2026' })).toBeVisible();
    const sambas = regionRow(page, REGENCY);
    await expect(sambas.getByRole('cell').nth(1)).toHaveText(String(state.coveredBefore! + 1));
    await snap(page, testInfo, 'e-dashboard');
  });

  test('f. regency staff reopens the approval with a reason; the timeline shows every step', async ({ page }, testInfo) => {
    await signIn(page, USERS.regency);
    await page.goto(`/submissions?status=APPROVED&area=61.01.03`);
    const row = page.getByRole('row', { name: new RegExp(VILLAGE.name) });
    await expect(row).toContainText('Disetujui');
    await row.getByRole('link', { name: `Lihat pengajuan ${VILLAGE.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/submissions/${state.secondId}$`));

    await page.getByRole('button', { name: 'Buka kembali' }).click();
    await page.getByRole('button', { name: 'Buka kembali persetujuan' }).click();
    await expect(page.getByText('Alasan wajib diisi.')).toBeVisible();
    await page.getByLabel(/Alasan membuka kembali/).fill(REOPEN_REASON);
    await page.getByRole('button', { name: 'Buka kembali persetujuan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Persetujuan dibuka kembali' })).toBeVisible();

    const steps = page.getByRole('region', { name: 'Langkah pengajuan ini' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText(`Diajukan oleh ${OPERATOR.userName}`);
    await expect(steps.nth(1)).toContainText('Disetujui oleh dpmd.sambas');
    await expect(steps.nth(2)).toContainText('Dibuka kembali oleh dpmd.sambas');
    await expect(steps.nth(2)).toContainText(REOPEN_REASON);

    const all = page.getByRole('region', { name: 'Riwayat semua pengajuan desa ini' }).getByRole('listitem');
    await expect(all).toHaveCount(5);
    const texts = await all.allTextContents();
    expect(texts.map((t) => t.split(' oleh ')[0].replace(/^.*WIB/, '').trim())).toEqual([
      'Diajukan',
      'Dikembalikan',
      'Diajukan',
      'Disetujui',
      'Dibuka kembali',
    ]);
    await snap(page, testInfo, 'f-reopened-timeline');

    // The coverage goes back: the approval no longer counts.
    expect(await sambasCovered()).toBe(state.coveredBefore);
  });
});
