import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { RosterQuery as RosterData, RosterStatus, Segment } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDate, formatDateTime, formatInteger, formatRupiah, maskNik } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { describeError, EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { SEGMENTS } from './AddPersonForm';
import './roster.css';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { WithdrawSubmissionMutation } from '../../shared/workflowOperations';
import { RosterQuery, SubmitRosterMutation } from './operations';
import { FULL_VILLAGE_CODE, VillagePicker } from './VillagePicker';
import { inOfficeOn, payablePremium, termEndedBy, todayIso } from './inOffice';
import { rosterExportUrl, rosterTemplateUrl } from '../../shared/downloads';
import { warningText } from '../../shared/rosterWarnings';

export function RosterPage() {
  const me = useMe();
  const params = useParams<{ villageCode?: string }>();
  const villageCode =
    params.villageCode ?? (me.role === 'VillageOperator' || FULL_VILLAGE_CODE.test(me.regionCode) ? me.regionCode : undefined);
  if (!villageCode) return <VillagePicker />;
  return <RosterView key={villageCode} villageCode={villageCode} />;
}

function RosterView({ villageCode }: { villageCode: string }) {
  const { t } = useI18n();
  const me = useMe();
  const editable = can.editRoster(me.role, me.regionCode, villageCode);
  const { data, error, loading, refetch } = useQuery(RosterQuery, { villageCode });
  const flash = (useLocation().state as { flash?: MessageKey } | null)?.flash;

  const heading = (name?: string) => (
    <h1>{name ? t('roster.title', { name }) : t('roster.title.plain')}</h1>
  );

  if (loading && !data) return (<>{heading()}<Loading /></>);
  if (error && !data) return (<>{heading()}<ErrorMessage error={error} onRetry={refetch} /></>);
  if (!data?.region) {
    return (
      <>
        {heading()}
        <EmptyState title={t('roster.notFound', { code: villageCode })}>
          {me.role === 'VillageOperator' ? (
            <Link to="/">{t('common.backToDashboard')}</Link>
          ) : (
            <Link to="/roster">{t('roster.pick.other')}</Link>
          )}
        </EmptyState>
      </>
    );
  }

  const people = data.people?.nodes ?? [];
  const total = data.people?.totalCount ?? people.length;
  const lastSubmission = data.submissions?.nodes?.[0] ?? null;
  const waiting = lastSubmission?.status === 'SUBMITTED';
  const changing = editable && !waiting;

  return (
    <>
      <div className="page-head">
        <div>
          {heading(data.region.name)}
          <p className="muted">
            {t('roster.code', { code: data.region.code })}
            {!editable && me.role !== 'VillageOperator' && (
              <>
                {' · '}
                <Link to="/roster">{t('roster.pick.other')}</Link>
              </>
            )}
          </p>
        </div>
        {changing && (
          <div className="button-row no-print" role="group" aria-label={t('roster.actions')}>
            <Link className="button button-primary" to={`/roster/${villageCode}/new`}>
              {t('roster.add')}
            </Link>
            <Link className="button" to={`/roster/${villageCode}/import`}>
              {t('roster.import')}
            </Link>
          </div>
        )}
      </div>

      {flash && (
        <p className="notice notice-ok" role="status">
          {t(flash)}
        </p>
      )}
      <SubmissionStatusLine submission={lastSubmission} />
      {!editable && <p className="notice">{t('roster.readOnly')}</p>}

      {people.length === 0 ? (
        <EmptyState title={t('roster.empty')}>
          <p>{editable ? t('roster.empty.start') : t('roster.empty.reader')}</p>
        </EmptyState>
      ) : (
        <PeopleBySegment people={sortByPosition(people, data.positions ?? [])} total={total} />
      )}

      {editable && waiting && lastSubmission && (
        <WithdrawPanel submissionId={lastSubmission.id} onWithdrawn={refetch} />
      )}
      {changing && (
        <SubmitRosterPanel
          villageCode={villageCode}
          draftCount={people.filter((p) => p.status === 'DRAFT').length}
          onSubmitted={refetch}
        />
      )}

      <DownloadsPanel villageCode={villageCode} withTemplate={editable} />
      <Timeline timeline={data.timeline} />
      {loading && <Loading />}
    </>
  );
}

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
type LastSubmission = NonNullable<NonNullable<RosterData['submissions']>['nodes']>[number];

function SubmissionStatusLine({ submission }: { submission: LastSubmission | null }) {
  const { t, lang } = useI18n();
  if (!submission) return <p className="muted">{t('roster.lastSubmission.none')}</p>;
  return (
    <div className={`submission-line status-${submission.status.toLowerCase()}`}>
      <p>
        {t('roster.lastSubmission', {
          status: t(`roster.event.${submission.status}`),
          date: formatDateTime(submission.reviewedAt ?? submission.submittedAt, lang),
        })}
      </p>
      {submission.reason && <p>{t('roster.lastSubmission.reason', { reason: submission.reason })}</p>}
    </div>
  );
}

type TimelineData = RosterData['timeline'];

function PeopleBySegment({ people, total }: { people: PersonRow[]; total: number }) {
  const { t } = useI18n();
  // As the dashboard counts: people in office today, the covered among them, and what their active enrollments cost.
  const today = todayIso();
  const inOffice = people.filter((p) => inOfficeOn(p, today));
  const covered = inOffice.filter((p) => p.covered).length;
  const premium = inOffice.reduce((sum, p) => sum + (payablePremium(p, today) ?? 0), 0);
  const ended = people.filter((p) => termEndedBy(p, today)).length;
  return (
    <>
      <p className="summary">
        {t('roster.summary', {
          count: formatInteger(inOffice.length),
          covered: formatInteger(covered),
          premium: formatRupiah(premium),
        })}
        {ended > 0 && <span className="muted"> · {t('roster.summary.ended', { n: formatInteger(ended) })}</span>}
      </p>
      {SEGMENTS.map((segment) => {
        const rows = people.filter((p) => p.position.segment === segment);
        if (rows.length === 0) return null;
        return <SegmentTable key={segment} segment={segment} people={rows} />;
      })}
      {total > people.length && <p className="muted small">{t('roster.more', { shown: people.length, total })}</p>}
    </>
  );
}

function SegmentTable({ segment, people }: { segment: Segment; people: PersonRow[] }) {
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
              const premium = payablePremium(p, today);
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
                  <td className="mono nowrap">{maskNik(p.nik)}</td>
                  <td>
                    {p.position.name}
                    {p.appointment === 'ACTING' ? (
                      <>
                        {' '}
                        <span className="badge badge-info">{t('person.appointment.short.ACTING')}</span>
                      </>
                    ) : (
                      <span className="muted small block">{t('person.appointment.DEFINITIVE')}</span>
                    )}
                  </td>
                  <td className="nowrap">
                    {formatDate(p.termStart, lang)} – {p.termEnd ? formatDate(p.termEnd, lang) : t('roster.term.open')}
                    {ended && <span className="badge badge-ended block-badge">{t('roster.term.ended')}</span>}
                  </td>
                  <td>
                    <RosterStatusBadge status={p.status} />
                  </td>
                  <td>
                    <span className={p.covered ? 'yes' : 'no'}>{p.covered ? t('common.yes') : t('common.no')}</span>
                  </td>
                  <td className="num">
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

function DownloadsPanel({ villageCode, withTemplate }: { villageCode: string; withTemplate: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel no-print" aria-labelledby="roster-downloads">
      <h2 id="roster-downloads">{t('roster.downloads')}</h2>
      <div className="button-row">
        <a className="button" href={rosterExportUrl(villageCode, 'csv')} download>
          {t('roster.export.csv')}
        </a>
        <a className="button" href={rosterExportUrl(villageCode, 'xlsx')} download>
          {t('roster.export.xlsx')}
        </a>
        {withTemplate && <TemplateLinks villageCode={villageCode} />}
      </div>
    </section>
  );
}

export function TemplateLinks({ villageCode }: { villageCode: string }) {
  const { t } = useI18n();
  return (
    <>
      <a className="button" href={rosterTemplateUrl(villageCode, 'csv')} download>
        {t('roster.template.csv')}
      </a>
      <a className="button" href={rosterTemplateUrl(villageCode, 'xlsx')} download>
        {t('roster.template.xlsx')}
      </a>
    </>
  );
}

function Timeline({ timeline }: { timeline: TimelineData }) {
  const { t, lang } = useI18n();
  const events = timeline?.nodes ?? [];
  return (
    <section className="panel" aria-labelledby="roster-timeline">
      <h2 id="roster-timeline">{t('roster.timeline')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('roster.timeline.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="timeline-table">
            <caption className="sr-only">{t('roster.timeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.timeline.at')}</th>
                <th scope="col">{t('roster.timeline.kind')}</th>
                <th scope="col">{t('roster.timeline.by')}</th>
                <th scope="col" className="num">{t('roster.timeline.changes')}</th>
                <th scope="col">{t('roster.timeline.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => (
                <tr key={`${e.submissionId}-${e.kind}-${i}`}>
                  <td className="nowrap">{formatDateTime(e.at, lang)}</td>
                  <th scope="row">{t(`roster.event.${e.kind}`)}</th>
                  <td>{e.by}</td>
                  <td className="num">
                    <span className="wide-only">{formatInteger(e.changes)}</span>
                    <span className="phone-only">{t('review.event.changes', { n: formatInteger(e.changes) })}</span>
                  </td>
                  <td className={e.reason ? 'reason' : 'reason reason-none'}>{e.reason ?? t('common.dash')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {timeline && timeline.totalCount > events.length && (
        <p className="muted small">{t('roster.timeline.more', { shown: events.length, total: timeline.totalCount })}</p>
      )}
    </section>
  );
}

export function RosterStatusBadge({ status }: { status: RosterStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`roster.status.${status}`)}</span>;
}

function SubmitRosterPanel({
  villageCode,
  draftCount,
  onSubmitted,
}: {
  villageCode: string;
  draftCount: number;
  onSubmitted: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function submit() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(SubmitRosterMutation, { input: { villageCode } });
      const { submission, errors: userErrors } = data.submitRoster;
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => e.message));
      } else if (submission) {
        // The refetched roster shows the submission as waiting and locks the roster.
        notifyWorkflowChanged();
        onSubmitted();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (draftCount === 0) {
    return (
      <section className="panel submit-panel" aria-label={t('roster.submit')}>
        <p className="muted">{t('roster.submit.nothing')}</p>
      </section>
    );
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.submit')}>
      <p className="muted">{t('roster.submit.help')}</p>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('roster.submit')}>
          <p>{t('roster.submit.confirm', { n: formatInteger(draftCount) })}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
              {busy ? t('roster.submitting') : t('roster.submit.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('roster.submit')}
        </button>
      )}
    </section>
  );
}

/** While the regency decides, the roster is locked; the village can still take the submission back. */
function WithdrawPanel({ submissionId, onWithdrawn }: { submissionId: string; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function withdraw() {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(WithdrawSubmissionMutation, { input: { submissionId } });
      const userErrors = data.withdrawSubmission.errors;
      if (userErrors.length > 0) setErrors(userErrors.map((e) => e.message));
      else {
        notifyWorkflowChanged();
        onWithdrawn();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel submit-panel" aria-label={t('roster.withdraw')}>
      <p className="notice">{t('roster.waiting')}</p>
      <p className="muted">{t('roster.withdraw.help')}</p>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {errors.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" onClick={() => void withdraw()} disabled={busy}>
        {busy ? t('roster.withdrawing') : t('roster.withdraw')}
      </button>
    </section>
  );
}
