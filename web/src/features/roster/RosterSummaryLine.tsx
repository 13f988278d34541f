import type { RosterQuery as RosterData } from '../../gql/graphql';
import { formatInteger, formatRupiah } from '../../shared/format';
import { useI18n } from '../../shared/i18n';

type Summary = NonNullable<RosterData['rosterSummary']>;
type Figures = Summary['official'];

/**
 * The village's figures over the whole roster, from the server: the approved roster for everyone, and beside it the
 * roster with its draft changes for those who keep or review it (the server sends `current` only to them).
 */
export function RosterSummaryLine({ summary }: { summary: Summary }) {
  const { t } = useI18n();
  return (
    <dl className="roster-summary" aria-label={t('roster.summary.aria')}>
      <FiguresLine label={t('roster.summary.official')} figures={summary.official} />
      {summary.current && <FiguresLine label={t('roster.summary.current')} figures={summary.current} />}
    </dl>
  );
}

function FiguresLine({ label, figures }: { label: string; figures: Figures }) {
  const { t } = useI18n();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {t('roster.summary', {
          count: formatInteger(figures.inOffice),
          covered: formatInteger(figures.covered),
          premium: formatRupiah(figures.monthlyPremium),
        })}
        {figures.termEnded > 0 && (
          <span className="muted"> · {t('roster.summary.ended', { n: formatInteger(figures.termEnded) })}</span>
        )}
      </dd>
    </div>
  );
}
