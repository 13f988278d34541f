import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layout } from '../../Layout';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { POLL_MS } from './NotificationBell';

const regencyItems = {
  notifications: [
    {
      kind: 'SUBMISSION_WAITING',
      message: 'Pengajuan desa 61.01.01.2001 (1 perubahan) menunggu persetujuan Anda.',
      villageCode: '61.01.01.2001',
      submissionId: 's1',
      at: '2026-02-03T09:15:00+07:00',
    },
    {
      kind: 'DRAFT_NOT_SUBMITTED',
      message: '2 perubahan draf belum diajukan ke kabupaten.',
      villageCode: '61.01.03.2003',
      submissionId: null,
      at: null,
    },
  ],
};

afterEach(() => {
  vi.useRealTimers();
});

describe('NotificationBell', () => {
  it('shows the count in the header and opens a list linking to the review page or the roster', async () => {
    mockGraphql({ Notifications: regencyItems });
    renderWithProviders(<Layout>x</Layout>, { me: userWith('RegencyStaff', '61.01') });

    const bell = await screen.findByRole('button', { name: 'Pemberitahuan: 2' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    const list = await screen.findByRole('region', { name: 'Pemberitahuan' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/submissions/s1', '/roster/61.01.03.2003']);
    expect(links[0].textContent).toContain('Menunggu persetujuan');
    expect(links[0].textContent).toContain('menunggu persetujuan Anda');
    expect(links[1].textContent).toContain('Buka daftar desa');

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Pemberitahuan' })).toBeNull();
  });

  it('says when there is nothing, in English too', async () => {
    mockGraphql({ Notifications: { notifications: [] } });
    renderWithProviders(<Layout>x</Layout>, { me: operator, lang: 'en' });
    const bell = await screen.findByRole('button', { name: 'Notifications' });
    fireEvent.click(bell);
    expect(await screen.findByText('No notifications.')).toBeTruthy();
  });

  it('asks at most once a minute, and again after a workflow step', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = mockGraphql({ Notifications: regencyItems });
    renderWithProviders(<Layout>x</Layout>, { me: operator });
    await screen.findByRole('button', { name: 'Pemberitahuan: 2' });
    expect(callsOf(fetchMock, 'Notifications')).toHaveLength(1);

    await act(async () => {
      vi.advanceTimersByTime(POLL_MS / 2);
    });
    expect(callsOf(fetchMock, 'Notifications')).toHaveLength(1);
    await act(async () => {
      vi.advanceTimersByTime(POLL_MS / 2 + 10);
    });
    expect(callsOf(fetchMock, 'Notifications')).toHaveLength(2);

    await act(async () => {
      notifyWorkflowChanged();
    });
    expect(callsOf(fetchMock, 'Notifications')).toHaveLength(3);
  });

  it('is not shown to roles with nothing waiting for them', () => {
    const fetchMock = mockGraphql({ Notifications: regencyItems });
    for (const role of ['Viewer'] as const) {
      const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: userWith(role) });
      expect(screen.queryByRole('button', { name: /Pemberitahuan/ })).toBeNull();
      unmount();
    }
    expect(callsOf(fetchMock, 'Notifications')).toHaveLength(0);
  });

  it('tells a province admin of overdue monev follow-ups, linking to the village findings', async () => {
    mockGraphql({
      Notifications: {
        notifications: [
          {
            kind: 'ACTION_OVERDUE',
            message: '2 tindak lanjut monev desa Dalam Kaum lewat tenggat (sejak 30-11-2026).',
            villageCode: '61.01.01.2001',
            submissionId: null,
            at: null,
          },
        ],
      },
    });
    renderWithProviders(<Layout>x</Layout>, { me: userWith('ProvinceAdmin') });

    fireEvent.click(await screen.findByRole('button', { name: 'Pemberitahuan: 1' }));
    const link = await within(await screen.findByRole('region', { name: 'Pemberitahuan' })).findByRole('link', { name: /lewat tenggat/ });
    expect(link.getAttribute('href')).toBe('/monev/village/61.01.01.2001');
    expect(link.textContent).toContain('Tindak lanjut monev lewat tenggat');
    expect(link.textContent).toContain('Buka temuan monev desa');
  });

  it("leads a province admin to a regency's budget plan waiting for them, in its fiscal year", async () => {
    mockGraphql({
      Notifications: {
        notifications: [
          {
            kind: 'BUDGET_PLAN_WAITING',
            message: 'Rencana anggaran 2027 Kabupaten Sambas menunggu persetujuan Anda.',
            villageCode: '61.01',
            submissionId: 'p1',
            at: '2026-11-30T09:15:00+07:00',
            year: 2027,
          },
        ],
      },
    });
    renderWithProviders(<Layout>x</Layout>, { me: userWith('ProvinceAdmin') });

    fireEvent.click(await screen.findByRole('button', { name: 'Pemberitahuan: 1' }));
    const link = await within(await screen.findByRole('region', { name: 'Pemberitahuan' })).findByRole('link', { name: /Kabupaten Sambas/ });
    expect(link.getAttribute('href')).toBe('/budget-plan?region=61.01&year=2027');
    expect(link.textContent).toContain('Rencana anggaran menunggu persetujuan');
    expect(link.textContent).toContain('Buka rencana anggaran');
  });
});
