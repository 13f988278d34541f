import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, USERS } from './env';
import { signIn } from './session';

/**
 * The three-user slice through the real portal and API:
 * the village operator fills and submits the roster, the province sees nothing official yet,
 * the regency approves, and the province dashboard counts the person as covered.
 * The host runs on a fresh database per run; the names still carry a run id.
 */

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const PERSON = {
  fullName: `Siti Rahmawati ${RUN}`,
  // 61.01.01 (Kecamatan Sambas) + 57 08 90 (woman, 17-08-1990) + serial 0003.
  nik: '6101015708900003',
  position: 'Kepala Dusun', // no per-village limit in the catalog
  termStart: '2024-01-01',
  kpj: '12345678901',
  enrollmentStart: '2024-02-01',
  // JKK 0.24 % + JKM 0.30 % of the perangkat wage base Rp2,022,200 (PP 11/2019) = Rp10,920.
  premium: 'Rp10.920',
};
const VILLAGE = 'Dalam Kaum';
/** When the operator pressed "Ajukan ke kabupaten" (set in step a, checked in step e). */
let submittedAround: number | undefined;
// Other specs approve rosters elsewhere in Sambas before this one: the dashboard is read before and after, not against 0.
let sambasBefore: { inOffice: number; covered: number } | undefined;

/** How the portal shows an instant: WIB (Asia/Pontianak), Indonesian month names. */
const wib = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Pontianak',
  timeZoneName: 'short',
});
/** The texts the portal may show for an instant within ±2 minutes of `around`. */
function wibTextsNear(around: number): string[] {
  return [-2, -1, 0, 1, 2].map((m) => wib.format(new Date(around + m * 60_000)));
}
const REGENCY = 'Kabupaten Sambas';

async function snap(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
}

/** The dashboard row of a region: [in office, covered, coverage %, villages, % villages, gap]. */
function regionRow(page: Page, regionName: string) {
  return page.getByRole('table', { name: 'Rincian per wilayah' }).getByRole('row').filter({
    has: page.getByRole('rowheader', { name: new RegExp(regionName) }),
  });
}

async function openProvinceDashboard(page: Page) {
  await signIn(page, USERS.admin);
  await expect(page.getByRole('heading', { name: 'Dasbor cakupan 2026' })).toBeVisible();
  await expect(page.getByText('Wilayah: Kalimantan Barat')).toBeVisible();
  // The province's UCJ target sits with UCJ, never against a roster figure.
  await expect(page.getByRole('table', { name: 'Semua indikator' }).getByRole('row', { name: /UCJ/ })).toContainText('60,80%');
}

