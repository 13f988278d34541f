import { Link } from 'react-router-dom';
import { formatInteger, formatMonth } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { useQuery } from '../../shared/useQuery';
import { AtRiskQuery } from './operations';

/** The people at risk of a region (premiums unpaid past what BPJS allows) as of the last closed month, linking to who they are. */
export function AtRiskFigure({ regionCode, atRisk, enrolled, month }: { regionCode: string; atRisk: number; enrolled: number; month: string }) {
  const { t, lang } = useI18n();
  return (
    <div className={`card card-at-risk ${atRisk > 0 ? 'card-warn' : ''}`} data-testid="at-risk">
      <p className="big">{atRisk > 0 ? t('atRisk.count', { n: formatInteger(atRisk) }) : t('atRisk.none')}</p>
      <p className="muted">
        {t('atRisk.of', { enrolled: formatInteger(enrolled) })} · {t('atRisk.asOf', { month: formatMonth(month, lang) })}
      </p>
      <p className="muted small">{t('atRisk.explain')}</p>
      <p className="no-print">
        <Link to={`/payments?village=${encodeURIComponent(regionCode)}`}>{t('atRisk.link')}</Link>
      </p>
    </div>
  );
}

/** The same figure read on its own, for a page that has no coverage report (the village page); nothing outside one's scope. */
export function RegionAtRisk({ regionCode }: { regionCode: string }) {
  const { data } = useQuery(AtRiskQuery, { regionCode });
  const summary = data?.arrearsSummary;
  if (!summary || summary.total.people === 0) return null;
  return <AtRiskFigure regionCode={regionCode} atRisk={summary.total.atRisk} enrolled={summary.total.people} month={summary.asOf} />;
}
