import { describe, expect, it } from 'vitest';
import { serverErrorCodes } from '../test/userErrorCodes';
import { dictionaries, translate } from './i18n';
import { userErrorText } from './ui';

describe('server messages', () => {
  it.each(serverErrorCodes)('words %s in Bahasa Indonesia and in English', (code) => {
    const key = `userError.${code}`;
    expect(dictionaries.id[key]?.trim()).toBeTruthy();
    expect(dictionaries.en[key]?.trim()).toBeTruthy();
    expect(dictionaries.en[key]).not.toBe(dictionaries.id[key]);
  });

  it("shows the server's message to Indonesian readers, the portal's wording to English ones, the message for an unknown code", () => {
    const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
    expect(userErrorText(en, 'en', { code: 'POSITION_FULL', message: 'Jabatan Kepala Desa sudah terisi (paling banyak 1).' })).toBe(
      'This position is already filled in this village.',
    );
    const serverMessage = { code: 'POSITION_FULL', message: 'Jabatan Kepala Desa sudah terisi (paling banyak 1).' };
    expect(userErrorText(en, 'id', serverMessage)).toBe(serverMessage.message);
    expect(userErrorText(en, 'en', { code: 'SOMETHING_NEW', message: 'Sesuatu yang baru.' })).toBe('Sesuatu yang baru.');
  });
});
