import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A tiny fetch-based GraphQL client. Documents come from the codegen client preset
 * in `documentMode: 'string'`, so a document is already its query text and carries
 * its result and variable types; no GraphQL runtime ships to the browser.
 * Each operation also carries its persisted-document id (`sha256:<hex>`, in the
 * build's persisted-documents.json, which the server reads): that id is sent, not the text.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string };
};

export const GRAPHQL_ENDPOINT = '/graphql';
/** Fired on window when the server says the caller is not signed in (any more). */
export const UNAUTHENTICATED_EVENT = 'desaplatform:unauthenticated';
/** Fired on window when the server refuses until the caller changes their password or turns on two-factor sign-in. */
export const ACCOUNT_SETUP_EVENT = 'desaplatform:account-setup';

export type RequestErrorKind = 'network' | 'http' | 'graphql' | 'unauthenticated' | 'forbidden' | 'accountSetup';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class RequestError extends Error {
  readonly kind: RequestErrorKind;
  readonly status?: number;
  readonly errors: GraphQLErrorEntry[];

  constructor(kind: RequestErrorKind, message: string, options: { status?: number; errors?: GraphQLErrorEntry[] } = {}) {
    super(message);
    this.name = 'RequestError';
    this.kind = kind;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }
}

const UNAUTHENTICATED_CODES = new Set(['AUTH_NOT_AUTHENTICATED', 'UNAUTHENTICATED']);
const FORBIDDEN_CODES = new Set(['AUTH_NOT_AUTHORIZED', 'FORBIDDEN']);
const ACCOUNT_SETUP_CODES = new Set(['PASSWORD_CHANGE_REQUIRED', 'TWO_FACTOR_REQUIRED']);

export function operationNameOf(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

/** Variables argument is optional only when the operation declares no required variables. */
type VariablesArgs<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables, init?: { signal?: AbortSignal }]
  : [variables: TVariables, init?: { signal?: AbortSignal }];

/** A query's key in the query cache: its persisted-document id (or its text) and its variables. */
export function queryKeyOf<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: unknown): readonly unknown[] {
  return [document.__meta__?.hash ?? document.toString(), variables];
}

export async function execute<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables, init]: VariablesArgs<TVariables>
): Promise<TResult> {
  const query = document.toString();
  const operationName = operationNameOf(query);
  // The dev server sends the text: the host knows only the ids of the last build (web/dist), not of edited sources.
  const documentId = import.meta.env.MODE === 'development' ? undefined : document.__meta__?.hash;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify(
        documentId
          ? { documentId, variables: variables ?? {}, operationName }
          : { query, variables: variables ?? {}, operationName },
      ),
      signal: init?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new RequestError('network', cause instanceof Error ? cause.message : String(cause));
  }

  if (response.status === 401) {
    signalUnauthenticated();
    throw new RequestError('unauthenticated', 'Not signed in', { status: 401 });
  }
  if (response.status === 403) {
    throw new RequestError('forbidden', 'Forbidden', { status: 403 });
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }

  if (!body) {
    throw new RequestError('http', `HTTP ${response.status}`, { status: response.status });
  }

  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code && UNAUTHENTICATED_CODES.has(e.extensions.code))) {
    signalUnauthenticated();
    throw new RequestError('unauthenticated', errors[0].message, { status: response.status, errors });
  }
  if (errors.some((e) => e.extensions?.code && ACCOUNT_SETUP_CODES.has(e.extensions.code))) {
    // The session asks again who is signed in, and the app then shows the setup page.
    if (typeof window !== 'undefined') window.dispatchEvent(new Event(ACCOUNT_SETUP_EVENT));
    throw new RequestError('accountSetup', errors[0].message, { status: response.status, errors });
  }
  if (errors.some((e) => e.extensions?.code && FORBIDDEN_CODES.has(e.extensions.code))) {
    throw new RequestError('forbidden', errors[0].message, { status: response.status, errors });
  }
  if (body.data == null) {
    if (errors.length > 0) {
      throw new RequestError('graphql', errors.map((e) => e.message).join('; '), { status: response.status, errors });
    }
    throw new RequestError('http', `HTTP ${response.status}`, { status: response.status });
  }
  // Partial results (data plus field errors) are returned: the page shows what it can.
  return body.data;
}

function signalUnauthenticated() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
}
