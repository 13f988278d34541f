import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { signIn } from './session';

/** GraphiQL at /graphql for a signed-in browser, and how the portal talks to the API (persisted document ids). */

test('the sign-in page loads no page chunk and no GraphiQL; the portal sends persisted document ids, not documents', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') bodies.push(request.postDataJSON());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
  expect(scripts.some((s) => /graphiql|Page-/i.test(s))).toBe(false);

  await signIn(page, USERS.regency);
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    expect(body).not.toHaveProperty('query');
    expect(body.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
  }
});

test('GraphiQL opens at /graphql for a signed-in user and reads the schema with the session cookie', async ({ page }) => {
  await signIn(page, USERS.regency);
  const introspection = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('__schema'),
  );
  await page.goto('/graphql');
  await expect(page.locator('.graphiql-container')).toBeVisible();
  const answer = await (await introspection).json();
  expect(answer.errors).toBeUndefined();
  expect(answer.data.__schema.types.length).toBeGreaterThan(50);

  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await expect(page.getByText('Root Types')).toBeVisible();
});

test('an anonymous browser opening /graphql lands on the sign-in page', async ({ page }) => {
  await page.goto('/graphql');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeVisible();
});
