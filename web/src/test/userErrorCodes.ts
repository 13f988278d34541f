/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every code the server may put in a UserError or an import problem, found in the backend's sources: each all-capitals
 * string literal of src/ and modules/, except those below, which are not such codes. A new code therefore fails
 * userErrors.test.ts until the portal words it (or it is listed here, saying why).
 */
const notUserErrorCodes = new Set([
  // row and change kinds, notification kinds, audit and submission states
  'ADDED', 'CHANGED', 'ENDED', 'UNCHANGED', 'APPROVAL_REOPENED', 'SUBMISSION_APPROVED', 'SUBMISSION_RETURNED',
  'SUBMISSION_WAITING', 'DRAFT_NOT_SUBMITTED', 'ACTION_OVERDUE',
  'BUDGET_PLAN_WAITING', 'BUDGET_PLAN_RETURNED', 'BUDGET_PLAN_REOPENED', 'BUDGET_PLAN_APPROVED',
  // GraphQL error extensions (shared/graphql.ts sorts them into signed out, forbidden, setup required) and paging limits
  'AUTH_NOT_AUTHENTICATED', 'AUTH_NOT_AUTHORIZED', 'INVALID_CURSOR', 'OUT_OF_SCOPE', 'PAGE_SIZE', 'PASSWORD_CHANGE_REQUIRED',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_REQUIRED',
  // request limits for API clients (Host/GraphQL/Limits), worded by the host in English like graphql-dotnet's own errors
  'DOCUMENT_TOO_LARGE', 'DOCUMENT_TOO_COMPLEX', 'DOCUMENT_TOO_DEEP', 'GRAPHQL_PARSE_FAILED',
  // the persistence layer's net under the use cases' own checks (TextLimits): the server names the column
  'TEXT_REFUSED',
  // a column type in the SQLite migrations (a kept BPJS participant file)
  'BLOB',
  // region-file problems: the server words them in both languages (Regions/Import/Problems.cs)
  'BLANK_LINE', 'CODE', 'COLUMNS', 'DELIMITER', 'DUPLICATE_CODE', 'EMPTY', 'ENCODING', 'HEADER', 'KIND', 'LEVEL',
  'LEVEL_MISMATCH', 'NAME_EMPTY', 'NAME_TOO_LONG', 'PARENT_CODE', 'PARENT_MISSING', 'QUOTE',
  // roster warnings, worded as warning.* with their own values (shared/rosterWarnings.ts, roster/ImportLosses.tsx)
  'NIK_BIRTH_DATE', 'NIK_ELSEWHERE', 'NIK_SEX', 'NOT_COVERED', 'TERM_OVER_ENROLLMENT_ACTIVE', 'ENDS_PROTECTION', 'TAKES_AWAY',
  // indicator codes and reporting segments (Targets/Indicators), and argument errors of the reporting queries, worded in
  // English for API clients like graphql-dotnet's own (the portal only sends arguments it offers)
  'APARATUR_DESA', 'EKOSISTEM_DESA', 'KEPALA_DESA', 'PERSON_COVERAGE_', 'VILLAGE_REGISTRATION_', 'DATA_COMPLETENESS', 'ARREARS',
  'AS_OF_DATE', 'SERIES_MONTHS', 'UNKNOWN_SEGMENT',
  // data, not codes: the template's example marker, a sex, a time zone, environment variables, SQL and HTTP words
  // the spreadsheets' all-payers row (Gap/Export, Targets/Cost)
  'SEMUA',
  'CONTOH', 'PEREMPUAN', 'WITA', 'DESA_DEMO_PASSWORD', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'INTEGER', 'TEXT', 'POST',
]);

function backendSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'bin' || entry.name === 'obj' ? [] : backendSources(path);
    return entry.name.endsWith('.cs') ? [readFileSync(path, 'utf8')] : [];
  });
}

// Vitest runs in web/.
const root = join(process.cwd(), '..');
const literals = ['src', 'modules'].flatMap((folder) => backendSources(join(root, folder))).flatMap((source) =>
  [...source.matchAll(/"([A-Z][A-Z0-9_]{3,})"/g)].map((m) => m[1]),
);

export const serverErrorCodes = [...new Set(literals)].filter((code) => !notUserErrorCodes.has(code)).sort();
