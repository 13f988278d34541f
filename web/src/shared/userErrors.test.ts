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

  it('words a code in the reader\'s language with the values sent beside it; an unknown code shows the server\'s message', () => {
    const positionFull = {
      code: 'POSITION_FULL',
      message: 'Jabatan Kepala Desa sudah terisi (paling banyak 1).',
      values: [
        { name: 'position', value: 'Kepala Desa' },
        { name: 'max', value: '1' },
      ],
    };
    expect(userErrorText(words('en'), positionFull)).toBe('The Kepala Desa position is already filled in this village (at most 1).');
    expect(userErrorText(words('id'), positionFull)).toBe('Jabatan Kepala Desa sudah terisi di desa ini (paling banyak 1).');
    expect(userErrorText(words('en'), { code: 'SOMETHING_NEW', message: 'Sesuatu yang baru.' })).toBe('Sesuatu yang baru.');
    // Without the values its wording names, the server's own words say more than a wording with holes.
    expect(userErrorText(words('en'), { code: 'POSITION_FULL', message: positionFull.message })).toBe(positionFull.message);
  });
});

function words(lang: 'id' | 'en') {
  return (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
}
