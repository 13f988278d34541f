import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { finding, followUp, meeting, obstacles } from './fixtures';
import { MeetingPage } from './MeetingPage';

function renderMeeting(me = userWith('ProvinceAdmin')) {
  return renderWithProviders(
    <Routes>
      <Route path="/monev/meetings/:id" element={<MeetingPage />} />
    </Routes>,
    { me, route: '/monev/meetings/m1' },
  );
}

const noErrors = (field: string) => ({ [field]: { action: followUp(), errors: [] } });

describe('MeetingPage', () => {
  it('shows the meeting, its findings per village (linked to the roster) and the follow-ups, overdue ones marked', async () => {
    mockGraphql({ MonevMeeting: meeting(), Obstacles: obstacles });
    renderMeeting();

    expect(await screen.findByRole('heading', { name: 'Rapat monev Sambas, 14 Okt 2026' })).toBeTruthy();
    expect(screen.getByText('BPJS Ketenagakerjaan Cabang Singkawang')).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Dalam Kaum' });
    expect(within(card).getByRole('link', { name: 'Dalam Kaum' }).getAttribute('href')).toBe('/roster/61.01.01.2001');
    expect(card.textContent).toContain('Anggaran belum dialokasikan dalam APBDes');
    const action = within(card).getByText('Anggarkan iuran BPD dalam APBDes Perubahan').closest('li')!;
    expect(action.className).toContain('monev-overdue');
    expect(action.textContent).toContain('Lewat tenggat');
    expect(action.textContent).toContain('Penanggung jawab: Desa');
    expect(action.textContent).toContain('Diusulkan dalam musdes');
    expect(screen.getByText('Tambah temuan')).toBeTruthy();
  });

  it('adds a progress note and a status change, then reloads the meeting', async () => {
    const fetchMock = mockGraphql({
      MonevMeeting: meeting(),
      Obstacles: obstacles,
      AddActionNote: noErrors('addActionNote'),
      ChangeActionStatus: noErrors('changeActionStatus'),
    });
    renderMeeting(userWith('RegencyStaff', '61.01'));

    fireEvent.click(await screen.findByText('Perbarui'));
    fireEvent.change(screen.getByLabelText('Catatan perkembangan'), { target: { value: 'Sudah dibahas di musdes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah catatan' }));
    await waitFor(() => expect(callsOf(fetchMock, 'AddActionNote')).toHaveLength(1));
    expect(callsOf(fetchMock, 'AddActionNote')[0]).toEqual({ input: { actionId: 'a1', note: 'Sudah dibahas di musdes' } });

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'IN_PROGRESS' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ubah status' }));
    await waitFor(() => expect(callsOf(fetchMock, 'ChangeActionStatus')).toHaveLength(1));
    expect(callsOf(fetchMock, 'ChangeActionStatus')[0]).toEqual({ input: { actionId: 'a1', status: 'IN_PROGRESS', note: null } });
    await waitFor(() => expect(callsOf(fetchMock, 'MonevMeeting').length).toBeGreaterThanOrEqual(3));
  });

  it('shows a refused follow-up beside its field, in Indonesian', async () => {
    mockGraphql({
      MonevMeeting: meeting(),
      Obstacles: obstacles,
      AddFollowUpAction: {
        addFollowUpAction: {
          action: null,
          errors: [{ code: 'REQUIRED', field: 'what', message: 'Tindak lanjut wajib diisi.', values: [{ name: 'label', value: 'Tindak lanjut' }] }],
        },
      },
    });
    renderMeeting();

    fireEvent.click(await screen.findByText('Tambah tindak lanjut'));
    fireEvent.change(screen.getByLabelText(/Tenggat/), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(screen.getByLabelText(/^Tindak lanjut/).getAttribute('aria-invalid')).toBe('true');
  });

  it('lets a village operator update only the follow-ups the village owns, and record nothing', async () => {
    mockGraphql({
      MonevMeeting: meeting([
        finding({ actions: [followUp(), followUp({ id: 'a2', what: 'Terbitkan surat edaran', owner: 'REGENCY_DPMD', isOverdue: false })] }),
      ]),
    });
    renderMeeting(operator);

    const own = (await screen.findByText('Anggarkan iuran BPD dalam APBDes Perubahan')).closest('li')!;
    const regency = screen.getByText('Terbitkan surat edaran').closest('li')!;
    expect(within(own).getByText('Perbarui')).toBeTruthy();
    expect(within(regency).queryByText('Perbarui')).toBeNull();
    expect(regency.className).not.toContain('monev-overdue');
    expect(screen.queryByText('Tambah tindak lanjut')).toBeNull();
    expect(screen.queryByText('Tambah temuan')).toBeNull();
  });

  it('says so when the meeting is not found', async () => {
    mockGraphql({ MonevMeeting: { monevMeeting: null } });
    renderMeeting();
    expect(await screen.findByText('Rapat tidak ditemukan atau di luar wilayah Anda.')).toBeTruthy();
  });
});
