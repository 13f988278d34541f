import type { MessageKey } from '../../shared/i18n';

/** The server's password policy, shown as a checklist while typing (the server still decides). */
export const PASSWORD_RULES: Array<{ key: MessageKey; test: (password: string) => boolean }> = [
  { key: 'account.password.rule.length', test: (p) => p.length >= 10 },
  { key: 'account.password.rule.upper', test: (p) => /\p{Lu}/u.test(p) },
  { key: 'account.password.rule.lower', test: (p) => /\p{Ll}/u.test(p) },
  { key: 'account.password.rule.digit', test: (p) => /\d/.test(p) },
  { key: 'account.password.rule.symbol', test: (p) => /[^\p{L}\d]/u.test(p) },
];

export function meetsPasswordRules(password: string): boolean {
  return PASSWORD_RULES.every((rule) => rule.test(password));
}