test.describe('three-user slice', () => {
  test.describe.configure({ mode: 'serial' });

  test('a. village operator adds a person and submits the roster', async ({ page }, testInfo) => {
    await signIn(page, USERS.operator);
    await expect(page.getByText('Operator Desa ·')).toBeVisible();

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Daftar orang desa' }).click();
    await expect(page).toHaveURL(/\/roster$/);
    await expect(page.getByRole('heading', { name: `Daftar orang — ${VILLAGE}` })).toBeVisible();
    await expect(page.getByText('Kode desa 61.01.01.2001')).toBeVisible();
    await expect(page.getByText('Belum ada orang di daftar desa ini.')).toBeVisible();

    // The roster's "Tambah orang" opens the add page; the form stays there for the next person.
    await page.getByRole('link', { name: 'Tambah orang', exact: true }).click();
    await expect(page).toHaveURL(/\/roster\/61\.01\.01\.2001\/new$/);
    await expect(page.getByRole('heading', { name: 'Tambah orang ke daftar desa' })).toBeVisible();
    const form = page.getByRole('region', { name: 'Tambah orang' });
    const nik = form.getByLabel('NIK', { exact: true });

    // JKK + JKM are checked by default, JHT and JP are not.
    await expect(form.getByLabel(/^JKK/)).toBeChecked();
    await expect(form.getByLabel(/^JKM/)).toBeChecked();
    await expect(form.getByLabel(/^JHT/)).not.toBeChecked();
    await expect(form.getByLabel(/^JP/)).not.toBeChecked();

    await form.getByLabel('Nama lengkap').fill(PERSON.fullName);
    await form.getByLabel('Jabatan', { exact: true }).selectOption({ label: PERSON.position });
    await form.getByLabel('Mulai menjabat').fill(PERSON.termStart);
    await form.getByLabel('Nomor KPJ').fill(PERSON.kpj);
    await form.getByLabel('Tanggal mulai kepesertaan').fill(PERSON.enrollmentStart);

    // A bad NIK: the hint under the field counts the digits while typing ...
    await nik.fill('12345');
    await expect(form.getByText('16 digit angka sesuai KTP — baru 5 digit.')).toBeVisible();
    // ... and on saving the error lands next to the field, which gets the focus.
    await form.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(form.getByRole('alert')).toContainText('Data belum bisa disimpan:');
    await expect(nik).toHaveAttribute('aria-invalid', 'true');
    await expect(nik).toBeFocused();
    const nikError = form.locator('#person-nik-error');
    await expect(nikError).toBeVisible();
    await expect(nikError).toHaveText(/NIK/);
    await snap(page, testInfo, 'a1-add-person-bad-nik');

    // Fix the NIK (sex and birth date follow it) and save.
    await nik.fill(PERSON.nik);
    await expect(form.getByText('16 digit angka sesuai KTP.', { exact: true })).toBeVisible();
    await expect(form.getByLabel('Jenis kelamin')).toHaveValue('FEMALE');
    await expect(form.getByLabel('Tanggal lahir')).toHaveValue('1990-08-17');
    await form.getByRole('button', { name: 'Tambah orang' }).click();
    await expect(form.getByRole('status')).toContainText(`${PERSON.fullName} ditambahkan ke daftar sebagai draf.`);
    // The form is cleared for the next person, programs back to the default.
    await expect(form.getByLabel('Nama lengkap')).toHaveValue('');
    await expect(form.getByLabel(/^JKK/)).toBeChecked();

    // The person page: details and a one-version history.
    await form.getByRole('link', { name: `Buka data ${PERSON.fullName}` }).click();
    await expect(page.getByRole('heading', { name: new RegExp(PERSON.fullName) })).toBeVisible();
    await expect(page.getByText('Perempuan', { exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: 'Riwayat versi' });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Batalkan perubahan draf' })).toBeVisible();
    await snap(page, testInfo, 'a2-person-page');

    await page.getByRole('link', { name: 'Kembali ke daftar desa', exact: true }).click();
    await expect(page.getByRole('heading', { name: `Daftar orang — ${VILLAGE}` })).toBeVisible();

    const row = page.getByRole('row', { name: new RegExp(PERSON.fullName) });
    await expect(row).toBeVisible();
    await expect(row).toContainText('610101******0003'); // NIK shown masked
    await expect(row).toContainText(PERSON.position);
    await expect(row).toContainText('Draf');
    await expect(row).toContainText('Ya');
    await expect(row.getByRole('cell', { name: PERSON.premium })).toBeVisible();
    await expect(page.getByText(`1 orang menjabat · 1 terlindungi · iuran ${PERSON.premium}/bulan`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Unduh daftar (CSV)' })).toHaveAttribute(
      'href',
      '/api/roster/export?region=61.01.01.2001&format=csv',
    );
    await snap(page, testInfo, 'a3-roster-draft');

    submittedAround = Date.now();
    await page.getByRole('button', { name: 'Ajukan ke kabupaten' }).click();
    await expect(page.getByText('Ajukan 1 perubahan ke kabupaten?', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Ya, ajukan' }).click();
    await expect(page.getByText(/^Pengajuan terakhir: Diajukan, /)).toBeVisible();
    // While the regency decides, the roster is locked: no add form, no second submission.
    await expect(page.getByText(/sedang menunggu persetujuan kabupaten\/kota/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tambah orang', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Impor spreadsheet' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ajukan ke kabupaten' })).toHaveCount(0);
    await expect(row).toContainText('Menunggu persetujuan');
    // The village timeline records the submission.
    await expect(page.getByRole('region', { name: 'Riwayat pengajuan desa' }).getByRole('row')).toHaveCount(2);
    await snap(page, testInfo, 'a4-roster-submitted');

    // The operator's own history lists the submission.
    await page.getByRole('link', { name: 'Riwayat pengajuan' }).click();
    await expect(page.getByRole('heading', { name: 'Riwayat pengajuan', exact: true })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(VILLAGE) })).toContainText('Diajukan');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
  });

  test('b. province dashboard shows the target and Sambas before the approval', async ({ page }, testInfo) => {
    await openProvinceDashboard(page);
    const sambas = regionRow(page, REGENCY);
    await expect(sambas).toHaveCount(1);
    const count = async (cell: number) => Number((await sambas.getByRole('cell').nth(cell).textContent())?.replace(/\./g, '').trim());
    sambasBefore = { inOffice: await count(0), covered: await count(1) }; // people in office, people covered
    expect(Number.isInteger(sambasBefore.inOffice) && Number.isInteger(sambasBefore.covered)).toBe(true);
    await snap(page, testInfo, 'b-province-dashboard-before');
  });

  test('c. regency staff approves the village submission', async ({ page }, testInfo) => {
    await signIn(page, USERS.regency);
    await page.getByRole('link', { name: 'Kotak masuk pengajuan' }).click();
    await expect(page.getByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeVisible();
    // Other specs leave imported submissions of Sambas waiting (four eyes): at least this one waits.
    await expect(page.getByText(/^[1-9]\d* menunggu tinjauan/)).toBeVisible();

    const row = page.getByRole('row', { name: new RegExp(VILLAGE) });
    await expect(row).toContainText('Diajukan');
    await expect(row).toContainText(USERS.operator);
    // People in the submission (the inbox may break it down: "1 baru · 0 diubah · 0 berakhir").
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^1(\s|$)/);
    await snap(page, testInfo, 'c1-regency-inbox');

    // The review page shows the changes; approving makes them official at once.
    await row.getByRole('link', { name: `Tinjau pengajuan ${VILLAGE}` }).click();
    await page.getByRole('button', { name: `Setujui pengajuan ${VILLAGE}` }).click();
    await expect(page.getByText('Setujui 1 perubahan? Data menjadi resmi.')).toBeVisible();
    await page.getByRole('button', { name: 'Ya, setujui' }).click();
    await expect(page.getByText('Pengajuan disetujui. Perubahannya kini resmi.')).toBeVisible();
    await expect(page.getByRole('button', { name: `Setujui pengajuan ${VILLAGE}` })).toHaveCount(0);

    // The regency can read the village roster, now official, but not change it.
    await page.goto('/roster/61.01.01.2001');
    await expect(page.getByRole('heading', { name: `Daftar orang — ${VILLAGE}` })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(PERSON.fullName) })).toContainText('Resmi');
    await expect(page.getByRole('link', { name: 'Tambah orang', exact: true })).toHaveCount(0);
    await snap(page, testInfo, 'c2-regency-roster-readonly');
  });

  test('d. province dashboard counts the approved person for Sambas', async ({ page }, testInfo) => {
    await openProvinceDashboard(page);
    const sambas = regionRow(page, REGENCY);
    expect(sambasBefore, 'step b read Sambas before the approval').toBeDefined();
    const { inOffice, covered } = sambasBefore!;
    await expect(sambas.getByRole('cell').nth(0)).toHaveText(String(inOffice + 1)); // people in office
    await expect(sambas.getByRole('cell').nth(1)).toHaveText(String(covered + 1)); // people covered
    if (inOffice === 0) await expect(sambas.getByRole('cell').nth(2)).toHaveText('100,00%');
    await snap(page, testInfo, 'd-province-dashboard-after');
  });

  test('e. submission times carry a time-zone offset and show in WIB', async ({ page, request }) => {
    expect(submittedAround, 'step a recorded when the roster was submitted').toBeDefined();

    // API: DateTime values must be RFC 3339 instants (with Z or an offset), or clients
    // cannot tell which time zone they are in.
    const login = await request.post('/auth/login', { data: { userName: USERS.regency, password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const query = '{ submissions { nodes { villageCode status submittedAt reviewedAt } } }';
    const response = await request.post('/graphql', {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/graphql-response+json' },
      data: { query },
    });
    expect(response.status()).toBe(200);
    const body = await response.text();
    const nodes = (JSON.parse(body) as {
      data: { submissions: { nodes: { submittedAt: string; reviewedAt: string | null }[] } };
    }).data.submissions.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      for (const value of [node.submittedAt, node.reviewedAt].filter((v): v is string => v != null)) {
        expect.soft(value, `POST /graphql ${JSON.stringify({ query })}\n→ ${body}`).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
      }
    }

    // UI: the submissions list shows the submission time in WIB, i.e. when it really happened.
    await signIn(page, USERS.regency);
    await page.goto('/submissions?status=ALL');
    const row = page.getByRole('row', { name: new RegExp(VILLAGE) });
    await expect(row).toContainText('Disetujui');
    const shown = (await row.getByRole('cell').nth(0).textContent())?.trim() ?? '';
    expect.soft(wibTextsNear(submittedAround!).some((text) => shown.startsWith(text)), `"Diajukan pada" shows ${shown}`).toBe(true);
  });
});

test.describe('sign-in page', () => {
  test('a wrong password shows the 401 message and keeps the user signed out', async ({ page }) => {
    const login = page.waitForResponse((r) => r.url().includes('/auth/login'));
    await signIn(page, USERS.admin, 'not-the-password', { expectMenu: false });
    expect((await login).status()).toBe(401);
    await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah');
    await expect(page.getByLabel('Kata sandi')).toHaveValue('');
    await expect(page.getByLabel('Nama pengguna')).toHaveValue(USERS.admin);
    await expect(page.getByRole('button', { name: 'Keluar' })).toHaveCount(0);
  });

  test('the language toggle switches to English and is remembered', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'ID' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to DesaPlatform' })).toBeVisible();
    await expect(page.getByLabel('User name')).toBeVisible();
    await expect(page.getByLabel('Password')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await snap(page, testInfo, 'signin-english');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to DesaPlatform' })).toBeVisible();

    // Signed in, the portal stays in English (numbers keep the Indonesian format).
    await page.getByLabel('User name').fill(USERS.viewer);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Coverage dashboard 2026' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'All indicators' }).getByRole('row', { name: /UCJ/ })).toContainText('60,80%');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await page.getByRole('button', { name: 'ID' }).click();
    await expect(page.getByRole('heading', { name: 'Dasbor cakupan 2026' })).toBeVisible();
  });
});
