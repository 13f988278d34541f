import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from './i18n';
import { useImportFlow } from './useImportFlow';

interface Report {
  applied: boolean;
  refused: boolean;
}

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider initialLang="id">{children}</I18nProvider>;
const picked = (name: string) => new File(['x'], name);
const readName = async (file: File) => ({ file: { name: file.name, size: file.size } });

function flowWith(replies: Array<{ report?: Report | null; errors?: { code: string; message: string }[] }>, checkOnChoose = false) {
  const send = vi.fn();
  for (const reply of replies) send.mockResolvedValueOnce({ errors: [], ...reply });
  const onApplied = vi.fn();
  const { result } = renderHook(() => useImportFlow({ read: readName, send, checkOnChoose, onApplied }), { wrapper });
  return { result, send, onApplied };
}

describe('useImportFlow', () => {
  it('stays on the check while the file is refused, and a newly chosen file drops the old report', async () => {
    const { result, send, onApplied } = flowWith([
      { report: { applied: false, refused: true } },
      { report: { applied: false, refused: false } },
      { report: { applied: true, refused: false } },
    ]);
    expect(result.current.step).toBe(1);
    await act(async () => result.current.chooser.onChoose(picked('a.csv')));
    expect(result.current.step).toBe(2);
    expect(send).not.toHaveBeenCalled();

    await act(async () => void (await result.current.check()));
    expect([result.current.step, result.current.checked?.refused]).toEqual([2, true]);

    await act(async () => result.current.chooser.onChoose(picked('b.csv')));
    expect([result.current.file?.name, result.current.checked]).toEqual(['b.csv', null]);
    await act(async () => void (await result.current.check()));
    expect(result.current.step).toBe(3);
    await act(async () => void (await result.current.apply()));
    expect([result.current.step, result.current.applied?.applied]).toEqual([3, true]);
    expect(send.mock.calls.map(([file, dryRun]) => [file.name, dryRun])).toEqual([
      ['a.csv', true],
      ['b.csv', true],
      ['b.csv', false],
    ]);
    expect(onApplied).toHaveBeenCalledOnce();
  });

  it('checks at once where asked, and words the errors of the request that sent them', async () => {
    const { result, send } = flowWith(
      [{ report: { applied: false, refused: false } }, { errors: [{ code: 'SOMETHING_NEW', message: 'Ada yang berubah.' }] }],
      true,
    );
    await act(async () => result.current.chooser.onChoose(picked('a.csv')));
    await vi.waitFor(() => expect(result.current.checked).not.toBeNull());
    expect(send).toHaveBeenCalledWith({ name: 'a.csv', size: 1 }, true);

    await act(async () => void (await result.current.apply()));
    expect(result.current.errors).toEqual({ request: 'apply', messages: ['Ada yang berubah.'] });
    expect(result.current.applied).toBeNull();
  });

  it('says why a file cannot be read and sends nothing', async () => {
    const send = vi.fn();
    const { result } = renderHook(
      () => useImportFlow({ read: async () => ({ error: 'Bukan UTF-8.' }), send, checkOnChoose: true }),
      { wrapper },
    );
    await act(async () => result.current.chooser.onChoose(picked('a.csv')));
    expect([result.current.chooser.readError, result.current.file, result.current.step]).toEqual(['Bukan UTF-8.', null, 1]);
    expect(send).not.toHaveBeenCalled();
  });
});
