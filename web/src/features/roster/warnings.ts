import type { Lang, MessageKey, Translate } from '../../shared/i18n';

export interface RosterWarningLike {
  code: string;
  message: string;
}

/**
 * A roster warning in the reader's language, without its code. The server sends a code and a Bahasa Indonesia
 * message: in Bahasa Indonesia that message is shown as it is (the server words it); in English the known codes have
 * their own text (the values they carry — a date, villages, the operator's note — taken from the message), and an
 * unknown code falls back to the server's message.
 */
export function warningText(t: Translate, lang: Lang, warning: RosterWarningLike): string {
  const { code, message } = warning;
  if (lang === 'id') return message;
  switch (code) {
    case 'NIK_BIRTH_DATE': {
      const date = /\((\d{2}\/\d{2}\/\d{4})\)/.exec(message)?.[1];
      return date ? t('warning.NIK_BIRTH_DATE', { date }) : message;
    }
    case 'NIK_ELSEWHERE': {
      const found = /desa (.+?)\. Keterangan: (.*)$/s.exec(message);
      if (!found) return message;
      const note = found[2].trim();
      return t('warning.NIK_ELSEWHERE', { villages: found[1], note: note === '' || note === '-' ? t('common.dash') : note });
    }
    case 'NIK_SEX':
    case 'NOT_COVERED':
    case 'TERM_OVER_ENROLLMENT_ACTIVE':
      return t(`warning.${code}` satisfies MessageKey);
    default:
      return message;
  }
}
