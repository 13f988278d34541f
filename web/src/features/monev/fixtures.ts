/** Answers of the monev queries for the page tests. */
export function followUp(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a1',
    what: 'Anggarkan iuran BPD dalam APBDes Perubahan',
    owner: 'VILLAGE',
    ownerName: null,
    dueDate: '2026-11-30',
    status: 'OPEN',
    isOverdue: true,
    updates: [{ at: '2026-11-02T03:00:00Z', by: 'op.dalamkaum', note: 'Diusulkan dalam musdes', status: null }],
    ...overrides,
  };
}

export function finding(overrides: Record<string, unknown> = {}) {
  return {
    id: 'f1',
    villageCode: '61.01.01.2001',
    village: { name: 'Dalam Kaum' },
    segment: 'BPD',
    obstacle: { code: 'apbdes_budget', nameId: 'Anggaran belum dialokasikan dalam APBDes', nameEn: 'Budget not allocated in the APBDes' },
    note: 'Iuran BPD belum masuk APBDes 2026',
    isOpen: true,
    recordedBy: 'admin.kalbar',
    recordedAt: '2026-10-14T05:00:00Z',
    actions: [followUp()],
    ...overrides,
  };
}

export function meeting(findings: unknown[] = [finding()]) {
  return {
    monevMeeting: {
      id: 'm1',
      regionCode: '61.01',
      region: { name: 'Sambas', level: 'REGENCY' },
      date: '2026-10-14',
      place: 'Aula DPMD Sambas',
      participants: 'Kepala DPMD Sambas\nBPJS Ketenagakerjaan Cabang Singkawang',
      summary: null,
      recordedBy: 'admin.kalbar',
      findings,
    },
  };
}

export const obstacles = {
  obstacles: [
    { code: 'apbdes_budget', nameId: 'Anggaran belum dialokasikan dalam APBDes', nameEn: 'Budget not allocated in the APBDes' },
    { code: 'network', nameId: 'Jaringan internet', nameEn: 'Network' },
  ],
};

export function connection<T>(field: string, nodes: T[], { total = nodes.length, next = null as string | null } = {}) {
  return { [field]: { totalCount: total, pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes } };
}
