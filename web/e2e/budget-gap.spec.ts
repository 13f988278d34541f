import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { apiAs, gql, newOperator, noErrors, signIn } from './session';

const VILLAGE = '61.01.01.2003';

/**
 * The budget gap through the real portal: a kepala desa of a Sambas village approved, the province admin opens
 * Kesenjangan anggaran for 2026 — needed by payer under the demo's sample policy, how many desa the figure covers — goes
 * down to Sambas, sets a target and prices it with BPD as PU. A rerun against a kept database adds one more person.
 */
test('the province admin reads the gap by payer, goes down to a regency and prices the targets under a switch', async ({ page }, testInfo) => {
  const operator = await newOperator(`op.gap${Date.now() % 100_000}`, VILLAGE, 'Sandi-Kesenjangan-2026!');
  const regency = await apiAs(USERS.regency);
  const group = (name: string, scheme: string, payer: string, wageRule = 'SILTAP_MINIMUM', wageAmount: number | null = null) => ({
    group: name, scheme, programs: ['JKK', 'JKM'], wageRule, wageAmount,
    shares: ['JKK', 'JKM'].map((program) => ({ program, payer, percent: 100 })),
  });
  const policy = await gql(regency, 'mutation($input: SetFundingPolicyInput!) { setFundingPolicy(input: $input) { errors { code message } } }', {
    input: {
      regionCode: '61.01', year: 2026, regulationNumber: 'Perbup Sambas Nomor 3 Tahun 2026', regulationDate: '2026-01-05',
      bpuDiscountForVillageBudget: false,
      groups: [
        group('KEPALA_DESA', 'PU', 'APBDES_ADD'), group('PERANGKAT', 'PU', 'APBDES_ADD'),
        group('BPD', 'BPU', 'APBD_KABUPATEN', 'DECLARED_INCOME', 1_000_000), group('EKOSISTEM', 'BPU', 'MEMBER_DEDUCTION', 'DECLARED_INCOME', 1_000_000),
      ],
    },
  });
  expect(policy.setFundingPolicy.errors.map((e: { code: string }) => e.code)).not.toContain('FUNDING_POLICY_CHANGED_MEANWHILE');
  const nik = `610101570890${String(Date.now() % 10_000).padStart(4, '0')}`;
  const added = await gql(operator, 'mutation($input: AddPersonInput!) { addPerson(input: $input) { errors { code message field } } }', {
    input: { villageCode: VILLAGE, fullName: 'Kepala Desa Uji', nik, positionCode: 'kepala_desa', termStart: '2024-01-01' },
  });
  noErrors(added.addPerson);
  const sent = await gql(operator, 'mutation($input: SubmitRosterInput!) { submitRoster(input: $input) { submission { id } errors { code message } } }', {
    input: { villageCode: VILLAGE },
  });
  noErrors(sent.submitRoster);
  noErrors((await gql(regency, 'mutation($id: ID!) { approveSubmission(input: { submissionId: $id }) { errors { code message } } }', {
    id: sent.submitRoster.submission.id,
  })).approveSubmission);
  await operator.dispose();
  await regency.dispose();
  const admin = await apiAs(USERS.admin);
  noErrors((await gql(admin, 'mutation { setTarget(input: { indicator: "PERSON_COVERAGE_KEPALA_DESA", regionCode: "61.01", year: 2026, percent: 100 }) { errors { code message } } }')).setTarget);
  await admin.dispose();

  await signIn(page, USERS.admin);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kesenjangan anggaran' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kesenjangan anggaran' })).toBeVisible();
  await page.getByLabel('Tahun').selectOption('2026');
  const payers = page.getByRole('table', { name: 'Per pembayar' });
  await expect(payers.getByRole('row', { name: /APBDes \(ADD\)/ })).toContainText('Rp');
  await expect(page.getByText(/Angka ini mencakup 195 dari 2\.046 desa/).first()).toBeVisible();
  await expect(page.getByText(/tanpa menyebut pembayar/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('budget-gap-province.png'), fullPage: true });

  await page.getByRole('table', { name: 'Per wilayah di bawahnya', exact: true }).getByRole('link', { name: 'Kabupaten Sambas' }).click();
  await expect(page.getByRole('heading', { name: /Kabupaten Sambas/ })).toBeVisible();
  const costs = page.getByRole('table', { name: 'Kabupaten Sambas' });
  await expect(costs.getByRole('row', { name: /kepala desa/i })).toContainText('100');
  await page.getByLabel('BPD dihitung sebagai').selectOption('PU');
  await expect(page.getByText(/Skenario: BPD sebagai PU/)).toBeVisible();
  await expect(page.getByText(/Target UCJ diukur atas seluruh penduduk bekerja/)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath('budget-gap-regency.png'), fullPage: true });
});
