/**
 * Where the end-to-end tests find the DesaPlatform host.
 * E2E_BASE_URL points them at an already running host (then Playwright starts none);
 * otherwise playwright.config.ts starts one on E2E_PORT (default 5099) via e2e/start-host.sh.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5099);
export const EXTERNAL_BASE_URL = process.env.E2E_BASE_URL?.replace(/\/+$/, '') || undefined;
export const BASE_URL = EXTERNAL_BASE_URL ?? `http://127.0.0.1:${E2E_PORT}`;
export const GRAPHQL_URL = `${BASE_URL}/graphql`;

/** Password of the demo accounts the host seeds (DESA_DEMO_PASSWORD). */
export const DEMO_PASSWORD = process.env.DESA_DEMO_PASSWORD ?? 'Demo-Pass-2026';

export const USERS = {
  admin: 'admin.kalbar', // ProvinceAdmin, 61 Kalimantan Barat
  regency: 'dpmd.sambas', // RegencyStaff, 61.01 Kabupaten Sambas
  operator: 'op.dalamkaum', // VillageOperator, 61.01.01.2001 Desa Dalam Kaum
  viewer: 'bpjs.kalbar', // Viewer, 61
} as const;
