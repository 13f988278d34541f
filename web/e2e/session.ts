import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { BASE_URL, DEMO_PASSWORD, USERS } from './env';

/**
 * Signs in through the portal's form and waits for the menu — or, with `expectMenu: false`, only sends the form, for a
 * sign-in that stops on the way (a wrong password, a one-time password to change, a code to give).
 */
export async function signIn(page: Page, userName: string, password = DEMO_PASSWORD, { expectMenu = true } = {}) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(userName);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  if (!expectMenu) return;
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
}

/** An API client signed in on its own (cookies), for the steps a test does not drive through the portal. */
/** Signs out and waits for the sign-in page: going on sooner may find the session still alive. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
}

export async function apiAs(userName: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const response = await api.post('/auth/login?useCookies=true', { data: { userName, password } });
  expect(response.status(), await response.text()).toBe(200);
  return api;
}

export async function gql<T = any>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export function noErrors(payload: { errors: unknown[] }) {
  expect(payload.errors, JSON.stringify(payload.errors)).toEqual([]);
}

/** A village operator account made by the province admin, its one-time password already changed. */
export async function newOperator(userName: string, villageCode: string, password: string): Promise<APIRequestContext> {
  const admin = await apiAs(USERS.admin);
  const created = await gql(
    admin,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { initialPassword errors { code message } } }',
    { input: { userName, fullName: `Operator ${userName}`, role: 'VillageOperator', regionCode: villageCode } },
  );
  noErrors(created.createUser);
  await admin.dispose();
  const first = await apiAs(userName, created.createUser.initialPassword);
  const changed = await gql(
    first,
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { errors { code message } } }',
    { input: { currentPassword: created.createUser.initialPassword, newPassword: password } },
  );
  noErrors(changed.changePassword);
  await first.dispose();
  return apiAs(userName, password);
}
