import { expect, test, type Page } from '@playwright/test';
import { USERS } from './env';
import { apiAs, gql, newOperator, noErrors, signIn } from './session';

/**
 * Layout on a laptop (1366×768) and a phone (390×844), on a village no other spec uses (61.01.04.2001 Tebas Kuala):
 * six people, one acting (badge) and one whose term is over (badge), submitted. The premium cell of every roster row
 * must be whole inside the screen and its table (it was cut off at 1366 px and off-screen at 390 px), and the review
 * page of the six changes must be compact (it was 4,312 px tall at 1366 px, 5,631 px at 390 px). The submission is
 * withdrawn at the end.
 */

const RUN = Date.now().toString(36).slice(-6);
const VILLAGE = { code: '61.01.04.2001', name: 'Tebas Kuala' };
const OPERATOR = { userName: `op.layout${RUN}`, password: `Desa-Tata-${RUN}-1` };
const VIEWPORTS = [
  { width: 1366, height: 768, reviewAtMost: 1600 },
  { width: 390, height: 844, reviewAtMost: 2600 },
];

const state: { submissionId?: string } = {};

/** 61.01.04 (Kecamatan Tebas) + birth date + serial; women's day + 40. */
const PEOPLE = [
  { fullName: 'Hj. Siti Rahmawati Binti Abdullah Karim', nik: '6101045708800001', position: 'Kepala Desa', appointment: 'ACTING', programs: ['JKK', 'JKM', 'JHT'] },
  { fullName: 'Muhammad Rizky Pratama', nik: '6101041708850002', position: 'Sekretaris Desa', programs: ['JKK', 'JKM'] },
  { fullName: 'Ahmad Fauzi', nik: '6101041205870003', position: 'Kepala Dusun', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
  // Term over, enrollment still active: a badge and a warning.
  { fullName: 'Nurhayati', nik: '6101044403900004', position: 'Kepala Dusun', termStart: '2019-01-01', termEnd: '2025-12-31', programs: ['JKK', 'JKM'] },
  { fullName: 'Yohanes Antonius Bong', nik: '6101040101750005', position: 'Ketua BPD', appointment: 'ACTING', programs: ['JKK', 'JKM'] },
  { fullName: 'Dewi Lestari', nik: '6101045506920006', position: 'Anggota BPD', programs: ['JKK', 'JKM'] },
];

async function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test.describe('layout', () => {
  test.describe.configure({ mode: 'serial' });

  // Other specs count Sambas' inbox: take the submission back.
  test.afterAll(async () => {
    if (!state.submissionId) return;
    const operator = await apiAs(OPERATOR.userName, OPERATOR.password);
    const withdrawn = await gql(
      operator,
      'mutation($input: WithdrawSubmissionInput!) { withdrawSubmission(input: $input) { errors { code message } } }',
      { input: { submissionId: state.submissionId } },
    );
    noErrors(withdrawn.withdrawSubmission);
    await operator.dispose();
  });

  test('a. a village of six people submits its roster (API)', async () => {
    const operator = await newOperator(OPERATOR.userName, VILLAGE.code, OPERATOR.password);
    const { positions } = await gql(operator, '{ positions { code name } }');
    const codeOf = (name: string) => positions.find((p: { name: string }) => p.name === name).code as string;
    for (const p of PEOPLE) {
      const added = await gql(
        operator,
        'mutation($input: AddPersonInput!) { addPerson(input: $input) { errors { code message field } } }',
        {
          input: {
            villageCode: VILLAGE.code,
            fullName: p.fullName,
            nik: p.nik,
            positionCode: codeOf(p.position),
            termStart: p.termStart ?? '2024-01-01',
            termEnd: p.termEnd ?? null,
            appointment: p.appointment ?? 'DEFINITIVE',
            enrollment: p.programs ? { kpj: `1${p.nik.slice(-10)}`, programs: p.programs, startDate: `${(p.termStart ?? '2024-01-01').slice(0, 4)}-02-01` } : null,
          },
        },
      );
      noErrors(added.addPerson);
    }
    const submitted = await gql(
      operator,
      'mutation($input: SubmitRosterInput!) { submitRoster(input: $input) { submission { id } errors { code message } } }',
      { input: { villageCode: VILLAGE.code } },
    );
    noErrors(submitted.submitRoster);
    state.submissionId = submitted.submitRoster.submission.id;
    await operator.dispose();
  });

  for (const viewport of VIEWPORTS) {
    test(`b. at ${viewport.width}×${viewport.height} every premium cell of the roster is whole on screen`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await signIn(page, OPERATOR.userName, OPERATOR.password);
      await page.goto('/roster');
      await expect(page.getByRole('heading', { name: `Daftar orang — ${VILLAGE.name}` })).toBeVisible();
      await expect(page.getByText('Masa jabatan berakhir').first()).toBeVisible();
      await expect(page.getByText('Plt/PJ').first()).toBeVisible();
      const cells = page.locator('table.roster-table td.premium');
      await expect(cells).toHaveCount(PEOPLE.length);
      // Measured where the page puts them, without scrolling the table sideways (that would hide the defect).
      for (const cell of await cells.all()) {
        const box = (await cell.boundingBox())!;
        const table = (await cell.locator('xpath=ancestor::div[contains(@class,"table-wrap")]').boundingBox())!;
        expect(box.x, 'premium cell starts on screen').toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, 'premium cell ends on screen').toBeLessThanOrEqual(viewport.width);
        expect(box.x + box.width, 'premium cell ends inside its table').toBeLessThanOrEqual(table.x + table.width + 0.5);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      const sideways = await page.locator('.roster-segment .table-wrap').evaluateAll((wraps) => wraps.map((w) => w.scrollWidth - w.clientWidth));
      expect(sideways.every((overflow) => overflow <= 0), `tables scroll sideways by ${sideways.join(', ')} px`).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`roster-${viewport.width}.png`), fullPage: true });
    });

    test(`c. at ${viewport.width}×${viewport.height} the review page of six changes is compact, details on demand`, async ({ page }, testInfo) => {
      expect(state.submissionId).toBeDefined();
      await page.setViewportSize(viewport);
      await signIn(page, USERS.regency);
      await page.goto(`/submissions/${state.submissionId}`);
      await expect(page.getByRole('heading', { name: `Tinjau pengajuan — ${VILLAGE.name}` })).toBeVisible();
      const changes = page.getByRole('table', { name: 'Perubahan dalam pengajuan ini' });
      await expect(changes.getByRole('button', { name: /^Rincian / })).toHaveCount(PEOPLE.length);
      const height = await pageHeight(page);
      testInfo.annotations.push({ type: 'review page height', description: `${height}px at ${viewport.width}px` });
      expect(height).toBeLessThanOrEqual(viewport.reviewAtMost);

      await changes.getByRole('button', { name: `Rincian ${PEOPLE[1].fullName}` }).click();
      await expect(page.getByRole('list', { name: `Isian ${PEOPLE[1].fullName} yang berubah` })).toContainText('Sekretaris Desa');
      await expect(page.getByLabel(`Catatan untuk ${PEOPLE[1].fullName}`)).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`review-${viewport.width}.png`), fullPage: true });
    });
  }
});
