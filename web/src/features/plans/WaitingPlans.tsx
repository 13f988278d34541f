import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n';
import { formatDateTime, formatRupiah } from '../../shared/format';
import { useQuery } from '../../shared/useQuery';
import { WORKFLOW_CHANGED_EVENT } from '../../shared/workflowEvents';
import { useMe } from '../auth/session';
import { WaitingBudgetPlansQuery } from './operations';

/** The plans waiting for the reader's decision, oldest first: a regency's staff review village plans, a province admin regency plans. */
export function WaitingPlans() {
  const { t } = useI18n();
  const me = useMe();
  const level = me.role === 'RegencyStaff' ? 'VILLAGE' : me.role === 'ProvinceAdmin' ? 'REGENCY' : null;
  const waiting = useQuery(WaitingBudgetPlansQuery, { regionCode: me.regionCode ?? '', level: level ?? 'VILLAGE' }, { skip: level === null });
  // A step taken on the page (an approval, a return) takes the plan off the list.
  const refetch = useRef(waiting.refetch);
  refetch.current = waiting.refetch;
  useEffect(() => {
    const load = () => refetch.current();
    window.addEventListener(WORKFLOW_CHANGED_EVENT, load);
    return () => window.removeEventListener(WORKFLOW_CHANGED_EVENT, load);
  }, []);
  const list = waiting.data?.budgetPlans;
  if (!level || !list) return null;
  return (
    <section className="waiting-plans no-print" aria-label={t('plan.waiting')}>
      <h2>{t('plan.waiting')} ({list.totalCount})</h2>
      {list.nodes && list.nodes.length > 0 ? (
        <ul>
          {list.nodes.map((p) => (
            <li key={p.id}>
              <Link to={`/budget-plan?region=${p.regionCode}&year=${p.year}`}>{p.regionName} ({p.regionCode}) · {p.year}</Link>{' '}
              — {formatRupiah(p.total)} · {t('plan.waitingSince', { at: formatDateTime(p.submissions[0]?.submittedAt ?? ''), by: p.submissions[0]?.submittedBy ?? '' })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small">{t('plan.waitingNone')}</p>
      )}
    </section>
  );
}
