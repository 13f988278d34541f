import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { DEMO_PASSWORD, USERS } from './env';
import { signIn } from './session';

/**
 * Accounts through the real portal and API: the regency staff bulk-creates village operators from a CSV (a file with a
 * bad row is refused line by line, nothing created), a new operator signs in with the one-time password and must
 * change it first; an operator turns on two-step verification and signs in with a code; the province admin reads
 * the audit trail. Only accounts created here (names carry a run id) are changed: the demo accounts, which the other
 * specs sign in with, are left alone.
 */

const RUN = Date.now().toString(36).slice(-6);
const NEW_PASSWORD = `Desa-Baru-${RUN}-1`;
/** Villages of Kabupaten Sambas (61.01), the regency of dpmd.sambas; none is used by the other specs. */
const OPERATORS = [
  { userName: `op.e2e${RUN}a`, fullName: `Ani Operator ${RUN}`, village: '61.01.01.2002', contact: '081234567801' },
  { userName: `op.e2e${RUN}b`, fullName: `Budi Operator ${RUN}`, village: '61.01.02.2001', contact: `budi.${RUN}@example.org` },
  { userName: `op.e2e${RUN}c`, fullName: `Citra, Operator ${RUN}`, village: '61.01.02.2002', contact: '0812 3456 7803' },
];
const HEADER = 'user_name,full_name,village_code,contact';

