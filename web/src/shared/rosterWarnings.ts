import type { Lang, MessageKey, Translate } from './i18n';

export interface RosterWarningLike {
  code: string;
  message: string;
  date?: string | null;
  villages?: string | null;
  note?: string | null;
}

/**
 * A roster warning in the reader's language, without its code. The server sends a code, a Bahasa Indonesia message
 * and what the message names (date, villages, note): in Bahasa Indonesia the message is shown as it is; in English the known codes have
 * their own text filled with those values, and an unknown code falls back to the server's message.
 */
export function warningText(t: Translate, lang: Lang, warning: RosterWarningLike): string {
  const { code, message } = warning;
  if (lang === 'id') return message;
  switch (code) {
    case 'NIK_BIRTH_DATE': {
      const { date } = warning;
      return date ? t('warning.NIK_BIRTH_DATE', { date: date.split('-').reverse().join('/') }) : message;
    }
    case 'NIK_ELSEWHERE': {
      const { villages, note } = warning;
      if (!villages) return message;
      return t('warning.NIK_ELSEWHERE', { villages, note: note || t('common.dash') });
    }
    case 'NIK_SEX':
    case 'NOT_COVERED':
    case 'TERM_OVER_ENROLLMENT_ACTIVE':
      return t(`warning.${code}` satisfies MessageKey);
    default:
      return message;
  }
}
