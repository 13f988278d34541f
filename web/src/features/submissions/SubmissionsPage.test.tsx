import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { SubmissionsPage } from './SubmissionsPage';

const list = {
  data: {
    submissions: {
      totalCount: 1,
      nodes: [
        {
          id: 's1',
          villageCode: '61.01.01.2001',
          village: { name: 'Dalam Kaum' },
          status: 'SUBMITTED',
          submittedAt: '2026-02-03T09:15:00+07:00',
          submittedBy: 'operator.dalamkaum',
          reviewedAt: null,
          reviewedBy: null,
          reason: null,
          peopleCount: 12,
        },
      ],
    },
  },
};

describe('SubmissionsPage', () => {
  it('lets regency staff return a submission only with a reason', async () => {
    const fetchMock = mockFetch(
      { body: list },
      { body: { data: { returnSubmission: { submission: { id: 's1', status: 'RETURNED', reason: 'NIK kurang' }, errors: [] } } } },
      { body: list },
    );
    renderWithProviders(<SubmissionsPage />, { me: userWith('RegencyStaff', '61.01') });

    expect(await screen.findByRole('heading', { name: 'Kotak masuk pengajuan' })).toBeTruthy();
    expect(screen.getByText('Diajukan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Kembalikan/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect(screen.getByText('Alasan wajib diisi.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Alasan pengembalian'), { target: { value: 'NIK kurang' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect(await screen.findByText('Pengajuan Dalam Kaum dikembalikan ke desa.')).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ input: { submissionId: 's1', reason: 'NIK kurang' } });
  });

  it('is a read-only list for a viewer', async () => {
    mockFetch({ body: list });
    renderWithProviders(<SubmissionsPage />, { me: userWith('Viewer') });
    expect(await screen.findByRole('heading', { name: 'Pengajuan desa' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Setujui/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Kembalikan/ })).toBeNull();
  });
});
