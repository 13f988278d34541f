import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { StaticSession, type Me } from '../features/auth/session';
import persistedDocuments from '../gql/persisted-documents.json';
import { I18nProvider, type Lang } from '../shared/i18n';
import { createQueryClient } from '../shared/queryClient';

export const operator: Me = {
  userName: 'operator.dalamkaum',
  fullName: 'Siti Aminah',
  role: 'VillageOperator',
  regionCode: '61.01.01.2001',
  region: { code: '61.01.01.2001', name: 'Dalam Kaum', level: 'VILLAGE' },
  mustChangePassword: false,
  twoFactorEnabled: false,
  twoFactorRequired: false,
  timeZone: 'Asia/Jakarta',
  sampleData: false,
};

export function userWith(role: Me['role'], regionCode = '61'): Me {
  return {
    userName: `user.${role.toLowerCase()}`,
    fullName: `Pengguna ${role}`,
    role,
    regionCode,
    region: { code: regionCode, name: regionCode === '61' ? 'Kalimantan Barat' : 'Sambas', level: 'PROVINCE' },
    mustChangePassword: false,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    timeZone: 'Asia/Jakarta',
    sampleData: false,
  };
}

/** The national reader (demo account kemendagri): a viewer whose region is the whole country. */
export const nationalReader: Me = {
  ...userWith('Viewer', ''),
  userName: 'kemendagri',
  fullName: 'Pemantau Nasional Kemendagri',
  region: { code: '', name: 'Indonesia', level: 'COUNTRY' },
};

export function renderWithProviders(
  ui: ReactElement,
  { me = operator, lang, route = '/' }: { me?: Me | null; lang?: Lang; route?: string } = {},
) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider initialLang={lang}>
        <MemoryRouter initialEntries={[route]}>
          <StaticSession me={me}>{ui}</StaticSession>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** Replaces global fetch with a queue of canned responses; returns the mock to inspect calls. */
export function mockFetch(...responses: Array<{ status?: number; body?: unknown }>) {
  const queue = [...responses];
  const mock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    const next = queue.shift() ?? { status: 500, body: { errors: [{ message: 'unexpected request' }] } };
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** A request's JSON body; for a persisted document (`documentId`) also the document the server runs, as `query`. */
export function requestBody(mock: ReturnType<typeof mockFetch>, call = 0): any {
  const init = mock.mock.calls[call]?.[1];
  const body = JSON.parse(String(init?.body));
  return body.documentId ? { ...body, query: (persistedDocuments as Record<string, string>)[body.documentId] } : body;
}

/**
 * Catches files the page saves through a download link (shared/csv.ts downloadText): jsdom has no object URLs
 * and does not navigate, so the blob and the file name are kept for the test to read.
 */
export function captureDownloads() {
  const downloads: Array<{ fileName: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}
