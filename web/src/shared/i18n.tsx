import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { sharedMessages } from './messages';
import { userErrorMessages } from './userErrorMessages';

export type Lang = 'id' | 'en';
export const LANG_STORAGE_KEY = 'desaplatform.lang';

/**
 * Every message key of the portal. Shared keys are declared here; the app adds each feature's keys
 * (src/messages.ts augments this interface and registers the texts), so `shared/` imports no feature.
 */
export interface MessageCatalog extends SharedMessages {}
type SharedMessages = typeof sharedMessages.id & typeof userErrorMessages.id;

export type MessageKey = keyof MessageCatalog & string;

/** One feature's texts: Indonesian, and English with exactly the same keys. */
export interface Messages<K extends string = string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

export const dictionaries: Record<Lang, Record<string, string>> = { id: {}, en: {} };

/** Adds texts to the dictionaries; a key defined twice is a mistake. */
export function registerMessages(...catalogs: Messages[]): void {
  for (const catalog of catalogs) {
    for (const lang of ['id', 'en'] as const) {
      for (const key of Object.keys(catalog[lang])) {
        if (key in dictionaries[lang] && dictionaries[lang][key] !== catalog[lang][key]) {
          throw new Error(`Message key defined twice, with different texts: ${key}`);
        }
      }
      Object.assign(dictionaries[lang], catalog[lang]);
    }
  }
}

registerMessages(sharedMessages, userErrorMessages);

export function isMessageKey(key: string): key is MessageKey {
  return key in dictionaries.id;
}

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const pluralRules: Record<Lang, Intl.PluralRules> = { id: new Intl.PluralRules('id'), en: new Intl.PluralRules('en') };
const pluralCount = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/**
 * Fills `{name}` with params[name] and chooses the plural form of `{n, plural, one {# day} other {# days}}` by
 * Intl.PluralRules for the language (`#` is the count, written the Indonesian way as every figure is).
 */
export function translate(lang: Lang, key: MessageKey, params?: TranslateParams): string {
  const template = dictionaries[lang][key] ?? dictionaries.id[key] ?? key;
  if (!params) return template;
  return template
    .replace(/\{(\w+), plural,((?:\s*[=\w]+\s*\{[^{}]*\})+)\s*\}/g, (match, name: string, forms: string) =>
      name in params ? choosePlural(lang, Number(params[name]), forms) : match,
    )
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function choosePlural(lang: Lang, count: number, forms: string): string {
  const byCategory = new Map([...forms.matchAll(/([=\w]+)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
  const form = byCategory.get(`=${count}`) ?? byCategory.get(pluralRules[lang].select(count)) ?? byCategory.get('other') ?? '';
  return form.replace(/#/g, pluralCount.format(count));
}

function readStoredLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    return stored === 'en' || stored === 'id' ? stored : 'id';
  } catch {
    return 'id';
  }
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-toggle" role="group" aria-label={t('lang.label')}>
      <button
        type="button"
        lang="id"
        title={t('lang.id.title')}
        aria-pressed={lang === 'id'}
        onClick={() => setLang('id')}
      >
        ID
      </button>
      <button
        type="button"
        lang="en"
        title={t('lang.en.title')}
        aria-pressed={lang === 'en'}
        onClick={() => setLang('en')}
      >
        EN
      </button>
    </div>
  );
}
