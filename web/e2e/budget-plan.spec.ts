import { expect, test, type APIRequestContext } from '@playwright/test';
import { USERS } from './env';
import { apiAs, gql, newOperator, noErrors, signIn, signOut } from './session';

/**
 * Budget plans through the real portal, on a Sambas village of its own (Pemangkat Kota) and the fiscal year 2027: its
 * operator computes the APBDes plan from the approved roster, fills a vacancy with a note and sends it; Sambas' DPMD
 * finds it waiting, returns it with a reason, then approves the plan sent again, and downloads the RAB. Then the DPMD
 * computes the regency's own APBD plan (BPD paid by the APBD kabupaten) and sends it to the province, where it waits.
 */
const VILLAGE = '61.01.05.2001';
const YEAR = 2027;
const OPERATOR = 'op.pemangkat';
const OPERATOR_PASSWORD = 'Sandi-Pemangkat-2027!';

test('a village plan is computed, adjusted, returned and approved; the regency plans its own APBD share', async ({ page }, testInfo) => {
  const operatorApi = await newOperator(OPERATOR, VILLAGE, OPERATOR_PASSWORD);
  const regencyApi = await apiAs(USERS.regency);
  await setPolicy(regencyApi);
  await approvedRoster(operatorApi, regencyApi);

  await signIn(page, OPERATOR, OPERATOR_PASSWORD);
  await page.goto(`/budget-plan?year=${YEAR}`);
  await page.getByRole('button', { name: `Hitung rencana ${YEAR}` }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran dihitung.');
  await expect(page.getByRole('row', { name: /^1\.1\.03 \/ 5\.1\.3\.03/ })).toContainText('Rp13.104');
  await page.getByRole('button', { name: 'Ubah baris' }).click();
  await page.getByRole('row', { name: /5\.1\.3\.04/ }).getByRole('button', { name: 'Tambah baris serupa' }).click();
  await page.getByLabel('Bulan 3').fill('6');
  await page.getByLabel('Catatan 3').fill('Kaur baru Juli');
  await page.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(page.getByRole('status')).toHaveText('Perubahan disimpan.');
  await page.getByRole('button', { name: 'Ajukan ke kabupaten/kota' }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran diajukan.');
  await expect(page.getByText('Status: Menunggu persetujuan')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('budget-plan-village.png'), fullPage: true });

  await signOut(page);
  await signIn(page, USERS.regency);
  await page.goto(`/budget-plan?year=${YEAR}`);
  await page.getByRole('region', { name: 'Rencana anggaran menunggu persetujuan Anda' }).getByRole('link', { name: /Pemangkat Kota/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Pemangkat Kota/ })).toBeVisible();
  // The line added by the operator shows against what was computed: six months of one more perangkat.
  await expect(page.locator('.plan-compare tr.changed')).toContainText('Rp65.520');
  await page.getByLabel('Alasan pengembalian').fill('Lampirkan SK pengangkatan kaur');
  await page.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran dikembalikan.');
  await expect(page.getByText('Lampirkan SK pengangkatan kaur').first()).toBeVisible();

  // The operator sends it again (a sign-in through the portal ended the API session made before).
  const operatorAgain = await apiAs(OPERATOR, OPERATOR_PASSWORD);
  const plan = await gql(operatorAgain, 'query($v: String!, $y: Int!) { budgetPlan(villageCode: $v, year: $y) { id } }', { v: VILLAGE, y: YEAR });
  noErrors((await gql(operatorAgain, 'mutation($id: ID!) { submitBudgetPlan(input: { planId: $id }) { errors { code message } } }', { id: plan.budgetPlan.id })).submitBudgetPlan);
  await page.reload();
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran disetujui.');
  await expect(page.getByRole('region', { name: 'Rencana anggaran menunggu persetujuan Anda' })).toContainText('Tidak ada rencana anggaran yang menunggu.');
  const csv = await page.request.get((await page.getByRole('link', { name: 'Unduh RAB (CSV)' }).getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Kaur baru Juli,6,OB,10920,65520,ADD');

  await page.getByRole('link', { name: 'Rencana APBD kabupaten/kota saya' }).click();
  await page.getByRole('button', { name: `Hitung rencana ${YEAR}` }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran dihitung.');
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana anggaran APBD kabupaten/kota' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^5\.1\.02\.02\.02\.0006 Iuran JKK bagi Non ASN — anggota BPD/ }).first()).toContainText('Rp10.000');
  await expect(page.getByRole('row', { name: /^5\.1\.02\.02\.02\.0007 Iuran JKM bagi Non ASN — anggota BPD/ }).first()).toContainText('Rp6.800');
  await page.getByRole('button', { name: 'Ajukan ke provinsi' }).click();
  await expect(page.getByRole('status')).toHaveText('Rencana anggaran diajukan.');
  await expect(page.getByText('Status: Menunggu persetujuan')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('budget-plan-regency.png'), fullPage: true });

  await signOut(page);
  await signIn(page, USERS.admin);
  await page.goto(`/budget-plan?year=${YEAR}`);
  await page.getByRole('region', { name: 'Rencana anggaran menunggu persetujuan Anda' }).getByRole('link', { name: /Kabupaten Sambas/ }).click();
  await expect(page.getByRole('button', { name: 'Setujui' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('budget-plan-province.png'), fullPage: true });
  await Promise.all([operatorApi.dispose(), operatorAgain.dispose(), regencyApi.dispose()]);
});

/** Sambas' 2027 policy: the village pays its head and apparatus at PU from ADD; the regency pays BPD at BPU on Rp1,000,000. */
async function setPolicy(regency: APIRequestContext) {
  const shares = (payer: string) => ['JKK', 'JKM'].map((program) => ({ program, payer, percent: 100 }));
  const group = (group: string, scheme: string, payer: string, wageRule = 'SILTAP_MINIMUM', wageAmount: number | null = null) =>
    ({ group, scheme, programs: ['JKK', 'JKM'], wageRule, wageAmount, shares: shares(payer) });
  const set = await gql(regency, 'mutation($i: SetFundingPolicyInput!) { setFundingPolicy(input: $i) { errors { code message } } }', {
    i: {
      regionCode: '61.01', year: YEAR, regulationNumber: 'Perbup Sambas Nomor 3 Tahun 2026', regulationDate: '2026-11-20', bpuDiscountForVillageBudget: false,
      groups: [
        group('KEPALA_DESA', 'PU', 'APBDES_ADD'), group('PERANGKAT', 'PU', 'APBDES_ADD'),
        group('BPD', 'BPU', 'APBD_KABUPATEN', 'DECLARED_INCOME', 1_000_000), group('EKOSISTEM', 'BPU', 'MEMBER_DEDUCTION', 'DECLARED_INCOME', 1_000_000),
      ],
    },
  });
  noErrors(set.setFundingPolicy);
}

/** The village's roster — its head, a kepala dusun, the BPD chair — sent and approved. */
async function approvedRoster(village: APIRequestContext, regency: APIRequestContext) {
  const people: [string, string][] = [['6101055708900001', 'kepala_desa'], ['6101055708900002', 'kepala_dusun'], ['6101055708900003', 'bpd_ketua']];
  for (const [nik, positionCode] of people) {
    const added = await gql(village, 'mutation($input: AddPersonInput!) { addPerson(input: $input) { errors { code message } } }', {
      input: { villageCode: VILLAGE, fullName: `Warga ${nik.slice(-1)}`, nik, positionCode, termStart: '2024-01-01',
        enrollment: { kpj: `1234567890${nik.slice(-1)}`, programs: ['JKK', 'JKM'], startDate: '2024-02-01' } },
    });
    noErrors(added.addPerson);
  }
  const sent = await gql(village, 'mutation($v: String!) { submitRoster(input: { villageCode: $v }) { submission { id } errors { code message } } }', { v: VILLAGE });
  noErrors(sent.submitRoster);
  noErrors((await gql(regency, 'mutation($id: ID!) { approveSubmission(input: { submissionId: $id }) { errors { code message } } }',
    { id: sent.submitRoster.submission.id })).approveSubmission);
}
