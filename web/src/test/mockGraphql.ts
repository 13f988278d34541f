import { vi } from 'vitest';

type Answer = unknown | ((variables: any) => unknown);

/**
 * For tests: answers each GraphQL request by its operation name (pages here fire several queries at once, in an
 * order the test should not depend on). A list of answers is used in turn, its last one repeating.
 */
export function mockGraphql(answers: Record<string, Answer | Answer[]>) {
  const used: Record<string, number> = {};
  const mock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    // A static file the portal reads beside its GraphQL (a map's outlines): none in these tests.
    if (!init?.body) return new Response('', { status: 404 });
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables: unknown };
    const entry = answers[body.operationName];
    if (entry === undefined) {
      return new Response(JSON.stringify({ errors: [{ message: `unexpected ${body.operationName}` }] }), { status: 500 });
    }
    const list = Array.isArray(entry) ? entry : [entry];
    const n = used[body.operationName] ?? 0;
    used[body.operationName] = n + 1;
    const answer = list[Math.min(n, list.length - 1)];
    const data = typeof answer === 'function' ? (answer as (v: unknown) => unknown)(body.variables) : answer;
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** The requests made so far for one operation: their variables, in order. */
export function callsOf(mock: ReturnType<typeof mockGraphql>, operationName: string): any[] {
  return mock.mock.calls
    .filter((call) => call[1]?.body)
    .map((call) => JSON.parse(String(call[1]?.body)) as { operationName: string; variables: unknown })
    .filter((b) => b.operationName === operationName)
    .map((b) => b.variables);
}
