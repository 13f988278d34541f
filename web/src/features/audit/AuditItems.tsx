import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { fieldName } from './names';

const SHOWN = 20;

/** An import summary's rows, the first few as a table; a row's changed fields by name (their values are in the download). */
export function AuditItems({ items }: { items: Record<string, unknown>[] }) {
  const { t, lang } = useI18n();
  const shown = items.slice(0, SHOWN);
  const keys = [...new Set(shown.flatMap((item) => Object.keys(item)))];
  const text = (value: unknown): string =>
    value === undefined || value === null
      ? t('common.dash')
      : typeof value === 'string'
        ? value
        : typeof value === 'object' && !Array.isArray(value)
          ? Object.keys(value).map((field) => fieldName(lang, field)).join(', ')
          : JSON.stringify(value);
  return (
    <>
      <table className="diff-table">
        <caption className="sr-only">{t('audit.items.caption', { n: formatInteger(items.length) })}</caption>
        <thead>
          <tr>
            {keys.map((key) => (
              <th key={key} scope="col">
                {fieldName(lang, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((item, i) => (
            <tr key={i}>
              {keys.map((key) => (
                <td key={key}>{text(item[key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > SHOWN && <p className="muted small">{t('audit.items.more', { n: formatInteger(items.length - SHOWN) })}</p>}
    </>
  );
}
