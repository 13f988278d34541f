import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './i18n';
import { ImportSteps, ProblemsTable } from './importWizard';

describe('import wizard pieces', () => {
  it('marks the steps before the current one done, and the last one done once applied', () => {
    const labels = ['import.step1.short', 'import.step2.short', 'import.step3.short'] as const;
    const { rerender } = render(
      <I18nProvider initialLang="id">
        <ImportSteps current={2} done={false} labels={labels} />
      </I18nProvider>,
    );
    const states = () =>
      within(screen.getByRole('list', { name: 'Langkah impor' }))
        .getAllByRole('listitem')
        .map((li) => li.className);
    expect(states()).toEqual(['step step-done', 'step step-current', 'step step-todo']);
    rerender(
      <I18nProvider initialLang="id">
        <ImportSteps current={3} done labels={labels} />
      </I18nProvider>,
    );
    expect(states()).toEqual(['step step-done', 'step step-done', 'step step-done']);
  });

  it('lists problems by line and column; line 0 is the whole file', () => {
    render(
      <I18nProvider initialLang="id">
        <ProblemsTable
          problems={[
            { line: 0, column: null, message: 'Berkas kosong.' },
            { line: 1234, column: 'nik', message: 'NIK harus 16 digit.' },
          ]}
        />
      </I18nProvider>,
    );
    const rows = within(screen.getByRole('table', { name: 'Masalah dalam berkas' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Seluruh berkas', '–', 'Berkas kosong.'],
      ['1.234', 'nik', 'NIK harus 16 digit.'],
    ]);
  });
});
