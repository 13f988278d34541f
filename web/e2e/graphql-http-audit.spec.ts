import { expect, test } from '@playwright/test';
import { serverAudits } from 'graphql-http';
import { DEMO_PASSWORD, GRAPHQL_URL, BASE_URL, USERS } from './env';

/**
 * GraphQL over HTTP conformance (graphql-http's server audit suite) against /graphql,
 * signed in as the province admin with a bearer token: one test per audit.
 * MUST audits have to pass; SHOULD/MAY findings are only logged.
 */

let tokenPromise: Promise<string> | undefined;

async function fetchToken(): Promise<string> {
  const response = await fetch(`${BASE_URL}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ userName: USERS.admin, password: DEMO_PASSWORD }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /auth/login as ${USERS.admin} → ${response.status}: ${text}`);
  const { accessToken } = JSON.parse(text) as { accessToken?: string };
  if (!accessToken) throw new Error(`POST /auth/login returned no accessToken: ${text}`);
  return accessToken;
}

function token(): Promise<string> {
  tokenPromise ??= fetchToken().catch((error: unknown) => {
    tokenPromise = undefined;
    throw error;
  });
  return tokenPromise;
}

/** What the audit sent and got back, for a readable failure message. */
interface Exchange {
  request: string;
  response: string;
}
let exchanges: Exchange[] = [];

async function describeRequest(input: RequestInfo | URL, init: RequestInit | undefined, headers: Headers) {
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const url = input instanceof Request ? input.url : String(input);
  const headerLines = [...headers.entries()]
    .filter(([name]) => name !== 'authorization')
    .map(([name, value]) => `${name}: ${value}`);
  let body = '';
  if (typeof init?.body === 'string') body = init.body;
  else if (init?.body instanceof URLSearchParams) body = init.body.toString();
  else if (init?.body != null) body = `<${Object.prototype.toString.call(init.body)}>`;
  return [`${method} ${url}`, ...headerLines, 'authorization: Bearer <admin.kalbar token>', body && `\n${body}`]
    .filter(Boolean)
    .join('\n');
}

const authorizedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set('Authorization', `Bearer ${await token()}`);
  const response = await fetch(input, { ...init, headers });
  const exchange: Exchange = { request: await describeRequest(input, init, headers), response: '' };
  const copy = response.clone();
  const responseHeaders = [...copy.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
  exchange.response = `${copy.status} ${copy.statusText}\n${responseHeaders}\n\n${(await copy.text()).slice(0, 2000)}`;
  exchanges.push(exchange);
  return response;
};

const audits = serverAudits({ url: GRAPHQL_URL, fetchFn: authorizedFetch });

test.describe('GraphQL over HTTP audits (graphql-http)', () => {
  test.beforeEach(() => {
    exchanges = [];
  });

  test('the audit suite is not empty', () => {
    expect(audits.length).toBeGreaterThan(20);
  });

  for (const audit of audits) {
    test(`${audit.id} ${audit.name}`, async ({}, testInfo) => {
      const result = await audit.fn();
      if (result.status === 'ok') return;

      const detail = [
        `${result.status.toUpperCase()}: ${result.reason}`,
        ...exchanges.map((x, i) => `--- request ${i + 1} ---\n${x.request}\n--- response ${i + 1} ---\n${x.response}`),
      ].join('\n');
      await testInfo.attach('audit-detail', { body: detail, contentType: 'text/plain' });

      if (audit.name.startsWith('MUST')) {
        throw new Error(`${audit.name}\n${detail}`);
      }
      console.warn(`[graphql-http ${audit.id}] ${audit.name}\n${detail}\n`);
      testInfo.annotations.push({ type: 'warning', description: `${result.status}: ${result.reason}` });
    });
  }
});
