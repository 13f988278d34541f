import { useState } from 'react';
import type { AuditTrailQuery as AuditTrailData } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { AuditItems } from './AuditItems';
import { auditDiff } from './diff';
import { entityName, fieldName } from './names';

type Entry = NonNullable<NonNullable<AuditTrailData['auditTrail']>['nodes']>[number];

/**
 * Before → after, one field a line. Entries may carry the whole row (an account's every column), so the fields that
 * did not change are folded away until asked for. The request id ties the entries of one action together.
 */
export function AuditDetails({ entry }: { entry: Entry }) {
  const { t, lang } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const rows = auditDiff(entry.before, entry.after);
  // Added (nothing before) or deleted (nothing after): one column of values, the empty ones folded away.
  const oneSide = entry.before == null ? 'after' : entry.after == null ? 'before' : null;
  const hasValue = (r: (typeof rows)[number]) => (oneSide ? r[oneSide] !== null : r.changed);
  const unchanged = rows.filter((r) => !hasValue(r)).length;
  const shown = showAll ? rows : rows.filter(hasValue);
  return (
    <div className="audit-details">
      {rows.length === 0 ? (
        <p className="muted">{t('audit.diff.none')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('audit.diff.noVisibleChange')}</p>
      ) : (
        <table className="diff-table">
          <caption>{t('audit.diff.caption', { entity: entityName(lang, entry.entity), id: entry.entityId })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.diff.field')}</th>
              {oneSide ? (
                <th scope="col">{oneSide === 'after' ? t('audit.diff.added') : t('audit.diff.deleted')}</th>
              ) : (
                <>
                  <th scope="col">{t('audit.diff.before')}</th>
                  <th scope="col">{t('audit.diff.after')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} className={!oneSide && r.changed ? 'diff-changed' : undefined}>
                <th scope="row" title={r.key || undefined}>
                  {r.key ? fieldName(lang, r.key) : t('audit.diff.value')}
                </th>
                {oneSide ? (
                  <td>{r.items ? <AuditItems items={r.items} /> : (r[oneSide] ?? t('common.dash'))}</td>
                ) : (
                  <>
                    <td className="diff-before">{r.before ?? t('common.dash')}</td>
                    <td className="diff-after">{r.after ?? t('common.dash')}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unchanged > 0 && (
        <button type="button" className="link-button" aria-pressed={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll
            ? t(oneSide ? 'audit.diff.hideEmpty' : 'audit.diff.hideUnchanged')
            : t(oneSide ? 'audit.diff.showEmpty' : 'audit.diff.showUnchanged', { n: formatInteger(unchanged) })}
        </button>
      )}
      <p className="muted small">
        {entry.requestId && (
          <>
            {t('audit.requestId')}: <span className="mono">{entry.requestId}</span> ·{' '}
          </>
        )}
        {t('audit.scope')}: <span className="mono">{entry.scope || t('common.dash')}</span>
      </p>
    </div>
  );
}