function csvLine(fields: string[]): string {
  return fields.map((f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await page.screenshot({ path: testInfo.outputPath(`${name}-viewport.png`) });
}

/** GraphQL through an API context signed in on its own (its cookies are not the browser's). */
async function gql<T = any>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function apiSignIn(api: APIRequestContext, userName: string, password = DEMO_PASSWORD) {
  const response = await api.post('/auth/login?useCookies=true', { data: { userName, password } });
  expect(response.status(), await response.text()).toBe(200);
}

/** RFC 6238 with the authenticator app's defaults (SHA-1, 30 s, 6 digits), from the base32 key the portal shows. */
function totp(base32Key: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Key.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The forced first step after signing in with a one-time password; afterwards the dashboard. */
async function changeOneTimePassword(page: Page, oneTime: string, testInfo?: TestInfo) {
  await expect(page.getByRole('heading', { level: 1, name: 'Ganti kata sandi' })).toBeVisible();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toHaveCount(0);
  if (testInfo) await snap(page, testInfo, 'forced-password');
  await page.getByLabel('Kata sandi sementara', { exact: true }).fill(oneTime);
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Ulangi kata sandi baru').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Dasbor cakupan/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
}

test.describe('users', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('regency staff bulk-create operators: a bad row refuses the file, the good file creates 3 with one-time passwords; a new operator must change it', async ({ page, request }, testInfo) => {
    await signIn(page, USERS.regency);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengguna' }).click();
    await expect(page).toHaveURL(/\/users$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
    const list = page.getByRole('table', { name: 'Akun pengguna' });
    await expect(list.getByRole('row').filter({ hasText: USERS.operator })).toContainText('Operator Desa');
    await snap(page, testInfo, 'users-list');

    await page.getByRole('link', { name: 'Impor operator desa' }).click();
    await expect(page).toHaveURL(/\/users\/import$/);
    const create = page.getByRole('button', { name: 'Buat akun' });
    await expect(create).toBeDisabled();

    // The template: header and one example row.
    const template = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh templat CSV' }).click();
    const templateFile = await template;
    expect(templateFile.suggestedFilename()).toBe('templat-operator-desa.csv');
    expect((await readFile(await templateFile.path(), 'utf8')).split('\n')[0]).toBe(HEADER);

    // 1. A village of another regency on line 3: refused with its line, nothing created.
    const rows = OPERATORS.map((o) => [o.userName, o.fullName, o.village, o.contact]);
    const bad = [HEADER, csvLine(rows[0]), csvLine([rows[1][0], rows[1][1], '61.02.01.2001', rows[1][3]]), csvLine(rows[2])].join('\n') + '\n';
    const badPath = testInfo.outputPath('operator-salah.csv');
    await writeFile(badPath, bad, 'utf8');
    await page.getByLabel('Berkas CSV operator desa').setInputFiles(badPath);
    await expect(page.getByTestId('chosen-file')).toHaveText(/^Berkas: operator-salah\.csv/);
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();
    const refused = page.getByTestId('refused-report');
    await expect(refused.getByRole('alert')).toContainText('Berkas operator-salah.csv ditolak: 1 masalah ditemukan.');
    await expect(refused.getByRole('alert')).toContainText('Tidak ada akun yang dibuat.');
    const problems = refused.getByRole('table', { name: 'Masalah dalam berkas' }).getByRole('row');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(1)).toContainText(/^3\s*village_code.*61\.02\.01\.2001/);
    await expect(refused.getByRole('table', { name: 'Akun di berkas (3)' }).getByRole('row').filter({ hasText: rows[1][0] })).toContainText(
      'Bermasalah',
    );
    await expect(create).toBeDisabled();
    await snap(page, testInfo, 'operators-refused');

    // All or nothing on the server too: the bad file, sent to create, creates none.
    await apiSignIn(request, USERS.regency);
    const direct = await gql(
      request,
      'mutation($input: ImportOperatorsInput!) { importOperators(input: $input) { report { applied refused created } } }',
      { input: { csv: bad, dryRun: false } },
    );
    expect(direct.importOperators.report).toEqual({ applied: false, refused: true, created: 0 });
    const none = await gql(request, 'query($p: String!) { users(where: { userName: { startsWith: $p } }) { totalCount } }', {
      p: `op.e2e${RUN}`,
    });
    expect(none.users.totalCount).toBe(0);

    // 2. The good file: a clean dry run, then 3 accounts with their one-time passwords.
    const goodPath = testInfo.outputPath('operator-sambas.csv');
    await writeFile(goodPath, [HEADER, ...rows.map(csvLine)].join('\n') + '\n', 'utf8');
    await page.getByLabel('Berkas CSV operator desa').setInputFiles(goodPath);
    await expect(page.getByTestId('chosen-file')).toHaveText(/^Berkas: operator-sambas\.csv/);
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();
    await expect(page.getByTestId('dry-run-report')).toContainText('Uji coba operator-sambas.csv bersih: 3 akun siap dibuat.');
    await expect(create).toBeEnabled();
    await create.click();

    const created = page.getByTestId('created-report');
    await expect(created.getByRole('status')).toHaveText('3 akun operator desa dibuat.');
    await expect(created).toContainText('Hanya ditampilkan sekali.');
    await expect(created).toContainText('secara pribadi');
    const passwordRows = created.getByRole('table', { name: 'Akun yang dibuat dan kata sandi sementaranya' }).getByRole('row');
    await expect(passwordRows).toHaveCount(4);
    const passwords: string[] = [];
    for (const [i, o] of OPERATORS.entries()) {
      const row = passwordRows.nth(i + 1);
      await expect(row).toContainText(o.userName);
      await expect(row).toContainText(o.village);
      const password = (await row.locator('td').last().textContent())?.trim() ?? '';
      expect(password.length).toBeGreaterThanOrEqual(10);
      passwords.push(password);
    }
    await expect(page.getByRole('button', { name: 'Buat akun' })).toHaveCount(0);
    await snap(page, testInfo, 'operators-created');

    const download = page.waitForEvent('download');
    await created.getByRole('button', { name: 'Unduh daftar kata sandi sementara' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kata-sandi-sementara-\d{8}-\d{4}\.csv$/);
    const lines = (await readFile(await file.path(), 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('user_name,full_name,village_code,initial_password');
    expect(lines.slice(1)).toEqual(OPERATORS.map((o, i) => csvLine([o.userName, o.fullName, o.village, passwords[i]])));

    // The list shows the new accounts, still on their one-time password.
    await page.goto(`/users?q=op.e2e${RUN}`);
    const found = page.getByRole('table', { name: 'Akun pengguna' }).getByRole('row');
    await expect(found).toHaveCount(4);
    await expect(found.nth(1)).toContainText('Kata sandi sementara');

    // 3. The first operator signs in with the one-time password: the password change comes first, then the dashboard.
    await signOut(page);
    await signIn(page, OPERATORS[0].userName, passwords[0], { expectMenu: false });
    await expect(page.getByRole('banner')).toContainText(OPERATORS[0].fullName);
    await page.goto('/roster'); // any address leads back to the password change
    await changeOneTimePassword(page, passwords[0], testInfo);
    await expect(page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Daftar orang desa' })).toBeVisible();

    // The new password works; the one-time password does not any more.
    await signOut(page);
    await signIn(page, OPERATORS[0].userName, passwords[0], { expectMenu: false });
    await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah');
    await page.getByLabel('Kata sandi').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Dasbor cakupan/ })).toBeVisible();
  });

  test('an operator turns on two-step verification on “Akun saya” and then signs in with the authenticator code', async ({ page, request }, testInfo) => {
    const userName = `op.e2e${RUN}tf`;
    await apiSignIn(request, USERS.regency);
    const created = await gql(
      request,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { initialPassword errors { code message } } }',
      { input: { userName, fullName: `Dewi Dua Langkah ${RUN}`, role: 'VillageOperator', regionCode: '61.01.01.2003' } },
    );
    expect(created.createUser.errors).toEqual([]);

    await signIn(page, userName, created.createUser.initialPassword, { expectMenu: false });
    await changeOneTimePassword(page, created.createUser.initialPassword);

    await page.getByRole('banner').getByRole('link', { name: 'Akun saya' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Akun saya' })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Verifikasi dua langkah' });
    await expect(panel).toContainText('Tidak aktif');
    await panel.getByRole('button', { name: 'Siapkan aplikasi autentikator' }).click();
    const key = (await panel.getByTestId('shared-key').textContent()) ?? '';
    expect(key).toMatch(/^([a-z2-7]{4} )+[a-z2-7]{1,4}$/);
    await expect(panel.getByTestId('authenticator-uri')).toHaveText(
      new RegExp(`^otpauth://totp/DesaPlatform:${userName.replace(/\./g, '\\.')}\\?secret=${key.replace(/ /g, '').toUpperCase()}&`),
    );
    await snap(page, testInfo, 'account-2fa-setup');

    await panel.getByLabel('Kode autentikator').fill('000000' === totp(key) ? '111111' : '000000');
    await panel.getByRole('button', { name: 'Aktifkan' }).click();
    await expect(panel.locator('.field-error')).toHaveText('Kode verifikasi salah atau sudah kedaluwarsa.');
    await panel.getByLabel('Kode autentikator').fill(totp(key));
    await panel.getByRole('button', { name: 'Aktifkan' }).click();
    await expect(panel.getByRole('status').first()).toContainText('Verifikasi dua langkah aktif.');
    await expect(panel.getByRole('button', { name: 'Matikan verifikasi dua langkah' })).toBeVisible();
    await snap(page, testInfo, 'account-2fa-on');

    // Signing in now asks for the code after the password.
    await signOut(page);
    await signIn(page, userName, NEW_PASSWORD, { expectMenu: false });
    const code = page.getByLabel('Kode autentikator');
    await expect(code).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Masukkan kode 6 digit');
    await code.fill('000000' === totp(key) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert')).toContainText('Kode autentikator salah');
    // The next time step's code: a different code from the one that switched it on (the server accepts ±2 steps).
    await page.getByLabel('Kode autentikator').fill(totp(key, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Dasbor cakupan/ })).toBeVisible();
  });

  test('the province admin reads account changes in the audit trail, expands one, exports the page', async ({ page, request }, testInfo) => {
    const userName = `viewer.e2e${RUN}`;
    await apiSignIn(request, USERS.admin);
    const created = await gql(
      request,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { userName } errors { code message } } }',
      { input: { userName, fullName: `Pemantau Audit ${RUN}`, role: 'Viewer', regionCode: '61.01' } },
    );
    expect(created.createUser.errors).toEqual([]);

    await signIn(page, USERS.admin);
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Jejak audit' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Jejak audit' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Jejak audit, yang terbaru di atas' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();

    await page.getByLabel('Pengguna').fill(USERS.admin);
    await page.getByLabel('Modul').selectOption('access');
    await page.getByLabel('Entitas').fill('DesaUser');
    await page.getByLabel('Aksi').fill('Added');
    await page.getByRole('button', { name: 'Terapkan filter' }).click();
    await expect(page).toHaveURL(/entity=DesaUser/);
    // Named in words: the account holder's name and "Akun pengguna", not the stored type and its id.
    const entry = table.getByRole('row').filter({ hasText: `Pemantau Audit ${RUN}` }).first();
    await expect(entry).toContainText('Akun pengguna');
    await expect(entry).toContainText('Ditambah');
    await expect(entry).toContainText(USERS.admin);
    await expect(entry).toContainText('61.01');
    await entry.getByRole('button', { name: 'Lihat perubahan' }).click();
    const diff = page.getByRole('table', { name: /^Perubahan Akun pengguna / });
    await expect(diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nama pengguna', exact: true }) })).toContainText(userName);
    await expect(diff.getByRole('row').filter({ hasText: /^Peran/ })).toContainText('Viewer');
    // Secrets stay masked.
    await expect(diff.getByRole('row').filter({ hasText: /^Kata sandi/ })).toContainText('***');
    await snap(page, testInfo, 'audit-trail');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Unduh CSV \(semua/ }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('waktu,pengguna,peran,cakupan,modul,entitas,id_entitas,kode_wilayah,tindakan,sebelum,sesudah,id_permintaan');
    expect(csv).toContain(userName);
  });
});
