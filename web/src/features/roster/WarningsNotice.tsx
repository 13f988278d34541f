import { useI18n } from '../../shared/i18n';
import { warningText, type RosterWarningLike } from '../../shared/rosterWarnings';

/** An entry's warnings as one notice, in the reader's language (person page, review details). */
export function WarningsNotice({ title, warnings }: { title: string; warnings: readonly RosterWarningLike[] }) {
  const { t, lang } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice-warn" aria-label={title}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>{warningText(t, lang, w)}</li>
        ))}
      </ul>
    </div>
  );
}
