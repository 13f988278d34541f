import type { FundingPolicyQuery } from '../../gql/graphql';
import { formatDate, formatRupiah } from '../../shared/format';
import { useI18n, type Translate } from '../../shared/i18n';

export type Policy = NonNullable<FundingPolicyQuery['fundingPolicy']>;
type Group = Policy['groups'][number];

/** A policy as a table: a row per position group, with its scheme, programs, wage base and who pays each program. */
export function PolicyTable({ policy }: { policy: Policy }) {
  const { t, lang } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('policy.regulation')}</dt>
        <dd>{t('policy.regulationOn', { number: policy.regulationNumber, date: formatDate(policy.regulationDate, lang) })}</dd>
        <dt>{t('policy.bpdAccount')}</dt>
        <dd>{policy.bpdAccountCode ?? t('policy.bpdAccountNone')}</dd>
        <dt>{t('policy.discount')}</dt>
        <dd>{policy.bpuDiscountForVillageBudget ? t('policy.discountYes') : t('policy.discountNo')}</dd>
        {policy.note && (
          <>
            <dt>{t('policy.note')}</dt>
            <dd>{policy.note}</dd>
          </>
        )}
      </dl>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('policy.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policy.group')}</th>
              <th scope="col">{t('policy.scheme')}</th>
              <th scope="col">{t('policy.programs')}</th>
              <th scope="col">{t('policy.wageBase')}</th>
              <th scope="col">{t('policy.payers')}</th>
            </tr>
          </thead>
          <tbody>
            {policy.groups.map((group) => (
              <tr key={group.group}>
                <th scope="row">{t(`group.${group.group}`)}</th>
                <td>{t(`scheme.${group.scheme}`)}</td>
                <td>{group.programs.join(' + ')}</td>
                <td>
                  {t(`wageRule.${group.wageRule}`)}
                  <br />
                  <span className="small">{wageBasesText(group, t)}</span>
                </td>
                <td>
                  {group.programs.map((program) => (
                    <div key={program}>
                      {program}: {group.shares.filter((s) => s.program === program).map((s) => `${t(`payer.${s.payer}`)} ${formatShare(s.percent)}`).join(', ')}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The amounts a group's positions are insured on: one amount for all, or each amount with the positions (or how many) on it. */
function wageBasesText(group: Group, t: Translate): string {
  const byAmount = new Map<number, string[]>();
  for (const base of group.wageBases) byAmount.set(base.amount, [...(byAmount.get(base.amount) ?? []), base.positionName]);
  if (byAmount.size === 1) return `${formatRupiah([...byAmount.keys()][0])} (${t('policy.allPositions')})`;
  return [...byAmount.entries()]
    .sort(([a], [b]) => b - a)
    .map(([amount, names]) => `${formatRupiah(amount)} (${names.length <= 2 ? names.join(', ') : t('policy.otherPositions', { n: names.length })})`)
    .join('; ');
}

function formatShare(percent: number): string {
  return `${percent.toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
}
