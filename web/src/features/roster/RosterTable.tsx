import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RosterQuery as RosterData, RosterStatus, Segment } from '../../gql/graphql';
import { formatDate, formatInteger, formatRupiah, maskNik, todayIso } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorList, userErrorText } from '../../shared/ui';
import type { BpjsActiveNotDeclared } from '../bpjs/useBpjsActiveNotDeclared';
import { warningText } from '../../shared/rosterWarnings';
import { SEGMENTS } from './personFormValues';
import { termEndedBy } from './inOffice';

type PersonRow = NonNullable<NonNullable<RosterData['people']>['nodes']>[number];

/**
 * People in the catalog's order of positions (kepala desa, sekretaris desa, …), then by name. A position the
 * catalog does not list (retired) goes after the known ones.
 */
export function sortByPosition<P extends { fullName: string; position: { code: string } }>(
  people: readonly P[],
  catalog: readonly { code: string }[],
): P[] {
  const rank = new Map(catalog.map((p, i) => [p.code, i]));
  const rankOf = (p: P) => rank.get(p.position.code) ?? catalog.length;
  const byName = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
  return [...people].sort((a, b) => rankOf(a) - rankOf(b) || byName.compare(a.fullName, b.fullName));
}

export function PeopleBySegment({ people, total, bpjs }: { people: PersonRow[]; total: number; bpjs?: BpjsActiveNotDeclared }) {
  const { t } = useI18n();
  return (
    <>
      {SEGMENTS.map((segment) => {
        const rows = people.filter((p) => p.position.segment === segment);
        if (rows.length === 0) return null;
        return <SegmentTable key={segment} segment={segment} people={rows} bpjs={bpjs} />;
      })}
      {total > people.length && <p className="muted small">{t('roster.more', { shown: people.length, total })}</p>}
    </>
  );
}

function SegmentTable({ segment, people, bpjs }: { segment: Segment; people: PersonRow[]; bpjs?: BpjsActiveNotDeclared }) {
  const { t, lang } = useI18n();
  const headingId = `segment-${segment}`;
  const today = todayIso();
  return (
    <section className="roster-segment" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`segment.${segment}`)} <span className="muted small">({formatInteger(people.length)})</span>
      </h2>
      <div className="table-wrap">
        <table className="roster-table">
          <caption className="sr-only">{t('roster.caption.segment', { segment: t(`segment.${segment}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.nik')}</th>
              <th scope="col">{t('roster.col.position')}</th>
              <th scope="col">{t('roster.col.term')}</th>
              <th scope="col">{t('roster.col.status')}</th>
              <th scope="col">{t('roster.col.covered')}</th>
              <th scope="col" className="num">{t('roster.col.premium')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const ended = termEndedBy(p, today);
              const premium = p.payablePremium?.amount;
              return (
                <tr key={p.id} className={ended ? 'row-ended' : undefined}>
                  <th scope="row">
                    <Link to={`/roster/person/${p.id}`}>{p.fullName}</Link>
                    {p.reviewComment && (
                      <p className="row-note review-note">{t('roster.reviewComment', { comment: p.reviewComment })}</p>
                    )}
                    {p.warnings.length > 0 && (
                      <ul className="row-note warning-list" aria-label={t('roster.warnings')}>
                        {p.warnings.map((w) => (
                          <li key={w.code}>{warningText(t, lang, w)}</li>
                        ))}
                      </ul>
                    )}
                  </th>
                  <td className="mono nowrap" data-label={t('roster.col.nik')}>{maskNik(p.nik)}</td>
                  <td data-label={t('roster.col.position')}>
                    {p.position.name}
                    {p.appointment === 'ACTING' ? (
                      <span className="badge badge-info block-badge">{t('person.appointment.short.ACTING')}</span>
                    ) : (
                      <span className="muted small block">{t('person.appointment.DEFINITIVE')}</span>
                    )}
                  </td>
                  <td data-label={t('roster.col.term')}>
                    <span className="nowrap">{formatDate(p.termStart, lang)} –</span>{' '}
                    <span className="nowrap">{p.termEnd ? formatDate(p.termEnd, lang) : t('roster.term.open')}</span>
                    {ended && <span className="badge badge-ended block-badge">{t('roster.term.ended')}</span>}
                  </td>
                  <td data-label={t('roster.col.status')}>
                    <RosterStatusBadge status={p.status} />
                  </td>
                  <td data-label={t('roster.col.covered')}>
                    <span className={p.covered ? 'yes' : 'no'}>{p.covered ? t('common.yes') : t('common.no')}</span>
                    {!p.covered && bpjs?.resultOf(p.entryId) && <BpjsActive bpjs={bpjs} resultId={bpjs.resultOf(p.entryId)!} />}
                    {p.arrears?.atRisk && (
                      <span className="badge badge-danger block-badge">{t('payments.atRiskMonths', { n: p.arrears.consecutiveUnpaid })}</span>
                    )}
                  </td>
                  <td className="num nowrap premium" data-label={t('roster.col.premium')}>
                    {premium != null ? formatRupiah(premium) : t('common.dash')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Active in the newest BPJS list yet not covered here: says so with the list's date, and offers the one action to take it. */
function BpjsActive({ bpjs, resultId }: { bpjs: BpjsActiveNotDeclared; resultId: string }) {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<string[]>([]);
  const take = bpjs.take;
  return (
    <>
      <span className="badge badge-info block-badge">{t('roster.bpjsActive', { date: formatDate(bpjs.asOf, lang) })}</span>
      {take && (
        <button type="button" className="small" onClick={async () => setErrors((await take(resultId)).map((e) => userErrorText(t, e)))}>
          {t('roster.bpjsTake')}
        </button>
      )}
      <ErrorList messages={errors} />
    </>
  );
}

export function RosterStatusBadge({ status }: { status: RosterStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`roster.status.${status}`)}</span>;
}
